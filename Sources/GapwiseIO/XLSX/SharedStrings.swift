// SharedStrings: the workbook's shared-string table (xl/sharedStrings.xml), each string kept as a ready CSV field.

/// The strings that cells of type `s` refer to by index (ECMA-376 Part 1, 18.4): each `<si>` is plain
/// `<t>` text or rich-text runs `<r><t>…</t></r>`, concatenated; phonetic guides (`<rPh>`) are not part of
/// the value. Each string is stored as the CSV field that spells it (see `CSVFieldBytes`).
struct SharedStrings: XMLScanHandler {
    /// The CSV fields, back to back; string k is `fields[ends[k-1]..<ends[k]]`.
    private(set) var fields: [UInt8] = []
    private(set) var ends: [Int] = []
    private var text: [UInt8] = []
    private var inItem = false, inText = false, inPhonetic = false

    var count: Int { ends.count }

    /// The bytes of string `k` as a CSV field (empty for the empty string).
    func field(_ k: Int) -> Range<Int> { (k == 0 ? 0 : ends[k - 1])..<ends[k] }

    mutating func open(_ name: UnsafeBufferPointer<UInt8>, tag: UnsafeBufferPointer<UInt8>, selfClosing: Bool) throws {
        if XMLScanner.is(name, "si") {
            text.removeAll(keepingCapacity: true)
            inItem = !selfClosing
            if selfClosing { ends.append(fields.count) }
        } else if XMLScanner.is(name, "t") {
            inText = inItem && !selfClosing && !inPhonetic
        } else if XMLScanner.is(name, "rPh") {
            inPhonetic = !selfClosing
        }
    }

    mutating func close(_ name: UnsafeBufferPointer<UInt8>) throws {
        if XMLScanner.is(name, "t") {
            inText = false
        } else if XMLScanner.is(name, "rPh") {
            inPhonetic = false
        } else if XMLScanner.is(name, "si") {
            CSVFieldBytes.append(XMLText.unescapeExcel(text), to: &fields)
            ends.append(fields.count)
            inItem = false
        }
    }

    mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws {
        guard inText else { return }
        if cdata { text.append(contentsOf: raw) } else { try XMLText.decode(raw, into: &text) }
    }
}
