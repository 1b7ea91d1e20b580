// CSVColumnNames: the column names of a CSV file or worksheet (its header row), read without reading the rows.

extension CSVReader {
    /// The trimmed header names of the CSV file or .xlsx worksheet (`options.sheet`) at `path`, in order,
    /// by the same header rules as `read(file:options:)` (delimiter, byte-order mark, quoting); for resolving
    /// names the caller was given before the strict read. Throws `CSVError` as `read` does for the header.
    public static func columnNames(file path: String, options: CSVReadOptions = CSVReadOptions()) throws -> [String] {
        try columnNames(of: try ByteSource(path: path, name: path), name: path, options: options)
    }

    /// As `columnNames(file:options:)` for a file already in memory (`name` is used in messages), so that a
    /// caller that parses, hashes and resolves names from one input reads the file once.
    public static func columnNames(bytes: [UInt8], name: String, options: CSVReadOptions = CSVReadOptions()) throws -> [String] {
        try columnNames(of: ByteSource(bytes: bytes, piece: 1 << 16, name: name), name: name, options: options)
    }

    private static func columnNames(of source: ByteSource, name path: String, options: CSVReadOptions) throws -> [String] {
        let head = (try? source.peek(at: 0, count: FileSignature.length)) ?? []
        var bytes: [UInt8] = []
        var atEnd = false
        switch FileSignature.of(head) {
        case let .binary(kind, advice):
            throw CSVError.notATable(file: path, kind: kind, advice: advice)
        case .zip:
            let (csv, _) = try XLSXReader.transcribe(source.archive(name: path), name: path, sheet: options.sheet)
            let h = try header(csv, isFinal: true, options: options, delimiter: .comma, file: path)
            return h?.names ?? []
        case .text:
            if let sheet = options.sheet { throw CSVError.sheetOfTextFile(file: path, sheet: sheet) }
        }
        // Text: read until the header row is complete.
        var piece = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let k = try piece.withUnsafeMutableBytes { try source.read(into: $0) }
            if k == 0 { atEnd = true } else { bytes.append(contentsOf: piece[0..<k]) }
            if let h = try header(bytes, isFinal: atEnd, options: options, delimiter: options.delimiter, file: path) {
                return h.names
            }
            if atEnd { return [] }
        }
    }

    private static func header(_ bytes: [UInt8], isFinal: Bool, options: CSVReadOptions, delimiter: CSVDelimiter?,
                               file: String) throws -> CSVHeader? {
        guard !bytes.isEmpty else {
            if isFinal { throw CSVError.emptyFile(file: file) }
            return nil
        }
        var o = options
        o.delimiter = delimiter
        return try bytes.withUnsafeBufferPointer { try parseHeader($0, isFinal: isFinal, options: o, file: file) }
    }
}
