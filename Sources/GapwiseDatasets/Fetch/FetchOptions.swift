// FetchOptions: how `DatasetFetcher` downloads: a mirror instead of the publisher, and the time allowed.
import Foundation

/// Options of a dataset download.
public struct FetchOptions: Sendable {
    /// A mirror holding the files themselves by name: each file is fetched from `mirror/<file name>`
    /// instead of the publisher's URL (or archive). Nil: the manifest's URLs.
    public var mirror: String?
    /// Seconds without any data from the server before the transfer is abandoned.
    public var timeout: TimeInterval
    /// Replace a file already in the folder whose checksum is wrong (otherwise such a file is an error).
    public var replaceMismatched: Bool

    public init(mirror: String? = nil, timeout: TimeInterval = 60, replaceMismatched: Bool = false) {
        self.mirror = mirror
        self.timeout = timeout
        self.replaceMismatched = replaceMismatched
    }
}

/// What happened to one file of a fetch.
public struct FetchedFile: Hashable, Sendable {
    public enum Outcome: String, Hashable, Sendable {
        /// Downloaded, verified and moved into place.
        case downloaded
        /// Already in the folder with the right size and SHA-256; left as it was.
        case alreadyPresent = "already present"
    }
    public let name: String
    public let path: String
    public let bytes: Int64
    public let sha256: String
    public let outcome: Outcome
    /// Where it came from.
    public let source: String
}
