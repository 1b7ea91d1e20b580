// SchutzTests: Schutz's intersection point and coefficient against PySAL's published test, closed forms, errors.
import Testing
import GapwiseMeasures

@Suite("Schutz")
struct SchutzTests {
    // PySAL inequality tests/test_schutz.py: Y = 20, 50, 80, 100, 100, 100, 100, 120, 150, 180; distance 0.15,
    // intersection_point 0.3, coefficient 15 (pytest.approx rel 1e-9). The distance is the Ricci–Schutz index.
    static let pysal: [Double] = [20, 50, 80, 100, 100, 100, 100, 120, 150, 180]

    @Test func pysalPublished() throws {
        expectClose(try Inequality.schutzPoint(Self.pysal).estimate, 0.3, rel: 1e-15, "intersection point")
        expectClose(try Inequality.schutzCoefficient(Self.pysal).estimate, 15, rel: 1e-14, "coefficient")
        expectClose(try Inequality.ricciSchutz(Self.pysal).estimate, 0.15, rel: 1e-14, "distance")
    }

    // By hand: 1, 2, 3, 6 (μ = 3): two of four below the mean, p* = ½; above it only 6, slope 6/3 = 2,
    // C = 10·(2 − 1) = 10 = 10·n·D with D = ½·mean|y − μ|/μ = ½·(2+1+0+3)/4/3 = ¼.
    @Test func byHand() throws {
        #expect(try Inequality.schutzPoint([6, 1, 3, 2]).estimate == 0.5)
        expectClose(try Inequality.schutzCoefficient([6, 1, 3, 2]).estimate, 10, rel: 1e-15, "C")
        #expect(try Inequality.schutzPoint([5, 5, 5]).estimate == 0)
        #expect(try Inequality.schutzCoefficient([5, 5, 5]).estimate == 0)
    }

    @Test func weighted() throws {
        // The point is a population share: weights 1, 2, 1 on 1, 3, 10 (μ = 17/4) put 3 of 4 people below the mean.
        #expect(try Inequality.schutzPoint([1, 3, 10], weights: [1, 2, 1]).estimate == 0.75)
        // The coefficient is 10·n·D with D the weighted Ricci–Schutz index.
        let d = try Inequality.ricciSchutz([1, 3, 10], weights: [1, 2, 1]).estimate
        expectClose(try Inequality.schutzCoefficient([1, 3, 10], weights: [1, 2, 1]).estimate, 10 * 3 * d, rel: 1e-14, "10nD")
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "schutz_point", index: 0, value: -2),
                    message: "schutz_point: value 1 is -2.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.schutzPoint([-2, 3])
        }
    }

    @Test func zeroMean() {
        expectError(.nonPositiveMean(measure: "schutz_coefficient", mean: 0),
                    message: "schutz_coefficient: the mean of the values is 0.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.schutzCoefficient([0, 0, 0])
        }
    }
}
