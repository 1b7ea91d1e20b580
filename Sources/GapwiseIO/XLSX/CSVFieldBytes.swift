// CSVFieldBytes: one cell's text as an RFC 4180 field (quoted only when it holds a comma, quote or line break).

enum CSVFieldBytes {
    /// Appends `text` to `out` as one CSV field: as it is, or enclosed in quotes with inner quotes doubled
    /// when it holds a comma, a quote, CR or LF (so the CSV reader gives back exactly `text`).
    @inline(__always)
    static func append(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var plain = true
        for b in text where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
            plain = false
            break
        }
        if plain { out.append(contentsOf: text); return }
        out.append(0x22)
        for b in text {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
    }

    static func append(_ text: [UInt8], to out: inout [UInt8]) {
        text.withUnsafeBufferPointer { append($0, to: &out) }
    }
}
