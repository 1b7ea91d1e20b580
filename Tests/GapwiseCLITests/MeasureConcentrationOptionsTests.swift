// MeasureConcentrationOptionsTests: `measure --conc-interval analytic` and `--bounds LO,HI` end to end, with their errors.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise measure --conc-interval and --bounds")
struct MeasureConcentrationOptionsTests {
    func folder(_ text: String) throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-conc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        try text.write(to: d.appendingPathComponent("in.csv"), atomically: true, encoding: .utf8)
        return d
    }
    static let three = "area,y,rank,pop\na,1,1,10\nb,2,2,20\nc,6,3,30\n"

    func json(_ r: CLIResult) throws -> [String: Any] {
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        return try #require(rows.first)
    }

    // y = 1, 2, 6 ranked 1, 2, 3: C = 10/27, var = 302/59049 (worked in ConcentrationIndexVarianceTests);
    // 95% limits C ∓ 1.959963984540054·se.
    @Test func analyticInterval() throws {
        let d = try folder(Self.three)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "in.csv", "--value", "y", "--rank-by", "rank", "--measure", "conc",
                                   "--conc-interval", "analytic", "--format", "json"], in: d)
        #expect(r.status == 0, "\(r.stderr)")
        let row = try json(r)
        let c = 10.0 / 27, se = (302.0 / 59049).squareRoot(), z = 1.959963984540054
        #expect(abs((row["estimate"] as? Double ?? .nan) - c) <= 1e-15)
        #expect(abs((row["se"] as? Double ?? .nan) - se) <= 1e-14)
        #expect(abs((row["lower"] as? Double ?? .nan) - (c - z * se)) <= 1e-14)
        #expect(abs((row["upper"] as? Double ?? .nan) - (c + z * se)) <= 1e-14)
        #expect((row["method"] as? String ?? "").contains("Kakwani"))
    }

    @Test func analyticRefusesPopulationWeights() throws {
        let d = try folder(Self.three)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "in.csv", "--value", "y", "--rank-by", "rank", "--measure", "conc",
                                   "--population", "pop", "--conc-interval", "analytic"], in: d)
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error: the analytic variance of the concentration index (Kakwani et al. 1997) is for unweighted areas: leave out --population or use the bootstrap interval."), "\(r.stderr)")
    }

    @Test func analyticNeedsAConcentrationIndex() throws {
        let d = try folder(Self.three)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "in.csv", "--value", "y", "--measure", "gini", "--conc-interval", "analytic"], in: d)
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error: --conc-interval analytic applies to the concentration indices (conc, conc_generalised, conc_wagstaff, conc_erreygers), and none is requested."), "\(r.stderr)")
    }

    // Bounds [0, 10]: Erreygers 4μ/(b − a)·C = 1.2·10/27 = 4/9; Wagstaff C(b − a)μ/((b − μ)(μ − a)) = 100/189.
    @Test func boundsReplaceZeroToOne() throws {
        let d = try folder(Self.three)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "in.csv", "--value", "y", "--rank-by", "rank", "--measure", "conc_erreygers,conc_wagstaff",
                                   "--bounds", "0,10", "--reps", "0", "--format", "json"], in: d)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(abs((rows[0]["estimate"] as? Double ?? .nan) - 4.0 / 9) <= 1e-15)
        #expect(abs((rows[1]["estimate"] as? Double ?? .nan) - 100.0 / 189) <= 1e-15)
    }

    @Test func boundsOutOfOrder() throws {
        let d = try folder(Self.three)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "in.csv", "--value", "y", "--rank-by", "rank", "--measure", "conc_erreygers", "--bounds", "10,0"], in: d)
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error: --bounds \"10,0\": the lower bound must be below the upper."), "\(r.stderr)")
    }

    @Test func boundsNotTwoNumbers() throws {
        let d = try folder(Self.three)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "in.csv", "--value", "y", "--rank-by", "rank", "--measure", "conc_wagstaff", "--bounds", "0-100"], in: d)
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error: --bounds \"0-100\" is not two numbers LO,HI (e.g. 0,100)."), "\(r.stderr)")
    }

    @Test func boundsWithoutABoundedIndex() throws {
        let d = try folder(Self.three)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "in.csv", "--value", "y", "--rank-by", "rank", "--measure", "conc", "--bounds", "0,10"], in: d)
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error: --bounds applies to conc_wagstaff and conc_erreygers, and neither is requested."), "\(r.stderr)")
    }

    @Test func valueOutsideTheBoundsNamesItsRow() throws {
        let d = try folder(Self.three)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "in.csv", "--value", "y", "--rank-by", "rank", "--measure", "conc_erreygers", "--bounds", "0,5", "--reps", "0"], in: d)
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: in.csv:4:y: 6 is outside the bounds [0, 5] that conc_erreygers declares for the variable.\n", "\(r.stderr)")
    }
}
