// IoDLocalitySummaryTests: England IoD 2019 district summaries rebuilt from the 32,844 LSOA ranks.
import Foundation
import Testing
import GapwiseTestSupport
@testable import GapwiseDeprivation

@Suite("IoD 2019 local authority summaries")
struct IoDLocalitySummaryTests {
    static let lsoaPath = "data/eng_iod2019_lsoa"
    static let ladPath = "data/eng_iod2019_lad_summaries/DERIVED_File_10_IMD_sheet.csv"

    /// MHCLG IoD 2019 File 2 (IMD rank per LSOA, 1 = most deprived; LAD code) and File 6 (total
    /// population mid-2015 excluding prisoners), summarised; compared with File 10's IMD sheet.
    @Test(.needsShared(IoDLocalitySummaryTests.lsoaPath, IoDLocalitySummaryTests.ladPath))
    func districtSummariesMatchFile10() throws {
        let dir = try SharedData.require(Self.lsoaPath), ladURL = try SharedData.require(Self.ladPath)
        let domains = try TestTable(contentsOf: dir.appendingPathComponent("DERIVED_File_2_IoD2019_Domains.csv"))
        let pops = try TestTable(contentsOf: dir.appendingPathComponent("DERIVED_File_6_IoD2019_Population_Denominators.csv"))
        #expect(domains.table.rowCount == 32844)
        #expect(domains.column("LSOA code (2011)") == pops.column("LSOA code (2011)"))
        let summaries = try LocalitySummaries.summarise(
            ranks: domains.numbers("Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)"),
            populations: pops.numbers("Total population: mid 2015 (excluding prisoners)"),
            localities: domains.column("Local Authority District code (2019)"))
        let lad = try TestTable(contentsOf: ladURL)
        let codes = lad.column("Local Authority District code (2019)")
        #expect(summaries.count == 317 && codes.count == 317)
        let byCode = Dictionary(uniqueKeysWithValues: summaries.map { ($0.locality, $0) })

        // File 10 headers carry a trailing space.
        let avg = lad.numbers("IMD - Average rank "), rankOfAvg = lad.numbers("IMD - Rank of average rank ")
        let prop = lad.numbers("IMD - Proportion of LSOAs in most deprived 10% nationally ")
        let extent = lad.numbers("IMD 2019 - Extent "), lc = lad.numbers("IMD 2019 - Local concentration ")
        var avgWithinRounding = 0, lcWithinRounding = 0, extentWithinRounding = 0
        var worstAvg = 0.0, worstLC = 0.0, worstExtent = 0.0
        for (k, code) in codes.enumerated() {
            let s = try #require(byCode[code])
            let dAvg = abs(s.averageRank - avg[k])
            worstAvg = max(worstAvg, dAvg)
            if dAvg <= 0.005 + 1e-9 { avgWithinRounding += 1 }
            #expect(dAvg <= 0.5, "\(code): average rank \(s.averageRank) vs published \(avg[k])")
            #expect(s.rankOfAverageRank == rankOfAvg[k], "\(code): rank of average rank")
            // Published to 4 decimals: the rounding bound 5e-5, plus 1e-12 for binary fractions.
            #expect(abs(s.proportionMostDeprived10 - prop[k]) <= 5e-5 + 1e-12, "\(code): proportion in 10%")
            let dExt = abs(s.extent - extent[k])
            worstExtent = max(worstExtent, dExt)
            if dExt <= 5e-5 + 1e-12 { extentWithinRounding += 1 }
            #expect(dExt <= 1e-4, "\(code): extent \(s.extent) vs published \(extent[k])")
            let dLC = abs(s.localConcentration - lc[k])
            worstLC = max(worstLC, dLC)
            if dLC <= 0.005 + 1e-9 { lcWithinRounding += 1 }
        }
        // Measured figures (see LocalitySummaries' documentation for the explanation).
        #expect(avgWithinRounding == 257 && worstAvg < 0.136)
        #expect(extentWithinRounding == 316 && worstExtent < 5.2e-5)
        #expect(lcWithinRounding == 268 && worstLC < 0.19)
    }

