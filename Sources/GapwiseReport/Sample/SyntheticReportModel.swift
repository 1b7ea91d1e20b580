// SyntheticReportModel: a seeded, Scotland-shaped ReportModel for demonstrations, tests and timing.
import Foundation
import GapwiseNumerics

/// A made-up but plausible `ReportModel`: Scotland plus the 32 council areas (real names, codes and data
/// zone counts of the 2011 data zones, so sizes are realistic), 12 indicators with quintile values,
/// intervals, SII lines, concentration curves, four gap measures and a four-period RII trend, and every
/// council's data zones ranked with rank intervals and P(among the worst k).
///
/// **Every number is synthetic** (seeded xoshiro256** draws); community codes are `X01…` so they can
/// never be mistaken for real data zones. It exists to show and time the renderer before the `gaps`
/// and `target` commands feed it, and it is not evidence about any place.
/// `@_spi(Samples)`: a sample generator, not part of the embedding API; `@_spi(Samples) import GapwiseReport` to use it.
@_spi(Samples) public enum SyntheticReportModel {
    /// The 32 council areas: GSS code, name, number of 2011 data zones (PHS lookup).
    public static let councils: [(code: String, name: String, zones: Int)] = [
        ("S12000005", "Clackmannanshire", 72), ("S12000006", "Dumfries and Galloway", 201),
        ("S12000008", "East Ayrshire", 163), ("S12000010", "East Lothian", 132),
        ("S12000011", "East Renfrewshire", 122), ("S12000013", "Na h-Eileanan Siar", 36),
        ("S12000014", "Falkirk", 214), ("S12000017", "Highland", 312), ("S12000018", "Inverclyde", 114),
        ("S12000019", "Midlothian", 115), ("S12000020", "Moray", 126), ("S12000021", "North Ayrshire", 186),
        ("S12000023", "Orkney Islands", 29), ("S12000026", "Scottish Borders", 143),
        ("S12000027", "Shetland Islands", 30), ("S12000028", "South Ayrshire", 153),
        ("S12000029", "South Lanarkshire", 431), ("S12000030", "Stirling", 121),
        ("S12000033", "Aberdeen City", 283), ("S12000034", "Aberdeenshire", 340),
        ("S12000035", "Argyll and Bute", 125), ("S12000036", "City of Edinburgh", 597),
        ("S12000038", "Renfrewshire", 225), ("S12000039", "West Dunbartonshire", 121),
        ("S12000040", "West Lothian", 239), ("S12000041", "Angus", 155), ("S12000042", "Dundee City", 188),
        ("S12000045", "East Dunbartonshire", 130), ("S12000047", "Fife", 494),
        ("S12000048", "Perth and Kinross", 186), ("S12000049", "Glasgow City", 746),
        ("S12000050", "North Lanarkshire", 447),
    ]

    /// Indicator templates: id, name, unit, polarity, Scotland level, relative gradient (most − least
    /// deprived, as a share of the level).
    static let indicators: [(id: String, name: String, unit: String, polarity: Polarity, level: Double, gradient: Double)] = [
        ("emergency-admissions", "Emergency hospital admissions", "per 100,000 people", .adverse, 7_600, 0.9),
        ("early-deaths", "Deaths aged under 75", "per 100,000 people", .adverse, 420, 1.6),
        ("child-poverty", "Children in low-income families", "%", .adverse, 20, 1.5),
        ("attainment", "School leavers with 1+ pass at SCQF level 5", "%", .favourable, 86, -0.25),
        ("employment-deprived", "Working-age people employment deprived", "%", .adverse, 9, 1.8),
        ("income-deprived", "People income deprived", "%", .adverse, 12, 1.8),
        ("alcohol-stays", "Alcohol-related hospital stays", "per 100,000 people", .adverse, 660, 1.9),
        ("drug-stays", "Drug-related hospital stays", "per 100,000 people", .adverse, 230, 2.2),
        ("low-birthweight", "Low birthweight babies", "%", .adverse, 2.2, 0.9),
        ("crime", "Recorded crimes of violence", "per 10,000 people", .adverse, 18, 1.7),
        ("prescriptions", "People prescribed drugs for anxiety or depression", "%", .adverse, 19, 0.6),
        ("participation", "16-19 year olds in education, training or work", "%", .favourable, 92, -0.08),
    ]

