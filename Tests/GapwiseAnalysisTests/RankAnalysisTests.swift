// RankAnalysisTests: indicator ranks and bands by hand, composites against an independent numpy/scipy build, SIMD 2016 exact, config formats.
import Foundation
import Testing
import GapwiseConfig
import GapwiseIO
import GapwiseTestSupport
@testable import GapwiseAnalysis

@Suite("RankAnalysis and composite configurations")
struct RankAnalysisTests {
    func table(_ text: String, _ name: String = "areas.csv") throws -> CSVTable {
        try CSVReader.read(bytes: Array(text.utf8), name: name)
    }

    @Test func indicatorRanksTiesAndCountBandsNationallyAndWithin() throws {
        let t = try table("code,g,v\na,X,5\nb,X,9\nc,X,9\nd,Y,1\ne,Y,7\n")
        var r = RankRequest(area: "code", subject: .indicator(.value(column: "v", standardError: nil), polarity: .adverse),
                            ties: .average, bands: [.quintile])
        var rep = try RankAnalysis.run(r, on: t)
        // Descending, average ties: 9, 9 → 1.5; 7 → 3; 5 → 4; 1 → 5. Quintiles ceil(rank·5/5) on re-ranked ties.
        #expect(rep.areas.map(\.rank) == [4, 1.5, 1.5, 5, 3])
        #expect(rep.areas.map { $0.bands[0] } == [4, 2, 2, 5, 3])
        r.ties = .min
        #expect(try RankAnalysis.run(r, on: t).areas.map(\.rank) == [4, 1, 1, 5, 3])
        r.ties = .first; r.within = "g"; r.bands = [.decile]
        rep = try RankAnalysis.run(r, on: t)
        #expect(rep.areas.map(\.rank) == [3, 1, 2, 2, 1])
        #expect(rep.areas.map { $0.bands[0] } == [10, 4, 7, 10, 5], "ceil(r·10/n) within groups of 3 and 2")
        #expect(rep.csv(valueName: "v") == "area,name,g,v,rank,decile\na,,X,5,3,10\nb,,X,9,1,4\nc,,X,9,2,7\nd,,Y,1,2,10\ne,,Y,7,1,5\n")
        r.subject = .indicator(.value(column: "v", standardError: nil), polarity: .favourable); r.within = nil
        #expect(try RankAnalysis.run(r, on: t).areas.map(\.rank) == [2, 4, 5, 1, 3])
    }

