// ZipMember: finds and extracts one member of a downloaded zip archive (GapwiseIO's ZIPFoundation reader), streaming to a file.
import Foundation
import GapwiseIO

/// Zip archives are read in-process with ZIPFoundation (through `ZipFile`, the reader .xlsx workbooks use
/// too): no external program is needed, and a member streams to a file descriptor, so memory stays bounded.
enum ZipMember {
    /// The path inside the archive of the member whose last path component is `name`.
    static func find(_ name: String, in archive: String, archiveURL: String) throws(DatasetError) -> String {
        let members: [String]
        do { members = try ZipFile.members(of: archive) } catch {
            throw .systemFailure(path: archiveURL, step: "read the zip archive", reason: error.reason)
        }
        guard let m = members.first(where: { ($0 as NSString).lastPathComponent == name }) else {
            throw .archiveMemberMissing(archive: archiveURL, member: name)
        }
        return m
    }

    /// Writes the member's bytes to `fd`.
    static func extract(_ member: String, from archive: String, into fd: Int32, archiveURL: String) throws(DatasetError) {
        do { try ZipFile.extract(member, from: archive, into: fd) } catch {
            throw .systemFailure(path: archiveURL, step: "read the zip archive", reason: error.reason)
        }
    }
}
