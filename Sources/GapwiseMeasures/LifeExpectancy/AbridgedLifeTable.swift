// AbridgedLifeTable: the Chiang II abridged life table of one population and Silcocks' variance of its life expectancies.

/// The Chiang II abridged life table of one population (PHEindicatormethods' `phe_life_expectancy`,
/// PHE's Life Expectancy Calculator), built from deaths D_i and mid-year populations P_i in the
/// standard bands (start ages 0, 1, 5, ..., ω; see ``AgeBands``), in ascending order.
///
/// With band width n_i (the last band: n_ω = 2/M_ω), a_i = 0.1 for age 0 and 0.5 otherwise, M_i = D_i/P_i:
///
///     q_i = M_i n_i / (1 + M_i n_i (1 − a_i))   (1 when D_i > P_i/(n_i a_i)),   p_i = 1 − q_i,
///     l_0 = 100,000,   l_{i+1} = l_i p_i,   d_i = l_i − l_{i+1}  (d_ω = l_ω),
///     L_i = n_i (l_{i+1} + a_i d_i),   L_ω = l_ω / M_ω,   T_i = Σ_{j≥i} L_j,   e_i = T_i / l_i (0 when l_i = 0).
///
/// Variance (Chiang, with Silcocks et al.'s term for the open final band):
///
///     W_i = l_i² ((1 − a_i) n_i + e_{i+1})² q_i² (1 − q_i) / D_i   (0 when d_i = 0),
///     W_ω = (l_ω / 2)² · 4 / (D_ω M_ω²),
///     SE(e_i) = √(Σ_{j≥i} W_j) / l_i.
///
/// The caller has checked the inputs: finite, deaths ≥ 0, populations > 0, at least one death in the
/// final band, bands in standard order. Cost: O(k) for k bands, no allocation beyond the columns.
struct AbridgedLifeTable: Sendable {
    /// Start age of each band, ascending.
    let startAges: [Int]
    /// Survivors l_i at the start of each band (l_0 = 100,000).
    let survivors: [Double]
    /// Person-years L_i lived in each band.
    let personYears: [Double]
    /// Life expectancy e_i at the start of each band.
    let expectancy: [Double]
    /// Σ_{j≥i} W_j, the numerator of the variance of e_i.
    let varianceSums: [Double]

    /// The radix l_0.
    static let radix = 100_000.0

    init(startAges: [Int], deaths: [Double], populations: [Double]) {
        let k = startAges.count
        precondition(k >= 2 && deaths.count == k && populations.count == k, "one death count and population per band")
        self.startAges = startAges
        var l = [Double](repeating: 0, count: k), q = [Double](repeating: 0, count: k)
        var n = [Double](repeating: 0, count: k), a = [Double](repeating: 0.5, count: k)
        var bigL = [Double](repeating: 0, count: k), e = [Double](repeating: 0, count: k)
        var sums = [Double](repeating: 0, count: k)
        let last = k - 1
        var survivorsNow = Self.radix
        for i in 0..<k {
            let m = deaths[i] / populations[i]
            a[i] = startAges[i] == 0 ? 0.1 : 0.5
            n[i] = i < last ? Double(startAges[i + 1] - startAges[i]) : 2 / m
            q[i] = deaths[i] <= populations[i] / n[i] / a[i] ? m * n[i] / (1 + m * n[i] * (1 - a[i])) : 1
            l[i] = survivorsNow
            survivorsNow = l[i] * (1 - q[i])
        }
        // Person-years and life expectancy, from the open band down.
        var total = 0.0
        for i in stride(from: last, through: 0, by: -1) {
            if i == last {
                bigL[i] = l[i] / (deaths[i] / populations[i])
            } else {
                let d = l[i] - l[i + 1]
                bigL[i] = n[i] * (l[i + 1] + a[i] * d)
            }
            total += bigL[i]
            e[i] = l[i] == 0 ? 0 : total / l[i]
        }
        // Chiang's variance terms with Silcocks' final-band term, summed from the open band down.
        var running = 0.0
        for i in stride(from: last, through: 0, by: -1) {
            let w: Double
            if i == last {
                let m = deaths[i] / populations[i]
                w = (l[i] / 2) * (l[i] / 2) * (4 / (deaths[i] * m * m))
            } else {
                let d = l[i] - l[i + 1]
                let spread = (1 - a[i]) * n[i] + e[i + 1]
                w = d == 0 ? 0 : l[i] * l[i] * spread * spread * q[i] * q[i] * (1 - q[i]) / deaths[i]
            }
            running += w
            sums[i] = running
        }
        survivors = l
        personYears = bigL
        expectancy = e
        varianceSums = sums
    }

    /// The standard error of the life expectancy at band i: √(Σ_{j≥i} W_j) / l_i; nil when l_i = 0.
    func standardError(band i: Int) -> Double? {
        survivors[i] > 0 ? varianceSums[i].squareRoot() / survivors[i] : nil
    }
}
