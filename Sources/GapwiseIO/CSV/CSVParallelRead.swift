// CSVParallelRead: large CSV inputs parsed as two halves on two threads, split at a row end, joined column by column.
import Dispatch

extension CSVReader {
    /// Inputs smaller than this are read in one pass on one thread (the second thread would not pay off).
    static let parallelMinimumBytes = 8 << 20

    /// Reads an input of at least `parallelMinimumBytes` as two halves side by side: the header from the
    /// first bytes, then the data rows before and after the first LF past the middle, each half with its own
    /// parser and buffers, and the halves' columns joined in order. Returns nil, and the caller reads the
    /// input in one pass, whenever the result could differ from that pass's:
    /// - any error in either half (the one-pass read then reports the first error, with its true row);
    /// - the first half ending inside a quoted field (the LF was inside quotes: an unterminated-quote error
    ///   in the first half), so a half never starts inside a field;
    /// - a column read differently by the halves (numbers in one, text in the other, or numbers then text
    ///   in either: the one-pass read re-reads such a column as text).
    /// The result is otherwise identical to the one-pass read: the same values in the same rows.
    static func parallelRead(_ source: ByteSource, name: String, options: CSVReadOptions, bufferSize: Int) throws -> CSVTable? {
        guard let size = source.size, size >= parallelMinimumBytes else { return nil }
        let head = try source.peek(at: 0, count: Swift.min(size, 1 << 20))
        let parsed = try head.withUnsafeBufferPointer { try parseHeader($0, isFinal: $0.count == size, options: options, file: name) }
        guard let header = parsed else { return nil }
        let kinds = try plan(header, options, file: name)
        let middle = header.end + (size - header.end) / 2
        guard let lf = try source.peek(at: middle, count: 1 << 16).firstIndex(of: CSVChunkParser.lf) else { return nil }
        let split = middle + lf + 1
        guard split < size else { return nil }
        let ranges = [header.end..<split, split..<size]
        // Each half has its own source (and, for a file, its own descriptor): nothing is shared. The first
        // half reserves column storage for the whole input, so the second half's values join it in place.
        nonisolated(unsafe) let parts = [try source.subrange(ranges[0], size: size - header.end),
                                         try source.subrange(ranges[1])]
        nonisolated(unsafe) var results: [CSVChunkParser?] = [nil, nil]
        results.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                var parser = CSVChunkParser(file: name, names: header.names, delimiter: header.delimiter, kinds: kinds,
                                            options: options)
                var buffer = [UInt8](repeating: 0, count: Swift.max(bufferSize, 16))
                do {
                    try body(parts[i], &parser, buffer: &buffer, filled: 0, consumed: 0, atEnd: false)
                    out[i] = parser
                } catch {
                    out[i] = nil
                }
            }
        }
        guard let a = results[0], let b = results[1], !a.pendingText.contains(true), !b.pendingText.contains(true) else {
            return nil
        }
        var columns: [CSVColumn] = []
        for (k, columnName) in header.names.enumerated() {
            let sa = a.slot(k), sb = b.slot(k)
            switch (sa.kind, sb.kind) {
            case (.skip, .skip), (.blankOnly, .blankOnly):
                continue
            case (.number, .number), (.inferred, .inferred):
                a.store.numbers[sa.index].append(contentsOf: b.store.numbers[sb.index])
                let x = a.store.numbers[sa.index]
                columns.append(CSVColumn(name: columnName, data: .number(CSVNumberColumn(values: x.values, isMissing: x.missing))))
            case (.text, .text):
                let x = a.textSinks[sa.index], y = b.textSinks[sb.index]
                columns.append(CSVColumn(name: columnName, data: .text(CSVTextColumn(
                    values: x.values + y.values, isMissing: x.missing + y.missing))))
            default:
                return nil
            }
        }
        return CSVTable(file: name, delimiter: header.delimiter, rowCount: a.rows + b.rows, columns: columns)
    }
}
