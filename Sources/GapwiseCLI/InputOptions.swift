// InputOptions: the shared input option group: --filter COLUMN=VALUE (repeatable), parsed by the library.
import ArgumentParser
import Gapwise

/// `--filter COLUMN=VALUE`, repeatable: rows are kept when every filtered column holds one of its values.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep only rows where COLUMN equals VALUE (repeatable, e.g. --filter year=2023). Filters on different columns must all hold; several values for one column keep a row holding any of them. Numbers match by value (2023 matches 2023.0).", valueName: "column=value"))
    var filter: [String] = []

    func validate() throws { _ = try filters() }

    /// The filters, in the order given.
    func filters() throws -> [RowFilter] {
        try filter.map { f in
            do { return try RowFilter.parse(f) } catch { throw ValidationError("--filter: \(error)") }
        }
    }

    /// The filter columns (to read along with the columns a job needs).
    var columns: [String] { ((try? filters()) ?? []).map(\.column) }
}
