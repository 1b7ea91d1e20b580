// MeasureSmallerPiecesTests: issue #17's smaller measures through `gapwise measure`: lasym, atkinson_ede, Schutz, sd, sum.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise measure: lasym, atkinson_ede, schutz, sd, sum")
struct MeasureSmallerPiecesTests {
    @Test func closedFormsThroughTheCommand() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        try "area,v\na,1\nb,2\nc,3\nd,10\n".write(to: d.appendingPathComponent("in.csv"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["measure", "in.csv", "--value", "v", "--reps", "0", "--format", "json",
                                   "--measure", "lasym,schutz_point,schutz_coefficient,atkinson_ede:1,sd,sum"], in: d)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        var got: [String: Double] = [:]
        for row in rows { got[row["measure"] as? String ?? "?"] = row["estimate"] as? Double }
        // 1, 2, 3, 10 (μ = 4): Lasym 1.25 (worked in LorenzAsymmetryTests); three of four below μ; above it only
        // 10, slope 2.5, C = 15; EDE(1) the geometric mean 60^(1/4); sd √((9 + 4 + 1 + 36)/3) = √(50/3); sum 16.
        #expect(abs(try #require(got["lasym"]) - 1.25) <= 1e-15)
        #expect(got["schutz_point"] == 0.75)
        #expect(abs(try #require(got["schutz_coefficient"]) - 15) <= 1e-13)
        #expect(abs(try #require(got["atkinson_ede:1"]) - pow(60, 0.25)) <= 1e-14)
        #expect(abs(try #require(got["sd"]) - (50.0 / 3).squareRoot()) <= 1e-14)
        #expect(got["sum"] == 16)
    }
}
