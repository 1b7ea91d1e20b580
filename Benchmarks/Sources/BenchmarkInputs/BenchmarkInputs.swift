// BenchmarkInputs: the seeded generator of every benchmark input (suites, peer timings and the files the peers read).
import Foundation
import Gapwise

/// Seeded, reproducible inputs shared by the benchmark suites, `GapwisePeerTimings` and (through the
/// files `GapwiseBenchInputs` writes) the Python/R peers, so that every ratio compares the same data.
///
/// Every generator draws from `RandomGenerators.Xoshiro256StarStar(seed:)`; the same arguments give bit-identical inputs
/// on every machine. Shapes imitate Scottish small-area statistics: values are log-normal (an
/// income- or rate-like outcome, always > 0), weights are data-zone-sized populations (integers
/// 300...1,500), quantile rows carry a deprivation gradient.
public enum BenchmarkInputs {
    /// `count` weighted values: y = exp(N(3, 0.6)) (so y > 0), w uniform on the integers 300...1,500,
    /// and a ranking variable (a deprivation score correlated with y) for the concentration index.
    public struct WeightedValues: Sendable {
        public let values: [Double]
        public let weights: [Double]
        public let ranking: [Double]
    }

    public static func weightedValues(count: Int, seed: UInt64 = 2026) -> WeightedValues {
        var g = RandomGenerators.Xoshiro256StarStar(seed: seed)
        var values = [Double](repeating: 0, count: count)
        var weights = [Double](repeating: 0, count: count)
        var ranking = [Double](repeating: 0, count: count)
        for i in 0..<count {
            let z = g.nextStandardNormal()
            values[i] = exp(3 + 0.6 * z)
            weights[i] = Double(300 + Int(g.next() % 1201))
            ranking[i] = -z + g.nextStandardNormal()
        }
        return WeightedValues(values: values, weights: weights, ranking: ranking)
    }

    /// `areas` areas of 10 deprivation deciles (1 = most deprived) for the PHE SII: populations uniform
    /// on 5,000...15,000, a normal-type indicator (life-expectancy-like, falling 0.6 a decile, noise
    /// N(0, 0.5)), standard errors uniform on 0.3...1.0.
    public static func siiAreas(_ areas: Int, quantiles: Int = 10, seed: UInt64 = 2027) -> [SIIArea] {
        var g = RandomGenerators.Xoshiro256StarStar(seed: seed)
        return (0..<areas).map { _ in
            var pop = [Double](), val = [Double](), se = [Double]()
            let base = 75 + 5 * g.nextUniform()
            for q in 0..<quantiles {
                pop.append(5_000 + 10_000 * g.nextUniform())
                val.append(base + 0.6 * Double(q) + 0.5 * g.nextStandardNormal())
                se.append(0.3 + 0.7 * g.nextUniform())
            }
            return SIIArea(populations: pop, values: val, uncertainty: .standardErrors(se))
        }
    }

    /// `areas` areas of 10 deciles for the **rate-type** PHE SII (value type rate, no transform): a
    /// mortality-like rate per 100,000 (about 700–1,400 in decile 1, falling 6% a decile, log-normal
    /// noise with sd 0.05), populations uniform on 5,000...15,000, and the standard error of the log
    /// rate of a Poisson count, `1/√(rate·population/100,000)` (about 0.09–0.2).
    public static func siiRateAreas(_ areas: Int, quantiles: Int = 10, seed: UInt64 = 2031) -> [SIIArea] {
        var g = RandomGenerators.Xoshiro256StarStar(seed: seed)
        return (0..<areas).map { _ in
            var pop = [Double](), val = [Double](), se = [Double]()
            let base = 700 + 700 * g.nextUniform()
            for q in 0..<quantiles {
                let p = 5_000 + 10_000 * g.nextUniform()
                let rate = base * exp(-0.06 * Double(q) + 0.05 * g.nextStandardNormal())
                pop.append(p)
                val.append(rate)
                se.append(1 / (rate * p / 100_000).squareRoot())
            }
            return SIIArea(populations: pop, values: val, uncertainty: .standardErrors(se))
        }
    }

