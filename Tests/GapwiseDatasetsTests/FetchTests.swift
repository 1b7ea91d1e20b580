// FetchTests: downloads from a loopback HTTP server: verified files land atomically; wrong bytes, dropped
// connections, HTTP errors and wrong sizes leave nothing behind and say what was expected.
import Foundation
import Testing
import GapwiseIO
@testable import GapwiseDatasets
import GapwiseTestSupport

@Suite("Dataset fetch", .serialized)
struct FetchTests {
    let body = DatasetFixtures.bytes(20_000)  // about 0.5 MB, several network chunks

    @Test("a good download is written under its published name, verified, with no temporary file left")
    func goodDownload() throws {
        let server = try LoopbackHTTPServer(files: ["/data/a.csv": body])
        defer { server.stop() }
        let m = try DatasetFixtures.manifest([("a.csv", body, server.baseURL + "/data/a.csv")])
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let got = try DatasetFetcher.fetch(m, to: dir)
        #expect(got.map(\.outcome) == [.downloaded])
        #expect(got[0].sha256 == SHA256.hex(of: body) && got[0].bytes == Int64(body.count))
        #expect(try DatasetFixtures.contents(dir) == ["a.csv"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/a.csv")) == body)
        let mode = (try FileManager.default.attributesOfItem(atPath: dir + "/a.csv")[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o644)
        // A second fetch finds the verified file and does not download it again.
        let again = try DatasetFetcher.fetch(m, to: dir)
        #expect(again.map(\.outcome) == [.alreadyPresent])
        #expect(server.requests == ["/data/a.csv"])
    }

    @Test("a manifest is fetched all-or-nothing: a failure on the second file leaves the first out of the folder too")
    func allOrNothing() throws {
        let other = DatasetFixtures.bytes(500, seed: 2)
        let server = try LoopbackHTTPServer(files: ["/a.csv": body, "/b.csv": other])
        defer { server.stop() }
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // b.csv is not served: the run fails after a.csv was downloaded and verified.
        let broken = try DatasetFixtures.manifest([("a.csv", body, server.baseURL + "/a.csv"), ("c.csv", other, server.baseURL + "/c.csv")])
        var heard: [String] = []
        #expect(throws: DatasetError.self) { try DatasetFetcher.fetch(broken, to: dir) { heard.append($0.name) } }
        #expect(server.requests == ["/a.csv", "/c.csv"])
        #expect(try DatasetFixtures.contents(dir).isEmpty, "no file and no temporary file")
        #expect(heard.isEmpty)
        // Both good: both in place, reported in manifest order.
        let good = try DatasetFixtures.manifest([("a.csv", body, server.baseURL + "/a.csv"), ("b.csv", other, server.baseURL + "/b.csv")])
        let got = try DatasetFetcher.fetch(good, to: dir) { heard.append($0.name) }
        #expect(got.map(\.outcome) == [.downloaded, .downloaded] && heard == ["a.csv", "b.csv"])
        #expect(try DatasetFixtures.contents(dir) == ["a.csv", "b.csv"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/b.csv")) == other)
    }

    @Test("a mirror serves the files by name instead of the publisher's URL")
    func mirror() throws {
        let server = try LoopbackHTTPServer(files: ["/mirror/a b.csv": body])
        defer { server.stop() }
        let m = try DatasetFixtures.manifest([("a b.csv", body, "https://publisher.invalid/a.csv")])
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let got = try DatasetFetcher.fetch(m, to: dir, options: FetchOptions(mirror: server.baseURL + "/mirror/"))
        #expect(got[0].source == server.baseURL + "/mirror/a%20b.csv")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/a b.csv")) == body)
    }

    @Test("wrong bytes of the right length: checksum mismatch naming expected and got; nothing written")
    func wrongBytes() throws {
        let server = try LoopbackHTTPServer(files: ["/a.csv": body], mode: .wrongBytes)
        defer { server.stop() }
        let m = try DatasetFixtures.manifest([("a.csv", body, server.baseURL + "/a.csv")])
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var wrong = body
        let i = wrong.startIndex + wrong.count / 2
        wrong[i] ^= 0x01
        #expect(throws: DatasetError.checksumMismatch(file: "a.csv", expected: SHA256.hex(of: body), got: SHA256.hex(of: wrong))) {
            try DatasetFetcher.fetch(m, to: dir)
        }
        #expect(try DatasetFixtures.contents(dir).isEmpty)
        let message = DatasetError.checksumMismatch(file: "a.csv", expected: "e", got: "g").description
        #expect(message == "a.csv: SHA-256 mismatch: expected e, got g; nothing was written.")
    }

