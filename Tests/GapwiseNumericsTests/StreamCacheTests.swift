// StreamCacheTests: cached jumped streams equal the streams formed by jumping, whatever the order of requests.
import Testing
@testable import GapwiseNumerics

@Suite("Xoshiro256StarStar: cached streams")
struct StreamCacheTests {
    @Test("cachedStreams(count:seed:) equals streams(count:seed:) for growing, shrinking and repeated requests")
    func equalsJumping() {
        let seed: UInt64 = 987_654_321
        for count in [0, 1, 5, 300, 40, 301] {
            #expect(Xoshiro256StarStar.cachedStreams(count: count, seed: seed) == Xoshiro256StarStar.streams(count: count, seed: seed))
        }
        #expect(Xoshiro256StarStar.cachedStreams(count: 7, seed: seed + 1) == Xoshiro256StarStar.streams(count: 7, seed: seed + 1))
        #expect(Xoshiro256StarStar.cachedStreams(count: 3, seed: seed)[2] == Xoshiro256StarStar.stream(2, seed: seed))
    }
}
