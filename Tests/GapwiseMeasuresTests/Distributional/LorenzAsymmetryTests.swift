// LorenzAsymmetryTests: ineq::Lasym on cases worked by hand (no published value is findable), invariances, errors.
import Testing
import GapwiseMeasures

@Suite("Lorenz asymmetry (Lasym)")
struct LorenzAsymmetryTests {
    // Worked by hand with ineq's formula (R ineq 0.2-13 `Lasym`; ineq publishes no test value for it):
    // x = 1, 2, 3, 10: μ = 4, m = 3 below, L_m = 6, L_n = 16, δ = (4 − 3)/(10 − 3) = 1/7;
    // S = (3 + 1/7)/4 + (6 + 10/7)/16 = 22/28 + 52/112 = 140/112 = 1.25.
    @Test func interpolatedByHand() throws {
        let e = try Inequality.lorenzAsymmetry([10, 1, 3, 2])
        expectClose(e.estimate, 1.25, rel: 1e-15, "S")
        #expect(e.measure.code == "lasym")
    }

    // x = 1, 2, 3, 6: μ = 3 is a value: ends m/n + L_m/L_n = 2/4 + 3/12 = 0.75 and (m + a)/n + L_{m+a}/L_n =
    // 3/4 + 6/12 = 1.25; S is their mean, 1 (ineq's interval = FALSE).
    @Test func valueAtTheMeanByHand() throws {
        let e = try Inequality.lorenzAsymmetry([1, 2, 3, 6])
        expectClose(e.estimate, 1, rel: 1e-15, "S")
        #expect(e.method.contains("[0.75, 1.25]"))
    }

    @Test func equalValuesAreSymmetric() throws {
        #expect(try Inequality.lorenzAsymmetry([4, 4, 4]).estimate == 1)
    }

    // A few very large values give S > 1 (x = 1, 1, 1, 9: μ = 3, m = 3, L_m = 3, L_n = 12, δ = 2/8):
    // S = (3 + ¼)/4 + (3 + 9/4)/12 = 0.8125 + 0.4375 = 1.25; many small ones (1, 9, 9, 9: μ = 7, δ = 6/8)
    // give S = (1 + ¾)/4 + (1 + 27/4)/28 = 0.4375 + 0.2767857142857143 = 0.7142857142857143 < 1.
    @Test func asymmetryDirection() throws {
        expectClose(try Inequality.lorenzAsymmetry([1, 1, 1, 9]).estimate, 1.25, rel: 1e-15, "top-heavy")
        expectClose(try Inequality.lorenzAsymmetry([1, 9, 9, 9]).estimate, 0.4375 + 7.75 / 28, rel: 1e-15, "bottom-heavy")
    }

    @Test func weightsAreReplication() throws {
        // Weights 1, 2, 1 on 1, 3, 10 equal the values 1, 3, 3, 10 written out (ineq's n).
        let weighted = try Inequality.lorenzAsymmetry([1, 3, 10], weights: [1, 2, 1]).estimate
        expectClose(weighted, try Inequality.lorenzAsymmetry([1, 3, 3, 10]).estimate, rel: 1e-14, "replication")
        expectClose(try Inequality.lorenzAsymmetry([2, 6, 6, 20]).estimate, try Inequality.lorenzAsymmetry([1, 3, 3, 10]).estimate,
                    rel: 1e-14, "scale")
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "lasym", index: 1, value: -1),
                    message: "lasym: value 2 is -1.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.lorenzAsymmetry([1, -1, 3])
        }
    }

    @Test func zeroMean() {
        expectError(.nonPositiveMean(measure: "lasym", mean: 0),
                    message: "lasym: the mean of the values is 0.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.lorenzAsymmetry([0, 0])
        }
    }
}