    /// The model for Scotland and `localityCount` councils (at most 32), the first `indicatorCount`
    /// indicators (at most 12), quintiles, `periods` periods of trend and k = `worstK`.
    public static func model(seed: UInt64 = 20_260_101, localityCount: Int = 32, indicatorCount: Int = 12,
                             periods: Int = 4, worstK: Int = 5) -> ReportModel {
        let streams = Xoshiro256StarStar.streams(count: localityCount + 1, seed: seed)
        var areas: [ReportLocality] = []
        let chosen = Array(councils.prefix(localityCount))
        let totalZones = councils.map(\.zones).reduce(0, +)
        for i in 0...chosen.count {
            var rng = streams[i]
            let (code, name, zones) = i == 0 ? ("S92000003", "Scotland", totalZones) : chosen[i - 1]
            let local = i == 0 ? 1.0 : 0.75 + 0.5 * rng.nextUniform()
            let inds = indicators.prefix(indicatorCount).map { t in
                indicator(t, localLevel: local, zones: zones, periods: periods, rng: &rng)
            }
            areas.append(ReportLocality(code: code, name: name, indicators: inds,
                                        communities: communities(zones: zones, areaIndex: i, worstK: worstK, rng: &rng)))
        }
        let run = ReportRun(version: "synthetic", inputs: [ReportInput(path: "synthetic (no input file)", sha256: String(repeating: "0", count: 64))],
                              seed: seed, confidenceLevel: 0.95,
                              settings: [ReportSetting("Data", "SYNTHETIC: every number is made up by SyntheticReportModel"),
                                         ReportSetting("Quantiles", "SIMD quintiles (population-weighted)"),
                                         ReportSetting("Worst k", String(worstK))])
        return ReportModel(title: "Inequalities of outcome (synthetic example)", run: run, localities: areas)
    }

