// CommunityZScores: CPOP's standardisation, (x − group mean) / group sd (n − 1), over a group's non-missing values.
import GapwiseNumerics

/// The within-group z-score every CPOP score is made of.
enum CommunityZScores {
    /// What became of one group's standardisation.
    struct Group {
        /// Non-missing values in the group.
        var count = 0
        /// Why the group's scores are undefined (nil when they are defined).
        var undefined: String?
    }

    /// `z_i = (x_i − x̄_g) / s_g`, where g is the group of value i, `x̄_g` the mean and `s_g` the sample
    /// standard deviation (R's `sd`, denominator n − 1) of the group's non-missing values (R's
    /// `na.rm = TRUE`).
    ///
    /// Undefined (NaN, an empty cell in the output) where `x_i` is missing; where the group holds fewer
    /// than two values (R's `sd` of one value is NA, so CPOP's score is NA); and where every value of the
    /// group is equal (`s_g = 0`: R gives NaN from 0/0). Means and standard deviations come from the
    /// compensated sums of `Reductions` (within about 2 ulp of R's long-double sums).
    ///
    /// - Parameters:
    ///   - x: the values, NaN for missing; finite otherwise.
    ///   - group: the group of each value, in `0..<groupCount`.
    /// - Returns: the z-scores and, per group, its count and why it is undefined.
    static func within(_ x: [Double], group: [Int], groupCount: Int) -> (z: [Double], groups: [Group]) {
        var members = [[Double]](repeating: [], count: groupCount)
        for (i, v) in x.enumerated() where !v.isNaN { members[group[i]].append(v) }
        var mean = [Double](repeating: .nan, count: groupCount), sd = mean
        var groups = [Group](repeating: Group(), count: groupCount)
        for g in 0..<groupCount {
            groups[g].count = members[g].count
            guard members[g].count >= 2 else {
                groups[g].undefined = members[g].isEmpty ? "it has no value" : "it has one value, so no standard deviation"
                continue
            }
            // Finite values, at least two: neither reduction can throw.
            mean[g] = (try? Reductions.mean(members[g])) ?? .nan
            sd[g] = (try? Statistics.standardDeviation(members[g])) ?? .nan
            if sd[g] == 0 { groups[g].undefined = "its \(members[g].count) values are all equal, so the standard deviation is 0" }
        }
        let z = x.indices.map { i -> Double in
            let g = group[i]
            guard !x[i].isNaN, groups[g].undefined == nil else { return .nan }
            return (x[i] - mean[g]) / sd[g]
        }
        return (z, groups)
    }
}
