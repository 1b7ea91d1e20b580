// QuantileBarChart: the indicator's value per deprivation quantile with interval whiskers and the SII line.
import Foundation

/// A bar per quantile, most deprived on the left, each bar as wide as its share of the population, so
/// the x axis is the cumulative population share (0 to 1) on which the SII line
/// `value(x) = intercept + slope·x` is drawn from x = 0 to x = 1. Whiskers show each value's interval.
/// The y axis starts at zero (bars are lengths) and ends on a nice tick above the highest limit.
enum QuantileBarChart {
    static func svg(_ ind: ReportIndicator, area: String, id: String, level: Double) -> String {
        let lv = ChartParts.levelText(level)
        let title = "\(ind.name): by deprivation"
        let anyInterval = ind.quantiles.contains { $0.lower != nil }
        let missing = Set(ind.quantiles.compactMap(\.intervalNote)).sorted()
        let subtitle = "\(area), \(ind.period). Bars: value in each \(ind.quantileLabel)"
            + (anyInterval ? " with \(lv) interval" : "") + (missing.isEmpty ? "" : "; no interval: " + missing.joined(separator: "; "))
        var desc = "Bar chart of \(ind.name) (\(ind.unit)) in \(area), \(ind.period), by \(ind.quantileLabel), most deprived first. "
        desc += ind.quantiles.map { q in
            let iv = q.lower.flatMap { lo in q.upper.map { "\(ReportNumber.significant(lo)) to \(ReportNumber.significant($0))" } }
                ?? "no interval: \(q.intervalNote ?? "none given")"
            return "\(q.label): \(ReportNumber.significant(q.value)) (\(iv))"
        }.joined(separator: "; ")
        desc += "."
        if let note = ind.note { desc += " " + note + "." }
        if let s = ind.sii {
            desc += " The fitted slope-index line runs from \(ReportNumber.significant(s.value(at: 0))) at the most deprived end to \(ReportNumber.significant(s.value(at: 1))) at the least deprived end."
        }
        var svg = SVGWriter(id: id, width: ChartParts.width, height: ChartParts.height, title: title + " (" + area + ")", description: desc)
        ChartParts.heading(&svg, title, subtitle)

        var lo = 0.0, hi = 0.0
        for q in ind.quantiles { lo = min(lo, q.lower ?? q.value); hi = max(hi, q.upper ?? q.value) }
        if let s = ind.sii { lo = min(lo, s.value(at: 0), s.value(at: 1)); hi = max(hi, s.value(at: 0), s.value(at: 1)) }
        let scale = NiceScale(covering: lo, hi, target: 6)
        let f = PlotFrame(left: 74, top: 78, width: ChartParts.width - 74 - 24, height: ChartParts.height - 78 - 62)
        let x = LinearMap(d0: 0, d1: 1, r0: f.left, r1: f.right)
        let y = LinearMap(d0: scale.lower, d1: scale.upper, r0: f.bottom, r1: f.top)
        ChartParts.yAxis(&svg, scale, y, f, title: ind.unit)

        var cum = 0.0
        var ticks: [(x: Double, label: String)] = []
        svg.openGroup("class=\"bars\"")
        for (i, q) in ind.quantiles.enumerated() {
            let x0 = x(cum), x1 = x(cum + q.populationShare)
            let mid = (x0 + x1) / 2
            let gap = min(3, (x1 - x0) * 0.08)
            let yv = y(q.value), y0 = y(0)
            svg.rect(x0 + gap, min(yv, y0), x1 - x0 - 2 * gap, abs(y0 - yv), fill: ReportPalette.data,
                     extra: "id=\"\(id)-bar-\(i + 1)\"")
            cum += q.populationShare
            ticks.append((mid, shortLabel(q.label)))
        }
        svg.closeGroup()
        svg.openGroup("class=\"intervals\" stroke-linecap=\"round\"")
        cum = 0
        for q in ind.quantiles {
            let mid = x(cum + q.populationShare / 2)
            cum += q.populationShare
            // No interval, no whisker (never a zero-width one).
            guard let l = q.lower, let u = q.upper else { continue }
            let ylo = y(l), yhi = y(u)
            svg.line(mid, ylo, mid, yhi, stroke: ReportPalette.text, width: 1.5)
            svg.line(mid - 5, ylo, mid + 5, ylo, stroke: ReportPalette.text, width: 1.5)
            svg.line(mid - 5, yhi, mid + 5, yhi, stroke: ReportPalette.text, width: 1.5)
        }
        svg.closeGroup()
        if let s = ind.sii {
            svg.line(x(0), y(s.value(at: 0)), x(1), y(s.value(at: 1)), stroke: ReportPalette.highlight, width: 2.5,
                     extra: "id=\"\(id)-sii\" stroke-linecap=\"round\"")
        }
        ChartParts.xAxis(&svg, f, ticks: ticks, title: "\(ind.quantileLabel): most deprived on the left; bar width = share of population")
        // The note (e.g. quantiles not shown) on its own line at the foot, below the axis title.
        if let note = ind.note {
            svg.label(16, ChartParts.height - 8, note, size: 11, fill: ReportPalette.mutedText)
        }
        var lx = f.left
        lx = ChartParts.legend(&svg, x: lx, y: 62, .bar(ReportPalette.data), "Value")
        if anyInterval { lx = ChartParts.legend(&svg, x: lx, y: 62, .whisker(ReportPalette.text), "\(lv) interval") }
        if ind.sii != nil { ChartParts.legend(&svg, x: lx, y: 62, .line(ReportPalette.highlight, dashed: false), "Fitted SII line") }
        return svg.finish()
    }

    /// "1 (most deprived)" → "1": tick labels stay short; the axis title says which end is which.
    static func shortLabel(_ s: String) -> String {
        guard let p = s.firstIndex(of: "("), p != s.startIndex else { return s }
        return String(s[..<p]).trimmingCharacters(in: .whitespaces)
    }
}
