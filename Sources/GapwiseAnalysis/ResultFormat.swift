// ResultFormat: renders result rows as CSV or JSON with stable column names and shortest round-trip numbers.
import Foundation
import GapwiseMeasures

/// Output formats of the commands.
public enum OutputFormat: String, Sendable, CaseIterable {
    case csv, json
}

/// Formatting of numbers and of `MeasureResult` tables.
public enum ResultFormat {
    /// The shortest decimal that reads back to the same double ("0.1", "1e-05", "12"); "NaN"/"Inf" spelled out.
    public static func number(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "Inf" : "-Inf" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// The suffix of interval columns for a level: 0.95 → "95", 0.998 → "99.8".
    public static func levelSuffix(_ c: Double) -> String {
        var s = number((c * 1000).rounded() / 10)
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }

    /// Column names: the `by` columns, measure, estimate, se, lower/upper (one level) or
    /// lower_95/upper_95/lower_99.8/... (several), method, groups (areas used), excluded, population.
    public static func columns(by: [String], levels: [Double]) -> [String] {
        var c = by + ["measure", "estimate", "se"]
        if levels.count == 1 { c += ["lower", "upper"] } else {
            for l in levels { c += ["lower_\(levelSuffix(l))", "upper_\(levelSuffix(l))"] }
        }
        return c + ["method", "groups", "excluded", "population"]
    }

    static func cells(_ r: MeasureResult, levels: [Double]) -> [String?] {
        var c: [String?] = r.group.map { $0 }
        c += [r.measure, number(r.estimate), r.standardError.map(number)]
        for l in levels {
            let i = r.intervals.first { $0.confidence == l }
            c += [i?.lower.map(number), i?.upper.map(number)]
        }
        return c + [r.method, String(r.areas), String(r.excluded), number(r.population)]
    }

    /// RFC 4180 CSV (LF line ends); empty cells where a value is not defined.
    public static func csv(_ rows: [MeasureResult], by: [String], levels: [Double]) -> String {
        var out = columns(by: by, levels: levels).map(quote).joined(separator: ",") + "\n"
        for r in rows { out += cells(r, levels: levels).map { quote($0 ?? "") }.joined(separator: ",") + "\n" }
        return out
    }

    /// A JSON array of objects with the CSV's keys; numbers as JSON numbers, undefined values as null.
    public static func json(_ rows: [MeasureResult], by: [String], levels: [Double]) -> String {
        let keys = columns(by: by, levels: levels)
        let numeric = Set(keys.enumerated().compactMap { i, k in i >= by.count && !["measure", "method"].contains(k) ? i : nil })
        var out = "[\n"
        for (ri, r) in rows.enumerated() {
            let fields = zip(keys, cells(r, levels: levels)).enumerated().map { i, kv -> String in
                let (k, v) = kv
                let value: String
                if let v {
                    if numeric.contains(i) { value = Double(v)?.isFinite == true ? v : "null" } else { value = jsonString(v) }
                } else { value = "null" }
                return "\(jsonString(k)): \(value)"
            }
            out += "  {" + fields.joined(separator: ", ") + "}" + (ri + 1 < rows.count ? ",\n" : "\n")
        }
        return out + "]\n"
    }

    static func quote(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
