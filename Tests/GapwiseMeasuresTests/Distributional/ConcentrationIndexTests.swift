// ConcentrationIndexTests: the concentration index (standard, generalised, Wagstaff, Erreygers) against
// WHO healthequal (HEAT ACI/RCI on grouped data) and mpmath; tie policy, properties, errors.
import Testing
import GapwiseMeasures

@Suite("Concentration index")
struct ConcentrationIndexTests {
    // WHO healthequal 1.0.1 test-aci.R / test-rci.R: five ordered groups with populations; HEAT's ACI is the
    // generalised index and its RCI the standard one, both with the group ridit as the rank. Compared at
    // the tests' own relative tolerances (ACI 1e-6, RCI 1e-3). The printed figures are not correctly rounded
    // values of the formula: ACI/μ evaluated exactly is 7.32842032073…/41.2244897959… = 0.177768611740…,
    // while the test prints 0.17776859 (1.2e-7 relative away) and ACI 7.3284202 (1.6e-8 away).
    @Test(.needsShared("validation/heat_aci_ordered.json", "validation/heat_rci_ordered.json"))
    func heatGroupedACIAndRCI() throws {
        for (file, type) in [("heat_aci_ordered.json", ConcentrationIndexType.generalised),
                             ("heat_rci_ordered.json", ConcentrationIndexType.standard)] {
            let c = try validationCase(file)
            let input = try #require(c["input"] as? [String: Any])
            let est = try doubles(input["est"]), pop = try doubles(input["pop"])
            let order = try doubles(input["subgroup_order"])
            let expected = try number((c["expected"] as? [String: Any])?["estimate"])
            let tol = try number((c["tolerance"] as? [String: Any])?["relative"])
            let v = try Inequality.concentrationIndex(est, rankedBy: order, weights: pop, type: type).estimate
            expectClose(v, expected, rel: tol, "\(file) at the test tolerance")
        }
    }

