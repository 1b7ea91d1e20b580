// FractionalRankCovariance: Σ w (y − μ)(r − ½) with weighted midpoint fractional ranks (by y: Gini; by another variable: concentration index), over one bucketed radix sort.

extension Ranking {
    /// `Σ_i w_i (y_i − μ)(r_i − ½)` where `r_i = (C_i + B_i/2)/W` is the weighted fractional rank of
    /// unit i in ascending order of y (C_i the weight of the smaller values, B_i the weight of the block
    /// of values equal to y_i, W = `total`): the rank covariance behind the Gini coefficient
    /// (`G = 2·result/(W μ)`). Tied units share their block's midpoint rank.
    ///
    /// For n ≥ 64, one radix pass scatters 16-byte (key, weight) records, built straight from
    /// `values` and `weights`, into at most 2,048 buckets by the top varying bits of the ordered keys;
    /// each bucket is then sorted in cache on its remaining bits and walked in ascending order of y with
    /// the cumulative weight of the buckets before it (equal values always share a bucket, so tied blocks
    /// are never split). Buckets are grouped into tasks fixed by the data, run on up to `threads` threads,
    /// and the task sums are added in order: the same bits for any thread count. Below 64 values: the
    /// records sorted by key and the same block walk.
    ///
    /// - Precondition: equal lengths, no NaN in `values` (callers validate), n ≥ 1.
    package static func fractionalRankCovariance(values: [Double], weights: [Double], mean: Double, total: Double,
                                                 threads: Int = 2) -> Double {
        precondition(values.count == weights.count && !values.isEmpty, "Ranking.fractionalRankCovariance: paired, non-empty input")
        return values.withUnsafeBufferPointer { v in
            weights.withUnsafeBufferPointer { w in
                rankCovariance(keys: v, values: nil, weights: w, mean: mean, total: total, threads: threads)
            }
        }
    }

    /// `Σ_i w_i (y_i − μ)(r_i − ½)` with `r_i` the weighted fractional rank of unit i in ascending order of
    /// `rankedBy` (units with equal `rankedBy` share their block's midpoint rank): the rank covariance behind
    /// the concentration index (`CI = 2·result/(W μ)`). Same bucketed sort and walk as the Gini form, with
    /// 24-byte records carrying the value beside the key and the weight; a block of tied keys adds
    /// `Σ_block w (y − μ) · ((C + B/2)/W − ½)`.
    ///
    /// - Precondition: equal lengths, no NaN in `rankedBy` (callers validate), n ≥ 1.
    package static func fractionalRankCovariance(values: [Double], rankedBy: [Double], weights: [Double], mean: Double,
                                                 total: Double, threads: Int = 2) -> Double {
        precondition(values.count == weights.count && rankedBy.count == values.count && !values.isEmpty,
                     "Ranking.fractionalRankCovariance: paired, non-empty input")
        return rankedBy.withUnsafeBufferPointer { k in
            values.withUnsafeBufferPointer { v in
                weights.withUnsafeBufferPointer { w in
                    rankCovariance(keys: k, values: v, weights: w, mean: mean, total: total, threads: threads)
                }
            }
        }
    }

    /// A unit in the sort: the ordered key of its ranking value, its weight and its value.
    protocol RankedUnit {
        /// Whether the value is a function of the key (then a tied block shares one value).
        static var valueFollowsKey: Bool { get }
        init(key: UInt64, weight: Double, value: Double)
        var key: UInt64 { get }
        var weight: Double { get }
        var value: Double { get }
    }

    /// Gini: the value is the ranking value itself, decoded from the key (16 bytes a record).
    struct KeyRecord: RankedUnit {
        static var valueFollowsKey: Bool { true }
        let key: UInt64
        let weight: Double
        init(key: UInt64, weight: Double, value: Double) { self.key = key; self.weight = weight }
        var value: Double { Double(bitPattern: key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key) }
    }

    /// Concentration index: the value travels beside the key of the ranking variable (24 bytes a record).
    struct RankRecord: RankedUnit {
        static var valueFollowsKey: Bool { false }
        let key: UInt64
        let weight: Double
        let value: Double
    }

