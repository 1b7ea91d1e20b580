// MeasureValueTypeTests: `measure --value-type rate|proportion` without `--transform`, where the value type sets the scale of each quantile's standard error.
import Foundation
import Testing
import GapwiseTestSupport

/// PHEindicatormethods' testdata_SII.xlsx (phe_sii_*_no_transform.json) gives each quantile's standard error
/// in its `se` column on the value type's simulation scale (METHODS.md, phe_sii step 3: log for rates, logit for
/// proportions; e.g. area1 quantile 1 of the proportion case: (logit 0.216476 − logit 0.207830)/3.919928 = 0.013197).
/// Given that SE, the value type decides how wide the simulated limits are, while the point estimates (a
/// least-squares fit of the untransformed values) do not depend on it.
///
/// Tolerance: the limits are Monte-Carlo order statistics (PHE's 100,000 repetitions; here 100,000, seeded).
/// The 2.5% order statistic of 100,000 draws has a standard deviation of about 0.45% of the distance from the
/// estimate, so the two simulations' distances agree within 3% of PHE's distance (about 5 combined standard
/// deviations). A wrong scale is far outside it (computed with an independent numpy simulation of PHE's
/// scheme): the rate case read as normal values gives distances 4 times too short, the proportion case read
/// as rates 11–23% too long and as normal values 7–12 times too long.
@Suite("gapwise measure --value-type without --transform: PHE's limits from the published SEs")
final class MeasureValueTypeTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-measure-value-type-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static func numbers(_ any: Any?) throws -> [Double] {
        try #require(any as? [Any]).map { try #require(($0 as? NSNumber)?.doubleValue) }
    }

    /// The case's quantiles as CSV with the published per-quantile SE.
    func file(_ input: [String: Any]) throws -> String {
        let area = try #require(input["area"] as? [String])
        let q = try Self.numbers(input["quantile"]), pop = try Self.numbers(input["population"])
        let v = try Self.numbers(input["value"]), se = try Self.numbers(input["se"])
        var text = "area,quantile,population,value,se\n"
        for i in area.indices { text += "\(area[i]),\(Int(q[i])),\(pop[i]),\(v[i]),\(se[i])\n" }
        let path = folder.appendingPathComponent("\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the published SEs read on the rate (log) or proportion (logit) scale reproduce PHE's SII and RII limits",
          .needsShared("validation/phe_sii_rate_no_transform.json", "validation/phe_sii_proportion_no_transform.json"),
          arguments: [("phe_sii_rate_no_transform.json", "rate"), ("phe_sii_proportion_no_transform.json", "proportion")])
    func limitsFromPublishedSEs(_ file: String, _ valueType: String) throws {
        let c = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: try SharedData.require("validation/\(file)"))) as? [String: Any])
        let expected = try #require(c["expected"] as? [String: [String: Any]])
        let r = try CLIRunner.run(["measure", try self.file(try #require(c["input"] as? [String: Any])), "--by", "area",
                                   "--subgroup", "quantile", "--order", "quantile", "--value", "value", "--population", "population",
                                   "--se", "se", "--measure", "phe_sii,phe_rii", "--value-type", valueType,
                                   "--reps", "100000", "--seed", "11", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 4)
        for row in rows {
            let area = try #require(row["area"] as? String), m = try #require(row["measure"] as? String)
            let key = m == "phe_sii" ? "sii" : "rii", e = try #require(expected[area])
            let want = try #require((e[key] as? NSNumber)?.doubleValue)
            let got = try #require((row["estimate"] as? NSNumber)?.doubleValue)
            #expect(abs(got - want) <= 1e-10 * abs(want), "\(file) \(area) \(m): \(got), PHE \(want)")
            for side in ["lower", "upper"] {
                let limit = try #require((row[side] as? NSNumber)?.doubleValue)
                let published = try #require((e["\(key)_\(side)cl_1"] as? NSNumber)?.doubleValue)
                let distance = limit - got, peer = published - want
                #expect(abs(distance - peer) <= 0.03 * abs(peer),
                        "\(file) \(area) \(m) \(side): distance from the estimate \(distance), PHE's \(peer) (3%)")
            }
        }
    }
}
