// The `gapwise` root command: names the subcommands; all work happens in the library.
import ArgumentParser
import Gapwise

@main
struct GapwiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gapwise",
        abstract: "Outcome-inequality analytics for Scottish small areas (data zones, localities, SIMD).",
        discussion: """
        Gapwise measures the gaps in outcomes between the most and least deprived communities of each \
        locality, with confidence intervals, and finds the communities with the poorest outcomes.

        """ + SharedFlags.overview,
        version: GapwiseInfo.version,
        subcommands: SharedFlags.commands)
}
