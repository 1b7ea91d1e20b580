// ParallelFileWork: runs many small file-system calls (create, write, unlink) on several threads at once.
import Foundation

/// Many small file operations are bound by latency, not CPU: on a busy ext4 volume a create or an unlink
/// can wait milliseconds for the journal, so 2,900 of them one after another take seconds, while sixteen
/// threads keep sixteen in flight and finish in a fraction of that (measured: deleting 2,900 files in 66
/// folders, 11.6 s serially, 0.33 s on 16 threads; writing and replacing the full report of 2,906 files,
/// 9.7–12.6 s on one thread against 1.1–2.7 s on 16, on the same shared, loaded 2-core machine). Work is handed out one item at a time from a shared
/// counter; the results do not depend on the order, so output stays deterministic.
enum ParallelFileWork {
    /// Threads used: enough to hide latency, few enough not to swamp a small machine.
    static let threads = 16

    /// Calls `body(i)` for every i in 0..<count on up to `threads` threads and waits for all of them.
    /// Returns the first error thrown (by item order), after every item has been attempted or skipped.
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) throws(OutputError) -> Void) -> OutputError? {
        guard count > 0 else { return nil }
        let state = SharedState()
        let workers = min(threads, count)
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            let t = Thread {
                while let i = state.next(count) {
                    do throws(OutputError) { try body(i) } catch { state.fail(i, error) }
                }
                done.signal()
            }
            t.stackSize = 1 << 20
            t.start()
        }
        for _ in 0..<workers { done.wait() }
        return state.firstError
    }

    private final class SharedState: @unchecked Sendable {
        private let lock = NSLock()
        private var cursor = 0
        private var failure: (Int, OutputError)?

        /// The next item, or nil when all are handed out or a failure means the rest should be skipped.
        func next(_ count: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard cursor < count, failure == nil else { return nil }
            cursor += 1
            return cursor - 1
        }

        func fail(_ i: Int, _ e: OutputError) {
            lock.lock(); defer { lock.unlock() }
            if failure == nil || i < failure!.0 { failure = (i, e) }
        }

        var firstError: OutputError? {
            lock.lock(); defer { lock.unlock() }
            return failure?.1
        }
    }

    /// Deletes the folder `root` and everything under it: files unlinked in parallel, folders removed
    /// deepest first. Best effort (a leftover is removed by `FileManager` at the end).
    static func removeTree(_ root: String) {
        var files: [String] = [], folders: [String] = []
        walk(root, files: &files, folders: &folders)
        let paths = files
        _ = run(paths.count) { i in _ = unlink(paths[i]) }
        for f in folders.reversed() { _ = rmdir(f) }  // children were listed after their parents
        if rmdir(root) != 0 { try? FileManager.default.removeItem(atPath: root) }
    }

    /// Lists the files and folders under `dir` with readdir's d_type (no stat or xattr call per entry, which
    /// FileManager's enumerator makes), parents before children.
    private static func walk(_ dir: String, files: inout [String], folders: inout [String]) {
        guard let d = opendir(dir) else { return }
        var subfolders: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = dir + "/" + name
            var isDir = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var st = stat()
                isDir = lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            }
            if isDir { subfolders.append(path) } else { files.append(path) }
        }
        closedir(d)
        for f in subfolders {
            folders.append(f)
            walk(f, files: &files, folders: &folders)
        }
    }
}
