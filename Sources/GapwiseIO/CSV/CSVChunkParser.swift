// CSVChunkParser: the byte-level RFC 4180 record parser that fills column sinks from one buffer of a file.

/// Parses the data rows in a buffer, storing selected columns, and reports how many bytes formed complete
/// rows so that the caller can carry an unfinished row over to the next buffer.
///
/// Rules: fields are separated by the delimiter and rows end with LF or CRLF (a lone CR is an ordinary
/// byte). A field that starts with `"` is quoted: it runs to the next `"` not doubled, may contain
/// delimiters, newlines and `""` (one quote), and must be followed by a delimiter or row end. A quote
/// anywhere else is an error. Every row must have as many fields as the header.
///
/// Speed: an unquoted field of a numeric column is parsed in the same pass that finds its end
/// (`DecimalParser.scan`); every other field takes the general path (missing markers, quotes, `%`,
/// thousands separators, text). The plain reference implementation used in the tests is
/// `Tests/GapwiseIOTests/ReferenceCSVParser.swift`.
struct CSVChunkParser {
    let file: String
    let names: [String]
    let delimiter: UInt8
    /// The plan per field and the numeric storage (see `CSVColumnStore`).
    let store: CSVColumnStore
    var textSinks: [TextSink] = []
    /// Columns inferred as numbers that met text after numbers: they are re-read as text in a second pass.
    var pendingText: [Bool]
    /// Complete data rows parsed so far.
    var rows = 0
    let markers: [[UInt8]]
    let percentShift: Int
    let thousands: Bool
    /// False when a missing marker is itself a number, so every field must be checked against the markers.
    let fastNumbers: Bool
    private var validateAll = false

    static let quote: UInt8 = 0x22
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let percentSign: UInt8 = 0x25

    init(file: String, names: [String], delimiter: CSVDelimiter, kinds: [SlotKind], options: CSVReadOptions) {
        self.file = file
        self.names = names
        self.delimiter = delimiter.rawValue
        self.store = CSVColumnStore(kinds: kinds, delimiter: delimiter.rawValue)
        self.pendingText = Array(repeating: false, count: kinds.count)
        self.markers = options.missingMarkers.map { Array($0.utf8) }
        self.percentShift = options.percent == .fraction ? -2 : 0
        self.thousands = options.thousandsSeparatorsInQuotes
        self.fastNumbers = !options.missingMarkers.contains { CSVNumberParser.parse($0) != nil }
        for (k, kind) in kinds.enumerated() where kind == .text {
            store.slots[k].index = textSinks.count
            textSinks.append(TextSink())
        }
    }

    /// The plan of field `k` (0-based) after the pass: how it was read and where its values are.
    func slot(_ k: Int) -> CSVColumnStore.Slot { store.slots[k] }

    /// Reserves room for about `rows` values in every numeric column.
    func reserve(rows: Int) {
        for k in 0..<store.numberCount { store.numbers[k].reserve(rows) }
    }

