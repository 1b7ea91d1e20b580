// ReportSummaryOutcomesTests: the plain-words summary compares outcomes only; deprivation inputs are left out and labelled.
import Foundation
import Testing
@testable import GapwiseReport
import GapwiseAnalysis
import GapwiseIO
import GapwiseTestSupport

/// The shipped SIMD 2020v2 config on the real file, one small council (Orkney Islands, 29 zones) to keep
/// the run short. Which indicators are deprivation inputs is read here from the config's own text (the
/// `- name:` blocks holding `role: deprivation`), not from Gapwise's loader.
@Suite("Report: the summary leaves out the deprivation inputs (SIMD 2020v2)")
struct ReportSummaryOutcomesTests {
    static let config = SharedData.packageRoot.appendingPathComponent("datasets/configs/gaps_simd2020v2.yaml").path

    /// Indicator names per role, scanned from the YAML text line by line.
    static func rolesFromText() throws -> (inputs: [String], all: [String]) {
        var all: [String] = [], inputs: [String] = []
        for line in try String(contentsOfFile: config, encoding: .utf8).split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("- name: ") { all.append(String(t.dropFirst(8))) }
            if t == "role: deprivation" { inputs.append(all.last!) }
        }
        return (inputs, all)
    }

    @Test(.needsShared(ReportTargetingTests.relative)) func summaryComparesOutcomesAndNamesTheLeftOutInputs() throws {
        guard let (base, table, _) = try ReportTargetingTests.setup() else { return }
        let (inputs, all) = try Self.rolesFromText()
        #expect(inputs.count >= 5 && inputs.contains("income") && !inputs.contains("SMR_mean"))
        var request = base
        request.gaps.quantiles = [5]
        request.gaps.filters = [RowFilter(column: "Council_area", value: "Orkney Islands")]
        request.targetReplicates = 100
        let model = try GapsReportRunner.model(request, on: table, inputs: [], version: "test")
        #expect(model.localities.count == 2)  // the country (here the filtered rows) and Orkney
        for (n, area) in model.localities.enumerated() {
            #expect(area.indicators.count == all.count)
            let flagged = area.indicators.filter(\.isDeprivationInput)
            #expect(flagged.map(\.id) == inputs.map(GapsReportAdapter.slug))
            let outcomes = area.indicators.filter { !$0.isDeprivationInput }
            let sentences = PlainSummary.sentences(for: area, level: 0.95)
            // The widest-gaps sentence names outcomes only.
            let widest = try #require(sentences.first)
            #expect(widest.hasPrefix("Compared on the "), "\(widest)")
            for i in flagged { #expect(!widest.contains(i.name + " ("), "\(i.name) in: \(widest)") }
            #expect(outcomes.contains { widest.contains($0.name + " (") }, "\(widest)")
            // One sentence names every left-out input, in order.
            let left = sentences.filter { $0.hasPrefix("Left out of this summary: ") }
            #expect(left.count == 1)
            #expect(left.first?.hasPrefix("Left out of this summary: \(inputs.count) inputs of the deprivation index (\(PlainSummary.list(flagged.map(\.name))))") == true,
                    "\(left)")
            // The full page still shows every indicator, the inputs labelled.
            let pages = AreaPage(model: model, index: n).render().filter { $0.relativePath.hasSuffix(".html") }
            #expect(pages.count == 1)
            let page = String(decoding: try #require(pages.first).data, as: UTF8.self)
            let labels = page.components(separatedBy: "<strong>Deprivation input:</strong>").count - 1
            #expect(labels == inputs.count)
        }
    }
}
