// RicciSchutzTests: the Ricci–Schutz (Pietra) index against R ineq and mpmath; Lorenz identity, properties, errors.
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Ricci–Schutz")
struct RicciSchutzTests {
    // R ineq 0.2-13 RS(x) (running value, 15 digits).
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineq() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let run = try #require((c["expected"] as? [String: [String: Any]])?["by_running_ineq_0.2-13"])
        expectClose(try Inequality.ricciSchutz(x).estimate, try number(run["RS"]), rel: 1e-12, "RS")
    }

    // mpmath 50 digits (generate_reference.py).
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.ricciSchutz(r.y, weights: r.w).estimate, r.ricciSchutzW, rel: 1e-14, "weighted")
    }

    // RS is the largest gap p − L(p) between the diagonal and the Lorenz curve (PySAL Schutz.distance).
    @Test func equalsTheLargestLorenzGap() throws {
        let r = MPMathReference.self
        let l = try Inequality.lorenz(r.y, weights: r.w)
        let gap = zip(l.populationShare, l.valueShare).map { $0 - $1 }.max()!
        expectClose(try Inequality.ricciSchutz(r.y, weights: r.w).estimate, gap, rel: 1e-14, "max(p − L)")
    }

    @Test func closedForms() throws {
        #expect(try Inequality.ricciSchutz([4, 4]).estimate == 0)
        expectClose(try Inequality.ricciSchutz([0, 0, 0, 4]).estimate, 0.75, rel: 1e-15, "one holds all")
    }

    @Test func properties() throws {
        try checkProperties("ricci_schutz", seed: 0xC4, has: .relative) {
            try Inequality.ricciSchutz($0, weights: $1).estimate
        }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "ricci_schutz", index: 1, value: -2),
                    message: "ricci_schutz: value 2 is -2.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.ricciSchutz([5, -2])
        }
    }
}
