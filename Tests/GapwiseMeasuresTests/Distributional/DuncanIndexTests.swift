// DuncanIndexTests: CPOP's Duncan index on cases worked by hand (fractions), its invariances, one test per error.
import Testing
import GapwiseMeasures

@Suite("Duncan index (CPOP)")
struct DuncanIndexTests {
    @Test func workedByHand() throws {
        // Order by outcome 1, 2, 3: zones 2, 3, 1. a = cumsum(1, 2, 1)/4 = ¼, ¾, 1; b = cumsum(1, 1, 2)/4 = ¼, ½, 1.
        // Σ a_i b_{i+1} = ¼·½ + ¾·1 = 7/8; Σ a_{i+1} b_i = ¾·¼ + 1·½ = 11/16; index = 3/16.
        let e = try Inequality.duncanIndex(outcome: [3, 1, 2], deprived: [1, 1, 2], nonDeprived: [2, 1, 1])
        expectClose(try #require(e.estimate), 3.0 / 16, rel: 1e-15, "3/16")
        #expect(e.zones == 3 && e.missing == 0)
    }

    @Test func extremesAndEquality() throws {
        // Every deprived person in the lowest-outcome zone: a = 1, 1; b = 0, 1; index = 1·1 − 1·0 = 1; reversed −1.
        #expect(try Inequality.duncanIndex(outcome: [1, 2], deprived: [5, 0], nonDeprived: [0, 7]).estimate == 1)
        #expect(try Inequality.duncanIndex(outcome: [2, 1], deprived: [5, 0], nonDeprived: [0, 7]).estimate == -1)
        // Proportional counts: a_i = b_i at every step, so every term cancels.
        let equal = try Inequality.duncanIndex(outcome: [4, 2, 9, 1], deprived: [1, 2, 3, 4], nonDeprived: [3, 6, 9, 12])
        expectClose(try #require(equal.estimate), 0, abs: 1e-15, "proportional counts")
        #expect(try Inequality.duncanIndex(outcome: [7], deprived: [3], nonDeprived: [4]).estimate == 0)
    }

    @Test func tiesKeepFileOrder() throws {
        // Equal outcomes: R's order keeps the file order, so swapping the rows swaps the sign (1 and −1 above).
        #expect(try Inequality.duncanIndex(outcome: [1, 1], deprived: [5, 0], nonDeprived: [0, 7]).estimate == 1)
        #expect(try Inequality.duncanIndex(outcome: [1, 1], deprived: [0, 5], nonDeprived: [7, 0]).estimate == -1)
    }

    @Test func missingOutcomesLeftOutOrKeptLast() throws {
        // Outcomes 2, NA, 1, 3, 3 (one in five missing: 20%, not over CPOP's limit).
        // Left out: order zones 3, 1, 4, 5; a = ⅓, ⅔, ⅔, 1; b = ⅖, ⅗, ⅘, 1;
        //   Σ a_i b_{i+1} = 1/5 + 8/15 + 2/3 = 21/15, Σ a_{i+1} b_i = 4/15 + 6/15 + 12/15 = 22/15: −1/15.
        // Kept last (CPOP): order 3, 1, 4, 5, 2; a = ⅕, ⅖, ⅖, ⅗, 1; b = ⅖, ⅗, ⅘, 1, 1;
        //   Σ a_i b_{i+1} = 36/25, Σ a_{i+1} b_i = 47/25: −11/25.
        let y: [Double?] = [2, nil, 1, 3, 3], d: [Double] = [1, 2, 1, 0, 1], n: [Double] = [1, 0, 2, 1, 1]
        let out = try Inequality.duncanIndex(outcome: y, deprived: d, nonDeprived: n)
        expectClose(try #require(out.estimate), -1.0 / 15, rel: 1e-14, "left out")
        #expect(out.zones == 4 && out.missing == 1 && out.missingOutcomes == .leftOut)
        let kept = try Inequality.duncanIndex(outcome: y, deprived: d, nonDeprived: n, missing: .keptLast)
        expectClose(try #require(kept.estimate), -11.0 / 25, rel: 1e-14, "kept last")
        #expect(kept.method.contains("kept last (CPOP)"))
    }

    @Test func overTwentyPercentMissingHasNoValue() throws {
        // One of four zones (25%) lacks the outcome: CPOP's NA, in both treatments; every zone missing likewise.
        for m in [DuncanMissingOutcomes.leftOut, .keptLast] {
            let e = try Inequality.duncanIndex(outcome: [1, nil, 2, 3], deprived: [1, 1, 1, 1], nonDeprived: [1, 2, 3, 4], missing: m)
            #expect(e.estimate == nil)
            #expect(e.method.hasSuffix("not computed: 1 of 4 zones lack the outcome, more than the share 0.2 allowed"))
            let all = try Inequality.duncanIndex(outcome: [nil, nil], deprived: [1, 1], nonDeprived: [1, 2], missing: m)
            #expect(all.estimate == nil && all.zones == 0 && all.missing == 2)
        }
        let loose = try Inequality.duncanIndex(outcome: [1, nil, 2, 3], deprived: [1, 1, 1, 1], nonDeprived: [1, 2, 3, 4],
                                               maximumMissingShare: 0.25)
        #expect(loose.estimate != nil)
    }

    @Test func invariances() throws {
        var rng = SplitMix64(seed: 0xD1)
        let y = randomSample(&rng, count: 40), d = randomSample(&rng, count: 40), n = randomSample(&rng, count: 40)
        let base = try #require(try Inequality.duncanIndex(outcome: y, deprived: d, nonDeprived: n).estimate)
        // Scaling either group, and an increasing transform of the outcome, leave the index as it was.
        expectClose(try #require(try Inequality.duncanIndex(outcome: y, deprived: d.map { $0 * 3.5 }, nonDeprived: n).estimate),
                    base, rel: 1e-13, "scale deprived")
        expectClose(try #require(try Inequality.duncanIndex(outcome: y.map { $0 * $0 * $0 + 1 }, deprived: d, nonDeprived: n).estimate),
                    base, rel: 1e-13, "monotone outcome")
        // Swapping the two groups reverses the sign.
        expectClose(try #require(try Inequality.duncanIndex(outcome: y, deprived: n, nonDeprived: d).estimate),
                    -base, rel: 1e-13, "swap groups")
        // Permuting the zones (no ties) changes nothing.
        let perm = Array(y.indices).shuffled(using: &rng)
        expectClose(try #require(try Inequality.duncanIndex(outcome: perm.map { y[$0] }, deprived: perm.map { d[$0] },
                                                            nonDeprived: perm.map { n[$0] }).estimate), base, rel: 1e-13, "permutation")
    }

    @Test func empty() {
        expectError(.emptyInput(measure: "duncan"), message: "duncan: no values were given; at least one is needed.") {
            _ = try Inequality.duncanIndex(outcome: [], deprived: [], nonDeprived: [])
        }
    }

    @Test func lengthMismatch() {
        expectError(.lengthMismatch(measure: "duncan", what: "the non-deprived counts", expected: 2, actual: 1),
                    message: "duncan: the non-deprived counts has 1 entries but there are 2 values; they must pair up one to one.") {
            _ = try Inequality.duncanIndex(outcome: [1, 2], deprived: [1, 2], nonDeprived: [1])
        }
    }

    @Test func negativeCount() {
        expectError(.negativeValue(measure: "duncan", index: 1, value: -3),
                    message: "duncan: value 2 is -3.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.duncanIndex(outcome: [1, 2], deprived: [1, -3], nonDeprived: [1, 1])
        }
    }

    @Test func nonFiniteOutcome() {
        expectError(.nonFiniteValue(measure: "duncan", index: 0, value: .infinity),
                    message: "duncan: value 1 is inf; every value must be a finite number.") {
            _ = try Inequality.duncanIndex(outcome: [.infinity, 2], deprived: [1, 1], nonDeprived: [1, 1])
        }
    }

    @Test func noDeprivedPeople() {
        expectError(.zeroDenominator(measure: "duncan", what: "the total of the deprived counts"),
                    message: "duncan: the total of the deprived counts is zero, so the ratio is undefined.") {
            _ = try Inequality.duncanIndex(outcome: [1, 2], deprived: [0, 0], nonDeprived: [1, 1])
        }
    }

    @Test func missingShareOutsideZeroToOne() {
        expectError(.invalidParameter(measure: "duncan", name: "maximumMissingShare", value: 1.5, rule: "it is a share of the zones, from 0 to 1"),
                    message: "duncan: parameter maximumMissingShare = 1.5 is not allowed; it is a share of the zones, from 0 to 1.") {
            _ = try Inequality.duncanIndex(outcome: [1], deprived: [1], nonDeprived: [1], maximumMissingShare: 1.5)
        }
    }
}
