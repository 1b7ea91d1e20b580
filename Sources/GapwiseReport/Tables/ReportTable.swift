// ReportTable: one table of the report, rendered both as CSV (full precision) and as an accessible HTML table.
import Foundation

/// A cell: the exact value for CSV and the rounded text for people.
struct Cell {
    let csv: String
    let display: String
    let numeric: Bool

    init(csv: String, display: String, numeric: Bool = false) {
        self.csv = csv
        self.display = display
        self.numeric = numeric
    }
    init(_ text: String) { self.init(csv: text, display: text) }
    init(number v: Double, display: String) { self.init(csv: ReportNumber.csv(v), display: display, numeric: true) }
    init(int v: Int) { self.init(csv: String(v), display: ReportNumber.display(Double(v), 0), numeric: true) }
}

/// A table with a caption and a header row; every chart has one as its text equivalent.
struct ReportTable {
    let caption: String
    let header: [String]
    var rows: [[Cell]]

    /// RFC 4180 CSV: comma-separated, CRLF-free (LF line ends), fields quoted when they hold `,` `"` or a
    /// line break, with `"` doubled. Numbers at full precision (shortest round-trip form).
    func csv() -> String {
        var out = header.map(Self.csvField).joined(separator: ",") + "\n"
        out.reserveCapacity(64 * (rows.count + 1))
        for r in rows { out += r.map { Self.csvField($0.csv) }.joined(separator: ",") + "\n" }
        return out
    }

    static func csvField(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// An HTML table with `<caption>` and `<th scope="col">` headers; numeric columns right-aligned.
    func html(id: String? = nil, rowHeaders: Bool = true) -> String {
        var out = id.map { "<table id=\"\($0)\">" } ?? "<table>"
        out += "<caption>\(xmlEscape(caption))</caption>\n<thead><tr>"
        for h in header { out += "<th scope=\"col\">\(xmlEscape(h))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for r in rows {
            out += "<tr>"
            for (i, c) in r.enumerated() {
                if i == 0 && rowHeaders {
                    out += "<th scope=\"row\">\(xmlEscape(c.display))</th>"
                } else {
                    out += c.numeric ? "<td class=\"num\">\(xmlEscape(c.display))</td>" : "<td>\(xmlEscape(c.display))</td>"
                }
            }
            out += "</tr>\n"
        }
        out += "</tbody></table>\n"
        return out
    }
}
