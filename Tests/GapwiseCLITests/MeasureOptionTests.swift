// MeasureOptionTests: the `measure` options that change numbers (--compat, --scale, --value-type, --transform, --sii-multiplier) against published values.
import Foundation
import Testing
import GapwiseTestSupport

/// Every expected number comes from a peer's published test case in ../shared/validation (healthequal 1.0.1
/// test-sii.R; PHEindicatormethods testdata_SII.xlsx), or from one by an exact rule stated beside it.
@Suite("gapwise measure: options that change numbers")
final class MeasureOptionTests {
    /// This test's own temporary folder, removed when the test ends.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-measure-options-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ text: String) throws -> String {
        let f = folder.appendingPathComponent("\(UUID().uuidString).csv").path
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        return f
    }

    func json(_ name: String) throws -> [String: Any] {
        let url = try SharedData.require("validation/\(name)")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    func numbers(_ any: Any?) throws -> [Double] {
        try #require(any as? [Any]).map { try #require(($0 as? NSNumber)?.doubleValue) }
    }

    /// Runs `gapwise measure` with `--format json`; the rows of its output.
    func measure(_ args: [String]) throws -> [[String: Any]] {
        let r = try CLIRunner.run(["measure"] + args + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    }

    func close(_ got: Any?, _ want: Double, rel: Double, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let g = (got as? NSNumber)?.doubleValue else {
            Issue.record("\(what): no number in the output", sourceLocation: sourceLocation); return
        }
        #expect(abs(g - want) <= rel * abs(want), "\(what): got \(g), expected \(want) (relative tolerance \(rel))",
                sourceLocation: sourceLocation)
    }

    /// The healthequal logistic SII case as a subgroup CSV, its values multiplied by `factor`.
    func heatSIIFile(_ c: [String: Any], factor: Double) throws -> String {
        let input = try #require(c["input"] as? [String: Any])
        let est = try numbers(input["est"]), se = try numbers(input["se"]), pop = try numbers(input["pop"])
        let order = try numbers(input["subgroup_order"])
        var text = "q,order,est,se,pop\n"
        for j in est.indices {
            text += "Q\(j + 1),\(Int(order[j])),\(est[j] * factor),\(se[j] * factor),\(Int(pop[j]))\n"
        }
        return try write(text)
    }

    // healthequal test-sii.R (heat_sii_logistic_ordered.json): SII 44.44502, SE 0.02190822 (0–1 scale), CI
    // 40.15109–48.73895, the test's tolerance 1e-6 relative; printed to 7 s.f. Only `--compat heat`
    // reproduces it (N² weights, SE unscaled); the default's natural binomial weights move the SII by > 0.4.
    @Test("--compat heat reproduces healthequal's logistic SII; the default does not",
          .needsShared("validation/heat_sii_logistic_ordered.json"))
    func compatHeatLogisticSII() throws {
        let c = try json("heat_sii_logistic_ordered.json")
        let f = try heatSIIFile(c, factor: 1)
        let args = [f, "--subgroup", "q", "--order", "order", "--value", "est", "--se", "se", "--population", "pop",
                    "--polarity", "favourable", "--scale", "100", "--measure", "sii"]
        let heat = try #require(try measure(args + ["--compat", "heat"]).first)
        close(heat["estimate"], 44.44502, rel: 1e-6, "SII")
        close(heat["se"], 0.02190822, rel: 1e-6, "SE")
        close(heat["lower"], 40.15109, rel: 1e-6, "lower")
        close(heat["upper"], 48.73895, rel: 1e-6, "upper")
        let standard = try #require(try measure(args).first)
        let s = try #require((standard["estimate"] as? NSNumber)?.doubleValue)
        #expect(abs(s - 44.44502) > 0.4, "without --compat heat the SII is \(s)")
    }

    // --scale: the same case written per 1,000 (values and SEs ×10) with --scale 1000 gives the same events
    // y = round(est/scale·pop), so the SII and its limits are the published ones ×10 and the SE (on the 0–1
    // scale) is unchanged. Left at the default scale of 100, the events would be 10 times too many.
    @Test("--scale 1000 on the case written per 1,000 gives healthequal's SII ×10", .needsShared("validation/heat_sii_logistic_ordered.json"))
    func scaleRescalesTheSII() throws {
        let c = try json("heat_sii_logistic_ordered.json")
        let f = try heatSIIFile(c, factor: 10)
        let args = [f, "--subgroup", "q", "--order", "order", "--value", "est", "--se", "se", "--population", "pop",
                    "--polarity", "favourable", "--measure", "sii", "--compat", "heat"]
        let r = try #require(try measure(args + ["--scale", "1000"]).first)
        close(r["estimate"], 444.4502, rel: 1e-6, "SII per 1,000")
        close(r["se"], 0.02190822, rel: 1e-6, "SE (0–1 scale)")
        close(r["lower"], 401.5109, rel: 1e-6, "lower per 1,000")
        close(r["upper"], 487.3895, rel: 1e-6, "upper per 1,000")
        let r100 = try CLIRunner.run(["measure"] + args + ["--format", "json"])
        #expect(r100.status != 0 || !r100.stdout.contains("444.450"), "the default scale must not give the per-1,000 SII")
    }

    // --scale is HEAT's name for --multiplier, the one "units the values are per" setting: --multiplier 1000
    // on the per-1,000 file gives the same row as --scale 1000 (healthequal's SII ×10, above). Counts take it
    // too: events n = est·pop/100 over pop, × 1000, are the per-1,000 values, and the HEAT SII reads them per
    // 1,000 (one setting, so counts and the scale cannot disagree), giving the same published SII ×10.
    @Test("--multiplier and --scale are one option, for subgroup values and for counts", .needsShared("validation/heat_sii_logistic_ordered.json"))
    func multiplierIsTheScale() throws {
        let c = try json("heat_sii_logistic_ordered.json")
        let f = try heatSIIFile(c, factor: 10)
        let args = [f, "--subgroup", "q", "--order", "order", "--value", "est", "--se", "se", "--population", "pop",
                    "--polarity", "favourable", "--measure", "sii", "--compat", "heat"]
        let viaScale = try #require(try measure(args + ["--scale", "1000"]).first)
        let viaMultiplier = try #require(try measure(args + ["--multiplier", "1000"]).first)
        for key in ["estimate", "se", "lower", "upper"] {
            #expect((viaScale[key] as? NSNumber) == (viaMultiplier[key] as? NSNumber), "\(key)")
        }
        let input = try #require(c["input"] as? [String: Any])
        let est = try numbers(input["est"]), se = try numbers(input["se"]), pop = try numbers(input["pop"])
        let order = try numbers(input["subgroup_order"])
        var text = "q,order,n,se,pop\n"
        for j in est.indices { text += "Q\(j + 1),\(Int(order[j])),\(est[j] * pop[j] / 100),\(se[j] * 10),\(Int(pop[j]))\n" }
        let counts = try #require(try measure([try write(text), "--subgroup", "q", "--order", "order", "--numerator", "n",
                                               "--denominator", "pop", "--se", "se", "--population", "pop", "--polarity", "favourable",
                                               "--measure", "sii", "--compat", "heat", "--multiplier", "1000"]).first)
        close(counts["estimate"], 444.4502, rel: 1e-6, "SII per 1,000 from counts")
        close(counts["lower"], 401.5109, rel: 1e-6, "lower per 1,000 from counts")
        close(counts["upper"], 487.3895, rel: 1e-6, "upper per 1,000 from counts")
        let zero = try CLIRunner.run(["measure", f, "--value", "est", "--measure", "gini", "--scale", "0"])
        #expect(zero.status == 64 && zero.stderr.contains("--scale must be a finite, non-zero number."), "\(zero.stderr)")
        let zeroM = try CLIRunner.run(["measure", f, "--value", "est", "--measure", "gini", "--multiplier", "0"])
        #expect(zeroM.status == 64 && zeroM.stderr.contains("--multiplier must be a finite, non-zero number."), "\(zeroM.stderr)")
    }

    static let pheCases: [(file: String, options: [String])] = [
        ("phe_sii_rate_no_transform.json", ["--value-type", "rate"]),
        ("phe_sii_proportion_no_transform.json", ["--value-type", "proportion"]),
        ("phe_sii_proportion_logit_transform.json", ["--value-type", "proportion", "--transform"]),
    ]

    /// A PHE SII case as a quantile CSV with its 95% limits.
    func pheFile(_ c: [String: Any]) throws -> String {
        let input = try #require(c["input"] as? [String: Any])
        let area = try #require(input["area"] as? [String])
        let q = try numbers(input["quantile"]), pop = try numbers(input["population"]), v = try numbers(input["value"])
        let lo = try numbers(input["lower_cl"]), hi = try numbers(input["upper_cl"])
        var text = "area,quantile,population,value,lower,upper\n"
        for i in area.indices {
            text += "\(area[i]),\(Int(q[i])),\(pop[i]),\(v[i].description),\(lo[i].description),\(hi[i].description)\n"
        }
        return try write(text)
    }

    // PHEindicatormethods testdata_SII.xlsx (phe_sii_*.json): the SII and RII of both areas for value_type 1
    // (rate) and 2 (proportion), untransformed and logit-transformed. The point estimates are a weighted
    // least-squares fit, reproduced by the library to 1e-12 (SIIValidationTests), here to 1e-10 through the
    // text output. The value type sets the scale of the simulated limits, compared with PHE's at the case's
    // stated Monte-Carlo tolerance (5% relative; PHE's default 100,000 repetitions, seeded).
    @Test("--value-type rate|proportion and --transform reproduce PHE's SII, RII and their limits",
          .needsShared("validation/phe_sii_rate_no_transform.json", "validation/phe_sii_proportion_no_transform.json",
                       "validation/phe_sii_proportion_logit_transform.json"),
          arguments: MeasureOptionTests.pheCases.map(\.file))
    func pheValueTypes(_ file: String) throws {
        let options = try #require(Self.pheCases.first { $0.file == file }).options
        let c = try json(file)
        let expected = try #require(c["expected"] as? [String: [String: Any]])
        let common = [try pheFile(c), "--by", "area", "--subgroup", "quantile", "--order", "quantile", "--value", "value",
                      "--population", "population", "--lower", "lower", "--upper", "upper", "--seed", "42"]
        let rows = try measure(common + ["--measure", "phe_sii,phe_rii"] + options)
        #expect(rows.count == 4)
        for row in rows {
            let area = try #require(row["area"] as? String), m = try #require(row["measure"] as? String)
            let key = m == "phe_sii" ? "sii" : "rii"
            let e = try #require(expected[area])
            close(row["estimate"], try #require((e[key] as? NSNumber)?.doubleValue), rel: 1e-10, "\(file) \(area) \(m)")
            close(row["lower"], try #require((e["\(key)_lowercl_1"] as? NSNumber)?.doubleValue), rel: 0.05, "\(file) \(area) \(m) lower")
            close(row["upper"], try #require((e["\(key)_uppercl_1"] as? NSNumber)?.doubleValue), rel: 0.05, "\(file) \(area) \(m) upper")
        }
        if options.contains("--transform") {
            // Without --transform the fit is on the untransformed proportions: area1's SII moves.
            let plain = try measure(common + ["--measure", "phe_sii", "--reps", "1000", "--value-type", "proportion"])
            let want = try #require((expected["area1"]?["sii"] as? NSNumber)?.doubleValue)
            let got = try #require(plain.first { ($0["area"] as? String) == "area1" }?["estimate"] as? Double)
            #expect(abs(got / want - 1) > 1e-6, "\(file): --transform should change the SII")
        }
    }

    // --sii-multiplier: PHE's SII is β-based × multiplier (PHE.sii's doc: SII = (g⁻¹(β0+β1) − g⁻¹(β0))·multiplier),
    // the RII is not multiplied; so ×100 gives the published SII ×100 exactly and the published RII.
    @Test("--sii-multiplier 100 gives PHE's SII ×100 and its RII unchanged", .needsShared("validation/phe_sii_rate_no_transform.json"))
    func siiMultiplier() throws {
        let c = try json("phe_sii_rate_no_transform.json")
        let expected = try #require(c["expected"] as? [String: [String: Any]])
        let rows = try measure([try pheFile(c), "--by", "area", "--subgroup", "quantile", "--order", "quantile",
                                "--value", "value", "--population", "population", "--lower", "lower", "--upper", "upper",
                                "--measure", "phe_sii,phe_rii", "--reps", "1000", "--value-type", "rate", "--sii-multiplier", "100"])
        #expect(rows.count == 4)
        for row in rows {
            let area = try #require(row["area"] as? String), m = try #require(row["measure"] as? String)
            let e = try #require(expected[area])
            let want = m == "phe_sii" ? 100 * (try #require((e["sii"] as? NSNumber)?.doubleValue))
                                      : try #require((e["rii"] as? NSNumber)?.doubleValue)
            close(row["estimate"], want, rel: 1e-10, "\(area) \(m) with --sii-multiplier 100")
        }
    }
}
