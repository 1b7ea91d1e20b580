// LaneExpTests: the table-driven SIMD exp and expit against Foundation's exp, in ulps, with the IEEE special values.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Lane exp and expit")
struct LaneExpTests {
    /// |a − b| in units of b's last place.
    static func ulps(_ a: Double, _ b: Double) -> Double {
        a == b ? 0 : Swift.abs(a - b) / b.ulp
    }

    @Test("laneExp is within 1 ulp of Foundation's exp on 400,000 points of [−708, 709]")
    func accuracy() {
        // A seeded spread over the whole in-range domain plus a dense sample of the rates' usual range.
        var g = Xoshiro256StarStar(seed: 2024)
        var worst = 0.0
        for i in 0..<100_000 {
            var x = Lanes()
            for lane in 0..<laneWidth {
                x[lane] = i % 2 == 0 ? -708 + 1417 * g.nextUniform() : -3 + 12 * g.nextUniform()
            }
            let y = laneExp(x)
            for lane in 0..<laneWidth { worst = max(worst, Self.ulps(y[lane], Foundation.exp(x[lane]))) }
        }
        #expect(worst <= 1, "max error \(worst) ulp")
        // The in-range form gives the same lanes as the checked one.
        let x = Lanes(-708, -0.5, 6.2146080984221914, 709)
        #expect(laneExpInRange(x, table: expTablePointer) == laneExp(x))
    }

    @Test("exact and special values: e^0 = 1, overflow, subnormal, underflow, infinities, NaN")
    func specialValues() {
        let y = laneExp(Lanes(0, 710, -720, -746))
        #expect(y[0] == 1)
        #expect(y[1] == .infinity)
        #expect(y[2] == Foundation.exp(-720) && y[2] > 0 && y[2] < Double.leastNormalMagnitude)
        #expect(y[3] == 0)
        let z = laneExp(Lanes(.infinity, -.infinity, .nan, 1))
        #expect(z[0] == .infinity && z[1] == 0 && z[2].isNaN)
        #expect(Self.ulps(z[3], M_E) <= 1)
        // The range ends are computed by the table path and agree with Foundation.
        let ends = laneExp(Lanes(-708, 709, -707.999, 708.999))
        for (lane, x) in [-708.0, 709, -707.999, 708.999].enumerated() {
            #expect(Self.ulps(ends[lane], Foundation.exp(x)) <= 1, "x = \(x)")
        }
    }

    @Test("laneExpit is within 3 ulp of the scalar forms 1/(1+e^−η) and e^η/(1+e^η), and saturates without NaN")
    func expit() {
        func scalar(_ eta: Double) -> Double {
            if eta > 0 { return 1 / (1 + Foundation.exp(-eta)) }
            let e = Foundation.exp(eta)
            return e / (1 + e)
        }
        var g = Xoshiro256StarStar(seed: 7)
        var worst = 0.0
        for _ in 0..<50_000 {
            var x = Lanes()
            for lane in 0..<laneWidth { x[lane] = -40 + 80 * g.nextUniform() }
            let y = laneExpit(x, exp: laneExp)
            for lane in 0..<laneWidth { worst = max(worst, Self.ulps(y[lane], scalar(x[lane]))) }
        }
        // Bound: 1 ulp from the exponential, 1 from e·q's extra rounding, 1 from the two forms' own roundings.
        #expect(worst <= 3, "max error \(worst) ulp")
        let extremes = laneExpit(Lanes(800, -800, 0, 1e-300), exp: laneExp)
        #expect(extremes[0] == 1 && extremes[1] == 0 && extremes[2] == 0.5 && extremes[3] == 0.5)
    }
}
