// CSVHeader: the byte-order mark, delimiter detection and the trimmed, unique column names of the header row.

/// The parsed header row.
struct CSVHeader {
    /// Trimmed, unique column names, in file order ("" for a blank name when blank names are allowed).
    var names: [String]
    var delimiter: CSVDelimiter
    /// Index of the first byte after the header row.
    var end: Int

    static let quote: UInt8 = 0x22
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D

    /// Length of a UTF-8 byte-order mark at `p[0..<n]` (3), or 0.
    static func byteOrderMarkLength(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
    }

    /// Parses the header row starting at `start`, or returns nil when the buffer ends before the row does
    /// and more bytes may follow (`isFinal` false).
    ///
    /// Delimiter detection: the most frequent of comma, tab and semicolon outside quotes in the header
    /// row; none at all means comma (a single column); a tie for the most frequent is an error.
    static func parse(
        _ p: UnsafePointer<UInt8>, start: Int, count n: Int, isFinal: Bool,
        delimiter given: CSVDelimiter?, allowBlankNames: Bool = false, file: String
    ) throws -> CSVHeader? {
        if start == n {
            if isFinal { throw CSVError.emptyFile(file: file) }
            return nil
        }
        var counts = [0, 0, 0]  // comma, tab, semicolon
        var inQuotes = false
        var i = start
        while i < n {
            let c = p[i]
            if c == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if c == lf { break }
                if c == 0x2C { counts[0] += 1 } else if c == 0x09 { counts[1] += 1 } else if c == 0x3B { counts[2] += 1 }
            }
            i += 1
        }
        if i == n && !isFinal { return nil }
        if inQuotes { throw CSVError.unterminatedQuote(file: file, row: 1, column: "(header)") }
        let next = i < n ? i + 1 : n
        var lineEnd = i
        if lineEnd > start && p[lineEnd - 1] == cr { lineEnd -= 1 }

        let delimiter = try given ?? detect(counts, file: file)
        let raw = try splitFields(p, start, lineEnd, delimiter.rawValue, file: file)
        var names: [String] = []
        var seen: [String: Int] = [:]
        for (k, bytes) in raw.enumerated() {
            guard let decoded = String(validating: bytes, as: UTF8.self) else {
                throw CSVError.invalidUTF8(file: file, row: 1, column: "(header, column \(k + 1))")
            }
            let name = trimmed(decoded)
            if name.isEmpty {
                if allowBlankNames { names.append(""); continue }
                throw CSVError.emptyColumnName(file: file, index: k + 1)
            }
            if let first = seen[name] {
                throw CSVError.duplicateColumnName(file: file, name: name, first: first, second: k + 1)
            }
            seen[name] = k + 1
            names.append(name)
        }
        return CSVHeader(names: names, delimiter: delimiter, end: next)
    }

    private static func detect(_ counts: [Int], file: String) throws -> CSVDelimiter {
        let candidates: [CSVDelimiter] = [.comma, .tab, .semicolon]
        let best = counts.max()!
        if best == 0 { return .comma }
        let winners = candidates.indices.filter { counts[$0] == best }
        if winners.count > 1 {
            let labels = ["commas", "tabs", "semicolons"]
            var table: [String: Int] = [:]
            for k in candidates.indices where counts[k] > 0 { table[labels[k]] = counts[k] }
            throw CSVError.ambiguousDelimiter(file: file, counts: table)
        }
        return candidates[winners[0]]
    }

    /// Splits one header row (without its line ending) into unquoted field bytes.
    private static func splitFields(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ d: UInt8, file: String
    ) throws -> [[UInt8]] {
        var fields: [[UInt8]] = []
        var i = start
        while true {
            var field: [UInt8] = []
            let fieldStart = i
            if i < end && p[i] == quote {
                i += 1
                while true {
                    // The row was checked to have balanced quotes, so a closing quote exists.
                    if p[i] == quote {
                        if i + 1 < end && p[i + 1] == quote { field.append(quote); i += 2; continue }
                        i += 1
                        break
                    }
                    field.append(p[i]); i += 1
                }
                if i < end && p[i] != d {
                    var j = i
                    while j < end && p[j] != d { j += 1 }
                    let text = String(decoding: UnsafeBufferPointer(start: p + fieldStart, count: j - fieldStart), as: UTF8.self)
                    throw CSVError.strayQuote(file: file, row: 1, column: "(header, column \(fields.count + 1))", text: text)
                }
            } else {
                while i < end && p[i] != d {
                    if p[i] == quote {
                        var j = i
                        while j < end && p[j] != d { j += 1 }
                        let text = String(decoding: UnsafeBufferPointer(start: p + fieldStart, count: j - fieldStart), as: UTF8.self)
                        throw CSVError.strayQuote(file: file, row: 1, column: "(header, column \(fields.count + 1))", text: text)
                    }
                    field.append(p[i]); i += 1
                }
            }
            fields.append(field)
            if i >= end { break }
            i += 1  // the delimiter
        }
        return fields
    }

    /// `s` without leading and trailing white space.
    static func trimmed(_ s: String) -> String {
        var sub = Substring(s)
        while let f = sub.first, f.isWhitespace { sub.removeFirst() }
        while let l = sub.last, l.isWhitespace { sub.removeLast() }
        return String(sub)
    }
}
