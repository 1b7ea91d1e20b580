// SVGWriter: a small append-only SVG/XML text builder with escaping and fixed coordinate formatting.

/// Escapes text for XML/HTML element content and attribute values (`& < > " '`).
func xmlEscape(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for ch in s.unicodeScalars {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(ch)
        }
    }
    return out
}

/// Builds one SVG document. Every number goes through `ReportNumber.coordinate`, every text through
/// `xmlEscape`, so the output is well-formed and identical for identical input.
struct SVGWriter {
    private(set) var text = ""
    static let fontFamily = "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

    /// Opens `<svg>` with its accessible name (`<title>`) and description (`<desc>`).
    init(id: String, width: Double, height: Double, title: String, description: String) {
        text.reserveCapacity(8192)
        let w = ReportNumber.coordinate(width), h = ReportNumber.coordinate(height)
        text += "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" class=\"chart\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
        text += " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"\(Self.fontFamily)\" font-size=\"12\" fill=\"\(ReportPalette.text)\">\n"
        text += "<title id=\"\(id)-title\">\(xmlEscape(title))</title>\n"
        text += "<desc id=\"\(id)-desc\">\(xmlEscape(description))</desc>\n"
        text += "<rect width=\"\(w)\" height=\"\(h)\" fill=\"#FFFFFF\"/>\n"
    }

    mutating func finish() -> String {
        text += "</svg>\n"
        return text
    }

    private static func c(_ v: Double) -> String { ReportNumber.coordinate(v) }

    mutating func raw(_ s: String) { text += s }

    mutating func openGroup(_ attributes: String = "") {
        text += attributes.isEmpty ? "<g>\n" : "<g \(attributes)>\n"
    }

    mutating func closeGroup() { text += "</g>\n" }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, extra: String = "") {
        text += "<line x1=\"\(Self.c(x1))\" y1=\"\(Self.c(y1))\" x2=\"\(Self.c(x2))\" y2=\"\(Self.c(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.c(width))\""
        text += extra.isEmpty ? "/>\n" : " \(extra)/>\n"
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, extra: String = "") {
        text += "<rect x=\"\(Self.c(x))\" y=\"\(Self.c(y))\" width=\"\(Self.c(max(0, w)))\" height=\"\(Self.c(max(0, h)))\" fill=\"\(fill)\""
        text += extra.isEmpty ? "/>\n" : " \(extra)/>\n"
    }

    mutating func circle(_ x: Double, _ y: Double, r: Double, fill: String, extra: String = "") {
        text += "<circle cx=\"\(Self.c(x))\" cy=\"\(Self.c(y))\" r=\"\(Self.c(r))\" fill=\"\(fill)\""
        text += extra.isEmpty ? "/>\n" : " \(extra)/>\n"
    }

    /// A polyline (`fill` "none") or, with `closed`, a polygon.
    mutating func poly(_ points: [(Double, Double)], stroke: String, width: Double, fill: String = "none", closed: Bool = false, extra: String = "") {
        var pts = ""
        pts.reserveCapacity(points.count * 12)
        for (i, p) in points.enumerated() {
            if i > 0 { pts += " " }
            pts += Self.c(p.0) + "," + Self.c(p.1)
        }
        let tag = closed ? "polygon" : "polyline"
        text += "<\(tag) points=\"\(pts)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(Self.c(width))\""
        text += extra.isEmpty ? "/>\n" : " \(extra)/>\n"
    }

    enum Anchor: String { case start, middle, end }

    mutating func label(_ x: Double, _ y: Double, _ s: String, anchor: Anchor = .start, size: Double = 12,
                        weight: String? = nil, fill: String? = nil, rotate: Double? = nil) {
        text += "<text x=\"\(Self.c(x))\" y=\"\(Self.c(y))\""
        if anchor != .start { text += " text-anchor=\"\(anchor.rawValue)\"" }
        if size != 12 { text += " font-size=\"\(Self.c(size))\"" }
        if let weight { text += " font-weight=\"\(weight)\"" }
        if let fill { text += " fill=\"\(fill)\"" }
        if let rotate { text += " transform=\"rotate(\(Self.c(rotate)) \(Self.c(x)) \(Self.c(y)))\"" }
        text += ">\(xmlEscape(s))</text>\n"
    }
}
