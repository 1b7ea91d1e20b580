// FractionalRankCovariance: Σ w (y − μ)(r − ½) with weighted midpoint fractional ranks by y, over one radix sort of (value, weight) records.

extension Ranking {
    /// `Σ_i w_i (y_i − μ)(r_i − ½)` where `r_i = (C_i + B_i/2)/W` is the weighted fractional rank of
    /// unit i in ascending order of y (C_i the weight of the smaller values, B_i the weight of the block
    /// of values equal to y_i, W = `total`): the rank covariance behind the Gini coefficient
    /// (`G = 2·result/(W μ)`). Tied units share their block's midpoint rank.
    ///
    /// For n ≥ 64, one radix pass scatters 16-byte (key, weight-bits) records, built straight from
    /// `values` and `weights`, into at most 2,048 buckets by the top varying bits of the ordered keys;
    /// each bucket is then sorted in cache on its remaining bits and walked in ascending order of y with
    /// the cumulative weight of the buckets before it (equal values always share a bucket, so tied blocks
    /// are never split). Buckets are grouped into tasks fixed by the data, run on up to `threads` threads,
    /// and the task sums are added in order: the same bits for any thread count. Below 64 values:
    /// ``sortedPairs(_:_:)`` and the block walk.
    ///
    /// - Precondition: equal lengths, no NaN in `values` (callers validate), n ≥ 1.
    package static func fractionalRankCovariance(values: [Double], weights: [Double], mean: Double, total: Double,
                                                 threads: Int = 2) -> Double {
        precondition(values.count == weights.count && !values.isEmpty, "Ranking.fractionalRankCovariance: paired, non-empty input")
        let n = values.count
        if n < 64 {
            let (y, w) = sortedPairs(values, weights)
            return y.withUnsafeBufferPointer { yb in
                w.withUnsafeBufferPointer { wb in
                    rankCovarianceWalk(n, mean: mean, total: total) { (yb[$0], wb[$0]) }
                }
            }
        }
        return values.withUnsafeBufferPointer { v in
            weights.withUnsafeBufferPointer { w in
                bucketedRankCovariance(v, w, mean: mean, total: total, threads: threads)
            }
        }
    }

    /// The large-n path: one MSD radix pass into at most 2,048 buckets by the top varying bits of the
    /// ordered keys (key − min, so the buckets span the data's own range), then each bucket sorted in cache
    /// by LSD radix on its remaining bits (8-bit digits, constant digits skipped) and walked with the
    /// cumulative weight of the buckets before it. Buckets are grouped into tasks of about 2^17 records,
    /// fixed by the data alone; tasks run on up to `threads` threads and their sums are added in order, so
    /// the result is the same bit for bit for any thread count.
    private static func bucketedRankCovariance(_ v: UnsafeBufferPointer<Double>, _ w: UnsafeBufferPointer<Double>,
                                               mean: Double, total: Double, threads: Int) -> Double {
        let n = v.count
        // The three passes over the input run on two fixed halves (on two threads when allowed); each half's
        // records follow the previous half's within a bucket, so the layout does not depend on the threads.
        let parts = n >= 1 << 16 ? 2 : 1
        let bounds = (0...parts).map { $0 * n / parts }
        let ranges = Parallel.map(parts, threads: threads) { p -> (UInt64, UInt64) in
            var lo = UInt64.max, hi = UInt64.min
            for i in bounds[p]..<bounds[p + 1] {
                precondition(!v[i].isNaN, "Ranking.fractionalRankCovariance: NaN at \(i)")
                let k = orderedKey(v[i])
                lo = Swift.min(lo, k)
                hi = Swift.max(hi, k)
            }
            return (lo, hi)
        }
        let lo = ranges.map(\.0).min()!, hi = ranges.map(\.1).max()!
        if lo == hi {  // every value equal: one block
            return rankCovarianceWalk(n, mean: mean, total: total) { (v[$0], w[$0]) }
        }
        let width = UInt64.bitWidth - (hi - lo).leadingZeroBitCount
        let shift = UInt64(Swift.max(0, width - 11))
        let bins = Int((hi - lo) >> shift) + 1
        let partSums = Parallel.map(parts, threads: threads) { p -> ([Int], [Double]) in
            var counts = [Int](repeating: 0, count: bins), weight = [Double](repeating: 0, count: bins)
            for i in bounds[p]..<bounds[p + 1] {
                let b = Int((orderedKey(v[i]) - lo) >> shift)
                counts[b] += 1
                weight[b] += w[i]
            }
            return (counts, weight)
        }
        let partCounts = partSums.map(\.0), partWeights = partSums.map(\.1)
        var start = [Int](repeating: 0, count: bins + 1)
        var bucketWeight = [Double](repeating: 0, count: bins)
        var partNext = [[Int]](repeating: [Int](repeating: 0, count: bins), count: parts)
        for b in 0..<bins {
            var at = start[b]
            for p in 0..<parts {
                partNext[p][b] = at
                at += partCounts[p][b]
                bucketWeight[b] += partWeights[p][b]
            }
            start[b + 1] = at
        }
        let records = UnsafeMutableBufferPointer<KeyedIndex>.allocate(capacity: n)
        defer { records.deallocate() }
        nonisolated(unsafe) let out = records
        _ = Parallel.map(parts, threads: threads) { p -> Int in
            var next = partNext[p]
            for i in bounds[p]..<bounds[p + 1] {
                let k = orderedKey(v[i])
                let b = Int((k - lo) >> shift)
                out[next[b]] = KeyedIndex(key: k, index: Int(bitPattern: UInt(w[i].bitPattern)))
                next[b] += 1
            }
            return 0
        }
        // The cumulative weight before each bucket, and the tasks: runs of buckets of about 2^17 records.
        var before = [Double](repeating: 0, count: bins)
        var running = 0.0
        for b in 0..<bins { before[b] = running; running += bucketWeight[b] }
        var taskStarts = [0]
        for b in 1..<bins where start[b] - start[taskStarts.last!] >= 1 << 17 { taskStarts.append(b) }
        taskStarts.append(bins)
        let tasks = taskStarts.count - 1
        nonisolated(unsafe) let recs = records
        let work: (Int) -> Double = { t in
            // Scratch for the largest bucket of this task only (not n records: fewer pages to fault in).
            let largest = (taskStarts[t]..<taskStarts[t + 1]).map { start[$0 + 1] - start[$0] }.max() ?? 0
            let scratch = UnsafeMutableBufferPointer<KeyedIndex>.allocate(capacity: Swift.max(1, largest))
            defer { scratch.deallocate() }
            var sum = 0.0
            for b in taskStarts[t]..<taskStarts[t + 1] where start[b + 1] > start[b] {
                let range = start[b]..<start[b + 1]
                msdSort(recs, scratch, base: range.lowerBound, range, bits: shift, offset: lo)
                let sorted = recs
                sum += rankCovarianceWalk(range.count, mean: mean, total: total, cumulative: before[b]) { i in
                    let k = sorted[range.lowerBound + i].key
                    return (Double(bitPattern: k & (1 << 63) != 0 ? k & ~(1 << 63) : ~k),
                            Double(bitPattern: UInt64(UInt(bitPattern: sorted[range.lowerBound + i].index))))
                }
            }
            return sum
        }
        let partial = Parallel.map(tasks, threads: threads, work)
        return partial.reduce(0, +)
    }

