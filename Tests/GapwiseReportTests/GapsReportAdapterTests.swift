// GapsReportAdapterTests: gaps/target results carried into the ReportModel exactly; SII line and curve against numpy.
import Foundation
import Testing
@testable import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures
@testable import GapwiseReport

@Suite("Report: adapter from gaps and target results")
struct GapsReportAdapterTests {
    static let run = ReportRun(version: "test", inputs: [], seed: 1, confidenceLevel: 0.95)

    /// Writes `text` to a temporary CSV and reads it as the CLI does.
    static func table(_ text: String, numeric: [String]) throws -> CSVTable {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-adapter-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var o = CSVReadOptions()
        for c in numeric { o.columnTypes[c] = .number }
        return try CSVReader.read(file: path, options: o)
    }

    struct Reference: Decodable {
        let rank: [Int], numerator: [Double], denominator: [Double]
        let quintile_values: [Double], population_shares: [Double]
        let intercept: Double, slope: Double
        let curve_population: [Double], curve_outcome: [Double], concentration_index: Double
    }

    /// The SII line, population shares and concentration curve match an independent numpy computation
    /// (Reference/adapter_reference.py: weighted least squares on the quintile midpoints, trapezium index).
    @Test func siiLineAndConcentrationCurveMatchNumpy() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference/adapter_reference.json")
        let ref = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
        var csv = "area,rank,n,d\n"
        for i in ref.rank.indices { csv += "A\(i + 1),\(ref.rank[i]),\(Int(ref.numerator[i])),\(Int(ref.denominator[i]))\n" }
        let t = try Self.table(csv, numeric: ["rank", "n", "d"])
        let req = GapsRequest(indicators: [GapsIndicator(name: "x", source: .counts(numerator: "n", denominator: "d"))],
                              rank: "rank", threshold: 0)
        let result = try GapsRunner.run(req, on: t)
        let model = GapsReportAdapter.model(gaps: result, request: req, target: nil, run: Self.run)
        try model.validate()
        let ind = try #require(model.localities.first?.indicators.first)
        #expect(ind.quantiles.count == 5)
        for (q, (v, s)) in zip(ind.quantiles, zip(ref.quintile_values, ref.population_shares)) {
            #expect(abs(q.value - v) <= 1e-12 * abs(v), "quintile value \(q.value) vs numpy \(v)")
            #expect(abs(q.populationShare - s) <= 1e-14)
        }
        let sii = try #require(ind.sii)
        #expect(abs(sii.slope - ref.slope) <= 1e-9 * abs(ref.slope), "slope \(sii.slope) vs numpy \(ref.slope)")
        #expect(abs(sii.intercept - ref.intercept) <= 1e-9 * abs(ref.intercept), "intercept \(sii.intercept) vs numpy \(ref.intercept)")
        let curve = try #require(ind.curve)
        #expect(curve.kind == .concentration)
        for (p, (x, y)) in zip(curve.points, zip(ref.curve_population, ref.curve_outcome)) {
            #expect(abs(p.population - x) <= 1e-14 && abs(p.outcome - y) <= 1e-14)
        }
        #expect(abs(curve.index! - ref.concentration_index) <= 1e-12)
        #expect(ind.quantiles.first?.label == "1 (most deprived)" && ind.quantiles.last?.label == "5 (least deprived)")
        #expect(ind.unit == "%" && ind.polarity == .adverse && ind.quantileLabel == "deprivation quintile")
    }

    /// Two localities over two years: every quantile value and limit, gap estimate and limit, trend point
    /// and classification is the gaps result's own number; Scotland comes first; codes are file-safe.
    @Test func valuesCarryThroughExactly() throws {
        var csv = "area,loc,year,rank,n,d\n"
        var rank = 0
        for (li, loc) in ["North Side", "South"].enumerated() {
            for a in 0..<10 {
                rank += 1
                for year in [2019, 2023] {
                    let n = 40 - 2 * rank + (year == 2023 ? li * 3 : 0) + a % 3
                    csv += "\(loc.prefix(1))\(a),\(loc),\(year),\(rank),\(n),\(300 + 7 * a)\n"
                }
            }
        }
        let t = try Self.table(csv, numeric: ["rank", "n", "d"])
        let req = GapsRequest(indicators: [GapsIndicator(name: "early_deaths", source: .counts(numerator: "n", denominator: "d"), statistic: .rate)],
                              rank: "rank", locality: "loc", year: "year", levels: [0.95, 0.998], threshold: 0)
        let result = try GapsRunner.run(req, on: t)
        let model = GapsReportAdapter.model(gaps: result, request: req, target: nil, run: Self.run,
                                            options: .init(localityNames: ["South": "South Council"]))
        try model.validate()
        #expect(model.localities.map(\.code) == ["S92000003", "North-Side", "South"])
        #expect(model.localities.map(\.name) == ["Scotland", "North Side", "South Council"])
        for (loc, area) in zip(result.localities, model.localities) {
            let ind = try #require(area.indicators.first)
            #expect(ind.name == "Early deaths" && ind.unit == "per 100,000" && ind.period == "2023")
            let profile = try #require(result.profiles.first { $0.locality == loc && $0.year == "2023" })
            let shown = profile.rows.filter(\.isPublished)
            #expect(ind.quantiles.count == shown.count)
            for (q, row) in zip(ind.quantiles, shown) {
                let iv = try #require(row.intervals.at(0.95))
                #expect(q.value == row.value! && q.lower == iv.lower! && q.upper == iv.upper!)
            }
            let rows = result.gaps.filter { $0.locality == loc && $0.year == "2023" && $0.estimate != nil }
            #expect(ind.gaps.count == rows.count)
            #expect(ind.gaps.first?.name == "RII", "the scale-free RII is the headline")
            for row in rows {
                let g = try #require(ind.gaps.first { $0.name == GapsReportAdapter.measureName(row.measure) })
                let iv = row.intervals.at(0.95)
                #expect(g.estimate == row.estimate!)
                if let lo = iv?.lower, let hi = iv?.upper { #expect(g.lower == lo && g.upper == hi) }
            }
            // The gap row reads "positive: the most deprived fare worse"; the line's slope is β1 (least minus
            // most deprived), so −SII for an adverse indicator.
            if let sii = rows.first(where: { $0.measure == "sii_linear" }) { #expect(ind.sii?.slope == -sii.estimate!) }  // adverse
            let trend = try #require(ind.trend)
            let riis = result.gaps.filter { $0.locality == loc && $0.measure == "rii_linear" }
            #expect(trend.points.map(\.period) == ["2019", "2023"])
            #expect(trend.points.map(\.estimate) == riis.map { $0.estimate! })
            let change = try #require(result.changes.first { $0.locality == loc && $0.measure == "rii_linear" })
            #expect(trend.classification.rawValue == (change.trend == .noClearChange ? "noClearChange" : change.trend == .notAssessed ? "notAssessed" : change.trend.rawValue))
            #expect(area.communities == nil)
        }
    }

    /// The target run's areas become each locality's communities: rank, interval, P(worst k), drivers.
    @Test func communitiesCarryThroughFromTarget() throws {
        var csv = "zone,zname,loc,rank,n,d\n"
        for a in 0..<12 { csv += "Z\(a),Zone \(a),\(a < 6 ? "L1" : "L2"),\(a + 1),\(30 - 2 * a + a % 4),\(400 + 10 * a)\n" }
        let t = try Self.table(csv, numeric: ["rank", "n", "d"])
        let gaps = GapsRequest(indicators: [GapsIndicator(name: "admissions", source: .counts(numerator: "n", denominator: "d"))],
                               rank: "rank", locality: "loc", threshold: 0)
        let rr = GapsReportRequest(gaps: gaps, area: "zone", areaName: "zname", worst: 2, targetReplicates: 500)
        let treq = try #require(rr.targetRequest(latestYear: nil))
        let target = try TargetAnalysis.run(treq, on: t)
        let model = GapsReportAdapter.model(gaps: try GapsRunner.run(gaps, on: t), request: gaps, target: target, run: Self.run)
        try model.validate()
        #expect(model.localities[0].communities == nil, "no communities for the national profile")
        for area in model.localities.dropFirst() {
            let c = try #require(area.communities)
            #expect(c.worstK == 2)
            let mine = target.areas.filter { $0.locality == area.code }
            #expect(c.communities.count == mine.count)
            for (x, a) in zip(c.communities, mine) {
                #expect(x.code == a.area && x.name == a.name && x.score == a.score && x.rank == a.rank)
                #expect(x.rankLower == min(a.rankLower!, a.rank) && x.rankUpper == max(a.rankUpper!, a.rank))
                #expect(x.probabilityWorstK == a.probabilityWorst)
                #expect(x.drivers == a.drivers.map { GapsReportAdapter.displayName($0.indicator) })
            }
        }
    }

    /// Quantiles that are not drawn are named with the reason, never dropped silently.
    @Test func hiddenQuantilesAreNamed() {
        func row(_ q: Int, _ st: QuantileStatus) -> QuantileRow {
            QuantileRow(quantile: q, areas: st == .empty ? 0 : 3, excludedAreas: 0, numerator: nil, denominator: 100,
                        value: st == .published ? 5 : nil, standardError: nil, intervals: [], method: "", status: st)
        }
        let p = QuantileProfile(locality: "L", indicator: "x", year: "2023", scheme: 5,
                                rows: [row(1, .suppressed), row(2, .secondary), row(3, .published), row(4, .suppressed), row(5, .empty)])
        #expect(GapsReportAdapter.hiddenNote(p) == "Not shown: quintile 1 and 4 suppressed (small counts); 2 withheld to protect a suppressed quantile; 5 no areas")
        let all = QuantileProfile(locality: "L", indicator: "x", year: "2023", scheme: 5, rows: (1...5).map { row($0, .published) })
        #expect(GapsReportAdapter.hiddenNote(all) == nil)
    }

    @Test func slugsAreFileSafeAndUnique() {
        var taken = Set<String>()
        #expect(GapsReportAdapter.uniqueCode("Aberdeen City", &taken) == "Aberdeen-City")
        #expect(GapsReportAdapter.uniqueCode("Aberdeen  City!", &taken) == "Aberdeen-City-2")
        #expect(GapsReportAdapter.uniqueCode("Na h-Eileanan Siar", &taken) == "Na-h-Eileanan-Siar")
        #expect(GapsReportAdapter.uniqueCode("???", &taken) == "area")
    }

    /// A limit off by rounding only is taken as the value; a real inconsistency is kept for validation to name.
    @Test func limitsWithinRoundingOnly() {
        let up = ConfidenceInterval(confidence: 0.95, lower: 70, upper: 99.99999999999999)
        #expect(GapsReportAdapter.limits(100, up) == (70, 100))
        let bad = ConfidenceInterval(confidence: 0.95, lower: 70, upper: 99)
        #expect(GapsReportAdapter.limits(100, bad) == (70, 99))
        // No interval stays no interval (issue #14 item 2: never a zero-width interval).
        #expect(GapsReportAdapter.limits(5, nil) == (nil, nil))
    }
}
