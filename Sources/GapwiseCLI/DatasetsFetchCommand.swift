// DatasetsFetchCommand: `gapwise datasets fetch NAME --to DIR` downloads a dataset's files, verified, atomically.
import ArgumentParser
import Foundation
import Gapwise

struct DatasetsFetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download a dataset's files into a folder, verifying size and SHA-256 before each is moved into place.",
        discussion: """
        Each file is streamed into a temporary file in DIR and renamed to its published name only when its \
        size and SHA-256 equal the manifest's; otherwise nothing is left and the error says expected and got. \
        The files of one run are moved into place together, after every one has passed: a run that fails \
        on any file leaves the folder as it was. Files already in DIR with the right checksum are kept. Files published inside a zip archive are \
        extracted in-process (no `unzip` program is needed). Some reference copies were re-saved by third parties (see `datasets list`, \
        column fidelity): the publisher's current bytes may then differ and the download is refused.
        """)

    @Argument(help: "The dataset's name (see `gapwise datasets list`).")
    var name: String

    @Option(help: "The folder to write into (must exist).")
    var to: String

    @Option(help: "Fetch each file from MIRROR/<file name> instead of the publisher (e.g. a local copy served over HTTP).")
    var mirror: String?

    @Option(help: "Seconds without data before a transfer is abandoned.")
    var timeout: Double = 60

    @Flag(help: "Replace a file already in the folder whose checksum is wrong (by default that is an error).")
    var replace = false

    func run() throws {
        let c = try DatasetsCommand.catalog()
        do throws(DatasetError) {
            let m = try c.manifest(named: name)
            let options = FetchOptions(mirror: mirror, timeout: timeout, replaceMismatched: replace)
            _ = try DatasetFetcher.fetch(m, to: to, options: options) { f in
                print("\(f.outcome.rawValue): \(f.path) (\(f.bytes) bytes, sha256 \(f.sha256)) from \(f.source)")
            }
        } catch {
            throw CLIParsing.fail(error.description)
        }
    }
}
