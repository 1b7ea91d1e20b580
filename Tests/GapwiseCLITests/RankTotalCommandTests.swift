// RankTotalCommandTests: --rank-total on rank (national bands from a council extract), and its refusal by measure and target.
import Foundation
import Testing
import GapwiseTestSupport

/// Independent truth: the Scottish Government's own SIMD2020v2_Quintile, _Decile and _Vigintile columns of the
/// real file, which PROVENANCE.md checks equal ceil(rank·k/6976) over all 6,976 zones.
@Suite("--rank-total on rank, measure and target")
struct RankTotalCommandTests {
    typealias Lookup = DeprivationLookupCommandTests

    /// The published bands of Glasgow's zones, by code.
    static func published(_ t: TestTable) -> [String: [String]] {
        let codes = t.column("Data_Zone"), council = t.column("Council_area")
        let cols = ["SIMD2020v2_Rank", "SIMD2020v2_Quintile", "SIMD2020v2_Decile", "SIMD2020v2_Vigintile"].map { t.column($0) }
        var out: [String: [String]] = [:]
        for r in codes.indices where council[r] == "Glasgow City" { out[codes[r]] = cols.map { $0[r] } }
        return out
    }

    /// The rank output's rows by area: [rank, quintile, decile, vigintile].
    static func ranked(_ csv: String) throws -> [String: [String]] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        let at = try ["rank", "quintile", "decile", "vigintile"].map { c in try #require(header.firstIndex(of: c)) }
        var out: [String: [String]] = [:]
        for l in lines.dropFirst() { out[l[0]] = at.map { l[$0] } }
        return out
    }

    static let note = "gapwise: note: the table holds 746 of 6976 areas ranked nationally: ranks and bands are national (band = ceil(rank × k / 6976)), and the areas outside the table are not listed.\n"

