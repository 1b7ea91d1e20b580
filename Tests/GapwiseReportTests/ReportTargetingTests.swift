// ReportTargetingTests: the report ranks communities on outcomes, with the gaps' invalid-area rule, on the real SIMD 2020v2 file.
import Foundation
import Testing
@testable import GapwiseReport
import GapwiseAnalysis
import GapwiseConfig
import GapwiseIO
import GapwiseTestSupport

/// The shipped SIMD 2020v2 config marks the income, employment, crime, housing and access inputs
/// `role: deprivation`; the outcomes left are the 7 health and 5 education indicators. Every expected
/// count below is computed here from the file's own cells (PROVENANCE.md lists the missing markers).
@Suite("Report: targeting on outcomes (SIMD 2020v2)")
struct ReportTargetingTests {
    static let relative = "data/simd2020v2_withinds/simd2020_withinds.csv"
    static let outcomes = ["CIF_mean", "ALCOHOL_mean", "DRUG_mean", "SMR_mean", "DEPRESS_mean", "LBWT_mean", "EMERG_mean",
                           "Attendance_mean", "Attainment_mean", "no_qualifications_mean", "not_participating_mean", "University_mean"]

    static func setup() throws -> (GapsReportRequest, CSVTable, TestTable)? {
        let url = try SharedData.require(relative)
        var (request, _, _) = try GapsReportConfig.load(SharedData.packageRoot.appendingPathComponent("datasets/configs/gaps_simd2020v2.yaml").path)
        request.targetReplicates = 200
        var options = CSVReadOptions()
        let cols = request.columns
        options.columns = cols.numeric + cols.other
        for c in cols.numeric { options.columnTypes[c] = .number }
        return (request, try CSVReader.read(file: url.path, options: options), try TestTable(contentsOf: url))
    }

    @Test(.needsShared(Self.relative)) func defaultRankingUsesTheOutcomesOnly() throws {
        guard let (request, _, _) = try Self.setup() else { return }
        let t = try #require(request.targetRequest(latestYear: nil))
        #expect(t.indicators.map(\.name) == Self.outcomes)
        #expect(t.indicators.allSatisfy { if case .value(_, nil) = $0.source { return true } else { return false } })
        var named = request
        named.targetIndicators = ["SMR_mean", "income"]
        #expect(named.targetRequest(latestYear: nil)?.indicators.map(\.name) == ["SMR_mean", "income"])
        named.targetIndicators = ["nope"]
        #expect(throws: AnalysisError.invalidRequest("the communities are to be ranked on \"nope\", which is not an indicator of the run (indicators: \(request.gaps.indicators.map(\.name).joined(separator: ", "))).")) {
            try named.validate()
        }
    }

    @Test(.needsShared(Self.relative)) func zonesExcludedFromTheGapsAreExcludedFromTheRanking() throws {
        guard let (request, table, file) = try Self.setup() else { return }
        let codes = file.column("Data_Zone")
        let num = { (c: String) in file.column(c).map { Double($0) } }
        let pop = num("Total_population"), work = num("Working_Age_population")
        let over = num("overcrowded_count"), emp = num("employment_count")
        let overIdx = codes.indices.filter { over[$0]! > pop[$0]! }
        let empIdx = codes.indices.filter { emp[$0]! > work[$0]! }
        #expect(overIdx.map { codes[$0] }.contains("S01010207"))  // 374 overcrowded of 288 people
        let (rows, causes) = GapsReportRunner.usableRows(table, gaps: request.gaps)
        #expect(causes.map(\.cause) == ["a count above its denominator in employment", "a count above its denominator in overcrowded"])
        #expect(causes.map(\.count) == [empIdx.count, overIdx.filter { !empIdx.contains($0) }.count])
        #expect(rows.rowCount == 6976 - Set(overIdx + empIdx).count)

        let t = try #require(request.targetRequest(latestYear: nil))
        let report = try TargetAnalysis.run(t, on: rows)
        #expect(!report.areas.contains { $0.area == "S01010207" })
        // Missing values: counted per indicator over the ranked rows, never read as 0; partial areas flagged.
        let kept = codes.indices.filter { !overIdx.contains($0) && !empIdx.contains($0) }
        let columns = ["CIF", "ALCOHOL", "DRUG", "SMR", "DEPRESS", "LBWT", "EMERG", "Attendance", "Attainment",
                       "no_qualifications", "not_participating", "University"]
        let missing = columns.map { c in kept.filter { Double(file.column(c)[$0].replacingOccurrences(of: "%", with: "")) == nil }.count }
        #expect(report.settings.missing == missing)
        #expect(missing[7] >= 565)  // Attendance: 565 suppressed ('*') in the file, PROVENANCE.md
        let gone = { (r: Int, c: String) in Double(file.column(c)[r].replacingOccurrences(of: "%", with: "")) == nil }
        let none = kept.filter { r in columns.allSatisfy { gone(r, $0) } }
        let partial = kept.filter { r in columns.contains { gone(r, $0) } && !none.contains(r) }
        let flagged = report.areas.filter { $0.flags.contains { $0.hasPrefix("scored_on_") } }
        #expect(flagged.count == partial.count && !partial.isEmpty)
        #expect(report.settings.leftOut == none.map { codes[$0] })
        #expect(report.areas.count == kept.count - none.count)
        // No indicator carries a sampling error: said, and no area is called significantly worse.
        #expect(report.settings.withoutSamplingError == Self.outcomes)
        #expect(report.areas.allSatisfy { !$0.flags.contains("worse_than_both") })
    }
}
