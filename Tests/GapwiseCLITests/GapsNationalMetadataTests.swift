// GapsNationalMetadataTests: `gaps --no-national`, `--national-name NAME` and `--metadata FILE` on the real SIMD 2020v2 file.
import Foundation
import Testing
import GapwiseTestSupport

/// The whole-country profile is checked against sums over the Scottish Government's own published quintile
/// column (`SIMD2020v2_Quintile`), and the metadata's input hash against `sha256sum`.
@Suite("gapwise gaps: --no-national, --national-name, --metadata")
struct GapsNationalMetadataTests {
    static let sgPath = "data/simd2020v2_withinds/simd2020_withinds.csv"
    static let indicator = "income=income_count/Total_population:stat=proportion:per=100"

    /// Runs gaps (measure d, quintiles) with `extra`; the gap rows printed on standard output.
    static func gaps(_ extra: [String]) throws -> [[String: Any]] {
        let r = try CLIRunner.run(["gaps", try SharedData.require(sgPath).path, "--rank", "SIMD2020v2_Rank", "--locality", "Council_area",
                                   "--indicator", indicator, "--measure", "d,r", "--format", "json", "--threshold", "0"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    }

    /// The 32 council names of the file and the national d (most minus least deprived quintile, per 100)
    /// from the SG quintile column: computed here, not by Gapwise.
    static func expected() throws -> (councils: Set<String>, d: Double) {
        let t = try TestTable(contentsOf: try SharedData.require(sgPath))
        let q = t.column("SIMD2020v2_Quintile"), n = t.numbers("income_count"), p = t.numbers("Total_population")
        var num = [Double](repeating: 0, count: 6), den = num
        for i in q.indices { let b = Int(q[i])!; num[b] += n[i]; den[b] += p[i] }
        return (Set(t.column("Council_area")), 100 * num[1] / den[1] - 100 * num[5] / den[5])
    }

    static func localities(_ rows: [[String: Any]]) -> Set<String> { Set(rows.compactMap { $0["locality"] as? String }) }

    static func d(_ rows: [[String: Any]], _ locality: String) -> Double? {
        (rows.first { $0["locality"] as? String == locality && $0["measure"] as? String == "d" }?["estimate"] as? NSNumber)?.doubleValue
    }

    @Test("--national-name names the whole-country profile; its d is SG's quintile 1 minus quintile 5",
          .needsShared(GapsNationalMetadataTests.sgPath))
    func nationalName() throws {
        let e = try Self.expected()
        #expect(e.councils.count == 32)
        let named = try Self.gaps(["--national-name", "Alba"])
        #expect(Self.localities(named) == e.councils.union(["Alba"]))
        let d = try #require(Self.d(named, "Alba"))
        #expect(abs(d - e.d) <= 1e-12 * abs(e.d), "national d \(d), expected \(e.d)")
        let plain = try Self.gaps([])
        #expect(Self.localities(plain) == e.councils.union(["Scotland"]))
    }

    @Test("--no-national leaves only the councils' profiles", .needsShared(GapsNationalMetadataTests.sgPath))
    func noNational() throws {
        let e = try Self.expected()
        let rows = try Self.gaps(["--no-national"])
        #expect(Self.localities(rows) == e.councils)
        #expect(rows.count == 32 * 2)
    }

    /// `--metadata FILE` without `--output`: the gap table goes to standard output and the record to FILE,
    /// and nothing else is written; the record carries the input's SHA-256 (by sha256sum), the seed and settings given.
    @Test("--metadata FILE records the input's SHA-256, the seed, the national profile's name or its absence, and the counts",
          .needsShared(GapsNationalMetadataTests.sgPath), arguments: [["--national-name", "Alba"], ["--no-national"]])
    func metadataFile(_ national: [String]) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-gaps-metadata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let m = dir.appendingPathComponent("run.json").path
        let rows = try Self.gaps(national + ["--metadata", m, "--seed", "7"])
        let hasNational = national.contains("--national-name")
        #expect(rows.count == (hasNational ? 33 : 32) * 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["run.json"])
        let meta = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: m))) as? [String: Any])
        let input = try SharedData.require(Self.sgPath).path
        let inputs = try #require(meta["inputs"] as? [[String: Any]])
        #expect(inputs.count == 1 && inputs[0]["path"] as? String == input)
        #expect(inputs[0]["sha256"] as? String == (try GapsCommandTests.sha256sum(input)))
        // PROVENANCE.md of the file records the same hash.
        #expect(inputs[0]["sha256"] as? String == "a9251bb70a8dee648c9b84a3befd84b165f772a2500a2ffe54dba52b9cadf4a8")
        #expect((meta["seed"] as? NSNumber)?.intValue == 7)
        let s = try #require(meta["settings"] as? [String: Any])
        if hasNational { #expect(s["national"] as? String == "Alba") } else { #expect(s["national"] is NSNull) }
        #expect(s["rank"] as? String == "SIMD2020v2_Rank" && s["locality"] as? String == "Council_area")
        #expect(s["quantiles"] as? [Int] == [5] && s["measures"] as? [String] == ["d", "r"])
        #expect(s["weighting"] as? String == "count" && s["bands"] as? String == "national")
        let ind = try #require((s["indicators"] as? [[String: Any]])?.first)
        #expect(ind["name"] as? String == "income" && ind["numerator"] as? String == "income_count"
                && ind["denominator"] as? String == "Total_population" && (ind["multiplier"] as? NSNumber)?.doubleValue == 100)
        let counts = try #require(meta["counts"] as? [String: Any])
        #expect((counts["profiles"] as? NSNumber)?.intValue == (hasNational ? 33 : 32))
        #expect((counts["gap_rows"] as? NSNumber)?.intValue == (hasNational ? 33 : 32) * 2)
        #expect(meta["outputs"] as? [String: String] == [:])
    }
}
