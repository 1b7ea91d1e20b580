// AreaCode: a validated 9-character GSS area code (entity code + 6 digits), e.g. S01006506.

/// A GSS area code: a country letter (`E`, `W`, `S`, `N`, `K`, `L` or `M`), two digits naming the
/// entity type, and six digits numbering the area, e.g. `S01006506` (a data zone) or `S12000033`
/// (Aberdeen City council area). Nine characters, upper case, no spaces.
///
/// Validation never repairs: `" S01006506"`, `"s01006506"` and `"S1006506"` are refused, not
/// trimmed, upper-cased or padded. Codes compare and hash by their text, so joins on codes are exact.
///
/// Throws `AreaCodeError`: `.malformed` when the text is not of that shape, `.wrongLevel` when a
/// level is required and the code's entity type is not one of the level's.
package struct AreaCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The code as written, e.g. `S01006506`.
    public let rawValue: String

    /// Validates the shape of a GSS code (any entity type, known or not).
    public init(_ text: String) throws(AreaCodeError) {
        guard Self.isWellFormed(text) else { throw .malformed(text: text, expected: nil) }
        rawValue = text
    }

    /// Validates a code that must belong to `level`, e.g. an `S01` code for `.dataZone`.
    public init(_ text: String, at level: GeographyLevel) throws(AreaCodeError) {
        guard Self.isWellFormed(text) else { throw .malformed(text: text, expected: level) }
        rawValue = text
        guard let kind, level.kinds.contains(kind) else { throw .wrongLevel(code: self, expected: level) }
    }

    /// The entity code (the first three characters), e.g. `S01`.
    public var entityCode: String { String(rawValue.prefix(3)) }

    /// The entity type, or nil when Gapwise does not know the entity code (e.g. `S13` wards).
    public var kind: AreaKind? { AreaKind(rawValue: entityCode) }

    /// The six-digit instance number, e.g. 6506 for `S01006506`.
    public var number: Int { Int(rawValue.suffix(6))! }

    public var description: String { rawValue }

    public static func < (a: AreaCode, b: AreaCode) -> Bool { a.rawValue < b.rawValue }

    /// Whether `text` is one of `E W S N K L M`, then exactly eight ASCII digits.
    static func isWellFormed(_ text: String) -> Bool {
        let u = text.utf8
        guard u.count == 9, let first = u.first, "EWSNKLM".utf8.contains(first) else { return false }
        return u.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
