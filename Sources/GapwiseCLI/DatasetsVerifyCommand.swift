// DatasetsVerifyCommand: `gapwise datasets verify DIR` checks the dataset files already in a folder against the manifests.
import ArgumentParser
import Foundation
import Gapwise

struct DatasetsVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the dataset files in a folder against the manifests' sizes and SHA-256.",
        discussion: """
        Prints one line per known file found in DIR (with --dataset, per file of that dataset, missing ones \
        included). Exits with status 1 if any file present is not the recorded bytes, if no known file is \
        found, or (with --dataset) if one of that dataset's files is missing.
        """)

    @Argument(help: "The folder holding the downloaded files.")
    var directory: String

    @Option(help: "Check only this dataset, and require all its files.")
    var dataset: String?

    func run() throws {
        let c = try DatasetsCommand.catalog()
        let results: [VerifiedFile]
        do throws(DatasetError) {
            var manifests = c.manifests
            if let dataset { manifests = [try c.manifest(named: dataset)] }
            results = try DatasetVerifier.verify(directory: directory, manifests: manifests)
        } catch {
            throw CLIParsing.fail(error.description)
        }
        let shown = dataset == nil ? results.filter { $0.status != .missing } : results
        for r in shown { print("\(r.dataset)  \(r.file.name)  \(r.message)") }
        if shown.isEmpty { throw CLIParsing.fail("\(directory): none of the known dataset files is in this folder.") }
        let bad = shown.filter { $0.status.isFailure || $0.status == .missing }
        if !bad.isEmpty {
            throw CLIParsing.fail("\(bad.count) of \(shown.count) files are missing or not the recorded bytes: "
                                  + bad.map { "\($0.path): \($0.message)" }.joined(separator: "; "))
        }
    }
}
