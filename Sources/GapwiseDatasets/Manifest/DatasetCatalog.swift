// DatasetCatalog: reads and checks manifests (the built-in copies or JSON files) and finds one by name.
import Foundation

/// The known datasets: the manifests compiled into the library, or read from a folder of JSON files.
public struct DatasetCatalog: Sendable {
    /// The manifests, sorted by name.
    public let manifests: [DatasetManifest]

    public init(_ manifests: [DatasetManifest]) { self.manifests = manifests.sorted { $0.name < $1.name } }

    /// The manifests compiled into the library (copies of `datasets/manifests/*.json`).
    public static func builtIn() throws(DatasetError) -> DatasetCatalog {
        var all: [DatasetManifest] = []
        for (name, json) in EmbeddedManifests.files { all.append(try decode(Data(json.utf8), file: name)) }
        return DatasetCatalog(all)
    }

    /// The raw JSON text of the built-in manifests, by file name (for checking them against the checkout).
    public static var builtInJSON: [(name: String, json: String)] { EmbeddedManifests.files }

    /// The manifest called `name`.
    public func manifest(named name: String) throws(DatasetError) -> DatasetManifest {
        guard let m = manifests.first(where: { $0.name == name }) else {
            throw .unknownDataset(name: name, known: manifests.map(\.name))
        }
        return m
    }

    /// Decodes one manifest and checks its rules: schema 1; the name is the file's base name; every
    /// file has a 64-digit lower-case hex SHA-256, a positive size, a format csv or xlsx, a plain file
    /// name, known column roles, and each count's denominator is a column of the same file.
    public static func decode(_ data: Data, file: String) throws(DatasetError) -> DatasetManifest {
        let m: DatasetManifest
        do {
            m = try JSONDecoder().decode(DatasetManifest.self, from: data)
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw .invalidManifest(file: file, field: path(ctx.codingPath + [key]), rule: "is required")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw .invalidManifest(file: file, field: path(ctx.codingPath), rule: "has the wrong type (\(ctx.debugDescription))")
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw .invalidManifest(file: file, field: path(ctx.codingPath), rule: "must not be null")
        } catch {
            throw .invalidManifest(file: file, field: "(document)", rule: "is not valid JSON (\(error.localizedDescription))")
        }
        guard m.schema == 1 else { throw .invalidManifest(file: file, field: "schema", rule: "must be 1, not \(m.schema)") }
        let base = (file as NSString).lastPathComponent
        if base.hasSuffix(".json"), base != m.name + ".json" {
            throw .invalidManifest(file: file, field: "name", rule: "\"\(m.name)\" must match the file name \(base)")
        }
        if m.files.isEmpty { throw .invalidManifest(file: file, field: "files", rule: "must list at least one file") }
        for (i, f) in m.files.enumerated() {
            let at = "files[\(i)]"
            let hex = Set("0123456789abcdef")
            guard f.sha256.count == 64, f.sha256.allSatisfy(hex.contains) else {
                throw .invalidManifest(file: file, field: at + ".sha256", rule: "must be 64 lower-case hex digits")
            }
            guard f.size > 0 else { throw .invalidManifest(file: file, field: at + ".size", rule: "must be positive") }
            guard ["csv", "xlsx"].contains(f.format) else {
                throw .invalidManifest(file: file, field: at + ".format", rule: "must be csv or xlsx, not \"\(f.format)\"")
            }
            guard !f.name.contains("/"), !f.name.hasPrefix(".") else {
                throw .invalidManifest(file: file, field: at + ".name", rule: "must be a plain file name")
            }
            let names = Set(f.columns.map(\.name))
            for (j, c) in f.columns.enumerated() {
                guard DatasetColumn.roles.contains(c.role) else {
                    throw .invalidManifest(file: file, field: at + ".columns[\(j)].role",
                                           rule: "\"\(c.role)\" is not one of \(DatasetColumn.roles.sorted().joined(separator: ", "))")
                }
                if let d = c.denominator, !names.contains(d) {
                    throw .invalidManifest(file: file, field: at + ".columns[\(j)].denominator", rule: "\"\(d)\" is not a column of this file")
                }
            }
        }
        return m
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            .replacingOccurrences(of: ".[", with: "[")
    }
}
