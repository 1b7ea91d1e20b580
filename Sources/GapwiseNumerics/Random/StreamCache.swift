// StreamCache: the jumped xoshiro256** streams of a seed, formed once per process and shared (identical to jumping each time).
import Foundation

extension RandomGenerators.Xoshiro256StarStar {
    /// Streams 0..<count of `seed` — element i equals `stream(i, seed:)` — from a process-wide cache.
    ///
    /// Forming stream i costs i jumps of 256 draws each; batch jobs that simulate every indicator × area
    /// with the same seed (HEAT-style intervals draw replicate i from stream i) would otherwise repeat the
    /// same 10,000 jumps for every area and measure, which dominated their cost. The cache keeps the
    /// states of the most recent seeds (32 bytes per stream; at most `cacheLimit` streams in all) and
    /// extends a seed's list when more streams are asked for. Thread-safe; the returned array is a value.
    public static func cachedStreams(count: Int, seed: UInt64) -> [RandomGenerators.Xoshiro256StarStar] {
        precondition(count >= 0, "Xoshiro256StarStar.cachedStreams: count must be non-negative (got \(count))")
        return StreamCache.shared.streams(count: count, seed: seed)
    }
}

/// The cache behind `cachedStreams` (a lock around a small dictionary).
private final class StreamCache: @unchecked Sendable {
    static let shared = StreamCache()
    /// The most streams kept over all seeds (1,000,000 streams = 32 MB).
    static let cacheLimit = 1_000_000
    private let lock = NSLock()
    private var bySeed: [UInt64: [Xoshiro256StarStar]] = [:]

    func streams(count: Int, seed: UInt64) -> [Xoshiro256StarStar] {
        lock.lock()
        var have = bySeed[seed] ?? []
        lock.unlock()
        if have.count >= count { return Array(have.prefix(count)) }
        // Extend outside the lock (another thread may do the same; both get identical states).
        var g = have.last ?? Xoshiro256StarStar(seed: seed)
        have.reserveCapacity(count)
        if have.isEmpty { have.append(g) }
        while have.count < count {
            g.jump()
            have.append(g)
        }
        lock.lock()
        if count <= Self.cacheLimit {
            if bySeed.values.reduce(0, { $0 + $1.count }) + count > Self.cacheLimit { bySeed.removeAll() }
            if (bySeed[seed]?.count ?? 0) < have.count { bySeed[seed] = have }
        }
        lock.unlock()
        return Array(have.prefix(count))
    }
}
