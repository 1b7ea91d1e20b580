// Selection: order statistics of a Double array without a full sort (Floyd–Rivest SELECT, with a plain reference).
import Foundation

extension Ranking {
    /// The order statistics of `values` at the given 0-based `positions`, found by selection.
    ///
    /// `orderStatistics(&v, positions: [p])[0]` equals `v.sorted()[p]`, but costs O(n) expected time
    /// instead of O(n log n): this is how Monte-Carlo confidence limits (e.g. the 2,500th and 97,500th
    /// of 100,000 simulated values) are read off without sorting. Several positions are served by one
    /// pass each over a shrinking range (positions are handled in ascending order, and each selection
    /// leaves everything at or after its position no smaller than the value found).
    ///
    /// Algorithm: Floyd & Rivest's SELECT (Floyd RW, Rivest RL, "Algorithm 489: the algorithm SELECT —
    /// for finding the ith smallest of n elements", CACM 18(3):173, 1975), which recursively selects in
    /// a small sample to get pivots bracketing the target, for about n + min(p, n − p) comparisons.
    /// `referenceOrderStatistics` (a full sort) is the plain implementation the tests compare against.
    ///
    /// - Parameters:
    ///   - values: the data; it is **permuted in place** (the multiset is unchanged). Must not contain
    ///     NaN (a precondition: NaN has no place in an order); infinities are ordinary values.
    ///   - positions: 0-based ranks, each in `0..<values.count`, in any order, repeats allowed.
    /// - Returns: the value at each requested position, in the order the positions were given.
    public static func orderStatistics(_ values: inout [Double], positions: [Int]) -> [Double] {
        let n = values.count
        for p in positions {
            precondition(p >= 0 && p < n, "Ranking.orderStatistics: position \(p) is outside 0..<\(n)")
        }
        let order = positions.indices.sorted { positions[$0] < positions[$1] }
        var result = [Double](repeating: 0, count: positions.count)
        values.withUnsafeMutableBufferPointer { buffer in
            var left = 0
            for slot in order {
                let p = positions[slot]
                floydRivestSelect(buffer, left: left, right: n - 1, k: p)
                result[slot] = buffer[p]
                left = p
            }
        }
        return result
    }

    /// The same order statistics by a full sort: the plain reference implementation of `orderStatistics`.
    public static func referenceOrderStatistics(_ values: [Double], positions: [Int]) -> [Double] {
        let sorted = values.sorted()
        return positions.map { sorted[$0] }
    }

    /// Floyd–Rivest SELECT on `a[left...right]`: afterwards `a[k]` holds the value of rank `k`, every
    /// element before it is `<=` and every element after it is `>=`.
    private static func floydRivestSelect(_ a: UnsafeMutableBufferPointer<Double>, left l: Int, right r: Int, k: Int) {
        var left = l, right = r
        while right > left {
            if right - left > 600 {
                // Select within a sample so that the pivot brackets a[k] tightly.
                let n = Double(right - left + 1)
                let i = Double(k - left + 1)
                let z = log(n)
                let s = 0.5 * exp(2 * z / 3)
                let sd = 0.5 * (z * s * (n - s) / n).squareRoot() * (i - n / 2 < 0 ? -1 : 1)
                let newLeft = max(left, Int(Double(k) - i * s / n + sd))
                let newRight = min(right, Int(Double(k) + (n - i) * s / n + sd))
                floydRivestSelect(a, left: newLeft, right: newRight, k: k)
            }
            let t = a[k]
            var i = left, j = right
            a.swapAt(left, k)
            if a[right] > t { a.swapAt(right, left) }
            while i < j {
                a.swapAt(i, j)
                i += 1
                j -= 1
                while a[i] < t { i += 1 }
                while a[j] > t { j -= 1 }
            }
            if a[left] == t {
                a.swapAt(left, j)
            } else {
                j += 1
                a.swapAt(j, right)
            }
            if j <= k { left = j + 1 }
            if k <= j { right = j - 1 }
        }
    }
}
