// SyntheticScotland: a seeded, clearly synthetic Scotland-shaped small-area dataset for demonstrations and benchmarks.
import Foundation
import GapwiseDeprivation
import GapwiseNumerics

/// A synthetic outcome indicator: counts over a denominator, with a deprivation gradient.
/// `@_spi(Samples)`: a sample generator, not part of the embedding API; `@_spi(Samples) import GapwiseAnalysis` to use it.
@_spi(Samples) public struct SyntheticIndicator: Sendable, Equatable {
    /// Column stem: the file carries `<name>_count` and `<name>_denominator`.
    public let name: String
    /// What it stands for (documentation only; the numbers are synthetic).
    public let label: String
    /// The denominator: a fraction of the zone's population (e.g. 0.2 for children).
    public let denominatorShare: Double
    /// National baseline risk per person in the first year.
    public let baseline: Double
    /// Log rate ratio per unit of latent deprivation (positive: higher in deprived areas).
    public let gradient: Double
    /// Relative change of the baseline risk from the first to the second year.
    public let trend: Double
    /// Whether a higher value is better (e.g. positive destinations).
    public let favourable: Bool
}

/// Generates a Scotland-shaped synthetic dataset: 6,976 data zones in 1,279 intermediate zones in 32 councils,
/// realistic populations, seven SIMD-like domain ranks combined by the SIMD method into an overall rank and
/// bands, and outcome indicators as counts and denominators with deprivation gradients, for two years.
///
/// Model (all draws from `Xoshiro256StarStar(seed:)`, so the same seed gives byte-identical files):
/// - councils get zone counts from a seeded Dirichlet-like split with at least 40 zones each; zones are
///   grouped into intermediate zones of 3 to 8 zones; populations are 500 + Poisson(280) per zone;
/// - latent deprivation `z = c_council + u_iz + e_zone` with normal effects (sd 0.5, 0.6, 0.55);
/// - each domain value is `z + noise` (domain-specific noise sd 0.25 to 0.8), ranked 1 = most deprived;
///   the overall rank combines the seven domain ranks exactly as SIMD does (exponential transform,
///   weights 28/28/14/14/9/5/2), and deciles/quintiles are `ceil(rank·k/N)`;
/// - each indicator's count is `Poisson(denominator · baseline · (1 + trend·[year 2]) · exp(gradient·z + v))`,
///   `v` a zone-level normal effect (sd 0.15) shared by the two years.
/// Codes look like real GSS codes (S01/S02/S12) but use the unused 9xxxxx range, and every name says
/// "Synthetic", so the file can never be mistaken for official statistics.
/// `@_spi(Samples)`: a sample generator, not part of the embedding API; `@_spi(Samples) import GapwiseAnalysis` to use it.
@_spi(Samples) public struct SyntheticScotland: Sendable {
    public static let dataZones = 6_976
    public static let intermediateZones = 1_279
    public static let councils = 32
    public static let years = [2019, 2023]

