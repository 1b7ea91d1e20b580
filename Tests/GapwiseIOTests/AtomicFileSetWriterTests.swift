// AtomicFileSetWriterTests: several files written all-or-nothing: refused destinations leave no file and no temporary file.
import Foundation
import Testing
@testable import GapwiseIO

@Suite("AtomicFileSetWriter")
struct AtomicFileSetWriterTests {
    func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-set-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    func listing(_ d: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: d.path).sorted() }

    @Test func writesEveryFileOrNone() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let a = d.appendingPathComponent("a.csv").path, b = d.appendingPathComponent("b.csv").path
        try "old\n".write(toFile: a, atomically: true, encoding: .utf8)
        let missing = d.appendingPathComponent("gone/c.csv").path
        #expect(throws: OutputError.folderMissing(path: missing)) {
            try AtomicFileSetWriter.write([.init(path: a, text: "new\n"), .init(path: b, text: "b\n"), .init(path: missing, text: "c\n")])
        }
        #expect(try listing(d) == ["a.csv"])
        #expect(try String(contentsOfFile: a, encoding: .utf8) == "old\n", "the old file is untouched")
        let input = d.appendingPathComponent("in.csv").path
        try "x\n".write(toFile: input, atomically: true, encoding: .utf8)
        #expect(throws: OutputError.outputIsAnInput(path: input)) {
            try AtomicFileSetWriter.write([.init(path: b, text: "b\n"), .init(path: input, text: "y\n")], inputs: [input])
        }
        #expect(try listing(d) == ["a.csv", "in.csv"])
        try AtomicFileSetWriter.write([.init(path: a, text: "new\n"), .init(path: b, text: "b\n")], inputs: [input])
        #expect(try listing(d) == ["a.csv", "b.csv", "in.csv"])
        #expect(try String(contentsOfFile: a, encoding: .utf8) == "new\n" && String(contentsOfFile: b, encoding: .utf8) == "b\n")
    }
}
