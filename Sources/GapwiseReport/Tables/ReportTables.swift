// ReportTables: the data tables behind each chart, the gap measures, the communities and the run record.

enum ReportTables {
    static func sig(_ v: Double, _ decimals: Int) -> Cell { Cell(number: v, display: ReportNumber.display(v, decimals)) }
    /// A number cell, or a blank one when there is no number.
    static func sig(_ v: Double?, _ decimals: Int) -> Cell { v.map { sig($0, decimals) } ?? Cell("") }

    /// Decimals that show three significant digits of the largest magnitude among `values`.
    static func decimals(_ values: [Double]) -> Int {
        ReportNumber.decimalsFor(magnitude: values.map { abs($0) }.max() ?? 0, significant: 3)
    }

    static func quantiles(_ ind: ReportIndicator, area: String, level: Double) -> ReportTable {
        let lv = ChartParts.levelText(level)
        let d = decimals(ind.quantiles.map(\.value))
        var cum = 0.0
        var rows: [[Cell]] = []
        let noted = ind.quantiles.contains { $0.intervalNote != nil }
        for q in ind.quantiles {
            var r = [Cell(q.label), Cell(number: q.populationShare, display: ReportNumber.display(q.populationShare * 100, 1) + "%"),
                     sig(q.value, d), sig(q.lower, d), sig(q.upper, d)]
            if let s = ind.sii { r.append(sig(s.value(at: cum + q.populationShare / 2), d)) }
            if noted { r.append(Cell(q.intervalNote.map { "no interval: " + $0 } ?? "")) }
            cum += q.populationShare
            rows.append(r)
        }
        var header = [ind.quantileLabel, "Population share", "Value (\(ind.unit))", "\(lv) lower", "\(lv) upper"]
        if ind.sii != nil { header.append("SII line at midpoint") }
        if noted { header.append("Note") }
        return ReportTable(caption: "\(ind.name) by \(ind.quantileLabel), \(area), \(ind.period)", header: header, rows: rows)
    }

    static func curve(_ ind: ReportIndicator, _ c: ReportCurve, area: String) -> ReportTable {
        let rows = c.points.map { [Cell(number: $0.population, display: ReportNumber.display($0.population * 100, 1) + "%"),
                                   Cell(number: $0.outcome, display: ReportNumber.display($0.outcome * 100, 1) + "%")] }
        let kind = c.kind == .lorenz ? "Lorenz curve" : "Concentration curve"
        return ReportTable(caption: "\(kind) of \(ind.name), \(area), \(ind.period)",
                           header: ["Cumulative population share", "Cumulative outcome share"], rows: rows)
    }

    static func trend(_ ind: ReportIndicator, _ t: ReportGapTrend, area: String, level: Double) -> ReportTable {
        let lv = ChartParts.levelText(level)
        let d = decimals(t.points.map(\.estimate))
        let rows = t.points.map { [Cell($0.period), sig($0.estimate, d), sig($0.lower, d), sig($0.upper, d)] }
        return ReportTable(caption: "\(t.measure) of \(ind.name) by period, \(area): \(t.classification.words)",
                           header: ["Period", t.measure, "\(lv) lower", "\(lv) upper"], rows: rows)
    }

    static func gaps(_ ind: ReportIndicator, area: String, level: Double) -> ReportTable {
        let lv = ChartParts.levelText(level)
        let rows = ind.gaps.map { g -> [Cell] in
            let d = ReportNumber.decimalsFor(magnitude: abs(g.estimate), significant: 3)
            return [Cell(g.name), sig(g.estimate, d), sig(g.lower, d), sig(g.upper, d), Cell(g.interval ?? ""), Cell(g.reading ?? "")]
        }
        return ReportTable(caption: "Gap measures for \(ind.name), \(area), \(ind.period). Sign: a positive value (a ratio above 1) means the most deprived fare worse.",
                           header: ["Measure", "Estimate", "\(lv) lower", "\(lv) upper", "Interval", "Reading"], rows: rows)
    }

