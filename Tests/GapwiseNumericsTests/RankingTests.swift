// RankingTests: argsort and ranks against R's order()/rank() and SciPy's rankdata, plus seeded properties.
import Testing
@testable import GapwiseNumerics

/// Deterministic RankingTestGenerator (Steele, Lea & Flood 2014) for the seeded property tests.
struct RankingTestGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Arrays equal element by element, NaN matching NaN.
func sameWithNaN(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
}

@Suite("Argsort")
struct ArgsortTests {
    // R 4.2.2: order(x2) and order(x2, decreasing = TRUE, method = "radix"), printed by
    // Reference/rank_reference.R (section 5), 1-based there, 0-based here. x2 is the example of R's ?rank.
    let x2: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]

    @Test func matchesROrderOnRankExample() throws {
        #expect(try Ranking.argsort(x2) == [2, 4, 7, 1, 10, 3, 5, 9, 11, 8, 6].map { $0 - 1 })
        #expect(try Ranking.argsort(x2, order: .descending) == [6, 8, 5, 9, 11, 3, 1, 10, 7, 2, 4].map { $0 - 1 })
    }

    // R 4.2.2: order(xo, na.last = TRUE) and the decreasing radix order; zeros of both signs tie.
    @Test func matchesROrderWithZerosInfinitiesAndNaN() throws {
        let xo: [Double] = [0, -0.0, 3, .nan, -.infinity, 3, .infinity, -2, .nan, 0]
        #expect(try Ranking.argsort(xo, nan: .last) == [5, 8, 1, 2, 10, 3, 6, 7, 4, 9].map { $0 - 1 })
        #expect(try Ranking.argsort(xo, order: .descending, nan: .last)
                == [7, 3, 6, 1, 2, 10, 8, 5, 4, 9].map { $0 - 1 })
    }

    @Test func rejectsNaNByDefaultNamingThePosition() {
        #expect(throws: RankingError.missingValue(argument: "values", index: 2)) {
            try Ranking.argsort([1, 2, .nan, .nan])
        }
        let message = RankingError.missingValue(argument: "values", index: 2).description
        #expect(message == "values has a missing value (NaN) at position 2 (counting from 0); "
                + "remove it or choose a policy that keeps missing values.")
    }

    @Test func emptyAndSingle() throws {
        #expect(try Ranking.argsort([]) == [])
        #expect(try Ranking.argsort([42]) == [0])
    }

    /// The radix sort (used from 64 values up) equals the plain comparison sort on seeded data with
    /// heavy ties, both zeros, infinities, subnormals and NaN, in both directions.
    @Test(arguments: [64, 65, 1000, 4097, 100_000])
    func radixMatchesReference(n: Int) throws {
        var rng = RankingTestGenerator(state: 20_240_601 &+ UInt64(n))
        let pool: [Double] = [0, -0.0, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                              .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1, -1, 0.1, .nan]
        let values: [Double] = (0..<n).map { _ in
            switch rng.below(4) {
            case 0: return pool[rng.below(pool.count)]
            case 1: return Double(rng.below(20)) - 10  // many ties
            default: return Double(bitPattern: rng.next() & ~(0x7FF << 52) | (UInt64(rng.below(2046) + 1) << 52))
            }
        }
        for order in [Ranking.Order.ascending, .descending] {
            let fast = try Ranking.argsort(values, order: order, nan: .last)
            #expect(fast == Ranking.referenceArgsort(values, order: order))
        }
    }
}

