// NameSuggestionTests: "did you mean" suggests the one close name, never a guess among equals.
import Testing
@testable import GapwiseIO

@Suite("Did-you-mean suggestions")
struct NameSuggestionTests {
    @Test func distancesAreTheTextbookOnes() {
        // Classic worked cases: kitten/sitting 3, flaw/lawn 2, a transposition costs 1 (OSA), empty strings.
        #expect(NameSuggestion.distance(Array("kitten"), Array("sitting")) == 3)
        #expect(NameSuggestion.distance(Array("flaw"), Array("lawn")) == 2)
        #expect(NameSuggestion.distance(Array("gnii"), Array("gini")) == 1)
        #expect(NameSuggestion.distance(Array(""), Array("abc")) == 3)
        #expect(NameSuggestion.distance(Array("ca"), Array("abc")) == 3)  // OSA, not true Damerau (which gives 2)
    }

    @Test func suggestsTheOneCloseName() {
        let columns = ["Data_Zone", "Total_population", "EMERG", "income_count"]
        #expect(NameSuggestion.closest(to: "EMRG", among: columns) == "EMERG")
        #expect(NameSuggestion.closest(to: "data zone", among: columns) == "Data_Zone")
        #expect(NameSuggestion.closest(to: "total_population", among: columns) == "Total_population")
        #expect(NameSuggestion.closest(to: "gnii", among: ["gini", "theil_t", "cov"]) == "gini")
        #expect(NameSuggestion.hint(for: "EMRG", among: columns) == " (did you mean \"EMERG\"?)")
    }

    @Test func noSuggestionWhenFarOrTied() {
        #expect(NameSuggestion.closest(to: "population", among: ["rank", "council"]) == nil)
        #expect(NameSuggestion.closest(to: "ab", among: ["ac", "ad"]) == nil)
        #expect(NameSuggestion.hint(for: "zzz", among: ["a", "b"]) == "")
    }
}