    /// All communities (or the first `limit`), by rank.
    static func communities(_ t: ReportCommunities, area: String, level: Double, limit: Int? = nil) -> ReportTable {
        let lv = ChartParts.levelText(level)
        let all = RankedDotPlot.sorted(t)
        let rows = (limit.map { Array(all.prefix($0)) } ?? all).map { c -> [Cell] in
            [Cell(int: c.rank), Cell(c.code), Cell(c.name), sig(c.score, ReportNumber.decimalsFor(magnitude: abs(c.score), significant: 3)),
             t.noIntervalReason == nil ? Cell(int: c.rankLower) : Cell(""), t.noIntervalReason == nil ? Cell(int: c.rankUpper) : Cell(""),
             t.noIntervalReason == nil ? Cell(number: c.probabilityWorstK, display: ReportNumber.probability(c.probabilityWorstK)) : Cell(""),
             Cell(c.drivers.joined(separator: "; ")), Cell(c.flag ?? "")]
        }
        let note = t.noIntervalReason.map { " (no rank interval or probability: \($0))" } ?? ""
        return ReportTable(caption: (limit == nil ? "Communities of \(area) by rank" : "The \(rows.count) communities of \(area) with the poorest outcomes") + note,
                           header: ["Rank", "Code", "Name", t.scoreLabel, "Rank \(lv) lower", "Rank \(lv) upper",
                                    "P(among worst \(t.worstK))", "Drivers", "Flag"], rows: rows)
    }

    /// The headline of every indicator of an area: period, first gap measure, trend.
    static func overview(_ area: ReportLocality, level: Double) -> ReportTable {
        let lv = ChartParts.levelText(level)
        let rows = area.indicators.map { i -> [Cell] in
            guard let g = i.gaps.first else { return [Cell(i.name), Cell(i.period), Cell(""), Cell(""), Cell(""), Cell(i.trend?.classification.words ?? "")] }
            let d = ReportNumber.decimalsFor(magnitude: abs(g.estimate), significant: 3)
            return [Cell(i.name), Cell(i.period), Cell(g.name), sig(g.estimate, d),
                    g.lower.flatMap { lo in g.upper.map { hi in
                        Cell(csv: "\(ReportNumber.csv(lo)) to \(ReportNumber.csv(hi))",
                             display: "\(ReportNumber.display(lo, d)) to \(ReportNumber.display(hi, d))") } }
                        ?? Cell(g.interval.map { $0.hasPrefix("none: ") ? "none (" + $0.dropFirst(6) + ")" : $0 } ?? "none"),
                    Cell(i.trend?.classification.words ?? "single period")]
        }
        return ReportTable(caption: "Gaps at a glance, \(area.name)",
                           header: ["Indicator", "Period", "Headline measure", "Estimate", "\(lv) interval", "Trend"], rows: rows)
    }

    /// Every gap measure of every area in one long table (`tables/gaps.csv`).
    static func allGaps(_ model: ReportModel) -> ReportTable {
        var rows: [[Cell]] = []
        for a in model.localities {
            for i in a.indicators {
                for g in i.gaps {
                    rows.append([Cell(a.code), Cell(a.name), Cell(i.id), Cell(i.name), Cell(i.period), Cell(g.name),
                                 Cell(number: g.estimate, display: ""), g.lower.map { Cell(number: $0, display: "") } ?? Cell(""),
                                 g.upper.map { Cell(number: $0, display: "") } ?? Cell(""), Cell(g.interval ?? ""),
                                 Cell(i.trend?.measure == g.name ? i.trend!.classification.words : "")])
                }
            }
        }
        return ReportTable(caption: "All gap measures", header: ["area_code", "area_name", "indicator_id", "indicator", "period", "measure",
                                                                  "estimate", "lower", "upper", "interval_method", "trend"], rows: rows)
    }

    /// The run's provenance (`tables/run.csv`).
    static func run(_ r: ReportRun) -> ReportTable {
        var rows: [[Cell]] = [[Cell("Gapwise version"), Cell(r.version)], [Cell("Seed"), Cell(String(r.seed))],
                              [Cell("Confidence level"), Cell(number: r.confidenceLevel, display: ChartParts.levelText(r.confidenceLevel))]]
        if let g = r.generated { rows.append([Cell("Generated"), Cell(g)]) }
        for s in r.settings { rows.append([Cell(s.name), Cell(s.value)]) }
        for f in r.inputs { rows.append([Cell("Input " + f.path), Cell(csv: f.sha256, display: "SHA-256 " + f.sha256)]) }
        return ReportTable(caption: "About this run", header: ["Item", "Value"], rows: rows)
    }
}
