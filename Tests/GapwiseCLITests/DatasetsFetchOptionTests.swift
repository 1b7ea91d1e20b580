// DatasetsFetchOptionTests: `datasets fetch --replace` and `--timeout` end to end, against a loopback mirror of the real files.
import Foundation
import Testing
import Gapwise
import GapwiseTestSupport

/// The mirror serves the real phs-dz-lookup files of ../shared/data; their SHA-256 are the ones their
/// PROVENANCE.md records. Every run is bounded (killed after 120 s) and writes only in its own folder.
@Suite("gapwise datasets fetch: --replace and --timeout", .serialized)
struct DatasetsFetchOptionTests {
    static let geoPath = "data/phs_dz2011_geography/datazone2011.csv"
    static let simdPath = "data/phs_simd2020v2_lookup/simd2020v2_22062020.csv"
    /// PROVENANCE.md of phs_simd2020v2_lookup.
    static let simdSHA = "686bc9aa38b61891f701e10d8a3970397c7be7f3819798dc43584ae42cb3a391"

    func gapwise(_ args: [String]) throws -> (CLIResult, TimeInterval) {
        let start = Date()
        let (r, timedOut) = try BoundedProcess.run(CLIRunner.executable, args, timeout: 120)
        #expect(!timedOut, "gapwise \(args.joined(separator: " ")) overran its deadline and was killed")
        return (r, Date().timeIntervalSince(start))
    }

    func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "gapwise-fetch-options-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func mirrorFiles() throws -> (geo: Data, simd: Data, files: [String: Data]) {
        let geo = try Data(contentsOf: try SharedData.require(Self.geoPath))
        let simd = try Data(contentsOf: try SharedData.require(Self.simdPath))
        return (geo, simd, ["/datazone2011.csv": geo, "/simd2020v2_22062020.csv": simd])
    }

    /// A folder holding the right geography file and a copy of the SIMD lookup with one byte changed.
    func folderWithStaleCopy(_ geo: Data, _ simd: Data) throws -> (dir: String, stale: Data) {
        let dir = try scratch()
        try geo.write(to: URL(fileURLWithPath: dir + "/datazone2011.csv"))
        var stale = simd
        stale[stale.startIndex + 5000] ^= 0x04
        try stale.write(to: URL(fileURLWithPath: dir + "/simd2020v2_22062020.csv"))
        return (dir, stale)
    }

    @Test("--replace overwrites a file that differs; without it, or when the new download fails, the old file stays",
          .needsShared(DatasetsFetchOptionTests.geoPath, DatasetsFetchOptionTests.simdPath))
    func replace() throws {
        let (geo, simd, files) = try mirrorFiles()
        let (dir, stale) = try folderWithStaleCopy(geo, simd)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/simd2020v2_22062020.csv"
        let server = try LoopbackHTTPServer(files: files)
        defer { server.stop() }
        let fetch = ["datasets", "fetch", "phs-dz-lookup", "--to", dir, "--mirror", server.baseURL]

        let (refused, _) = try gapwise(fetch)
        #expect(refused.status == 1)
        #expect(refused.stderr == "gapwise: \(target): SHA-256 mismatch: expected \(Self.simdSHA), got \(SHA256.hex(of: stale)); nothing was written.\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == stale)

        // --replace, but the mirror sends wrong bytes: the download is refused and the old file is kept.
        let wrong = try LoopbackHTTPServer(files: files, mode: .wrongBytes)
        defer { wrong.stop() }
        let (failed, _) = try gapwise(["datasets", "fetch", "phs-dz-lookup", "--to", dir, "--mirror", wrong.baseURL, "--replace"])
        #expect(failed.status == 1)
        #expect(failed.stderr.hasPrefix("gapwise: simd2020v2_22062020.csv: SHA-256 mismatch: expected \(Self.simdSHA), got "), "\(failed.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == stale)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["datazone2011.csv", "simd2020v2_22062020.csv"])

        let (replaced, _) = try gapwise(fetch + ["--replace"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.contains("downloaded: \(target) (525098 bytes, sha256 \(Self.simdSHA)) from \(server.baseURL)/simd2020v2_22062020.csv"),
                "\(replaced.stdout)")
        #expect(replaced.stdout.contains("already present: \(dir)/datazone2011.csv"), "\(replaced.stdout)")
        #expect(try GapsCommandTests.sha256sum(target) == Self.simdSHA)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["datazone2011.csv", "simd2020v2_22062020.csv"])
    }

    // The server reads the request, then sends nothing for 4 s and closes. With --timeout 1 the transfer is
    // abandoned after 1 s without data; with the default (60 s) it would wait the whole 4 s and fail otherwise.
    @Test("--timeout 1 abandons a silent server after 1 s, says so, and writes nothing",
          .needsShared(DatasetsFetchOptionTests.geoPath, DatasetsFetchOptionTests.simdPath))
    func timeout() throws {
        let (_, _, files) = try mirrorFiles()
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let server = try LoopbackHTTPServer(files: files, mode: .stall(seconds: 4))
        defer { server.stop() }
        let (r, elapsed) = try gapwise(["datasets", "fetch", "phs-dz-lookup", "--to", dir, "--mirror", server.baseURL, "--timeout", "1"])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: \(server.baseURL)/datazone2011.csv: the download failed after 0 bytes "
                + "(no data arrived for 1 s, the transfer timeout); nothing was written.\n")
        #expect(elapsed < 3.5, "abandoned after \(elapsed) s")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }
}
