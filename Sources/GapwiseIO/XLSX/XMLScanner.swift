// XMLScanner: a byte-level scanner of the XML parts of a workbook, fed in pieces, reporting tags and text runs.

/// What the scanner reports, in document order. Names are local names (a `prefix:` is dropped); `tag` is
/// the whole tag between `<` and `>`, for reading attributes; text runs arrive raw (entities undecoded,
/// see `XMLText.decode`) and may be split around comments or CDATA sections.
protocol XMLScanHandler {
    mutating func open(_ name: UnsafeBufferPointer<UInt8>, tag: UnsafeBufferPointer<UInt8>, selfClosing: Bool) throws
    mutating func close(_ name: UnsafeBufferPointer<UInt8>) throws
    mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws
}

/// Why a workbook's XML could not be scanned (turned into `CSVError.unreadableWorkbook` by the reader).
struct XMLScanError: Error {
    let reason: String
}

/// Scans well-formed XML as far as the input goes: `scan` consumes every complete tag and text run and
/// returns how many bytes it used, so the caller keeps the rest and calls again with more bytes appended.
/// The XML declaration, processing instructions, comments and a DOCTYPE are skipped; no entity other than
/// the five predefined ones and character references is expanded (a workbook never declares any).
enum XMLScanner {
    static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    static let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), colon = UInt8(ascii: ":")
    static let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?")

    /// Consumes the complete tags and text runs of `bytes`; with `isFinal`, trailing text counts as complete
    /// and an unfinished tag is an error. Returns the number of bytes consumed.
    static func scan<H: XMLScanHandler>(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, into handler: inout H) throws -> Int {
        guard let p = bytes.baseAddress else { return 0 }
        let n = bytes.count
        var i = 0
        while i < n {
            if p[i] != lt {
                // A text run up to the next tag.
                var j = i
                while j < n && p[j] != lt { j += 1 }
                if j == n && !isFinal { return i }
                try handler.text(UnsafeBufferPointer(start: p + i, count: j - i), cdata: false)
                i = j
                continue
            }
            guard i + 1 < n else { return try unfinished(i, isFinal) }
            let c = p[i + 1]
            if c == bang {
                if matches(p, n, i, "<!--") {
                    guard let end = find(p, n, from: i + 4, "-->") else { return try unfinished(i, isFinal) }
                    i = end + 3
                } else if matches(p, n, i, "<![CDATA[") {
                    guard let end = find(p, n, from: i + 9, "]]>") else { return try unfinished(i, isFinal) }
                    try handler.text(UnsafeBufferPointer(start: p + i + 9, count: end - i - 9), cdata: true)
                    i = end + 3
                } else if i + 9 > n && !isFinal {
                    return i  // not yet enough bytes to tell which
                } else {
                    guard let end = tagEnd(p, n, from: i + 2) else { return try unfinished(i, isFinal) }
                    i = end + 1  // <!DOCTYPE ...>
                }
                continue
            }
            if c == question {
                guard let end = find(p, n, from: i + 2, "?>") else { return try unfinished(i, isFinal) }
                i = end + 2
                continue
            }
            guard let end = tagEnd(p, n, from: i + 1) else { return try unfinished(i, isFinal) }
            if c == slash {
                let name = localName(p, from: i + 2, to: end)
                try handler.close(name)
            } else {
                let selfClosing = p[end - 1] == slash
                let name = localName(p, from: i + 1, to: selfClosing ? end - 1 : end)
                try handler.open(name, tag: UnsafeBufferPointer(start: p + i + 1, count: end - i - 1), selfClosing: selfClosing)
            }
            i = end + 1
        }
        return n
    }

    private static func unfinished(_ i: Int, _ isFinal: Bool) throws -> Int {
        if isFinal { throw XMLScanError(reason: "the XML ends inside a tag") }
        return i
    }

    /// The index of the `>` closing a tag whose contents start at `from` (quoted attribute values may hold `>`).
    @inline(__always)
    static func tagEnd(_ p: UnsafePointer<UInt8>, _ n: Int, from: Int) -> Int? {
        var j = from
        while j < n {
            let b = p[j]
            if b == gt { return j }
            if b == quote || b == apostrophe {
                j += 1
                while j < n && p[j] != b { j += 1 }
            }
            j += 1
        }
        return nil
    }

    /// The name starting at `from` (up to white space, `/` or `end`), without its namespace prefix.
    @inline(__always)
    static func localName(_ p: UnsafePointer<UInt8>, from: Int, to end: Int) -> UnsafeBufferPointer<UInt8> {
        var start = from, j = from
        while j < end {
            let b = p[j]
            if b <= 0x20 || b == slash { break }
            if b == colon { start = j + 1 }
            j += 1
        }
        return UnsafeBufferPointer(start: p + start, count: j - start)
    }

    static func matches(_ p: UnsafePointer<UInt8>, _ n: Int, _ at: Int, _ literal: StaticString) -> Bool {
        let k = literal.utf8CodeUnitCount
        guard at + k <= n else { return false }
        let l = literal.utf8Start
        for t in 0..<k where p[at + t] != l[t] { return false }
        return true
    }

    static func find(_ p: UnsafePointer<UInt8>, _ n: Int, from: Int, _ literal: StaticString) -> Int? {
        var j = from
        while j < n {
            if p[j] == literal.utf8Start[0] && matches(p, n, j, literal) { return j }
            j += 1
        }
        return nil
    }

    /// Whether `name` is exactly `literal`.
    @inline(__always)
    static func `is`(_ name: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        let k = literal.utf8CodeUnitCount
        guard name.count == k else { return false }
        let l = literal.utf8Start
        for t in 0..<k where name[t] != l[t] { return false }
        return true
    }

    /// The attributes of a tag as (local name, decoded value) pairs, in order (for the small parts).
    static func attributes(_ tag: UnsafeBufferPointer<UInt8>) throws -> [(name: String, value: String)] {
        var out: [(String, String)] = []
        guard let p = tag.baseAddress else { return out }
        let n = tag.count
        var j = 0
        while j < n && p[j] > 0x20 && p[j] != slash { j += 1 }  // the element name
        while j < n {
            while j < n && (p[j] <= 0x20 || p[j] == slash) { j += 1 }
            guard j < n else { break }
            let nameStart = j
            while j < n && p[j] != UInt8(ascii: "=") && p[j] > 0x20 { j += 1 }
            let name = localName(p, from: nameStart, to: j)
            while j < n && p[j] != quote && p[j] != apostrophe { j += 1 }
            guard j < n else { throw XMLScanError(reason: "an attribute has no quoted value") }
            let q = p[j]
            let valueStart = j + 1
            j = valueStart
            while j < n && p[j] != q { j += 1 }
            guard j < n else { throw XMLScanError(reason: "an attribute value is not closed") }
            var value: [UInt8] = []
            try XMLText.decode(UnsafeBufferPointer(start: p + valueStart, count: j - valueStart), into: &value)
            out.append((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
            j += 1
        }
        return out
    }
}