    // mpmath 50 digits (generate_reference.py): ranks with ties, each tie block at its mean fractional rank.
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        func ci(_ y: [Double], _ t: ConcentrationIndexType) throws -> Double {
            try Inequality.concentrationIndex(y, rankedBy: r.rank, weights: r.w, type: t).estimate
        }
        expectClose(try ci(r.y, .standard), r.concW, rel: 1e-14, "CI")
        expectClose(try ci(r.y, .generalised), r.concGeneralisedW, rel: 1e-14, "generalised")
        expectClose(try ci(r.p, .wagstaff()), r.concWagstaffW, rel: 1e-14, "Wagstaff [0, 1]")
        expectClose(try ci(r.p, .wagstaff(lower: -1, upper: 2)), r.concWagstaffBounds, rel: 1e-14, "Wagstaff [−1, 2]")
        expectClose(try ci(r.p, .erreygers(lower: 0, upper: 1)), r.concErreygersW, rel: 1e-14, "Erreygers")
    }

    @Test func closedForms() throws {
        // Ranked by itself the concentration index is the Gini coefficient (ties included).
        let y = [3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
        expectClose(try Inequality.concentrationIndex(y, rankedBy: y).estimate, try Inequality.gini(y).estimate,
                    rel: 1e-14, "CI(y by y) = Gini")
        // Everyone tied on the ranking variable: no gradient.
        #expect(try Inequality.concentrationIndex([1, 5, 2], rankedBy: [7, 7, 7]).estimate == 0)
        #expect(try Inequality.concentrationIndex([4, 4, 4], rankedBy: [1, 2, 3]).estimate == 0)
        // Reversing the ranking negates the index exactly, ties included (tie blocks keep their midpoint).
        let r = MPMathReference.self
        expectClose(try Inequality.concentrationIndex(r.y, rankedBy: r.rank.map { -$0 }, weights: r.w).estimate,
                    -r.concW, rel: 1e-14, "reversed ranking")
    }

    // The tie policy makes the result independent of the order of tied rows (rineq's default rank_wt would not).
    @Test func tiedRowsInAnyOrder() throws {
        let y = [10.0, 2, 7, 3], rank = [1.0, 1, 2, 2], w = [1.0, 3, 2, 1]
        let a = try Inequality.concentrationIndex(y, rankedBy: rank, weights: w).estimate
        let b = try Inequality.concentrationIndex([2, 10, 3, 7], rankedBy: rank, weights: [3, 1, 1, 2]).estimate
        #expect(a == b)
        // By hand: blocks of weight 4 and 3 (W = 7) at ranks 2/7 and 5.5/7; μ = 33/7;
        // CI = 2 Σ w (y − μ)(r − ½)/(W μ).
        let mu = 33.0 / 7
        var s = 0.0
        for (yi, (ri, wi)) in zip(y, zip([2.0 / 7, 2.0 / 7, 5.5 / 7, 5.5 / 7], w)) { s += wi * (yi - mu) * (ri - 0.5) }
        expectClose(a, 2 * s / 7 / mu, rel: 1e-14, "by hand")
    }

    // Seeded: permutation of rows, integer weights ≡ repeated rows, scale of y and of the weights.
    @Test func properties() throws {
        var rng = SplitMix64(seed: 0xD1)
        for trial in 0..<20 {
            let n = rng.int(2, 40)
            let y = randomSample(&rng, count: n)
            let x = (0..<n).map { _ in Double(rng.int(1, 8)) }  // ranking variable with many ties
            let w = (0..<n).map { _ in Double(rng.int(1, 4)) }
            let base = try Inequality.concentrationIndex(y, rankedBy: x, weights: w).estimate
            let perm = Array(0..<n).shuffled(using: &rng)
            expectClose(try Inequality.concentrationIndex(perm.map { y[$0] }, rankedBy: perm.map { x[$0] },
                                                          weights: perm.map { w[$0] }).estimate,
                        base, rel: 1e-12, abs: 1e-15, "permutation (trial \(trial))")
            var ry = [Double](), rx = [Double]()
            for i in 0..<n {
                ry += Array(repeating: y[i], count: Int(w[i]))
                rx += Array(repeating: x[i], count: Int(w[i]))
            }
            expectClose(try Inequality.concentrationIndex(ry, rankedBy: rx).estimate, base, rel: 1e-12, abs: 1e-15,
                        "replication (trial \(trial))")
            expectClose(try Inequality.concentrationIndex(y.map { $0 * 41.5 }, rankedBy: x, weights: w).estimate, base,
                        rel: 1e-12, abs: 1e-15, "scale (trial \(trial))")
            expectClose(try Inequality.concentrationIndex(y, rankedBy: x, weights: w.map { $0 * 0.013 }).estimate, base,
                        rel: 1e-12, abs: 1e-15, "weight scale (trial \(trial))")
        }
    }

    @Test func rankingOfWrongLength() {
        expectError(.lengthMismatch(measure: "conc", what: "the ranking variable", expected: 3, actual: 2),
                    message: "conc: the ranking variable has 2 entries but there are 3 values; they must pair up one to one.") {
            _ = try Inequality.concentrationIndex([1, 2, 3], rankedBy: [1, 2])
        }
    }

    @Test func nonFiniteRanking() {
        expectError(.nonFiniteValue(measure: "conc", index: 1, value: -.infinity),
                    message: "conc: value 2 is -inf; every value must be a finite number.") {
            _ = try Inequality.concentrationIndex([1, 2], rankedBy: [1, -.infinity])
        }
    }

    @Test func standardNeedsPositiveMean() {
        expectError(.nonPositiveMean(measure: "conc", mean: -1),
                    message: "conc: the mean of the values is -1.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.concentrationIndex([-2, 0], rankedBy: [1, 2])
        }
    }

    @Test func invalidBounds() {
        expectError(.invalidParameter(measure: "conc", name: "upper", value: 0,
                                      rule: "the bounds must be finite with lower (1.0) below upper"),
                    message: "conc: parameter upper = 0.0 is not allowed; the bounds must be finite with lower (1.0) below upper.") {
            _ = try Inequality.concentrationIndex([0.5], rankedBy: [1], type: .erreygers(lower: 1, upper: 0))
        }
    }

    @Test func valueOutsideBounds() {
        expectError(.valueOutOfBounds(measure: "conc", index: 1, value: 1.5, lower: 0, upper: 1),
                    message: "conc: value 2 is 1.5, outside the declared bounds [0.0, 1.0] of the variable.") {
            _ = try Inequality.concentrationIndex([0.5, 1.5], rankedBy: [1, 2], type: .wagstaff())
        }
    }

    @Test func wagstaffMeanOnABound() {
        let what = "the distance of the mean (1.0) from a bound of [0.0, 1.0] (Wagstaff needs the mean strictly inside)"
        expectError(.zeroDenominator(measure: "conc", what: what),
                    message: "conc: \(what) is zero, so the ratio is undefined.") {
            _ = try Inequality.concentrationIndex([1, 1], rankedBy: [1, 2], type: .wagstaff())
        }
    }
}
