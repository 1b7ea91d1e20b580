// PolarityFileSpellingTests: the one Polarity type read from, and written back as, the `deprived: higher|lower` of index files.
import Foundation
import Testing
import GapwiseTestSupport
import GapwiseDeprivation
import GapwiseNumerics

@Suite("Polarity: file spellings")
struct PolarityFileSpellingTests {
    @Test("higher is adverse, lower is favourable; the sign makes larger = worse")
    func worseEnds() {
        #expect(Polarity(worseEnd: "higher") == .adverse && Polarity(worseEnd: "lower") == .favourable)
        #expect(Polarity(worseEnd: "adverse") == nil && Polarity(worseEnd: "Higher") == nil)
        #expect(Polarity.adverse.worseEnd == "higher" && Polarity.favourable.worseEnd == "lower")
        #expect(Polarity.adverse.sign == 1 && Polarity.favourable.sign == -1)
    }

    @Test("datasets/simd2016_from_domain_ranks.json reads unchanged and writes deprived back as it was")
    func shippedFileRoundTrips() throws {
        let url = SharedData.packageRoot.appendingPathComponent("datasets/simd2016_from_domain_ranks.json")
        let config = try CompositeIndexConfig.load(from: url)
        let written = try JSONEncoder().encode(config)
        let raw = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        let domains = try #require(raw["domains"] as? [[String: Any]])
        #expect(domains.map { $0["deprived"] as? String } == Array(repeating: "lower", count: 7))
        #expect(domains.allSatisfy { $0["polarity"] == nil })
        #expect(try CompositeIndexConfig.decode(from: written) == config)
    }

    @Test("a score domain with deprived: higher is adverse; a wrong spelling names the key and the choices")
    func scoreDomain() throws {
        let json = #"{"name":"x","transform":"simdExponential","domains":[{"name":"a","column":"c","values":"score","deprived":"higher","weight":1}]}"#
        #expect(try CompositeIndexConfig.decode(from: Data(json.utf8)).domains[0].polarity == .adverse)
        let bad = json.replacingOccurrences(of: "\"higher\"", with: "\"adverse\"")
        #expect(throws: DeprivationError.invalidConfig(detail: "the value at domains[0].deprived is not valid (\"adverse\" is not higher or lower).")) {
            try CompositeIndexConfig.decode(from: Data(bad.utf8))
        }
    }
}
