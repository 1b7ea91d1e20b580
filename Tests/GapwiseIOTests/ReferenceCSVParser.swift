// ReferenceCSVParser: a plain, obviously correct CSV reader (safe indexing, Regex, Double(String)) for differential tests.
import Foundation
@testable import GapwiseIO

/// The plain reference the fast byte-level reader is compared against. Follows the same documented
/// rules (see `CSVReader`), written for clarity, not speed: one record at a time, bytes by index.
enum ReferenceCSVParser {
    struct Field: Equatable {
        var bytes: [UInt8]
        var quoted: Bool
    }

    /// Splits `bytes` (no BOM) into records of fields; nil on any malformed quote or ragged row.
    static func records(_ bytes: [UInt8], delimiter: UInt8) -> [[Field]]? {
        var records: [[Field]] = []
        var record: [Field] = []
        var i = 0
        let n = bytes.count
        if n == 0 { return [] }
        while true {
            var field = Field(bytes: [], quoted: false)
            if i < n && bytes[i] == 0x22 {
                field.quoted = true
                i += 1
                while true {
                    guard i < n else { return nil }
                    if bytes[i] == 0x22 {
                        if i + 1 < n && bytes[i + 1] == 0x22 { field.bytes.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    field.bytes.append(bytes[i]); i += 1
                }
            } else {
                while i < n && bytes[i] != delimiter && bytes[i] != 0x0A
                        && !(bytes[i] == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) {
                    if bytes[i] == 0x22 { return nil }
                    field.bytes.append(bytes[i]); i += 1
                }
            }
            record.append(field)
            if i == n { records.append(record); break }
            if bytes[i] == delimiter { i += 1; continue }
            if bytes[i] == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { i += 2 }
            else if bytes[i] == 0x0A { i += 1 }
            else { return nil }
            records.append(record)
            record = []
            if i == n { break }
        }
        return records
    }

    nonisolated(unsafe) static let numeral = try! Regex("^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$")
    nonisolated(unsafe) static let grouped = try! Regex("^[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?([eE][+-]?[0-9]+)?$")

    /// The reference reading of one field as a number: nil when it is not one.
    static func number(_ text: String, quoted: Bool, percent: PercentPolicy) -> Double? {
        var s = text
        var isPercent = false
        if s.hasSuffix("%") { s.removeLast(); isPercent = true }
        if quoted && s.contains(","), s.wholeMatch(of: grouped) != nil { s.removeAll { $0 == "," } }
        guard s.wholeMatch(of: numeral) != nil, var v = Double(s) else { return nil }
        if isPercent && percent == .fraction {
            // Shift the decimal exponent by -2 in the text, so that rounding happens once.
            if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                v = Double(String(s[..<e]) + "e\(Int(s[s.index(after: e)...])! - 2)")!
            } else {
                v = Double(s + "e-2")!
            }
        }
        return v.isInfinite ? nil : v
    }

    /// The whole reference reading: header names and typed columns (all inferred).
    static func table(_ bytes: [UInt8], delimiter: UInt8, markers: Set<String>, percent: PercentPolicy) -> (names: [String], columns: [CSVColumnData])? {
        guard let recs = records(bytes, delimiter: delimiter), let header = recs.first else { return nil }
        let names = header.map { String(decoding: $0.bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces) }
        let rows = Array(recs.dropFirst())
        guard rows.allSatisfy({ $0.count == names.count }) else { return nil }
        var columns: [CSVColumnData] = []
        for k in names.indices {
            let cells = rows.map { (String(decoding: $0[k].bytes, as: UTF8.self), $0[k].quoted) }
            let missing = cells.map { markers.contains($0.0) }
            let parsed = cells.map { number($0.0, quoted: $0.1, percent: percent) }
            if zip(parsed, missing).allSatisfy({ $0 != nil || $1 }) {
                let values = zip(parsed, missing).map { $1 ? Double.nan : $0! }
                columns.append(.number(CSVNumberColumn(values: values, isMissing: missing)))
            } else {
                let values = zip(cells, missing).map { $1 ? "" : $0.0 }
                columns.append(.text(CSVTextColumn(values: values, isMissing: missing)))
            }
        }
        return (names, columns)
    }
}
