// SheetCells: the cells holding a value in one worksheet's XML, scanned as it streams, each kept as a CSV field.

/// Collects the non-empty cells of a worksheet part (ECMA-376 Part 1, 18.3.1.4 `c`, 18.18.11 cell types):
/// numbers (no type, or `n`) keep the text of `<v>` exactly, for the CSV number reader to round once;
/// shared strings (`s`) are looked up; inline strings (`inlineStr`) join their `<t>` runs; booleans (`b`)
/// read TRUE/FALSE; formula strings (`str`), errors (`e`, e.g. `#N/A`) and ISO dates (`d`) keep their text.
/// A formula's own text (`<f>`) is never read, only its cached value. A cell with no value, or an empty
/// string, is left out. A cell reference `r="C12"` places the cell; without one, a cell follows the
/// previous one in its row (and a row without `r` follows the previous row).
struct SheetCells: XMLScanHandler {
    /// The cells in sheet order: 1-based row and column, and the end of the cell's CSV field in `fields`.
    private(set) var rows: [Int32] = []
    private(set) var columns: [Int32] = []
    private(set) var ends: [Int] = []
    private(set) var fields: [UInt8] = []
    private(set) var widest = 0
    /// The leftmost column holding a value (Int.max before any cell).
    private(set) var leftmost = Int.max

    private let strings: SharedStrings
    private let sheet: String
    private enum Kind { case number, shared, inline, boolean, text }
    private var row = 0, column = 0
    private var kind = Kind.number
    private var inSheetData = false, inCell = false, inValue = false, inInline = false, inPhonetic = false, inText = false
    private var value: [UInt8] = []
    private var cellName = ""

    /// Excel's limits: 1,048,576 rows and 16,384 columns (XFD).
    static let maxRow = 1_048_576, maxColumn = 16_384

    init(strings: SharedStrings, sheet: String) {
        self.strings = strings
        self.sheet = sheet
        value.reserveCapacity(64)
    }

    /// The field bytes of cell `k`.
    func field(_ k: Int) -> Range<Int> { (k == 0 ? 0 : ends[k - 1])..<ends[k] }

    mutating func open(_ name: UnsafeBufferPointer<UInt8>, tag: UnsafeBufferPointer<UInt8>, selfClosing: Bool) throws {
        if !inSheetData {
            if XMLScanner.is(name, "sheetData") { inSheetData = !selfClosing }
            return
        }
        if XMLScanner.is(name, "c") {
            try startCell(tag)
            inCell = !selfClosing
        } else if inCell {
            if XMLScanner.is(name, "v") {
                inValue = !selfClosing
            } else if XMLScanner.is(name, "is") {
                inInline = !selfClosing
            } else if XMLScanner.is(name, "t") {
                inText = inInline && !inPhonetic && !selfClosing
            } else if XMLScanner.is(name, "rPh") {
                inPhonetic = !selfClosing
            }
        } else if XMLScanner.is(name, "row") {
            var r = row + 1
            try Self.attributes(tag) { attribute, v in
                if attribute == UInt8(ascii: "r") {
                    guard let n = Self.integer(v), n >= 1, n <= Self.maxRow else {
                        throw XMLScanError(reason: "sheet \"\(sheet)\": row number \"\(String(decoding: v, as: UTF8.self))\" is not one Excel has")
                    }
                    r = n
                }
            }
            guard r > row else {
                throw XMLScanError(reason: "sheet \"\(sheet)\": row \(r) comes after row \(row); rows must be in order")
            }
            row = r
            column = 0
        }
    }

    mutating func close(_ name: UnsafeBufferPointer<UInt8>) throws {
        guard inSheetData else { return }
        if inCell {
            if XMLScanner.is(name, "c") { try endCell() }
            else if XMLScanner.is(name, "v") { inValue = false }
            else if XMLScanner.is(name, "is") { inInline = false }
            else if XMLScanner.is(name, "t") { inText = false }
            else if XMLScanner.is(name, "rPh") { inPhonetic = false }
        } else if XMLScanner.is(name, "sheetData") {
            inSheetData = false
        }
    }

    mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws {
        guard inValue || inText else { return }
        if cdata { value.append(contentsOf: raw) } else { try XMLText.decode(raw, into: &value) }
    }

