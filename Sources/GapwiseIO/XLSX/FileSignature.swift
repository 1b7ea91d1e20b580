// FileSignature: what a file is from its first bytes (zip, or a binary format that is not a table), before CSV parsing.

/// What the first bytes of an input say it is.
enum FileSignature: Equatable {
    /// Text (or too short to tell): read as CSV.
    case text
    /// A zip container: an .xlsx workbook, or some other zip (told apart by its `[Content_Types].xml`).
    case zip
    /// A binary format that holds no table Gapwise reads; `kind` completes "this is … file", `advice` what to do.
    case binary(kind: String, advice: String)

    /// The number of leading bytes `of` looks at.
    static let length = 16

    private static let saveAs = "open it in a spreadsheet program and save it as .xlsx or CSV"

    /// Classifies the first bytes of an input (fewer than `length` when the input is shorter).
    static func of(_ head: [UInt8]) -> FileSignature {
        func starts(_ magic: [UInt8]) -> Bool { head.count >= magic.count && Array(head.prefix(magic.count)) == magic }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) || starts([0x50, 0x4B, 0x07, 0x08]) {
            return .zip
        }
        let known: [([UInt8], String, String)] = [
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an Office 97-2003 (.xls or .doc)", saveAs),
            (Array("%PDF-".utf8), "a PDF", "export its table to CSV first"),
            ([0x1F, 0x8B], "a gzip-compressed", "decompress it first (gunzip)"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz-compressed", "decompress it first (unxz)"),
            ([0x28, 0xB5, 0x2F, 0xFD], "a zstd-compressed", "decompress it first (unzstd)"),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive", "extract the table from it first"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image", "give the data file instead"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image", "give the data file instead"),
            (Array("GIF89a".utf8), "a GIF image", "give the data file instead"),
            (Array("GIF87a".utf8), "a GIF image", "give the data file instead"),
            (Array("SQLite format 3".utf8) + [0], "an SQLite database", "export the table to CSV first"),
            ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)", "give the data file instead"),
            ([0xFF, 0xFE], "a UTF-16 text", "re-save it as UTF-8"),
            ([0xFE, 0xFF], "a UTF-16 text", "re-save it as UTF-8"),
        ]
        // bzip2: "BZh", the block size digit 1-9, then the first block's magic "1AY&SY" (π's digits in BCD).
        if starts(Array("BZh".utf8)), head.count >= 10, (0x31...0x39).contains(head[3]), Array(head[4..<10]) == Array("1AY&SY".utf8) {
            return .binary(kind: "a bzip2-compressed", advice: "decompress it first (bunzip2)")
        }
        for (magic, kind, advice) in known where starts(magic) {
            return .binary(kind: kind, advice: advice)
        }
        return .text
    }
}
