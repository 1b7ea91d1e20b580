// TrendChart: the headline gap over the periods available, as a line with its interval as a band.

/// Periods are evenly spaced categories in the order given (labels as given: "2016", "2017-2019").
/// The y axis always includes zero (no gap), drawn darker, so the size of the gap is seen honestly.
enum TrendChart {
    static func svg(_ ind: ReportIndicator, _ trend: ReportGapTrend, area: String, id: String, level: Double) -> String {
        let lv = ChartParts.levelText(level)
        let title = "\(ind.name): \(trend.measure) over time"
        // The band needs every period's interval; without them none is drawn (never a zero-width band).
        let banded = trend.points.allSatisfy { $0.lower != nil && $0.upper != nil }
        let subtitle = "\(area). \(trend.classification.words.prefix(1).uppercased() + trend.classification.words.dropFirst())"
            + (banded ? "; band: \(lv) interval" : "; no interval band (not every period has an interval)")
        var desc = "Line chart of the \(trend.measure) for \(ind.name) in \(area) by period: "
        desc += trend.points.map { p in
            let iv = p.lower.flatMap { lo in p.upper.map { "\(ReportNumber.significant(lo)) to \(ReportNumber.significant($0))" } } ?? "no interval"
            return "\(p.period) \(ReportNumber.significant(p.estimate)) (\(iv))"
        }.joined(separator: "; ")
        desc += ". Classified as \(trend.classification.words)."
        var svg = SVGWriter(id: id, width: ChartParts.width, height: ChartParts.height, title: title + " (" + area + ")", description: desc)
        ChartParts.heading(&svg, title, subtitle)

        var lo = 0.0, hi = 0.0
        for p in trend.points { lo = min(lo, p.lower ?? p.estimate); hi = max(hi, p.upper ?? p.estimate) }
        let scale = NiceScale(covering: lo, hi, target: 6)
        let f = PlotFrame(left: 74, top: 62, width: ChartParts.width - 74 - 40, height: ChartParts.height - 62 - 62)
        let n = trend.points.count
        let x = LinearMap(d0: 0, d1: Double(max(1, n - 1)), r0: f.left + 24, r1: n == 1 ? f.left + 24 : f.right - 24)
        let y = LinearMap(d0: scale.lower, d1: scale.upper, r0: f.bottom, r1: f.top)
        ChartParts.yAxis(&svg, scale, y, f, title: trend.measure)
        let xs = (0..<n).map { x(Double($0)) }
        ChartParts.xAxis(&svg, f, ticks: zip(xs, trend.points).map { ($0, $1.period) }, title: "Period")
        if n > 1 {
            if banded {
                let band = zip(xs, trend.points).map { ($0, y($1.upper!)) } + zip(xs, trend.points).reversed().map { ($0, y($1.lower!)) }
                svg.poly(band, stroke: "none", width: 0, fill: ReportPalette.band, closed: true, extra: "fill-opacity=\"0.35\" id=\"\(id)-band\"")
            }
            svg.poly(zip(xs, trend.points).map { ($0, y($1.estimate)) }, stroke: ReportPalette.data, width: 2.5,
                     extra: "stroke-linejoin=\"round\" id=\"\(id)-line\"")
        } else if let p = trend.points.first, let pl = p.lower, let pu = p.upper {
            svg.line(xs[0], y(pl), xs[0], y(pu), stroke: ReportPalette.band, width: 8, extra: "id=\"\(id)-band\"")
        }
        svg.openGroup("class=\"points\"")
        for (px, p) in zip(xs, trend.points) {
            svg.circle(px, y(p.estimate), r: 4, fill: ReportPalette.data, extra: "stroke=\"#FFFFFF\" stroke-width=\"1.5\"")
            svg.label(px, y(p.estimate) - 9, ReportNumber.significant(p.estimate), anchor: .middle, size: 11, fill: ReportPalette.text)
        }
        svg.closeGroup()
        var lx = f.left
        lx = ChartParts.legend(&svg, x: lx, y: ChartParts.height - 8, .line(ReportPalette.data, dashed: false), trend.measure)
        if banded { ChartParts.legend(&svg, x: lx, y: ChartParts.height - 8, .band(ReportPalette.band), "\(lv) interval") }
        return svg.finish()
    }
}
