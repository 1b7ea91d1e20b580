// LifeExpectancyFlag: why a life expectancy is not given (PHE's checks, each returning NA as phe_life_expectancy does).

/// Why ``LifeExpectancy/chiangSilcocks(startAges:deaths:populations:finalBand:ages:confidence:)`` gives no value
/// for an area. PHEindicatormethods returns NA (with a warning) in each of these cases rather than
/// stopping, so that one small area does not stop a run over many; Gapwise does the same and says why.
/// Checked in PHE's order; the first that applies is reported.
public enum LifeExpectancyFlag: Sendable, Hashable, CustomStringConvertible {
    /// A band has a negative death count (PHE: "some age bands have negative deaths").
    case negativeDeaths(startAge: Int, deaths: Double)
    /// A band's population is zero or negative (PHE: "some age bands have a zero or less population").
    case nonPositivePopulation(startAge: Int, population: Double)
    /// The bands are not the standard set 0, 1, 5, ..., 85 or 90 once each (PHE: "some groups contain a
    /// different number of age bands than 20").
    case nonStandardBands(missing: [Int], repeated: [Int], unexpected: [Int])
    /// A band has more deaths than population (PHE: "some age bands have more deaths than population").
    case deathsExceedPopulation(startAge: Int, deaths: Double, population: Double)
    /// The total population is 5,000 or less, PHE's minimum for a robust life expectancy (Toson & Baker 2003).
    case smallPopulation(total: Double)
    /// No deaths in the open final band: its mean survival 1/M is infinite (PHE gives NA).
    case noDeathsInFinalBand(startAge: Int)
    /// The 95% confidence interval is wider than 20 years: the value is suppressed, the limits are kept
    /// (PHE: "some life expectancy values have a 95% confidence interval > 20 years").
    case wideInterval(width: Double)

    /// The minimum total population, exclusive: PHE suppresses totals of 5,000 or less.
    public static let minimumPopulation = 5_000.0

    /// Whether the life table was computed and only the value withheld (`.wideInterval`): the limits are kept.
    public var keepsLimits: Bool { if case .wideInterval = self { return true } else { return false } }

    public var description: String {
        switch self {
        case let .negativeDeaths(age, d):
            return "not computed: the age band starting at \(age) has \(formatNumber(d)) deaths; deaths cannot be negative"
        case let .nonPositivePopulation(age, p):
            return "not computed: the age band starting at \(age) has a population of \(formatNumber(p)); every band needs a population above zero"
        case let .nonStandardBands(missing, repeated, unexpected):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing \(list(missing))") }
            if !repeated.isEmpty { parts.append("repeated \(list(repeated))") }
            if !unexpected.isEmpty { parts.append("not standard \(list(unexpected))") }
            return "not computed: the age bands must be 0, 1, 5, 10, ..., with a final band 85+ or 90+, each once (\(parts.joined(separator: "; ")))"
        case let .deathsExceedPopulation(age, d, p):
            return "not computed: the age band starting at \(age) has \(formatNumber(d)) deaths, more than its population \(formatNumber(p))"
        case let .smallPopulation(total):
            return "not computed: the total population \(formatNumber(total)) is 5,000 or less, too small for a robust life expectancy (PHE's minimum)"
        case let .noDeathsInFinalBand(age):
            return "not computed: the final age band (\(age)+) has no deaths, so its mean survival cannot be estimated"
        case let .wideInterval(width):
            return "value suppressed: the 95% confidence interval is \(formatNumber((width * 100).rounded() / 100)) years wide, more than 20 (PHE's rule); the limits are given"
        }
    }

    private func list(_ ages: [Int]) -> String { ages.map(String.init).joined(separator: ", ") }
}