    /// Both forms: the value is the key's own double when `values` is nil (Gini).
    private static func rankCovariance(keys: UnsafeBufferPointer<Double>, values: UnsafeBufferPointer<Double>?,
                                       weights: UnsafeBufferPointer<Double>, mean: Double, total: Double,
                                       threads: Int) -> Double {
        let n = keys.count
        if n < 64 {
            var records = (0..<n).map { i in
                precondition(!keys[i].isNaN, "Ranking.fractionalRankCovariance: NaN at \(i)")
                return RankRecord(key: orderedKey(keys[i]), weight: weights[i], value: values?[i] ?? keys[i])
            }
            records.sort { $0.key < $1.key }
            return records.withUnsafeBufferPointer { r in blockWalk(r, 0..<n, mean: mean, total: total, cumulative: 0) }
        }
        return values == nil
            ? bucketedRankCovariance(KeyRecord.self, keys, values, weights, mean: mean, total: total, threads: threads)
            : bucketedRankCovariance(RankRecord.self, keys, values, weights, mean: mean, total: total, threads: threads)
    }

    /// The large-n path: one MSD radix pass into at most 2,048 buckets by the top varying bits of the
    /// ordered keys (key − min, so the buckets span the data's own range), then each bucket sorted in cache
    /// by MSD radix on its remaining bits (`msdSort`) and walked with the
    /// cumulative weight of the buckets before it. Buckets are grouped into tasks of about 2^17 records,
    /// fixed by the data alone; tasks run on up to `threads` threads and their sums are added in order, so
    /// the result is the same bit for bit for any thread count.
    private static func bucketedRankCovariance<R: RankedUnit>(_: R.Type, _ v: UnsafeBufferPointer<Double>,
                                                              _ y: UnsafeBufferPointer<Double>?,
                                               _ w: UnsafeBufferPointer<Double>,
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
        if lo == hi {  // every key equal: one block
            var weight = 0.0, deviation = 0.0
            for i in 0..<n { weight += w[i]; deviation += w[i] * ((y?[i] ?? v[i]) - mean) }
            return deviation * ((weight / 2) / total - 0.5)
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
        let records = UnsafeMutableBufferPointer<R>.allocate(capacity: n)
        defer { records.deallocate() }
        nonisolated(unsafe) let out = records
        _ = Parallel.map(parts, threads: threads) { p -> Int in
            var next = partNext[p]
            for i in bounds[p]..<bounds[p + 1] {
                let k = orderedKey(v[i])
                let b = Int((k - lo) >> shift)
                out[next[b]] = R(key: k, weight: w[i], value: y?[i] ?? v[i])
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
            let scratch = UnsafeMutableBufferPointer<R>.allocate(capacity: Swift.max(1, largest))
            defer { scratch.deallocate() }
            var sum = 0.0
            for b in taskStarts[t]..<taskStarts[t + 1] where start[b + 1] > start[b] {
                let range = start[b]..<start[b + 1]
                msdSort(recs, scratch, base: range.lowerBound, range, bits: shift, offset: lo)
                sum += blockWalk(UnsafeBufferPointer(recs), range, mean: mean, total: total, cumulative: before[b])
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
    private static func msdSort<R: RankedUnit>(_ a: UnsafeMutableBufferPointer<R>, _ b: UnsafeMutableBufferPointer<R>,
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

    /// The block walk over records in ascending key order: Σ_blocks D ((C + B/2)/W − ½), where a block is
    /// a run of equal keys with weight B and weighted deviation D = Σ w (y − μ), and C is the weight before it.
    private static func blockWalk<R: RankedUnit>(_ r: UnsafeBufferPointer<R>, _ range: Range<Int>, mean: Double, total: Double,
                                  cumulative before: Double) -> Double {
        var cumulative = before, sum = 0.0, i = range.lowerBound
        while i < range.upperBound {
            let key = r[i].key
            var weight = 0.0, deviation = 0.0
            if R.valueFollowsKey {
                // One value per block: D = B (y − μ).
                let centred = r[i].value - mean
                while i < range.upperBound && r[i].key == key { weight += r[i].weight; i += 1 }
                deviation = weight * centred
            } else {
                while i < range.upperBound && r[i].key == key {
                    weight += r[i].weight
                    deviation += r[i].weight * (r[i].value - mean)
                    i += 1
                }
            }
            sum += deviation * ((cumulative + weight / 2) / total - 0.5)
            cumulative += weight
        }
        return sum
    }
}