    /// The default indicators: eleven adverse and one favourable outcome.
    public static let indicators: [SyntheticIndicator] = [
        .init(name: "emergency_admissions", label: "Emergency hospital admissions", denominatorShare: 1, baseline: 0.075, gradient: 0.35, trend: 0.04, favourable: false),
        .init(name: "early_deaths", label: "Deaths aged under 75", denominatorShare: 0.9, baseline: 0.0035, gradient: 0.45, trend: -0.03, favourable: false),
        .init(name: "low_birthweight", label: "Low birthweight babies (per live birth)", denominatorShare: 0.011, baseline: 0.055, gradient: 0.30, trend: 0.0, favourable: false),
        .init(name: "child_poverty", label: "Children in low-income families", denominatorShare: 0.19, baseline: 0.16, gradient: 0.55, trend: 0.05, favourable: false),
        .init(name: "out_of_work_benefits", label: "Working-age people on out-of-work benefits", denominatorShare: 0.63, baseline: 0.085, gradient: 0.55, trend: -0.06, favourable: false),
        .init(name: "smoking_in_pregnancy", label: "Mothers smoking at booking", denominatorShare: 0.011, baseline: 0.12, gradient: 0.60, trend: -0.15, favourable: false),
        .init(name: "alcohol_admissions", label: "Alcohol-related hospital admissions", denominatorShare: 1, baseline: 0.0065, gradient: 0.55, trend: 0.02, favourable: false),
        .init(name: "drug_admissions", label: "Drug-related hospital admissions", denominatorShare: 1, baseline: 0.0022, gradient: 0.75, trend: 0.10, favourable: false),
        .init(name: "depression_prescribing", label: "People prescribed drugs for anxiety or depression", denominatorShare: 1, baseline: 0.19, gradient: 0.18, trend: 0.06, favourable: false),
        .init(name: "p1_obesity", label: "Primary 1 children at risk of obesity", denominatorShare: 0.011, baseline: 0.10, gradient: 0.25, trend: 0.03, favourable: false),
        .init(name: "crime", label: "Recorded crimes (per person)", denominatorShare: 1, baseline: 0.03, gradient: 0.50, trend: -0.05, favourable: false),
        .init(name: "positive_destinations", label: "School leavers in a positive destination", denominatorShare: 0.012, baseline: 0.93, gradient: -0.025, trend: 0.01, favourable: true),
    ]

    /// The CSV text: one row per data zone and year (13,952 rows), LF line ends, a header row first.
    public static func csv(seed: UInt64) throws -> String {
        var rng = Xoshiro256StarStar(seed: seed)
        let n = dataZones, k = councils

        // Councils: zone counts with a floor of 40, shares from squared normals (skewed like real councils).
        var shares = (0..<k).map { _ in 0.3 + pow2(rng.nextStandardNormal()) }
        let total = shares.reduce(0, +)
        shares = shares.map { $0 / total }
        var counts = shares.map { 40 + Int((Double(n - 40 * k) * $0).rounded(.down)) }
        var i = 0
        while counts.reduce(0, +) < n { counts[i % k] += 1; i += 1 }

        // Intermediate zones: consecutive runs of 3 to 8 zones inside a council, adjusted to 1,279 in all.
        var izSizes: [[Int]] = counts.map { c in splitIntoRuns(c, rng: &rng) }
        adjustRunCount(&izSizes, to: intermediateZones)

        var councilOf = [Int](), izOf = [Int]()
        var izIndex = 0
        for (c, runs) in izSizes.enumerated() {
            for r in runs { for _ in 0..<r { councilOf.append(c); izOf.append(izIndex) }; izIndex += 1 }
        }
        let councilEffect = (0..<k).map { _ in 0.5 * rng.nextStandardNormal() }
        let izEffect = (0..<izIndex).map { _ in 0.6 * rng.nextStandardNormal() }
        var z = [Double](repeating: 0, count: n), population = [Double](repeating: 0, count: n)
        for d in 0..<n {
            z[d] = councilEffect[councilOf[d]] + izEffect[izOf[d]] + 0.55 * rng.nextStandardNormal()
            population[d] = 500 + Double(try rng.nextPoisson(mean: 280))
        }

        // Seven domains, SIMD combination, bands.
        let domainNoise = [0.25, 0.3, 0.45, 0.5, 0.8, 0.7, 0.75]
        let domainNames = ["income", "employment", "health", "education", "access", "crime", "housing"]
        let weights = [28.0, 28, 14, 14, 9, 5, 2]
        var columns: [String: [Double]] = [:]
        for (j, name) in domainNames.enumerated() {
            let value = z.map { $0 + domainNoise[j] * rng.nextStandardNormal() }
            columns["\(name)_domain_rank"] = try Ranking.ranks(value, ties: .first, order: .descending)
        }
        let config = CompositeIndexConfig(
            name: "Synthetic SIMD", transform: .simdExponential,
            domains: zip(domainNames, weights).map {
                .init(name: $0, column: "\($0)_domain_rank", values: .rank, polarity: .favourable, weight: $1)
            })
        let simd = try CompositeIndex(config: config).compute(columns: columns)
        let deciles = try QuantileBands.byCount(ranks: simd.ranks, bands: 10).bands
        let quintiles = try QuantileBands.byCount(ranks: simd.ranks, bands: 5).bands

        // Outcomes.
        let areaEffect = indicators.map { _ in (0..<n).map { _ in 0.15 * rng.nextStandardNormal() } }
        var header = ["datazone", "datazone_name", "intermediate_zone", "intermediate_zone_name", "council", "council_name",
                      "year", "population", "simd_rank", "simd_decile", "simd_quintile"]
        header += domainNames.map { "\($0)_domain_rank" }
        for ind in indicators { header += ["\(ind.name)_count", "\(ind.name)_denominator"] }
        var out = header.joined(separator: ",") + "\n"
        for (yi, year) in years.enumerated() {
            for d in 0..<n {
                var row = [
                    String(format6("S019", d + 1)), "Synthetic zone \(d + 1)",
                    String(format6("S029", izOf[d] + 1)), "Synthetic neighbourhood \(izOf[d] + 1)",
                    String(format6("S129", councilOf[d] + 1)), "Synthetic Council \(councilOf[d] + 1)",
                    String(year), String(Int(population[d])), String(Int(simd.ranks[d])),
                    String(deciles[d]), String(quintiles[d]),
                ]
                row += domainNames.map { String(Int(columns["\($0)_domain_rank"]![d])) }
                for (j, ind) in indicators.enumerated() {
                    let den = max(1, (population[d] * ind.denominatorShare).rounded())
                    var risk = ind.baseline * (1 + ind.trend * Double(yi)) * exp(ind.gradient * z[d] + areaEffect[j][d])
                    risk = min(risk, 0.995)
                    // Capped at the denominator: a count can never exceed the people it counts.
                    let count = min(den, Double(try rng.nextPoisson(mean: den * risk)))
                    row += [String(Int(count)), String(Int(den))]
                }
                out += row.joined(separator: ",") + "\n"
            }
        }
        return out
    }

