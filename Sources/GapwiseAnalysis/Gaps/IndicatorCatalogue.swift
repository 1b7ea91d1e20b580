// IndicatorCatalogue: what Gapwise knows about named indicators (label, polarity, role): the sample's and SIMD 2020v2's columns.
import GapwiseNumerics

/// One known indicator: the label a report shows, its polarity and its role.
public struct CatalogueIndicator: Hashable, Sendable {
    /// The name (a column, or the `NAME` of `NAME_count`/`NAME_denominator`).
    public let name: String
    public let label: String
    public let polarity: Polarity
    /// `.deprivation` for an input of the deprivation index (SIMD's income, employment, access, crime and
    /// housing indicators), else `.outcome` (the sample's, SIMD's health and education indicators).
    public let role: GapsIndicatorRole
}

/// The indicators Gapwise knows by name, used for defaults when a request does not say: the synthetic
/// sample's twelve outcomes (`gapwise sample`) and the indicator columns of the Scottish Government's
/// "SIMD 2020v2 with indicators" file (`simd2020_withinds.csv`).
///
/// SIMD's health and education domain indicators (CIF, ALCOHOL, DRUG, SMR, DEPRESS, LBWT, EMERG;
/// Attendance, Attainment, no_qualifications, not_participating, University) are the outcomes a partnership
/// reports on (role `.outcome`, as the shipped `datasets/configs/gaps_simd2020v2.yaml` marks them); the
/// income, employment, access, crime and housing indicators are the deprivation the index measures (role
/// `.deprivation`): `report` profiles their gaps but ranks no community on them. Their polarity follows the
/// publisher's indicator descriptions: school pupil attendance, attainment of school leavers and the
/// proportion of 17–21 year olds entering university are favourable (higher is better); every other one
/// is adverse: income and employment deprivation, the health ratios and proportions (CIF, ALCOHOL, DRUG,
/// SMR, DEPRESS, LBWT, EMERG), working-age people with no qualifications, 16–19s not participating,
/// drive and public-transport times, premises without superfast broadband, recorded crime, overcrowding
/// and no central heating.
public enum IndicatorCatalogue {
    /// The synthetic sample's indicators, as its generator defines them.
    public static let sample: [CatalogueIndicator] = SyntheticScotland.indicators.map {
        CatalogueIndicator(name: $0.name, label: $0.label, polarity: $0.favourable ? .favourable : .adverse, role: .outcome)
    }

    /// The indicator columns of SIMD 2020v2 with indicators, with the publisher's descriptions as labels.
    public static let simd2020v2: [CatalogueIndicator] = [
        ("income_rate", "Proportion of people income deprived"), ("income_count", "People income deprived"),
        ("employment_rate", "Proportion of working-age people employment deprived"),
        ("employment_count", "Working-age people employment deprived"),
        ("CIF", "Comparative illness factor"), ("ALCOHOL", "Hospital stays related to alcohol use (standardised ratio)"),
        ("DRUG", "Hospital stays related to drug use (standardised ratio)"), ("SMR", "Standardised mortality ratio"),
        ("DEPRESS", "Proportion of people prescribed drugs for anxiety, depression or psychosis"),
        ("LBWT", "Proportion of live singleton births of low birth weight"),
        ("EMERG", "Emergency stays in hospital (standardised ratio)"),
        ("Attendance", "School pupil attendance"), ("Attainment", "Attainment of school leavers"),
        ("no_qualifications", "Working-age people with no qualifications (standardised ratio)"),
        ("not_participating", "Proportion of 16-19 year olds not in education, employment or training"),
        ("University", "Proportion of 17-21 year olds entering university"),
        ("drive_petrol", "Drive time to a petrol station (minutes)"), ("drive_GP", "Drive time to a GP surgery (minutes)"),
        ("drive_post", "Drive time to a post office (minutes)"), ("drive_primary", "Drive time to a primary school (minutes)"),
        ("drive_retail", "Drive time to a retail centre (minutes)"), ("drive_secondary", "Drive time to a secondary school (minutes)"),
        ("PT_GP", "Public transport time to a GP surgery (minutes)"), ("PT_post", "Public transport time to a post office (minutes)"),
        ("PT_retail", "Public transport time to a retail centre (minutes)"),
        ("broadband", "Proportion of premises without superfast broadband"),
        ("crime_count", "Recorded crimes of violence, sexual crimes, domestic housebreaking, vandalism, drugs offences and common assault"),
        ("crime_rate", "Recorded crimes (as crime_count) per 10,000 people"),
        ("overcrowded_count", "People in overcrowded households"), ("overcrowded_rate", "Proportion of people in overcrowded households"),
        ("nocentralheating_count", "People in households without central heating"),
        ("nocentralheating_rate", "Proportion of people in households without central heating"),
    ].map { name, label in
        CatalogueIndicator(name: name, label: label,
                           polarity: ["Attendance", "Attainment", "University"].contains(name) ? .favourable : .adverse,
                           role: simdOutcomes.contains(name) ? .outcome : .deprivation)
    }

    /// SIMD's health and education domain indicators: outcomes, not the deprivation the index measures.
    static let simdOutcomes: Set<String> = ["CIF", "ALCOHOL", "DRUG", "SMR", "DEPRESS", "LBWT", "EMERG",
                                            "Attendance", "Attainment", "no_qualifications", "not_participating", "University"]

    /// Every known indicator, the sample's first.
    public static let all: [CatalogueIndicator] = sample + simd2020v2

    private static let byName: [String: CatalogueIndicator] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    /// The known indicator of that name, if any.
    public static func entry(named name: String) -> CatalogueIndicator? { byName[name] }

    /// The known indicator `indicator` is: by its name, else by the column it reads (the numerator or value
    /// column, so `income=income_count/Total_population` is SIMD's `income_count`).
    public static func entry(for indicator: GapsIndicator) -> CatalogueIndicator? {
        if let e = byName[indicator.name] { return e }
        switch indicator.source {
        case let .counts(numerator, _): return byName[numerator]
        case let .values(value, _): return byName[value]
        default: return nil
        }
    }

    /// `indicators` with the catalogue's roles: a known indicator takes the catalogue's role, others keep
    /// theirs. (Polarity is settled once, where an indicator is built: ``GapsIndicator/settlingPolarity(stated:favourable:fallback:)``.)
    public static func withRoles(_ indicators: [GapsIndicator]) -> [GapsIndicator] {
        indicators.map { ind in
            var i = ind
            if let known = entry(for: ind) { i.role = known.role }
            return i
        }
    }

    /// The labels of the known indicators among `indicators`, by indicator name.
    public static func labels(_ indicators: [GapsIndicator]) -> [String: String] {
        Dictionary(indicators.compactMap { i in entry(for: i).map { (i.name, $0.label) } }, uniquingKeysWith: { a, _ in a })
    }
}
