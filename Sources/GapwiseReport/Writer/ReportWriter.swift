// ReportWriter: renders a ReportModel to its files (in parallel, deterministically) and writes them all-or-nothing.
import Foundation
import GapwiseIO
import GapwiseNumerics

/// What a written report consists of.
public struct ReportWriteResult: Sendable, Equatable {
    /// The output folder.
    public let directory: String
    /// The page to open: `directory/index.html`.
    public let indexPath: String
    /// Files written (pages, charts, tables; not counting the folder's marker file).
    public let fileCount: Int
    /// Bytes written.
    public let byteCount: Int
}

/// Renders and writes Gapwise reports: the entry point for wiring a command to the report.
///
/// A command adapts its results to the neutral model and writes it:
///
///     let model = ReportModel(
///         title: "Inequalities of outcome",
///         run: ReportRun(version: GapwiseInfo.version, inputs: [ReportInput(path: path, sha256: digest)],
///                          seed: seed, confidenceLevel: 0.95, settings: [ReportSetting("Quantiles", "SIMD quintiles")]),
///         localities: [scotland] + councils)          // ReportLocality values, Scotland first
///     let written = try ReportWriter.write(model, to: outDir, inputs: [path])
///     print("Open \(written.indexPath) in a browser")
///
/// `SyntheticReportModel.model()` shows a complete model of the full size.
public enum ReportWriter {
    /// Every file of the report for `model`, in a fixed order (see `ReportLayout`). Areas are rendered
    /// concurrently; each area's files depend only on the model, so the result is identical for any
    /// number of threads. Validates the model first.
    /// `numbers` is the number format of the CSV tables (full precision by default); the HTML tables are
    /// rounded for reading whatever it is.
    public static func render(_ model: ReportModel, numbers: NumberFormat = .full) throws(ReportError) -> [OutputFile] {
        try model.validate()
        let perArea = Parallel.map(model.localities.count, threads: ProcessInfo.processInfo.activeProcessorCount) { i in
            AreaPage(model: model, index: i, numbers: numbers).render()
        }
        var files: [OutputFile] = []
        files.reserveCapacity(perArea.reduce(0) { $0 + $1.count } + 2)
        for f in perArea { files.append(contentsOf: f) }
        files.append(OutputFile("tables/gaps.csv", text: ReportTables.allGaps(model).csv(numbers)))
        files.append(OutputFile("tables/run.csv", text: ReportTables.run(model.run).csv(numbers)))
        return files
    }

    /// Renders `model` and writes it to the folder `directory` all-or-nothing
    /// (`AtomicFileWriter.writeDirectory`): an existing report folder there is replaced whole.
    /// `inputs` are the files the run read; a folder containing one of them is refused.
    @discardableResult
    public static func write(_ model: ReportModel, to directory: String, inputs: [String] = [],
                             numbers: NumberFormat = .full) throws(ReportError) -> ReportWriteResult {
        let files = try render(model, numbers: numbers)
        do {
            try AtomicFileWriter.writeDirectory(files, to: directory, inputs: inputs)
        } catch {
            throw .output(error)
        }
        let dir = URL(fileURLWithPath: directory).standardizedFileURL.path
        return ReportWriteResult(directory: dir, indexPath: dir + "/index.html", fileCount: files.count,
                                 byteCount: files.reduce(0) { $0 + $1.data.count })
    }
}
