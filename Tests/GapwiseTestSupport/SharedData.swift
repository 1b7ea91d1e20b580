// SharedData: finds the read-only ../shared folder of real open data beside the checkout (tests skip without it).
import Foundation

/// Locates `../shared` (real open statistics, NIST StRD, published validation cases) relative to the package.
///
/// Tests that need it carry the `.needsShared(...)` condition, so the runner reports them as skipped
/// when it is absent (a user's fresh clone still passes), and read it with `SharedData.require(...)`.
/// Set `GAPWISE_SHARED` to point elsewhere. Under `GAPWISE_REQUIRE_SHARED=1` (CI) nothing skips: a
/// missing file is a failure (see `Requirement`).
public enum SharedData {
    /// The package root, found from this source file's path.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // GapwiseTestSupport
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
    }

    /// The shared folder, or nil when it is not present.
    public static var root: URL? {
        if let env = ProcessInfo.processInfo.environment["GAPWISE_SHARED"], !env.isEmpty {
            let u = URL(fileURLWithPath: env)
            return FileManager.default.fileExists(atPath: u.path) ? u : nil
        }
        let u = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: u.path) ? u : nil
    }

    /// A path under the shared folder (e.g. `data/nist_strd`), or nil if it is absent.
    public static func path(_ relative: String) -> URL? {
        guard let r = root else { return nil }
        let u = r.appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: u.path) ? u : nil
    }

    /// Whether a test needing all of `relatives` should run: they are present, or `Requirement.isStrict`
    /// (then the test runs and fails on the missing one).
    public static func shouldRun(_ relatives: [String]) -> Bool {
        Requirement.isStrict || relatives.allSatisfy { path($0) != nil }
    }

    /// A path under the shared folder; throws `Requirement.Missing` naming it when it is absent.
    public static func require(_ relative: String) throws -> URL {
        guard let u = path(relative) else {
            throw Requirement.Missing(what: "../shared/\(relative)",
                                      remedy: "set GAPWISE_SHARED to the shared folder's location")
        }
        return u
    }

    /// Why a test needing `relatives` is skipped.
    public static func skipReason(_ relatives: [String]) -> String {
        "\(relatives.map { "../shared/\($0)" }.joined(separator: ", ")) not present beside this checkout "
            + "(set GAPWISE_SHARED to its location to run this test)"
    }
}
