// ReportTable: one table of the report, rendered both as CSV (through the one TableWriter) and as an accessible HTML table.
import Foundation
import GapwiseIO

/// A cell: the exact value for CSV and the rounded text for people.
struct Cell {
    let csv: TableCell
    let display: String
    let numeric: Bool

    init(csv: String, display: String, numeric: Bool = false) {
        self.init(cell: .text(csv), display: display, numeric: numeric)
    }
    init(cell: TableCell, display: String, numeric: Bool) {
        self.csv = cell
        self.display = display
        self.numeric = numeric
    }
    init(_ text: String) { self.init(csv: text, display: text) }
    /// A number at full precision in CSV (a non-finite value is left empty there).
    init(number v: Double, display: String) { self.init(cell: v.isFinite ? .number(v) : .missing, display: display, numeric: true) }
    init(int v: Int) { self.init(cell: .integer(v), display: ReportNumber.display(Double(v), 0), numeric: true) }
}

/// A table with a caption and a header row; every chart has one as its text equivalent.
struct ReportTable {
    let caption: String
    let header: [String]
    var rows: [[Cell]]

    /// RFC 4180 CSV from the one `TableWriter`: numbers at full precision (shortest round-trip form),
    /// whatever the HTML table rounds them to for reading.
    func csv(_ numbers: NumberFormat = .full) -> String {
        TableWriter.csv(Table(columns: header, rows: rows.map { $0.map(\.csv) }), numbers: numbers)
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
