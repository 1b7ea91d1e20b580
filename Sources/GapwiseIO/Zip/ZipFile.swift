// ZipFile: lists and extracts members of a zip archive on disk with ZIPFoundation (dataset download packages).
import Foundation
import ZIPFoundation

/// Why a zip archive could not be read or a member written (`reason` is a sentence fragment).
package struct ZipFileError: Error, Equatable {
    package let reason: String
}

/// Members of a zip archive on disk, read with ZIPFoundation: streaming, so memory stays bounded whatever
/// the member's size; each member's CRC-32 is checked as it is extracted.
package enum ZipFile {
    /// The paths of the archive's file members, in the archive's order (directories left out).
    package static func members(of path: String) throws(ZipFileError) -> [String] {
        let archive = try open(path)
        return archive.filter { $0.type == .file }.map(\.path)
    }

    /// Writes the bytes of `member` to the open file descriptor `fd` (which stays open).
    package static func extract(_ member: String, from path: String, into fd: Int32) throws(ZipFileError) {
        let archive = try open(path)
        guard let entry = archive[member] else { throw ZipFileError(reason: "the archive has no member \(member)") }
        let out = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        let crc: CRC32
        do {
            crc = try archive.extract(entry, bufferSize: 1 << 18, skipCRC32: false) { data in
                try out.write(contentsOf: data)
            }
        } catch {
            throw ZipFileError(reason: "cannot extract \(member) (\(error))")
        }
        guard crc == entry.checksum else { throw ZipFileError(reason: "the member \(member) is damaged (its CRC-32 does not match)") }
    }

    private static func open(_ path: String) throws(ZipFileError) -> Archive {
        do {
            return try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ZipFileError(reason: "it is not a zip archive, or it is damaged or incomplete")
        }
    }
}