    /// Parses the complete rows of `buffer` and returns the number of bytes they occupy; the rest (an
    /// unfinished row) must be passed again, followed by more bytes. With `isFinal` the buffer ends the file.
    mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>, isFinal: Bool) throws -> Int {
        let used = try parseRows(buffer, isFinal: isFinal)
        store.flush()
        return used
    }

    private mutating func parseRows(_ buffer: UnsafeBufferPointer<UInt8>, isFinal: Bool) throws -> Int {
        guard let p = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let n = buffer.count
        let d = delimiter
        let fieldCount = store.fieldCount
        let slots = store.slots
        let numbers = store.numbers
        let special = store.special
        let dWord = UInt64(d) &* Self.ones
        validateAll = !UTF8Check.isASCII(buffer)
        var pos = 0
        while pos < n {
            let recordStart = pos
            var field = 0
            var complete = false
            fieldLoop: while true {
                let slot = field < fieldCount ? slots[field] : CSVColumnStore.Slot(kind: .skip, index: -1)
                let kind = slot.kind
                if pos < n && p[pos] == Self.quote {
                    // Quoted field: find the closing quote, skipping doubled quotes.
                    var i = pos + 1
                    var escapes = false
                    var closing = -1
                    while i < n {
                        if p[i] == Self.quote {
                            if i + 1 < n {
                                if p[i + 1] == Self.quote { escapes = true; i += 2; continue }
                                closing = i
                            } else if isFinal {
                                closing = i
                            }
                            break
                        }
                        i += 1
                    }
                    if closing < 0 {
                        if isFinal { throw CSVError.unterminatedQuote(file: file, row: rows + 2, column: name(field)) }
                        break fieldLoop
                    }
                    let after = closing + 1
                    var next = n
                    var ends = true
                    if after < n {
                        let c = p[after]
                        if c == d { next = after + 1; ends = false }
                        else if c == Self.lf { next = after + 1 }
                        else if c == Self.cr && after + 1 < n && p[after + 1] == Self.lf { next = after + 2 }
                        else if c == Self.cr && after + 1 == n && !isFinal { break fieldLoop }
                        else { throw strayQuote(field, p, pos, n) }
                    } else if !isFinal {
                        break fieldLoop
                    }
                    try deliver(field, kind, p, pos + 1, closing, quoted: true, escapes: escapes)
                    field += 1
                    pos = next
                    if ends { complete = true; break fieldLoop }
                    continue fieldLoop
                }
                if fastNumbers && (kind == .number || kind == .inferred) {
                    // Fastest path: a plain decimal directly followed by the delimiter or LF.
                    if let (v, t) = DecimalParser.quick(p, pos, n) {
                        let c = p[t]
                        if c == d || c == Self.lf {
                            numbers[slot.index].append(v)
                            field += 1
                            pos = t + 1
                            if c == Self.lf { complete = true; break fieldLoop }
                            continue fieldLoop
                        }
                    }
                    // Fast path: parse the number while finding the end of the field.
                    let s = DecimalParser.scan(p, pos, n)
                    if s.digits > 0 {
                        var t = s.stop
                        var shift = 0
                        if t < n && p[t] == Self.percentSign { t += 1; shift = percentShift }
                        var next = -1
                        var ends = false
                        if t < n {
                            let c = p[t]
                            if c == d { next = t + 1 }
                            else if c == Self.lf { next = t + 1; ends = true }
                            else if c == Self.cr && t + 1 < n && p[t + 1] == Self.lf { next = t + 2; ends = true }
                        } else if isFinal {
                            next = n; ends = true
                        }
                        if next >= 0 {
                            let v = DecimalParser.value(s, shift: shift, p, pos)
                            if v.isInfinite {
                                throw CSVError.numberOutOfRange(file: file, row: rows + 2, column: name(field), text: text(p, pos, t))
                            }
                            numbers[slot.index].append(v)
                            field += 1
                            pos = next
                            if ends { complete = true; break fieldLoop }
                            continue fieldLoop
                        }
                    }
                }
                // General unquoted field.
                var i = pos
                var next = -1
                var ends = true
                while i < n {
                    if i &+ 8 <= n {
                        // Eight bytes at a time: jump to the first special byte, if any.
                        let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                        let hits = Self.hasByte(w, dWord) | Self.hasByte(w, Self.lfWord)
                            | Self.hasByte(w, Self.crWord) | Self.hasByte(w, Self.quoteWord)
                        if hits == 0 { i &+= 8; continue }
                        i &+= (hits.littleEndian.trailingZeroBitCount >> 3)
                    }
                    let c = p[i]
                    if !special[Int(c)] { i += 1; continue }
                    if c == d { next = i + 1; ends = false; break }
                    if c == Self.lf { next = i + 1; break }
                    if c == Self.quote { throw strayQuote(field, p, pos, n) }
                    if c == Self.cr {
                        if i + 1 < n {
                            if p[i + 1] == Self.lf { next = i + 2; break }
                        } else if !isFinal {
                            break
                        }
                    }
                    i += 1
                }
                if next < 0 {
                    if !isFinal { break fieldLoop }
                    i = n
                    next = n
                }
                try deliver(field, kind, p, pos, i, quoted: false, escapes: false)
                field += 1
                pos = next
                if ends { complete = true; break fieldLoop }
            }
            if !complete {
                rollBack(fields: field)
                return recordStart
            }
            if field != fieldCount {
                throw CSVError.raggedRow(file: file, row: rows + 2, expected: fieldCount, found: field)
            }
            rows += 1
        }
        return pos
    }

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let lfWord = UInt64(lf) &* ones
    static let crWord = UInt64(cr) &* ones
    static let quoteWord = UInt64(quote) &* ones

    /// A word whose lowest set high bit marks the first byte of `w` equal to the byte repeated in `b`
    /// (higher marks may be spurious, from borrows; only the lowest is used).
    @inline(__always)
    static func hasByte(_ w: UInt64, _ b: UInt64) -> UInt64 {
        let v = w ^ b
        return (v &- ones) & ~v & 0x8080_8080_8080_8080
    }

    /// Removes the values stored for the first `fields` fields of an unfinished row.
    private mutating func rollBack(fields: Int) {
        for f in 0..<min(fields, store.fieldCount) {
            let slot = store.slots[f]
            switch slot.kind {
            case .skip, .blankOnly: break
            case .number, .inferred: store.numbers[slot.index].removeLast()
            case .text: textSinks[slot.index].removeLast()
            }
        }
    }

    /// Stores (or checks) the contents `p[s..<e]` of a field that did not take the fast path.
    private mutating func deliver(
        _ field: Int, _ kind: SlotKind, _ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int, quoted: Bool, escapes: Bool
    ) throws {
        if kind == .blankOnly && e > s {
            let content = String(decoding: UnsafeBufferPointer(start: p + s, count: e - s), as: UTF8.self)
            throw CSVError.valueInUnnamedColumn(file: file, row: rows + 2, index: field + 1, text: content)
        }
        if kind == .skip || kind == .blankOnly {
            if validateAll && !UTF8Check.isValid(p, s, e) {
                throw CSVError.invalidUTF8(file: file, row: rows + 2, column: name(field))
            }
            return
        }
        if escapes {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(e - s)
            var i = s
            while i < e {
                bytes.append(p[i])
                i += p[i] == Self.quote ? 2 : 1
            }
            try bytes.withUnsafeBufferPointer { b in
                try store(field, kind, b.baseAddress!, 0, b.count, quoted: quoted)
            }
        } else {
            try store(field, kind, p, s, e, quoted: quoted)
        }
    }

    private mutating func store(
        _ field: Int, _ kind: SlotKind, _ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int, quoted: Bool
    ) throws {
        let k = store.slots[field].index
        let numbers = store.numbers
        let missing = isMarker(p, s, e)
        if kind == .text {
            if missing { textSinks[k].appendMissing(); return }
            guard let string = String(validating: UnsafeBufferPointer(start: p + s, count: e - s), as: UTF8.self) else {
                throw CSVError.invalidUTF8(file: file, row: rows + 2, column: name(field))
            }
            textSinks[k].append(string)
            return
        }
        if missing { numbers[k].appendMissing(); return }
        switch DecimalParser.parseField(p + s, count: e - s, percentShift: percentShift, thousands: quoted && thousands) {
        case .value(let v):
            numbers[k].append(v)
        case .outOfRange:
            throw CSVError.numberOutOfRange(file: file, row: rows + 2, column: name(field), text: text(p, s, e))
        case .notANumber:
            guard UTF8Check.isValid(p, s, e) else {
                throw CSVError.invalidUTF8(file: file, row: rows + 2, column: name(field))
            }
            if kind == .number {
                throw CSVError.notANumber(file: file, row: rows + 2, column: name(field), text: text(p, s, e))
            }
            // An inferred column meets text: it becomes a text column.
            if numbers[k].sawValue {
                store.slots[field] = .init(kind: .skip, index: -1)
                pendingText[field] = true
            } else {
                var sink = TextSink(missingRows: numbers[k].count)
                sink.append(text(p, s, e))
                store.slots[field] = .init(kind: .text, index: textSinks.count)
                textSinks.append(sink)
            }
            store.discardNumbers(k)
        }
    }

    @inline(__always)
    private func isMarker(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let len = e - s
        for m in markers where m.count == len {
            var equal = true
            for j in 0..<len where m[j] != p[s + j] { equal = false; break }
            if equal { return true }
        }
        return false
    }

    private func name(_ field: Int) -> String {
        field < names.count && !names[field].isEmpty ? names[field] : "(column \(field + 1))"
    }

    private func text(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: p + s, count: e - s), as: UTF8.self)
    }

    /// The error for a stray quote, quoting the field as written (up to the next delimiter or line end).
    private func strayQuote(_ field: Int, _ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> CSVError {
        var j = start
        if j < n && p[j] == Self.quote {  // skip the quoted part first
            j += 1
            while j < n && !(p[j] == Self.quote && (j + 1 >= n || p[j + 1] != Self.quote)) { j += p[j] == Self.quote ? 2 : 1 }
            j += 1
        }
        while j < n && p[j] != delimiter && p[j] != Self.lf && p[j] != Self.cr { j += 1 }
        return CSVError.strayQuote(file: file, row: rows + 2, column: name(field), text: text(p, start, min(j, n)))
    }
}
