// PlotFrame: the plotting rectangle of a chart, linear maps from data to pixels, and the axes drawn on it.

/// The rectangle inside a chart where data is drawn (pixels, y growing downwards).
struct PlotFrame {
    let left: Double, top: Double, width: Double, height: Double
    var right: Double { left + width }
    var bottom: Double { top + height }
}

/// A linear map from a data interval to a pixel interval.
struct LinearMap {
    let d0: Double, d1: Double, r0: Double, r1: Double
    func callAsFunction(_ v: Double) -> Double {
        d1 == d0 ? (r0 + r1) / 2 : r0 + (v - d0) / (d1 - d0) * (r1 - r0)
    }
}

/// Shared pieces of every chart: the heading, the interval wording, the axes.
enum ChartParts {
    static let width = 560.0
    static let height = 340.0

    /// "95%" for 0.95, "99.8%" for 0.998.
    static func levelText(_ level: Double) -> String {
        let pct = level * 100
        let s = ReportNumber.fixed(pct, 1)
        return (s.hasSuffix(".0") ? String(s.dropLast(2)) : s) + "%"
    }

    /// The visible heading (bold) and subheading (grey) at the top left of a chart.
    static func heading(_ svg: inout SVGWriter, _ title: String, _ subtitle: String) {
        svg.label(16, 24, title, size: 15, weight: "600")
        if !subtitle.isEmpty { svg.label(16, 42, subtitle, size: 12, fill: ReportPalette.mutedText) }
    }

    /// Horizontal gridlines with labels on the left, and the y-axis title rotated along the axis.
    static func yAxis(_ svg: inout SVGWriter, _ scale: NiceScale, _ y: LinearMap, _ f: PlotFrame, title: String, labels: [String]? = nil) {
        let texts = labels ?? scale.labels
        svg.openGroup("class=\"y-axis\"")
        for (i, t) in scale.ticks.enumerated() {
            let py = y(t)
            svg.line(f.left, py, f.right, py, stroke: t == 0 ? ReportPalette.axis : ReportPalette.grid, width: t == 0 ? 1 : 0.8)
            svg.label(f.left - 8, py + 4, texts[i], anchor: .end, size: 11, fill: ReportPalette.mutedText)
        }
        svg.label(18, f.top + f.height / 2, title, anchor: .middle, size: 11.5, fill: ReportPalette.mutedText, rotate: -90)
        svg.closeGroup()
    }

    /// A baseline along the bottom with ticks and labels at the given positions, and the x-axis title.
    static func xAxis(_ svg: inout SVGWriter, _ f: PlotFrame, ticks: [(x: Double, label: String)], title: String) {
        svg.openGroup("class=\"x-axis\"")
        svg.line(f.left, f.bottom, f.right, f.bottom, stroke: ReportPalette.axis, width: 1)
        for t in ticks {
            svg.line(t.x, f.bottom, t.x, f.bottom + 5, stroke: ReportPalette.axis, width: 1)
            svg.label(t.x, f.bottom + 18, t.label, anchor: .middle, size: 11, fill: ReportPalette.mutedText)
        }
        svg.label(f.left + f.width / 2, f.bottom + 38, title, anchor: .middle, size: 11.5, fill: ReportPalette.mutedText)
        svg.closeGroup()
    }

    /// A legend entry: a swatch (bar, line or dot) then its text; returns the x after the entry.
    enum Swatch { case bar(String), line(String, dashed: Bool), dot(String), band(String), whisker(String) }

    @discardableResult
    static func legend(_ svg: inout SVGWriter, x: Double, y: Double, _ swatch: Swatch, _ text: String) -> Double {
        switch swatch {
        case let .bar(c): svg.rect(x, y - 9, 14, 10, fill: c)
        case let .line(c, dashed): svg.line(x, y - 4, x + 16, y - 4, stroke: c, width: 2.5, extra: dashed ? "stroke-dasharray=\"5 3\"" : "")
        case let .dot(c): svg.circle(x + 7, y - 4, r: 4.5, fill: c)
        case let .band(c): svg.rect(x, y - 10, 16, 12, fill: c, extra: "fill-opacity=\"0.35\"")
        case let .whisker(c):
            svg.line(x + 7, y - 10, x + 7, y + 2, stroke: c, width: 1.5)
            svg.line(x + 3, y - 10, x + 11, y - 10, stroke: c, width: 1.5)
            svg.line(x + 3, y + 2, x + 11, y + 2, stroke: c, width: 1.5)
        }
        svg.label(x + 21, y, text, size: 11.5, fill: ReportPalette.text)
        return x + 21 + Double(text.count) * 6.2 + 16
    }
}
