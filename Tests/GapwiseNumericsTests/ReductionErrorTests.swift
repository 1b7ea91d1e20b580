// ReductionErrorTests: one test per validation branch of the reductions, with the exact error and message.
import Foundation
import Testing
import GapwiseNumerics

@Suite("Reductions: validation errors")
struct ReductionErrorTests {
    @Test("Length mismatch")
    func lengthMismatch() {
        #expect(throws: ReductionError.lengthMismatch(operation: "weighted sum", values: 3, weights: 2)) {
            try Reductions.weightedSum([1, 2, 3], weights: [1, 1])
        }
        #expect(ReductionError.lengthMismatch(operation: "weighted sum", values: 3, weights: 2).description
            == "weighted sum: there are 3 values but 2 weights; each value needs exactly one weight.")
    }

    @Test("Too few observations: empty mean, one-value sample variance, total weight <= 1")
    func tooFew() {
        #expect(throws: ReductionError.tooFewObservations(operation: "mean", mustExceed: 0, got: 0)) {
            try Reductions.mean([Double]())
        }
        #expect(throws: ReductionError.tooFewObservations(operation: "variance", mustExceed: 1, got: 1)) {
            try Reductions.variance([3.0])
        }
        #expect(throws: ReductionError.tooFewObservations(operation: "weighted variance", mustExceed: 1, got: 0.75)) {
            try Reductions.weightedVariance([1, 2], weights: [0.5, 0.25])
        }
        #expect(throws: ReductionError.tooFewObservations(operation: "lag-1 autocorrelation", mustExceed: 1, got: 1)) {
            try Statistics.lag1Autocorrelation([1.0])
        }
        #expect(ReductionError.tooFewObservations(operation: "variance", mustExceed: 1, got: 1).description
            == "variance: needs more than 1 observations (or total weight above 1) but got 1.")
    }

    @Test("Non-finite values are found at their position, in the SIMD body and in the tail")
    func nonFiniteValues() {
        for i in [0, 5, 8, 16, 20] {
            var y = [Double](repeating: 1, count: 21)
            y[i] = .nan
            #expect(throws: ReductionError.self) { try Reductions.sum(y) }
            do {
                _ = try Reductions.sum(y)
            } catch {
                guard case let .nonFiniteValue(op, index, v) = error else { Issue.record("wrong error \(error)"); continue }
                #expect(op == "sum" && index == i && v.isNaN)
            }
            y[i] = -.infinity
            #expect(throws: ReductionError.nonFiniteValue(operation: "variance", index: i, value: -.infinity)) {
                try Reductions.variance(y)
            }
            #expect(throws: ReductionError.nonFiniteValue(operation: "weighted mean", index: i, value: -.infinity)) {
                try Reductions.weightedMean(y, weights: [Double](repeating: 1, count: 21))
            }
        }
        #expect(ReductionError.nonFiniteValue(operation: "sum", index: 4, value: .infinity).description
            == "sum: value number 5 is infinite; every value must be a finite number.")
    }

    @Test("Non-finite and negative weights are found at their position (slice positions count from the slice start)")
    func badWeights() {
        let y = [Double](repeating: 2, count: 30)
        var w = [Double](repeating: 1, count: 30)
        w[13] = .infinity
        #expect(throws: ReductionError.nonFiniteWeight(operation: "weighted sums", index: 13, value: .infinity)) {
            try Reductions.weightedSums(y, weights: w)
        }
        w[13] = 1
        w[27] = -0.5
        #expect(throws: ReductionError.negativeWeight(operation: "weighted moments", index: 27, value: -0.5)) {
            try Reductions.weightedMoments(y, weights: w)
        }
        #expect(throws: ReductionError.negativeWeight(operation: "weighted sum", index: 17, value: -0.5)) {
            try Reductions.weightedSum(y[10...], weights: w[10...])
        }
        #expect(throws: ReductionError.negativeWeight(operation: "weighted variance", index: 27, value: -0.5)) {
            try Reductions.weightedVariance(y, weights: w)
        }
        // -0.0 sets the sign bit but is not negative: accepted.
        w[27] = -0.0
        #expect(throws: Never.self) { try Reductions.weightedSum(y, weights: w) }
        #expect(ReductionError.negativeWeight(operation: "weighted sum", index: 0, value: -2).description
            == "weighted sum: weight number 1 is -2.0; weights (frequencies or populations) cannot be negative.")
    }

    @Test("Zero total weight")
    func zeroTotalWeight() {
        #expect(throws: ReductionError.zeroTotalWeight(operation: "weighted mean")) {
            try Reductions.weightedMean([1, 2], weights: [0, 0])
        }
        #expect(throws: ReductionError.zeroTotalWeight(operation: "weighted variance")) {
            try Reductions.weightedVariance([Double](), weights: [Double](), denominator: .population)
        }
    }

    @Test("Negative and zero values in the log and power sums")
    func domain() {
        #expect(throws: ReductionError.negativeValue(operation: "weighted y·ln(y) sums", index: 1, value: -1)) {
            try Reductions.weightedLogSums([1, -1, 0], weights: [1, 1, 1], zeros: .zeroLogZeroIsZero)
        }
        #expect(throws: ReductionError.zeroValue(operation: "weighted y·ln(y) sums", index: 2)) {
            try Reductions.weightedLogSums([1, 2, 0], weights: [1, 1, 0])
        }
        #expect(throws: ReductionError.negativeValue(operation: "weighted power sums (a = 2.0)", index: 0, value: -3)) {
            try Reductions.weightedPowerSums([-3, 1], weights: [1, 1], exponent: 2)
        }
        #expect(throws: ReductionError.zeroValue(operation: "weighted power sums (a = -1.0)", index: 1)) {
            try Reductions.weightedPowerSums([3, 0], weights: [1, 1], exponent: -1)
        }
        #expect(throws: ReductionError.zeroValue(operation: "weighted power sums (a = 0.0)", index: 1)) {
            try Reductions.weightedPowerSums([3, 0], weights: [1, 1], exponent: 0)
        }
        #expect(throws: ReductionError.invalidExponent(operation: "weighted power sums", exponent: .infinity)) {
            try Reductions.weightedPowerSums([3, 1], weights: [1, 1], exponent: .infinity)
        }
        #expect(ReductionError.zeroValue(operation: "Theil", index: 2).description
            == "Theil: value number 3 is zero, where this measure is undefined; remove it or choose an explicit zero-value policy.")
    }

    @Test("Overflow with finite inputs")
    func overflow() {
        #expect(throws: ReductionError.overflow(operation: "sum")) {
            try Reductions.sum([1e308, 1e308])
        }
        #expect(throws: ReductionError.overflow(operation: "weighted moments")) {
            try Reductions.weightedMoments([1e200], weights: [1])
        }
        #expect(throws: ReductionError.overflow(operation: "weighted power sums (a = 40.0)")) {
            try Reductions.weightedPowerSums([1e10], weights: [1], exponent: 40)
        }
    }

    @Test("Constant values have no autocorrelation")
    func constant() {
        #expect(throws: ReductionError.constantValues(operation: "lag-1 autocorrelation")) {
            try Statistics.lag1Autocorrelation([Double](repeating: 0.1, count: 12))
        }
    }
}
