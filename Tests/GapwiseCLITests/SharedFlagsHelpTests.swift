// SharedFlagsHelpTests: `gapwise help` lists each shared flag once, checked against the real option groups and every subcommand's parser.
import Foundation
import Testing
import GapwiseTestSupport
@testable import GapwiseCLI

@Suite("gapwise help: shared flags")
struct SharedFlagsHelpTests {
    /// The long flags a subcommand's parser takes, from its own `--experimental-dump-help`.
    func flags(_ command: [String]) throws -> Set<String> {
        let r = try CLIRunner.run(command + ["--experimental-dump-help"])
        #expect(r.status == 0, "\(r.stderr)")
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let cmd = try #require(top["command"] as? [String: Any])
        let args = cmd["arguments"] as? [[String: Any]] ?? []
        return Set(args.flatMap { ($0["names"] as? [[String: String]] ?? []).filter { $0["kind"] == "long" }.compactMap { $0["name"] } })
    }

    @Test("every flag of the shared option groups is listed once, with exactly the subcommands that take it")
    func listingMatchesTheParsers() throws {
        let help = try CLIRunner.run(["help"])
        #expect(help.status == 0)
        let root = try CLIRunner.run(["--help"])
        #expect(root.stdout == help.stdout, "gapwise help and gapwise --help show the same overview")
        let commands: [[String]] = [["inspect"], ["measure"], ["gaps"], ["rank"], ["target"], ["funnel"],
                                    ["datasets", "list"], ["datasets", "fetch"], ["datasets", "verify"], ["sample"], ["report"],
                                    ["communities"]]
        var taken: [String: Set<String>] = [:]
        for c in commands { taken[c.joined(separator: " ")] = try flags(c) }
        // The listing, unwrapped: one entry per "  --flag: ... In: a, b." line (wrapped lines joined).
        let text = help.stdout.replacingOccurrences(of: "\n(?!\n|  --|[A-Z])", with: " ", options: .regularExpression)
        let groupFlags = [InputOptions.self, SheetOption.self, OutputOptions.self, AreaLookupOptions.self]
            .flatMap { SharedFlags.flags(of: $0) }
        #expect(Set(groupFlags).isSuperset(of: ["filter", "sheet", "format", "output", "digits", "deprivation", "geography"]))
        for flag in groupFlags + ["level", "reps", "seed", "threads", "area", "rank-total"] {
            let lines = text.components(separatedBy: "\n").filter { $0.hasPrefix("  --\(flag): ") }
            #expect(lines.count == 1, "--\(flag) is listed \(lines.count) times")
            guard let line = lines.first, let r = line.range(of: " In: ", options: .backwards) else { continue }
            let listed = Set(line[r.upperBound...].dropLast().components(separatedBy: ", "))
            let actual = Set(taken.filter { $0.value.contains(flag) }.keys)
            #expect(listed == actual, "--\(flag): listed in \(listed.sorted()), taken by \(actual.sorted())")
        }
    }
}
