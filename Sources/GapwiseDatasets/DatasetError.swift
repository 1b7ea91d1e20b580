// DatasetError: what can go wrong listing, fetching or verifying a dataset, in words an analyst understands.
import Foundation

/// An error of the dataset manifests, downloads and checks. Each case carries the facts it reports.
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No manifest has this name.
    case unknownDataset(name: String, known: [String])
    /// A manifest's JSON could not be read, or breaks a rule (the path inside the JSON and the rule).
    case invalidManifest(file: String, field: String, rule: String)
    /// The folder to fetch into or verify does not exist.
    case folderMissing(path: String)
    /// A file has no download URL recorded (with what the manifest says to do instead).
    case noDownloadURL(file: String, advice: String)
    /// The server answered with an HTTP status other than 200.
    case httpStatus(url: String, status: Int)
    /// The transfer failed (connection refused or dropped, timeout, ...) after `received` bytes.
    case transferFailed(url: String, received: Int64, reason: String)
    /// The downloaded (or existing) file does not have the size the manifest records.
    case sizeMismatch(file: String, expected: Int64, got: Int64)
    /// The downloaded (or existing) file does not have the SHA-256 the manifest records.
    case checksumMismatch(file: String, expected: String, got: String)
    /// An archive did not contain the member the manifest names.
    case archiveMemberMissing(archive: String, member: String)
    /// A system step failed (create, write, rename, read a zip archive...).
    case systemFailure(path: String, step: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownDataset(name, known):
            return "no dataset is called \"\(name)\"; known datasets: \(known.joined(separator: ", "))."
        case let .invalidManifest(file, field, rule):
            return "\(file): \(field): \(rule)."
        case let .folderMissing(path):
            return "\(path): the folder does not exist; create it first."
        case let .noDownloadURL(file, advice):
            return "\(file): no download URL is recorded for this file. \(advice)"
        case let .httpStatus(url, status):
            return "\(url): the server answered HTTP \(status), not 200; nothing was written."
        case let .transferFailed(url, received, reason):
            return "\(url): the download failed after \(received) bytes (\(reason)); nothing was written."
        case let .sizeMismatch(file, expected, got):
            return "\(file): size mismatch: expected \(expected) bytes, got \(got); nothing was written."
        case let .checksumMismatch(file, expected, got):
            return "\(file): SHA-256 mismatch: expected \(expected), got \(got); nothing was written."
        case let .archiveMemberMissing(archive, member):
            return "\(archive): the archive has no member named \(member); nothing was written."
        case let .systemFailure(path, step, reason):
            return "\(path): could not \(step): \(reason)."
        }
    }
}
