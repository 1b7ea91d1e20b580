// AtomicFileSetWriter: writes several output files all-or-nothing (check every destination, stage every temp file, then rename all).
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the files of one run together, so that a run that fails writes none of them.
///
/// 1. Every destination is checked before anything is written: it is not one of the inputs, and its
///    folder exists.
/// 2. Every file's bytes go to a temporary file in its destination's folder (`.NAME.gapwise-XXXXXX`),
///    flushed with `fsync`. A failure here removes every temporary file made so far; no destination is touched.
/// 3. The temporary files are renamed over their destinations, in order. A rename within one folder only
///    fails when the file system itself fails; the temporary files not yet renamed are then removed.
///
/// A character device (`/dev/stdout`) cannot be renamed over: it is written directly in step 3.
package enum AtomicFileSetWriter {
    /// One file to write: its destination path and its bytes.
    public struct File: Sendable, Equatable {
        public let path: String
        public let data: Data
        public init(path: String, data: Data) { self.path = path; self.data = data }
        public init(path: String, text: String) { self.init(path: path, data: Data(text.utf8)) }
    }

    /// Writes every one of `files`, or (when any check or step fails) none of them.
    /// `inputs` are the paths the run read: writing over one of them is refused.
    public static func write(_ files: [File], inputs: [String] = []) throws(OutputError) {
        var devices = Set<Int>()
        for (n, f) in files.enumerated() {
            let target = URL(fileURLWithPath: f.path).standardizedFileURL.resolvingSymlinksInPath()
            for input in inputs {
                let i = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
                if i.path == target.path || AtomicFileWriter.sameFile(i.path, target.path) { throw .outputIsAnInput(path: f.path) }
            }
            var st = stat()
            if stat(target.path, &st) == 0, (st.st_mode & S_IFMT) == S_IFCHR { devices.insert(n); continue }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: target.deletingLastPathComponent().path, isDirectory: &isDir),
                  isDir.boolValue else { throw .folderMissing(path: f.path) }
        }
        var staged: [Int: String] = [:]
        func removeStaged() { for tmp in staged.values { unlink(tmp) } }
        for (n, f) in files.enumerated() where !devices.contains(n) {
            do throws(OutputError) { staged[n] = try stage(f) } catch { removeStaged(); throw error }
        }
        for (n, f) in files.enumerated() {
            if devices.contains(n) {
                do throws(OutputError) { try AtomicFileWriter.write(f.data, to: f.path, inputs: inputs) } catch { removeStaged(); throw error }
                continue
            }
            let tmp = staged[n]!
            let target = URL(fileURLWithPath: f.path).standardizedFileURL.resolvingSymlinksInPath().path
            guard rename(tmp, target) == 0 else {
                let reason = AtomicFileWriter.lastError()
                removeStaged()
                throw .systemFailure(path: f.path, step: "move the finished file into place", reason: reason)
            }
            staged[n] = nil
        }
    }

    /// Writes `f` to a flushed temporary file beside its destination (with the permissions of a file being
    /// replaced, else 0644) and returns the temporary file's path.
    static func stage(_ f: File) throws(OutputError) -> String {
        let target = URL(fileURLWithPath: f.path).standardizedFileURL.resolvingSymlinksInPath()
        let folder = target.deletingLastPathComponent().path
        var template = Array((folder + "/." + target.lastPathComponent + ".gapwise-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .systemFailure(path: f.path, step: "create a temporary file", reason: AtomicFileWriter.lastError()) }
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(OutputError) {
            try AtomicFileWriter.writeAll(f.data, path: f.path, fd: fd)
        } catch {
            unlink(tmp)
            throw error
        }
        var st = stat()
        _ = chmod(tmp, stat(target.path, &st) == 0 ? st.st_mode & 0o7777 : 0o644)
        return tmp
    }
}
