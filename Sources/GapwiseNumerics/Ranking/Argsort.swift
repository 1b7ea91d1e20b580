// Argsort: the stable sorting permutation of a Double array (LSD radix sort, with a plain reference).

/// Namespace for sorting and ranking of `Double` data.
public enum Ranking {
    /// Direction of a sort or ranking.
    public enum Order: Sendable, Equatable {
        /// Smallest value first (rank 1 = smallest).
        case ascending
        /// Largest value first (rank 1 = largest).
        case descending
    }

    /// What to do with NaN (missing) values when sorting.
    public enum NaNPolicy: Sendable, Equatable {
        /// Throw `RankingError.missingValue` naming the first NaN's position (the default).
        case reject
        /// Put NaNs after every number, whatever the direction, in their order of appearance
        /// (R's `order(x, na.last = TRUE)`).
        case last
    }

    /// The stable sorting permutation of `values`.
    ///
    /// Returns `p` such that `values[p[0]], values[p[1]], ...` is in the requested order. The sort is
    /// **stable**: equal values keep their order of appearance, in both directions (so a descending
    /// argsort is *not* the reverse of an ascending one when there are ties). `-0.0` and `+0.0` compare
    /// equal and are treated as ties. Infinities sort as ordinary numbers.
    ///
    /// Algorithm: least-significant-digit radix sort on an order-preserving 64-bit image of each
    /// `Double` (sign bit flipped for positives, all bits flipped for negatives; all bits flipped again
    /// for descending), 11-bit digits, passes skipped where every key shares the digit. O(n) time,
    /// O(n) extra memory. Inputs shorter than 64 use the comparison sort `argsortReference`, which
    /// the tests also compare against.
    ///
    /// - Parameters:
    ///   - values: any doubles; NaN handled per `nan`.
    ///   - order: `.ascending` (default) or `.descending`.
    ///   - nan: `.reject` (default) throws on the first NaN; `.last` places NaNs at the end.
    /// - Throws: `RankingError.missingValue` when a NaN is found and `nan == .reject`.
    public static func argsort(
        _ values: [Double], order: Order = .ascending, nan: NaNPolicy = .reject
    ) throws(Ranking.RankingError) -> [Int] {
        let n = values.count
        var nanIndices: [Int] = []
        for i in 0..<n where values[i].isNaN {
            if nan == .reject { throw .missingValue(argument: "values", index: i) }
            nanIndices.append(i)
        }
        if n < 64 { return referenceArgsort(values, order: order) }
        var items = [KeyedIndex]()
        items.reserveCapacity(n - nanIndices.count)
        let flip: UInt64 = order == .descending ? ~0 : 0
        for i in 0..<n {
            let v = values[i]
            if v.isNaN { continue }
            items.append(KeyedIndex(key: orderedKey(v) ^ flip, index: i))
        }
        radixSort(&items)
        var result = [Int]()
        result.reserveCapacity(n)
        for item in items { result.append(item.index) }
        result.append(contentsOf: nanIndices)
        return result
    }

    /// Plain comparison-sort argsort with the same contract as `argsort` (stable, NaNs last, ±0 tied).
    /// Kept as the reference implementation the radix sort is tested against; O(n log n).
    package static func referenceArgsort(_ values: [Double], order: Order) -> [Int] {
        let idx = Array(values.indices)
        return idx.sorted { a, b in
            let x = values[a], y = values[b]
            if x.isNaN || y.isNaN {
                if x.isNaN && y.isNaN { return a < b }
                return y.isNaN  // numbers before NaN
            }
            if x == y { return a < b }
            return order == .ascending ? x < y : x > y
        }
    }

    /// An unsigned key whose integer order is the numeric order of the non-NaN double `v`
    /// (-0.0 mapped to +0.0 so that the two zeros tie, as `==` says they do).
    @inline(__always)
    static func orderedKey(_ v: Double) -> UInt64 {
        let bits = (v == 0 ? 0.0 : v).bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    /// A sort key travelling with the position it came from (one 16-byte record, one write per move).
    struct KeyedIndex {
        var key: UInt64
        var index: Int
    }

    /// Stable LSD radix sort of `items` by key (11-bit digits, six passes).
    static func radixSort(_ items: inout [KeyedIndex]) {
        let n = items.count
        let bits = 11, bins = 1 << bits, mask = UInt64(bins - 1), passes = 6
        // One read of the keys fills all six histograms.
        var counts = [Int](repeating: 0, count: bins * passes)
        items.withUnsafeBufferPointer { src in
            counts.withUnsafeMutableBufferPointer { c in
                for item in src {
                    for p in 0..<passes { c[p * bins + Int((item.key >> UInt64(p * bits)) & mask)] += 1 }
                }
            }
        }
        // Every slot of the scratch buffer is written by the first executed pass before it is read.
        var other = [KeyedIndex](unsafeUninitializedCapacity: n) { _, count in count = n }
        var offsets = [Int](repeating: 0, count: bins)
        for p in 0..<passes {
            let base = p * bins
            // A pass where every key has the same digit leaves the order unchanged: skip it.
            if counts[base..<(base + bins)].contains(n) { continue }
            var running = 0
            for b in 0..<bins { offsets[b] = running; running += counts[base + b] }
            let shift = UInt64(p * bits)
            items.withUnsafeBufferPointer { src in
                other.withUnsafeMutableBufferPointer { dst in
                    offsets.withUnsafeMutableBufferPointer { off in
                        for item in src {
                            let d = Int((item.key >> shift) & mask)
                            dst[off[d]] = item
                            off[d] += 1
                        }
                    }
                }
            }
            swap(&items, &other)
        }
    }
}
