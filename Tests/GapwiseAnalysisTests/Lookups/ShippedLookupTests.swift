// ShippedLookupTests: the compiled-in SIMD and geography lookups against datasets/deprivation and the publishers' files.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseDeprivation
import GapwiseIO
import GapwiseNumerics
import GapwiseTestSupport

@Suite("Shipped national SIMD and geography lookups")
struct ShippedLookupTests {
    static func shipped(_ name: String) throws -> TestTable {
        try TestTable(contentsOf: SharedData.packageRoot.appendingPathComponent("datasets/deprivation/\(name)"))
    }

    /// A file under ../shared/data (the tests that read one carry `.needsShared`, so they skip visibly without it).
    static func published(_ relative: String) throws -> TestTable {
        try TestTable(contentsOf: try SharedData.require("data/" + relative))
    }

    @Test(arguments: SIMDEdition.allCases)
    func compiledInCopyEqualsTheDatasetsFile(_ edition: SIMDEdition) throws {
        let t = try Self.shipped(edition.rawValue + ".csv")
        let lookup = SIMDLookup.shipped(edition)
        #expect(lookup.areaCount == 6976 && t.table.rowCount == 6976)
        let codes = t.column("data_zone")
        let cols = ["simd_rank", "simd_vigintile", "simd_decile", "simd_quintile", "phs_decile", "phs_quintile"].map { t.numbers($0) }
        var mismatches = 0
        for (i, code) in codes.enumerated() {
            guard let r = lookup.records[code] else { mismatches += 1; continue }
            let got = [r.rank, r.vigintile, r.decile, r.quintile, r.populationDecile, r.populationQuintile].map(Double.init)
            if got != cols.map({ $0[i] }) { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test func compiledInGeographyEqualsTheDatasetsFiles() throws {
        let dz = try Self.shipped("dz2011_geography.csv"), iz = try Self.shipped("iz2011.csv"), ca = try Self.shipped("councils2011.csv")
        let izName = Dictionary(uniqueKeysWithValues: zip(iz.column("intermediate_zone"), zip(iz.column("intermediate_zone_name"), iz.column("council"))).map { ($0, $1) })
        let caRow = Dictionary(uniqueKeysWithValues: ca.column("council").enumerated().map { ($1, $0) })
        #expect(GeographyLookup.dataZones.count == 6976)
        var mismatches = 0
        for (code, izCode) in zip(dz.column("data_zone"), dz.column("intermediate_zone")) {
            let g = try #require(GeographyLookup.dataZones[code])
            let (name, council) = try #require(izName[izCode])
            let c = try #require(caRow[council])
            let expected = [izCode, name, council, ca.column("council_name")[c], ca.column("hscp")[c], ca.column("hscp_name")[c],
                            ca.column("health_board")[c], ca.column("health_board_name")[c]]
            let got = [g.intermediateZone, g.intermediateZoneName, g.council, g.councilName, g.hscp, g.hscpName, g.healthBoard, g.healthBoardName]
            if got != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
        // A name holding a comma survives the quoting (Aberdeen City's IZ S02001237).
        #expect(GeographyLookup.dataZones.values.contains { $0.intermediateZoneName == "Cults, Bieldside and Milltimber West" })
    }

    /// Rank and the Scottish Government's published bands, all 6,976 zones, from the SG "with indicators" files.
    @Test(.needsShared("data/simd2020v2_withinds/simd2020_withinds.csv", "data/sg_simd2016_withinds/simd2016_withinds.csv"), arguments: [
        (SIMDEdition.simd2020v2, "simd2020v2_withinds/simd2020_withinds.csv", ["SIMD2020v2_Rank", "SIMD2020v2_Vigintile", "SIMD2020v2_Decile", "SIMD2020v2_Quintile"]),
        (SIMDEdition.simd2016, "sg_simd2016_withinds/simd2016_withinds.csv", ["Overal_SIMD16_Rank", "SIMD_2016_Vigintile", "SIMD_2016_Decile", "SIMD_2016_Quintile"]),
    ])
    func ranksAndBandsEqualTheScottishGovernmentsPublishedColumns(_ edition: SIMDEdition, _ file: String, _ columns: [String]) throws {
        let t = try Self.published(file)
        let lookup = SIMDLookup.shipped(edition)
        let published = columns.map { t.numbers($0) }
        var mismatches = 0
        for (i, code) in t.column("Data_Zone").enumerated() {
            let r = try #require(lookup.records[code])
            if [r.rank, r.vigintile, r.decile, r.quintile].map(Double.init) != published.map({ $0[i] }) { mismatches += 1 }
        }
        #expect(t.table.rowCount == 6976 && mismatches == 0)
    }

    /// PHS's population-weighted national deciles and quintiles: equal to PHS's published columns, and to
    /// Gapwise's own PHS rule (`QuantileBands.byPopulation`) on the SG file's population, for all 6,976 zones.
    @Test(.needsShared("data/phs_simd2020v2_lookup/simd2020v2_22062020.csv", "data/phs_simd2016/simd2016_18052020.csv",
                       "data/simd2020v2_withinds/simd2020_withinds.csv", "data/sg_simd2016_withinds/simd2016_withinds.csv"), arguments: [
        (SIMDEdition.simd2020v2, "phs_simd2020v2_lookup/simd2020v2_22062020.csv", "SIMD2020V2", "simd2020v2_withinds/simd2020_withinds.csv"),
        (SIMDEdition.simd2016, "phs_simd2016/simd2016_18052020.csv", "SIMD2016", "sg_simd2016_withinds/simd2016_withinds.csv"),
    ])
    func populationWeightedBandsEqualPublicHealthScotlands(_ edition: SIMDEdition, _ file: String, _ prefix: String, _ sgFile: String) throws {
        let phs = try Self.published(file), sg = try Self.published(sgFile)
        let lookup = SIMDLookup.shipped(edition)
        let decile = phs.numbers(prefix + "CountryDecile"), quintile = phs.numbers(prefix + "CountryQuintile")
        var mismatches = 0
        for (i, code) in phs.column("DataZone").enumerated() {
            let r = try #require(lookup.records[code])
            if Double(r.populationDecile) != decile[i] || Double(r.populationQuintile) != quintile[i] { mismatches += 1 }
        }
        #expect(phs.table.rowCount == 6976 && mismatches == 0)
        let codes = sg.column("Data_Zone")
        let ranks = codes.map { Double(lookup.records[$0]!.rank) }, pops = sg.numbers("Total_population")
        let d = try QuantileBands.byPopulation(ranks: ranks, population: pops, bands: 10).bands
        let q = try QuantileBands.byPopulation(ranks: ranks, population: pops, bands: 5).bands
        let ruleMismatches = codes.indices.filter { lookup.records[codes[$0]]!.populationDecile != d[$0] || lookup.records[codes[$0]]!.populationQuintile != q[$0] }
        #expect(ruleMismatches.isEmpty)
    }

    /// Geography against PHS's "Data Zone 2011" codes and labels file, all 6,976 zones.
    @Test(.needsShared("data/phs_dz2011_geography/datazone2011.csv"))
    func geographyEqualsPublicHealthScotlandsLabels() throws {
        let t = try Self.published("phs_dz2011_geography/datazone2011.csv")
        let cols = ["IntZone", "IntZoneName", "CA", "CAName", "HSCP", "HSCPName", "HB", "HBName"].map { t.column($0) }
        var mismatches = 0
        for (i, code) in t.column("DataZone").enumerated() {
            let g = try #require(GeographyLookup.dataZones[code])
            let got = [g.intermediateZone, g.intermediateZoneName, g.council, g.councilName, g.hscp, g.hscpName, g.healthBoard, g.healthBoardName]
            if got != cols.map({ $0[i] }) { mismatches += 1 }
        }
        #expect(t.table.rowCount == 6976 && mismatches == 0)
    }
}
