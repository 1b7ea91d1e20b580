// DatasetManifest: the description of one official dataset: who publishes it, under what licence, its files and columns.
import Foundation

/// One official dataset (e.g. SIMD 2020v2), as described by a JSON file in `datasets/manifests`.
///
/// A manifest names the publisher and licence and lists the dataset's files. Each file carries the
/// SHA-256 and size of the exact bytes Gapwise was validated against, where to download it, and what
/// each column means (codes, names, counts, denominators, ranks, ...), so that a download can be
/// verified before it is used and an analyst knows which column to join on.
public struct DatasetManifest: Codable, Hashable, Sendable {
    /// The manifest format version (1).
    public let schema: Int
    /// The short name used on the command line, e.g. `simd2020v2`.
    public let name: String
    public let title: String
    public let publisher: String
    /// The licence, e.g. "Open Government Licence v3.0", and where its text is.
    public let licence: String
    public let licenceURL: String
    /// The publisher's page for the dataset.
    public let landingPage: String
    /// The areas the dataset covers, e.g. "6,976 data zones (2011)".
    public let geography: String
    public let files: [DatasetFile]
}

/// One file of a dataset.
public struct DatasetFile: Codable, Hashable, Sendable {
    /// The file name, as published and as written by `gapwise datasets fetch`.
    public let name: String
    /// The direct download URL, or nil when the file is published inside an archive or has no stable URL.
    public let url: String?
    /// Set when the file is published inside an archive (e.g. the SIMD download package).
    public let archive: DatasetArchive?
    /// Lower-case hex SHA-256 of the file's bytes.
    public let sha256: String
    /// Size in bytes.
    public let size: Int64
    /// `csv` or `xlsx`.
    public let format: String
    /// For a workbook: the sheet whose columns are listed.
    public let sheet: String?
    /// Data rows (the header excluded).
    public let rows: Int
    /// How faithful the checked bytes are to the publisher's download: `believed-identical`,
    /// `unverified-copy`, `resaved-copy`, `rewritten-copy` (values checked, bytes may differ from the
    /// publisher's) or `datastore-export` (the portal's datastore export rather than its static file).
    public let fidelity: String
    public let note: String
    /// The markers of missing values in this file (e.g. "", "*", "n/a", "#VALUE!").
    public let missingValues: [String]
    public let columns: [DatasetColumn]
}

/// An archive that holds a file (the file is its member of that name).
public struct DatasetArchive: Codable, Hashable, Sendable {
    /// The archive's download URL, or nil when none is recorded.
    public let url: String?
    /// `zip`.
    public let format: String
    /// The member's file name inside the archive (matched on its last path component).
    public let member: String
    /// A description of the package when there is no URL.
    public let package: String?
}

/// What one column of a file holds.
public struct DatasetColumn: Codable, Hashable, Sendable {
    /// The header text, verbatim (some end in a space).
    public let name: String
    /// code, name, population, count, rate, ratio, score, rank, band, flag, time or row-id.
    public let role: String
    /// For codes and names: which geography (e.g. "data zone 2011 (S01)").
    public let geography: String?
    /// What the values measure and how they are written.
    public let unit: String?
    /// For counts: the column of the population they are counted in.
    public let denominator: String?
    public let note: String?

    /// Every role a column may have.
    public static let roles: Set<String> = [
        "code", "name", "population", "count", "rate", "ratio", "score", "rank", "band", "flag", "time", "row-id",
    ]
}

extension DatasetFile {
    /// Where `gapwise datasets fetch` downloads the file from: its direct URL, else its archive's URL.
    public var downloadURL: String? { url ?? archive?.url }
}
