// ManifestErrorTests: one test per rule a manifest must keep, each checking the exact message.
import Foundation
import Testing
@testable import GapwiseDatasets

@Suite("Dataset manifest errors")
struct ManifestErrorTests {
    static let good = #"""
    {"schema": 1, "name": "t", "title": "T", "publisher": "P", "licence": "L", "licenceURL": "u", "landingPage": "u",
     "geography": "g", "files": [{"name": "a.csv", "url": "http://x.invalid/a.csv",
     "sha256": "a9251bb70a8dee648c9b84a3befd84b165f772a2500a2ffe54dba52b9cadf4a8", "size": 10, "format": "csv",
     "rows": 1, "fidelity": "f", "note": "n", "missingValues": [], "columns": [{"name": "n", "role": "count", "denominator": "p"},
     {"name": "p", "role": "population"}]}]}
    """#

    func decode(_ edit: (String) -> String, file: String = "t.json") throws -> DatasetManifest {
        try DatasetCatalog.decode(Data(edit(Self.good).utf8), file: file)
    }

    @Test("the well-formed manifest decodes")
    func good() throws { #expect(try decode { $0 }.files[0].columns.count == 2) }

    @Test("each broken rule names the field and the rule")
    func rules() {
        let cases: [((String) -> String, String, String)] = [
            ({ $0.replacingOccurrences(of: "\"schema\": 1", with: "\"schema\": 2") }, "schema", "must be 1, not 2"),
            ({ $0.replacingOccurrences(of: "a9251bb7", with: "A9251BB7") }, "files[0].sha256", "must be 64 lower-case hex digits"),
            ({ $0.replacingOccurrences(of: "\"size\": 10", with: "\"size\": 0") }, "files[0].size", "must be positive"),
            ({ $0.replacingOccurrences(of: "\"format\": \"csv\"", with: "\"format\": \"ods\"") }, "files[0].format", "must be csv or xlsx, not \"ods\""),
            ({ $0.replacingOccurrences(of: "\"role\": \"population\"", with: "\"role\": \"people\"") }, "files[0].columns[1].role",
             "\"people\" is not one of band, code, count, flag, name, population, rank, rate, ratio, row-id, score, time"),
            ({ $0.replacingOccurrences(of: "\"denominator\": \"p\"", with: "\"denominator\": \"q\"") }, "files[0].columns[0].denominator",
             "\"q\" is not a column of this file"),
            ({ $0.replacingOccurrences(of: "\"name\": \"a.csv\"", with: "\"name\": \"../a.csv\"") }, "files[0].name", "must be a plain file name"),
            ({ $0.replacingOccurrences(of: "\"publisher\": \"P\", ", with: "") }, "publisher", "is required"),
        ]
        for (edit, field, rule) in cases {
            #expect(throws: DatasetError.invalidManifest(file: "t.json", field: field, rule: rule)) { try decode(edit) }
        }
        #expect(throws: DatasetError.invalidManifest(file: "other.json", field: "name", rule: "\"t\" must match the file name other.json")) {
            try decode({ $0 }, file: "other.json")
        }
        #expect(DatasetError.invalidManifest(file: "t.json", field: "schema", rule: "must be 1, not 2").description
                == "t.json: schema: must be 1, not 2.")
    }

    @Test("an unknown dataset name lists the known ones")
    func unknown() throws {
        let c = try DatasetCatalog.builtIn()
        #expect(throws: DatasetError.unknownDataset(name: "simd2012", known: ["iod2019", "phs-dz-lookup", "simd2016", "simd2020v2"])) {
            try c.manifest(named: "simd2012")
        }
        #expect(DatasetError.unknownDataset(name: "x", known: ["a", "b"]).description == "no dataset is called \"x\"; known datasets: a, b.")
    }
}
