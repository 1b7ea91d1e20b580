// CSVReader: the public entry points that read a CSV file or .xlsx worksheet (or bytes) into a CSVTable, in bounded buffers.

/// Reads CSV files into typed columns, strictly and fast.
///
/// Format: RFC 4180 plus what official statistics files carry: quoted fields with embedded delimiters,
/// doubled quotes and newlines; LF or CRLF row ends; an optional UTF-8 byte-order mark; comma, tab or
/// semicolon delimiter (detected from the header row, or given); header names trimmed of white space.
/// The first row is the header; every later row must have as many fields.
///
/// Values: a field equal to a missing marker (`CSVReadOptions.missingMarkers`) is missing, never zero.
/// A column is numeric when every non-missing value is a number (`[+-]digits[.digits][e[+-]digits]`,
/// optionally ending in `%`, optionally with thousands separators when quoted), read to the correctly
/// rounded double; otherwise it is text. Types can be imposed per column with `columnTypes`.
///
/// Memory: the file is read in buffers of `bufferSize` bytes (grown only for a single row longer than
/// that); only selected columns are stored. A column inferred as numeric that meets text after numbers
/// is re-read as text in a second pass over the file, reading only that column.
///
/// Workbooks: a file (or bytes) starting as a zip does is read as an .xlsx workbook, its first worksheet
/// or `CSVReadOptions.sheet`, with the same rules (see `XLSXReader`). Any other binary format (an .xls,
/// a PDF, a compressed file, an image...) is refused by its first bytes (`CSVError.notATable`).
///
/// Errors: `CSVError`, naming file, row (header = row 1), column and the offending text.
public enum CSVReader {
    /// The default size of the read buffer (256 KiB: small enough for the values of one buffer to stay
    /// in cache before they are moved to the result columns).
    public static let defaultBufferSize = 1 << 18

    /// Reads the CSV file at `path`. The path as given names the file in error messages.
    public static func read(file path: String, options: CSVReadOptions = CSVReadOptions()) throws -> CSVTable {
        try read(name: path, options: options, bufferSize: defaultBufferSize) {
            try ByteSource(path: path, name: path)
        }
    }

    /// Reads CSV text held in memory; `name` stands for the file in error messages.
    public static func read(bytes: [UInt8], name: String, options: CSVReadOptions = CSVReadOptions()) throws -> CSVTable {
        try read(bytes: bytes, name: name, options: options, bufferSize: defaultBufferSize, piece: defaultBufferSize)
    }

    /// As `read(bytes:name:options:)` with small buffers and pieces, so that tests can split rows anywhere;
    /// without `sniff`, the bytes are CSV whatever they begin with (the worksheet reader's own transcript).
    static func read(bytes: [UInt8], name: String, options: CSVReadOptions, bufferSize: Int, piece: Int,
                     parallel: Bool = true, sniff: Bool = true) throws -> CSVTable {
        try read(name: name, options: options, bufferSize: bufferSize, parallel: parallel, sniff: sniff) {
            ByteSource(bytes: bytes, piece: piece, name: name)
        }
    }

    private static func read(
        name: String, options: CSVReadOptions, bufferSize: Int, parallel: Bool = true, sniff: Bool = true,
        open: () throws -> ByteSource
    ) throws -> CSVTable {
        // Large inputs: two halves on two threads when that gives the same table (see `parallelRead`). The
        // attempt only peeks at `source` and opens its own sources for the halves, so a one-pass read still
        // starts at the beginning of the same source (a file is opened once, which matters for pipes).
        let source = try open()
        if sniff, let table = try readIfNotText(source, name: name, options: options) {
            return table
        }
        if parallel, let table = try? parallelRead(source, name: name, options: options, bufferSize: bufferSize) {
            return table
        }
        let first = try pass(source, name: name, options: options, bufferSize: bufferSize) { header in
            try plan(header, options, file: name)
        }
        let parser = first.parser
        var second: CSVChunkParser?
        if parser.pendingText.contains(true) {
            let pending = parser.pendingText
            let again = try pass(open(), name: name, options: options, bufferSize: bufferSize) { _ in
                pending.map { $0 ? SlotKind.text : SlotKind.skip }
            }
            guard again.parser.rows == parser.rows else {
                throw CSVError.unreadable(file: name, reason: "the file changed while it was being read")
            }
            second = again.parser
        }
        var columns: [CSVColumn] = []
        for (k, columnName) in first.header.names.enumerated() {
            if parser.pendingText[k], let s = second {
                let sink = s.textSinks[s.slot(k).index]
                columns.append(CSVColumn(name: columnName, data: .text(CSVTextColumn(values: sink.values, isMissing: sink.missing))))
                continue
            }
            let slot = parser.slot(k)
            let index = slot.index
            switch slot.kind {
            case .skip, .blankOnly:
                continue
            case .number, .inferred:
                let sink = parser.store.numbers[index]
                let (values, missing) = (sink.values, sink.missing)
                columns.append(CSVColumn(name: columnName, data: .number(CSVNumberColumn(values: values, isMissing: missing))))
            case .text:
                let sink = parser.textSinks[index]
                columns.append(CSVColumn(name: columnName, data: .text(CSVTextColumn(values: sink.values, isMissing: sink.missing))))
            }
        }
        return CSVTable(file: name, delimiter: first.header.delimiter, rowCount: parser.rows, columns: columns)
    }

