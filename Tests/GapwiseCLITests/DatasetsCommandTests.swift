// DatasetsCommandTests: end-to-end runs of `gapwise datasets list|fetch|verify`; downloads come from a loopback
// server serving the real files of ../shared/data (skipped without it); children are killed if they overrun.
import Foundation
import Testing
import Gapwise
import GapwiseTestSupport

@Suite("gapwise datasets", .serialized)
struct DatasetsCommandTests {
    func gapwise(_ args: [String]) throws -> CLIResult {
        let (r, timedOut) = try BoundedProcess.run(CLIRunner.executable, args, timeout: 120)
        #expect(!timedOut, "gapwise \(args.joined(separator: " ")) overran its deadline and was killed")
        return r
    }

    func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "gapwise-cli-datasets-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("list prints one line per file and each dataset's publisher and licence")
    func list() throws {
        let r = try gapwise(["datasets", "list"])
        #expect(r.status == 0 && r.stderr == "")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "dataset        file                                                                     bytes    rows   source      fidelity")
        #expect(lines.contains("simd2020v2     simd2020_withinds.csv                                                    2160707  6976   zip member  unverified-copy"))
        #expect(lines.contains("phs-dz-lookup  simd2020v2_22062020.csv                                                  525098   6976   url         believed-identical"))
        #expect(lines.filter { $0.hasSuffix("https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019") }.count == 1)
        #expect(lines.contains("iod2019        File_6_-_IoD2019_Population_Denominators.xlsx                            2022726  32844  manual      resaved-copy"))
        #expect(lines.count == 1 + 12 + 1 + 4 + 1)
    }

    @Test("list --format json gives the full manifests, equal to the library's")
    func listJSON() throws {
        let r = try gapwise(["datasets", "list", "--format", "json"])
        #expect(r.status == 0)
        let decoded = try JSONDecoder().decode([DatasetManifest].self, from: Data(r.stdout.utf8))
        #expect(decoded == (try DatasetCatalog.builtIn()).manifests)
    }

    @Test("fetch from a loopback mirror of the real files, then verify; wrong bytes leave nothing and say expected vs got", .needsShared("data"))
    func fetchAndVerify() throws {
        let data = try SharedData.require("data")
        let geo = try Data(contentsOf: data.appendingPathComponent("phs_dz2011_geography/datazone2011.csv"))
        let simd = try Data(contentsOf: data.appendingPathComponent("phs_simd2020v2_lookup/simd2020v2_22062020.csv"))
        let files = ["/datazone2011.csv": geo, "/simd2020v2_22062020.csv": simd]
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            let server = try LoopbackHTTPServer(files: files)
            defer { server.stop() }
            let r = try gapwise(["datasets", "fetch", "phs-dz-lookup", "--to", dir, "--mirror", server.baseURL])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout == """
                downloaded: \(dir)/datazone2011.csv (1062945 bytes, sha256 5bb1ecdb2ecdeaf7a04286f799770e47fe5a1d2f170d4307fabc257d2a0a51e1) from \(server.baseURL)/datazone2011.csv
                downloaded: \(dir)/simd2020v2_22062020.csv (525098 bytes, sha256 686bc9aa38b61891f701e10d8a3970397c7be7f3819798dc43584ae42cb3a391) from \(server.baseURL)/simd2020v2_22062020.csv

                """)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["datazone2011.csv", "simd2020v2_22062020.csv"])
        }
        let v = try gapwise(["datasets", "verify", dir])
        #expect(v.status == 0)
        #expect(v.stdout == "phs-dz-lookup  datazone2011.csv  ok\nphs-dz-lookup  simd2020v2_22062020.csv  ok\n")
        // A damaged file fails verification, naming expected and got.
        var damaged = simd
        damaged[damaged.startIndex + 1000] ^= 0x20
        try damaged.write(to: URL(fileURLWithPath: dir + "/simd2020v2_22062020.csv"))
        let bad = try gapwise(["datasets", "verify", dir, "--dataset", "phs-dz-lookup"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\(dir)/simd2020v2_22062020.csv: SHA-256 mismatch: expected 686bc9aa38b61891f701e10d8a3970397c7be7f3819798dc43584ae42cb3a391, got \(SHA256.hex(of: damaged))"))

        let empty = try scratch()
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let wrong = try LoopbackHTTPServer(files: files, mode: .wrongBytes)
        defer { wrong.stop() }
        let w = try gapwise(["datasets", "fetch", "phs-dz-lookup", "--to", empty, "--mirror", wrong.baseURL])
        #expect(w.status == 1)
        var flipped = geo
        flipped[flipped.startIndex + geo.count / 2] ^= 0x01
        #expect(w.stderr == "gapwise: datazone2011.csv: SHA-256 mismatch: expected 5bb1ecdb2ecdeaf7a04286f799770e47fe5a1d2f170d4307fabc257d2a0a51e1, got \(SHA256.hex(of: flipped)); nothing was written.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty).isEmpty)
    }

    @Test("usage errors: unknown dataset, missing folder, a folder with no dataset file")
    func errors() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let u = try gapwise(["datasets", "fetch", "simd2012", "--to", dir])
        #expect(u.status == 1)
        #expect(u.stderr == "gapwise: no dataset is called \"simd2012\"; known datasets: iod2019, phs-dz-lookup, simd2016, simd2020v2.\n")
        let m = try gapwise(["datasets", "fetch", "simd2016", "--to", dir + "/absent"])
        #expect(m.stderr == "gapwise: \(dir)/absent: the folder does not exist; create it first.\n")
        let n = try gapwise(["datasets", "fetch", "simd2016", "--to", dir])
        #expect(n.status == 1)
        #expect(n.stderr.hasPrefix("gapwise: simd2016_withinds.csv: no download URL is recorded for this file. It is published inside simd2016_withgeog.zip"))
        let e = try gapwise(["datasets", "verify", dir])
        #expect(e.status == 1)
        #expect(e.stderr == "gapwise: \(dir): none of the known dataset files is in this folder.\n")
    }
}
