// DatasetListing: the text table and JSON that `gapwise datasets list` prints.
import Foundation

public enum DatasetListing {
    /// One line per file: dataset, file, size, how to get it, fidelity; then each dataset's publisher and licence.
    public static func table(_ catalog: DatasetCatalog) -> String {
        var rows: [[String]] = [["dataset", "file", "bytes", "rows", "source", "fidelity"]]
        for m in catalog.manifests {
            for f in m.files {
                let source = f.url != nil ? "url" : f.archive?.url != nil ? "zip member" : "manual"
                rows.append([m.name, f.name, String(f.size), String(f.rows), source, f.fidelity])
            }
        }
        let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max() ?? 0 }
        var text = rows.map { r in
            zip(r, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n\n"
        for m in catalog.manifests {
            text += "\(m.name): \(m.title). \(m.publisher); \(m.licence). \(m.landingPage)\n"
        }
        return text
    }

    /// The manifests as a JSON array (the same fields as the manifest files), keys sorted.
    public static func json(_ catalog: DatasetCatalog) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(catalog.manifests)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