    /// Sorts `a[range]` (one bucket: keys whose `key − offset` share every bit above `bits`) by the low
    /// `bits` bits of `key − offset`, in place, with `b[(i − base)]` as scratch for `a[i]`: MSD radix on up
    /// to 11 bits at a time (8 for short ranges; a digit every record shares costs one count and no move),
    /// down to runs of at most 32 records, which take insertion sort on the whole key.
    private static func msdSort(_ a: UnsafeMutableBufferPointer<KeyedIndex>, _ b: UnsafeMutableBufferPointer<KeyedIndex>,
                                base: Int, _ range: Range<Int>, bits: UInt64, offset: UInt64) {
        let count = range.count
        if count <= 32 || bits == 0 {
            if bits == 0 { return }  // every key in the range is equal
            for i in (range.lowerBound + 1)..<range.upperBound {
                let item = a[i]
                var j = i
                while j > range.lowerBound && a[j - 1].key > item.key { a[j] = a[j - 1]; j -= 1 }
                a[j] = item
            }
            return
        }
        let digitBits = Swift.min(bits, count > 4096 ? 11 : 8)
        let shift = bits - digitBits, bins = 1 << Int(digitBits), digitMask = UInt64(bins - 1)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: bins + 1) { start in
            start.initialize(repeating: 0)
            for i in range { start[Int(((a[i].key &- offset) >> shift) & digitMask) + 1] += 1 }
            if start[Int(((a[range.lowerBound].key &- offset) >> shift) & digitMask) + 1] == count {
                msdSort(a, b, base: base, range, bits: shift, offset: offset)  // one digit for all: nothing to move
                return
            }
            start[0] = range.lowerBound
            for d in 0..<bins { start[d + 1] += start[d] }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: bins) { next in
                for d in 0..<bins { next[d] = start[d] }
                for i in range {
                    let d = Int(((a[i].key &- offset) >> shift) & digitMask)
                    b[next[d] - base] = a[i]
                    next[d] += 1
                }
            }
            for i in range { a[i] = b[i - base] }
            for d in 0..<bins where start[d + 1] - start[d] > 1 {
                msdSort(a, b, base: base, start[d]..<start[d + 1], bits: shift, offset: offset)
            }
        }
    }

    /// The block walk over pairs in ascending order: Σ_blocks B (y − μ)((C + B/2)/W − ½).
    @inline(__always)
    private static func rankCovarianceWalk(_ n: Int, mean: Double, total: Double, cumulative before: Double = 0,
                                           _ pair: (Int) -> (Double, Double)) -> Double {
        var cumulative = before, sum = 0.0, start = 0
        var (y, blockWeight) = pair(0)
        while start < n {
            var end = start + 1
            var next = (0.0, 0.0)
            while end < n {
                next = pair(end)
                if next.0 != y { break }
                blockWeight += next.1
                end += 1
            }
            let centredRank = (cumulative + blockWeight / 2) / total - 0.5
            sum += blockWeight * (y - mean) * centredRank
            cumulative += blockWeight
            start = end
            (y, blockWeight) = next
        }
        return sum
    }
}
