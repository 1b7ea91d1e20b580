// DatasetFetcher: downloads a dataset's files into a folder, verifies size and SHA-256, and moves each into place atomically.
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GapwiseIO

/// Downloads the files of a manifest.
///
/// Each file is streamed into a temporary file created in the target folder itself (`.NAME.gapwise-XXXXXX`),
/// so the final rename never crosses a file system. Only when its size and SHA-256 equal the manifest's is
/// it flushed to disk and renamed to its published name; on any failure (HTTP status, broken transfer,
/// wrong size, wrong checksum) the temporary file is removed and nothing is left behind. A file already
/// in the folder with the right checksum is kept and not downloaded again.
///
/// A manifest's files are fetched all-or-nothing: each is downloaded and verified into its temporary file,
/// and only when every one has passed are they renamed into place, in manifest order. A failure on any file
/// removes every temporary file, so the folder keeps exactly what it held before.
///
/// A file published inside a zip archive (the SIMD download packages) is obtained by downloading the
/// archive into a temporary file in the target folder and extracting the member in-process (ZIPFoundation,
/// through GapwiseIO's `ZipFile`), streaming; the archive is then deleted. Only the member is checked, against the manifest.
public enum DatasetFetcher {
    /// Fetches every file of `manifest` into the folder `directory`, in manifest order, all-or-nothing: the
    /// first failure stops the run and no file is moved into place. `progress` hears of each file once all are in place.
    public static func fetch(_ manifest: DatasetManifest, to directory: String, options: FetchOptions = FetchOptions(),
                             progress: (FetchedFile) -> Void = { _ in }) throws(DatasetError) -> [FetchedFile] {
        var staged: [(file: FetchedFile, temporary: TemporaryFile?)] = []
        for f in manifest.files { staged.append(try stage(f, to: directory, options: options)) }
        // Every file is verified: only now is any moved into place (the rest are removed if a move fails).
        for s in staged { try s.temporary?.move(to: s.file.path) }
        for s in staged { progress(s.file) }
        return staged.map(\.file)
    }

    /// Fetches one file into `directory`.
    public static func fetch(_ file: DatasetFile, to directory: String, options: FetchOptions = FetchOptions()) throws(DatasetError) -> FetchedFile {
        let s = try stage(file, to: directory, options: options)
        try s.temporary?.move(to: s.file.path)
        return s.file
    }

    /// Downloads and verifies one file into a sealed temporary file beside its target (nil when the folder
    /// already holds it verified), not yet moved into place.
    static func stage(_ file: DatasetFile, to directory: String, options: FetchOptions) throws(DatasetError)
        -> (file: FetchedFile, temporary: TemporaryFile?) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw .folderMissing(path: directory)
        }
        let target = (directory as NSString).appendingPathComponent(file.name)
        if FileManager.default.fileExists(atPath: target) {
            let (size, sha) = try FileCheck.measure(target)
            if size == file.size && sha == file.sha256 {
                return (FetchedFile(name: file.name, path: target, bytes: size, sha256: sha, outcome: .alreadyPresent, source: target), nil)
            }
            guard options.replaceMismatched else {
                throw size != file.size ? .sizeMismatch(file: target, expected: file.size, got: size)
                                        : .checksumMismatch(file: target, expected: file.sha256, got: sha)
            }
        }
        if let mirror = options.mirror {
            let base = mirror.hasSuffix("/") ? String(mirror.dropLast()) : mirror
            let encoded = file.name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file.name
            return try direct(file, from: base + "/" + encoded, to: target, directory: directory, options: options)
        }
        if let url = file.url { return try direct(file, from: url, to: target, directory: directory, options: options) }
        if let archive = file.archive, let url = archive.url {
            return try fromArchive(file, archive: archive, url: url, to: target, directory: directory, options: options)
        }
        let advice = file.archive.map { a in
            "It is published inside \(a.package ?? "an archive") as \(a.member): download and extract it into the folder, then run `gapwise datasets verify`."
        } ?? "Download it from the publisher's page, then run `gapwise datasets verify`."
        throw .noDownloadURL(file: file.name, advice: advice)
    }

    /// Downloads `urlText` straight into a temporary file beside `target`, verifies and seals it.
    static func direct(_ file: DatasetFile, from urlText: String, to target: String, directory: String,
                       options: FetchOptions) throws(DatasetError) -> (file: FetchedFile, temporary: TemporaryFile?) {
        guard let url = URL(string: urlText), url.scheme != nil else {
            throw .transferFailed(url: urlText, received: 0, reason: "not a valid URL")
        }
        let tmp = try TemporaryFile(beside: target)
        do throws(DatasetError) {
            let got = try StreamingDownload.run(url, into: tmp.fd, limit: file.size, timeout: options.timeout)
            guard got.bytes == file.size else { throw DatasetError.sizeMismatch(file: file.name, expected: file.size, got: got.bytes) }
            guard got.sha256 == file.sha256 else {
                throw DatasetError.checksumMismatch(file: file.name, expected: file.sha256, got: got.sha256)
            }
            try tmp.seal(for: target)
            return (FetchedFile(name: file.name, path: target, bytes: got.bytes, sha256: got.sha256, outcome: .downloaded, source: urlText), tmp)
        } catch {
            tmp.discard()
            throw error
        }
    }

    /// Downloads an archive beside `target`, extracts `archive.member` (ZIPFoundation), verifies and seals it.
    static func fromArchive(_ file: DatasetFile, archive: DatasetArchive, url urlText: String, to target: String,
                            directory: String, options: FetchOptions) throws(DatasetError) -> (file: FetchedFile, temporary: TemporaryFile?) {
        guard let url = URL(string: urlText), url.scheme != nil else {
            throw .transferFailed(url: urlText, received: 0, reason: "not a valid URL")
        }
        let zip = try TemporaryFile(beside: target)
        defer { zip.discard() }
        // The archive's own checksum is not recorded; allow it up to 1 GiB.
        _ = try StreamingDownload.run(url, into: zip.fd, limit: 1 << 30, timeout: options.timeout)
        let member = try ZipMember.find(archive.member, in: zip.path, archiveURL: urlText)
        let out = try TemporaryFile(beside: target)
        do throws(DatasetError) {
            try ZipMember.extract(member, from: zip.path, into: out.fd, archiveURL: urlText)
            let (size, sha) = try FileCheck.measure(out.path)
            guard size == file.size else { throw DatasetError.sizeMismatch(file: file.name, expected: file.size, got: size) }
            guard sha == file.sha256 else { throw DatasetError.checksumMismatch(file: file.name, expected: file.sha256, got: sha) }
            try out.seal(for: target)
            return (FetchedFile(name: file.name, path: target, bytes: size, sha256: sha, outcome: .downloaded,
                                source: urlText + " (member " + member + ")"), out)
        } catch {
            out.discard()
            throw error
        }
    }
}
