// DatasetsCommand: `gapwise datasets list|fetch|verify`: the official sources Gapwise knows, downloaded and checked.
import ArgumentParser
import Foundation
import Gapwise

struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List, download and verify the official open datasets Gapwise is validated against.",
        discussion: """
        Each dataset has a manifest (compiled in; the same files are in datasets/manifests of the source): \
        publisher, licence, download URL, the SHA-256 and size of every file, and what each column holds. \
        `fetch` writes a file only after its size and SHA-256 match; `verify` checks files already on disk.
        """,
        subcommands: [DatasetsListCommand.self, DatasetsFetchCommand.self, DatasetsVerifyCommand.self])

    /// Loads the built-in catalogue, failing with a message if a compiled-in manifest is broken.
    static func catalog() throws -> DatasetCatalog {
        do { return try DatasetCatalog.builtIn() } catch { throw CLIParsing.fail(error.description) }
    }
}
