// ParallelMapTests: the one ordered parallel map: results in index order and progress counted, for any thread count.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Parallel.map")
struct ParallelMapTests {
    @Test("results in index order, identical for 1 to 8 threads, with uneven item costs", arguments: [0, 1, 2, 7, 1000])
    func ordered(count: Int) {
        let body: (Int) -> [Double] = { i in (0..<(i % 13) * 50).map { Double($0 * i).squareRoot() } }
        let serial = (0..<count).map(body)
        for threads in 1...8 {
            #expect(Parallel.map(count, threads: threads, body) == serial, "threads \(threads)")
        }
    }

    @Test("progress is called once per item, one call at a time, counting up to the total")
    func progress() {
        for threads in [1, 4] {
            let seen = Locked<[[Int]]>([])
            let out = Parallel.map(200, threads: threads, progress: { done, total in
                seen.mutate { $0.append([done, total]) }
            }) { $0 * 2 }
            #expect(out == (0..<200).map { $0 * 2 })
            #expect(seen.value == (1...200).map { [$0, 200] }, "threads \(threads)")
        }
    }
}

/// A value behind a lock, for collecting from worker threads in a test.
final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T { lock.lock(); defer { lock.unlock() }; return stored }
    func mutate(_ f: (inout T) -> Void) { lock.lock(); defer { lock.unlock() }; f(&stored) }
}
