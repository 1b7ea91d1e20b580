// TestCSV: a small CSV reader for these tests (quoted fields, CRLF); a real CSV module replaces it later.
import Foundation

/// A CSV table read whole into memory: comma-separated, optional double quotes with "" escapes,
/// LF or CRLF line ends, first line the header.
struct TestCSV {
    let header: [String]
    let rows: [[String]]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": record.append(field); field = ""
            case "\r": break
            case "\n": record.append(field); field = ""; records.append(record); record = []
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }

    /// The values of the named column (a missing column is a programmer error in the test).
    func column(_ name: String) -> [String] {
        guard let j = header.firstIndex(of: name) else { preconditionFailure("no column \(name) in \(header)") }
        return rows.map { $0[j] }
    }

    /// The named column parsed as numbers (a non-number is a programmer error in the test).
    func numbers(_ name: String) -> [Double] {
        column(name).map { s in
            guard let v = Double(s) else { preconditionFailure("\(name): \(s) is not a number") }
            return v
        }
    }
}
