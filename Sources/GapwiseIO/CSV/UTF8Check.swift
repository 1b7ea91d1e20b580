// UTF8Check: a fast all-ASCII test for a buffer and strict UTF-8 validation of one field's bytes.

enum UTF8Check {
    /// Whether every byte of `b` is below 0x80 (then the bytes are valid UTF-8 without further checks).
    static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var acc: UInt8 = 0
        for c in b { acc |= c }
        return acc < 0x80
    }

    /// Whether `p[start..<end]` is well-formed UTF-8 (no overlong forms, surrogates or values above U+10FFFF).
    static func isValid(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let bytes = UnsafeBufferPointer(start: p + start, count: end - start)
        var decoder = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
