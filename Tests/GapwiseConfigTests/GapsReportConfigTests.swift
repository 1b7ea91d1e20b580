// GapsReportConfigTests: the `report:` section of a gaps batch config: keys read, and each error branch's message.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseConfig
import GapwiseReport

@Suite("Report: the report section of a batch config")
struct GapsReportConfigTests {
    static func config(_ report: String, ext: String = "yaml") throws -> String {
        let base = """
        input: data.csv
        rank: simd_rank
        locality: council
        indicators:
          - name: income
            numerator: income_count
            denominator: population

        """
        let p = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-reportcfg-\(UUID().uuidString).\(ext)").path
        try (base + report).write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }

    @Test func readsEveryKey() throws {
        let p = try Self.config("""
        report:
          title: "My title"
          period: "2020"
          area: dz
          area_name: dz_name
          locality_name: council_name
          worst: 3
          target_reps: 250
          indicator_names:
            income: "People income deprived"
        """)
        defer { try? FileManager.default.removeItem(atPath: p) }
        let (r, input, _) = try GapsReportConfig.load(p)
        #expect(input.hasSuffix("/data.csv"))
        #expect(r.title == "My title" && r.period == "2020" && r.area == "dz" && r.areaName == "dz_name")
        #expect(r.localityName == "council_name" && r.worst == 3 && r.targetReplicates == 250)
        #expect(r.indicatorNames == ["income": "People income deprived"])
        #expect(r.gaps.rank == "simd_rank" && r.gaps.locality == "council")
    }

    @Test func withoutASectionTheDefaultsHold() throws {
        let p = try Self.config("")
        defer { try? FileManager.default.removeItem(atPath: p) }
        let (r, _, _) = try GapsReportConfig.load(p)
        #expect(r.area == nil && r.worst == 5 && r.targetReplicates == 1_000 && r.title == "Inequalities of outcome")
    }

    @Test(arguments: [
        ("report:\n  bogus: 1\n", "unknown key \"report.bogus\""),
        ("report:\n  worst: 0\n", "\"report.worst\" must be a whole number of 1 or more"),
        ("report:\n  area: \"\"\n", "\"report.area\" must be a non-empty text"),
        ("report:\n  indicator_names:\n    nonesuch: x\n", "\"report.indicator_names.nonesuch\" names no indicator"),
        ("report: 3\n", "\"report\" must be a mapping"),
    ])
    func errorsNameTheFileAndTheKey(_ section: String, _ message: String) throws {
        let p = try Self.config(section)
        defer { try? FileManager.default.removeItem(atPath: p) }
        do {
            _ = try GapsReportConfig.load(p)
            Issue.record("no error for \(section)")
        } catch {
            #expect(error.description.contains(p) && error.description.contains(message), "\(error.description)")
        }
    }
}
