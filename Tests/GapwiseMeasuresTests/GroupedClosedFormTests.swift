// GroupedClosedFormTests: perfect equality, hand-computed small cases, invariances and the subgroup pickers.
import Testing
import Foundation
import GapwiseMeasures
import GapwiseNumerics

@Suite("Grouped: closed forms and properties")
struct GroupedClosedFormTests {
    typealias G = GroupedInequality

    func data(_ est: [Double], pop: [Double]? = nil, se: [Double]? = nil, ordered: Bool = true,
              polarity: Polarity = .favourable, scale: Double = 100, reference: String? = nil) throws -> SubgroupData {
        let groups = est.indices.map { j in
            Subgroup("g\(j + 1)", estimate: est[j], standardError: se?[j], population: pop?[j], order: ordered ? j + 1 : nil)
        }
        return try SubgroupData(subgroups: groups, polarity: polarity, scale: scale, reference: reference)
    }

    // Every subgroup at 37.5%: every difference measure is 0, every ratio measure 1.
    @Test func perfectEquality() throws {
        let d = try data([37.5, 37.5, 37.5, 37.5, 37.5], pop: [120, 80, 333, 51, 97], se: [2, 1, 3, 4, 2], reference: "g3")
        let o = GroupedOptions(replicates: 20)
        let zero: [GroupedMeasure] = [.d, .aci, .rci, .paf, .par, .bgv, .bgsd, .cov, .idisu, .idisw, .mdbu, .mdbw,
                                      .mdmu, .mdmw, .mdru, .mdrw, .mld, .ti, .siiLinear, .riiLinear, .riiPercent,
                                      .parPercent, .absoluteRange]
        for m in zero { #expect(try G.compute(m, d, options: o).estimate == 0, "\(m.code)") }
        for m in [GroupedMeasure.r, .relativeRange] { #expect(try G.compute(m, d, options: o).estimate == 1, "\(m.code)") }
        // The logistic fit converges to b1 = 0 up to rounding.
        expectClose(try G.slopeIndex(d).estimate, 0, abs: 1e-12, "SII")
        expectClose(try G.relativeIndex(d).estimate, 1, rel: 1e-13, "RII")
        for m in [GroupedMeasure.mld, .ti] {
            let ci = try #require(try G.compute(m, d, options: o).interval(at: 0.95))
            #expect(ci.lower <= 0 && ci.upper >= 0, "\(m.code) interval covers 0")
        }
    }

    // y = (10, 20, 60) with populations (1, 2, 1): p = (¼, ½, ¼), μ = 27.5, ridits (⅛, ½, ⅞).
    @Test func handComputed() throws {
        let d = try data([10, 20, 60], pop: [1, 2, 1], se: [1, 1, 1], reference: "g2")
        expectClose(try G.betweenGroupVariance(d).estimate, (0.25 * 306.25 + 0.5 * 56.25 + 0.25 * 1056.25), rel: 1e-15, "BGV")
        // ACI = 2 Σ p y (r − ½) = 2(¼·10·(−⅜) + 0 + ¼·60·⅜) = 9.375.
        expectClose(try G.absoluteConcentrationIndex(d).estimate, 9.375, rel: 1e-15, "ACI")
        expectClose(try G.relativeConcentrationIndex(d).estimate, 9.375 / 27.5, rel: 1e-15, "RCI")
        // Favourable, ordered: D = y3 − y1 = 50, R = 6; PAF = 100(60 − 27.5)/27.5; PAR = 32.5.
        #expect(try G.difference(d).estimate == 50)
        #expect(try G.ratio(d).estimate == 6)
        // PAF/PAR: the named reference g2 (20) is below μ, so both are 0; without it the reference is the
        // most advantaged subgroup g3 (60).
        #expect(try G.populationAttributableFraction(d).estimate == 0)
        let noRef = try data([10, 20, 60], pop: [1, 2, 1], se: [1, 1, 1])
        expectClose(try G.populationAttributableFraction(noRef).estimate, 100 * 32.5 / 27.5, rel: 1e-15, "PAF")
        expectClose(try G.populationAttributableRisk(noRef).estimate, 32.5, rel: 1e-15, "PAR")
        let o = GroupedOptions(replicates: 10)
        expectClose(try G.meanDifferenceFromBestUnweighted(d, options: o).estimate, (50 + 40 + 0) / 3, rel: 1e-15, "MDBU")
        expectClose(try G.meanDifferenceFromBestWeighted(d, options: o).estimate, 0.25 * 50 + 0.5 * 40, rel: 1e-15, "MDBW")
        expectClose(try G.meanDifferenceFromMeanUnweighted(d, options: o).estimate, (17.5 + 7.5 + 32.5) / 3, rel: 1e-15, "MDMU")
        expectClose(try G.meanDifferenceFromMeanWeighted(d, options: o).estimate, 0.25 * 17.5 + 0.5 * 7.5 + 0.25 * 32.5,
                    rel: 1e-15, "MDMW")
        expectClose(try G.meanDifferenceFromReferenceUnweighted(d, options: o).estimate, 50.0 / 3, rel: 1e-15, "MDRU")
        expectClose(try G.meanDifferenceFromReferenceWeighted(d, options: o).estimate, 12.5, rel: 1e-15, "MDRW")
        expectClose(try G.indexOfDisparityWeighted(d, options: o).estimate, 100 * 16.25 / 27.5, rel: 1e-15, "IDISW")
        // MLD, TI of the subgroup means, ×1000.
        let r = [10.0, 20, 60].map { $0 / 27.5 }, p = [0.25, 0.5, 0.25]
        expectClose(try G.meanLogDeviation(d).estimate, -1000 * (0..<3).reduce(0) { $0 + p[$1] * log(r[$1]) }, rel: 1e-14, "MLD")
        expectClose(try G.theilIndex(d).estimate, 1000 * (0..<3).reduce(0) { $0 + p[$1] * r[$1] * log(r[$1]) }, rel: 1e-14, "TI")
        // ScotPHO PAR% = 100(μ − y_least)/μ; ranges.
        expectClose(try G.attributableRiskPercent(d).estimate, 100 * (27.5 - 60) / 27.5, rel: 1e-14, "PAR%")
        #expect(try G.absoluteRange(d).estimate == -50)
        expectClose(try G.relativeRange(d).estimate, 1.0 / 6, rel: 1e-15, "rel range")
    }

    // D and R pick their two subgroups by healthequal's rule.
    @Test func simplePairs() throws {
        let ordered = try data([30, 10, 50], pop: nil, se: nil, polarity: .adverse)
        #expect(try G.difference(ordered).comparedSubgroups == ["g1", "g3"])
        #expect(try G.difference(ordered).estimate == -20)
        let fav = try data([30, 10, 50], ordered: false)
        #expect(try G.difference(fav).comparedSubgroups == ["g3", "g2"])  // highest − lowest
        let favRef = try data([30, 10, 50], ordered: false, reference: "g1")
        #expect(try G.difference(favRef).comparedSubgroups == ["g1", "g2"])  // reference − lowest
        let advRef = try data([30, 10, 50], ordered: false, polarity: .adverse, reference: "g1")
        #expect(try G.difference(advRef).comparedSubgroups == ["g3", "g1"])  // highest − reference
        #expect(try G.difference(fav).intervalMethod == .unavailable(reason: "a standard error of the two compared subgroups is missing"))
    }

    // PAF/PAR are 0 when the reference is worse than the average; PAF is relative (scale invariant).
    @Test func attributableZeroingAndScale() throws {
        let d = try data([40, 20, 30], pop: [1, 1, 1], ordered: false, reference: "g2")  // reference below μ = 30
        #expect(try G.populationAttributableFraction(d).estimate == 0)
        #expect(try G.populationAttributableRisk(d).estimate == 0)
        let a = try data([12, 17, 25, 31], pop: [50, 70, 65, 40], se: [1, 1, 2, 2])
        let b = try data([120, 170, 250, 310], pop: [50, 70, 65, 40], se: [10, 10, 20, 20], scale: 1000)
        for m in [GroupedMeasure.paf, .rci, .mld, .ti, .cov, .idisu, .idisw, .r, .rii, .relativeRange, .parPercent] {
            expectClose(try G.compute(m, b, options: .init(replicates: 10)).estimate,
                        try G.compute(m, a, options: .init(replicates: 10)).estimate, rel: 1e-12, "\(m.code) scale")
        }
    }

    // Non-ordered measures do not depend on the order the subgroups are listed in.
    @Test func permutationInvariance() throws {
        let est: [Double] = [61, 74, 58, 59, 72, 75], pop: [Double] = [832, 931, 1468, 1021, 1039, 1515]
        let se: [Double] = [5, 3, 3, 3, 4, 9]
        let a = try data(est, pop: pop, se: se, ordered: false, reference: "g3")
        let perm = [4, 2, 0, 5, 1, 3]
        let groups = perm.map { Subgroup("g\($0 + 1)", estimate: est[$0], standardError: se[$0], population: pop[$0]) }
        let b = try SubgroupData(subgroups: groups, polarity: .favourable, scale: 100, reference: "g3")
        let o = GroupedOptions(replicates: 10)
        for m in [GroupedMeasure.d, .r, .paf, .par, .bgv, .bgsd, .cov, .idisu, .idisw, .mdbu, .mdbw, .mdmu, .mdmw,
                  .mdru, .mdrw, .mld, .ti] {
            let x = try G.compute(m, a, options: o), y = try G.compute(m, b, options: o)
            expectClose(y.estimate, x.estimate, rel: 1e-13, abs: 1e-15, "\(m.code) permutation")
            if let s = x.standardError { expectClose(try #require(y.standardError), s, rel: 1e-12, "\(m.code) SE") }
        }
    }
}
