// BadInputTests: the committed bad-input corpus (BadInputs/): each file's exact message, exit status and no output.
import Foundation
import Testing
import GapwiseTestSupport

/// One bad input: a file of `BadInputs/`, the command line run on it, and what must come back.
/// Adding a case is one file in `BadInputs/` and one line in `BadInputCorpus.cases`.
struct BadInput: Sendable, CustomTestStringConvertible {
    let file: String
    /// The command line, `FILE` standing for the corpus file (run from inside `BadInputs/`).
    let command: String
    let status: Int32
    /// The whole standard error.
    let message: String

    init(_ file: String, _ command: String, _ status: Int32 = 1, _ message: String) {
        self.file = file
        self.command = command
        self.status = status
        self.message = message
    }

    var arguments: [String] { command.split(separator: " ").map { $0 == "FILE" ? file : String($0) } }
    var testDescription: String { "\(file): gapwise \(command)" }
}

enum BadInputCorpus {
    static var directory: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BadInputs") }

    static let cases: [BadInput] = [
        .init("ragged_row.csv", "measure FILE --value rate --measure gini", 1,
              "gapwise: ragged_row.csv:3: the row has 3 fields but the header has 4 columns"),
        .init("ragged_row.csv", "inspect FILE", 1, "ragged_row.csv:3: the row has 3 fields but the header has 4 columns"),
        .init("unterminated_quote.csv", "measure FILE --value rate --measure gini", 1,
              "gapwise: unterminated_quote.csv:3:council: a quoted field opened on this row is never closed"),
        .init("unterminated_quote.csv", "inspect FILE", 1, "unterminated_quote.csv:3:council: a quoted field opened on this row is never closed"),
        .init("invalid_utf8.csv", "measure FILE --value rate --by name --measure gini", 1,
              "gapwise: invalid_utf8.csv:3:name: the field is not valid UTF-8 text (re-save the file as UTF-8)"),
        .init("invalid_utf8.csv", "inspect FILE", 1, "invalid_utf8.csv:3:name: the field is not valid UTF-8 text (re-save the file as UTF-8)"),
        .init("header_only.csv", "measure FILE --value rate --measure gini", 1,
              "gapwise: header_only.csv: the file has a header row but no data rows; there is nothing to measure."),
        .init("empty.csv", "measure FILE --value rate --measure gini", 1,
              "gapwise: empty.csv: the file is empty; a header row naming the columns is required"),
        .init("empty.csv", "inspect FILE", 1, "empty.csv: the file is empty; a header row naming the columns is required"),
        .init("duplicate_column.csv", "measure FILE --value rate --measure gini", 1,
              "gapwise: duplicate_column.csv:1: the column name \"rate\" appears twice in the header row (columns 2 and 4)"),
        .init("duplicate_column.csv", "inspect FILE", 1, "duplicate_column.csv:1: the column name \"rate\" appears twice in the header row (columns 2 and 4)"),
        .init("missing_column.csv", "measure FILE --value rate --measure gini", 1,
              "gapwise: missing_column.csv: there is no column named \"rate\" (the columns are: area, council, pop)"),
        .init("missing_column.csv", "measure FILE --value Pop --measure gini", 1,
              "gapwise: missing_column.csv: there is no column named \"Pop\" (did you mean \"pop\"?) (the columns are: area, council, pop)"),
        .init("duplicate_area.csv", "measure FILE --value rate --area area --measure gini", 1,
              "gapwise: duplicate_area.csv:4:area: \"S01006506\" repeats the area code of row 2; each area must appear once."),
        .init("unknown_area_code.csv", "measure FILE --value rate --area area --measure gini", 1,
              "gapwise: unknown_area_code.csv:3:area: \"S01X06507\" is not an area code: a GSS code is a letter E, W, S, N, K, L or M followed by 8 digits."),
        .init("unknown_area_kind.csv", "measure FILE --value rate --area area --measure gini", 1,
              "gapwise: unknown_area_kind.csv:3:area: \"S99006507\" has entity type S99, which is not a kind of area Gapwise knows (S01, S02, S08, S12, S37, S92, E01, E02, E06, E07, E08, E09, E92, W01, W02, W06, W92)."),
        .init("duplicate_subgroup.csv", "measure FILE --subgroup quintile --value rate --se se --population pop --measure d", 1,
              "gapwise: duplicate_subgroup.csv:4:quintile: \"2\" names the same subgroup as row 3; each subgroup must appear once."),
        .init("non_numeric.csv", "measure FILE --value rate --measure gini", 1, "gapwise: non_numeric.csv:3:rate: \"low\" is not a number"),
        .init("nan_spelled.csv", "measure FILE --value rate --measure gini", 1,
              "gapwise: nan_spelled.csv:3:rate: \"NaN\" is not a number: NaN and infinity are not values; leave the field blank or write NA where a value is missing"),
        .init("inf_spelled.csv", "measure FILE --value rate --measure gini", 1,
              "gapwise: inf_spelled.csv:4:rate: \"Inf\" is not a number: NaN and infinity are not values; leave the field blank or write NA where a value is missing"),
        .init("negative_population.csv", "measure FILE --value rate --population pop --measure gini", 1,
              "gapwise: negative_population.csv:3:pop: -650 is negative; a population cannot be negative."),
        .init("negative_count.csv", "measure FILE --numerator deaths --denominator pop --measure rate", 1,
              "gapwise: negative_count.csv:3:deaths: -3 is negative; counts cannot be negative."),
        .init("numerator_above_denominator.csv", "measure FILE --numerator smokers --denominator adults --measure proportion", 1,
              "gapwise: numerator_above_denominator.csv:3:smokers: 700 is above its denominator 650 in adults."),
        .init("zero_for_logarithm.csv", "measure FILE --value rate --measure theil_l", 1,
              "gapwise: zero_for_logarithm.csv:3:rate: 0 is not allowed by theil_l: the mean log deviation takes the logarithm of every value, so every value must be greater than zero."),
        .init("negative_for_logarithm.csv", "measure FILE --value rate --measure atkinson:1", 1,
              "gapwise: negative_for_logarithm.csv:4:rate: -7.4 is negative, but atkinson:1 is defined only for values that are zero or more."),
        .init("single_group.csv", "measure FILE --subgroup quintile --order quintile --value rate --se se --population pop --measure sii", 1,
              "gapwise: single_group.csv: sii for all rows: sii needs an ordered dimension with more than 2 groups; there is 1 subgroup. Each row of a group is one subgroup, named in column quintile."),
        .init("all_groups_zero.csv", "measure FILE --subgroup quintile --order quintile --value rate --se se --population pop --measure r", 1,
              "gapwise: all_groups_zero.csv: r for all rows: r: the estimate of '5' is zero, so the ratio is undefined."),
        .init("huge_values.csv", "measure FILE --value rate --measure gini", 1,
              "gapwise: huge_values.csv:3:rate: gini: the weighted sum of the values passes the largest double-precision number (about 1.8e308) at this row; rescale the column (e.g. divide by 1,000) so that sums stay finite."),
        .init("huge_population.csv", "measure FILE --value rate --population pop --measure theil_t", 1,
              "gapwise: huge_population.csv:3:pop: theil_t: the total weight passes the largest double-precision number (about 1.8e308) at this row; rescale the column (e.g. divide by 1,000) so that sums stay finite."),
        .init("huge_squares.csv", "measure FILE --value rate --measure cv --reps 0", 1,
              "gapwise: huge_squares.csv: cv for all rows: cv: the result overflows: it passes the largest double-precision number (about 1.8e308); rescale the values (e.g. divide by 1,000)."),
        .init("decimal_comma.csv", "measure FILE --value rate --measure gini", 1,
              "gapwise: decimal_comma.csv:3:rate: \"9,1\" is not a number: the decimal mark must be a point (9.1); decimal commas are not read"),
    ]

