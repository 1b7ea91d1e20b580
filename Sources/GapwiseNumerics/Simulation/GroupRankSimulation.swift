// GroupRankSimulation: seeded simulation of within-group ranks (rank histograms, exceedance counts), any thread count.
import Dispatch
import Foundation

/// How the simulated score of every item is drawn in one replicate.
package enum SimulatedScoreModel: Sendable {
    /// `S_i = mean_i + sd_i · Z_i`, one standard normal `Z_i` per item per replicate (the exact distribution
    /// of a fixed linear combination of independent normal indicator values), drawn by the ziggurat
    /// method (`nextZigguratNormal`).
    case normal(means: [Double], sds: [Double])
    /// `S_i = offset + Σ_k coefficients_k · N_ik / denominators_ik` with independent `N_ik ~ Poisson(λ_ik)`;
    /// the simulated rates of a block of replicates are combined with one BLAS `dgemv`.
    /// `lambdas[k]` and `denominators[k]` hold indicator k's column (one entry per item).
    case poisson(lambdas: [[Double]], denominators: [[Double]], coefficients: [Double], offset: Double)

    var count: Int {
        switch self {
        case let .normal(means, _): return means.count
        case let .poisson(lambdas, _, _, _): return lambdas.first?.count ?? 0
        }
    }
}

/// What a `GroupRankSimulation` counted over its replicates.
package struct GroupRankCounts: Sendable, Equatable {
    /// The number of replicates.
    public let replicates: Int
    /// `groupOf[i]`: item i's group (0-based).
    public let groupOf: [Int]
    /// `groupSize[g]`: the number of items of group g.
    public let groupSize: [Int]
    /// Item i's rank histogram starts at `histogramStart[i]` in `rankCounts` and has `groupSize[groupOf[i]]`
    /// entries: entry r counts the replicates where item i had rank r + 1 in its group (1 = highest score).
    public let histogramStart: [Int]
    /// All rank histograms, concatenated.
    public let rankCounts: [UInt32]
    /// Replicates where item i's score exceeded the mean score of all items (same replicate).
    public let aboveOverallMean: [UInt32]
    /// Replicates where item i's score exceeded the mean score of its group (same replicate).
    public let aboveGroupMean: [UInt32]

    /// Item i's rank histogram (entry r: replicates with rank r + 1).
    public func histogram(_ i: Int) -> [UInt32] {
        let s = histogramStart[i]
        return Array(rankCounts[s..<(s + groupSize[groupOf[i]])])
    }
}

