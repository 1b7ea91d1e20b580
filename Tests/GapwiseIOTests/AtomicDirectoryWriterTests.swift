// AtomicDirectoryWriterTests: the batch mode writes whole folders all-or-nothing, fast, and never over a stranger's folder.
import Foundation
import Testing
import GapwiseIO

@Suite("Atomic output folders (batch mode)")
struct AtomicDirectoryWriterTests {
    func tempParent() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func writesNestedFilesThenReplacesTheWholeFolder() throws {
        let p = try tempParent()
        defer { try? FileManager.default.removeItem(at: p) }
        let out = p.appendingPathComponent("report").path
        try AtomicFileWriter.writeDirectory([OutputFile("index.html", text: "one"), OutputFile("a/b/c.csv", text: "x,y\n")], to: out)
        #expect(try read(out + "/index.html") == "one")
        #expect(try read(out + "/a/b/c.csv") == "x,y\n")
        #expect(FileManager.default.fileExists(atPath: out + "/" + AtomicFileWriter.batchMarkerName))
        try AtomicFileWriter.writeDirectory([OutputFile("index.html", text: "two")], to: out)
        #expect(try read(out + "/index.html") == "two")
        #expect(!FileManager.default.fileExists(atPath: out + "/a"), "the old folder's files are gone")
        #expect(try FileManager.default.contentsOfDirectory(atPath: p.path) == ["report"], "no temporary or old folders left")
        var st = stat()
        #expect(stat(out + "/index.html", &st) == 0 && st.st_mode & 0o777 == 0o644)
    }

    @Test func anEmptyFolderMayBeFilledButAStrangersFolderOrAFileIsRefused() throws {
        let p = try tempParent()
        defer { try? FileManager.default.removeItem(at: p) }
        let empty = p.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        try AtomicFileWriter.writeDirectory([OutputFile("f.txt", text: "ok")], to: empty)
        #expect(try read(empty + "/f.txt") == "ok")

        let home = p.appendingPathComponent("home").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
        try "thesis".write(toFile: home + "/thesis.tex", atomically: false, encoding: .utf8)
        #expect(throws: OutputError.folderNotReplaceable(path: home)) {
            try AtomicFileWriter.writeDirectory([OutputFile("f.txt", text: "x")], to: home)
        }
        #expect(try read(home + "/thesis.tex") == "thesis")

        let file = p.appendingPathComponent("plain.txt").path
        try "keep".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(throws: OutputError.folderNotReplaceable(path: file)) {
            try AtomicFileWriter.writeDirectory([OutputFile("f.txt", text: "x")], to: file)
        }
        #expect(OutputError.folderNotReplaceable(path: home).description
                == "\(home): exists and is not a folder Gapwise wrote (no .gapwise-output marker); refusing to replace it. Choose a new or empty output folder.")
    }

    @Test func refusesAFolderHoldingAnInputAndAMissingParent() throws {
        let p = try tempParent()
        defer { try? FileManager.default.removeItem(at: p) }
        let out = p.appendingPathComponent("out").path
        try AtomicFileWriter.writeDirectory([OutputFile("data.csv", text: "a\n1\n")], to: out)
        #expect(throws: OutputError.outputIsAnInput(path: out)) {
            try AtomicFileWriter.writeDirectory([OutputFile("x.csv", text: "b\n")], to: out, inputs: [out + "/data.csv"])
        }
        #expect(try read(out + "/data.csv") == "a\n1\n")
        #expect(throws: OutputError.folderMissing(path: "/nonexistent-gapwise/out")) {
            try AtomicFileWriter.writeDirectory([OutputFile("x.csv", text: "b\n")], to: "/nonexistent-gapwise/out")
        }
    }

    @Test func aFailureHalfwayLeavesTheOldFolderAndNoTemporaries() throws {
        let p = try tempParent()
        defer { try? FileManager.default.removeItem(at: p) }
        let out = p.appendingPathComponent("report").path
        try AtomicFileWriter.writeDirectory([OutputFile("index.html", text: "old")], to: out)
        // "a" is both a folder (for a/b.txt) and a file: creating the file fails after other files are written.
        do {
            try AtomicFileWriter.writeDirectory([OutputFile("index.html", text: "new"), OutputFile("a/b.txt", text: "1"), OutputFile("a", text: "2")], to: out)
            Issue.record("expected a failure")
        } catch {
            #expect(error.description.hasPrefix(out + "/a: could not create the file:"), "\(error)")
        }
        #expect(try read(out + "/index.html") == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: p.path) == ["report"])
    }

    /// The reason for the batch mode: 2,500 small files. Prints both timings for the record; it asserts
    /// only completeness, because other suites run concurrently and the machine is shared (the timing
    /// target is measured by the EndToEnd benchmark suite, `report full size render and atomic write`).
    @Test func twoAndAHalfThousandFilesInOneBatch() throws {
        let p = try tempParent()
        defer { try? FileManager.default.removeItem(at: p) }
        let files = (0..<2500).map { OutputFile("charts/\($0 % 33)/f\($0).svg", text: String(repeating: "<g/>", count: 500)) }
        let clock = ContinuousClock()
        let batch = try clock.measure { try AtomicFileWriter.writeDirectory(files, to: p.appendingPathComponent("batch").path) }
        let single = p.appendingPathComponent("single").path
        let singles = try clock.measure {
            for d in 0..<33 { try FileManager.default.createDirectory(atPath: single + "/charts/\(d)", withIntermediateDirectories: true) }
            for f in files.prefix(500) { try AtomicFileWriter.write(f.data, to: single + "/" + f.relativePath) }
        }
        print("AtomicDirectoryWriter: 2,500 files in one batch \(batch); 500 files one at a time \(singles) (x5 = \(singles * 5))")
        #expect(FileManagerTempCount.files(p.appendingPathComponent("batch").path) == 2501)
    }
}

enum FileManagerTempCount {
    static func files(_ root: String) -> Int {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { !$0.hasSuffix("/") && $0.contains(".") }.count
    }
}
