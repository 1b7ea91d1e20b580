// CLIOutputs: a command's outputs written all-or-nothing, a failure naming the path and the flag that gave it.
import Foundation
import Gapwise

/// One output of a run: the flag that named its path (as the user typed it), the path (nil: standard
/// output) and the finished text.
struct CLIOutput {
    let flag: String
    let path: String?
    let text: String
}

extension CLIParsing {
    /// Writes every output of a run, or none: the outputs with a path go through `AtomicFileSetWriter`
    /// (every destination checked, every file staged, then all renamed), and only then are the others
    /// printed on standard output, in order. A failure names the path and its flag and exits with status 1;
    /// no file is written and nothing is printed.
    static func emit(_ outputs: [CLIOutput], inputs: [String]) throws {
        let files = outputs.compactMap { o in o.path.map { AtomicFileSetWriter.File(path: $0, text: o.text) } }
        do { try AtomicFileSetWriter.write(files, inputs: inputs) } catch {
            let path = error.path
            guard let flag = outputs.first(where: { $0.path == path })?.flag else { throw fail(error.description) }
            // "PATH: the folder ..." becomes "PATH (--lorenz): the folder ...".
            throw fail(path + " (\(flag))" + error.description.dropFirst(path.count))
        }
        for o in outputs where o.path == nil { FileHandle.standardOutput.write(Data(o.text.utf8)) }
    }

    /// Writes one output atomically to `path` (named by `flag`, `--output` unless said), or to standard output without a path.
    static func emit(_ text: String, to path: String?, flag: String = "--output", inputs: [String]) throws {
        try emit([CLIOutput(flag: flag, path: path, text: text)], inputs: inputs)
    }
}

extension OutputError {
    /// The output path the error is about.
    var path: String {
        switch self {
        case let .outputIsAnInput(p), let .folderMissing(p), let .systemFailure(p, _, _), let .folderNotReplaceable(p): return p
        }
    }
}

extension OutputOptions {
    /// The output flag as the user typed it: `--output`, or its other spelling `--out`.
    var outputFlag: String { CLIFlags.spelling("--output", alias: "--out") }
}