/// Within-group ranks of simulated scores, replicated and counted.
///
/// In every replicate each item gets a simulated score (`SimulatedScoreModel`); the items of each group
/// are ranked by descending score (rank 1 = highest = worst for an adverse score; exact ties are broken
/// by item index, lower index first), and the replicate adds one to the item's rank histogram. The
/// per-replicate overall and group means of the simulated scores are compared with each item's score.
///
/// Determinism: replicates are cut into blocks of `blockSize`; block b draws from stream b of `seed`
/// (`Xoshiro256StarStar.stream(b, seed:)`), items in index order, so the counts — integer sums over
/// blocks — are bit-identical for any thread count.
///
/// Cost per replicate: one normal draw per item (normal model) or one Poisson draw per item and
/// indicator plus a BLAS `dgemv` (Poisson model), then per group a bucket sort finished by insertion
/// (expected O(n); groups are small, ~200 data zones per council), and the ranks are written to a
/// block buffer that is added to the histograms zone by zone after each block (cache-friendly).
package enum GroupRankSimulation {
    /// Replicates per random stream.
    public static let blockSize = 64

    /// Runs `replicates` replicates of `model` for items in groups `groups` (ids 0..<G, every id used).
    ///
    /// - Precondition: `groups.count` equals the model's item count, ids in `0..<G` with none empty and none above
    ///   65,536 items,
    ///   `replicates >= 1`, `threads >= 1`, finite model parameters (callers validate data first).
    public static func run(_ model: SimulatedScoreModel, groups: [Int], replicates: Int, seed: UInt64,
                           threads: Int = GapwiseThreads.default) -> GroupRankCounts {
        let n = groups.count
        precondition(n == model.count && n > 0, "GroupRankSimulation: \(model.count) scores for \(n) items")
        precondition(replicates >= 1 && threads >= 1, "GroupRankSimulation: replicates and threads must be >= 1")
        let layout = GroupLayout(groups)
        let blocks = (replicates + blockSize - 1) / blockSize
        let workers = max(1, min(threads, blocks))
        let work = SimulationWorkspace(layout: layout, workers: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { t in
            var state = ReplicateState(layout: layout, model: model)
            var g = Xoshiro256StarStar.stream(t, seed: seed)
            var b = t
            while b < blocks {
                let count = min(blockSize, replicates - b * blockSize)
                var local = g  // block b draws from stream b itself, whatever the worker
                state.runBlock(count: count, generator: &local, into: work, worker: t)
                b += workers
                for _ in 0..<workers { g.jump() }
            }
        }
        return work.merged(layout: layout, replicates: replicates)
    }
}

/// Items grouped: members of each group contiguous, with the offsets of their rank histograms.
struct GroupLayout: Sendable {
    let groupOf: [Int]
    let groupSize: [Int]
    let groupStart: [Int]        // members of group g: members[groupStart[g] ..< groupStart[g+1]]
    let members: [Int]           // item indices, by group, ascending within a group
    let histogramStart: [Int]    // per item
    let histogramTotal: Int

    init(_ groups: [Int]) {
        let gCount = (groups.max() ?? -1) + 1
        var size = [Int](repeating: 0, count: gCount)
        for g in groups { precondition(g >= 0, "GroupRankSimulation: negative group id"); size[g] += 1 }
        precondition(!size.contains(0), "GroupRankSimulation: every group id in 0..<\(gCount) must be used")
        precondition(size.allSatisfy { $0 <= 65_536 }, "GroupRankSimulation: a group may hold at most 65,536 items")
        var start = [Int](repeating: 0, count: gCount + 1)
        for g in 0..<gCount { start[g + 1] = start[g] + size[g] }
        var fill = start
        var members = [Int](repeating: 0, count: groups.count)
        var hist = [Int](repeating: 0, count: groups.count)
        var histBase = [Int](repeating: 0, count: gCount)
        var total = 0
        for g in 0..<gCount { histBase[g] = total; total += size[g] * size[g] }
        for (i, g) in groups.enumerated() {
            members[fill[g]] = i
            hist[i] = histBase[g] + (fill[g] - start[g]) * size[g]
            fill[g] += 1
        }
        groupOf = groups; groupSize = size; groupStart = start; self.members = members
        histogramStart = hist; histogramTotal = total
    }
}

/// Per-worker counters in one allocation, merged (summed) at the end.
final class SimulationWorkspace: @unchecked Sendable {
    let workers: Int, n: Int, histTotal: Int
    let hist: UnsafeMutablePointer<UInt32>
    let aboveAll: UnsafeMutablePointer<UInt32>
    let aboveGroup: UnsafeMutablePointer<UInt32>

    init(layout: GroupLayout, workers: Int) {
        self.workers = workers; n = layout.groupOf.count; histTotal = layout.histogramTotal
        hist = .allocate(capacity: workers * histTotal); hist.initialize(repeating: 0, count: workers * histTotal)
        aboveAll = .allocate(capacity: workers * n); aboveAll.initialize(repeating: 0, count: workers * n)
        aboveGroup = .allocate(capacity: workers * n); aboveGroup.initialize(repeating: 0, count: workers * n)
    }
    deinit { hist.deallocate(); aboveAll.deallocate(); aboveGroup.deallocate() }

    func merged(layout: GroupLayout, replicates: Int) -> GroupRankCounts {
        var h = [UInt32](repeating: 0, count: histTotal)
        var a = [UInt32](repeating: 0, count: n), g = [UInt32](repeating: 0, count: n)
        for w in 0..<workers {
            for k in 0..<histTotal { h[k] &+= hist[w * histTotal + k] }
            for k in 0..<n { a[k] &+= aboveAll[w * n + k]; g[k] &+= aboveGroup[w * n + k] }
        }
        return GroupRankCounts(replicates: replicates, groupOf: layout.groupOf, groupSize: layout.groupSize,
                               histogramStart: layout.histogramStart, rankCounts: h,
                               aboveOverallMean: a, aboveGroupMean: g)
    }
}

/// One worker's scratch: the scores of a block of replicates and each group's current order.
struct ReplicateState {
    let layout: GroupLayout
    let model: SimulatedScoreModel
    var scores: [Double]
    var order: [Int]
    var groupMean: [Double]
    var rates: [Double]
    var bucketCounts: [Int]
    var bucketIndex: [Int]
    var groupMin: [Double], groupMax: [Double]
    /// `blockRanks[i · blockSize + r]`: item i's 0-based rank in replicate r of the current block.
    var blockRanks: [UInt16]

    init(layout: GroupLayout, model: SimulatedScoreModel) {
        self.layout = layout; self.model = model
        scores = []
        order = layout.members
        groupMean = [Double](repeating: 0, count: layout.groupSize.count)
        rates = []
        bucketCounts = [Int](repeating: 0, count: 2 * (layout.groupSize.max() ?? 0) + 1)
        bucketIndex = [Int](repeating: 0, count: layout.groupSize.max() ?? 0)
        groupMin = [Double](repeating: 0, count: layout.groupSize.count)
        groupMax = groupMin
        blockRanks = [UInt16](repeating: 0, count: layout.groupOf.count * GroupRankSimulation.blockSize)
    }

    /// Simulates `count` replicates from `generator` and adds them to worker `w`'s counters.
    mutating func runBlock(count: Int, generator: inout Xoshiro256StarStar, into work: SimulationWorkspace, worker w: Int) {
        let n = layout.groupOf.count
        fillScores(count: count, generator: &generator)
        let hist = work.hist + w * work.histTotal
        let aboveAll = work.aboveAll + w * n, aboveGroup = work.aboveGroup + w * n
        let groups = layout.groupSize.count
        let bs = GroupRankSimulation.blockSize
        scores.withUnsafeBufferPointer { all in
            order.withUnsafeMutableBufferPointer { ord in
                layout.groupOf.withUnsafeBufferPointer { gOf in
                    layout.histogramStart.withUnsafeBufferPointer { hStart in
                        groupMean.withUnsafeMutableBufferPointer { gMean in
                          bucketCounts.withUnsafeMutableBufferPointer { bucketCounts in
                           blockRanks.withUnsafeMutableBufferPointer { ranksOut in
                            layout.members.withUnsafeBufferPointer { mem in
                             groupMin.withUnsafeMutableBufferPointer { gMin in
                             groupMax.withUnsafeMutableBufferPointer { gMax in
                             bucketIndex.withUnsafeMutableBufferPointer { bucketOf in
                             layout.groupStart.withUnsafeBufferPointer { gStart in
                            for r in 0..<count {
                                let s = UnsafeBufferPointer(rebasing: all[(r * n)..<((r + 1) * n)])
                                // Group sums in the fixed member order (never the replicate-dependent sort
                                // order), so the means round the same way whatever the thread count.
                                var total = 0.0
                                for g in 0..<groups {
                                    var acc = 0.0, lowest = Double.infinity, highest = -Double.infinity
                                    for p in gStart[g]..<gStart[g + 1] {
                                        let v = s[mem[p]]
                                        acc += v
                                        lowest = Swift.min(lowest, v); highest = Swift.max(highest, v)
                                    }
                                    gMin[g] = lowest; gMax[g] = highest
                                    total += acc
                                    gMean[g] = acc / Double(gStart[g + 1] - gStart[g])
                                }
                                let overall = total / Double(n)
                                for g in 0..<groups {
                                    let m = gMean[g]
                                    for p in gStart[g]..<gStart[g + 1] {
                                        let i = mem[p], v = s[i]
                                        aboveAll[i] &+= v > overall ? 1 : 0   // branch-free counts
                                        aboveGroup[i] &+= v > m ? 1 : 0
                                    }
                                }
                                for g in 0..<groups {
                                    let lo = gStart[g], hi = gStart[g + 1]
                                    Self.bucketSort(ord, lo, hi, s, members: mem, min: gMin[g], max: gMax[g],
                                                    counts: bucketCounts, buckets: bucketOf)
                                    for p in lo..<hi { ranksOut[ord[p] &* bs &+ r] = UInt16(truncatingIfNeeded: p - lo) }
                                }
                            }
                            // Rank histograms zone by zone: each zone's row stays in cache for the whole block.
                            for i in 0..<n {
                                let row = hist + hStart[i], base = i &* bs
                                for r in 0..<count { row[Int(ranksOut[base &+ r])] &+= 1 }
                            }
                             }
                             }
                             }
                             }
                            }
                           }
                          }
                        }
                    }
                }
            }
        }
    }

    /// Sorts group `lo..<hi` into `ord` like `insertionSort`, in expected O(n): the group's members (in
    /// their fixed order) are distributed into 2n equal-width buckets over the score range `min...max`,
    /// highest bucket first (a stable counting sort; items in different buckets are then already in
    /// order), and an insertion sort orders the items within buckets. The result is the unique order of
    /// `insertionSort` and does not depend on what `ord` held before.
    @inline(__always)
    static func bucketSort(_ ord: UnsafeMutableBufferPointer<Int>, _ lo: Int, _ hi: Int, _ s: UnsafeBufferPointer<Double>,
                           members: UnsafeBufferPointer<Int>, min minV: Double, max maxV: Double,
                           counts: UnsafeMutableBufferPointer<Int>, buckets: UnsafeMutableBufferPointer<Int>) {
        let n = hi - lo
        if n < 16 || !(maxV > minV) {
            for p in lo..<hi { ord[p] = members[p] }
            insertionSort(ord, lo, hi, s)
            return
        }
        // 2n buckets: few share one, so the final insertion sort rarely moves anything.
        let k = 2 * n
        let scale = Double(k - 1) / (maxV - minV)
        for b in 0...k { counts[b] = 0 }
        // Bucket 0 holds the highest scores.
        for p in 0..<n {
            let b = (k - 1) - Swift.min(k - 1, Int((s[members[lo + p]] - minV) * scale))
            buckets[p] = b
            counts[b + 1] += 1
        }
        for b in 0..<k { counts[b + 1] += counts[b] }
        for p in 0..<n {
            let b = buckets[p]
            ord[lo + counts[b]] = members[lo + p]
            counts[b] += 1
        }
        insertionSort(ord, lo, hi, s)
    }

    /// Sorts `ord[lo..<hi]` by descending score, ties by ascending index (a strict total order, so the
    /// result does not depend on the starting order).
    @inline(__always)
    static func insertionSort(_ ord: UnsafeMutableBufferPointer<Int>, _ lo: Int, _ hi: Int, _ s: UnsafeBufferPointer<Double>) {
        var p = lo + 1
        while p < hi {
            let item = ord[p], v = s[item]
            var q = p - 1
            while q >= lo {
                let o = ord[q], w = s[o]
                if w > v || (w == v && o < item) { break }
                ord[q + 1] = o
                q -= 1
            }
            ord[q + 1] = item
            p += 1
        }
    }

    /// Scores of `count` replicates, replicate-major (`scores[r·n + i]`).
    mutating func fillScores(count: Int, generator g: inout Xoshiro256StarStar) {
        let n = layout.groupOf.count
        if scores.count < count * n { scores = [Double](repeating: 0, count: count * n) }
        switch model {
        case let .normal(means, sds):
            scores.withUnsafeMutableBufferPointer { out in
                means.withUnsafeBufferPointer { mu in
                    sds.withUnsafeBufferPointer { sd in
                      ZigguratTable.shared.x.withUnsafeBufferPointer { zx in
                       ZigguratTable.shared.ratio.withUnsafeBufferPointer { zr in
                        for r in 0..<count {
                            let base = r * n
                            for i in 0..<n { out[base + i] = mu[i] + sd[i] * g.nextZigguratNormal(x: zx, ratio: zr) }
                        }
                       }
                      }
                    }
                }
            }
        case let .poisson(lambdas, denominators, coefficients, offset):
            let m = coefficients.count, rows = count * n
            if rates.count < rows * m { rates = [Double](repeating: 0, count: rows * m) }
            // rates: (count·n) × m column-major; row r·n + i is item i in replicate r. Draw order: replicate,
            // item, indicator.
            rates.withUnsafeMutableBufferPointer { y in
                for r in 0..<count {
                    for i in 0..<n {
                        for k in 0..<m {
                            let lambda = lambdas[k][i]
                            // λ was validated finite and >= 0 by the caller.
                            let draw = try! g.nextPoisson(mean: lambda)
                            y[k * rows + r * n + i] = Double(draw) / denominators[k][i]
                        }
                    }
                }
            }
            let a = try! Matrix(rows: rows, columns: m, columnMajor: Array(rates[0..<(rows * m)]))
            let offsets = [Double](repeating: offset, count: rows)
            let product = try! BLAS.gemv(a, coefficients, beta: 1, y: offsets)
            for k in 0..<rows { scores[k] = product[k] }
        }
    }
}
