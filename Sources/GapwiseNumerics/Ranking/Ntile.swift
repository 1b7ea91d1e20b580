// Ntile: dplyr's ntile(x, n), n buckets of sizes differing by at most one, the larger buckets first.

extension Ranking {
    /// The bucket `1...n` of each value when the non-missing values, in ascending order, are cut into `n`
    /// buckets whose sizes differ by at most one, the larger buckets first: dplyr's `ntile(x, n)`
    /// (dplyr 1.1, the definition of SQL's NTILE).
    ///
    /// With `m` non-missing values, `r_i` the position of value i in ascending order (ties by order of
    /// appearance: dplyr's `row_number`), `L = ⌈m/n⌉`, `S = ⌊m/n⌋`, `b = m mod n` larger buckets and
    /// `T = L·b`:
    ///
    ///     bucket_i = ⌊(r_i + L − 1) / L⌋              when r_i ≤ T
    ///     bucket_i = ⌊(r_i − T + S − 1) / S⌋ + b      otherwise
    ///
    /// So 10 values in 7 buckets give sizes 2, 2, 2, 1, 1, 1, 1. With fewer values than buckets, the
    /// values take buckets 1...m. NaN (missing) values get nil and are not counted.
    ///
    /// - Parameters:
    ///   - values: the values; NaN is missing.
    ///   - n: the number of buckets, at least 1 (a programmer error otherwise).
    /// - Returns: one bucket per value, nil for a missing one.
    /// - Reference: dplyr, `R/rank.R` (`ntile`), https://dplyr.tidyverse.org/reference/ntile.html.
    public static func ntile(_ values: [Double], _ n: Int) -> [Int?] {
        precondition(n >= 1, "ntile needs at least one bucket")
        // Ties by order of appearance, NaN kept out: dplyr's row_number(x). `.keep` never throws.
        let r = (try? ranks(values, ties: .first, missing: .keep)) ?? []
        let m = values.reduce(0) { $0 + ($1.isNaN ? 0 : 1) }
        let larger = m % n, largeSize = (m + n - 1) / n, smallSize = m / n
        let threshold = largeSize * larger
        return r.map { x -> Int? in
            guard !x.isNaN else { return nil }
            let ri = Int(x)
            if ri <= threshold { return (ri + largeSize - 1) / largeSize }
            return (ri - threshold + smallSize - 1) / smallSize + larger
        }
    }
}
