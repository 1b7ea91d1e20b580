// ConfigProblem: a config value that cannot be used, with the key path where it sits; and DecodingError in the same words.
import Foundation

/// Thrown while decoding a config document: what is wrong, said with the key the user wrote.
///
/// `path` locates the node (for its line and column); `atKey` points at the key itself rather than its
/// value (an unknown key).
struct ConfigProblem: Error {
    let path: [any CodingKey]
    let message: String
    var atKey = false

    /// `indicators[2].polarity` for a coding path.
    static func keyPath(_ path: [any CodingKey]) -> String {
        var s = ""
        for k in path {
            if let i = k.intValue { s += "[\(i)]" } else { s += (s.isEmpty ? "" : ".") + k.stringValue }
        }
        return s
    }

    /// A decoder's own error as (where, message), worded like the loader's own problems.
    static func explain(_ e: DecodingError) -> ([any CodingKey], String) {
        switch e {
        case let .keyNotFound(key, c):
            return (c.codingPath, "the key \"\(keyPath(c.codingPath + [key]))\" is required.")
        case let .typeMismatch(type, c), let .valueNotFound(type, c):
            if c.codingPath.isEmpty { return ([], "the config must be a mapping of keys to values.") }
            return (c.codingPath, "\"\(keyPath(c.codingPath))\" must be \(kind(type)).")
        case let .dataCorrupted(c):
            if c.codingPath.isEmpty { return ([], "not valid: \(c.debugDescription)") }
            return (c.codingPath, "\"\(keyPath(c.codingPath))\": \(c.debugDescription)")
        @unknown default:
            return ([], "\(e)")
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Double.Type, is Int.Type, is UInt64.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "a list" }
            return "a mapping of keys to values"
        }
    }
}

/// Any key of a mapping, for reading keys the document does not know and rejecting them.
struct AnyKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(_ s: String) { stringValue = s; intValue = nil }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { stringValue = "\(intValue)"; self.intValue = intValue }
}

/// A config mapping read key by key; every failure is a `ConfigProblem` naming the key path.
struct ConfigMap {
    let c: KeyedDecodingContainer<AnyKey>
    var path: [any CodingKey] { c.codingPath }

    init(_ decoder: any Decoder) throws {
        do { c = try decoder.container(keyedBy: AnyKey.self) } catch {
            let what = decoder.codingPath.isEmpty ? "the config" : "\"\(ConfigProblem.keyPath(decoder.codingPath))\""
            throw ConfigProblem(path: decoder.codingPath, message: "\(what) must be a mapping of keys to values.")
        }
    }

    init(_ c: KeyedDecodingContainer<AnyKey>) { self.c = c }

    func name(_ k: String) -> String { ConfigProblem.keyPath(path + [AnyKey(k)]) }
    func problem(_ k: String, _ message: String) -> ConfigProblem { ConfigProblem(path: path + [AnyKey(k)], message: message) }
    func has(_ k: String) -> Bool { c.contains(AnyKey(k)) && !((try? c.decodeNil(forKey: AnyKey(k))) ?? false) }

    /// Rejects a key not in `known`, listing the known keys.
    func rejectUnknown(_ known: [String]) throws {
        for k in c.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !known.contains(k.stringValue) {
            throw ConfigProblem(path: path + [k], message: "unknown key \"\(name(k.stringValue))\" (keys: \(known.sorted().joined(separator: ", "))).",
                                atKey: true)
        }
    }

    func text(_ k: String) throws -> String? {
        guard has(k) else { return nil }
        do { return try c.decode(String.self, forKey: AnyKey(k)) } catch { throw problem(k, "\"\(name(k))\" must be text.") }
    }

    func requiredText(_ k: String) throws -> String {
        guard let s = try text(k) else { throw ConfigProblem(path: path, message: "the key \"\(name(k))\" is required.") }
        return s
    }

    func texts(_ k: String, _ what: String) throws -> [String]? {
        guard has(k) else { return nil }
        do { return try c.decode([String].self, forKey: AnyKey(k)) } catch { throw problem(k, "\"\(name(k))\" must be a list of \(what).") }
    }

    func number(_ k: String) throws -> Double? {
        guard has(k) else { return nil }
        guard let x = try? c.decode(Double.self, forKey: AnyKey(k)) else { throw problem(k, "\"\(name(k))\" must be a number.") }
        return x
    }

    /// A whole number of at least `minimum`; without one, the range is the request's own rule to check.
    func whole(_ k: String, minimum: Int? = nil) throws -> Int? {
        guard has(k) else { return nil }
        let bad = problem(k, "\"\(name(k))\" must be a whole number" + (minimum.map { " of \($0) or more." } ?? "."))
        guard let x = try? c.decode(Double.self, forKey: AnyKey(k)), x == x.rounded(), abs(x) < 9.2e18 else { throw bad }
        if let minimum, x < Double(minimum) { throw bad }
        return Int(x)
    }

    /// One number or a list of numbers.
    func numbers(_ k: String) throws -> [Double]? {
        guard has(k) else { return nil }
        if let list = try? c.decode([Double].self, forKey: AnyKey(k)) { return list }
        if let x = try? c.decode(Double.self, forKey: AnyKey(k)) { return [x] }
        throw problem(k, "\"\(name(k))\" must be a number or a list of numbers.")
    }

    /// Text that must be one of `T`'s raw values: `bands "regional" is not national or local.`
    func choice<T: RawRepresentable & CaseIterable>(_ k: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let s = try text(k) else { return nil }
        guard let x = T(rawValue: s) else {
            let names = T.allCases.map(\.rawValue)
            let list = names.count == 2 ? names.joined(separator: " or ") : names.joined(separator: ", ")
            throw problem(k, "\(name(k)) \"\(s)\" is not \(names.count == 2 ? list : "one of " + list).")
        }
        return x
    }

    func map(_ k: String, _ what: String) throws -> ConfigMap? {
        guard has(k) else { return nil }
        do { return ConfigMap(try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(k))) } catch {
            throw problem(k, "\"\(name(k))\" must be a mapping \(what).")
        }
    }

    /// The value at `k` decoded as `T` (itself reading with `ConfigMap`).
    func decode<T: Decodable>(_ type: T.Type, _ k: String) throws -> T? {
        guard has(k) else { return nil }
        return try c.decode(T.self, forKey: AnyKey(k))
    }
}
