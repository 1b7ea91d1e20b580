// InspectCommandTests: end-to-end runs of `gapwise inspect`, comparing whole outputs and exit codes.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise inspect")
struct InspectCommandTests {
    /// Runs the built `gapwise` executable (beside the test bundle) and returns (exit code, stdout, stderr).
    func gapwise(_ arguments: [String]) throws -> (Int32, String, String) {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let executable = products.appendingPathComponent("gapwise")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-inspect-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("JSON output of a small file")
    func json() throws {
        let path = try temporaryFile("zone;rate\nS01;\"8%\"\nS02;*\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, out, err) = try gapwise(["inspect", path, "--format", "json"])
        #expect(status == 0)
        #expect(err == "")
        #expect(out == """
            {"file": "\(path)", "rows": 2, "columns": [\
            {"name": "zone", "type": "text", "missing": 0, "min": "S01", "max": "S02"}, \
            {"name": "rate", "type": "number", "missing": 1, "min": 8, "max": 8}]}

            """)
    }

    @Test("bad input: non-zero exit, the message on stderr, nothing on stdout")
    func badInput() throws {
        let path = try temporaryFile("a,b\n1,2\n3\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, out, err) = try gapwise(["inspect", path])
        #expect(status == 1)
        #expect(out == "")
        #expect(err == "\(path):3: the row has 1 field but the header has 2 columns\n")
    }

    @Test("SIMD 2020v2: 6,976 rows and the PROVENANCE missing counts", .needsShared("data/simd2020v2_withinds/simd2020_withinds.csv"))
    func simd2020() throws {
        let relative = "data/simd2020v2_withinds/simd2020_withinds.csv"
        let url = try SharedData.require(relative)
        let (status, out, _) = try gapwise(["inspect", url.path, "--format", "json"])
        #expect(status == 0)
        #expect(out.contains("\"rows\": 6976,"))
        #expect(out.contains("{\"name\": \"Attendance\", \"type\": \"number\", \"missing\": 567, \"min\": 40, \"max\": 100}"))
        #expect(out.contains("{\"name\": \"crime_rate\", \"type\": \"number\", \"missing\": 501,"))
    }

    /// SIMD 2012 (2001 zones): PROVENANCE.md counts 6,505 rows, 28 named columns and 72 trailing empty unnamed
    /// ones, and the overall rank a permutation of 1...6505. Without the option the first unnamed column
    /// (29) is an error; with it the 72 are dropped and the 28 named columns inspected.
    @Test("--ignore-empty-unnamed-columns on SIMD 2012: 6,505 rows, the 28 named columns (PROVENANCE.md)",
          .needsShared("data/sg_simd2012_dz2001/simd2012_data_00410767_plusintervals.csv"))
    func ignoreEmptyUnnamedColumns() throws {
        let url = try SharedData.require("data/sg_simd2012_dz2001/simd2012_data_00410767_plusintervals.csv")
        let (refused, _, err) = try gapwise(["inspect", url.path])
        #expect(refused == 1)
        #expect(err.hasPrefix("\(url.path):1: column 29 has no name in the header row"), "\(err)")
        let (status, out, _) = try gapwise(["inspect", url.path, "--ignore-empty-unnamed-columns", "--format", "json"])
        #expect(status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(json["rows"] as? Int == 6505)
        let columns = try #require(json["columns"] as? [[String: Any]])
        #expect(columns.count == 28)
        #expect(columns.allSatisfy { !(($0["name"] as? String) ?? "").isEmpty })
        let rank = try #require(columns.first { $0["name"] as? String == "Overall SIMD 2012 Rank" })
        #expect(rank["min"] as? Double == 1 && rank["max"] as? Double == 6505 && rank["missing"] as? Int == 0, "\(rank)")
    }
}
