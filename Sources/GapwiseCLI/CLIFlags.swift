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
        .standardError: "--se", .indicatorSpec: "--indicator", .longLayout: "--long", .filters: "--filter",
    ]

    /// Earlier spellings still accepted, by field: a message names the alias when that is what the user typed.
    private static let aliases: [RequestField: [String]] = [.levels: ["--confidence"], .multiplier: ["--scale"]]

    private static func typedAlias(_ field: RequestField) -> String? {
        guard let spellings = aliases[field] else { return nil }
        if let canonical = special[field], typed(canonical) { return nil }
        return spellings.first(where: typed)
    }

    /// Whether the user typed `flag` (`--flag VALUE` or `--flag=VALUE`) on this command line.
    static func typed(_ flag: String) -> Bool {
        CommandLine.arguments.dropFirst().contains { $0 == flag || $0.hasPrefix(flag + "=") }
    }

    /// `alias` when the user typed that earlier spelling of an option, else `canonical`: messages name what was written.
    static func spelling(_ canonical: String, alias: String) -> String { typed(alias) && !typed(canonical) ? alias : canonical }

    /// A library error as the command line says it: request fields spelled as flags.
    static func message(_ error: AnalysisError) -> String { error.rendered(naming: name) }
}
