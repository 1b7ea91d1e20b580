// GeographyRealFilesTests: the PHS lookups, SIMD files and IoD 2019 in ../shared/data as hierarchies and joins (skip when absent).
import Testing
import GapwiseTestSupport
@testable import GapwiseIO

/// Expected values: counts and facts stated in each folder's PROVENANCE.md, the published sizes of the
/// 2011 geography (`ScottishGeography2011`), and values read off the files' rows. The per-council name
/// differences were counted independently with Python's csv module:
///
///     ca = {r['CA']: r['CAName'] for r in csv.DictReader(open('datazone2011.csv', encoding='utf-8-sig'))}
///     dz = {r['DataZone']: r['CA'] for r in ...same file...}
///     names = defaultdict(set); [names[dz[r['Data_Zone']]].add(r['Council_area']) for r in csv.DictReader(open(simd))]
///     [c for c, v in names.items() if ca[c] not in v]   # 2020v2: ['S12000013']; 2016: 21 councils
@Suite("Geography: real lookups and data files")
struct GeographyRealFilesTests {
    static let dz2011 = "data/phs_dz2011_geography/datazone2011.csv"
    static let simdLookup = "data/phs_simd2020v2_lookup/simd2020v2_22062020.csv"
    static let simd2020 = "data/simd2020v2_withinds/simd2020_withinds.csv"
    static let simd2016 = "data/sg_simd2016_withinds/simd2016_withinds.csv"
    static let simd2012Lookup = "data/phs_simd2012_dz2001/simd2012_02042020.csv"
    static let urbanRural = "data/phs_urban_rural2016/urban_rural.csv"
    static let iod = "data/eng_iod2019_lsoa/DERIVED_File_2_IoD2019_Domains.csv"

    /// The path of a shared file; throws `Requirement.Missing` when it is absent.
    func shared(_ relative: String) throws -> String {
        try SharedData.require(relative).path
    }

