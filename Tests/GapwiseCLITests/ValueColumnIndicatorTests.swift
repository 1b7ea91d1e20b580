// ValueColumnIndicatorTests: a plain column of area values as `report --indicators NAME` and `gaps --indicator A,B`; their polarity; unnamed communities in the summary.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("Area-value columns named plainly: report --indicators, gaps --indicator lists")
struct ValueColumnIndicatorTests {
    /// Ten areas ranked 1 (most deprived) to 10: national quintiles hold areas {1,2}, {3,4}, ..., {9,10}.
    static let values: [Double] = [150, 130, 120, 110, 100, 95, 90, 80, 70, 60]
    static let other: [Double] = [9, 8, 8, 7, 6, 6, 5, 4, 4, 3]
    static let attainment: [Double] = [4.1, 4.4, 4.6, 4.9, 5.0, 5.2, 5.5, 5.6, 5.9, 6.3]
    static let population: [Double] = [800, 1200, 900, 1000, 700, 1100, 1000, 950, 1050, 600]

    static func fixture(_ d: URL) throws -> String {
        var csv = "zone,rank,council,pop,EMERG,SMR,Attainment\n"
        for i in 0..<10 {
            csv += "Z\(i + 1),\(i + 1),Alpha,\(Int(population[i])),\(values[i]),\(other[i]),\(attainment[i])\n"
        }
        let path = d.appendingPathComponent("zones.csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// d = population-weighted mean of quintile 1 minus that of quintile 5, computed here by hand.
    static func expectedD(_ v: [Double]) -> Double {
        let p = population
        return (v[0] * p[0] + v[1] * p[1]) / (p[0] + p[1]) - (v[8] * p[8] + v[9] * p[9]) / (p[8] + p[9])
    }

    static func temp() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-valuecol-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// The estimate of one indicator and measure in a gaps table (read by Gapwise's own CSV reader).
    static func estimate(_ file: String, indicator: String, measure: String, indicatorColumn: String = "indicator") throws -> Double? {
        let t = try TestTable(contentsOf: URL(fileURLWithPath: file))
        let indicators = t.column(indicatorColumn), measures = t.column("measure"), estimates = t.column("estimate")
        return indicators.indices.first { indicators[$0] == indicator && measures[$0] == measure }.flatMap { Double(estimates[$0]) }
    }

    @Test func gapsTakesACommaSeparatedIndicatorList() throws {
        let d = try Self.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let file = try Self.fixture(d)
        let base = ["gaps", file, "--rank", "rank", "--population", "pop", "--no-national", "--locality", "council", "--measure", "d"]
        let out = d.appendingPathComponent("listed.csv").path, out2 = d.appendingPathComponent("repeated.csv").path
        let listed = try CLIRunner.run(base + ["--indicator", "EMERG,SMR", "--output", out])
        let repeated = try CLIRunner.run(base + ["--indicator", "EMERG", "--indicator", "SMR", "--output", out2])
        #expect(listed.status == 0 && repeated.status == 0, "\(listed.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == String(contentsOfFile: out2, encoding: .utf8))
        let emerg = try #require(try Self.estimate(out, indicator: "EMERG", measure: "d"))
        let smr = try #require(try Self.estimate(out, indicator: "SMR", measure: "d"))
        #expect(abs(emerg - Self.expectedD(Self.values)) <= 1e-12 * abs(emerg))
        #expect(abs(smr - Self.expectedD(Self.other)) <= 1e-12 * abs(smr))
    }

    /// SIMD's Attainment is favourable (higher is better): without `:polarity=` gaps reads it so, as report
    /// does: d = least deprived minus most deprived, positive when the most deprived fare worse.
    @Test func gapsTakesTheCataloguePolarityUnlessTheSpecSaysOne() throws {
        let d = try Self.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let file = try Self.fixture(d)
        let base = ["gaps", file, "--rank", "rank", "--population", "pop", "--no-national", "--locality", "council", "--measure", "d"]
        let p = d.appendingPathComponent("plain.csv").path, a = d.appendingPathComponent("adverse.csv").path
        let plain = try CLIRunner.run(base + ["--indicator", "Attainment", "--output", p])
        let adverse = try CLIRunner.run(base + ["--indicator", "Attainment:polarity=adverse", "--output", a])
        #expect(plain.status == 0 && adverse.status == 0, "\(plain.stderr)\(adverse.stderr)")
        let q1MinusQ5 = Self.expectedD(Self.attainment)
        #expect(q1MinusQ5 < 0)
        let favourable = try #require(try Self.estimate(p, indicator: "Attainment", measure: "d"))
        let asAdverse = try #require(try Self.estimate(a, indicator: "Attainment", measure: "d"))
        #expect(abs(favourable + q1MinusQ5) <= 1e-12 * abs(q1MinusQ5))
        #expect(abs(asAdverse - q1MinusQ5) <= 1e-12 * abs(q1MinusQ5))
    }

    /// report settles polarity by the same library rule as gaps: `--indicators Attainment:polarity=adverse`
    /// reads it adverse (d = Q1 - Q5, computed by hand), plain `Attainment` favourable (the catalogue's).
    @Test func reportAndGapsReadAnExplicitPolarityAndTheCatalogueAlike() throws {
        let d = try Self.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let file = try Self.fixture(d)
        let q1MinusQ5 = Self.expectedD(Self.attainment)
        let measure = "Difference, most vs least deprived (d)"
        for (spec, sign) in [("Attainment:polarity=adverse", 1.0), ("Attainment", -1.0)] {
            let out = d.appendingPathComponent("report-\(sign)").path
            let r = try CLIRunner.run(["report", file, "--rank", "rank", "--population", "pop", "--locality", "council",
                                       "--area", "zone", "--indicators", spec, "--out", out, "--worst", "3"])
            #expect(r.status == 0, "\(r.stderr)")
            let reported = try #require(try Self.estimate(out + "/tables/gaps.csv", indicator: "Attainment", measure: measure, indicatorColumn: "indicator_id"))
            #expect(abs(reported - sign * q1MinusQ5) <= 1e-12 * abs(q1MinusQ5), "report --indicators \(spec)")
            let g = d.appendingPathComponent("gaps-\(sign).csv").path
            let gaps = try CLIRunner.run(["gaps", file, "--rank", "rank", "--population", "pop", "--no-national", "--locality", "council",
                                          "--measure", "d", "--indicator", spec, "--output", g])
            #expect(gaps.status == 0, "\(gaps.stderr)")
            let gap = try #require(try Self.estimate(g, indicator: "Attainment", measure: "d"))
            #expect(abs(gap - sign * q1MinusQ5) <= 1e-12 * abs(q1MinusQ5), "gaps --indicator \(spec)")
        }
    }

    @Test func reportReadsAPlainColumnOfAreaValuesAndNamesUnnamedCommunitiesByCode() throws {
        let d = try Self.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let file = try Self.fixture(d)
        let out = d.appendingPathComponent("report").path
        let r = try CLIRunner.run(["report", file, "--rank", "rank", "--population", "pop", "--locality", "council",
                                   "--area", "zone", "--indicators", "EMERG,SMR", "--out", out, "--worst", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        let emerg = try #require(try Self.estimate(out + "/tables/gaps.csv", indicator: "EMERG",
                                                   measure: "Difference, most vs least deprived (d)", indicatorColumn: "indicator_id"))
        #expect(abs(emerg - Self.expectedD(Self.values)) <= 1e-12 * abs(emerg))
        let page = try String(contentsOfFile: out + "/Alpha.html", encoding: .utf8)
        #expect(page.contains("the poorest outcomes are in: Z1, ranked 1"), "unnamed communities are named by their code alone")
        #expect(!page.contains("Z1 ()"))
        let bad = try CLIRunner.run(["report", file, "--rank", "rank", "--population", "pop", "--indicators", "EMERGG", "--out", out + "2"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("indicator \"EMERGG\" is neither a column of area values nor a pair EMERGG_count and EMERGG_denominator (did you mean \"EMERG\"?)."), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "2"))
    }
}
