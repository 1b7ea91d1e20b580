// BandsTests: equal-count, population-weighted (PHS) and phe_quantile bands on worked examples and errors.
import Testing
@testable import GapwiseNumerics

@Suite("Quantile bands: equal count")
struct EqualCountBandTests {
    // Worked by hand from band = ceil(r k / n): n = 7, k = 3 -> 3/7, 6/7, 9/7, 12/7, 15/7, 18/7, 21/7.
    @Test func ceilingFormulaByHand() throws {
        let result = try QuantileBands.byCount(ranks: [1, 2, 3, 4, 5, 6, 7], bands: 3)
        #expect(result.bands == [1, 1, 2, 2, 3, 3, 3])
        #expect(result.bandCount == 3 && result.groupCount == 1 && result.method == .equalCount(ties: .average))
    }

    // SIMD 2020v2 decile edges (6,976 zones): decile 1 = ranks 1...697, decile 2 = 698...1395,
    // decile 10 = 6279...6976 (floor(b * 6976 / 10) is the last rank of decile b).
    @Test func simdDecileEdges() throws {
        let ranks = (1...6976).map(Double.init)
        let deciles = try QuantileBands.byCount(ranks: ranks, bands: 10).bands
        #expect(deciles[696] == 1 && deciles[697] == 2)
        #expect(deciles[1394] == 2 && deciles[1395] == 3)
        #expect(deciles[6277] == 9 && deciles[6278] == 10 && deciles[6975] == 10)
    }

    // Tied keys share a band with the default .average ties: keys [5, 5, 5, 1] rank [3, 3, 3, 1];
    // with k = 2, n = 4: ceil(3*2/4) = 2, ceil(1*2/4) = 1. With .first the ties split: ranks 2, 3, 4.
    @Test func tiesShareABandByDefault() throws {
        #expect(try QuantileBands.byCount(ranks: [5, 5, 5, 1], bands: 2).bands == [2, 2, 2, 1])
        #expect(try QuantileBands.byCount(ranks: [5, 5, 5, 1], bands: 2, ties: .first).bands == [1, 2, 2, 1])
    }

    // Within groups: group "x" = keys 30, 10, 20 (ranks 3, 1, 2 of 3), group "y" = keys 4, 8 (1, 2 of 2).
    // k = 2: x -> ceil(6/3)=2, ceil(2/3)=1, ceil(4/3)=2; y -> ceil(2/2)=1, ceil(4/2)=2.
    @Test func withinGroups() throws {
        let r = try QuantileBands.byCount(ranks: [30, 4, 10, 8, 20], bands: 2, groups: ["x", "y", "x", "y", "x"])
        #expect(r.bands == [2, 1, 1, 2, 2])
        #expect(r.groupCount == 2)
    }

    @Test func moreBandsThanAreasLeavesGaps() throws {
        // n = 2, k = 5: ceil(5/2) = 3, ceil(10/2) = 5.
        #expect(try QuantileBands.byCount(ranks: [1, 2], bands: 5).bands == [3, 5])
    }

    @Test func errors() {
        #expect(throws: RankingError.invalidBandCount(0)) { try QuantileBands.byCount(ranks: [1, 2], bands: 0) }
        #expect(RankingError.invalidBandCount(0).description == "the number of bands must be at least 1 (got 0).")
        #expect(throws: RankingError.lengthMismatch(argument: "groups", expected: 2, actual: 1)) {
            try QuantileBands.byCount(ranks: [1, 2], bands: 2, groups: [1])
        }
        #expect(throws: RankingError.missingValue(argument: "values", index: 1)) {
            try QuantileBands.byCount(ranks: [1, .nan], bands: 2)
        }
    }

    @Test func emptyInput() throws {
        let r = try QuantileBands.byCount(ranks: [], bands: 10)
        #expect(r.bands.isEmpty && r.groupCount == 0)
    }
}

@Suite("Quantile bands: population weighted")
struct PopulationBandTests {
    // Example A, by hand and by Reference/phs_population_bands.py (transcription of PHS's R code).
    // Total 100, k = 4, areas in rank order with x = 4 * cumulative share: 0.4, 1.2, 1.6, 2.8, 3.0, 4.0;
    // plain bands 1, 2, 2, 3, 3, 4. Area 2 crosses cut 1 but area 1 (x = 0.4) is outside every cut-off
    // window, so d = 0 + (1 - 1.2) < 0: it stays in band 2 (a midpoint rule would have put it in band 1).
    // Area 4 crosses cut 2: d = (2 - 1.6) + (3 - 2.8) > 0 (PHS measure x = 2.8 against the nearest cut, 3),
    // so it goes back to band 2. Area 6 crosses cut 3: d = (3 - 3.0) + 0 = 0, so it keeps band 4.
    @Test func exampleAByHandPHS() throws {
        let pop: [Double] = [10, 20, 10, 30, 5, 25]
        let ranks: [Double] = [1, 2, 3, 4, 5, 6]
        let r = try QuantileBands.byPopulation(ranks: ranks, population: pop, bands: 4)
        #expect(r.bands == [1, 2, 2, 2, 3, 4])
        #expect(r.method == .populationWeighted(rule: .phs))
        // The plain rule: first k with cumulative share <= k/4 (x <= k): 1, 2, 2, 3, 3, 4.
        let plain = try QuantileBands.byPopulation(ranks: ranks, population: pop, bands: 4, rule: .cumulativeShare)
        #expect(plain.bands == [1, 2, 2, 3, 3, 4])
    }

