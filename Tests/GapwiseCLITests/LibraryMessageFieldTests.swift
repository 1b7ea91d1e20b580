// LibraryMessageFieldTests: library messages that point at a setting name it as the user wrote it: a flag on the command line, a key in a config.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("library messages name flags on the command line and keys in a config")
struct LibraryMessageFieldTests {
    func folder() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-fields-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    @Test("gaps: a proportion above 1 points at --invalid-areas on the command line and invalid_areas in a config")
    func invalidAreas() throws {
        let d = try folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("in.csv").path
        try "zone,rank,ca,n,den\na,1,A,3,10\nb,2,A,12,10\nc,3,A,1,10\n".write(toFile: f, atomically: true, encoding: .utf8)
        let cli = try CLIRunner.run(["gaps", f, "--rank", "rank", "--locality", "ca", "--indicator", "n/den"])
        #expect(cli.status == 1)
        #expect(cli.stderr == "gapwise: \(f):3:n: 12 is above its denominator 10 in den (--invalid-areas exclude leaves such areas out).\n")
        let c = d.appendingPathComponent("gaps.yaml").path
        try "input: \(f)\nrank: rank\nlocality: ca\nindicators:\n  - numerator: n\n    denominator: den\n"
            .write(toFile: c, atomically: true, encoding: .utf8)
        let config = try CLIRunner.run(["gaps", "--config", c])
        #expect(config.status == 1)
        #expect(config.stderr == "gapwise: \(f):3:n: 12 is above its denominator 10 in den (invalid_areas exclude leaves such areas out).\n")
    }

    @Test("target: an area listed twice points at --filter and --unit")
    func duplicateArea() throws {
        let d = try folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("areas.csv").path
        try "dz,council,ev_count,ev_denominator\nd1,C1,3,100\nd1,C1,1,100\nd2,C1,2,100\n".write(toFile: f, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["target", f, "--area", "dz", "--locality", "council", "--indicators", "ev"])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: \(f):3:dz: d1 appears twice; use --filter (e.g. year=2023) or --unit to aggregate.\n")
    }

    /// No message in a library target spells a command-line flag: a `"...--word` in a string literal would
    /// reach a config user or an embedder. (The report's stylesheet uses CSS custom properties, `--ink`.)
    @Test("no library source has a flag in a string literal")
    func noFlagInLibrarySources() throws {
        let root = SharedData.packageRoot.appendingPathComponent("Sources")
        let libraries = ["GapwiseNumerics", "GapwiseIO", "GapwiseMeasures", "GapwiseDeprivation", "GapwiseAnalysis",
                         "GapwiseDatasets", "GapwiseReport"]
        let flag = try NSRegularExpression(pattern: #""[^"\n]*--[a-z]"#)
        var found: [String] = []
        for lib in libraries {
            let dir = root.appendingPathComponent(lib)
            for case let url as URL in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!
            where url.pathExtension == "swift" && url.lastPathComponent != "Stylesheet.swift" {
                let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
                for (i, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    if flag.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                        found.append("\(lib)/\(url.lastPathComponent):\(i + 1)")
                    }
                }
            }
        }
        #expect(found.isEmpty, "library messages naming flags: \(found)")
    }
}
