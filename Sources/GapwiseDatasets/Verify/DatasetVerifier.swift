// DatasetVerifier: checks the dataset files already in a folder against the manifests (size and SHA-256).
import Foundation

/// The state of one manifest file in a folder.
public struct VerifiedFile: Hashable, Sendable {
    public enum Status: Hashable, Sendable {
        /// Present with the recorded size and SHA-256.
        case ok
        /// Not in the folder.
        case missing
        /// Present with another size.
        case sizeMismatch(got: Int64)
        /// Present with the recorded size but another SHA-256.
        case checksumMismatch(got: String)

        /// Whether the file is present but not the recorded bytes.
        public var isFailure: Bool {
            switch self {
            case .ok, .missing: return false
            case .sizeMismatch, .checksumMismatch: return true
            }
        }
    }
    public let dataset: String
    public let file: DatasetFile
    public let path: String
    public let status: Status

    /// A sentence for the report, e.g. "ok" or "SHA-256 mismatch: expected ..., got ...".
    public var message: String {
        switch status {
        case .ok: return "ok"
        case .missing: return "missing"
        case let .sizeMismatch(got): return "size mismatch: expected \(file.size) bytes, got \(got)"
        case let .checksumMismatch(got): return "SHA-256 mismatch: expected \(file.sha256), got \(got)"
        }
    }
}

public enum DatasetVerifier {
    /// Checks every file of `manifests` in `directory`. A file's size is compared first (cheap); the
    /// SHA-256 is computed only when the size matches. Missing files are reported, not errors: the caller
    /// decides (the CLI fails when a file is wrong, or when none of a requested dataset's files is there).
    public static func verify(directory: String, manifests: [DatasetManifest]) throws(DatasetError) -> [VerifiedFile] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw .folderMissing(path: directory)
        }
        var out: [VerifiedFile] = []
        for m in manifests {
            for f in m.files {
                let path = (directory as NSString).appendingPathComponent(f.name)
                guard FileManager.default.fileExists(atPath: path) else {
                    out.append(VerifiedFile(dataset: m.name, file: f, path: path, status: .missing)); continue
                }
                let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.int64Value ?? -1
                if size != f.size {
                    out.append(VerifiedFile(dataset: m.name, file: f, path: path, status: .sizeMismatch(got: size))); continue
                }
                let (_, sha) = try FileCheck.measure(path)
                out.append(VerifiedFile(dataset: m.name, file: f, path: path, status: sha == f.sha256 ? .ok : .checksumMismatch(got: sha)))
            }
        }
        return out
    }
}