    // Example B (with zero-population areas), areas given in reverse rank order to exercise the sort.
    // Expected from Reference/phs_population_bands.py: [1, 1, 2, 2, 3, 4, 4, 4, 5, 5] in rank order.
    @Test func exampleBZeroPopulationsAndUnsortedInput() throws {
        let popInRankOrder: [Double] = [3, 0, 4, 5, 2, 6, 0, 1, 7, 2]
        let expectedInRankOrder = [1, 1, 2, 2, 3, 4, 4, 4, 5, 5]
        let ranks = (1...10).reversed().map(Double.init)
        let r = try QuantileBands.byPopulation(ranks: ranks, population: popInRankOrder.reversed(), bands: 5)
        #expect(r.bands == Array(expectedInRankOrder.reversed()))
    }

    // Example C and D: 20 areas; expected from Reference/phs_population_bands.py.
    static let popC: [Double] = [812, 640, 955, 701, 1203, 388, 760, 904, 530, 677,
                                 1010, 845, 590, 720, 433, 980, 615, 870, 705, 560]

    @Test func exampleCDecilesAndQuintiles() throws {
        let ranks = (1...20).map(Double.init)
        #expect(try QuantileBands.byPopulation(ranks: ranks, population: Self.popC, bands: 10).bands
                == [1, 1, 1, 2, 3, 4, 4, 4, 5, 5, 6, 7, 7, 7, 8, 9, 9, 9, 10, 10])
        #expect(try QuantileBands.byPopulation(ranks: ranks, population: Self.popC, bands: 5).bands
                == [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5])
    }

    @Test func exampleDWithinInterleavedGroups() throws {
        let ranks: [Double] = [14, 3, 9, 1, 20, 7, 12, 5, 18, 2, 16, 11, 6, 19, 4, 15, 8, 13, 10, 17]
        let groups = (0..<20).map { $0 % 3 == 0 ? "S12000027" : "S12000049" }
        let r = try QuantileBands.byPopulation(ranks: ranks, population: Self.popC, bands: 4, groups: groups)
        #expect(r.bands == [3, 1, 2, 1, 4, 1, 3, 1, 4, 1, 3, 2, 2, 4, 1, 4, 2, 3, 2, 3])
        #expect(r.groupCount == 2)
    }

    // Equal populations: population bands equal count bands (cut-offs land exactly on areas).
    @Test func equalPopulationsGiveEqualCountBands() throws {
        let ranks = (1...50).map(Double.init)
        let pop = [Double](repeating: 37, count: 50)
        for k in [2, 4, 5, 10] {
            for rule in [QuantileBands.PopulationRule.phs, .cumulativeShare] {
                #expect(try QuantileBands.byPopulation(ranks: ranks, population: pop, bands: k, rule: rule).bands
                        == QuantileBands.byCount(ranks: ranks, bands: k).bands, "k = \(k), \(rule)")
            }
        }
    }

    @Test func errors() {
        #expect(throws: RankingError.invalidBandCount(-1)) {
            try QuantileBands.byPopulation(ranks: [1], population: [1], bands: -1)
        }
        #expect(throws: RankingError.lengthMismatch(argument: "population", expected: 2, actual: 3)) {
            try QuantileBands.byPopulation(ranks: [1, 2], population: [1, 2, 3], bands: 2)
        }
        #expect(throws: RankingError.invalidPopulation(index: 1, value: -5)) {
            try QuantileBands.byPopulation(ranks: [1, 2], population: [3, -5], bands: 2)
        }
        #expect(RankingError.invalidPopulation(index: 1, value: -5).description
                == "the population at position 1 (counting from 0) is -5.0; populations must be finite and not negative.")
        #expect(throws: RankingError.self) {
            try QuantileBands.byPopulation(ranks: [1, 2], population: [.nan, 1], bands: 2)
        }
        #expect(throws: RankingError.invalidPopulation(index: 0, value: .infinity)) {
            try QuantileBands.byPopulation(ranks: [1, 2], population: [.infinity, 1], bands: 2)
        }
        #expect(throws: RankingError.zeroTotalPopulation(group: "S12000027")) {
            try QuantileBands.byPopulation(ranks: [1, 2, 3], population: [0, 5, 0], bands: 2,
                                           groups: ["S12000027", "S12000049", "S12000027"])
        }
        #expect(RankingError.zeroTotalPopulation(group: "S12000027").description
                == "the areas in group S12000027 have a total population of 0, so population shares cannot be worked out.")
        #expect(throws: RankingError.zeroTotalPopulation(group: nil)) {
            try QuantileBands.byPopulation(ranks: [1, 2], population: [0, 0], bands: 2)
        }
        #expect(throws: RankingError.missingValue(argument: "values", index: 0)) {
            try QuantileBands.byPopulation(ranks: [.nan, 2], population: [1, 1], bands: 2)
        }
        #expect(RankingError.zeroTotalPopulation(group: nil).description
                == "the areas have a total population of 0, so population shares cannot be worked out.")
        #expect(throws: RankingError.populationTooLarge(total: 1e16)) {
            try QuantileBands.byPopulation(ranks: [1, 2], population: [5e15, 5e15], bands: 2)
        }
        #expect(RankingError.populationTooLarge(total: 1e16).description
                == "the total population 1e+16 is too large to accumulate exactly (total times bands must stay below 2^53).")
    }
}

