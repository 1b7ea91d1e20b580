// LRE: the log relative error used by NIST StRD to score numerical accuracy.
import Foundation

/// Log relative error, the number of correct significant digits of `estimate` against `certified`:
/// `LRE = -log10(|estimate - certified| / |certified|)`, or `-log10(|estimate|)` when `certified == 0`
/// (McCullough 1998, "Assessing the reliability of statistical software"). Capped at `cap` (NIST prints
/// 15 significant digits, so agreement to the last printed digit scores 15).
public func logRelativeError(_ estimate: Double, certified: Double, cap: Double = 15) -> Double {
    guard estimate.isFinite else { return 0 }
    if estimate == certified { return cap }
    let err = certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
    return min(cap, max(0, -log10(err)))
}
