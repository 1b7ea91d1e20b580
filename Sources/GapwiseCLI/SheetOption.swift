// SheetOption: `--sheet NAME`, the worksheet of an .xlsx input, shared by every command that reads an input file.
import ArgumentParser

struct SheetOption: ParsableArguments {
    @Option(help: "For an .xlsx input: the worksheet to read, by its tab name (default: the first sheet).")
    var sheet: String?
}