    @Test("PHS data zone 2011 lookup: 6976 zones, 1279 IZs, 32 councils, 31 HSCPs, 14 boards, one country", .needsShared(GeographyRealFilesTests.dz2011))
    func phsLookup() throws {
        let path = try shared(Self.dz2011)
        let h = try GeographyHierarchy.read(file: path)
        #expect(h.levels == [.dataZone, .intermediateZone, .councilArea, .healthAndSocialCarePartnership, .healthBoard, .scotland])
        let counts = try h.levels.map { try h.areas(at: $0).count }
        #expect(counts == [6976, 1279, 32, 31, 14, 1])  // PROVENANCE.md
        for l in h.levels { #expect(try h.areas(at: l).count == ScottishGeography2011.count(at: l), "\(l)") }
        let zones = try h.areas(at: .dataZone)
        #expect(zones.map(\.number) == Array(ScottishGeography2011.dataZoneNumbers))
        #expect(try h.areas(at: .intermediateZone).map(\.number) == Array(ScottishGeography2011.intermediateZoneNumbers))

        // Row 2: S01006506 "Culter - 01" in IZ S02001236 "Culter", Aberdeen City, NHS Grampian.
        let dz = gss("S01006506")
        #expect(h.name(of: dz) == "Culter - 01")
        #expect(h.parent(of: dz) == gss("S02001236"))
        #expect(h.name(of: gss("S02001236")) == "Culter")
        #expect(try h.area(containing: dz, at: .councilArea) == gss("S12000033"))
        #expect(h.name(of: gss("S12000033")) == "Aberdeen City")
        #expect(try h.area(containing: dz, at: .healthAndSocialCarePartnership) == gss("S37000001"))
        #expect(try h.area(containing: dz, at: .healthBoard) == gss("S08000020"))
        #expect(h.name(of: gss("S08000020")) == "NHS Grampian")
        #expect(try h.area(containing: dz, at: .scotland) == gss("S92000003"))

        // Children both ways: Aberdeen City has 283 data zones in 49 IZs (counted with Python);
        // Clackmannanshire and Stirling share one partnership (PROVENANCE.md).
        #expect(try h.areas(in: gss("S12000033"), at: .dataZone).count == 283)
        #expect(h.children(of: gss("S12000033")).count == 49)
        #expect(h.children(of: gss("S37000005")) == [gss("S12000005"), gss("S12000030")])
        #expect(h.name(of: gss("S37000005")) == "Clackmannanshire and Stirling")
        // 2 to 9 data zones per IZ; IZ names not unique (1,250 names for 1,279 IZs), all from PROVENANCE.md.
        let sizes = try h.areas(at: .intermediateZone).map { h.children(of: $0).count }
        #expect(sizes.min() == 2 && sizes.max() == 9)
        #expect(Set(try h.areas(at: .intermediateZone).compactMap { h.name(of: $0) }).count == 1250)
        // The children of the councils partition the data zones.
        let all = try h.areas(at: .councilArea).flatMap { try h.areas(in: $0, at: .dataZone) }
        #expect(all.sorted() == zones)
    }

    @Test("PHS SIMD 2020v2 lookup (codes only) gives the same hierarchy as the data zone lookup (PROVENANCE: 0 mismatches)", .needsShared(GeographyRealFilesTests.dz2011, GeographyRealFilesTests.simdLookup))
    func lookupsAgree() throws {
        let a = try shared(Self.dz2011)
        let b = try shared(Self.simdLookup)
        let named = try GeographyHierarchy.read(file: a)
        let codes = try GeographyHierarchy.read(file: b)
        #expect(codes.levels == Array(named.levels.dropLast()))  // no Country column
        #expect(codes.name(of: gss("S12000033")) == nil)
        var mismatches = 0
        for dz in try named.areas(at: .dataZone) {
            for l in codes.levels where try codes.area(containing: dz, at: l) != named.area(containing: dz, at: l) { mismatches += 1 }
        }
        #expect(mismatches == 0)
        for l in codes.levels { #expect(try codes.areas(at: l) == named.areas(at: l)) }
    }

    @Test("every SIMD 2020v2 zone joins; the file's council names differ from PHS's but codes join them", .needsShared(GeographyRealFilesTests.dz2011, GeographyRealFilesTests.simd2020))
    func simd2020Join() throws {
        let lookup = try shared(Self.dz2011)
        let path = try shared(Self.simd2020)
        let h = try GeographyHierarchy.read(file: lookup)
        let t = try CSVReader.read(file: path, options: CSVReadOptions(columns: ["Data_Zone", "Intermediate_Zone", "Council_area"]))
        let j = try h.join(t, codeColumn: "Data_Zone")
        #expect(j.report.isComplete())
        #expect(j.report.description == "\(path):Data_Zone: 6976 of 6976 rows joined to 6976 of the 6976 data zones of \(lookup)")
        #expect(j.table["council_area"]?.text?.values.first == "S12000033")

        // Each council code carries exactly one name in the SIMD file; only Na h-Eileanan Siar's differs.
        let fileNames = try #require(t["Council_area"]?.text?.values)
        let caCodes = try #require(j.table["council_area"]?.text?.values)
        var byCode: [String: Set<String>] = [:]
        for (c, n) in zip(caCodes, fileNames) { byCode[c, default: []].insert(n) }
        #expect(byCode.count == 32 && byCode.values.allSatisfy { $0.count == 1 })
        let differing = byCode.filter { h.name(of: gss($0.key)) != $0.value.first }.keys.sorted()
        #expect(differing == ["S12000013"])
        #expect(byCode["S12000013"] == ["Na h-Eileanan an Iar"])
        #expect(h.name(of: gss("S12000013")) == "Na h-Eileanan Siar")
        #expect(caCodes.filter { $0 == "S12000013" }.count == 36)
        #expect(fileNames.filter { $0 == "Na h-Eileanan an Iar" }.count == 36)
        // IZ names: the SIMD file truncates one (PROVENANCE.md); the join still places its 8 zones.
        let izNames = try #require(t["Intermediate_Zone"]?.text?.values)
        let joinedIZ = try #require(j.table["intermediate_zone_name"]?.text?.values)
        let truncated = zip(izNames, joinedIZ).filter { $0 != $1 }
        #expect(truncated.count == 8)
        #expect(truncated.first?.0 == "Cullen, Portknockie, Findochty, Drybridge and Berryh")
        #expect(truncated.first?.1 == "Cullen, Portknockie, Findochty, Drybridge and Berryhillock")
    }

    @Test("SIMD 2016 writes \"Aberdeen_City\" where PHS writes \"Aberdeen City\"; the join on codes is complete", .needsShared(GeographyRealFilesTests.dz2011, GeographyRealFilesTests.simd2016))
    func simd2016Join() throws {
        let lookup = try shared(Self.dz2011)
        let path = try shared(Self.simd2016)
        let h = try GeographyHierarchy.read(file: lookup)
        let t = try CSVReader.read(file: path, options: CSVReadOptions(columns: ["Data_Zone", "Council_area"]))
        let j = try h.join(t, codeColumn: "Data_Zone")
        #expect(j.report.isComplete())
        let fileNames = try #require(t["Council_area"]?.text?.values)
        let caCodes = try #require(j.table["council_area"]?.text?.values)
        #expect(fileNames[0] == "Aberdeen_City" && caCodes[0] == "S12000033" && h.name(of: gss(caCodes[0])) == "Aberdeen City")
        var byCode: [String: Set<String>] = [:]
        for (c, n) in zip(caCodes, fileNames) { byCode[c, default: []].insert(n) }
        #expect(byCode.values.allSatisfy { $0.count == 1 })
        #expect(byCode.filter { h.name(of: gss($0.key)) != $0.value.first }.count == 21)  // counted with Python
    }

    @Test("2001 data zones (SIMD 2012 lookup) joined to the 2011 lookup: all unknown, all 2011 zones missing", .needsShared(GeographyRealFilesTests.dz2011, GeographyRealFilesTests.simd2012Lookup))
    func wrongEdition() throws {
        let lookup = try shared(Self.dz2011)
        let path = try shared(Self.simd2012Lookup)
        let h = try GeographyHierarchy.read(file: lookup)
        let t = try CSVReader.read(file: path, options: CSVReadOptions(columns: ["DataZone"]))
        let r = try h.join(t, codeColumn: "DataZone", exampleLimit: 3).report
        #expect(r.rows == 6505 && r.matchedRows == 0)
        #expect(r.unknown.codes == 6505 && r.unknown.rows == 6505 && r.missingAreas == 6976)
        #expect(r.description == """
            \(path):DataZone: 0 of 6505 rows joined to 0 of the 6976 data zones of \(lookup)
              unknown: 6505 codes on 6505 rows not in the lookup, e.g. S01000001 (row 2), S01000002 (row 3), S01000003 (row 4)
              missing: 6976 data zones of the lookup not in the file, e.g. S01006506, S01006507, S01006508
            """)
        #expect(throws: GeographyError.incompleteJoin(r)) { try r.requireComplete() }
    }

    @Test("urban-rural classification (CKAN export, BOM) joins completely", .needsShared(GeographyRealFilesTests.dz2011, GeographyRealFilesTests.urbanRural))
    func urbanRuralJoin() throws {
        let lookup = try shared(Self.dz2011)
        let path = try shared(Self.urbanRural)
        let h = try GeographyHierarchy.read(file: lookup)
        let j = try h.join(CSVReader.read(file: path), codeColumn: "DataZone")
        try j.report.requireComplete()
    }

    @Test("English IoD 2019: 32,844 LSOAs in 317 local authority districts (PROVENANCE.md)", .needsShared(GeographyRealFilesTests.iod))
    func iod2019() throws {
        let path = try shared(Self.iod)
        let h = try GeographyHierarchy.read(file: path, layout: .iod2019)
        #expect(try h.areas(at: .lsoa).count == 32844)
        #expect(try h.areas(at: .localAuthorityDistrict).count == 317)
        // Row 2: E01000001 "City of London 001A" in E09000001 City of London, which has 6 LSOAs.
        #expect(h.parent(of: gss("E01000001")) == gss("E09000001"))
        #expect(h.name(of: gss("E01000001")) == "City of London 001A")
        #expect(h.name(of: gss("E09000001")) == "City of London")
        #expect(h.children(of: gss("E09000001")).count == 6)
        let kinds = Set(try h.areas(at: .localAuthorityDistrict).compactMap(\.kind))
        #expect(kinds == [.unitaryAuthority, .nonMetropolitanDistrict, .metropolitanDistrict, .londonBorough])
    }
}