    /// A `<c>` tag: its place (from `r`, or after the previous cell) and its type (`t`).
    private mutating func startCell(_ tag: UnsafeBufferPointer<UInt8>) throws {
        var c = column + 1
        var k = Kind.number
        var reference: UnsafeBufferPointer<UInt8>?
        try Self.attributes(tag) { attribute, v in
            if attribute == UInt8(ascii: "r") {
                reference = v
            } else if attribute == UInt8(ascii: "t") {
                if XMLScanner.is(v, "s") { k = .shared }
                else if XMLScanner.is(v, "inlineStr") { k = .inline }
                else if XMLScanner.is(v, "b") { k = .boolean }
                else if XMLScanner.is(v, "n") { k = .number }
                else { k = .text }  // str, e, d
            }
        }
        if let reference {
            // Letters then digits: the column from the letters; the digits must name the current row.
            var letters = 0, n = 0, i = 0
            while i < reference.count, case let b = reference[i] | 0x20, b >= 0x61 && b <= 0x7A {
                n = n * 26 + Int(b - 0x60)
                letters += 1
                i += 1
            }
            let digits = Self.integer(UnsafeBufferPointer(rebasing: reference[i...]))
            guard letters >= 1, letters <= 3, n <= Self.maxColumn, let digits, digits == row || row == 0 else {
                throw XMLScanError(reason: "sheet \"\(sheet)\": the cell reference \"\(String(decoding: reference, as: UTF8.self))\" does not name a cell of row \(row)")
            }
            if row == 0 { row = digits }
            c = n
        }
        guard c > column else {
            throw XMLScanError(reason: "sheet \"\(sheet)\": cell \(Self.name(column: c, row: row)) comes after \(Self.name(column: column, row: row)); cells must be in order")
        }
        guard row >= 1 else { throw XMLScanError(reason: "sheet \"\(sheet)\": a cell lies outside any row") }
        column = c
        kind = k
        value.removeAll(keepingCapacity: true)
        inValue = false; inInline = false; inText = false; inPhonetic = false
    }

    /// `</c>`: keeps the cell when it holds a value.
    private mutating func endCell() throws {
        inCell = false
        guard !value.isEmpty else { return }
        let before = fields.count
        switch kind {
        case .number:
            // Trimmed of surrounding white space, which the number grammar would refuse.
            var a = 0, b = value.count
            while a < b && value[a] <= 0x20 { a += 1 }
            while b > a && value[b - 1] <= 0x20 { b -= 1 }
            value.withUnsafeBufferPointer { CSVFieldBytes.append(UnsafeBufferPointer(rebasing: $0[a..<b]), to: &fields) }
        case .shared:
            guard let k = value.withUnsafeBufferPointer({ Self.integer($0) }), k < strings.count else {
                throw XMLScanError(reason: "sheet \"\(sheet)\": cell \(Self.name(column: column, row: row)) refers to shared string \"\(String(decoding: value, as: UTF8.self))\", but the workbook has \(strings.count)")
            }
            fields.append(contentsOf: strings.fields[strings.field(k)])
        case .inline:
            CSVFieldBytes.append(XMLText.unescapeExcel(value), to: &fields)
        case .boolean:
            let truth = value.count == 1 && value[0] == UInt8(ascii: "1")
            fields.append(contentsOf: Array((truth ? "TRUE" : "FALSE").utf8))
        case .text:
            CSVFieldBytes.append(XMLText.unescapeExcel(value), to: &fields)
        }
        guard fields.count > before else { return }  // an empty shared string
        rows.append(Int32(row))
        columns.append(Int32(column))
        ends.append(fields.count)
        widest = max(widest, column)
        leftmost = min(leftmost, column)
    }

    /// Calls `body` with each attribute's local name (its first byte when it is one byte long, else 0) and raw value.
    @inline(__always)
    private static func attributes(_ tag: UnsafeBufferPointer<UInt8>,
                                   _ body: (UInt8, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard let p = tag.baseAddress else { return }
        let n = tag.count
        var j = 0
        while j < n && p[j] > 0x20 && p[j] != XMLScanner.slash { j += 1 }
        while j < n {
            while j < n && (p[j] <= 0x20 || p[j] == XMLScanner.slash) { j += 1 }
            guard j < n else { return }
            var start = j
            while j < n && p[j] != UInt8(ascii: "=") && p[j] > 0x20 {
                if p[j] == XMLScanner.colon { start = j + 1 }
                j += 1
            }
            let single: UInt8 = j - start == 1 ? p[start] : 0
            while j < n && p[j] != XMLScanner.quote && p[j] != XMLScanner.apostrophe { j += 1 }
            guard j < n else { throw XMLScanError(reason: "an attribute has no quoted value") }
            let q = p[j]
            let v = j + 1
            j = v
            while j < n && p[j] != q { j += 1 }
            try body(single, UnsafeBufferPointer(start: p + v, count: j - v))
            j += 1
        }
    }

    /// A non-negative decimal integer of at most 9 digits, or nil.
    @inline(__always)
    static func integer(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        var n = 0
        for b in digits {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    /// The A1-style name of a cell (column letters, row number).
    static func name(column: Int, row: Int) -> String {
        var letters: [Character] = []
        var c = column
        while c > 0 {
            let r = (c - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            c = (c - 1) / 26
        }
        return String(letters) + String(row)
    }
}
