// VerifyTests: files already in a folder checked against manifests: ok, missing, wrong size, wrong checksum.
import Foundation
import Testing
import GapwiseIO
@testable import GapwiseDatasets
import GapwiseTestSupport

@Suite("Dataset verify")
struct VerifyTests {
    @Test("each file is reported ok, missing, size mismatch or checksum mismatch")
    func statuses() throws {
        let a = DatasetFixtures.bytes(100), b = DatasetFixtures.bytes(200), c = DatasetFixtures.bytes(300)
        let d = DatasetFixtures.bytes(50)
        let m = try DatasetFixtures.manifest([("a.csv", a, "http://x.invalid/a"), ("b.csv", b, "http://x.invalid/b"),
                                              ("c.csv", c, "http://x.invalid/c"), ("d.csv", d, "http://x.invalid/d")])
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try a.write(to: URL(fileURLWithPath: dir + "/a.csv"))
        try b.prefix(10).write(to: URL(fileURLWithPath: dir + "/b.csv"))
        var c2 = c
        c2[c2.startIndex + 7] ^= 0x04
        try c2.write(to: URL(fileURLWithPath: dir + "/c.csv"))
        let r = try DatasetVerifier.verify(directory: dir, manifests: [m])
        #expect(r.map(\.status) == [.ok, .sizeMismatch(got: 10), .checksumMismatch(got: SHA256.hex(of: c2)), .missing])
        #expect(r.map(\.status.isFailure) == [false, true, true, false])
        #expect(r[1].message == "size mismatch: expected \(b.count) bytes, got 10")
        #expect(r[2].message == "SHA-256 mismatch: expected \(SHA256.hex(of: c)), got \(SHA256.hex(of: c2))")
        #expect(throws: DatasetError.folderMissing(path: dir + "/x")) { try DatasetVerifier.verify(directory: dir + "/x", manifests: [m]) }
    }

    @Test("the real files in ../shared/data verify against the built-in manifests", .needsShared("data"))
    func realFiles() throws {
        let data = try SharedData.require("data")
        let c = try DatasetCatalog.builtIn()
        let r = try DatasetVerifier.verify(directory: data.appendingPathComponent("phs_simd2020v2_lookup").path,
                                           manifests: [try c.manifest(named: "phs-dz-lookup")])
        #expect(r.map(\.file.name) == ["datazone2011.csv", "simd2020v2_22062020.csv"])
        #expect(r.map(\.status) == [.missing, .ok])
    }
}
