// ReportSizeTests: the full-size report (Scotland + 32 councils x 12 indicators) renders and writes, timed.
import Foundation
import Testing
@testable import GapwiseReport
@_spi(Samples) import GapwiseReport

@Suite("Report: full size")
struct ReportSizeTests {
    /// Debug builds are several times slower than release; the 2-second target is measured in release by
    /// the EndToEnd benchmark suite (`report full size ...`). Here the full report must simply be complete (and the time is printed).
    @Test func scotlandAndThirtyTwoCouncilsWithTwelveIndicators() throws {
        let model = SyntheticReportModel.model()
        #expect(model.localities.count == 33)
        let dir = FileManagerTemp.path("full")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let clock = ContinuousClock()
        var result: ReportWriteResult?
        let t = try clock.measure { result = try ReportWriter.write(model, to: dir) }
        let r = try #require(result)
        print("Full report (debug build): \(r.fileCount) files, \(r.byteCount / 1_000_000) MB in \(t)")
        // Per area: 12 x (3 charts + 4 tables) + dot plot + communities table + overview + page = 88; plus 2.
        #expect(r.fileCount == 33 * 88 + 2)
        #expect(FileManagerTemp.files(under: dir).count == r.fileCount + 1)
    }
}
