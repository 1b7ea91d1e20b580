// SharedData: finds the read-only ../shared folder of real open data beside the checkout (tests skip without it).
import Foundation

/// Locates `../shared` (real open statistics, NIST StRD, published validation cases) relative to the package.
///
/// Tests that need it call `SharedData.directory(...)` and skip with a clear message when it is absent,
/// so that a user's fresh clone still passes. Set `GAPWISE_SHARED` to point elsewhere.
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

    /// The message a test prints when it skips for want of the shared data.
    public static func skipMessage(_ relative: String) -> String {
        "SKIPPED: ../shared/\(relative) is not present beside this checkout (set GAPWISE_SHARED to its location to run this test)"
    }
}
