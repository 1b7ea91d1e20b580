// GapsSignTests: one reading of the sign in `gaps` (positive = the most deprived fare worse), checked by hand.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures

/// Five areas, one per national quintile (rank r → quintile r), population 100 each. The adverse indicator
/// falls 50, 40, 30, 20, 10 from the most to the least deprived; the favourable one rises 10 ... 50, so in
/// both the most deprived fare worse by the same amount.
///
/// Hand computation (equal weights, ridits x = 0.1, 0.3, 0.5, 0.7, 0.9, x̄ = 0.5, Σ(x − x̄)² = 0.4, ȳ = 30):
/// adverse: Σ(x − x̄)(y − ȳ) = −20, β1 = −50, β0 = ȳ − β1·x̄ = 55; favourable: β1 = +50, β0 = 5.
/// - SII (oriented) = 50 for both; RII = SII/ȳ = 5/3; ScotPHO rii_int = 50·RII = 250/3;
/// - d = 50 − 10 = 40 (adverse: most − least; favourable: least − most); r = 50/10 = 5;
/// - PAF = 100·|y_ref − μ|/μ = 100·20/30 = 200/3; PAR = 20 (y_ref the least deprived: 10 adverse, 50 favourable);
/// - PHE RII (fitted least/most deprived) = (β0 + β1)/β0: adverse 5/55, oriented 11; favourable 55/5 = 11.
@Suite("Gaps: one reading of the sign")
struct GapsSignTests {
    static func table(se: Bool) throws -> CSVTable {
        var csv = "dz,rank,pop,y_adv,y_fav" + (se ? ",se" : "") + "\n"
        for (i, (a, f)) in zip([50.0, 40, 30, 20, 10], [10.0, 20, 30, 40, 50]).enumerated() {
            csv += "Z\(i + 1),\(i + 1),100,\(a),\(f)" + (se ? ",1" : "") + "\n"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gaps-sign-\(UUID().uuidString).csv")
        try csv.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try CSVReader.read(file: url.path)
    }

    static func request(se: Bool, measures: [String]) throws -> GapsRequest {
        GapsRequest(indicators: [
                        GapsIndicator(name: "adverse", source: .values(value: "y_adv", standardError: se ? "se" : nil)),
                        GapsIndicator(name: "favourable", source: .values(value: "y_fav", standardError: se ? "se" : nil),
                                      polarity: .favourable),
                    ],
                    rank: "rank", population: "pop", quantiles: [5], measures: try measures.map { try MeasureSpec.parse($0) },
                    threshold: 0, seed: 7, replicates: 2000, threads: 1)
    }

    static func estimate(_ r: GapsResult, _ indicator: String, _ measure: String) throws -> GapRow {
        try #require(r.gaps.first { $0.indicator == indicator && $0.measure == measure })
    }

    @Test func adverseAndFavourableReadAlike() throws {
        let r = try GapsRunner.run(try Self.request(se: false, measures: ["d", "r", "sii_linear", "rii_linear", "rii_int", "paf", "par"]),
                                   on: try Self.table(se: false))
        let expected: [(String, Double)] = [("d", 40), ("r", 5), ("sii_linear", 50), ("rii_linear", 5.0 / 3), ("rii_int", 250.0 / 3),
                                            ("paf", 200.0 / 3), ("par", 20)]
        for ind in ["adverse", "favourable"] {
            for (m, want) in expected {
                let g = try Self.estimate(r, ind, m)
                let got = try #require(g.estimate, "\(ind) \(m): \(g.missingReason ?? "")")
                #expect(abs(got - want) <= 1e-12 * abs(want), "\(ind) \(m): \(got) vs \(want)")
                #expect(g.method.contains("means the most deprived fare worse"), "\(ind) \(m): \(g.method)")
            }
        }
        #expect(try Self.estimate(r, "adverse", "sii_linear").method.contains("sign reversed for this adverse indicator"))
        #expect(!(try Self.estimate(r, "favourable", "sii_linear").method.contains("reversed")))
    }

    @Test func pheMeasuresAreOrientedToo() throws {
        let r = try GapsRunner.run(try Self.request(se: true, measures: ["phe_sii", "phe_rii"]), on: try Self.table(se: true))
        for ind in ["adverse", "favourable"] {
            let sii = try #require(try Self.estimate(r, ind, "phe_sii").estimate)
            let rii = try #require(try Self.estimate(r, ind, "phe_rii").estimate)
            #expect(abs(sii - 50) <= 1e-12 * 50, "\(ind) phe_sii \(sii)")
            #expect(abs(rii - 11) <= 1e-12 * 11, "\(ind) phe_rii \(rii)")
            // The limits follow the estimate: lower below, upper above.
            for m in ["phe_sii", "phe_rii"] {
                let iv = try #require(try Self.estimate(r, ind, m).intervals.first)
                let e = try #require(try Self.estimate(r, ind, m).estimate)
                #expect(try #require(iv.lower) < e && e < (try #require(iv.upper)), "\(ind) \(m)")
            }
        }
    }

    @Test func valuesWithoutStandardErrorsHaveNoInterval() throws {
        let r = try GapsRunner.run(try Self.request(se: false, measures: ["d", "r", "sii_linear", "rii_linear", "paf", "par"]),
                                   on: try Self.table(se: false))
        for g in r.gaps {
            #expect(g.estimate != nil, "\(g.indicator) \(g.measure)")
            #expect(g.intervals.isEmpty && g.standardError == nil, "\(g.indicator) \(g.measure)")
            #expect(g.intervalMethod == "none: no sampling error given", "\(g.indicator) \(g.measure): \(g.intervalMethod)")
        }
        let csv = GapsFormat.gaps(r, levels: [0.95], format: .csv)
        #expect(csv.hasPrefix("locality,indicator,year,quantiles,measure,estimate,se,lower,upper,interval_method,groups_used,"))
        // The regression interval, asked for by name, is labelled as lack of fit.
        var req = try Self.request(se: false, measures: ["sii_linear"])
        req.siiInterval = .regression
        let reg = try GapsRunner.run(req, on: try Self.table(se: false))
        let g = try Self.estimate(reg, "adverse", "sii_linear")
        #expect(g.intervals.count == 1 && g.intervalMethod == "regression t on 3 df (lack of fit, not sampling error)")
    }
}