@Suite("Ranks")
struct RankTests {
    let x2: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]

    // R 4.2.2 rank(x2, ties.method = m) and rank(-x2, ...); the "average" line is the output printed in
    // R's ?rank example. Dense from scipy.stats.rankdata(method = "dense") (SciPy 1.17.1), which also
    // reproduces every R line below ("ordinal" = "first"). Scripts: Reference/rank_reference.R, _scipy.py.
    @Test func rankExampleEveryTieMethodAscending() throws {
        let expected: [(Ranking.TieMethod, [Double])] = [
            (.average, [4.5, 1.5, 6.0, 1.5, 8.0, 11.0, 3.0, 10.0, 8.0, 4.5, 8.0]),
            (.min, [4, 1, 6, 1, 7, 11, 3, 10, 7, 4, 7]),
            (.max, [5, 2, 6, 2, 9, 11, 3, 10, 9, 5, 9]),
            (.dense, [3, 1, 4, 1, 5, 7, 2, 6, 5, 3, 5]),
            (.first, [4, 1, 6, 2, 7, 11, 3, 10, 8, 5, 9]),
        ]
        for (method, want) in expected {
            #expect(try Ranking.ranks(x2, ties: method) == want, "ties: \(method)")
        }
    }

    @Test func rankExampleEveryTieMethodDescending() throws {
        let expected: [(Ranking.TieMethod, [Double])] = [
            (.average, [7.5, 10.5, 6.0, 10.5, 4.0, 1.0, 9.0, 2.0, 4.0, 7.5, 4.0]),
            (.min, [7, 10, 6, 10, 3, 1, 9, 2, 3, 7, 3]),
            (.max, [8, 11, 6, 11, 5, 1, 9, 2, 5, 8, 5]),
            (.dense, [5, 7, 4, 7, 3, 1, 6, 2, 3, 5, 3]),
            (.first, [7, 10, 6, 11, 3, 1, 9, 2, 4, 8, 5]),
        ]
        for (method, want) in expected {
            #expect(try Ranking.ranks(x2, ties: method, order: .descending) == want, "ties: \(method)")
        }
    }

    // SciPy documentation of scipy.stats.rankdata: rankdata([0, 2, 3, 2], method=...).
    @Test func scipyDocumentationExample() throws {
        let x: [Double] = [0, 2, 3, 2]
        #expect(try Ranking.ranks(x) == [1, 2.5, 4, 2.5])
        #expect(try Ranking.ranks(x, ties: .min) == [1, 2, 4, 2])
        #expect(try Ranking.ranks(x, ties: .max) == [1, 3, 4, 3])
        #expect(try Ranking.ranks(x, ties: .dense) == [1, 2, 3, 2])
        #expect(try Ranking.ranks(x, ties: .first) == [1, 2, 4, 3])
    }

    // R 4.2.2 rank(xn, ties.method = m, na.last = "keep"); dense from SciPy nan_policy = "omit".
    @Test func missingValuesKept() throws {
        let xn: [Double] = [2.5, .nan, -1, 2.5, 0, .nan, 7]
        let n = Double.nan
        let expected: [(Ranking.TieMethod, [Double])] = [
            (.average, [3.5, n, 1, 3.5, 2, n, 5]),
            (.min, [3, n, 1, 3, 2, n, 5]),
            (.max, [4, n, 1, 4, 2, n, 5]),
            (.first, [3, n, 1, 4, 2, n, 5]),
            (.dense, [3, n, 1, 3, 2, n, 4]),
        ]
        for (method, want) in expected {
            #expect(sameWithNaN(try Ranking.ranks(xn, ties: method, missing: .keep), want), "ties: \(method)")
        }
        #expect(throws: RankingError.missingValue(argument: "values", index: 1)) {
            try Ranking.ranks(xn)
        }
    }

    // R 4.2.2 ave(xg, g, FUN = function(v) rank(v, ties.method = m)) and with rank(-v, ...);
    // dense from SciPy per group. String keys and the equivalent Int keys must agree.
    @Test func withinGroups() throws {
        let xg: [Double] = [10, 20, 10, 30, 20, 20, 5, 10, 30, 5]
        let g = ["b", "a", "b", "a", "b", "a", "b", "a", "a", "b"]
        let gi = g.map { $0 == "a" ? 7 : -3 }
        let ascending: [(Ranking.TieMethod, [Double])] = [
            (.average, [3.5, 2.5, 3.5, 4.5, 5.0, 2.5, 1.5, 1.0, 4.5, 1.5]),
            (.min, [3, 2, 3, 4, 5, 2, 1, 1, 4, 1]),
            (.max, [4, 3, 4, 5, 5, 3, 2, 1, 5, 2]),
            (.first, [3, 2, 4, 4, 5, 3, 1, 1, 5, 2]),
            (.dense, [2, 2, 2, 3, 3, 2, 1, 1, 3, 1]),
        ]
        let descending: [(Ranking.TieMethod, [Double])] = [
            (.average, [2.5, 3.5, 2.5, 1.5, 1.0, 3.5, 4.5, 5.0, 1.5, 4.5]),
            (.min, [2, 3, 2, 1, 1, 3, 4, 5, 1, 4]),
            (.max, [3, 4, 3, 2, 1, 4, 5, 5, 2, 5]),
            (.first, [2, 3, 3, 1, 1, 4, 4, 5, 2, 5]),
            (.dense, [2, 2, 2, 1, 1, 2, 3, 3, 1, 3]),
        ]
        for (method, want) in ascending {
            #expect(try Ranking.ranks(xg, groups: g, ties: method) == want, "asc \(method)")
            #expect(try Ranking.ranks(xg, groups: gi, ties: method) == want, "asc Int keys \(method)")
        }
        for (method, want) in descending {
            #expect(try Ranking.ranks(xg, groups: g, ties: method, order: .descending) == want, "desc \(method)")
        }
    }

    @Test func groupsLengthMismatch() {
        #expect(throws: RankingError.lengthMismatch(argument: "groups", expected: 3, actual: 2)) {
            try Ranking.ranks([1, 2, 3], groups: ["a", "b"])
        }
        #expect(RankingError.lengthMismatch(argument: "groups", expected: 3, actual: 2).description
                == "groups has 2 entries but 3 were expected (one per area); the arrays must line up.")
    }

    /// Seeded properties: average/first ranks sum to m(m+1)/2; min <= average <= max; dense ranks
    /// are 1...(number of distinct values); grouped ranks equal ranking each group separately.
    @Test func seededProperties() throws {
        var rng = RankingTestGenerator(state: 7)
        let n = 5000
        let values = (0..<n).map { _ in Double(rng.below(300)) / 4 }
        let groups = (0..<n).map { _ in rng.below(13) }
        let avg = try Ranking.ranks(values), first = try Ranking.ranks(values, ties: .first)
        let lo = try Ranking.ranks(values, ties: .min), hi = try Ranking.ranks(values, ties: .max)
        let dense = try Ranking.ranks(values, ties: .dense)
        let m = Double(n)
        #expect(avg.reduce(0, +) == m * (m + 1) / 2)
        #expect(first.reduce(0, +) == m * (m + 1) / 2)
        #expect(Set(first) == Set((1...n).map(Double.init)))
        #expect((0..<n).allSatisfy { lo[$0] <= avg[$0] && avg[$0] <= hi[$0] })
        #expect(dense.max() == Double(Set(values).count))
        let grouped = try Ranking.ranks(values, groups: groups, ties: .first)
        for g in 0..<13 {
            let members = (0..<n).filter { groups[$0] == g }
            let alone = try Ranking.ranks(members.map { values[$0] }, ties: .first)
            #expect(members.map { grouped[$0] } == alone)
        }
    }
}
