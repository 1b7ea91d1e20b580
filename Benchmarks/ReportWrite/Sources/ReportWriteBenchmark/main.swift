// ReportWriteBenchmark: the report for Scotland + 32 councils x 12 indicators, built and written, timed (release).
//
//   cd Benchmarks/ReportWrite && swift run -c release ReportWriteBenchmark [OUTPUT_FOLDER] [REPEATS]
//
// Prints the time to build the model, to render every file, and to render + write the folder all-or-nothing
// (AtomicFileWriter.writeDirectory: one syncfs, atomic swap of the old folder). Target: under 2 s.
import Foundation
import Gapwise

let args = CommandLine.arguments
let out = args.count > 1 ? args[1] : NSTemporaryDirectory() + "gapwise-report-benchmark"
let repeats = args.count > 2 ? Int(args[2]) ?? 5 : 5
let clock = ContinuousClock()

func seconds(_ d: Duration) -> String {
    let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    return String(format: "%.3f s", s)
}

var model: ReportModel!
let tModel = clock.measure { model = SyntheticReportModel.model() }
print("model: \(model.localities.count) areas x \(model.localities[0].indicators.count) indicators, "
      + "\(model.localities.compactMap { $0.communities?.communities.count }.reduce(0, +)) community rows; built in \(seconds(tModel))")

var best = Duration.seconds(1_000), bestRender = Duration.seconds(1_000)
var result: ReportWriteResult?
for i in 1...repeats {
    var files: [OutputFile] = []
    let r = try clock.measure { files = try ReportWriter.render(model) }
    let w = try clock.measure { result = try GapwiseReport.write(model: model, to: out) }
    bestRender = min(bestRender, r)
    best = min(best, w)
    print("run \(i): render \(seconds(r)) (\(files.count) files), render + write \(seconds(w))")
}
// Where the writing time goes: a fresh folder versus replacing an existing report folder.
let files = try ReportWriter.render(model)
let fresh = out + "-fresh"
try? FileManager.default.removeItem(atPath: fresh)
let tFresh = try clock.measure { try AtomicFileWriter.writeDirectory(files, to: fresh) }
let tReplace = try clock.measure { try AtomicFileWriter.writeDirectory(files, to: fresh) }
try? FileManager.default.removeItem(atPath: fresh)
print("write only: new folder \(seconds(tFresh)); replacing the old folder \(seconds(tReplace))")
if let result {
    print("best: render \(seconds(bestRender)); render + write \(seconds(best)) for \(result.fileCount) files, "
          + "\(result.byteCount / 1_000_000) MB -> \(result.indexPath)")
}
