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
        let defaults = IndicatorCatalogue.withDefaults(names.map(counts), favourable: nil)
        #expect(defaults.filter { $0.polarity == .favourable }.map(\.name) == ["positive_destinations"])
        #expect(defaults.allSatisfy { $0.role == .outcome })
        let chosen = IndicatorCatalogue.withDefaults(names.map(counts), favourable: ["crime"])
        #expect(chosen.filter { $0.polarity == .favourable }.map(\.name) == ["crime"])
        let labels = IndicatorCatalogue.labels(names.map(counts))
        #expect(labels["emergency_admissions"] == "Emergency hospital admissions" && labels.count == 12)
        // A spec's own polarity is kept when nothing makes it favourable.
        var spec = try GapsIndicator.parse("x=a/b:polarity=favourable")
        spec = IndicatorCatalogue.withDefaults([spec], favourable: nil)[0]
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
        let income = IndicatorCatalogue.withDefaults([try GapsIndicator.parse("income=income_count/Total_population")], favourable: nil)[0]
        #expect(income.polarity == .adverse && income.role == .deprivation)
        let attainment = IndicatorCatalogue.withDefaults([try GapsIndicator.parse("Attainment")], favourable: nil)[0]
        #expect(attainment.polarity == .favourable && attainment.role == .outcome)
        #expect(IndicatorCatalogue.labels([attainment]) == ["Attainment": "Attainment of school leavers"])
    }
}
