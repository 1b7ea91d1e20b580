// RealFilesTests: the reader on the official files in ../shared/data, checked against their PROVENANCE.md notes.
import Testing
import GapwiseTestSupport
@testable import GapwiseIO

/// Expected values are those written in each folder's PROVENANCE.md (counted independently by the
/// person who collected the files); each test skips with a message when ../shared is absent.
@Suite("Real open-statistics files")
struct RealFilesTests {
    static let simd2020Path = "data/simd2020v2_withinds/simd2020_withinds.csv"
    static let simd2016Path = "data/sg_simd2016_withinds/simd2016_withinds.csv"
    static let scotphoPath = "data/scotpho_profiles_ca/scotpho_data.csv"

    @Test("SIMD 2020v2 with indicators: rows, types, missing counts (PROVENANCE.md)", .needsShared(RealFilesTests.simd2020Path))
    func simd2020() throws {
        let url = try SharedData.require(Self.simd2020Path)
        let t = try CSVReader.read(file: url.path)
        #expect(t.rowCount == 6976)
        #expect(t.columns.count == 49)
        #expect(t.delimiter == .comma)
        let missing: [String: Int] = [
            "CIF": 3, "ALCOHOL": 2, "DRUG": 2, "SMR": 2, "DEPRESS": 1, "LBWT": 1, "EMERG": 2,
            "Attendance": 567, "Attainment": 189, "not_participating": 3, "University": 2,
            "crime_count": 500, "crime_rate": 501, "broadband": 2,
        ]
        for c in t.columns {
            #expect(c.missingCount == missing[c.name, default: 0], "\(c.name)")
            let isText = ["Data_Zone", "Intermediate_Zone", "Council_area"].contains(c.name)
            #expect(c.type == (isText ? .text : .number), "\(c.name)")
        }
        // Codes S01006506..S01013481, contiguous and sorted.
        let codes = try #require(t["Data_Zone"]?.text?.values)
        #expect(codes.first == "S01006506" && codes.last == "S01013481")
        #expect(codes == (6506...13481).map { "S01" + String(repeating: "0", count: 6 - String($0).count) + String($0) })
        // Population totals, rank permutation, average-rank ties, percentages read as written.
        let population = try #require(t["Total_population"]?.numbers)
        #expect(population.values.reduce(0, +) == 5_424_800)
        #expect(try #require(t["Working_Age_population"]?.numbers).values.reduce(0, +) == 3_494_791)
        #expect(Set(try #require(t["SIMD2020v2_Rank"]?.numbers).values) == Set((1...6976).map(Double.init)))
        let income = try #require(t["SIMD2020v2_Income_Domain_Rank"]?.numbers).values
        #expect(income.filter { $0 != $0.rounded() }.count == 700)
        #expect(try #require(t["income_rate"]?.numbers)[0] == 8)  // "8%" in row 2
    }

    @Test("SIMD 2020v2: `8%` as 0.08 under the fraction policy; a selection matches the full read", .needsShared(RealFilesTests.simd2020Path))
    func simd2020Options() throws {
        let url = try SharedData.require(Self.simd2020Path)
        let full = try CSVReader.read(file: url.path)
        let some = try CSVReader.read(file: url.path, options: CSVReadOptions(percent: .fraction, columns: ["income_rate", "Data_Zone"]))
        #expect(some.columns.map(\.name) == ["Data_Zone", "income_rate"])
        #expect(some["Data_Zone"] == full["Data_Zone"])
        let asWritten = try #require(full["income_rate"]?.numbers)
        let fraction = try #require(some["income_rate"]?.numbers)
        #expect(fraction.isMissing == asWritten.isMissing)
        for i in 0..<6976 where !asWritten.isMissing[i] {
            #expect(fraction.values[i] == Double("\(Int(asWritten.values[i]))e-2")!)
        }
    }

    @Test("SIMD 2016: CRLF, `*` and `#VALUE!` missing markers (PROVENANCE.md)", .needsShared(RealFilesTests.simd2016Path))
    func simd2016() throws {
        let url = try SharedData.require(Self.simd2016Path)
        let t = try CSVReader.read(file: url.path)
        #expect(t.rowCount == 6976)
        let missing: [String: Int] = [
            "Income_rate": 2, "Employment_rate": 2, "Attendance": 2, "NEET": 3,  // #VALUE!
            "CIF": 2, "DEPRESS": 2, "LBWT": 1, "Attainment": 14, "HESA": 3, "crime_rate": 2,  // *
        ]
        for c in t.columns {
            #expect(c.missingCount == missing[c.name, default: 0], "\(c.name)")
        }
        #expect(t["Council_area"]?.text?.values.first == "Aberdeen_City")
    }

    @Test("SIMD 2012 (2001 zones): 72 empty unnamed columns, quoted thousands, blank crime scores (PROVENANCE.md)", .needsShared("data/sg_simd2012_dz2001/simd2012_data_00410767_plusintervals.csv"))
    func simd2012() throws {
        let relative = "data/sg_simd2012_dz2001/simd2012_data_00410767_plusintervals.csv"
        let url = try SharedData.require(relative)
        #expect(throws: CSVError.emptyColumnName(file: url.path, index: 29)) { try CSVReader.read(file: url.path) }
        let t = try CSVReader.read(file: url.path, options: CSVReadOptions(ignoreEmptyUnnamedColumns: true))
        #expect(t.rowCount == 6505)
        #expect(t.columns.count == 28)
        #expect(t["Number of Employment Deprived People 2012"] != nil)  // trailing space trimmed
        let population = try #require(t["Total Population (SAPE 2010)"]?.numbers)
        #expect(population.missingCount == 0)
        #expect(population.values.reduce(0, +) == 5_222_100)  // values >= 1000 are quoted with commas
        #expect(t["SIMD Crime 2012 score"]?.missingCount == 558)
        #expect(Set(try #require(t["Overall SIMD 2012 Rank"]?.numbers).values) == Set((1...6505).map(Double.init)))
    }

    @Test("ScotPHO profiles: 7,258 rows, `NA` missing counts (PROVENANCE.md)", .needsShared(RealFilesTests.scotphoPath))
    func scotpho() throws {
        let url = try SharedData.require(Self.scotphoPath)
        let t = try CSVReader.read(file: url.path)
        #expect(t.rowCount == 7258)
        #expect(t["numerator"]?.missingCount == 1654)
        #expect(t["measure"]?.missingCount == 52)
        #expect(t["upper_confidence_interval"]?.missingCount == 245)
        #expect(t["lower_confidence_interval"]?.missingCount == 245)
        #expect(Set(try #require(t["area_code"]?.text).values).count == 32)
        // Where all three are present, lower CI <= measure <= upper CI (7,013 rows).
        let m = try #require(t["measure"]?.numbers), lo = try #require(t["lower_confidence_interval"]?.numbers)
        let hi = try #require(t["upper_confidence_interval"]?.numbers)
        let complete = (0..<t.rowCount).filter { m[$0] != nil && lo[$0] != nil && hi[$0] != nil }
        #expect(complete.count == 7013)
        #expect(complete.allSatisfy { lo[$0]! <= m[$0]! && m[$0]! <= hi[$0]! })
    }
}
