// CLIFlags: the command line's words for the library's request fields, so every message names the flag the user typed.
import Gapwise

enum CLIFlags {
    /// The flag that sets `field` (`levels` -> `--level`, `replicates` -> `--reps`); one spelling for every subcommand.
    static func name(_ field: RequestField) -> String {
        if let alias = typedAlias(field) { return alias }
        if let special = special[field] { return special }
        // camelCase property -> kebab-case flag: rankBy -> --rank-by.
        var flag = "--"
        for ch in field.rawValue {
            if ch.isUppercase { flag += "-" + ch.lowercased() } else { flag.append(ch) }
        }
        return flag
    }

    private static let special: [RequestField: String] = [
        .indicators: "--indicator", .measures: "--measure", .levels: "--level", .replicates: "--reps",
        .standardError: "--se", .indicatorSpec: "--indicator", .longLayout: "--long",
    ]

    /// Earlier spellings still accepted, by field: a message names the alias when that is what the user typed.
    private static let aliases: [RequestField: [String]] = [.levels: ["--confidence"]]

    private static func typedAlias(_ field: RequestField) -> String? {
        guard let spellings = aliases[field] else { return nil }
        let args = CommandLine.arguments.dropFirst()
        let typed: (String) -> Bool = { flag in args.contains { $0 == flag || $0.hasPrefix(flag + "=") } }
        if let canonical = special[field], typed(canonical) { return nil }
        return spellings.first(where: typed)
    }

    /// A library error as the command line says it: request fields spelled as flags.
    static func message(_ error: AnalysisError) -> String { error.rendered(naming: name) }
}
