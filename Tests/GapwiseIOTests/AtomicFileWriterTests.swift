// AtomicFileWriterTests: all-or-nothing output files, refusal to overwrite inputs, clean failures.
import Foundation
import Testing
import GapwiseIO
import GapwiseTestSupport

@Suite("Atomic output files")
struct AtomicFileWriterTests {
    func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    @Test func writesAndReplacesWholeFilesLeavingNoTemporaries() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("result.csv").path
        try AtomicFileWriter.write("a,b\n1,2\n", to: out)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "a,b\n1,2\n")
        try AtomicFileWriter.write("a,b\n3,4\n", to: out)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "a,b\n3,4\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: d.path) == ["result.csv"])
    }

    @Test func refusesToWriteOverAnInputEvenThroughAnotherPath() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let input = d.appendingPathComponent("in.csv").path
        try "x\n1\n".write(toFile: input, atomically: false, encoding: .utf8)
        let link = d.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
        for target in [input, link, d.path + "/./in.csv"] {
            #expect(throws: OutputError.outputIsAnInput(path: target)) {
                try AtomicFileWriter.write("y\n", to: target, inputs: [input])
            }
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "x\n1\n")
    }

    @Test func fullDeviceAndMissingFolderFailCleanly() throws {
        if FileManager.default.fileExists(atPath: "/dev/full") {
            #expect(throws: OutputError.self) { try AtomicFileWriter.write(String(repeating: "z", count: 100_000), to: "/dev/full") }
            do {
                try AtomicFileWriter.write("z", to: "/dev/full")
            } catch {
                #expect(error.description.contains("No space left on device"))
            }
        }
        #expect(throws: OutputError.folderMissing(path: "/nonexistent-gapwise/out.csv")) {
            try AtomicFileWriter.write("z", to: "/nonexistent-gapwise/out.csv")
        }
    }

    /// As root (CI) the folder is made immutable, since root ignores permission bits: the check always runs.
    @Test func unwritableFolderFailsAndKeepsTheOldFile() throws {
        let d = try tempDir()
        defer { LockedFolder.unlock(d.path); try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("keep.csv").path
        try AtomicFileWriter.write("old\n", to: out)
        try LockedFolder.lock(d.path)
        #expect(throws: OutputError.self) { try AtomicFileWriter.write("new\n", to: out) }
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old\n")
    }
}
