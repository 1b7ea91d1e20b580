// XMLText: the text of a workbook's XML: predefined entities, character references and Excel's _xHHHH_ escapes.

enum XMLText {
    /// Appends `raw` to `out` with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#N;` and `&#xH;` expanded.
    static func decode(_ raw: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) throws {
        guard let p = raw.baseAddress else { return }
        let n = raw.count
        var i = 0
        while i < n {
            var j = i
            while j < n && p[j] != UInt8(ascii: "&") { j += 1 }
            out.append(contentsOf: UnsafeBufferPointer(start: p + i, count: j - i))
            guard j < n else { return }
            var k = j + 1
            while k < n && p[k] != UInt8(ascii: ";") && k - j < 12 { k += 1 }
            guard k < n, p[k] == UInt8(ascii: ";") else { throw XMLScanError(reason: "an '&' does not start an entity") }
            let name = String(decoding: UnsafeBufferPointer(start: p + j + 1, count: k - j - 1), as: UTF8.self)
            switch name {
            case "amp": out.append(UInt8(ascii: "&"))
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                let code: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") { code = UInt32(name.dropFirst(2), radix: 16) }
                else if name.hasPrefix("#") { code = UInt32(name.dropFirst(), radix: 10) }
                else { code = nil }
                guard let code, let scalar = Unicode.Scalar(code) else {
                    throw XMLScanError(reason: "the entity &\(name); is not one XML defines")
                }
                out.append(contentsOf: String(Character(scalar)).utf8)
            }
            i = k + 1
        }
    }

    /// Undoes Excel's escapes of characters XML cannot carry: `_xHHHH_` is the UTF-16 code unit HHHH (a
    /// surrogate pair takes two), and `_x005F_` escapes a literal underscore (ECMA-376 Part 1, 22.9.2.19).
    static func unescapeExcel(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 7, bytes.contains(UInt8(ascii: "_")) else { return bytes }
        var units: [UInt16] = []
        var out: [UInt8] = []
        var i = 0
        func flush() {
            if !units.isEmpty { out.append(contentsOf: String(decoding: units, as: UTF16.self).utf8); units.removeAll() }
        }
        while i < bytes.count {
            if i + 7 <= bytes.count, bytes[i] == UInt8(ascii: "_"), bytes[i + 1] == UInt8(ascii: "x"),
               bytes[i + 6] == UInt8(ascii: "_"),
               let u = UInt16(String(decoding: bytes[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16) {
                units.append(u)
                i += 7
                continue
            }
            flush()
            out.append(bytes[i])
            i += 1
        }
        flush()
        return out
    }
}
