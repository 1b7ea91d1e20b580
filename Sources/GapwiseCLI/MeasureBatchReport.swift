// MeasureBatchReport: `gapwise measure FILE... --output-dir DIR`: runs the batch, reports failures, sets the exit status.
import ArgumentParser
import Foundation
import Gapwise

enum MeasureBatchReport {
    /// Runs the batch; each failure is printed on standard error as it happens, then a summary; exit 1 if any failed.
    static func run(_ batch: MeasureBatch, files: [String]) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: batch.directory, isDirectory: &isDir), isDir.boolValue else {
            throw CLIParsing.fail("\(batch.directory): the output folder does not exist; create it first.")
        }
        if let (a, b) = batch.outputCollision(files) {
            throw ValidationError("\(a) and \(b) would both be written to \(batch.outputPath(for: a)); give inputs with different names.")
        }
        let failures = batch.run(files) { _, message in
            if let message { FileHandle.standardError.write(Data(("gapwise: " + message + "\n").utf8)) }
        }
        guard !failures.isEmpty else { return }
        var summary = "gapwise: \(failures.count) of \(files.count) file\(files.count == 1 ? "" : "s") failed (no output written for \(failures.count == 1 ? "it" : "them")):\n"
        for f in failures { summary += "  \(f.file)\n" }
        FileHandle.standardError.write(Data(summary.utf8))
        throw ExitCode.failure
    }
}
