// JSONValue: a JSON document built in code, for the objects that wrap a table (settings, metadata).

/// A JSON value whose numbers are written in a `NumberFormat`. Object keys keep their order.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A computed number (rounded when digits are asked for); non-finite is written as null.
    case number(Double)
    /// A number never rounded (levels, seeds, ranks); non-finite is written as null.
    case exact(Double)
    case integer(Int)
    case unsigned(UInt64)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): return x == y
        case let (.number(x), .number(y)), let (.exact(x), .exact(y)): return x.bitPattern == y.bitPattern
        case let (.integer(x), .integer(y)): return x == y
        case let (.unsigned(x), .unsigned(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value as JSON text. Containers at the top level are written one element per line, and so are
    /// arrays of containers directly under a top-level object; everything deeper is written on one line.
    public func text(_ format: NumberFormat = .full) -> String {
        var out = ""
        write(to: &out, format, depth: 0, indent: "")
        return out + "\n"
    }

    private var isContainer: Bool {
        switch self { case .array, .object: return true; default: return false }
    }

    private func multiline(depth: Int) -> Bool {
        switch self {
        case .object: return depth == 0
        case let .array(items): return depth == 0 || (depth == 1 && items.contains(where: \.isContainer))
        default: return false
        }
    }

    func write(to out: inout String, _ format: NumberFormat, depth: Int, indent: String) {
        switch self {
        case let .string(s): out += Self.quoted(s)
        case let .number(x): out += x.isFinite ? format.text(x) : "null"
        case let .exact(x): out += x.isFinite ? NumberFormat.full.text(x) : "null"
        case let .integer(i): out += String(i)
        case let .unsigned(i): out += String(i)
        case let .bool(b): out += b ? "true" : "false"
        case .null: out += "null"
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            if multiline(depth: depth) {
                let inner = indent + "  "
                out += "[\n"
                for (i, v) in items.enumerated() {
                    out += inner
                    v.write(to: &out, format, depth: depth + 1, indent: inner)
                    out += i + 1 < items.count ? ",\n" : "\n"
                }
                out += indent + "]"
            } else {
                out += "["
                for (i, v) in items.enumerated() {
                    if i > 0 { out += ", " }
                    v.write(to: &out, format, depth: depth + 1, indent: indent)
                }
                out += "]"
            }
        case let .object(fields):
            if fields.isEmpty { out += "{}"; return }
            if multiline(depth: depth) {
                let inner = indent + "  "
                out += "{\n"
                for (i, (k, v)) in fields.enumerated() {
                    out += inner + Self.quoted(k) + ": "
                    v.write(to: &out, format, depth: depth + 1, indent: inner)
                    out += i + 1 < fields.count ? ",\n" : "\n"
                }
                out += indent + "}"
            } else {
                out += "{"
                for (i, (k, v)) in fields.enumerated() {
                    if i > 0 { out += ", " }
                    out += Self.quoted(k) + ": "
                    v.write(to: &out, format, depth: depth + 1, indent: indent)
                }
                out += "}"
            }
        }
    }

    /// A JSON string literal: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or `\u00XX`.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
