// ValueColumnIndicatorTests: a plain column of area values as `report --indicators NAME` and `gaps --indicator A,B`; unnamed communities in the summary.
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

    static func estimate(_ csv: String, indicator: String, measure: String, columns: (indicator: Int, measure: Int, estimate: Int)) -> Double? {
        for line in csv.split(separator: "\n").dropFirst() {
            let f = fields(String(line))
            if f[columns.indicator] == indicator && f[columns.measure] == measure { return Double(f[columns.estimate]) }
        }
        return nil
    }

    /// The fields of one CSV line (RFC 4180 quotes).
    static func fields(_ line: String) -> [String] {
        let chars = Array(line)
        var out: [String] = [], cur = "", quoted = false, i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" { if i + 1 < chars.count && chars[i + 1] == "\"" { cur.append("\""); i += 1 } else { quoted = false } } else { cur.append(c) }
            } else if c == "\"" { quoted = true } else if c == "," { out.append(cur); cur = "" } else { cur.append(c) }
            i += 1
        }
        out.append(cur)
        return out
    }

    @Test func gapsTakesACommaSeparatedIndicatorList() throws {
        let d = try Self.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let file = try Self.fixture(d)
        let base = ["gaps", file, "--rank", "rank", "--population", "pop", "--no-national", "--locality", "council", "--measure", "d"]
        let listed = try CLIRunner.run(base + ["--indicator", "EMERG,SMR"])
        let repeated = try CLIRunner.run(base + ["--indicator", "EMERG", "--indicator", "SMR"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout == repeated.stdout)
        // locality,indicator,year,quantiles,measure,estimate,...
        let cols = (indicator: 1, measure: 4, estimate: 5)
        let emerg = try #require(Self.estimate(listed.stdout, indicator: "EMERG", measure: "d", columns: cols))
        let smr = try #require(Self.estimate(listed.stdout, indicator: "SMR", measure: "d", columns: cols))
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
        let cols = (indicator: 1, measure: 4, estimate: 5)
        let plain = try CLIRunner.run(base + ["--indicator", "Attainment"])
        let adverse = try CLIRunner.run(base + ["--indicator", "Attainment:polarity=adverse"])
        #expect(plain.status == 0 && adverse.status == 0, "\(plain.stderr)\(adverse.stderr)")
        let q1MinusQ5 = Self.expectedD(Self.attainment)
        #expect(q1MinusQ5 < 0)
        let favourable = try #require(Self.estimate(plain.stdout, indicator: "Attainment", measure: "d", columns: cols))
        let asAdverse = try #require(Self.estimate(adverse.stdout, indicator: "Attainment", measure: "d", columns: cols))
        #expect(abs(favourable + q1MinusQ5) <= 1e-12 * abs(q1MinusQ5))
        #expect(abs(asAdverse - q1MinusQ5) <= 1e-12 * abs(q1MinusQ5))
    }

    @Test func reportReadsAPlainColumnOfAreaValuesAndNamesUnnamedCommunitiesByCode() throws {
        let d = try Self.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let file = try Self.fixture(d)
        let out = d.appendingPathComponent("report").path
        let r = try CLIRunner.run(["report", file, "--rank", "rank", "--population", "pop", "--locality", "council",
                                   "--area", "zone", "--indicators", "EMERG,SMR", "--out", out, "--worst", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        let gaps = try String(contentsOfFile: out + "/tables/gaps.csv", encoding: .utf8)
        // area_code,area_name,indicator_id,indicator,period,measure,estimate,...
        let cols = (indicator: 2, measure: 5, estimate: 6)
        let emerg = try #require(Self.estimate(gaps, indicator: "EMERG", measure: "Difference, most vs least deprived (d)", columns: cols))
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
