// GapsSIIIntervalTests: the default SII/RII interval of `gaps` is PHE's simulation, checked on PHE's published deciles case.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures
import GapwiseTestSupport

/// Source of the expected numbers: ukhsa-collaboration/PHEindicatormethods@093fd28
/// tests/testthat/testdata_SII.xlsx (RecordNo 1-20: two areas × 10 deciles, normal values, 95% limits,
/// 100,000 repetitions), as transcribed in ../shared/validation/phe_sii_normal_deciles_95.json.
///
/// Each area is a locality; each of its decile rows is one small area whose rank is its decile, so local
/// count bands put it in that decile alone and the decile's population-weighted mean and standard error
/// are the row's own value and SE: the gaps run sees exactly PHE's inputs.
@Suite("Gaps: PHE-simulated SII interval")
struct GapsSIIIntervalTests {
    static let file = "validation/phe_sii_normal_deciles_95.json"

    static func phe() throws -> (table: CSVTable, json: [String: Any])? {
        let url = try SharedData.require(file)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let input = try #require(json["input"] as? [String: Any])
        let area = try #require(input["area"] as? [String])
        let cols = try ["quantile", "population", "value", "se"].map { try #require(input[$0] as? [Double]) }
        var csv = "area,decile,population,value,se\n"
        for i in area.indices {
            csv += "\(area[i]),\(Int(cols[0][i])),\(cols[1][i]),\(cols[2][i]),\(cols[3][i])\n"
        }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("gaps-phe-\(UUID().uuidString).csv")
        try csv.write(to: tmp, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: tmp) }
        return (try CSVReader.read(file: tmp.path), json)
    }

    static func request() throws -> GapsRequest {
        var r = GapsRequest(indicators: [GapsIndicator(name: "le", source: .values(value: "value", standardError: "se"),
                                                       polarity: .favourable)],
                            rank: "decile", locality: "area", includeNational: false, population: "population",
                            quantiles: [10], basis: .local, measures: try ["sii_linear", "rii_linear"].map { try MeasureSpec.parse($0) },
                            threshold: 0, seed: 42, threads: 1)
        r.replicates = 100_000
        return r
    }

    @Test(.needsShared(Self.file)) func siiLinearCarriesPHEsSimulatedLimits() throws {
        guard let (table, json) = try Self.phe() else { return }
        let expected = try #require(json["expected"] as? [String: [String: Double]])
        let input = try #require(json["input"] as? [String: Any])
        let r = try GapsRunner.run(try Self.request(), on: table)
        for name in ["area1", "area2"] {
            let e = try #require(expected[name])
            let sii = try #require(r.gaps.first { $0.locality == name && $0.measure == "sii_linear" })
            let rii = try #require(r.gaps.first { $0.locality == name && $0.measure == "rii_linear" })
            let est = try #require(sii.estimate)
            // The point SII is deterministic: PHE's spreadsheet value to 1e-9 relative.
            #expect(abs(est - e["sii"]!) <= 1e-9 * abs(e["sii"]!), "\(name) sii \(est)")
            // Monte-Carlo limits: PHE's published tolerance, 5% relative (stated in the case file).
            let iv = try #require(sii.intervals.first)
            let lo = try #require(iv.lower), hi = try #require(iv.upper)
            #expect(abs(lo - e["sii_lowercl_1"]!) <= 0.05 * abs(e["sii_lowercl_1"]!), "\(name) lower \(lo)")
            #expect(abs(hi - e["sii_uppercl_1"]!) <= 0.05 * abs(e["sii_uppercl_1"]!), "\(name) upper \(hi)")
            #expect(sii.standardError == nil)
            #expect(sii.intervalMethod.hasPrefix("PHE simulation from the quantiles' 95% limits, 100000 replicates, seed "))
            // RII = SII/μ, its limits the SII limits over the same μ (μ computed here from the inputs).
            let areas = try #require(input["area"] as? [String]), pop = try #require(input["population"] as? [Double])
            let value = try #require(input["value"] as? [Double])
            let idx = areas.indices.filter { areas[$0] == name }
            let mu = idx.reduce(0) { $0 + pop[$1] * value[$1] } / idx.reduce(0) { $0 + pop[$1] }
            let riv = try #require(rii.intervals.first)
            #expect(abs(try #require(rii.estimate) - est / mu) <= 1e-12 * abs(est / mu))
            #expect(abs(try #require(riv.lower) - lo / mu) <= 1e-12 * abs(lo / mu))
            #expect(abs(try #require(riv.upper) - hi / mu) <= 1e-12 * abs(hi / mu))
        }
    }

    @Test(.needsShared(Self.file)) func regressionIntervalByNameIsTheTInterval() throws {
        guard let (table, _) = try Self.phe() else { return }
        var req = try Self.request()
        req.siiInterval = .regression
        let reg = try GapsRunner.run(req, on: table)
        let g = try #require(reg.gaps.first { $0.locality == "area1" && $0.measure == "sii_linear" })
        #expect(g.intervalMethod == "regression t on 8 df (lack of fit, not sampling error)")
        let se = try #require(g.standardError), e = try #require(g.estimate), iv = try #require(g.intervals.first)
        // t(0.975, 8 df) = 2.306004135204166 (R: qt(0.975, 8)).
        #expect(abs(try #require(iv.upper) - (e + 2.306004135204166 * se)) <= 1e-9 * abs(e))
    }
}