    @Test func populationBandsAndRateIndicators() throws {
        // Rates 0.5, 0.4, 0.3, 0.2 (worst first); populations 100, 100, 100, 700: cumulative shares 0.1, 0.2,
        // 0.3, 1.0 → 5s = 0.5, 1, 1.5, 5 → quintiles 1, 1, 2, 5 (no area lands nearer a cut-off by moving back).
        let t = try table("code,n,d,pop\na,50,100,100\nb,40,100,100\nc,30,100,100\nd,20,100,700\n")
        let r = RankRequest(area: "code", subject: .indicator(.counts(count: "n", denominator: "d"), polarity: .adverse),
                            bands: [.quintile], bandRule: .population, population: "pop")
        let rep = try RankAnalysis.run(r, on: t)
        #expect(rep.areas.map(\.value) == [0.5, 0.4, 0.3, 0.2])
        #expect(rep.areas.map(\.rank) == [1, 2, 3, 4])
        #expect(rep.areas.map { $0.bands[0] } == [1, 1, 2, 5])
        let missing = try table("code,n,d\na,50,100\nb,,100\n", "in.csv")
        #expect(throws: AnalysisError.invalidValue(file: "in.csv", row: 3, column: "n", value: "missing",
                                                    rule: "is not a number; every area needs a value")) {
            try RankAnalysis.run(RankRequest(area: "code", subject: .indicator(.counts(count: "n", denominator: "d"), polarity: .adverse)), on: missing)
        }
        #expect(throws: AnalysisError.invalidRequest("population-weighted bands need \(field: .population).")) {
            try RankRequest(area: "code", subject: .indicator(.counts(count: "n", denominator: "d"), polarity: .adverse), bandRule: .population).validate()
        }
    }

    struct Reference: Decodable {
        let csv: String; let income: [Double]; let health: [Double]; let health_weights: [Double]
        let health_loadings: [Double]; let score: [Double]; let rank: [Double]
    }

    static let spec = """
        name: Indicator composite
        transform: simdExponential
        domains:
          - name: income
            weight: 28
            normalScores: blom
            indicators:
              - { name: rate, numerator: num, denominator: den, worse: higher, weight: 2 }
              - { name: good, column: good, worse: lower }
          - name: health
            weight: 14
            normalScores: rankit
            combination: factorAnalysis
            indicators:
              - { name: h0, column: h0, worse: higher }
              - { name: h1, column: h1, worse: higher }
              - { name: h2, column: h2, worse: higher }
          - { name: access, weight: 9, column: access_rank, values: rank, deprived: lower }
        """

    @Test func indicatorCompositeMatchesAnIndependentNumpyBuild() throws {
        // Reference/composite_reference.py (numpy/scipy: rankdata + norm.ppf, factanal's objective by L-BFGS-B).
        let url = SharedData.packageRoot.appendingPathComponent("Tests/GapwiseAnalysisTests/Reference/composite_reference.json")
        let ref = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-rank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("index.yaml").path
        try Self.spec.write(toFile: path, atomically: true, encoding: .utf8)
        let spec = try CompositeSpec.load(path: path)
        let rep = try RankAnalysis.run(RankRequest(area: "area", subject: .composite(spec), bands: []), on: try table(ref.csv))
        let health = try #require(rep.builtDomains.first { $0.name == "health" })
        for k in 0..<3 {
            // scipy's optimiser converges to ~1e-9 in the uniquenesses.
            #expect(abs(health.weights[k] - ref.health_weights[k]) < 1e-6)
            #expect(abs(health.loadings![k] - ref.health_loadings[k]) < 1e-6)
        }
        let income = try #require(rep.builtDomains.first { $0.name == "income" })
        #expect(income.weights == [2.0 / 3, 1.0 / 3])
        for i in ref.income.indices { #expect(abs(income.scores[i] - ref.income[i]) < 1e-12) }
        for i in ref.health.indices { #expect(abs(health.scores[i] - ref.health[i]) < 1e-6) }
        #expect(rep.areas.map(\.rank) == ref.rank)
        for i in ref.score.indices { #expect(abs(rep.areas[i].value - ref.score[i]) <= 1e-12 * ref.score[i]) }
    }

    @Test func jsonYamlAndTomlConfigsReadTheSame() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = SharedData.packageRoot.appendingPathComponent("datasets/simd2016_from_domain_ranks.json").path
        let yaml = dir.appendingPathComponent("simd.yaml").path, toml = dir.appendingPathComponent("simd.toml").path
        let base = try CompositeSpec.load(path: json)
        var y = "name: \(base.name)\ntransform: simdExponential\nties: average\ndomains:\n"
        var t = "name = \"\(base.name)\"\ntransform = \"simdExponential\"\nties = \"average\"\n"
        for d in base.domains {
            y += "  - { name: \(d.name), column: \(d.column!), values: rank, deprived: lower, weight: \(Int(d.weight)) }\n"
            t += "\n[[domains]]\nname = \"\(d.name)\"\ncolumn = \"\(d.column!)\"\nvalues = \"rank\"\ndeprived = \"lower\"\nweight = \(Int(d.weight))\n"
        }
        try y.write(toFile: yaml, atomically: true, encoding: .utf8)
        try t.write(toFile: toml, atomically: true, encoding: .utf8)
        var a = try CompositeSpec.load(path: yaml), b = try CompositeSpec.load(path: toml)
        a.description = base.description; b.description = base.description
        #expect(a == base)
        #expect(b == base)
        #expect(base.domains.map(\.weight) == [28, 28, 14, 14, 9, 5, 2])

        let bad = dir.appendingPathComponent("bad.yaml").path
        try "name: x\ntransform: simdExponential\ndomains:\n  - { name: a, weight: 1 }\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(throws: AnalysisError.invalidRequest("domain \"a\" needs either \"column\" or \"indicators\" (not both).")) {
            try CompositeSpec.load(path: bad)
        }
    }

    @Test(.needsShared("data/sg_simd2016_withinds/simd2016_withinds.csv")) func simd2016ConfigRebuildsEveryPublishedRankThroughRank() throws {
        let path = "data/sg_simd2016_withinds/simd2016_withinds.csv"
        let url = try SharedData.require(path)
        let spec = try CompositeSpec.load(path: SharedData.packageRoot.appendingPathComponent("datasets/simd2016_from_domain_ranks.json").path)
        var options = CSVReadOptions()
        options.columns = spec.inputColumns + ["Data_Zone", "Overal_SIMD16_Rank"]
        let table = try CSVReader.read(file: url.path, options: options)
        let rep = try RankAnalysis.run(RankRequest(area: "Data_Zone", subject: .composite(spec), bands: [.decile]), on: table)
        let published = try #require(table["Overal_SIMD16_Rank"]?.numbers).values
        #expect(rep.areas.count == 6976)
        #expect(zip(rep.areas.map(\.rank), published).filter { $0 != $1 }.count == 0)
        // Deciles ceil(rank·10/6976): rank 697 → 1, 698 → 2.
        for a in rep.areas where a.rank == 697 || a.rank == 698 { #expect(a.bands[0] == (a.rank == 697 ? 1 : 2)) }
    }

    @Test(.needsShared("data/simd2020v2_withinds/simd2020_withinds.csv")) func simd2020v2ConfigThroughRankAtLeast6955ExactAllWithin2() throws {
        let path = "data/simd2020v2_withinds/simd2020_withinds.csv"
        let url = try SharedData.require(path)
        let spec = try CompositeSpec.load(path: SharedData.packageRoot.appendingPathComponent("datasets/simd2020v2_from_domain_ranks.json").path)
        var options = CSVReadOptions()
        options.columns = spec.inputColumns + ["Data_Zone", "SIMD2020v2_Rank"]
        let table = try CSVReader.read(file: url.path, options: options)
        let rep = try RankAnalysis.run(RankRequest(area: "Data_Zone", subject: .composite(spec), bands: []), on: table)
        let published = try #require(table["SIMD2020v2_Rank"]?.numbers).values
        let differences = zip(rep.areas.map(\.rank), published).map { abs($0 - $1) }
        #expect(differences.filter { $0 == 0 }.count >= 6955)
        #expect(differences.max()! <= 2)
    }
}
