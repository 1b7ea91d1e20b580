// NormalOrderStatistics: order statistics of R standard normal draws of a stream, read from the uniforms' tails.
import GapwiseNumerics

/// The order statistics of `count` standard normal draws of `generator`, without drawing the normals.
///
/// The normal generator draws by inversion, `z = Φ⁻¹(u)` with `u` the generator's open uniform, one
/// 64-bit output per draw. Φ⁻¹ is increasing, so the order statistics of the z are Φ⁻¹ of the order
/// statistics of the u: only the uniforms are generated, compared as integers, and Φ⁻¹ is evaluated at
/// the few selected positions. Confidence limits need only the tails, so the uniforms are filtered as
/// they are drawn: those below `tLow` and above `tHigh` are kept (about 6% at 95% with 100,000 draws),
/// the thresholds chosen so that each tail holds the wanted ranks with a margin of 8 standard
/// deviations plus 16. When a tail holds too few (probability below 1e-15) or the tails would overlap,
/// the draws are replayed from the same start and selected in full. Either way the result equals
/// `fillNormal` of `count` draws followed by ``Ranking/orderStatistics(_:positions:)`` (the tests check
/// this bit for bit).
///
/// - Parameters:
///   - positions: 0-based ranks among the `count` draws.
///   - generator: advanced by exactly `count` outputs.
/// - Returns: Φ⁻¹ of the selected uniforms, in the order of `positions`.
func normalOrderStatistics(count: Int, positions: [Int], generator: inout Xoshiro256StarStar,
                           scratch: inout [Double]) -> [Double] {
    let start = generator
    let r = Double(count)
    // Ranks needed in each tail: p+1 from the bottom, count − p from the top.
    var lowNeed = 0, highNeed = 0
    for p in positions {
        if 2 * p < count { lowNeed = max(lowNeed, p + 1) } else { highNeed = max(highNeed, count - p) }
    }
    func margin(_ m: Int) -> Double { Double(m) + 8 * Double(m).squareRoot() + 16 }
    let lowFraction = lowNeed == 0 ? 0 : margin(lowNeed) / r
    let highFraction = highNeed == 0 ? 0 : margin(highNeed) / r
    if lowFraction + highFraction < 0.5 {
        // 53-bit integer images of the thresholds: u = (k + ½)·2⁻⁵³ < t  ⟺  k < t·2⁵³ − ½.
        let scale = 0x1p53
        let kLow = UInt64(lowFraction * scale)
        let kHigh = UInt64((1 - highFraction) * scale)
        var low = [UInt64](), high = [UInt64]()
        low.reserveCapacity(Int(margin(lowNeed) * 1.2) + 16)
        high.reserveCapacity(Int(margin(highNeed) * 1.2) + 16)
        for _ in 0..<count {
            let k = generator.next() >> 11
            if k < kLow { low.append(k) } else if k >= kHigh { high.append(k) }
        }
        if low.count >= lowNeed && high.count >= highNeed {
            var lowU = low.map { (Double($0) + 0.5) * 0x1p-53 }
            var highU = high.map { (Double($0) + 0.5) * 0x1p-53 }
            var out = [Double]()
            out.reserveCapacity(positions.count)
            for p in positions {
                let u: Double
                if 2 * p < count {
                    u = Ranking.orderStatistics(&lowU, positions: [p])[0]
                } else {
                    u = Ranking.orderStatistics(&highU, positions: [highU.count - (count - p)])[0]
                }
                out.append(inverseNormal(u))
            }
            return out
        }
    }
    // Replay the same draws in full.
    generator = start
    if scratch.count != count { scratch = [Double](repeating: 0, count: count) }
    generator.fillNormal(&scratch)
    return Ranking.orderStatistics(&scratch, positions: positions)
}

/// Φ⁻¹(u) for a uniform of the open grid (0 < u < 1 always holds, so this cannot fail).
private func inverseNormal(_ u: Double) -> Double {
    do { return try Normal.quantile(u) } catch { preconditionFailure("open uniform \(u) outside (0, 1)") }
}