    /// `areas` areas of 10 deciles for the **proportion-type** PHE SII (no transform): a prevalence of
    /// about 0.15–0.35 in decile 1 falling 8% a decile, with the standard error of the logit of a
    /// survey proportion of 400...1,200 respondents, `1/√(n·p·(1−p))` (about 0.06–0.2).
    public static func siiProportionAreas(_ areas: Int, quantiles: Int = 10, seed: UInt64 = 2032) -> [SIIArea] {
        var g = RandomGenerators.Xoshiro256StarStar(seed: seed)
        return (0..<areas).map { _ in
            var pop = [Double](), val = [Double](), se = [Double]()
            let base = 0.15 + 0.2 * g.nextUniform()
            for q in 0..<quantiles {
                let p = base * exp(-0.08 * Double(q) + 0.05 * g.nextStandardNormal())
                let n = 400 + 800 * g.nextUniform()
                pop.append(5_000 + 10_000 * g.nextUniform())
                val.append(p)
                se.append(1 / (n * p * (1 - p)).squareRoot())
            }
            return SIIArea(populations: pop, values: val, uncertainty: .standardErrors(se))
        }
    }

    /// `areas` areas of `quantiles` ordered subgroups each for the grouped (HEAT/ScotPHO) measures: an
    /// adverse percentage (falling with the quantile), its standard error and population; quantile
    /// `quantiles` (least deprived) is the named reference.
    public static func subgroupAreas(_ areas: Int, quantiles: Int = 10, seed: UInt64 = 2028) -> [SubgroupData] {
        var g = RandomGenerators.Xoshiro256StarStar(seed: seed)
        return (0..<areas).map { _ in
            let base = 20 + 10 * g.nextUniform()
            let groups = (1...quantiles).map { q in
                Subgroup("Q\(q)", estimate: base - 1.2 * Double(q) + 0.8 * g.nextStandardNormal(),
                         standardError: 0.5 + g.nextUniform(), population: 10_000 + 5_000 * g.nextUniform(), order: q)
            }
            return try! SubgroupData(subgroups: groups, polarity: .adverse, scale: 100, reference: "Q\(quantiles)")
        }
    }

    /// `areas` life tables (deaths and populations by age band 0, 1-4, ..., `finalBand`+), each of some
    /// 20,000-40,000 people with mortality rising about 9% a year of age (Gompertz-like) and Poisson-ish noise.
    public static func lifeTableAreas(_ areas: Int, finalBand: Int = 90, seed: UInt64 = 2031) -> [LifeTableBands] {
        var g = RandomGenerators.Xoshiro256StarStar(seed: seed)
        let ages = AgeBands.standard(finalBand: finalBand)
        return (0..<areas).map { _ in
            let size = 20_000 + 20_000 * g.nextUniform(), level = 0.7 + 0.6 * g.nextUniform()
            var deaths: [Double] = [], pops: [Double] = []
            for (i, a) in ages.enumerated() {
                let width = i + 1 < ages.count ? Double(ages[i + 1] - a) : 8
                let p = (size * width / 90 * (1.2 - Double(a) / 120)).rounded()
                let m = a == 0 ? 0.004 : level * 0.0002 * exp(0.088 * Double(a))
                deaths.append(max(1, (p * m * (0.8 + 0.4 * g.nextUniform())).rounded()))
                pops.append(p)
            }
            return LifeTableBands(startAges: ages, deaths: deaths, populations: pops)
        }
    }

