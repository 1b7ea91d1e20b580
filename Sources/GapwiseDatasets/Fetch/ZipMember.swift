// ZipMember: finds and extracts one member of a zip archive with the system's `unzip`, streaming to a file.
import Foundation

/// Zip archives are read with Info-ZIP's `unzip` (Debian package `unzip`): `unzip -Z1` lists the members
/// and `unzip -p` writes one member's bytes to a file descriptor, so memory stays bounded.
enum ZipMember {
    /// The `unzip` executable, or nil when it is not installed.
    static var executable: String? {
        for dir in ["/usr/bin", "/bin", "/usr/local/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/unzip") {
            return dir + "/unzip"
        }
        return nil
    }

    /// The path inside the archive of the member whose last path component is `name`.
    static func find(_ name: String, in archive: String, archiveURL: String) throws(DatasetError) -> String {
        let listing = try run(["-Z1", archive], output: nil, archiveURL: archiveURL)
        let members = listing.split(separator: "\n").map(String.init)
        guard let m = members.first(where: { ($0 as NSString).lastPathComponent == name }) else {
            throw .archiveMemberMissing(archive: archiveURL, member: name)
        }
        return m
    }

    /// Writes the member's bytes to `fd`.
    static func extract(_ member: String, from archive: String, into fd: Int32, archiveURL: String) throws(DatasetError) {
        _ = try run(["-p", archive, member], output: FileHandle(fileDescriptor: fd, closeOnDealloc: false), archiveURL: archiveURL)
    }

    private static func run(_ args: [String], output: FileHandle?, archiveURL: String) throws(DatasetError) -> String {
        guard let unzip = executable else {
            throw .systemFailure(path: archiveURL, step: "open the zip archive",
                                 reason: "the `unzip` program is not installed (apt-get install unzip)")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: unzip)
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = output ?? out
        p.standardError = err
        do { try p.run() } catch {
            throw .systemFailure(path: archiveURL, step: "run unzip", reason: "\(error)")
        }
        let text = output == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let errText = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw .systemFailure(path: archiveURL, step: "read the zip archive",
                                 reason: "unzip exited with status \(p.terminationStatus): "
                                     + String(decoding: errText, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: text, as: UTF8.self)
    }
}
