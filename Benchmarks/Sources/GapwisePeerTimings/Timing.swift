// Timing: median wall-clock seconds of repeated runs (the Gapwise side of the peer ratio table).
import Foundation

/// Runs `body` at least `minimumRuns` times and until `budget` seconds have passed (at most `maximumRuns`),
/// and returns the median wall-clock time of one run, in seconds.
func medianSeconds(minimumRuns: Int = 3, maximumRuns: Int = 21, budget: Double = 2,
                   _ body: () throws -> Void) rethrows -> Double {
    var times = [Double]()
    var spent = 0.0
    while times.count < minimumRuns || (spent < budget && times.count < maximumRuns) {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let t = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        times.append(t)
        spent += t
    }
    times.sort()
    let m = times.count / 2
    return times.count % 2 == 1 ? times[m] : (times[m - 1] + times[m]) / 2
}

/// Keeps a value alive so the optimiser cannot drop the computation that produced it.
@inline(never)
func consume<T>(_ x: T) { withExtendedLifetime(x) {} }