    /// Reads `source` as a workbook when its first bytes are a zip's, and refuses any other binary format
    /// (before CSV parsing could report its bytes as a malformed field); nil for text, read as CSV. An input
    /// that cannot be peeked at (a pipe) is text.
    private static func readIfNotText(_ source: ByteSource, name: String, options: CSVReadOptions) throws -> CSVTable? {
        let head = (try? source.peek(at: 0, count: FileSignature.length)) ?? []
        switch FileSignature.of(head) {
        case .text:
            if let sheet = options.sheet { throw CSVError.sheetOfTextFile(file: name, sheet: sheet) }
            return nil
        case let .binary(kind, advice):
            throw CSVError.notATable(file: name, kind: kind, advice: advice)
        case .zip:
            return try XLSXReader.read(source.archive(name: name), name: name, options: options)
        }
    }

    /// What each header column is read as, from the selection and imposed types.
    static func plan(_ header: CSVHeader, _ options: CSVReadOptions, file: String) throws -> [SlotKind] {
        let known = Set(header.names.filter { !$0.isEmpty })
        for name in (options.columns ?? []) + options.columnTypes.keys.sorted() where !known.contains(name) {
            throw CSVError.unknownColumn(file: file, name: name, available: header.names.filter { !$0.isEmpty })
        }
        let selected = options.columns.map(Set.init)
        return header.names.map { name in
            if name.isEmpty { return .blankOnly }
            if let selected, !selected.contains(name) { return .skip }
            switch options.columnTypes[name] {
            case .number?: return .number
            case .text?: return .text
            case nil: return .inferred
            }
        }
    }

    /// One pass over the input: header, then every row, in buffers.
    private static func pass(
        _ source: ByteSource, name: String, options: CSVReadOptions, bufferSize: Int,
        kinds: (CSVHeader) throws -> [SlotKind]
    ) throws -> (header: CSVHeader, parser: CSVChunkParser) {
        var buffer = [UInt8](repeating: 0, count: max(bufferSize, 16))
        var filled = 0
        var atEnd = false
        func fill() throws {
            while filled < buffer.count && !atEnd {
                let k = try buffer.withUnsafeMutableBytes { raw in
                    try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
                }
                if k == 0 { atEnd = true } else { filled += k }
            }
        }
        // The header row (the buffer grows until it holds the whole row).
        var header: CSVHeader?
        try fill()
        while true {
            header = try buffer.withUnsafeBufferPointer { b in
                try parseHeader(UnsafeBufferPointer(rebasing: b[0..<filled]), isFinal: atEnd, options: options, file: name)
            }
            if header != nil { break }
            buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            try fill()
        }
        let h = header!
        var parser = CSVChunkParser(file: name, names: h.names, delimiter: h.delimiter, kinds: try kinds(h), options: options)
        try body(source, &parser, buffer: &buffer, filled: filled, consumed: h.end, atEnd: atEnd)
        return (h, parser)
    }

    /// The header row at the start of `bytes` (after a byte-order mark), or nil when `bytes` ends before the
    /// row does and is not the whole input.
    static func parseHeader(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, options: CSVReadOptions,
                            file: String) throws -> CSVHeader? {
        let start = CSVHeader.byteOrderMarkLength(bytes.baseAddress!, bytes.count)
        return try CSVHeader.parse(bytes.baseAddress!, start: start, count: bytes.count, isFinal: isFinal,
                                   delimiter: options.delimiter, allowBlankNames: options.ignoreEmptyUnnamedColumns,
                                   file: file)
    }

    /// Parses rows from `buffer` (holding `filled` bytes, the first `consumed` already used) and then the
    /// rest of `source`, in buffers, into `parser`.
    static func body(_ source: ByteSource, _ parser: inout CSVChunkParser, buffer: inout [UInt8],
                             filled start: Int, consumed first: Int, atEnd ended: Bool) throws {
        var filled = start, consumed = first, atEnd = ended
        func fill() throws {
            while filled < buffer.count && !atEnd {
                let k = try buffer.withUnsafeMutableBytes { raw in
                    try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
                }
                if k == 0 { atEnd = true } else { filled += k }
            }
        }
        var reserved = false
        while true {
            if consumed > 0 {
                let rest = filled - consumed
                buffer.withUnsafeMutableBufferPointer { b in
                    b.baseAddress!.moveInitialize(from: b.baseAddress! + consumed, count: rest)
                }
                filled = rest
                consumed = 0
            }
            try fill()
            let used = try buffer.withUnsafeBufferPointer { b in
                try parser.parse(UnsafeBufferPointer(rebasing: b[0..<filled]), isFinal: atEnd)
            }
            if !reserved, let size = source.size, parser.rows > 0, used > 0 {
                // Reserve column storage from the average row length of the first buffer.
                parser.reserve(rows: Int(Double(size) / Double(used) * Double(parser.rows) * 1.05) + 16)
                reserved = true
            }
            if atEnd { break }
            consumed = used
            if used == 0 && filled == buffer.count {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))  // one row longer than the buffer
            }
        }
    }
}
