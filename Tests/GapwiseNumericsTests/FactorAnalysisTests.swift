// FactorAnalysisTests: one-factor ML loadings against scipy's optimisation of factanal's objective; normal scores.
import Foundation
import Testing
import GapwiseTestSupport
@testable import GapwiseNumerics

@Suite("OneFactorAnalysis and normal scores")
struct FactorAnalysisTests {
    struct Case: Decodable { let correlation: [[Double]]; let loadings: [Double]; let uniquenesses: [Double]; let weights: [Double] }
    struct File: Decodable { let cases: [Case] }

    @Test func loadingsMatchAnIndependentScipyFit() throws {
        // Reference/factor_analysis_reference.py: L-BFGS-B on factanal's concentrated objective (its own
        // optimiser stops at ~1e-9 in the uniquenesses, hence the 1e-7 tolerance).
        let url = SharedData.packageRoot.appendingPathComponent("Tests/GapwiseNumericsTests/Reference/factor_analysis_reference.json")
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        #expect(file.cases.count == 2)
        for c in file.cases {
            let fa = try OneFactorAnalysis(correlation: try Matrix(rows: c.correlation))
            for k in c.loadings.indices {
                #expect(abs(fa.loadings[k] - c.loadings[k]) < 1e-7, "loading \(k): \(fa.loadings[k]) vs \(c.loadings[k])")
                #expect(abs(fa.uniquenesses[k] - c.uniquenesses[k]) < 1e-7)
                #expect(abs(fa.weights[k] - c.weights[k]) < 1e-6)
            }
            #expect(abs(fa.weights.reduce(0, +) - 1) < 1e-14)
        }
    }

    @Test func exactOneFactorMatrixIsRecovered() throws {
        // R = λλᵀ + diag(1 − λ²) exactly: the ML fit returns λ (closed form).
        let lambda = [0.8, 0.6, 0.5, 0.3]
        var rows = [[Double]]()
        for i in 0..<4 { rows.append((0..<4).map { j in i == j ? 1 : lambda[i] * lambda[j] }) }
        let fa = try OneFactorAnalysis(correlation: try Matrix(rows: rows))
        for k in 0..<4 { #expect(abs(fa.loadings[k] - lambda[k]) < 1e-9) }
    }

    @Test func singularMatrixIsATypedError() throws {
        let r = try Matrix(rows: [[1, 1], [1, 1]])
        #expect(throws: LinearAlgebraError.notPositiveDefinite(routine: "dpotrf", order: 2)) { try OneFactorAnalysis(correlation: r) }
    }

    @Test func normalScoresFollowBlomAndRankit() throws {
        // Ranks 1..4 (ties averaged): Blom Φ⁻¹((r − 3/8)/4.25); Φ⁻¹(0.147058823529) = −1.0491313; rankit Φ⁻¹(0.125) = −1.1503494.
        let blom = try Ranking.normalScores([10, 30, 20, 40])
        #expect(abs(blom[0] - (-1.0491313979639707)) < 1e-12)
        #expect(abs(blom[0] + blom[3]) < 1e-15 && abs(blom[1] + blom[2]) < 1e-15)
        let rankit = try Ranking.normalScores([10, 30, 20, 40], method: .rankit)
        #expect(abs(rankit[0] - (-1.1503493803760079)) < 1e-12)
        let tied = try Ranking.normalScores([5, 5, 1])
        #expect(tied[0] == tied[1])
    }
}
