// GapsConfigTests: the shipped SIMD 2020v2 batch config reads into the request it describes.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseConfig
import GapwiseIO
import GapwiseMeasures
import GapwiseTestSupport

@Suite("Gaps batch config")
struct GapsConfigTests {
    static let path = SharedData.packageRoot.appendingPathComponent("datasets/configs/gaps_simd2020v2.yaml").path

    @Test(.needsShared("data/simd2020v2_withinds/simd2020_withinds.csv")) func shippedSIMDConfigDescribesEveryIndicator() throws {
        let b = try GapsBatch.load(Self.path)
        let r = b.request
        #expect(r.indicators.count == 32)
        #expect(r.indicators.filter { if case .counts = $0.source { return true } else { return false } }.count == 5)
        #expect(r.indicators.first { $0.name == "crime" }?.statistic == .rate && r.indicators.first { $0.name == "crime" }?.multiplier == 10_000)
        #expect(r.indicators.first { $0.name == "Attainment_mean" }?.polarity == .favourable)
        #expect(r.quantiles == [5, 10] && r.levels == [0.95] && r.threshold == 5 && r.invalidAreas == .exclude)
        #expect(r.measures.map(\.code) == GapsRequest.defaultMeasureCodes)
        #expect(b.input.hasSuffix("shared/data/simd2020v2_withinds/simd2020_withinds.csv"))
        #expect(b.metadataOutput?.hasSuffix("out/simd2020v2_gaps.metadata.json") == true)
        // Every column it names is in the real file.
        let relative = "data/simd2020v2_withinds/simd2020_withinds.csv"
        let url = try SharedData.require(relative)
        let header = Set(try CSVReader.read(file: url.path).columns.map(\.name))
        for c in r.indicators.flatMap(\.columns) + [r.rank, r.locality!, r.population!] { #expect(header.contains(c), "\(c)") }
    }

    /// YAML errors give the line and column of the key or value at fault (deliberate change: they gave the file only).
    @Test func configMistakesAreNamed() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        func message(_ text: String, _ name: String = "c.yaml") throws -> String {
            let f = d.appendingPathComponent(name).path
            try text.write(toFile: f, atomically: true, encoding: .utf8)
            do { _ = try GapsBatch.load(f); return "" } catch { return error.description.replacingOccurrences(of: f, with: "F") }
        }
        #expect(try message("rank: r\nindicators: [{value: v}]\n") == "F:1:1: the key \"input\" is required.")
        #expect(try message("input: a.csv\nrank: r\nindicators: []\n") == "F:3:13: \"indicators\" must be a non-empty list of indicators.")
        #expect(try message("input: a.csv\nrank: r\nindicators: [{numerator: n}]\n") == "F:3:14: indicators[0] needs numerator and denominator, or value.")
        #expect(try message("input: a.csv\nrank: r\nbands: regional\nindicators: [{value: v}]\n") == "F:3:8: bands \"regional\" is not national or local.")
        #expect(try message("input: a.csv\nrank: r\nquantiles: five\nindicators: [{value: v}]\n") == "F:3:12: \"quantiles\" must be a number or a list of numbers.")
        #expect(try message("input: a.csv\nrank: r\nindicators: [{value: v, polarity: good}]\n") == "F:3:35: indicators[0].polarity \"good\" is not adverse or favourable.")
        #expect(try message("input = \"a.csv\"\nrank = \"r\"\n[[indicators]]\nvalue = \"v\"\n[outputs]\nchart = \"x\"\n", "c.toml")
                == "F: unknown key \"outputs.chart\" (keys: changes, format, gaps, metadata, quantiles).")
        #expect(try message("input: a.csv\nrank: r\nindicators: [{value: v}]\n") == "F: indicator v: area values are averaged with population weights: give population COL.")
        #expect(try message("input: a.csv\nrank: r\nreplicates: 2.5\nindicators: [{value: v}]\n") == "F:3:13: \"replicates\" must be a whole number.")
        #expect(try message("input: a.csv\nrank: r\nindicators: [{value: v, per: 100}]\n")
                == "F:3:25: unknown key \"indicators[0].per\" (keys: denominator, denominators, multiplier, name, numerator, numerators, polarity, role, se, standard, statistic, value).")
        #expect(try message("input: a.csv\nrank: [r\n") == "F:3:1: not valid YAML: did not find expected ',' or ']'.")
        #expect(try message("{\"input\": \"a.csv\", \"rank\": \"r\", \"indicators\": [{\"value\": \"v\", \"polarity\": \"good\"}]}", "c.json")
                == "F: indicators[0].polarity \"good\" is not adverse or favourable.")
        // Request rules name the config key the user wrote, never a command-line flag.
        #expect(try message("input: a.csv\nrank: r\npopulation: p\nthreads: 0\nindicators: [{value: v}]\n") == "F: threads 0 must be at least 1.")
        #expect(try message("input: a.csv\nrank: r\npopulation: p\nreplicates: 10\nmeasures: [phe_sii]\nindicators: [{value: v}]\n")
                == "F: phe_sii and phe_rii simulate their limits: replicates must be at least 1000.")
    }

    /// A config indicator's polarity follows the rule of `gaps` and `report` on the command line: its own
    /// `polarity:` wins, else the catalogue's (SIMD's Attainment is favourable, its SMR adverse), else adverse.
    @Test func configPolarityFollowsTheCommandLineRule() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("c.yaml").path
        try """
            input: a.csv
            rank: r
            population: p
            indicators:
              - {value: Attainment}
              - {name: attain_adverse, value: Attainment, polarity: adverse}
              - {value: SMR}
              - {value: x}
              - {value: y, polarity: favourable}
            """.write(toFile: f, atomically: true, encoding: .utf8)
        let polarities = try GapsBatch.load(f).request.indicators.map(\.polarity)
        #expect(polarities == [.favourable, .adverse, .adverse, .adverse, .favourable])
    }
}
