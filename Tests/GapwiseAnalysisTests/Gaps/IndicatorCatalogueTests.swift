// IndicatorCatalogueTests: the catalogue's defaults on the sample's indicators and on the real SIMD 2020v2 indicator columns.
import Foundation
import Testing
@_spi(Samples) import GapwiseAnalysis
import GapwiseNumerics
import GapwiseTestSupport

@Suite("IndicatorCatalogue")
struct IndicatorCatalogueTests {
    func counts(_ name: String) -> GapsIndicator {
        GapsIndicator(name: name, source: .counts(numerator: name + "_count", denominator: name + "_denominator"))
    }

    @Test("the sample: positive_destinations is favourable, the eleven others adverse; --favourable overrides")
    func sample() throws {
        let names = SyntheticScotland.indicators.map(\.name)
        #expect(names.count == 12)
        let defaults = IndicatorCatalogue.withRoles(names.map { counts($0).settlingPolarity(stated: nil) })
        #expect(defaults.filter { $0.polarity == .favourable }.map(\.name) == ["positive_destinations"])
        #expect(defaults.allSatisfy { $0.role == .outcome })
        let chosen = names.map { counts($0).settlingPolarity(stated: nil, favourable: ["crime"]) }
        #expect(chosen.filter { $0.polarity == .favourable }.map(\.name) == ["crime"])
        let labels = IndicatorCatalogue.labels(names.map(counts))
        #expect(labels["emergency_admissions"] == "Emergency hospital admissions" && labels.count == 12)
        // A spec's own polarity is kept.
        let spec = IndicatorCatalogue.withRoles([try GapsIndicator.parse("x=a/b:polarity=favourable")])[0]
        #expect(spec.polarity == .favourable && spec.role == .outcome)
    }

    // The real file's indicator columns are those after the seven domain ranks (PROVENANCE.md's column list);
    // favourable per the publisher's descriptions: attendance, attainment, entering university.
    @Test("SIMD 2020v2 with indicators: every indicator column is known; health and education are outcomes, the rest deprivation inputs; three are favourable",
          .needsShared("data/simd2020v2_withinds/simd2020_withinds.csv"))
    func simd2020v2() throws {
        let url = try SharedData.require("data/simd2020v2_withinds/simd2020_withinds.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first).split(separator: ",")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        #expect(header.count == 49)
        let domainEnd = try #require(header.firstIndex(of: "SIMD2020_Housing_Domain_Rank"))
        let indicators = Array(header[(domainEnd + 1)...])
        #expect(indicators.count == 32)
        for column in header[...domainEnd] { #expect(IndicatorCatalogue.entry(named: column) == nil, "\(column) is not an indicator") }
        for column in indicators {
            let e = try #require(IndicatorCatalogue.entry(named: column), "\(column) is not in the catalogue")
            // SIMD 2020 technical notes: the health domain's 7 and the education domain's 5 indicators.
            let outcome = ["CIF", "ALCOHOL", "DRUG", "SMR", "DEPRESS", "LBWT", "EMERG",
                           "Attendance", "Attainment", "no_qualifications", "not_participating", "University"].contains(column)
            #expect(e.role == (outcome ? .outcome : .deprivation), "\(column)")
            #expect(!e.label.isEmpty)
        }
        #expect(indicators.filter { IndicatorCatalogue.entry(named: $0)?.polarity == .favourable } == ["Attendance", "Attainment", "University"])
        // A report spec reading a known column takes its defaults: income counts over the population.
        let income = IndicatorCatalogue.withRoles([try GapsIndicator.parse("income=income_count/Total_population")])[0]
        #expect(income.polarity == .adverse && income.role == .deprivation)
        let attainment = IndicatorCatalogue.withRoles([try GapsIndicator.parse("Attainment")])[0]
        #expect(attainment.polarity == .favourable && attainment.role == .outcome)
        #expect(IndicatorCatalogue.labels([attainment]) == ["Attainment": "Attainment of school leavers"])
    }

    /// The one polarity rule, each step in turn: the spec's own polarity, else the favourable list, else the
    /// catalogue (SIMD's Attainment is favourable, its SMR adverse), else the fallback.
    @Test("polarity: a stated one wins, else the favourable list, else the catalogue, else the fallback")
    func polarityRule() throws {
        let attainment = GapsIndicator(name: "Attainment", source: .values(value: "Attainment", standardError: nil))
        let unknown = GapsIndicator(name: "x", source: .values(value: "x", standardError: nil))
        #expect(attainment.settlingPolarity(stated: .adverse).polarity == .adverse)
        #expect(attainment.settlingPolarity(stated: .adverse, favourable: ["Attainment"]).polarity == .adverse)
        #expect(attainment.settlingPolarity(stated: nil, favourable: ["x"]).polarity == .adverse)
        #expect(unknown.settlingPolarity(stated: nil, favourable: ["x"]).polarity == .favourable)
        #expect(attainment.settlingPolarity(stated: nil).polarity == .favourable)
        #expect(attainment.settlingPolarity(stated: nil, fallback: .adverse).polarity == .favourable)
        #expect(unknown.settlingPolarity(stated: nil).polarity == .adverse)
        #expect(unknown.settlingPolarity(stated: nil, fallback: .favourable).polarity == .favourable)
        // Known by the column it reads: a renamed Attainment is still favourable.
        let renamed = GapsIndicator(name: "attain", source: .values(value: "Attainment", standardError: nil))
        #expect(renamed.settlingPolarity(stated: nil).polarity == .favourable)
        // The one-line spec settles by the same rule.
        #expect(try GapsIndicator.parse("Attainment").polarity == .favourable)
        #expect(try GapsIndicator.parse("Attainment:polarity=adverse").polarity == .adverse)
        #expect(try GapsIndicator.parse("Attainment", favourable: ["SMR"]).polarity == .adverse)
        #expect(try GapsIndicator.parse("SMR").polarity == .adverse)
    }
}