    /// Average score: Warrington (E06000007) from File 7's 127 LSOA IMD scores and populations; File 10
    /// publishes 18.942 (3 decimals).
    @Test(.needsShared("data/eng_iod2019_warrington_file7_subset/File_7_-_All_IoD2019_Scores__Ranks__Deciles_and_Population_Denominators_3.csv")) func warringtonAverageScore() throws {
        let path = "data/eng_iod2019_warrington_file7_subset/File_7_-_All_IoD2019_Scores__Ranks__Deciles_and_Population_Denominators_3.csv"
        let url = try SharedData.require(path)
        let f7 = try TestTable(contentsOf: url)
        #expect(f7.table.rowCount == 127)
        // The subset holds only Warrington's rows, so its national ranks (1...32,844) cannot be passed
        // as a ranking of these 127 areas; ranks do not enter the average score, so 1...127 stand in.
        let s = try LocalitySummaries.summarise(
            ranks: (1...127).map(Double.init),
            populations: f7.numbers("Total population: mid 2015 (excluding prisoners)"),
            localities: f7.column("Local Authority District code (2019)"),
            scores: f7.numbers("Index of Multiple Deprivation (IMD) Score"))
        #expect(s.count == 1)
        let score = try #require(s[0].averageScore)
        #expect(abs(score - 18.942) <= 0.0005, "average score \(score)")
    }

    /// Closed forms on a toy country of 10 areas: two localities.
    @Test func toyCountry() throws {
        // Areas 0...9 with ranks 1...10; locality X = areas with ranks 1, 2, 9; Y = the rest.
        let ranks: [Double] = [1, 2, 9, 3, 4, 5, 6, 7, 8, 10]
        let pops: [Double] = [100, 300, 600, 1, 1, 1, 1, 1, 1, 1]
        let loc = ["X", "X", "X", "Y", "Y", "Y", "Y", "Y", "Y", "Y"]
        let s = try LocalitySummaries.summarise(ranks: ranks, populations: pops, localities: loc,
                                                scores: [5, 4, 1, 0, 0, 0, 0, 0, 0, 0])
        let x = s[0]
        #expect(x.locality == "X" && x.areaCount == 3 && x.population == 1000)
        // Inverted ranks 10, 9, 2: (100*10 + 300*9 + 600*2)/1000 = 4.9.
        #expect(abs(x.averageRank - 4.9) < 1e-12)
        #expect(abs(x.averageScore! - 2.3) < 1e-12)  // (100·5 + 300·4 + 600·1)/1000
        // Deciles of 10 areas: only rank 1 is in decile 1.
        #expect(x.proportionMostDeprived10 == 1.0 / 3)
        // Percentiles ceil(100 r / 10) = 10, 20, 90: weights 1, 0.95 − 0.9·9/19, 0.
        #expect(abs(x.extent - (100 * 1 + 300 * (0.95 - 0.9 * 9 / 19)) / 1000) < 1e-12)
        // 10% of 1000 = 100 people: all from the rank-1 area (inverted rank 10).
        #expect(x.localConcentration == 10)
        // Y: inverted ranks 8,7,6,5,4,3,1 with population 1 each: target 0.7 taken from the first.
        #expect(s[1].localConcentration == 8)
        #expect(x.rankOfAverageRank == 1 && s[1].rankOfAverageRank == 2)
    }

    @Test func errors() {
        func message(_ r: [Double], _ p: [Double], _ l: [String], _ s: [Double]? = nil) -> String {
            do { _ = try LocalitySummaries.summarise(ranks: r, populations: p, localities: l, scores: s); return "no error" }
            catch { return error.description }
        }
        #expect(message([], [], []) == "there are no small areas to rank.")
        #expect(message([1, 2], [1], ["a", "a"]) == "populations has 1 entries but 2 were expected (one per small area); the inputs must line up.")
        #expect(message([1, 2], [1, 1], ["a"]) == "localities has 1 entries but 2 were expected (one per small area); the inputs must line up.")
        #expect(message([1, 2], [1, 1], ["a", "a"], [1]) == "scores has 1 entries but 2 were expected (one per small area); the inputs must line up.")
        #expect(message([1, .nan], [1, 1], ["a", "a"]) == "ranks is nan in row 1 (counting from 0); every small area needs a finite value.")
        #expect(message([1, 3], [1, 1], ["a", "a"]) == "ranks is 3.0 in row 1 (counting from 0), but a rank among 2 small areas must lie between 1 and 2.")
        #expect(message([1, 2], [1, -1], ["a", "a"]) == "the population in row 1 (counting from 0) is -1.0; populations must be finite and not negative.")
        #expect(message([1, 2], [1, 1], ["a", "a"], [1, .infinity]) == "scores is inf in row 1 (counting from 0); every small area needs a finite value.")
        #expect(message([1, 2], [1, 0], ["a", "b"]) == "the small areas of b have a total population of 0, so population-weighted summaries cannot be worked out.")
    }
}