    @Test("a connection dropped midway fails the transfer and leaves nothing")
    func droppedConnection() throws {
        let server = try LoopbackHTTPServer(files: ["/a.csv": body], mode: .dropMidway)
        defer { server.stop() }
        let m = try DatasetFixtures.manifest([("a.csv", body, server.baseURL + "/a.csv")])
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            _ = try DatasetFetcher.fetch(m, to: dir)
            Issue.record("a truncated download was accepted")
        } catch let DatasetError.transferFailed(url, received, _) {
            #expect(url == server.baseURL + "/a.csv")
            #expect(received <= Int64(body.count / 2))
        } catch let DatasetError.sizeMismatch(_, expected, got) {
            #expect(expected == Int64(body.count) && got < expected)
        }
        #expect(try DatasetFixtures.contents(dir).isEmpty)
    }

    @Test("an HTTP error status is reported with the URL; nothing written")
    func httpStatus() throws {
        let server = try LoopbackHTTPServer(files: ["/a.csv": body], mode: .status(503))
        defer { server.stop() }
        let m = try DatasetFixtures.manifest([("a.csv", body, server.baseURL + "/a.csv"), ("b.csv", body, server.baseURL + "/b.csv")])
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: DatasetError.httpStatus(url: server.baseURL + "/a.csv", status: 503)) { try DatasetFetcher.fetch(m, to: dir) }
        #expect(try DatasetFixtures.contents(dir).isEmpty)
        let missing = try LoopbackHTTPServer(files: [:])
        defer { missing.stop() }
        let m2 = try DatasetFixtures.manifest([("a.csv", body, missing.baseURL + "/a.csv")])
        #expect(throws: DatasetError.httpStatus(url: missing.baseURL + "/a.csv", status: 404)) { try DatasetFetcher.fetch(m2, to: dir) }
        #expect(try DatasetFixtures.contents(dir).isEmpty)
    }

    @Test("a server that goes silent is abandoned after the timeout; nothing written")
    func stalledServer() throws {
        let server = try LoopbackHTTPServer(files: ["/a.csv": body], mode: .stall(seconds: 4))
        defer { server.stop() }
        let m = try DatasetFixtures.manifest([("a.csv", body, server.baseURL + "/a.csv")])
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let start = Date()
        do {
            _ = try DatasetFetcher.fetch(m, to: dir, options: FetchOptions(timeout: 1))
            Issue.record("a stalled download succeeded")
        } catch let DatasetError.transferFailed(url, received, reason) {
            #expect(url == server.baseURL + "/a.csv" && received == 0)
            #expect(reason == "no data arrived for 1 s, the transfer timeout")
        }
        #expect(Date().timeIntervalSince(start) < 3.5)
        #expect(try DatasetFixtures.contents(dir).isEmpty)
    }

    @Test("a body shorter or longer than the manifest's size is refused")
    func wrongSize() throws {
        let short = body.prefix(body.count - 10)
        let long = body + Data("extra\n".utf8)
        let server = try LoopbackHTTPServer(files: ["/short.csv": Data(short), "/long.csv": long])
        defer { server.stop() }
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let m1 = try DatasetFixtures.manifest([("short.csv", body, server.baseURL + "/short.csv")])
        #expect(throws: DatasetError.sizeMismatch(file: "short.csv", expected: Int64(body.count), got: Int64(short.count))) {
            try DatasetFetcher.fetch(m1, to: dir)
        }
        let m2 = try DatasetFixtures.manifest([("long.csv", body, server.baseURL + "/long.csv")])
        #expect(throws: DatasetError.self) { try DatasetFetcher.fetch(m2, to: dir) }
        #expect(try DatasetFixtures.contents(dir).isEmpty)
    }

    @Test("a wrong file already in the folder is an error unless replacement is asked for")
    func existingWrongFile() throws {
        let server = try LoopbackHTTPServer(files: ["/a.csv": body])
        defer { server.stop() }
        let m = try DatasetFixtures.manifest([("a.csv", body, server.baseURL + "/a.csv")])
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let stale = DatasetFixtures.bytes(20_000, seed: 1)
        #expect(stale.count == body.count)
        try stale.write(to: URL(fileURLWithPath: dir + "/a.csv"))
        #expect(throws: DatasetError.checksumMismatch(file: dir + "/a.csv", expected: SHA256.hex(of: body), got: SHA256.hex(of: stale))) {
            try DatasetFetcher.fetch(m, to: dir)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/a.csv")) == stale)
        _ = try DatasetFetcher.fetch(m, to: dir, options: FetchOptions(replaceMismatched: true))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/a.csv")) == body)
        #expect(try DatasetFixtures.contents(dir) == ["a.csv"])
    }

    @Test("a member of a zip archive is extracted, verified and moved into place; the archive is removed")
    func zipMember() throws {
        // The package is written in-process with ZIPFoundation: no zip or unzip program is needed.
        let zip = try ZipMaker.zip([("pkg/readme.txt", Array("other".utf8)), ("pkg/inner.csv", Array(body))])
        let server = try LoopbackHTTPServer(files: ["/pkg.zip": zip])
        defer { server.stop() }
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let m = try DatasetFixtures.manifest([("inner.csv", body, nil)], archive: server.baseURL + "/pkg.zip")
        let got = try DatasetFetcher.fetch(m, to: dir)
        #expect(got[0].source == server.baseURL + "/pkg.zip (member pkg/inner.csv)")
        #expect(try DatasetFixtures.contents(dir) == ["inner.csv"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/inner.csv")) == body)
        let absent = try DatasetFixtures.manifest([("nothere.csv", body, nil)], archive: server.baseURL + "/pkg.zip")
        #expect(throws: DatasetError.archiveMemberMissing(archive: server.baseURL + "/pkg.zip", member: "nothere.csv")) {
            try DatasetFetcher.fetch(absent, to: dir)
        }
        #expect(try DatasetFixtures.contents(dir) == ["inner.csv"])
    }

    @Test("a download that is not a zip archive is refused, and nothing is left behind")
    func notAZip() throws {
        let server = try LoopbackHTTPServer(files: ["/pkg.zip": Data("not a zip archive at all".utf8)])
        defer { server.stop() }
        let dir = try DatasetFixtures.scratch()
        let m = try DatasetFixtures.manifest([("inner.csv", body, nil)], archive: server.baseURL + "/pkg.zip")
        #expect(throws: DatasetError.systemFailure(path: server.baseURL + "/pkg.zip", step: "read the zip archive",
                                                   reason: "it is not a zip archive, or it is damaged or incomplete")) {
            try DatasetFetcher.fetch(m, to: dir)
        }
        #expect(try DatasetFixtures.contents(dir) == [])
    }

    @Test("a file with no URL, and a missing folder, are reported before anything is downloaded")
    func noURLAndNoFolder() throws {
        let m = try DatasetFixtures.manifest([("a.csv", body, nil)])
        let dir = try DatasetFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: DatasetError.noDownloadURL(file: "a.csv", advice: "It is published inside test.zip as a.csv: download and extract it into the folder, then run `gapwise datasets verify`.")) {
            try DatasetFetcher.fetch(m, to: dir)
        }
        #expect(throws: DatasetError.folderMissing(path: dir + "/nope")) { try DatasetFetcher.fetch(m, to: dir + "/nope") }
    }
}
