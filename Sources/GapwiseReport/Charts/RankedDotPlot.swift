// RankedDotPlot: the locality's communities in rank order with rank intervals, the worst k highlighted.

/// One row per community, rank 1 (poorest outcomes) at the top: a dot at its rank, a line across its
/// rank interval, and on the right its probability of being among the worst k. The worst k (by rank)
/// are vermilion and labelled in bold; a dashed line marks the boundary k + ½. Large localities show
/// their `shown(k:count:)` worst communities; every community is in the CSV table.
enum RankedDotPlot {
    /// How many rows are drawn: at least 2k and 20, at most all.
    static func shown(k: Int, count: Int) -> Int { min(count, max(2 * k, 20)) }

    /// The table's rows sorted by rank, then code (the renderer's one order for communities).
    static func sorted(_ t: ReportCommunities) -> [ReportCommunity] {
        t.communities.sorted { ($0.rank, $0.code) < ($1.rank, $1.code) }
    }

    static func svg(_ table: ReportCommunities, area: String, id: String, level: Double) -> String {
        let rows = sorted(table)
        let m = shown(k: table.worstK, count: rows.count)
        let show = Array(rows.prefix(m))
        let k = table.worstK
        let lv = ChartParts.levelText(level)
        let rowH = 18.0, top = 84.0
        let height = top + Double(m) * rowH + 68
        let title = "Communities with the poorest outcomes"
        let measured = table.noIntervalReason == nil
        let subtitle = "\(area): \(m) of \(rows.count) communities by rank (1 = poorest) " + (measured ? "with \(lv) rank intervals" : "(no rank intervals: \(table.noIntervalReason!))")
        var desc = "Dot plot of the \(m) lowest-ranked of \(rows.count) communities in \(area) by \(table.scoreLabel), rank 1 having the poorest outcomes"
            + (measured ? ", with \(lv) rank intervals. " : "; the ranks carry no interval (\(table.noIntervalReason!)). ")
        desc += show.prefix(k).map { measured ? "\($0.code) \($0.name): rank \($0.rank) (\($0.rankLower) to \($0.rankUpper)), probability \(ReportNumber.probability($0.probabilityWorstK)) of being among the \(k) worst" : "\($0.code) \($0.name): rank \($0.rank)" }.joined(separator: "; ")
        desc += "."
        var svg = SVGWriter(id: id, width: ChartParts.width + 120, height: height, title: "\(title) (\(area))", description: desc)
        ChartParts.heading(&svg, title, subtitle)

        let maxRank = show.map(\.rankUpper).max() ?? 1
        let scale = NiceScale(covering: 0, Double(max(maxRank, k + 1)), target: 6)
        let f = PlotFrame(left: 230, top: top, width: ChartParts.width + 120 - 230 - 86, height: Double(m) * rowH)
        let x = LinearMap(d0: 0.5, d1: max(scale.upper, 1.5), r0: f.left, r1: f.right)
        var ticks = [(x: x(1), label: "1")]
        for t in scale.ticks where t >= 2 { ticks.append((x(t), ReportNumber.display(t, 0))) }
        svg.openGroup("class=\"stripes\"")
        for i in stride(from: 0, to: show.count, by: 2) {
            svg.rect(8, f.top + Double(i) * rowH, f.right + 78, rowH, fill: "#F4F6F8")
        }
        svg.closeGroup()
        svg.openGroup("class=\"grid\"")
        for t in ticks { svg.line(t.x, f.top - 4, t.x, f.bottom, stroke: ReportPalette.grid, width: 0.8) }
        svg.closeGroup()
        let boundary = x(Double(k) + 0.5)
        svg.line(boundary, f.top - 8, boundary, f.bottom, stroke: ReportPalette.highlight, width: 1.2, extra: "stroke-dasharray=\"4 3\"")
        svg.label(boundary + 4, f.top - 10, "worst \(k)", size: 10.5, fill: ReportPalette.highlight)
        svg.label(f.right + 70, f.top - 10, "P(worst \(k))", anchor: .end, size: 10.5, weight: "600", fill: ReportPalette.mutedText)
        svg.openGroup("class=\"communities\"")
        for (i, c) in show.enumerated() {
            let cy = f.top + (Double(i) + 0.5) * rowH
            let worst = c.rank <= k
            let colour = worst ? ReportPalette.highlight : ReportPalette.other
            var name = c.code + "  " + c.name
            if name.count > 34 { name = String(name.prefix(33)) + "…" }
            svg.label(f.left - 10, cy + 4, name, anchor: .end, size: 11, weight: worst ? "600" : nil, fill: worst ? ReportPalette.text : ReportPalette.mutedText)
            if measured { svg.line(x(Double(c.rankLower)), cy, x(Double(c.rankUpper)), cy, stroke: colour, width: 2.2, extra: "stroke-linecap=\"round\"") }
            svg.circle(x(Double(c.rank)), cy, r: 4.2, fill: colour, extra: "id=\"\(id)-c\(i + 1)\" stroke=\"#FFFFFF\" stroke-width=\"1\"")
            if measured { svg.label(f.right + 70, cy + 4, ReportNumber.probability(c.probabilityWorstK), anchor: .end, size: 11, weight: worst ? "600" : nil) }
        }
        svg.closeGroup()
        ChartParts.xAxis(&svg, f, ticks: ticks, title: "Rank in \(area) (1 = poorest outcomes)")
        var lx = f.left
        lx = ChartParts.legend(&svg, x: lx, y: height - 8, .dot(ReportPalette.highlight), "Worst \(k) by rank")
        ChartParts.legend(&svg, x: lx, y: height - 8, .dot(ReportPalette.other), "Others; line = \(lv) rank interval")
        return svg.finish()
    }
}