    /// Command-line misuse: the argument parser's usage error, exit status 64 (EX_USAGE), nothing read or written.
    static let misuse: [BadInput] = [
        .init("good.csv", "measure FILE --value rate --measure nonsense", 64, "Error: unknown measure \"nonsense\"; known measures: "),
        .init("good.csv", "measure FILE --value rate --measure gnii", 64, "Error: unknown measure \"gnii\" (did you mean \"gini\"?); known measures: "),
        .init("good.csv", "measure FILE --value rate --numerator rate --denominator pop --measure gini", 64,
              "Error: give either --value or --numerator with --denominator, not both."),
        .init("good.csv", "measure FILE --value rate", 64, "Error: Missing expected argument '--measure <measure>'"),
        .init("good.csv", "measure FILE --measure gini", 64, "Error: give the area values: --value COL, or --numerator COL with --denominator COL."),
        .init("good.csv", "measure FILE --value rate --measure gini --output-dir . --output out.csv", 64,
              "Error: --output and --output-dir cannot be used together: --output names one file, --output-dir a folder for one file per input."),
        .init("good.csv", "measure FILE ragged_row.csv --value rate --measure gini", 64,
              "Error: several input files need --output-dir DIR (one result file per input)."),
        .init("good.csv", "measure FILE --value rate --measure gini --reps 5", 64, "Error: --reps must be 0 (no intervals) or at least 100."),
        .init("good.csv", "measure FILE --value rate --measure gini --confidence 95", 64,
              "Error: --confidence 95 is not a level strictly between 0 and 1 (write 0.95, not 95)."),
        .init("good.csv", "measure FILE --value rate --measure gini --level 95", 64,
              "Error: --level 95 is not a level strictly between 0 and 1 (write 0.95, not 95)."),
        .init("good.csv", "gaps FILE --rank rate --indicator rate --level 95", 64,
              "Error: --level 95 is not a level strictly between 0 and 1 (write 0.95, not 95)."),
        .init("good.csv", "measure FILE --value rate --measure phe_sii --subgroup area", 64,
              "Error: phe_sii and phe_rii need each quantile's uncertainty: --se COL, or --lower COL with --upper COL (95% limits)."),
        .init("good.csv", "inspect FILE --format xml", 64, "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' and 'json'."),
        .init("good.csv", "sample --seed abc", 64, "Error: The value 'abc' is invalid for '--seed <seed>'"),
    ]
}

