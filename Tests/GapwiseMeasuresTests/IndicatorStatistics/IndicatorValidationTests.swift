// IndicatorValidationTests: proportions, rates, DSRs and means against PHEindicatormethods' published test data.
import Foundation
import Testing
import GapwiseTestSupport
import GapwiseMeasures

/// Sources (transcribed in ../shared/validation): ukhsa-collaboration/PHEindicatormethods@093fd28
/// tests/testthat/testdata_Proportion.xlsx, testdata_Rate.xlsx, testdata_DSR_ISR.xlsx, testdata_Mean.xlsx.
/// The tolerance is the files' own, 1.5e-8 relative (testthat's default): PHE's spreadsheets hold the
/// textbook-form results, which lose digits to cancellation (e.g. the Wilson lower limit at x/n ≈ 1e-3);
/// where both are exact the agreement is ~1e-15.
@Suite("Indicator statistics validation (PHEindicatormethods test data)")
struct IndicatorValidationTests {
    static let levels = [0.95, 0.998]

    func expectLimits(_ r: IndicatorEstimate, _ e: [Double?], tol: Double, _ what: String,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        // e = [value, lower95, upper95, lower99.8, upper99.8]
        if let v = e[0] { expectClose(try #require(r.value), v, rel: tol, "\(what) value", sourceLocation: sourceLocation) }
        else { #expect(r.value == nil, sourceLocation: sourceLocation) }
        for (i, c) in Self.levels.enumerated() {
            let lim = try #require(r.intervals.at(c))
            for (got, want, name) in [(lim.lower, e[1 + 2 * i], "lower"), (lim.upper, e[2 + 2 * i], "upper")] {
                if let want { expectClose(try #require(got), want, rel: tol, "\(what) \(name) \(c)", sourceLocation: sourceLocation) }
                else { #expect(got == nil, "\(what) \(name) \(c) should be NA", sourceLocation: sourceLocation) }
            }
        }
    }

    static func column(_ e: [String: Any], _ key: String) throws -> [Double] { try doubles(e[key]) }

    @Test("phe_proportion, Wilson, multiplier 1 (8 areas, 95% and 99.8%)", .needsShared("validation/phe_proportion_wilson_mult1.json"))
    func proportion() throws {
        let json = try validationCase("phe_proportion_wilson_mult1.json")
        let input = try #require(json["input"] as? [String: Any]), e = try #require(json["expected"] as? [String: Any])
        let x = try doubles(input["x"]), n = try doubles(input["n"]), tol = try number(json["tolerance"])
        let cols = try ["value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl"].map { try Self.column(e, $0) }
        for i in x.indices {
            let r = try Indicator.proportion(numerator: x[i], denominator: n[i], confidence: Self.levels)
            #expect(r.method == "Wilson" && r.statistic == "proportion of 1")
            try expectLimits(r, cols.map { $0[i] }, tol: tol, "area \(i + 1)")
        }
    }

    @Test("phe_rate: exact below 10 events, Byar from 10 (8 areas)", .needsShared("validation/phe_rate_byar_exact.json"))
    func rate() throws {
        let json = try validationCase("phe_rate_byar_exact.json")
        let input = try #require(json["input"] as? [String: Any]), e = try #require(json["expected"] as? [String: Any])
        let x = try doubles(input["x"]), n = try doubles(input["n"]), tol = try number(json["tolerance"])
        let cols = try ["value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl"].map { try Self.column(e, $0) }
        let methods = try #require(e["method"] as? [String])
        for i in x.indices {
            let r = try Indicator.rate(events: x[i], denominator: n[i], confidence: Self.levels)
            #expect(r.method == methods[i] && r.statistic == "rate per 100000")
            try expectLimits(r, cols.map { $0[i] }, tol: tol, "area \(i + 1)")
        }
    }

    @Test("calculate_dsr with ESP 2013, per 100,000 and per 10,000, suppressed below 10 events", .needsShared("validation/phe_dsr_esp2013.json"))
    func dsr() throws {
        let json = try validationCase("phe_dsr_esp2013.json")
        let input = try #require(json["input"] as? [String: Any]), expected = try #require(json["expected"] as? [String: [String: [String: Any]]])
        let areas = try #require(input["area"] as? [String]), counts = try #require(input["count"] as? [Any])
        let pop = try doubles(input["pop"]), tol = try number(json["tolerance"])
        for (key, mult) in [("per100000", 100_000.0), ("per10000", 10_000.0)] {
            for name in ["testdata_big", "testdata_small", "testdata_tiny"] {
                let idx = areas.indices.filter { areas[$0] == name }
                let x: [Double?] = idx.map { (counts[$0] as? NSNumber)?.doubleValue }
                let r = try Indicator.dsr(events: x, populations: idx.map { pop[$0] }, confidence: Self.levels, multiplier: mult)
                let e = try #require(expected[key]?[name])
                #expect(r.statistic == (e["statistic"] as? String))
                let totalCount = try number(e["total_count"]), totalPop = try number(e["total_pop"])
                #expect(r.numerator == totalCount && r.denominator == totalPop)
                let want: [Double?] = ["value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl"].map { (e[$0] as? NSNumber)?.doubleValue }
                try expectLimits(r, want, tol: tol, "\(name) \(key)")
            }
        }
    }

    @Test("phe_mean with Student t (two areas and all areas together)", .needsShared("validation/phe_mean_t.json"))
    func mean() throws {
        let json = try validationCase("phe_mean_t.json")
        let input = try #require(json["input"] as? [String: Any]), expected = try #require(json["expected"] as? [String: [String: Any]])
        let areas = try #require(input["area"] as? [String]), values = try doubles(input["values"]), tol = try number(json["tolerance"])
        for name in ["Area1", "Area2", "No grouping"] {
            let v = name == "No grouping" ? values : values.indices.filter { areas[$0] == name }.map { values[$0] }
            let r = try Indicator.mean(v, confidence: Self.levels)
            let e = try #require(expected[name])
            expectClose(r.numerator, try number(e["value_sum"]), rel: tol, "\(name) sum")
            let count = try number(e["value_count"])
            #expect(r.denominator == count)
            expectClose(try #require(r.standardDeviation), try number(e["stdev"]), rel: tol, "\(name) sd")
            let want: [Double?] = try ["value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl"].map { try number(e[$0]) }
            try expectLimits(r, want, tol: tol, name)
        }
    }
}
