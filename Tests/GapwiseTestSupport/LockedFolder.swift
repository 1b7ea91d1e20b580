// LockedFolder: a folder in which no new file can be created, root included (mode 0555, plus chattr +i for root).
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Makes a folder unwritable for the tests that check a failed write keeps the old file.
///
/// Permission bits stop an ordinary user, but root ignores them (CI runs as root). For root the folder is
/// also marked immutable (`chattr +i`, which needs CAP_LINUX_IMMUTABLE); `lock` then checks that a file
/// really cannot be created there and throws otherwise, so a test never passes without its check.
public enum LockedFolder {
    public static var isRoot: Bool { getuid() == 0 }

    /// Locks `path`; throws when a probe file can still be created in it.
    public static func lock(_ path: String) throws {
        chmod(path, 0o555)
        if isRoot {
            let chattr = try Requirement.tool("chattr", install: "apt-get install e2fsprogs", Requirement.executable("chattr"))
            _ = try BoundedProcess.run(URL(fileURLWithPath: chattr), ["+i", path], timeout: 30)
        }
        let probe = path + "/.gapwise-probe"
        let fd = open(probe, O_CREAT | O_EXCL | O_WRONLY, 0o644)
        if fd >= 0 {
            close(fd); unlink(probe)
            unlock(path)
            throw Requirement.Missing(what: "a folder that uid \(getuid()) cannot write (\(path) stayed writable)",
                                      remedy: "as root this needs chattr +i, i.e. CAP_LINUX_IMMUTABLE, on an ext2/3/4 or xfs file system")
        }
    }

    /// Undoes `lock` (safe to call twice).
    public static func unlock(_ path: String) {
        if isRoot, let chattr = Requirement.executable("chattr") { _ = try? BoundedProcess.run(URL(fileURLWithPath: chattr), ["-i", path], timeout: 30) }
        chmod(path, 0o755)
    }
}
