// ConcentrationIndexVarianceTests: Kakwani's analytic variance of the concentration index on cases worked by hand.
import Testing
import GapwiseMeasures

@Suite("Concentration index analytic variance")
struct ConcentrationIndexVarianceTests {
    // rineq publishes no test value for ci()'s variance, so the cases are worked by hand with Kakwani, Wagstaff &
    // van Doorslaer (1997) eq. 14 in exact fractions.
    // y = 1, 3 ranked 1, 2: R = ¼, ¾, μ = 2, C = 2·mean((y − μ)(R − ½))/μ = ¼; q = ¼, 1;
    // a = ½(½ − 1 − ¼) + 2 − 0 − ¼ = 11/8 and 3/2(3/2 − 1 − ¼) + 2 − ¼ − 1 = 9/8;
    // var = ((121 + 81)/64/2 − 25/16)/2 = 1/128.
    @Test func twoUnitsByHand() throws {
        let v = try Inequality.concentrationIndexVariance([3, 1], rankedBy: [2, 1])
        expectClose(v.estimate, 0.25, rel: 1e-15, "C")
        expectClose(v.variance, 1.0 / 128, rel: 1e-13, "var")
        expectClose(v.standardError, (1.0 / 128).squareRoot(), rel: 1e-13, "se")
    }

    // y = 1, 2, 6 ranked 1, 2, 3: R = ⅙, ½, ⅚, μ = 3, C = 10/27; q = 1/9, 3/9, 1;
    // a = 125/81, 106/81, 102/81; var = ((125² + 106² + 102²)/6561/3 − (37/27)²)/3 = 302/59049.
    @Test func threeUnitsByHand() throws {
        let v = try Inequality.concentrationIndexVariance([1, 2, 6], rankedBy: [10, 20, 30])
        expectClose(v.estimate, 10.0 / 27, rel: 1e-14, "C")
        expectClose(v.variance, 302.0 / 59049, rel: 1e-12, "var")
        // Row order does not matter.
        let p = try Inequality.concentrationIndexVariance([6, 1, 2], rankedBy: [30, 10, 20])
        expectClose(p.variance, v.variance, rel: 1e-13, "permutation")
    }

    // The other types scale C and its variance by a constant factor (rineq): generalised μ = 3; Erreygers on
    // [0, 10]: 4μ/10 = 1.2; Wagstaff on [0, 10]: 10·3/(7·3) = 10/7.
    @Test func typesScaleTheVariance() throws {
        let y: [Double] = [1, 2, 6], r: [Double] = [1, 2, 3], base = 302.0 / 59049
        let g = try Inequality.concentrationIndexVariance(y, rankedBy: r, type: .generalised)
        expectClose(g.estimate, 30.0 / 27, rel: 1e-14, "GCI")
        expectClose(g.variance, base * 9, rel: 1e-12, "GCI var")
        let e = try Inequality.concentrationIndexVariance(y, rankedBy: r, type: .erreygers(lower: 0, upper: 10))
        expectClose(e.estimate, 4.0 / 9, rel: 1e-14, "E")
        expectClose(e.variance, base * 1.44, rel: 1e-12, "E var")
        let w = try Inequality.concentrationIndexVariance(y, rankedBy: r, type: .wagstaff(lower: 0, upper: 10))
        expectClose(w.estimate, 100.0 / 189, rel: 1e-14, "W")
        expectClose(w.variance, base * 100 / 49, rel: 1e-12, "W var")
    }

    @Test func equalOutcomesHaveNoVariance() throws {
        // Every a_i is 1 = 1 + C, so the variance is 0 (up to rounding).
        let v = try Inequality.concentrationIndexVariance([4, 4, 4, 4], rankedBy: [1, 2, 3, 4])
        #expect(v.estimate == 0)
        #expect(v.variance <= 1e-16)
    }

    @Test func oneUnit() {
        expectError(.tooFewUnits(measure: "conc", count: 1, required: "the analytic variance needs at least 2 units"),
                    message: "conc: there are 1.0 units (total weight); the analytic variance needs at least 2 units.") {
            _ = try Inequality.concentrationIndexVariance([2], rankedBy: [1])
        }
    }

    @Test func zeroMeanGeneralised() {
        expectError(.nonPositiveMean(measure: "conc", mean: 0),
                    message: "conc: the mean of the values is 0.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.concentrationIndexVariance([-1, 1], rankedBy: [1, 2], type: .generalised)
        }
    }

    @Test func rankingLengthMismatch() {
        expectError(.lengthMismatch(measure: "conc", what: "the ranking variable", expected: 2, actual: 1),
                    message: "conc: the ranking variable has 1 entries but there are 2 values; they must pair up one to one.") {
            _ = try Inequality.concentrationIndexVariance([1, 2], rankedBy: [1])
        }
    }
}
