// OrderedParallelMap: indexed work items run concurrently with results in index order, Gapwise's one deterministic parallel loop.
import Dispatch
import Foundation

/// Parallel loops whose results do not depend on the thread count: the work is cut into items by the data
/// alone, and the caller combines the per-item results in index order. Every parallel batch in Gapwise
/// (numerical kernels, gaps units, SII areas, report pages) runs through `map`.
package enum Parallel {
    /// `body(i)` for every `i` in `0..<count`, and the results in index order.
    ///
    /// Runs on the calling thread when `threads` is 1 or there is one item; otherwise at most
    /// `min(threads, count)` workers (`DispatchQueue.concurrentPerform`) take the next item from a shared
    /// counter until none is left. Each result is stored in its own slot, so the output is the same for
    /// any number of threads and any finishing order. `progress`, if given, is called with (items done,
    /// `count`) after each item, one call at a time.
    package static func map<T>(_ count: Int, threads: Int, progress: ((Int, Int) -> Void)? = nil,
                               _ body: (Int) -> T) -> [T] {
        if count <= 1 || threads <= 1 {
            return (0..<count).map { i in
                let r = body(i)
                progress?(i + 1, count)
                return r
            }
        }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        nonisolated(unsafe) let out = slots
        let counter = WorkCounter(count)
        withoutActuallyEscaping(body) { work in
            nonisolated(unsafe) let work = work
            nonisolated(unsafe) let progress = progress
            DispatchQueue.concurrentPerform(iterations: min(threads, count)) { _ in
                while let i = counter.next() {
                    out[i] = work(i)
                    counter.finished(progress)
                }
            }
        }
        return slots.map { $0! }
    }
}

/// The shared counter of `Parallel.map`: hands out item indices and counts the items done.
private final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var nextItem = 0
    private var done = 0

    init(_ count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard nextItem < count else { return nil }
        nextItem += 1
        return nextItem - 1
    }

    /// Counts one item done and reports it while holding the lock, so reports come one at a time, in order.
    func finished(_ progress: ((Int, Int) -> Void)?) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        progress?(done, count)
    }
}
