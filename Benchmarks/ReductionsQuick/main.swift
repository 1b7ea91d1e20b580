// ReductionsQuick: a release-mode throughput check of the Reductions kernels (not a test; run.sh builds it).
import Foundation

/// Hides a value from the optimiser, so that identical calls in the timing loop are not hoisted.
@_optimize(none)
func opaque<T>(_ x: T) -> T { x }

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
}

/// Best of 3 timings of `reps` calls; prints ns/element and GB/s of input read.
func bench(_ name: String, n: Int, bytesPerElement: Int, budget: Double = 1e8, _ f: () -> Double) {
    let reps = max(3, Int(budget / Double(n)))
    var sink = 0.0
    var best = Double.infinity
    for _ in 0..<3 {
        best = min(best, seconds { for _ in 0..<reps { sink += f() } })
    }
    let ns = best / Double(reps * n) * 1e9
    let gbs = Double(bytesPerElement) / ns
    print(String(format: "%-34@ n=%-9d %7.3f ns/elem %7.2f GB/s   (checksum %.6g)", name as NSString, n, ns, gbs, sink))
}

/// An uncompensated SIMD-lanes sum, `acc += x` (for the cost of compensation), and a plain scalar loop.
func simdSumUncompensated(_ y: [Double]) -> Double {
    y.withUnsafeBufferPointer { p in
        var acc = Lanes()
        var i = 0
        while i + laneWidth <= p.count { acc += p.lanes(at: i); i += laneWidth }
        var s = acc.sum()
        while i < p.count { s += p[i]; i += 1 }
        return s
    }
}

var g = SystemRandomNumberGenerator()
for n in [1_000, 100_000, 10_000_000] {
    let y = (0..<n).map { _ in Double.random(in: 0.5..<2, using: &g) }
    let w = (0..<n).map { _ in Double.random(in: 0..<1000, using: &g) }
    bench("plain scalar loop Σy", n: n, bytesPerElement: 8) { ScalarReference.sum(opaque(y)) }
    bench("uncompensated SIMD lanes Σy", n: n, bytesPerElement: 8) { simdSumUncompensated(opaque(y)) }
    bench("Reductions.sum", n: n, bytesPerElement: 8) { try! Reductions.sum(opaque(y)) }
    bench("plain scalar loop Σw·y", n: n, bytesPerElement: 16) { ScalarReference.dot(opaque(w), opaque(y)) }
    bench("Reductions.weightedSum", n: n, bytesPerElement: 16) { try! Reductions.weightedSum(opaque(y), weights: opaque(w)) }
    bench("Reductions.weightedSums", n: n, bytesPerElement: 16) { try! Reductions.weightedSums(opaque(y), weights: opaque(w)).weightedValue }
    bench("Reductions.weightedMoments", n: n, bytesPerElement: 16) { try! Reductions.weightedMoments(opaque(y), weights: opaque(w)).weightedSquare }
    bench("Reductions.variance (2 passes)", n: n, bytesPerElement: 8) { try! Reductions.variance(opaque(y)) }
    bench("Reductions.weightedVariance", n: n, bytesPerElement: 16) { try! Reductions.weightedVariance(opaque(y), weights: opaque(w)) }
    bench("Reductions.weightedLogSums", n: n, bytesPerElement: 16, budget: 2e7) {
        try! Reductions.weightedLogSums(opaque(y), weights: opaque(w)).weightedValueLogValue
    }
    bench("Reductions.weightedPowerSums a=0.5", n: n, bytesPerElement: 16, budget: 2e7) {
        try! Reductions.weightedPowerSums(opaque(y), weights: opaque(w), exponent: 0.5).weightedPower
    }
    bench("Reductions.weightedPowerSums a=2", n: n, bytesPerElement: 16) {
        try! Reductions.weightedPowerSums(opaque(y), weights: opaque(w), exponent: 2).weightedPower
    }
    print("")
}
