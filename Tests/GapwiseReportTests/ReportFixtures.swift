// ReportFixtures: small hand-made report models whose every number is known, for the report tests.
import Foundation
@testable import GapwiseReport

enum ReportFixtures {
    /// Quintile values 100, 80, 60, 50, 40 with equal shares; the population-weighted least-squares line
    /// through the midpoints 0.1, 0.3, 0.5, 0.7, 0.9 is intercept 103.5, slope -75 (by hand: mean x 0.5,
    /// mean y 66, slope = Σ(x-0.5)(y-66) / Σ(x-0.5)² = -30 / 0.4 = -75, intercept 66 + 75·0.5 = 103.5).
    static func indicator(id: String = "admissions", name: String = "Emergency admissions", rii: Double = 1.15,
                          trend: ReportTrendClassification? = .narrowing) -> ReportIndicator {
        let values = [100.0, 80, 60, 50, 40]
        let q = values.enumerated().map { i, v in
            ReportQuantile(label: i == 0 ? "1 (most deprived)" : i == 4 ? "5 (least deprived)" : String(i + 1),
                          value: v, lower: v - 6, upper: v + 6, populationShare: 0.2)
        }
        var points: [ReportCurvePoint] = []
        var cum = 0.0
        for (i, v) in values.enumerated() {
            cum += v
            points.append(ReportCurvePoint(population: Double(i + 1) / 5, outcome: cum / 330))
        }
        let t = trend.map {
            ReportGapTrend(measure: "RII", points: [ReportGapTrendPoint(period: "2016", estimate: 1.4, lower: 1.3, upper: 1.5),
                                              ReportGapTrendPoint(period: "2017", estimate: 1.3, lower: 1.2, upper: 1.4),
                                              ReportGapTrendPoint(period: "2018", estimate: rii, lower: rii - 0.1, upper: rii + 0.1)],
                     classification: $0)
        }
        return ReportIndicator(id: id, name: name, unit: "per 1,000 people", polarity: .adverse, period: "2018",
                               quantileLabel: "SIMD quintile", quantiles: q, sii: ReportSIILine(intercept: 103.5, slope: -75),
                               curve: ReportCurve(kind: .concentration, points: points, index: -0.17),
                               gaps: [ReportGap(name: "RII", estimate: rii, lower: rii - 0.1, upper: rii + 0.1),
                                      ReportGap(name: "SII", estimate: 76, lower: 70, upper: 82)],
                               trend: t)
    }

    static func communities(count: Int = 30, k: Int = 5) -> ReportCommunities {
        let rows = (1...count).map { r in
            ReportCommunity(code: String(format: "S01%06d", 6500 + r), name: "Zone <\(r)> & \"co\"", score: 3 - Double(r) * 0.1,
                         rank: r, rankLower: max(1, r - 2), rankUpper: min(count, r + 3),
                         probabilityWorstK: r <= 2 ? 0.97 : r <= 5 ? 0.6 : 0.01,
                         drivers: ["Admissions", "Attainment"], flag: r == 3 ? "small population" : nil)
        }
        return ReportCommunities(worstK: k, scoreLabel: "Need score", communities: rows.reversed())
    }

    static func model(areas: Int = 2) -> ReportModel {
        var locs = [ReportLocality(code: "S92000003", name: "Scotland",
                                   indicators: [indicator(), indicator(id: "deaths", name: "Early deaths", rii: 0.5, trend: .widening)],
                                   communities: communities())]
        for a in 1..<areas {
            locs.append(ReportLocality(code: "S1200003\(a)", name: "Council \(a)",
                                       indicators: [indicator(rii: 0.9, trend: .noClearChange)], communities: communities(count: 12, k: 3)))
        }
        return ReportModel(title: "Test report",
                           run: ReportRun(version: "0.1.0", inputs: [ReportInput(path: "in.csv", sha256: String(repeating: "ab", count: 32))],
                                            seed: 42, confidenceLevel: 0.95, settings: [ReportSetting("Quantiles", "SIMD quintiles")]),
                           localities: locs)
    }
}