    @Test(.needsShared(Lookup.simd)) func glasgowBandsWithTheRankTotalAreThePublishedOnes() throws {
        let (_, t) = try Lookup.whole()
        let glasgow = try Lookup.extract(t, council: "Glasgow City", columns: ["Data_Zone", "SIMD2020v2_Rank"])
        defer { try? FileManager.default.removeItem(at: glasgow) }
        let truth = Self.published(t)
        #expect(truth.count == 746)
        let args = ["rank", glasgow.path, "--area", "Data_Zone", "--value", "SIMD2020v2_Rank", "--polarity", "favourable",
                    "--bands", "quintile,decile,vigintile"]
        let r = try CLIRunner.run(args + ["--rank-total", "6976"])
        #expect(r.status == 0)
        #expect(r.stderr == Self.note)
        let got = try Self.ranked(r.stdout)
        #expect(got.count == 746)
        let wrong = truth.filter { got[$0.key] != $0.value }
        #expect(wrong.isEmpty, "\(wrong.count) zones differ, e.g. \(wrong.first.map { "\($0.key): published \($0.value), got \(got[$0.key] ?? [])" } ?? "")")
        // Without the total, bands are Glasgow's own: most zones move (the issue's trap), and no note is given.
        let own = try CLIRunner.run(args)
        #expect(own.status == 0 && own.stderr.isEmpty)
        let ownBands = try Self.ranked(own.stdout)
        #expect(truth.filter { ownBands[$0.key]![1...] != $0.value[1...] }.count > 300)
        // JSON carries the total, the count and the note.
        let json = try CLIRunner.run(args + ["--rank-total", "6976", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["rank_total"] as? Int == 6976 && object["areas_ranked"] as? Int == 746)
        #expect((object["note"] as? String).map { "gapwise: note: \($0)\n" } == Self.note)
    }

    @Test(.needsShared(Lookup.simd)) func deprivationJoinGivesTheNationalTotalByDefault() throws {
        let (_, t) = try Lookup.whole()
        let glasgow = try Lookup.extract(t, council: "Glasgow City", columns: ["Data_Zone", "Total_population"])
        defer { try? FileManager.default.removeItem(at: glasgow) }
        let r = try CLIRunner.run(["rank", glasgow.path, "--area", "Data_Zone", "--deprivation", "simd2020v2", "--value", "simd_rank",
                                   "--polarity", "favourable", "--bands", "quintile,decile,vigintile"])
        #expect(r.status == 0)
        #expect(r.stderr == Self.note)
        let got = try Self.ranked(r.stdout)
        #expect(Self.published(t).allSatisfy { got[$0.key] == $0.value })
    }

    @Test(.needsShared(Lookup.simd)) func wholeFileGivesNoNoteAndAdverseCountsFromTheOtherEnd() throws {
        let (path, t) = try Lookup.whole()
        let r = try CLIRunner.run(["rank", path, "--area", "Data_Zone", "--value", "SIMD2020v2_Rank", "--polarity", "favourable",
                                   "--bands", "quintile,decile,vigintile", "--rank-total", "6976"])
        #expect(r.status == 0 && r.stderr.isEmpty)
        let got = try Self.ranked(r.stdout)
        let codes = t.column("Data_Zone")
        let published = ["SIMD2020v2_Rank", "SIMD2020v2_Quintile", "SIMD2020v2_Decile", "SIMD2020v2_Vigintile"].map { t.column($0) }
        #expect(codes.indices.allSatisfy { r in got[codes[r]] == published.map { $0[r] } })
        // Read as adverse, the same column counts rank 1 from the highest value: rank 6977 - r.
        let adverse = try CLIRunner.run(["rank", path, "--area", "Data_Zone", "--value", "SIMD2020v2_Rank", "--polarity", "adverse",
                                         "--bands", "quintile", "--rank-total", "6976"])
        let lines = adverse.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(lines.count == 6976 && lines.allSatisfy { Int($0[3])! == 6977 - Int($0[2])! })
    }

    @Test func refusalsNameTheRule() throws {
        let sample = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path
        let rank = ["rank", sample, "--area", "datazone", "--filter", "year=2023", "--polarity", "favourable", "--rank-total", "6976"]
        let cases: [([String], String)] = [
            (rank + ["--value", "simd_rank", "--within", "council"],
             "Error: ranks within groups restart in every group; a national rank total does not apply to them.\n"),
            (rank + ["--numerator", "early_deaths_count", "--denominator", "early_deaths_denominator"],
             "Error: a rank total applies to a column of national ranks, ranked as the value; a rate or a composite score is ranked among the table's own areas only.\n"),
            (rank + ["--value", "simd_rank", "--band-rule", "population", "--population", "population"],
             "Error: population-weighted national bands need the population of every area ranked, not a rank total; band by count, or use the population-weighted bands of the national lookup as the rank.\n"),
            (rank + ["--value", "simd_rank", "--band-rule", "phe"],
             "Error: PHE's quantile rule cuts bands from the table's own values; a national rank total gives the SIMD count bands instead.\n"),
            (["measure", sample, "--value", "simd_rank", "--measure", "gini", "--rank-total", "6976"],
             "Error: --rank-total applies where bands are cut from a rank (gaps, report, rank); measure cuts none: its concentration indices rank the areas measured in each group. For national bands, group by a band column: --by simd_quintile with --deprivation simd2020v2, or your own.\n"),
            (["target", sample, "--area", "datazone", "--locality", "council", "--indicators", "early_deaths", "--rank-total", "6976"],
             "Error: --rank-total applies where bands are cut from a rank (gaps, report, rank); target cuts none: it ranks the areas of each locality on their outcomes, and its national comparison uses the areas in the file.\n"),
        ]
        for (args, message) in cases {
            let r = try CLIRunner.run(args)
            #expect(r.status == 64 && r.stdout.isEmpty, "\(args[0]): \(r.stderr)")
            #expect(r.stderr.hasPrefix(message), "\(args[0]): \(r.stderr)")
        }
        // Locality summaries weigh every area of the country: not over a part of it.
        let summarise = ["--value", "simd_rank", "--population", "population", "--summarise", "council"]
        let part = try CLIRunner.run(rank + summarise + ["--filter", "council=S12900011"])
        #expect(part.status == 1 && part.stdout.isEmpty)
        #expect(part.stderr == "gapwise: locality summaries weigh every area ranked nationally, and the table holds 640 of 6976 of them; summarise the whole country's table, or leave out the rank total.\n")
        // The sample's 2023 rows are all 6,976 zones: summarised with the total as without it.
        let whole = try CLIRunner.run(rank + summarise), plain = try CLIRunner.run(Array(rank.dropLast(2)) + summarise)
        #expect(whole.status == 0 && whole.stdout == plain.stdout && !whole.stdout.isEmpty)
        // A value that is not a national rank: file, line, column and rule.
        let bad = try CLIRunner.run(["rank", sample, "--area", "datazone", "--filter", "year=2023", "--polarity", "favourable",
                                     "--value", "population", "--rank-total", "100"])
        #expect(bad.status == 1 && bad.stdout.isEmpty)
        #expect(bad.stderr.hasPrefix("gapwise: \(sample):") && bad.stderr.contains(":population: ")
                && bad.stderr.hasSuffix(" is not a national rank: with a rank total of 100 it must be a whole number from 1 to 100.\n"), "\(bad.stderr)")
    }
}
