// TargetDriversCommandTests: `target --drivers N` and `--unit-name` against each area's standardised contributions computed here.
import Foundation
import Testing
import GapwiseTestSupport

/// The expected drivers are recomputed in the test from the input's columns: each indicator's z-score with
/// the plain mean and sample SD (n − 1) over the areas that have it, weighted equally (1/m), an area missing
/// some indicators scored on those it has (contributions divided by the weight it has); the drivers are the
/// positive contributions, largest first, at most N of them.
@Suite("gapwise target: --drivers and --unit-name")
struct TargetDriversCommandTests {
    static let sgPath = "data/simd2020v2_withinds/simd2020_withinds.csv"
    static let sample = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path

    /// Contributions `c[i][k]` (nil where area i lacks indicator k) from values `x[k][i]` (nil = missing).
    static func contributions(_ x: [[Double?]]) -> [[Double?]] {
        let m = x.count, n = x[0].count
        let stats = x.map { col -> (Double, Double) in
            let v = col.compactMap { $0 }
            let mean = v.reduce(0, +) / Double(v.count)
            return (mean, (v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count - 1)).squareRoot())
        }
        return (0..<n).map { i in
            let have = Double((0..<m).filter { x[$0][i] != nil }.count)
            return (0..<m).map { k in x[k][i].map { ($0 - stats[k].0) / stats[k].1 / have } }
        }
    }

    /// The N largest positive contributions, as (indicator, contribution), ties by indicator order.
    static func drivers(_ c: [Double?], names: [String], n: Int) -> [(String, Double)] {
        var positive: [(index: Int, value: Double)] = []
        for (k, v) in c.enumerated() { if let v, v > 0 { positive.append((k, v)) } }
        positive.sort { a, b in a.value > b.value || (a.value == b.value && a.index < b.index) }
        return positive.prefix(n).map { (names[$0.index], $0.value) }
    }

    /// Runs target (no simulation, JSON) and returns its areas.
    static func target(_ args: [String]) throws -> (areas: [[String: Any]], settings: [String: Any]) {
        let r = try CLIRunner.run(["target"] + args + ["--reps", "0", "--format", "json", "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        return (try #require(top["areas"] as? [[String: Any]]), try #require(top["settings"] as? [String: Any]))
    }

    /// Compares every area's drivers (names in order, contributions to 1e-12) and score (Σ contributions).
    static func check(_ areas: [[String: Any]], expected: [String: [Double?]], names: [String], n: Int,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(areas.count == expected.count, sourceLocation: sourceLocation)
        var longest = 0
        for a in areas {
            guard let code = a["area"] as? String, let c = expected[code], let got = a["drivers"] as? [[String: Any]] else {
                Issue.record("unexpected area \(a)", sourceLocation: sourceLocation); continue
            }
            let want = drivers(c, names: names, n: n)
            longest = max(longest, got.count)
            let gotNames = got.compactMap { $0["indicator"] as? String }
            #expect(gotNames == want.map(\.0), "\(code): drivers \(gotNames), expected \(want.map(\.0))", sourceLocation: sourceLocation)
            for (g, w) in zip(got, want) {
                let v = (g["contribution"] as? NSNumber)?.doubleValue ?? .nan
                #expect(abs(v - w.1) <= 1e-12 * max(1, abs(w.1)), "\(code) \(w.0): \(v), expected \(w.1)", sourceLocation: sourceLocation)
            }
            let score = c.compactMap { $0 }.reduce(0, +), s = (a["score"] as? NSNumber)?.doubleValue ?? .nan
            #expect(abs(s - score) <= 1e-12 * max(1, abs(score)), "\(code): score \(s), expected \(score)", sourceLocation: sourceLocation)
        }
        #expect(longest == n, "some area lists \(n) drivers", sourceLocation: sourceLocation)
    }

    // Five SG health indicators of all 6,976 data zones (higher is worse); CIF, SMR, EMERG, DRUG and ALCOHOL
    // are blank for 2-3 zones each, so partial areas are covered too. --drivers 2, where the default lists 3.
    @Test("--drivers 2 lists each data zone's two largest positive z-score contributions", .needsShared(TargetDriversCommandTests.sgPath))
    func driversOnSIMDHealthIndicators() throws {
        let path = try SharedData.require(Self.sgPath).path
        let names = ["SMR", "CIF", "EMERG", "DRUG", "ALCOHOL"]
        let t = try TestTable(contentsOf: URL(fileURLWithPath: path))
        let x = names.map { n in t.column(n).map { Double($0) } }
        #expect(x.map { $0.filter { $0 == nil }.count } == [2, 3, 2, 2, 2])
        let c = Self.contributions(x)
        // A zone with none of the five (the zero-population zones) is left out and named in the settings.
        let zones = t.column("Data_Zone")
        let none = zones.indices.filter { i in c[i].allSatisfy { $0 == nil } }.map { zones[$0] }
        #expect(none.count == 2)
        let expected = Dictionary(uniqueKeysWithValues: zones.indices.filter { !none.contains(zones[$0]) }.map { (zones[$0], c[$0]) })
        let (areas, settings) = try Self.target([path, "--area", "Data_Zone", "--locality", "Council_area",
                                                 "--indicators", names.joined(separator: ","), "--drivers", "2"])
        Self.check(areas, expected: expected, names: names, n: 2)
        #expect(settings["left_out"] as? [String] == none)
    }

    // The sample aggregated to intermediate zones in 2023 (counts and denominators summed per zone, rate = ΣC/ΣD,
    // standardised over the 2023 zones): each unit's name is its intermediate_zone_name; drivers as above.
    @Test("--unit with --unit-name carries each unit's name; the units' drivers from summed counts")
    func unitNameAndUnitDrivers() throws {
        let t = try TestTable(contentsOf: URL(fileURLWithPath: Self.sample))
        let names = ["emergency_admissions", "early_deaths", "child_poverty"]
        let year = t.column("year"), iz = t.column("intermediate_zone"), izName = t.column("intermediate_zone_name")
        var order: [String] = [], nameOf: [String: String] = [:]
        var sums: [String: [(Double, Double)]] = [:]
        let counts = names.map { t.numbers($0 + "_count") }, dens = names.map { t.numbers($0 + "_denominator") }
        for i in year.indices where year[i] == "2023" {
            if sums[iz[i]] == nil { order.append(iz[i]); nameOf[iz[i]] = izName[i]; sums[iz[i]] = Array(repeating: (0, 0), count: names.count) }
            for k in names.indices { sums[iz[i]]![k].0 += counts[k][i]; sums[iz[i]]![k].1 += dens[k][i] }
        }
        #expect(order.count == 1279)
        let x = names.indices.map { k in order.map { u -> Double? in let s = sums[u]![k]; return s.1 > 0 ? s.0 / s.1 : nil } }
        #expect(x.allSatisfy { $0.allSatisfy { $0 != nil } })
        let expected = Dictionary(uniqueKeysWithValues: zip(order, Self.contributions(x)))
        let (areas, _) = try Self.target([Self.sample, "--area", "datazone", "--locality", "council_name", "--unit", "intermediate_zone",
                                     "--unit-name", "intermediate_zone_name", "--filter", "year=2023", "--standardise", "filtered",
                                     "--indicators", names.joined(separator: ","), "--drivers", "1"])
        Self.check(areas, expected: expected, names: names, n: 1)
        for a in areas {
            let code = a["area"] as? String ?? ""
            #expect(a["name"] as? String == nameOf[code], "\(code): name \(a["name"] ?? "none"), expected \(nameOf[code] ?? "none")")
        }
    }
}
