// ReportFixtures: small hand-made report models whose every number is known, for the report tests.
import Foundation
@testable import GapwiseReport

enum ReportFixtures {
    /// Quintile values 100, 80, 60, 50, 40 with equal shares; the population-weighted least-squares line
    /// through the midpoints 0.1, 0.3, 0.5, 0.7, 0.9 is intercept 103.5, slope -75 (by hand: mean x 0.5,
    /// mean y 66, slope = Σ(x-0.5)(y-66) / Σ(x-0.5)² = -30 / 0.4 = -75, intercept 66 + 75·0.5 = 103.5).
    static func indicator(id: String = "admissions", name: String = "Emergency admissions", rii: Double = 1.15,
                          trend: TrendClassification? = .narrowing) -> IndicatorReport {
        let values = [100.0, 80, 60, 50, 40]
        let q = values.enumerated().map { i, v in
            QuantileValue(label: i == 0 ? "1 (most deprived)" : i == 4 ? "5 (least deprived)" : String(i + 1),
                          value: v, lower: v - 6, upper: v + 6, populationShare: 0.2)
        }
        var points: [CurvePoint] = []
        var cum = 0.0
        for (i, v) in values.enumerated() {
            cum += v
            points.append(CurvePoint(population: Double(i + 1) / 5, outcome: cum / 330))
        }
        let t = trend.map {
            GapTrend(measure: "RII", points: [GapTrendPoint(period: "2016", estimate: 1.4, lower: 1.3, upper: 1.5),
                                              GapTrendPoint(period: "2017", estimate: 1.3, lower: 1.2, upper: 1.4),
                                              GapTrendPoint(period: "2018", estimate: rii, lower: rii - 0.1, upper: rii + 0.1)],
                     classification: $0)
        }
        return IndicatorReport(id: id, name: name, unit: "per 1,000 people", polarity: .higherIsWorse, period: "2018",
                               quantileLabel: "SIMD quintile", quantiles: q, sii: SIILine(intercept: 103.5, slope: -75),
                               curve: InequalityCurve(kind: .concentration, points: points, index: -0.17),
                               gaps: [GapMeasure(name: "RII", estimate: rii, lower: rii - 0.1, upper: rii + 0.1),
                                      GapMeasure(name: "SII", estimate: 76, lower: 70, upper: 82)],
                               trend: t)
    }

    static func communities(count: Int = 30, k: Int = 5) -> CommunityTable {
        let rows = (1...count).map { r in
            CommunityRow(code: String(format: "S01%06d", 6500 + r), name: "Zone <\(r)> & \"co\"", score: 3 - Double(r) * 0.1,
                         rank: r, rankLower: max(1, r - 2), rankUpper: min(count, r + 3),
                         probabilityWorstK: r <= 2 ? 0.97 : r <= 5 ? 0.6 : 0.01,
                         drivers: ["Admissions", "Attainment"], flag: r == 3 ? "small population" : nil)
        }
        return CommunityTable(worstK: k, scoreLabel: "Need score", communities: rows.reversed())
    }

    static func model(areas: Int = 2) -> ReportModel {
        var locs = [LocalityReport(code: "S92000003", name: "Scotland",
                                   indicators: [indicator(), indicator(id: "deaths", name: "Early deaths", rii: 0.5, trend: .widening)],
                                   communities: communities())]
        for a in 1..<areas {
            locs.append(LocalityReport(code: "S1200003\(a)", name: "Council \(a)",
                                       indicators: [indicator(rii: 0.9, trend: .noClearChange)], communities: communities(count: 12, k: 3)))
        }
        return ReportModel(title: "Test report",
                           run: RunMetadata(version: "0.1.0", inputs: [InputFile(path: "in.csv", sha256: String(repeating: "ab", count: 32))],
                                            seed: 42, confidenceLevel: 0.95, settings: [Setting("Quantiles", "SIMD quintiles")]),
                           localities: locs)
    }
}