@Suite("Quantile bands: phe_quantile")
struct PHEQuantileTests {
    // Expected: phe_quantile's formula transcribed in base R (Reference/rank_reference.R, section 4), R 4.2.2.
    static let pv: [Double] = [12, 7, 7, 30, 1, 18, 18, 18, 4, 25, 9, 2, 40, 13, 7, 22, 3]

    @Test func matchesRForSeveralBandCounts() throws {
        let expected: [(Int, Bool, [Int])] = [
            (10, true, [5, 6, 6, 1, 10, 3, 3, 3, 8, 2, 6, 9, 1, 5, 6, 2, 9]),
            (10, false, [5, 3, 3, 9, 1, 6, 6, 6, 2, 9, 5, 1, 10, 6, 3, 8, 2]),
            (5, true, [3, 3, 3, 1, 5, 2, 2, 2, 4, 1, 3, 5, 1, 3, 3, 1, 5]),
            (5, false, [3, 2, 2, 5, 1, 3, 3, 3, 1, 5, 3, 1, 5, 3, 2, 4, 1]),
            (4, true, [2, 3, 3, 1, 4, 1, 1, 1, 4, 1, 3, 4, 1, 2, 3, 1, 4]),
            (4, false, [2, 1, 1, 4, 1, 3, 3, 3, 1, 4, 2, 1, 4, 3, 1, 4, 1]),
            (7, true, [4, 5, 5, 1, 7, 2, 2, 2, 6, 1, 4, 7, 1, 3, 5, 2, 6]),
            (7, false, [4, 2, 2, 7, 1, 5, 5, 5, 2, 6, 3, 1, 7, 4, 2, 6, 1]),
        ]
        for (k, invert, want) in expected {
            let r = try QuantileBands.pheQuantile(values: Self.pv, bands: k, highestValuesFirst: invert)
            #expect(r.bands == want, "k = \(k), invert = \(invert)")
        }
    }

    @Test func matchesRWithinGroups() throws {
        let groups = (0..<17).map { $0 % 2 == 0 ? 1 : 2 }
        #expect(try QuantileBands.pheQuantile(values: Self.pv, bands: 4, groups: groups).bands
                == [1, 4, 2, 1, 4, 2, 1, 2, 3, 1, 2, 4, 1, 3, 2, 2, 4])
        #expect(try QuantileBands.pheQuantile(values: Self.pv, bands: 3, groups: groups, highestValuesFirst: false).bands
                == [3, 1, 2, 3, 1, 2, 3, 2, 1, 3, 2, 1, 3, 1, 2, 2, 1])
    }

    // n = k: the formula returns the rank itself (1...10), including rank 1 where n / k = 1 exactly.
    @Test func oneAreaPerBand() throws {
        let v = (1...10).map(Double.init)
        #expect(try QuantileBands.pheQuantile(values: v, bands: 10, highestValuesFirst: false).bands == Array(1...10))
    }

    @Test func errors() {
        #expect(throws: RankingError.invalidBandCount(0)) { try QuantileBands.pheQuantile(values: [1], bands: 0) }
        #expect(throws: RankingError.missingValue(argument: "values", index: 2)) {
            try QuantileBands.pheQuantile(values: [1, 2, .nan], bands: 2)
        }
        #expect(throws: RankingError.lengthMismatch(argument: "groups", expected: 3, actual: 4)) {
            try QuantileBands.pheQuantile(values: [1, 2, 3], bands: 2, groups: ["a", "a", "b", "b"])
        }
    }
}
