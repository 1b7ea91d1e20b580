// SortedPairs: values sorted ascending together with a companion array (radix sort of 16-byte records, no index gathers).

extension Ranking {
    /// `values` sorted ascending, and `companion` permuted the same way (stable: ties keep input order).
    ///
    /// Equivalent to gathering both arrays through `argsort(values)`, but the companion's bit pattern
    /// travels inside the sort record in place of the index, and the sorted values are decoded from the
    /// order-preserving keys, so no random-access gather follows the sort: on 10⁷ values this is the
    /// difference between streaming and two cache misses per element. Same LSD radix sort as `argsort`
    /// (11-bit digits, passes where every key shares the digit skipped); inputs shorter than 64 use the
    /// comparison sort. `-0.0` sorts as (and comes back as) `+0.0`.
    ///
    /// - Precondition: no NaN in `values` (the callers have validated them); equal lengths.
    package static func sortedPairs(_ values: [Double], _ companion: [Double]) -> (values: [Double], companion: [Double]) {
        precondition(values.count == companion.count, "Ranking.sortedPairs: arrays must pair up")
        let n = values.count
        if n < 64 {
            let p = referenceArgsort(values, order: .ascending)
            return (p.map { values[$0] == 0 ? 0 : values[$0] }, p.map { companion[$0] })
        }
        var items = [KeyedIndex](unsafeUninitializedCapacity: n) { buffer, count in
            values.withUnsafeBufferPointer { v in
                companion.withUnsafeBufferPointer { c in
                    for i in 0..<n {
                        precondition(!v[i].isNaN, "Ranking.sortedPairs: NaN at \(i)")
                        buffer[i] = KeyedIndex(key: orderedKey(v[i]), index: Int(bitPattern: UInt(c[i].bitPattern)))
                    }
                }
            }
            count = n
        }
        radixSort(&items)
        var sorted = [Double](repeating: 0, count: n), other = [Double](repeating: 0, count: n)
        items.withUnsafeBufferPointer { src in
            sorted.withUnsafeMutableBufferPointer { s in
                other.withUnsafeMutableBufferPointer { o in
                    for i in 0..<n {
                        let k = src[i].key
                        s[i] = Double(bitPattern: k & (1 << 63) != 0 ? k & ~(1 << 63) : ~k)
                        o[i] = Double(bitPattern: UInt64(UInt(bitPattern: src[i].index)))
                    }
                }
            }
        }
        return (sorted, other)
    }
}
