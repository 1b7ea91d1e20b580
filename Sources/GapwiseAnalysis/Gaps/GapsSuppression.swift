// GapsSuppression: small-number suppression of quantile counts, with secondary suppression of complementary cells.

/// Primary and secondary suppression over cells tied together by published totals.
///
/// Policy: a cell whose count is below `threshold` (zero included) and that holds at least one area is
/// suppressed. A *line* is a set of cells whose sum is known to a reader: the quantiles of one profile
/// (their sum is the locality's total), the localities' cells of one national quantile together with the
/// country's cell (the country's cell is their sum), and a coarse quantile together with the finer
/// quantiles nested in it (a quintile is the sum of two deciles when the bands nest). While some line
/// has exactly one suppressed cell (it could be recovered by subtraction), or its suppressed cells of a
/// profile add up to less than the threshold (their sum could be recovered and would itself be small),
/// the smallest published cell with data in that line is suppressed too (ties: the first in order).
/// The loop only adds suppression, so it ends; the result does not depend on threads.
///
/// Reference: Hundepool A et al. (2012) *Statistical Disclosure Control*, Wiley, §5.2 (primary and
/// secondary cell suppression in linked tables); ISD Scotland (2015) *Statistical Disclosure Control
/// Protocol* (counts below 5).
struct SuppressionProblem {
    /// Count per cell; cells without any area are structural and never suppressed nor chosen.
    var counts: [Double]
    var hasData: [Bool]
    /// Each line: its cells, and whether it is a plain sum against a published total (profile lines).
    var lines: [(cells: [Int], isProfileSum: Bool)] = []

    /// The status per cell: 0 published, 1 primary, 2 secondary.
    func solve(threshold: Double) -> [UInt8] {
        var status = [UInt8](repeating: 0, count: counts.count)
        guard threshold > 0 else { return status }
        for i in counts.indices where hasData[i] && counts[i] < threshold { status[i] = 1 }
        var changed = true
        while changed {
            changed = false
            for line in lines {
                var hidden = 0, hiddenSum = 0.0
                for c in line.cells where status[c] != 0 { hidden += 1; hiddenSum += counts[c] }
                guard hidden > 0 else { continue }
                let exposed = hidden == 1 || (line.isProfileSum && hiddenSum < threshold)
                guard exposed else { continue }
                var pick = -1
                for c in line.cells where status[c] == 0 && hasData[c] {
                    if pick < 0 || counts[c] < counts[pick] { pick = c }
                }
                if pick >= 0 { status[pick] = 2; changed = true }
            }
        }
        return status
    }
}
