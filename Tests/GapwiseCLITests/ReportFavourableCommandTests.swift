// ReportFavourableCommandTests: `report --favourable` orients a favourable indicator's gaps (positive = the most deprived fare worse).
import Foundation
import Testing
import GapwiseTestSupport

/// The same SG indicator reported as adverse and as favourable: d and the SII change sign with equal
/// magnitude, r is inverted, and the whole-country d and r equal the quintile values computed here from the
/// Scottish Government's published quintile column (`SIMD2020v2_Quintile`), not by Gapwise.
@Suite("gapwise report --favourable", .serialized)
struct ReportFavourableCommandTests {
    static let sgPath = "data/simd2020v2_withinds/simd2020_withinds.csv"
    static let income = "income=income_count/Total_population:stat=proportion:per=100"

    /// Runs the report on the SG file and returns Scotland's rows of tables/gaps.csv for the income
    /// indicator, measure name -> estimate (and limits).
    static func scotlandGaps(_ extra: [String]) throws -> [String: (estimate: Double, lower: Double?, upper: Double?)] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-report-favourable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report").path
        let r = try CLIRunner.run(["report", try SharedData.require(sgPath).path, "--out", out, "--rank", "SIMD2020v2_Rank",
                                   "--locality", "Council_area", "--population", "Total_population", "--area", "Data_Zone",
                                   "--indicators", income, "--reps", "100", "--threads", "2"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        let t = try TestTable(contentsOf: URL(fileURLWithPath: out + "/tables/gaps.csv"))
        let area = t.column("area_name"), ind = t.column("indicator_id"), measure = t.column("measure")
        let est = t.column("estimate"), lo = t.column("lower"), hi = t.column("upper")
        var gaps: [String: (Double, Double?, Double?)] = [:]
        for i in area.indices where area[i] == "Scotland" && ind[i] == "income" {
            gaps[measure[i]] = (Double(est[i])!, Double(lo[i]), Double(hi[i]))
        }
        return gaps
    }

    /// Quintile 1 and 5 income deprivation (%) from the SG quintile column.
    static func quintileValues() throws -> (most: Double, least: Double) {
        let t = try TestTable(contentsOf: try SharedData.require(sgPath))
        let q = t.column("SIMD2020v2_Quintile"), n = t.numbers("income_count"), p = t.numbers("Total_population")
        var num = [Double](repeating: 0, count: 6), den = num
        for i in q.indices { let b = Int(q[i])!; num[b] += n[i]; den[b] += p[i] }
        return (100 * num[1] / den[1], 100 * num[5] / den[5])
    }

    static func close(_ a: Double, _ b: Double, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(abs(a - b) <= 1e-12 * abs(b), "\(what): \(a), expected \(b)", sourceLocation: sourceLocation)
    }

    @Test("income deprivation as favourable: d and SII negated, r inverted, against SG's quintiles",
          .needsShared(ReportFavourableCommandTests.sgPath))
    func favourableFlipsTheGaps() throws {
        let (most, least) = try Self.quintileValues()
        let adverse = try Self.scotlandGaps([])
        let favourable = try Self.scotlandGaps(["--favourable", "income"])
        let d = "Difference, most vs least deprived (d)", r = "Ratio, most vs least deprived (r)"
        // Adverse: the most deprived have more income deprivation, so they fare worse: d > 0, r > 1.
        Self.close(try #require(adverse[d]).estimate, most - least, "adverse d")
        Self.close(try #require(adverse[r]).estimate, most / least, "adverse r")
        #expect(most - least > 20, "income deprivation is far higher in the most deprived quintile")
        // Favourable (higher is better): the most deprived fare better, so d < 0 and r < 1.
        Self.close(try #require(favourable[d]).estimate, least - most, "favourable d")
        Self.close(try #require(favourable[r]).estimate, least / most, "favourable r")
        for m in ["SII", "RII"] {
            let a = try #require(adverse[m]), f = try #require(favourable[m])
            #expect(a.estimate > 0 && f.estimate == -a.estimate, "\(m): adverse \(a.estimate), favourable \(f.estimate)")
            // Same seed: the interval is mirrored.
            #expect(f.lower == a.upper.map { -$0 } && f.upper == a.lower.map { -$0 }, "\(m) limits \(a), \(f)")
        }
    }
}
