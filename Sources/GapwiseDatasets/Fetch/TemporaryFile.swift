// TemporaryFile: a hidden temporary file in the target's own folder that is either renamed into place or removed.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A temporary file `.NAME.gapwise-XXXXXX` created (mkstemp, mode 0600) beside its eventual target, so the
/// final rename is atomic. `seal` flushes it to disk and makes it 0644, `move` renames it over the target;
/// `discard` (also on release) closes and removes it, and does nothing after a move.
final class TemporaryFile {
    let path: String
    let fd: Int32
    private var open = true
    private var committed = false

    init(beside target: String) throws(DatasetError) {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".gapwise-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw .systemFailure(path: target, step: "create a temporary file in its folder", reason: String(cString: strerror(errno)))
        }
        self.fd = fd
        self.path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Flushes the file to disk, closes it and makes it 0644, ready to be moved over `target`.
    func seal(for target: String) throws(DatasetError) {
        if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
            throw .systemFailure(path: target, step: "flush the download to disk", reason: String(cString: strerror(errno)))
        }
        close(fd); open = false
        _ = chmod(path, 0o644)
    }

    /// Renames the sealed file over `target`.
    func move(to target: String) throws(DatasetError) {
        guard rename(path, target) == 0 else {
            throw .systemFailure(path: target, step: "move the verified file into place", reason: String(cString: strerror(errno)))
        }
        committed = true
    }

    func discard() {
        if open { close(fd); open = false }
        if !committed { unlink(path) }
    }

    deinit { discard() }
}
