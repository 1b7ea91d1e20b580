// GroupedReferenceTests: grouped measures against base-R reference values (Reference/grouped_reference.R).
import Testing
import Foundation
import GapwiseMeasures

@Suite("Grouped: base R reference values")
struct GroupedReferenceTests {
    typealias G = GroupedInequality
    let levels = GroupedOptions(confidenceLevels: [0.95, 0.998])

    /// Expects `r`'s normal interval at both levels to be estimate ± z·se (z from R's qnorm).
    func expectNormal(_ r: GroupedEstimate, se: Double, _ what: String, rel: Double = 1e-12) {
        for (level, z) in [(0.95, GroupedRef.z95), (0.998, GroupedRef.z998)] {
            guard let ci = r.interval(at: level) else { Issue.record("\(what): no \(level) interval"); continue }
            expectClose(ci.lower, r.estimate - z * se, rel: rel, abs: 1e-13, "\(what) lower \(level)")
            expectClose(ci.upper, r.estimate + z * se, rel: rel, abs: 1e-13, "\(what) upper \(level)")
        }
    }

    // Logistic SII/RII on data set A: the three count conventions against R's glm + HC1 (1e-9: both fits are
    // at their rounding floor, the HC1 bread differs by one inversion route).
    @Test func logisticSIIAndRII() throws {
        let a = try GroupedRef.dataA
        let heat = try G.slopeIndex(a, options: .init(compatibility: .heat))
        expectClose(heat.estimate, GroupedRef.siiHeatA, rel: 1e-11, "SII heat")
        expectClose(try #require(heat.standardError), GroupedRef.siiSEHeatA, rel: 1e-9, "SII SE heat (0–1)")
        let fixed = try G.slopeIndex(a, options: levels)
        expectClose(fixed.estimate, GroupedRef.siiFractionalA, rel: 1e-11, "SII fractional")
        expectClose(try #require(fixed.standardError), 100 * GroupedRef.siiSEFractionalA, rel: 1e-9, "SII SE ×100")
        expectNormal(fixed, se: 100 * GroupedRef.siiSEFractionalA, "SII", rel: 1e-9)
        let whole = try G.slopeIndex(a, options: .init(logisticCounts: .wholeEvents))
        expectClose(whole.estimate, GroupedRef.siiWholeA, rel: 1e-11, "SII whole events (METHODS 44.905)")
        expectClose(try #require(whole.standardError), 100 * GroupedRef.siiSEWholeA, rel: 1e-9, "SII SE whole")
        let riiHeat = try G.relativeIndex(a, options: .init(compatibility: .heat))
        expectClose(riiHeat.estimate, GroupedRef.riiHeatA, rel: 1e-11, "RII heat")
        expectClose(try #require(riiHeat.standardError), GroupedRef.riiSEHeatA, rel: 1e-9, "RII SE heat")
        let rii = try G.relativeIndex(a, options: levels)
        expectClose(rii.estimate, GroupedRef.riiFractionalA, rel: 1e-11, "RII")
        let se = try #require(rii.standardError)
        expectClose(se, GroupedRef.riiSEFractionalA, rel: 1e-9, "RII SE of ln")
        let ci = try #require(rii.interval(at: 0.95))
        expectClose(ci.lower, rii.estimate * exp(-GroupedRef.z95 * se), rel: 1e-14, "RII lower")
        expectClose(ci.upper, rii.estimate * exp(GroupedRef.z95 * se), rel: 1e-14, "RII upper")
    }

    @Test func logisticOnDeciles() throws {
        let c = try GroupedRef.dataC
        let sii = try G.slopeIndex(c)
        expectClose(sii.estimate, GroupedRef.siiFractionalC, rel: 1e-11, "SII C")
        expectClose(try #require(sii.standardError), 1e5 * GroupedRef.siiSEFractionalC, rel: 1e-9, "SII SE C")
        let rii = try G.relativeIndex(c)
        expectClose(rii.estimate, GroupedRef.riiFractionalC, rel: 1e-11, "RII C")
        expectClose(try #require(rii.standardError), GroupedRef.riiSEFractionalC, rel: 1e-9, "RII SE C")
        let heat = try G.slopeIndex(c, options: .init(compatibility: .heat))
        expectClose(heat.estimate, GroupedRef.siiHeatC, rel: 1e-11, "SII heat C")
        expectClose(try #require(heat.standardError), GroupedRef.siiSEHeatC, rel: 1e-9, "SII SE heat C")
    }

    @Test func concentrationIndices() throws {
        let c = try GroupedRef.dataC
        let aci = try G.absoluteConcentrationIndex(c, options: levels)
        expectClose(aci.estimate, GroupedRef.aciC, rel: 1e-12, "ACI")
        expectClose(try #require(aci.standardError), GroupedRef.aciSEC, rel: 1e-10, "ACI SE")
        expectNormal(aci, se: try #require(aci.standardError), "ACI")
        let rci = try G.relativeConcentrationIndex(c)
        expectClose(rci.estimate, GroupedRef.rciC, rel: 1e-12, "RCI")
        expectClose(try #require(rci.standardError), GroupedRef.rciSEC, rel: 1e-10, "RCI SE")
        let w = try G.relativeConcentrationIndex(c, bounds: 0...2000, normalisation: .wagstaff)
        expectClose(w.estimate, GroupedRef.rciWagstaffC, rel: 1e-12, "Wagstaff")
        expectClose(try #require(w.standardError), GroupedRef.rciWagstaffSEC, rel: 1e-10, "Wagstaff SE")
        let e = try G.relativeConcentrationIndex(c, bounds: 0...2000, normalisation: .erreygers)
        expectClose(e.estimate, GroupedRef.rciErreygersC, rel: 1e-12, "Erreygers")
        expectClose(try #require(e.standardError), GroupedRef.rciErreygersSEC, rel: 1e-10, "Erreygers SE")
    }

    @Test func attributableMeasures() throws {
        let c = try GroupedRef.dataC
        // The reference q10 (least deprived, lowest rate) is better than μ for this adverse rate: not zeroed.
        let paf = try G.populationAttributableFraction(c, options: levels)
        expectClose(paf.estimate, GroupedRef.pafC, rel: 1e-13, "PAF")
        expectClose(try #require(paf.standardError), 100 * GroupedRef.pafFractionSEC, rel: 1e-12, "PAF SE ×100")
        expectNormal(paf, se: 100 * GroupedRef.pafFractionSEC, "PAF")
        let par = try G.populationAttributableRisk(c, options: levels)
        expectClose(par.estimate, GroupedRef.parC, rel: 1e-13, "PAR")
        expectClose(try #require(par.standardError), GroupedRef.parSEC, rel: 1e-12, "PAR SE")
        expectNormal(par, se: GroupedRef.parSEC, "PAR")
    }

    @Test func simpleAndVarianceMeasures() throws {
        let c = try GroupedRef.dataC
        let d = try G.difference(c, options: levels)
        expectClose(d.estimate, GroupedRef.dC, rel: 1e-15, "D")
        #expect(d.comparedSubgroups == ["q1", "q10"])  // adverse: most disadvantaged − most advantaged
        expectNormal(d, se: GroupedRef.dSEC, "D")
        let r = try G.ratio(c)
        expectClose(r.estimate, GroupedRef.rC, rel: 1e-15, "R")
        expectClose(try #require(r.standardError), GroupedRef.rLogSEC, rel: 1e-13, "R SE of ln")
        let bgv = try G.betweenGroupVariance(c, options: levels)
        expectClose(bgv.estimate, GroupedRef.bgvC, rel: 1e-12, "BGV")
        expectNormal(bgv, se: GroupedRef.bgvSEC, "BGV")
        let mld = try G.meanLogDeviation(c, options: levels)
        expectClose(mld.estimate, GroupedRef.mldC, rel: 1e-12, "MLD")
        expectNormal(mld, se: 1000 * GroupedRef.mldUnitSEC, "MLD")
        expectClose(try G.meanLogDeviation(c, options: .init(compatibility: .heat)).standardError ?? 0,
                    GroupedRef.mldUnitSEC, rel: 1e-12, "MLD SE heat")
        let ti = try G.theilIndex(c, options: levels)
        expectClose(ti.estimate, GroupedRef.tiC, rel: 1e-12, "TI")
        expectNormal(ti, se: 1000 * GroupedRef.tiUnitSEC, "TI")
    }

    @Test func simulatedMeasuresPointValues() throws {
        let c = try GroupedRef.dataC
        let o = GroupedOptions(replicates: 50)
        let expected: [(GroupedMeasure, Double)] = [
            (.bgsd, GroupedRef.bgsdC), (.cov, GroupedRef.covC), (.idisu, GroupedRef.idisuC),
            (.idisw, GroupedRef.idiswC), (.mdbu, GroupedRef.mdbuC), (.mdbw, GroupedRef.mdbwC),
            (.mdmu, GroupedRef.mdmuC), (.mdmw, GroupedRef.mdmwC), (.mdru, GroupedRef.mdruC), (.mdrw, GroupedRef.mdrwC),
        ]
        for (m, want) in expected {
            expectClose(try G.compute(m, c, options: o).estimate, want, rel: 1e-12, m.code)
        }
    }

    // ScotPHO: lm on √p-scaled data with confint (t, k − 2 df), SII = −β1 under `.scotpho`; PHE sign by default.
    @Test func scotpho() throws {
        let c = try GroupedRef.dataC
        let o = GroupedOptions(confidenceLevels: [0.95, 0.998], compatibility: .scotpho)
        let sii = try G.linearSlopeIndex(c, options: o)
        expectClose(sii.estimate, GroupedRef.scotphoSIIC, rel: 1e-12, "ScotPHO SII")
        expectClose(try #require(sii.standardError), GroupedRef.scotphoSIISEC, rel: 1e-10, "ScotPHO SII SE")
        expectClose(try #require(sii.interval(at: 0.95)).lower, GroupedRef.scotphoSIILower95C, rel: 1e-10, "lower 95")
        expectClose(try #require(sii.interval(at: 0.95)).upper, GroupedRef.scotphoSIIUpper95C, rel: 1e-10, "upper 95")
        expectClose(try #require(sii.interval(at: 0.998)).lower, GroupedRef.scotphoSIILower998C, rel: 1e-10, "lower 99.8")
        expectClose(try #require(sii.interval(at: 0.998)).upper, GroupedRef.scotphoSIIUpper998C, rel: 1e-10, "upper 99.8")
        let phe = try G.linearSlopeIndex(c, options: .init(confidenceLevels: [0.95]))
        #expect(phe.estimate == -sii.estimate)
        expectClose(try #require(phe.interval(at: 0.95)).lower, -GroupedRef.scotphoSIIUpper95C, rel: 1e-10, "PHE sign lower")
        let rii = try G.linearRelativeIndex(c, overallRate: 845.3, options: o)
        expectClose(rii.estimate, GroupedRef.scotphoRIIC, rel: 1e-12, "ScotPHO RII")
        expectClose(try #require(rii.interval(at: 0.95)).lower, GroupedRef.scotphoRIILower95C, rel: 1e-10, "RII lower")
        let riiInt = try G.linearRelativeIndexPercent(c, overallRate: 845.3, options: o)
        expectClose(riiInt.estimate, GroupedRef.scotphoRIIIntC, rel: 1e-12, "rii_int")
        let par = try G.attributableRiskPercent(c, options: o)
        expectClose(par.estimate, GroupedRef.scotphoPARC, rel: 1e-12, "ScotPHO PAR")
        expectClose(try G.absoluteRange(c, options: o).estimate, GroupedRef.absRangeC, rel: 1e-15, "abs range")
        expectClose(try G.relativeRange(c, options: o).estimate, GroupedRef.relRangeC, rel: 1e-15, "rel range")
    }
}
