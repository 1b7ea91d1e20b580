// DatasetFixtures: small manifests and scratch folders for the fetch and verify tests.
import Foundation
import GapwiseIO
@testable import GapwiseDatasets

enum DatasetFixtures {
    /// Deterministic bytes (a CSV-looking text) of about `size` bytes.
    static func bytes(_ rows: Int, seed: Int = 0) -> Data {
        var s = "code,count,denominator\n"
        for i in 0..<rows { s += "S01\(String(format: "%06d", 6506 + i)),\((i * 7 + seed) % 97),\(100 + (i * 13) % 900)\n" }
        return Data(s.utf8)
    }

    /// A manifest with one file per (name, bytes, url), checked by the real decoder.
    static func manifest(_ files: [(name: String, data: Data, url: String?)], archive: String? = nil,
                         member: String? = nil) throws -> DatasetManifest {
        let entries = files.map { f -> String in
            let source: String
            if let archive {
                source = #""archive": {"url": "\#(archive)", "format": "zip", "member": "\#(member ?? f.name)"}"#
            } else if let url = f.url {
                source = #""url": "\#(url)""#
            } else {
                source = #""archive": {"url": null, "format": "zip", "member": "\#(f.name)", "package": "test.zip"}"#
            }
            return #"""
            {"name": "\#(f.name)", \#(source), "sha256": "\#(SHA256.hex(of: f.data))", "size": \#(f.data.count),
             "format": "csv", "rows": 1, "fidelity": "believed-identical", "note": "test", "missingValues": [],
             "columns": [{"name": "code", "role": "code", "geography": "data zone 2011 (S01)"},
                         {"name": "count", "role": "count", "denominator": "denominator"},
                         {"name": "denominator", "role": "population"}]}
            """#
        }
        let json = #"""
        {"schema": 1, "name": "test", "title": "Test", "publisher": "Nobody", "licence": "Open Government Licence v3.0",
         "licenceURL": "https://example.invalid/ogl", "landingPage": "https://example.invalid/", "geography": "none",
         "files": [\#(entries.joined(separator: ","))]}
        """#
        return try DatasetCatalog.decode(Data(json.utf8), file: "test.json")
    }

    /// A new empty folder under the system's temporary folder.
    static func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "gapwise-datasets-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Everything in a folder, hidden files included.
    static func contents(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    }
}
