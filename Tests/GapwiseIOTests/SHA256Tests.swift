// SHA-256 against the FIPS 180-4 example messages and against sha256sum on a file.
import Foundation
import Testing
@testable import GapwiseIO

@Suite("SHA-256")
struct SHA256Tests {
    @Test("FIPS 180-4 example digests", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func fips(message: String, expected: String) {
        #expect(SHA256.hex(of: Data(message.utf8)) == expected)
        var bytewise = SHA256()
        bytewise.update(Array(message.utf8))
        #expect(bytewise.hexDigest() == expected)
    }

    @Test("One million 'a', fed in uneven pieces through both paths")
    func millionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        let all = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(of: all) == expected)
        var h = SHA256()
        var i = 0, step = 1
        while i < all.count {
            let j = min(all.count, i + step)
            if step % 2 == 0 { h.update(all[i..<j]) } else { h.update(Array(all[i..<j])) }
            i = j; step = step * 3 % 1000 + 1
        }
        #expect(h.hexDigest() == expected)
    }

    @Test("A file's digest matches the system's sha256sum")
    func fileMatchesSystemTool() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-sha-\(getpid()).bin").path
        var bytes = [UInt8](repeating: 0, count: 3 << 20 | 77)
        var x: UInt64 = 0x9E3779B97F4A7C15
        for k in bytes.indices { x = x &* 6364136223846793005 &+ 1442695040888963407; bytes[k] = UInt8(x >> 56) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let ours = try SHA256.hex(ofFileAt: path)
        let tool = Process()
        tool.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        guard FileManager.default.isExecutableFile(atPath: tool.executableURL!.path) else { return }
        tool.arguments = [path]
        let pipe = Pipe()
        tool.standardOutput = pipe
        try tool.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        tool.waitUntilExit()
        #expect(ours == String(out.prefix(64)))
    }
}
