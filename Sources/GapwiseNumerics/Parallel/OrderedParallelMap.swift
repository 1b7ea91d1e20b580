// OrderedParallelMap: indexed work items run concurrently with results in index order, the core's deterministic parallel loop.
import Dispatch

/// Parallel loops whose results do not depend on the thread count: the work is cut into items by the data
/// alone, and the caller combines the per-item results in index order.
package enum Parallel {
    /// `body(i)` for every `i` in `0..<count`, run concurrently (`DispatchQueue.concurrentPerform`) unless
    /// `threads` is 1 or there is one item, and the results in index order.
    package static func map<T>(_ count: Int, threads: Int, _ body: (Int) -> T) -> [T] {
        if count <= 1 || threads <= 1 { return (0..<count).map(body) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        nonisolated(unsafe) let out = slots
        withoutActuallyEscaping(body) { work in
            nonisolated(unsafe) let work = work
            DispatchQueue.concurrentPerform(iterations: count) { i in out[i] = work(i) }
        }
        return slots.map { $0! }
    }
}