    static func indicator(_ t: (id: String, name: String, unit: String, polarity: Polarity, level: Double, gradient: Double),
                          localLevel: Double, zones: Int, periods: Int, rng: inout Xoshiro256StarStar) -> ReportIndicator {
        let level = t.level * localLevel
        let grad = t.gradient * (0.7 + 0.6 * rng.nextUniform())
        var shares = (0..<5).map { _ in 0.12 + 0.16 * rng.nextUniform() }
        let total = shares.reduce(0, +)
        shares = shares.map { $0 / total }
        let relSE = 1.2 / Double(max(zones, 20)).squareRoot()
        var quantiles: [ReportQuantile] = []
        var cum = 0.0
        var xs: [Double] = [], ys: [Double] = []
        for q in 0..<5 {
            let mid = cum + shares[q] / 2
            cum += shares[q]
            let v = max(level * 0.05, level * (1 + grad * (0.5 - mid)) * (1 + 0.04 * rng.nextStandardNormal()))
            let half = 1.96 * v * relSE * (0.8 + 0.4 * rng.nextUniform())
            quantiles.append(ReportQuantile(label: q == 0 ? "1 (most deprived)" : q == 4 ? "5 (least deprived)" : String(q + 1),
                                           value: v, lower: max(0, v - half), upper: v + half, populationShare: shares[q]))
            xs.append(mid); ys.append(v)
        }
        // Population-weighted least squares of value on the quintile midpoints.
        let mx = zip(shares, xs).map(*).reduce(0, +), my = zip(shares, ys).map(*).reduce(0, +)
        var sxy = 0.0, sxx = 0.0
        for q in 0..<5 { sxy += shares[q] * (xs[q] - mx) * (ys[q] - my); sxx += shares[q] * (xs[q] - mx) * (xs[q] - mx) }
        let slope = sxy / sxx
        let sii = ReportSIILine(intercept: my - slope * mx, slope: slope)
        // Concentration curve (most deprived first) of the quintile totals.
        var points: [ReportCurvePoint] = []
        var cp = 0.0, co = 0.0, index = 0.0
        let mass = zip(shares, ys).map(*).reduce(0, +)
        for q in 0..<5 {
            let prev = co
            cp += shares[q]; co += shares[q] * ys[q] / mass
            index += shares[q] * (prev + co)
            points.append(ReportCurvePoint(population: min(1, cp), outcome: min(1, co)))
        }
        let ciValue = 1 - index
        let sValue = -slope, rii = sValue / my
        let w = 1.96 * relSE * 1.4
        let range = ys[0] - ys[4], ratio = ys[0] / ys[4]
        let gaps = [ReportGap(name: "RII", estimate: rii, lower: rii - abs(rii) * w - 0.02, upper: rii + abs(rii) * w + 0.02),
                    ReportGap(name: "SII", estimate: sValue, lower: sValue - abs(sValue) * w, upper: sValue + abs(sValue) * w),
                    ReportGap(name: "Absolute range (Q1 − Q5)", estimate: range, lower: range - abs(range) * w * 1.3, upper: range + abs(range) * w * 1.3),
                    ReportGap(name: "Relative range (Q1 / Q5)", estimate: ratio, lower: ratio * (1 - w), upper: ratio * (1 + w))]
        var trend: ReportGapTrend?
        if periods >= 2 {
            let drift = 0.08 * rng.nextStandardNormal()
            var pts: [ReportGapTrendPoint] = []
            for p in 0..<periods {
                let e = rii * (1 + drift * Double(p - periods + 1)) + 0.015 * rng.nextStandardNormal()
                let h = abs(rii) * w + 0.02
                pts.append(ReportGapTrendPoint(period: String(2016 + p), estimate: e, lower: e - h, upper: e + h))
            }
            let a = pts.first!, b = pts.last!
            let apart = b.upper! < a.lower! || b.lower! > a.upper!  // every synthetic point has an interval
            let cls: ReportTrendClassification = abs(b.estimate) < abs(a.estimate) && apart ? .narrowing
                : abs(b.estimate) > abs(a.estimate) && apart ? .widening : .noClearChange
            trend = ReportGapTrend(measure: "RII", points: pts, classification: cls)
        }
        return ReportIndicator(id: t.id, name: t.name, unit: t.unit, polarity: t.polarity, period: String(2016 + max(periods, 1) - 1),
                               quantileLabel: "SIMD quintile", quantiles: quantiles, sii: sii,
                               curve: ReportCurve(kind: .concentration, points: points, index: ciValue), gaps: gaps, trend: trend)
    }

    static func communities(zones: Int, areaIndex: Int, worstK: Int, rng: inout Xoshiro256StarStar) -> ReportCommunities {
        let drivers = ["Emergency admissions", "Child poverty", "Attainment", "Early deaths", "Employment", "Drug-related stays"]
        var scores = (0..<zones).map { _ in rng.nextStandardNormal() }
        scores.sort(by: >)
        var rows: [ReportCommunity] = []
        rows.reserveCapacity(zones)
        for r in 0..<zones {
            let rank = r + 1
            let spread = 1 + Int((Double(rank).squareRoot() * (1.2 + rng.nextUniform())).rounded())
            let p = 1 / (1 + exp((Double(rank) - Double(worstK) - 0.5) / (0.6 + 0.25 * Double(rank).squareRoot())))
            let d1 = Int(rng.next() % UInt64(drivers.count)), d2 = (d1 + 1 + Int(rng.next() % UInt64(drivers.count - 1))) % drivers.count
            let code = "X01" + String(format: "%06d", areaIndex * 10_000 + rank)
            rows.append(ReportCommunity(code: code, name: "Synthetic zone \(areaIndex)-\(rank)", score: scores[r], rank: rank,
                                     rankLower: max(1, rank - spread), rankUpper: min(zones, rank + spread),
                                     probabilityWorstK: p, drivers: [drivers[d1], drivers[d2]],
                                     flag: rng.nextUniform() < 0.04 ? "small population" : nil))
        }
        return ReportCommunities(worstK: worstK, scoreLabel: "Need score (mean z of 6 indicators)", communities: rows)
    }
}
