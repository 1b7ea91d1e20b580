// SharedFlags: the flags several subcommands share, listed once in `gapwise help`, read from the real option groups and subcommands.
import ArgumentParser
import Foundation

enum SharedFlags {
    /// The subcommands, in the order `gapwise help` names them (the root command lists these).
    static let commands: [ParsableCommand.Type] = [
        InspectCommand.self, MeasureCommand.self, GapsCommand.self, RankCommand.self, TargetCommand.self,
        FunnelCommand.self, DatasetsCommand.self, SampleCommand.self, ReportCommand.self,
        CommunitiesCommand.self,
    ]

    /// A shared group: its title, the option groups whose every flag it lists, and further flags that
    /// several subcommands declare with one meaning (each subcommand with its own default).
    struct Group {
        let title: String
        let optionGroups: [ParsableArguments.Type]
        let flags: [String]
    }

    static let groups: [Group] = [
        Group(title: "Input and filters", optionGroups: [InputOptions.self, SheetOption.self], flags: []),
        Group(title: "Output, format and digits", optionGroups: [OutputOptions.self], flags: []),
        Group(title: "Levels, reps, seed and threads", optionGroups: [], flags: ["level", "reps", "seed", "threads"]),
        Group(title: "Area lookups", optionGroups: [AreaLookupOptions.self], flags: ["area", "rank-total"]),
    ]

    /// The long names of an option group's flags, as its parser declares them.
    static func flags(of group: ParsableArguments.Type) -> [String] {
        arguments(of: group).compactMap(\.longName)
    }

    /// The listing for `gapwise help`: per group, one line per flag: its name, the first sentence of its
    /// help, and the subcommands that take it.
    static var overview: String {
        let perCommand = commandArguments()
        var text = "\nShared options (the same flag means the same thing in every subcommand that takes it):"
        for g in groups {
            text += "\n\n" + g.title + ":"
            let grouped = g.optionGroups.flatMap { arguments(of: $0) }.filter { $0.longName != nil }
            for name in grouped.compactMap(\.longName) + g.flags {
                let users = perCommand.filter { $0.arguments.contains { $0.longNames.contains(name) } }.map(\.name)
                let help = grouped.first { $0.longName == name } ?? perCommand.lazy.compactMap { c in c.arguments.first { $0.longNames.contains(name) } }.first
                text += "\n  --\(name): \(help.map { firstSentence($0.abstract ?? "") } ?? "") In: \(users.joined(separator: ", "))."
            }
        }
        return text
    }

    /// The first sentence of a help text: up to the first ". " before a capital letter, or the whole text.
    static func firstSentence(_ s: String) -> String {
        var from = s.startIndex
        while let r = s.range(of: ". ", range: from..<s.endIndex) {
            if let next = s[r.upperBound...].first, next.isUppercase { return String(s[..<r.lowerBound]) + "." }
            from = r.upperBound
        }
        return s
    }

    /// Every subcommand (and sub-subcommand, e.g. `datasets fetch`) with its arguments.
    static func commandArguments() -> [(name: String, arguments: [DumpedArgument])] {
        var out: [(String, [DumpedArgument])] = []
        func walk(_ c: DumpedCommand, prefix: String) {
            let name = prefix.isEmpty ? c.commandName : prefix + " " + c.commandName
            let args = (c.arguments ?? []).filter { !["help", "version", nil].contains($0.longName) }
            if !args.isEmpty { out.append((name, args)) }
            for s in c.subcommands ?? [] where s.commandName != "help" { walk(s, prefix: name) }
        }
        for command in commands { if let d = dump(command._dumpHelp()) { walk(d, prefix: "") } }
        return out
    }

    static func arguments(of group: ParsableArguments.Type) -> [DumpedArgument] {
        (dump(group._dumpHelp())?.arguments ?? []).filter { $0.longName != "help" }
    }

    static func dump(_ json: String) -> DumpedCommand? {
        struct Top: Decodable { let command: DumpedCommand }
        return try? JSONDecoder().decode(Top.self, from: Data(json.utf8)).command
    }

    /// The parts of ArgumentParser's `--experimental-dump-help` description used here.
    struct DumpedCommand: Decodable {
        let commandName: String
        let arguments: [DumpedArgument]?
        let subcommands: [DumpedCommand]?
    }

    struct DumpedArgument: Decodable {
        struct Name: Decodable { let kind: String; let name: String }
        let names: [Name]?
        let abstract: String?
        var longName: String? { longNames.first }
        var longNames: [String] { (names ?? []).filter { $0.kind == "long" }.map(\.name) }
    }
}
