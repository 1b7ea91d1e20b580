// TestHelpers: closeness checks, a tiny seeded generator and the ../shared/validation reader for the measure tests.
import Foundation
import Testing
import GapwiseMeasures
import GapwiseTestSupport

/// Expects `|actual − expected| ≤ rel·|expected|` (or ≤ `abs` when given), reporting both values.
func expectClose(_ actual: Double, _ expected: Double, rel: Double = 0, abs absTol: Double = 0,
                 _ what: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    let tol = max(rel * Swift.abs(expected), absTol)
    #expect(Swift.abs(actual - expected) <= tol,
            "\(what): got \(actual), expected \(expected) (tolerance \(tol))", sourceLocation: sourceLocation)
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator local to the tests, so property tests
/// are reproducible (the library's own RNG is written elsewhere).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A uniform Double in [lo, hi).
    mutating func uniform(_ lo: Double, _ hi: Double) -> Double {
        lo + (hi - lo) * Double(next() >> 11) * 0x1p-53
    }
    /// A uniform integer in [lo, hi].
    mutating func int(_ lo: Int, _ hi: Int) -> Int { Int.random(in: lo...hi, using: &self) }
}

/// A seeded random positive sample (log-normal-ish spread over two orders of magnitude).
func randomSample(_ rng: inout SplitMix64, count: Int) -> [Double] {
    (0..<count).map { _ in exp(rng.uniform(-2.5, 2.5)) }
}

/// Reads `../shared/validation/<name>` as a JSON object; throws `Requirement.Missing` when it is absent (the
/// calling test carries `.needsShared("validation/<name>")`, so it runs only when present or required).
func validationCase(_ name: String) throws -> [String: Any] {
    let url = try SharedData.require("validation/\(name)")
    let obj = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try #require(obj as? [String: Any], "\(name) is not a JSON object")
}

/// A JSON array of numbers as [Double].
func doubles(_ any: Any?) throws -> [Double] {
    let arr = try #require(any as? [Any], "expected a JSON array")
    return try arr.map { try #require(($0 as? NSNumber)?.doubleValue, "expected a number, got \($0)") }
}

/// A JSON number as Double.
func number(_ any: Any?) throws -> Double {
    try #require((any as? NSNumber)?.doubleValue, "expected a JSON number")
}

/// Runs `body` and expects it to throw exactly `expected`, and that its description reads `message`.
func expectError(_ expected: InequalityError, message: String,
                 sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected \(expected) but nothing was thrown", sourceLocation: sourceLocation)
    } catch let e as InequalityError {
        #expect(e == expected, sourceLocation: sourceLocation)
        #expect(e.description == message, sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}

/// Which invariances a measure has.
struct Invariances: OptionSet {
    let rawValue: Int
    /// f(c·y) = f(y).
    static let scale = Invariances(rawValue: 1)
    /// f(y, c·w) = f(y, w) (only measures that do not depend on the population size N).
    static let weightScale = Invariances(rawValue: 2)
    static let relative: Invariances = [.scale, .weightScale]
}

/// Seeded property checks every measure gets: permutation invariance, weights ≡ repeated rows
/// (integer weights give the value of the data with each row repeated w times), and the optional
/// scale and weight-scale invariances. `f` maps (values, weights) to the estimate.
func checkProperties(_ name: String, seed: UInt64, has invariances: Invariances, tolerance: Double = 1e-12,
                     sourceLocation: SourceLocation = #_sourceLocation,
                     _ f: ([Double], [Double]?) throws -> Double) throws {
    var rng = SplitMix64(seed: seed)
    for trial in 0..<20 {
        let n = rng.int(2, 40)
        var y = randomSample(&rng, count: n)
        if trial % 4 == 0 { y[rng.int(0, n - 1)] = y[rng.int(0, n - 1)] }  // a tie now and then
        let w = (0..<n).map { _ in Double(rng.int(1, 4)) }
        let base = try f(y, w)
        // Permutation invariance.
        let perm = Array(0..<n).shuffled(using: &rng)
        expectClose(try f(perm.map { y[$0] }, perm.map { w[$0] }), base, rel: tolerance, abs: 1e-15,
                    "\(name) permutation (trial \(trial))", sourceLocation: sourceLocation)
        // Replication: weights w ≡ each row repeated w times.
        var repeated = [Double]()
        for i in 0..<n { repeated += Array(repeating: y[i], count: Int(w[i])) }
        expectClose(try f(repeated, nil), base, rel: tolerance, abs: 1e-15,
                    "\(name) replication (trial \(trial))", sourceLocation: sourceLocation)
        if invariances.contains(.scale) {
            let c = rng.uniform(0.01, 1000)
            expectClose(try f(y.map { $0 * c }, w), base, rel: tolerance, abs: 1e-15,
                        "\(name) scale ×\(c) (trial \(trial))", sourceLocation: sourceLocation)
        }
        if invariances.contains(.weightScale) {
            let c = rng.uniform(0.01, 1000)
            expectClose(try f(y, w.map { $0 * c }), base, rel: tolerance, abs: 1e-15,
                        "\(name) weights ×\(c) (trial \(trial))", sourceLocation: sourceLocation)
        }
    }
}
