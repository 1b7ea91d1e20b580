// AreaCodeError: why a text is not an acceptable GSS area code (malformed, or of another level).

/// Why a text is not an acceptable area code. `description` is a sentence without file position;
/// `GeographyError.invalidCode` adds the file, row and column.
package enum AreaCodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not a letter followed by eight digits (`expected` is the level asked for, if any).
    case malformed(text: String, expected: GeographyLevel?)
    /// The code is well formed but its entity type is not one of `expected.kinds`.
    case wrongLevel(code: AreaCode, expected: GeographyLevel)

    public var description: String {
        switch self {
        case let .malformed(text, expected?):
            return "\"\(text)\" is not a valid \(expected.name) code (\(expected.rule))\(Self.hint(text))"
        case let .malformed(text, nil):
            return "\"\(text)\" is not a valid GSS area code (a letter E, W, S, N, K, L or M followed by 8 digits)\(Self.hint(text))"
        case let .wrongLevel(code, expected):
            let what = code.kind.map { "is \(Self.article($0.description)) \($0) code" } ?? "has entity type \(code.entityCode)"
            return "\"\(code)\" \(what), not \(Self.article(expected.name)) \(expected.name) code (\(expected.rule))"
        }
    }

    /// A hint for the commonest near-misses: spaces around the code, lower case.
    private static func hint(_ text: String) -> String {
        if text.isEmpty { return "; the value is empty" }
        if let f = text.unicodeScalars.first, let l = text.unicodeScalars.last,
           f.properties.isWhitespace || l.properties.isWhitespace {
            return "; it has spaces around it"
        }
        if text.uppercased() != text, AreaCode.isWellFormed(text.uppercased()) { return "; codes are upper case" }
        return ""
    }

    static func article(_ noun: String) -> String {
        guard let c = noun.first else { return "a" }
        return "AEIOUaeiou".contains(c) ? "an" : "a"
    }
}
