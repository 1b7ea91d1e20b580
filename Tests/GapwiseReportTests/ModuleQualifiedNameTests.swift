// ModuleQualifiedNameTests: the GapwiseReport module has no type of its own name, so its types can be module-qualified.
import GapwiseReport
import Testing
@_spi(Samples) import GapwiseReport

@Suite struct ModuleQualifiedNameTests {
    /// Compiles only while no type named `GapwiseReport` shadows the module (issue #18: it once did).
    @Test func reportTypesResolveThroughTheModuleName() throws {
        let model: GapwiseReport.ReportModel = GapwiseReport.SyntheticReportModel.model(seed: 1, localityCount: 2, indicatorCount: 1)
        let files = try GapwiseReport.ReportWriter.render(model)
        #expect(files.contains { $0.relativePath == "index.html" })
    }
}
