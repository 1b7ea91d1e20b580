// NtileTests: Ranking.ntile against dplyr's documented examples and bucket sizes worked out from its definition.
import Testing
@testable import GapwiseNumerics

@Suite("Ranking.ntile (dplyr)")
struct NtileTests {
    /// dplyr reference, `ntile()` examples: x <- c(5, 1, 3, 2, 2, NA); ntile(x, 2) is 2 1 2 1 1 NA and
    /// ntile(x, 4) is 4 1 3 1 2 NA (https://dplyr.tidyverse.org/reference/ntile.html).
    @Test func dplyrDocumentedExamples() {
        let x = [5, 1, 3, 2, 2, Double.nan]
        #expect(Ranking.ntile(x, 2) == [2, 1, 2, 1, 1, nil])
        #expect(Ranking.ntile(x, 4) == [4, 1, 3, 1, 2, nil])
    }

    /// 10 values in 7 buckets: 10 mod 7 = 3 larger buckets of 2, then 4 of 1 (larger buckets first).
    @Test func largerBucketsComeFirst() {
        let x = (1...10).map(Double.init).reversed().map { $0 }  // 10, 9, ..., 1
        #expect(Ranking.ntile(x, 7) == [7, 6, 5, 4, 3, 3, 2, 2, 1, 1])
    }

    /// Fewer values than buckets: each value its own bucket, 1...m; equal values in order of appearance.
    @Test func fewerValuesThanBucketsAndTies() {
        #expect(Ranking.ntile([0.5, 0.5, -1], 7) == [2, 3, 1])
        #expect(Ranking.ntile([], 7) == [])
        #expect(Ranking.ntile([.nan], 7) == [nil])
    }
}
