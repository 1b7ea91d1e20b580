// RootCommandTests: `gapwise --help`, `--version` and misuse, end to end through the built executable.
import Foundation
import Testing
import Gapwise
import GapwiseTestSupport

@Suite("gapwise root command")
struct RootCommandTests {
    @Test func versionPrintsTheLibraryVersion() throws {
        let r = try CLIRunner.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == GapwiseInfo.version)
    }

    @Test func helpNamesTheToolAndItsSubcommands() throws {
        let r = try CLIRunner.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: gapwise"))
        #expect(r.stdout.contains("Outcome-inequality analytics"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let r = try CLIRunner.run(["--no-such-option"])
        #expect(r.status == 64, "ArgumentParser's usage-error exit status (EX_USAGE)")
        #expect(r.stderr.contains("Unknown option '--no-such-option'"))
    }
}