    private static func pow2(_ x: Double) -> Double { x * x }

    /// "S019" + 5 digits: S01900001 (nine characters like a real GSS code).
    private static func format6(_ prefix: String, _ i: Int) -> String {
        let digits = String(i)
        return prefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    private static func splitIntoRuns(_ count: Int, rng: inout Xoshiro256StarStar) -> [Int] {
        var runs: [Int] = [], left = count
        while left > 0 {
            let r = min(left, 3 + Int(rng.nextUniform() * 6))
            runs.append(r)
            left -= r
        }
        // Fold a short tail into its neighbour so every run has at least 3 zones.
        if runs.count > 1, runs.last! < 3 { let t = runs.removeLast(); runs[runs.count - 1] += t }
        return runs
    }

    /// Merges or splits runs (deterministically, largest first) until there are exactly `target`.
    private static func adjustRunCount(_ runs: inout [[Int]], to target: Int) {
        var total = runs.reduce(0) { $0 + $1.count }
        while total > target {
            // Merge the two smallest neighbouring runs in the council with the most runs.
            let c = runs.indices.max { runs[$0].count < runs[$1].count }!
            let j = runs[c].indices.dropLast().min { runs[c][$0] + runs[c][$0 + 1] < runs[c][$1] + runs[c][$1 + 1] }!
            runs[c][j] += runs[c][j + 1]
            runs[c].remove(at: j + 1)
            total -= 1
        }
        while total < target {
            // Split the largest run (size ≥ 6) into two.
            var best = (0, 0, 0)
            for (c, rs) in runs.enumerated() { for (j, r) in rs.enumerated() where r > best.2 { best = (c, j, r) } }
            let (c, j, r) = best
            precondition(r >= 6, "cannot reach \(target) intermediate zones")
            runs[c][j] = r / 2
            runs[c].insert(r - r / 2, at: j + 1)
            total += 1
        }
    }
}