@Suite("Bad inputs: exact message, exit status, no output")
struct BadInputTests {
    /// A fresh folder holding an old output file, to show that a failed run neither writes nor removes anything.
    func outputFolder() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        try "old result\n".write(to: d.appendingPathComponent("out.csv"), atomically: true, encoding: .utf8)
        return d
    }

    @Test(arguments: BadInputCorpus.cases)
    func badInput(_ c: BadInput) throws {
        let out = try outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("out.csv").path
        let args = c.arguments + (c.arguments.first == "measure" ? ["--output", target] : [])
        let r = try CLIRunner.run(args, in: BadInputCorpus.directory)
        #expect(r.status == c.status)
        #expect(r.stderr == c.message + "\n")
        #expect(r.stdout.isEmpty)
        // No partial output: the old file is untouched and no temporary file is left beside it.
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old result\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["out.csv"])
    }

    /// Run from a fresh empty folder (never the source tree), the corpus files named by absolute path: the
    /// misuse writes nothing there (`--output-dir .` included) and leaves the corpus folder as it was.
    @Test(arguments: BadInputCorpus.misuse)
    func misuse(_ c: BadInput) throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-misuse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let corpus = Set(try FileManager.default.contentsOfDirectory(atPath: BadInputCorpus.directory.path))
        let args = c.arguments.map { corpus.contains($0) ? BadInputCorpus.directory.appendingPathComponent($0).path : $0 }
        let r = try CLIRunner.run(args, in: work)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty, "the misuse wrote into its working folder")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: BadInputCorpus.directory.path)) == corpus)
        #expect(r.status == c.status)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix(c.message) == true, "\(r.stderr)")
        #expect(lines.contains { $0.hasPrefix("Usage: gapwise \(c.arguments[0])") }, "the subcommand's usage line: \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("every corpus file is used by a case, and every case's file exists")
    func corpusIsComplete() throws {
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: BadInputCorpus.directory.path))
        let used = Set((BadInputCorpus.cases + BadInputCorpus.misuse).map(\.file)).union(["all_groups_equal.csv"])
        #expect(used.subtracting(files).isEmpty, "missing files: \(used.subtracting(files))")
        #expect(files.subtracting(used).isEmpty, "files without a case: \(files.subtracting(used))")
    }

    @Test("a header-only file is reported by inspect as 0 rows (an inspection, not a measurement)")
    func headerOnlyInspect() throws {
        let r = try CLIRunner.run(["inspect", "header_only.csv", "--format", "json"], in: BadInputCorpus.directory)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("{\"file\": \"header_only.csv\", \"rows\": 0,"))
    }

    @Test("all subgroups equal is perfect equality, not an error: differences 0, ratios 1, exactly")
    func allGroupsEqual() throws {
        let r = try CLIRunner.run(["measure", "all_groups_equal.csv", "--subgroup", "quintile", "--order", "quintile",
                                   "--value", "rate", "--se", "se", "--population", "pop", "--reference", "3",
                                   "--measure", "d,r,paf,par,bgv,idisu,idisw,mdbu,mdmw,mld,ti,abs_range,rel_range"],
                                  in: BadInputCorpus.directory)
        #expect(r.status == 0, "\(r.stderr)")
        let estimates = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).map(String.init) }
        let want = ["d": "0", "r": "1", "paf": "0", "par": "0", "bgv": "0", "idisu": "0", "idisw": "0", "mdbu": "0",
                    "mdmw": "0", "mld": "0", "ti": "0", "abs_range": "0", "rel_range": "1"]
        #expect(estimates.count == want.count)
        for e in estimates { #expect(want[e[0]] == e[1], "\(e)") }
    }
}
