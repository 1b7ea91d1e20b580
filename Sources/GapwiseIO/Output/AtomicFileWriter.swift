// AtomicFileWriter: writes an output file all-or-nothing (temporary file in the target folder, fsync, rename).
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An error writing an output file. Nothing is left behind when one is thrown: the target keeps its old
/// content (or stays absent) and the temporary file is removed.
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The output path is one of the input files; writing would destroy the input.
    case outputIsAnInput(path: String)
    /// The folder for the output does not exist.
    case folderMissing(path: String)
    /// The system refused a step (create, write, flush, rename), with its reason.
    case systemFailure(path: String, step: String, reason: String)
    /// A batch output folder exists but may not be replaced: it is not a folder, or it holds files that
    /// Gapwise did not write (no `.gapwise-output` marker).
    case folderNotReplaceable(path: String)

    public var description: String {
        switch self {
        case let .outputIsAnInput(path):
            return "\(path): refusing to write the output over an input file; choose another output path."
        case let .folderMissing(path):
            return "\(path): the folder for this output does not exist."
        case let .systemFailure(path, step, reason):
            return "\(path): could not \(step): \(reason). Nothing was written."
        case let .folderNotReplaceable(path):
            return "\(path): exists and is not a folder Gapwise wrote (no .gapwise-output marker); refusing to replace it. Choose a new or empty output folder."
        }
    }
}

/// Writes whole files atomically: the bytes go to a temporary file created in the target's own folder
/// (so the final rename never crosses a file system), are flushed to disk with `fsync`, and the temporary
/// file is renamed over the target. A reader sees either the old file or the new one, never half of one;
/// an interrupted or failed run leaves the old file untouched.
public enum AtomicFileWriter {
    /// Writes `data` to `path`. `inputs` are the paths the run read: writing over one of them is refused.
    public static func write(_ data: Data, to path: String, inputs: [String] = []) throws(OutputError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs {
            let i = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            if i.path == target.path || sameFile(i.path, target.path) { throw .outputIsAnInput(path: path) }
        }
        // Character devices (/dev/stdout, /dev/full, /dev/null) cannot be replaced by rename: write directly.
        var st = stat()
        if stat(target.path, &st) == 0, (st.st_mode & S_IFMT) == S_IFCHR {
            try writeAll(data, path: path, fd: try open(target.path, O_WRONLY | O_TRUNC, path: path))
            return
        }
        let folder = target.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw .folderMissing(path: path)
        }
        var template = Array((folder + "/." + target.lastPathComponent + ".gapwise-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .systemFailure(path: path, step: "create a temporary file", reason: lastError()) }
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(OutputError) {
            try writeAll(data, path: path, fd: fd)
            // Keep the permissions of a file being replaced, else the usual 0644.
            _ = chmod(tmp, stat(target.path, &st) == 0 ? st.st_mode & 0o7777 : 0o644)
            guard rename(tmp, target.path) == 0 else {
                throw OutputError.systemFailure(path: path, step: "move the finished file into place", reason: lastError())
            }
        } catch {
            unlink(tmp)
            throw error
        }
    }

    /// Writes UTF-8 text.
    public static func write(_ text: String, to path: String, inputs: [String] = []) throws(OutputError) {
        try write(Data(text.utf8), to: path, inputs: inputs)
    }

    static func open(_ p: String, _ flags: Int32, path: String) throws(OutputError) -> Int32 {
        let fd = Glibc.open(p, flags)
        guard fd >= 0 else { throw .systemFailure(path: path, step: "open the output", reason: lastError()) }
        return fd
    }

    /// Writes every byte, then fsyncs and closes; any failure (e.g. ENOSPC on a full device) throws.
    static func writeAll(_ data: Data, path: String, fd: Int32) throws(OutputError) {
        var failure: OutputError?
        data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = .systemFailure(path: path, step: "write the output", reason: lastError())
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0, errno != EINVAL, errno != EROFS {
            failure = .systemFailure(path: path, step: "flush the output to disk", reason: lastError())
        }
        if close(fd) != 0, failure == nil {
            failure = .systemFailure(path: path, step: "close the output", reason: lastError())
        }
        if let failure { throw failure }
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}
