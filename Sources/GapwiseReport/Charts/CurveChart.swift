// CurveChart: the Lorenz or concentration curve against the diagonal line of equality.

/// A square plot of cumulative outcome share against cumulative population share, both 0–100%, with
/// the diagonal of perfect equality dashed and the area between curve and diagonal lightly shaded (its
/// size, doubled, is the Gini or concentration index). (0,0) and (1,1) are added when missing.
enum CurveChart {
    static func svg(_ ind: ReportIndicator, _ curve: ReportCurve, area: String, id: String) -> String {
        let isLorenz = curve.kind == .lorenz
        let kindName = isLorenz ? "Lorenz curve" : "Concentration curve"
        let indexName = isLorenz ? "Gini coefficient" : "concentration index"
        var subtitle = "\(area), \(ind.period)"
        if let i = curve.index { subtitle += ". \(indexName.prefix(1).uppercased() + indexName.dropFirst()) \(ReportNumber.display(i, 3))" }
        let xTitle = isLorenz ? "Cumulative share of population, ranked by value" : "Cumulative share of population, most deprived first"
        var pts = curve.points.map { ($0.population, $0.outcome) }
        if pts.first.map({ $0.0 != 0 || $0.1 != 0 }) ?? true { pts.insert((0, 0), at: 0) }
        if pts.last.map({ $0.0 != 1 || $0.1 != 1 }) ?? true { pts.append((1, 1)) }
        let mid = pts.min { abs($0.0 - 0.5) < abs($1.0 - 0.5) }!
        var desc = "\(kindName) of \(ind.name) in \(area), \(ind.period): \(xTitle.lowercased()) against cumulative share of \(ind.name.lowercased()), with the line of equality. "
        desc += "The \(ReportNumber.fixed(mid.0 * 100, 0))% of the population at the \(isLorenz ? "low" : "most deprived") end account for \(ReportNumber.fixed(mid.1 * 100, 0))% of the total."
        if let i = curve.index { desc += " \(indexName.prefix(1).uppercased() + indexName.dropFirst()): \(ReportNumber.display(i, 3))." }

        var svg = SVGWriter(id: id, width: ChartParts.width, height: ChartParts.height, title: "\(kindName): \(ind.name) (\(area))", description: desc)
        ChartParts.heading(&svg, "\(ind.name): \(kindName.lowercased())", subtitle)
        let side = ChartParts.height - 62 - 62
        let f = PlotFrame(left: 74, top: 62, width: side, height: side)
        let x = LinearMap(d0: 0, d1: 1, r0: f.left, r1: f.right)
        let scale = NiceScale(covering: 0, 1, target: 6)
        let yRange = max(1, pts.map(\.1).max() ?? 1)
        let yScale = yRange > 1 ? NiceScale(covering: 0, yRange, target: 6) : scale
        let y = LinearMap(d0: 0, d1: yScale.upper, r0: f.bottom, r1: f.top)
        ChartParts.yAxis(&svg, yScale, y, f, title: "Cumulative share of outcome",
                         labels: yScale.ticks.map { ReportNumber.fixed($0 * 100, 0) + "%" })
        ChartParts.xAxis(&svg, f, ticks: scale.ticks.map { (x($0), ReportNumber.fixed($0 * 100, 0) + "%") }, title: xTitle)
        let pix = pts.map { (x($0.0), y($0.1)) }
        svg.poly(pix, stroke: "none", width: 0, fill: ReportPalette.band, closed: true,
                 extra: "fill-opacity=\"0.25\"")
        svg.line(x(0), y(0), x(1), y(1), stroke: ReportPalette.axis, width: 1.2, extra: "stroke-dasharray=\"5 4\" id=\"\(id)-equality\"")
        svg.poly(pix, stroke: ReportPalette.data, width: 2.5, extra: "stroke-linejoin=\"round\" id=\"\(id)-curve\"")
        let lx = f.right + 18
        ChartParts.legend(&svg, x: lx, y: f.top + 14, .line(ReportPalette.data, dashed: false), kindName)
        ChartParts.legend(&svg, x: lx, y: f.top + 36, .line(ReportPalette.axis, dashed: true), "Line of equality")
        ChartParts.legend(&svg, x: lx, y: f.top + 58, .band(ReportPalette.band), "Gap to equality")
        return svg.finish()
    }
}
