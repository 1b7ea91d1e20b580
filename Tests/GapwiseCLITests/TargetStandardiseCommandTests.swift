// TargetStandardiseCommandTests: `gapwise target` with --filter keeps the national base unless --standardise filtered; --reps 0 end to end.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise target --standardise and --reps 0")
struct TargetStandardiseCommandTests {
    // v (higher is worse): all rows 1,2,3,6,8: mean 4, sd √8.5; council C1 alone 1,2,6: mean 3, sd √7.
    static let csv = "dz,council,v\na1,C1,1\na2,C1,2\nb1,C2,3\na3,C1,6\nb2,C2,8\n"

    func run(_ extra: [String]) throws -> (status: Int32, lines: [[String]], stderr: String) {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-std-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("areas.csv").path
        try Self.csv.write(toFile: f, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["target", f, "--area", "dz", "--locality", "council", "--indicators", "v", "--worst", "1",
                                   "--reps", "0"] + extra)
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return (r.status, lines, r.stderr)
    }

    func score(_ lines: [[String]], _ area: String) throws -> Double {
        let i = try #require(lines.first?.firstIndex(of: "score"))
        let row = try #require(lines.first { $0.count > 1 && $0[1] == area })
        return try #require(Double(row[i]))
    }

    @Test func filterKeepsTheBaseUnlessStandardiseFiltered() throws {
        let all = try run([]), filtered = try run(["--filter", "council=C1"])
        let own = try run(["--filter", "council=C1", "--standardise", "filtered"])
        #expect(all.status == 0 && filtered.status == 0 && own.status == 0, "\(all.stderr)\(filtered.stderr)\(own.stderr)")
        let sAll = try score(all.lines, "a3"), sFiltered = try score(filtered.lines, "a3"), sOwn = try score(own.lines, "a3")
        #expect(sFiltered == sAll)
        #expect(abs(sFiltered - 2 / 8.5.squareRoot()) < 1e-15)
        #expect(abs(sOwn - 3 / 7.0.squareRoot()) < 1e-15)
    }

    @Test func zeroRepsLeavesIntervalsAndProbabilitiesBlankAndSaysSo() throws {
        let r = try run([])
        #expect(r.status == 0, "\(r.stderr)")
        let header = r.lines[0]
        let row = try #require(r.lines.first { $0.count > 1 && $0[1] == "a3" })
        func cell(_ column: String) throws -> String { row[try #require(header.firstIndex(of: column))] }
        for column in ["score_se", "rank_lower", "rank_upper", "p_worst", "p_worse_than_locality", "p_worse_than_country", "flags"] {
            #expect(try cell(column) == "", "\(column)")
        }
        #expect(try cell("rank") == "1")
        #expect(try cell("reps") == "0")
        #expect(try cell("sampling_error") == "no simulation (0 replicates asked for): no rank intervals or probabilities")
    }
}
