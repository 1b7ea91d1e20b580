// ManifestTests: the manifests decode and keep their rules, the built-in copies equal datasets/manifests, and
// every recorded SHA-256 and size is that of the real file in ../shared/data.
import Foundation
import Testing
import GapwiseIO
@testable import GapwiseDatasets
import GapwiseTestSupport

@Suite("Dataset manifests")
struct ManifestTests {
    static let folder = SharedData.packageRoot.appendingPathComponent("datasets/manifests")

    @Test("the built-in copies equal the files under datasets/manifests, byte for byte, and none is missing")
    func embeddedEqualFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names == DatasetCatalog.builtInJSON.map(\.name).sorted(),
                "run `python3 datasets/tools/embed_manifests.py` after adding or removing a manifest")
        for (name, json) in DatasetCatalog.builtInJSON {
            let onDisk = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            #expect(onDisk == json, "\(name): the built-in copy differs from datasets/manifests/\(name); run datasets/tools/embed_manifests.py")
        }
    }

    @Test("the four official sources are listed with publisher, OGL v3 licence and files")
    func catalogContents() throws {
        let c = try DatasetCatalog.builtIn()
        #expect(c.manifests.map(\.name) == ["iod2019", "phs-dz-lookup", "simd2016", "simd2020v2"])
        for m in c.manifests {
            #expect(m.licence == "Open Government Licence v3.0")
            #expect(!m.publisher.isEmpty && m.landingPage.hasPrefix("https://"))
        }
        let simd = try c.manifest(named: "simd2020v2")
        let withinds = try #require(simd.files.first { $0.name == "simd2020_withinds.csv" })
        #expect(withinds.sha256 == "a9251bb70a8dee648c9b84a3befd84b165f772a2500a2ffe54dba52b9cadf4a8")
        #expect(withinds.size == 2_160_707 && withinds.rows == 6976 && withinds.columns.count == 49)
        #expect(withinds.missingValues == ["", "*", "n/a"])
        let dz = try #require(withinds.columns.first)
        #expect(dz.name == "Data_Zone" && dz.role == "code" && dz.geography == "data zone 2011 (S01)")
        let income = try #require(withinds.columns.first { $0.name == "income_count" })
        #expect(income.role == "count" && income.denominator == "Total_population")
        let lookup = try c.manifest(named: "phs-dz-lookup")
        #expect(lookup.files.map(\.name) == ["datazone2011.csv", "simd2020v2_22062020.csv"])
        #expect(lookup.files[1].url == "https://www.opendata.nhs.scot/dataset/78d41fa9-1a62-4f7b-9edb-3e8522a93378/resource/acade396-8430-4b34-895a-b3e757fa346e/download/simd2020v2_22062020.csv")
        let iod = try c.manifest(named: "iod2019")
        #expect(iod.files.count == 5)
        #expect(iod.files.allSatisfy { $0.columns.first?.role == "code" })
    }

    @Test("every manifest's SHA-256 and size equal the real file in ../shared/data and its SHA256SUMS",
          .needsShared("data"))
    func checksumsMatchSharedData() throws {
        let data = try SharedData.require("data")
        let sums = try String(contentsOf: data.appendingPathComponent("SHA256SUMS"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        var byName: [String: [String]] = [:]  // file name -> sha256 values listed
        var pathOf: [String: String] = [:]
        for s in sums where s.count == 2 {
            let p = String(s[1]).replacingOccurrences(of: "./", with: "")
            let base = (p as NSString).lastPathComponent
            byName[base, default: []].append(String(s[0]))
            pathOf[base] = p
        }
        var checked = 0
        for m in try DatasetCatalog.builtIn().manifests {
            for f in m.files {
                let rel = try #require(pathOf[f.name], "\(m.name)/\(f.name) is not in ../shared/data/SHA256SUMS")
                #expect(byName[f.name] == [f.sha256], "\(f.name): SHA256SUMS lists \(byName[f.name] ?? [])")
                let path = data.appendingPathComponent(rel).path
                let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value
                #expect(size == f.size, "\(f.name): size \(size ?? -1) on disk, \(f.size) in the manifest")
                #expect(try SHA256.hex(ofFileAt: path) == f.sha256, "\(f.name): SHA-256 of the real file differs")
                checked += 1
            }
        }
        #expect(checked == 12)
    }

    @Test("each CSV manifest lists the real file's header, column by column", .needsShared("data"))
    func csvHeadersMatchSharedData() throws {
        let data = try SharedData.require("data")
        let folders = ["simd2020_withinds.csv": "simd2020v2_withinds", "simd2016_withinds.csv": "sg_simd2016_withinds",
                       "simd2016_18052020.csv": "phs_simd2016", "datazone2011.csv": "phs_dz2011_geography",
                       "simd2020v2_22062020.csv": "phs_simd2020v2_lookup"]
        for m in try DatasetCatalog.builtIn().manifests {
            for f in m.files where f.format == "csv" {
                let folder = try #require(folders[f.name])
                let table = try CSVReader.read(file: data.appendingPathComponent(folder + "/" + f.name).path,
                                               options: CSVReadOptions())
                #expect(table.columns.map(\.name) == f.columns.map(\.name), "\(f.name)")
                #expect(table.rowCount == f.rows, "\(f.name)")
            }
        }
    }
}
