// CompositeIndexTests: a composite built by hand against mpmath, config decoding and every error branch.
import Foundation
import Testing
import GapwiseTestSupport
@testable import GapwiseDeprivation

@Suite("Composite deprivation index")
struct CompositeIndexTests {
    static let config = CompositeIndexConfig(
        name: "example",
        domains: [
            .init(name: "A", column: "a", values: .rank, polarity: .favourable, weight: 3),
            .init(name: "B", column: "b", values: .score, polarity: .adverse, weight: 1),
        ])

    /// Five areas, domain A as ranks, domain B as scores (higher deprived, a tie at 30), weights 3 and 1.
    /// Scores from Reference/simd_transform_reference.py (mpmath, 50 digits).
    @Test func smallCompositeAgainstMpmath() throws {
        let index = try CompositeIndex(config: Self.config)
        let result = try index.compute(columns: ["a": [1, 2, 3, 4, 5], "b": [10, 30, 30, 5, 40], "unused": []])
        #expect(result.domainRanks[1] == [4, 2.5, 2.5, 5, 1])
        let expected = [112.62851828143263452, 77.54491026118487302, 50.301303440612911662,
                        15.174137981654418798, 35.856824095849276085]
        for (ours, ref) in zip(result.scores, expected) {
            #expect(abs(ours - ref) / ref < 1e-14, "\(ours) vs \(ref)")
        }
        #expect(result.ranks == [1, 2, 3, 5, 4])
        #expect(result.count == 5)
    }

    /// Polarity: a rank column with the deprived end high is the same as its flip with the end low;
    /// a score column with the deprived end low is the same as its negation with the end high.
    @Test func polarityFlipsAgree() throws {
        let high = CompositeIndexConfig(name: "h", domains: [
            .init(name: "A", column: "a", values: .rank, polarity: .adverse, weight: 2),
            .init(name: "B", column: "b", values: .score, polarity: .favourable, weight: 1)])
        let r1 = try CompositeIndex(config: high).compute(columns: ["a": [5, 4, 3, 2, 1], "b": [-10, -30, -30, -5, -40]])
        let r2 = try CompositeIndex(config: Self.config).compute(columns: ["a": [1, 2, 3, 4, 5], "b": [10, 30, 30, 5, 40]])
        #expect(r1.domainRanks == r2.domainRanks)
        #expect(r1.transformed == r2.transformed)
    }

    /// Tie policy: two identical areas tie; `average` shares 1.5, `first` keeps input order.
    @Test func tiePolicy() throws {
        var c = Self.config
        let cols: [String: [Double]] = ["a": [1.5, 1.5, 3], "b": [7, 7, 1]]
        #expect(try CompositeIndex(config: c).compute(columns: cols).ranks == [1.5, 1.5, 3])
        c.ties = .first
        #expect(try CompositeIndex(config: c).compute(columns: cols).ranks == [1, 2, 3])
        c.ties = .min
        #expect(try CompositeIndex(config: c).compute(columns: cols).ranks == [1, 1, 3])
    }

    @Test func shippedConfigsDecode() throws {
        for (file, first) in [("simd2016_from_domain_ranks.json", "Income_Domain_2016_Rank"),
                              ("simd2020v2_from_domain_ranks.json", "SIMD2020v2_Income_Domain_Rank")] {
            let url = SharedData.packageRoot.appendingPathComponent("datasets/\(file)")
            let c = try CompositeIndexConfig.load(from: url)
            #expect(c.domains.map(\.name) == ["income", "employment", "health", "education", "access", "crime", "housing"])
            #expect(c.domains.map(\.weight) == [28, 28, 14, 14, 9, 5, 2])
            #expect(c.domains.allSatisfy { $0.values == .rank && $0.polarity == .favourable })
            #expect(c.domains[0].column == first)
            #expect(c.transform == .simdExponential && c.tiePolicy == .average)
        }
    }

    @Test func decodeErrors() {
        func message(_ json: String) -> String {
            do { _ = try CompositeIndexConfig.decode(from: Data(json.utf8)); return "no error" } catch { return error.description }
        }
        #expect(message("{") .hasPrefix("the index configuration could not be read: the value at the top level is not valid"))
        #expect(message(#"{"transform":"simdExponential","domains":[]}"#)
            == "the index configuration could not be read: the key \"name\" is missing at the top level.")
        #expect(message(#"{"name":"x","transform":"simdExponential","domains":[{"name":"a","column":"c","values":"rank","deprived":"lower"}]}"#)
            == "the index configuration could not be read: the key \"weight\" is missing at domains[0].")
        #expect(message(#"{"name":"x","transform":"simdExponential","domains":[{"name":"a","column":"c","values":"rank","deprived":"low","weight":1}]}"#)
            .hasPrefix("the index configuration could not be read: the value at domains[0].deprived is not valid"))
        #expect(message(#"{"name":"x","transform":"simdExponential","domains":[{"name":"a","column":"c","values":"rank","deprived":"lower","weight":"1"}]}"#)
            .hasPrefix("the index configuration could not be read: the value at domains[0].weight has the wrong type"))
        #expect(message(#"{"name":"x","transform":"simdExponential","domains":[]}"#)
            == "the index configuration lists no domains; at least one domain is needed.")
        let d = #"{"name":"a","column":"c","values":"rank","deprived":"lower","weight":1}"#
        #expect(message(#"{"name":"x","transform":"simdExponential","domains":[\#(d),\#(d)]}"#)
            == "the index configuration lists the domain \"a\" more than once; domain names must be unique.")
        #expect(message(#"{"name":"x","transform":"simdExponential","domains":[{"name":"a","column":"c","values":"rank","deprived":"lower","weight":-2}]}"#)
            == "the weight of domain \"a\" is -2.0; weights must be finite and greater than 0.")
    }

    @Test func loadErrorNamesTheFile() {
        #expect(throws: DeprivationError.self) {
            try CompositeIndexConfig.load(from: URL(fileURLWithPath: "/nonexistent/gapwise.json"))
        }
        do { _ = try CompositeIndexConfig.load(from: URL(fileURLWithPath: "/nonexistent/gapwise.json")) } catch {
            #expect(error.description.hasPrefix("the index configuration could not be read: cannot read /nonexistent/gapwise.json"))
        }
    }

    @Test func computeErrors() throws {
        let index = try CompositeIndex(config: Self.config)
        func message(_ cols: [String: [Double]]) -> String {
            do { _ = try index.compute(columns: cols); return "no error" } catch { return error.description }
        }
        #expect(message(["a": [1]]) == "the data has no column \"b\", which the configuration names as the input of domain \"B\".")
        #expect(message(["a": [], "b": []]) == "there are no small areas to rank.")
        #expect(message(["a": [1, 2], "b": [1]]) == "b has 1 entries but 2 were expected (one per small area); the inputs must line up.")
        #expect(message(["a": [1, 2], "b": [1, .nan]]) == "b is nan in row 1 (counting from 0); every small area needs a finite value.")
        #expect(message(["a": [1, .infinity], "b": [1, 2]]) == "a is inf in row 1 (counting from 0); every small area needs a finite value.")
        #expect(message(["a": [1, 3], "b": [1, 2]])
            == "a is 3.0 in row 1 (counting from 0), but a rank among 2 small areas must lie between 1 and 2.")
        #expect(message(["a": [0.5, 2], "b": [1, 2]])
            == "a is 0.5 in row 0 (counting from 0), but a rank among 2 small areas must lie between 1 and 2.")
        #expect(throws: DeprivationError.noDomains) { try CompositeIndex(config: CompositeIndexConfig(name: "e", domains: [])) }
    }
}
