// SIMDPublishedBandsTests: reproduce the published SIMD 2020v2 bands (SG equal-count, PHS population-weighted).
import Foundation
import Testing
import GapwiseTestSupport
@testable import GapwiseNumerics

@Suite("SIMD 2020v2 published bands")
struct SIMDPublishedBandsTests {
    static let sgPath = "data/simd2020v2_withinds/simd2020_withinds.csv"
    static let phsPath = "data/phs_simd2020v2_lookup/simd2020v2_22062020.csv"

    /// Scottish Government, SIMD 2020v2 with indicators (simd2020_withinds.csv): the published
    /// percentile, vigintile, decile and quintile of all 6,976 data zones from the published rank.
    @Test(.needsShared(SIMDPublishedBandsTests.sgPath)) func scottishGovernmentEqualCountBands() throws {
        let url = try SharedData.require(Self.sgPath)
        let sg = try TestTable(contentsOf: url)
        #expect(sg.table.rowCount == 6976)
        let ranks = sg.column("SIMD2020v2_Rank").map { Double($0)! }
        for (k, name) in [(100, "SIMD_2020v2_Percentile"), (20, "SIMD2020v2_Vigintile"),
                          (10, "SIMD2020v2_Decile"), (5, "SIMD2020v2_Quintile")] {
            let published = sg.column(name).map { Int($0)! }
            let ours = try QuantileBands.byCount(ranks: ranks, bands: k).bands
            let mismatches = zip(ours, published).filter { $0 != $1 }.count
            #expect(mismatches == 0, "\(name): \(mismatches) of 6976 zones differ")
        }
    }

    /// The PHS lookup joined to SG populations (NRS 2017 small area population estimates, the
    /// population SIMD 2020 and PHS's weighting use) on the data-zone code.
    fileprivate struct Joined {
        let zones: [String]
        let ranks: [Double]
        let population: [Double]
        let phs: TestTable
    }

    fileprivate static func joined() throws -> Joined {
        let sgURL = try SharedData.require(sgPath), phsURL = try SharedData.require(phsPath)
        let sg = try TestTable(contentsOf: sgURL), phs = try TestTable(contentsOf: phsURL)
        var popByZone: [String: Double] = [:]
        var sgRankByZone: [String: String] = [:]
        for (z, (p, r)) in zip(sg.column("Data_Zone"), zip(sg.column("Total_population"), sg.column("SIMD2020v2_Rank"))) {
            popByZone[z] = Double(p)!
            sgRankByZone[z] = r
        }
        let zones = phs.column("DataZone")
        let ranks = phs.column("SIMD2020V2Rank")
        #expect(zones.count == 6976 && Set(zones).count == 6976)
        // The join is complete and both publishers give every zone the same rank.
        #expect(zip(zones, ranks).allSatisfy { sgRankByZone[$0] == $1 })
        return Joined(zones: zones, ranks: ranks.map { Double($0)! },
                      population: try zones.map { z throws -> Double in try #require(popByZone[z]) }, phs: phs)
    }

    /// Public Health Scotland, SIMD 2020v2 lookup (simd2020v2_22062020.csv): population-weighted
    /// national deciles and quintiles of all 6,976 zones, and the 15% most / least deprived flags
    /// (PHS: vigintiles 1-3 and 18-20).
    @Test(.needsShared(SIMDPublishedBandsTests.sgPath, SIMDPublishedBandsTests.phsPath))
    func phsNationalPopulationWeightedBands() throws {
        let d = try Self.joined()
        for (k, name) in [(10, "SIMD2020V2CountryDecile"), (5, "SIMD2020V2CountryQuintile")] {
            let ours = try QuantileBands.byPopulation(ranks: d.ranks, population: d.population, bands: k).bands
            let published = d.phs.column(name).map { Int($0)! }
            let mismatches = zip(ours, published).filter { $0 != $1 }.count
            #expect(mismatches == 0, "\(name): \(mismatches) of 6976 zones differ")
        }
        let vig = try QuantileBands.byPopulation(ranks: d.ranks, population: d.population, bands: 20).bands
        #expect(vig.map { $0 <= 3 ? "1" : "0" } == d.phs.column("SIMD2020V2Most15pc"))
        #expect(vig.map { $0 >= 18 ? "1" : "0" } == d.phs.column("SIMD2020V2Least15pc"))
    }

    /// Within health boards, HSCPs and councils. PHS's script hand-edits two Shetland zones after the rule
    /// ("1_Create SIMD 2020v2 Population-Weighted Files.R", sections 6.1.2, 7.1.1, 8.1.1:
    /// S01012409 -> decile 2, S01012387 -> decile 4). The rule must reproduce every other zone, and
    /// exactly those two must differ; with PHS's edits applied every zone matches.
    @Test(.needsShared(SIMDPublishedBandsTests.sgPath, SIMDPublishedBandsTests.phsPath), arguments: ["HB", "HSCP", "CA"])
    func phsWithinAreaPopulationWeightedBands(area: String) throws {
        let d = try Self.joined()
        let groups = d.phs.column(area)
        let manualDecile = ["S01012409": 2, "S01012387": 4]
        for (k, suffix) in [(10, "Decile"), (5, "Quintile")] {
            var ours = try QuantileBands.byPopulation(ranks: d.ranks, population: d.population, bands: k,
                                                      groups: groups).bands
            let published = d.phs.column("SIMD2020V2\(area)\(suffix)").map { Int($0)! }
            let differing = Set(d.zones.indices.filter { ours[$0] != published[$0] }.map { d.zones[$0] })
            #expect(differing == Set(manualDecile.keys), "\(area) \(suffix): differing zones \(differing.sorted())")
            for (i, z) in d.zones.enumerated() {
                if let dec = manualDecile[z] { ours[i] = k == 10 ? dec : (dec + 1) / 2 }
            }
            let remaining = zip(ours, published).filter { $0 != $1 }.count
            #expect(remaining == 0, "\(area) \(suffix): \(remaining) zones differ after PHS's manual Shetland edits")
        }
    }
}