    /// A numeric CSV of `rows` rows × 10 columns laid out like official statistics: three integer counts
    /// (0...4,999), four rates in −100...100 with 1, 2, 3 and 4 decimals, three measures in 0...20 with
    /// 9 decimals (like SIMD drive times). A header `c0,...,c9`; LF line ends.
    public static func numericCSV(rows: Int, seed: UInt64 = 2029) -> [UInt8] {
        var g = RandomGenerators.Xoshiro256StarStar(seed: seed)
        var out = [UInt8]()
        out.reserveCapacity(rows * 80)
        out += Array("c0,c1,c2,c3,c4,c5,c6,c7,c8,c9\n".utf8)
        for _ in 0..<rows {
            for j in 0..<10 {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                switch j {
                case 0..<3: appendFixed(Int64(g.next() % 5_000), decimals: 0, to: &out)
                case 3..<7:
                    let d = j - 2
                    let scale = Int64(pow10(d))
                    let magnitude = Int64(g.next() % UInt64(100 * scale))
                    appendFixed(g.next() & 1 == 0 ? magnitude : -magnitude, decimals: d, to: &out)
                default: appendFixed(Int64(g.next() % 20_000_000_000), decimals: 9, to: &out)
                }
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// CPOP's Duncan-index input at full size: `councils` × `years` groups of `zones` intermediate zones (CPOP:
    /// 32 × 13, about 40 zones each), with `la`, `year`, `inc_n` (income-deprived people), `noninc_n` and the
    /// outcomes `o1`...`o<outcomes>`. A header row; LF line ends.
    public static func duncanZonesCSV(councils: Int = 32, years: Int = 13, zones: Int = 40, outcomes: Int = 7,
                                      seed: UInt64 = 2033) -> [UInt8] {
        var g = RandomGenerators.Xoshiro256StarStar(seed: seed)
        var text = "la,year,inc_n,noninc_n" + (1...outcomes).map { ",o\($0)" }.joined() + "\n"
        for c in 1...councils {
            for y in 0..<years {
                for _ in 0..<zones {
                    let people = 2_000 + 6_000 * g.nextUniform(), share = 0.02 + 0.4 * g.nextUniform()
                    text += "C\(c),\(2009 + y),\(people * share),\(people * (1 - share))"
                    for _ in 0..<outcomes { text += ",\(100 * g.nextUniform())" }
                    text += "\n"
                }
            }
        }
        return Array(text.utf8)
    }

    private static func pow10(_ d: Int) -> Int { (0..<d).reduce(1) { r, _ in r * 10 } }

    /// Writes the integer `units` / 10^decimals in fixed notation with exactly `decimals` digits after the point.
    private static func appendFixed(_ units: Int64, decimals: Int, to out: inout [UInt8]) {
        var u = units
        if u < 0 { out.append(UInt8(ascii: "-")); u = -u }
        var digits = [UInt8]()
        repeat { digits.append(UInt8(ascii: "0") + UInt8(u % 10)); u /= 10 } while u > 0
        while digits.count <= decimals { digits.append(UInt8(ascii: "0")) }
        for (k, d) in digits.reversed().enumerated() {
            if decimals > 0 && k == digits.count - decimals { out.append(UInt8(ascii: ".")) }
            out.append(d)
        }
    }
}

/// The sizes every suite, the peer timings and the peer script share.
public enum BenchmarkSizes {
    /// Weighted values for the distributional measures: 1e5, 1e6, 1e7.
    public static let measures = [100_000, 1_000_000, 10_000_000]
    /// Areas (× 19 or 20 age bands) for life expectancy.
    public static let lifeTableAreas = [10, 100, 1_000]
    /// Areas (× 10 deciles) for the PHE SII with 100,000 repetitions.
    public static let siiAreas = [10, 100, 1_000]
    /// Monte-Carlo repetitions of the PHE SII.
    public static let siiRepetitions = 100_000
    /// Scottish data zones (2011), the size of the bootstrap benchmark, and its input's seed.
    public static let zones = 6_976
    public static let zoneSeed: UInt64 = 2030
    /// Bootstrap replicates.
    public static let bootstrapReplicates = 10_000
    /// CSV rows (× 10 numeric columns).
    public static let csvRows = [10_000, 100_000, 1_000_000]
    /// Areas × quantiles for the grouped measures.
    public static let groupedAreas = 1_000
}
