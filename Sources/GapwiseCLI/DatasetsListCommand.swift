// DatasetsListCommand: `gapwise datasets list [--format text|json]` prints the known datasets and their files.
import ArgumentParser
import Foundation
import Gapwise

struct DatasetsListCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the known datasets: files, sizes, rows, how each is obtained, and publisher and licence.")

    @Option(help: "Output format: text (a table) or json (the full manifests, with SHA-256, URLs and column roles).")
    var format: Format = .text

    func run() throws {
        let c = try DatasetsCommand.catalog()
        FileHandle.standardOutput.write(Data((format == .text ? DatasetListing.table(c) : DatasetListing.json(c)).utf8))
    }
}
