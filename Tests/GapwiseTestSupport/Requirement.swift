// Requirement: the GAPWISE_REQUIRE_SHARED=1 switch under which a missing shared file or tool fails a test.
import Foundation

/// What a test needs from outside the package: `../shared` files and tools (Chromium, zip, python3).
///
/// By default a test whose needs are missing is skipped, and the runner counts it as skipped. With
/// `GAPWISE_REQUIRE_SHARED=1` (set by `.ci/run`) the test is never skipped: it runs and fails with a
/// `Missing` error naming what is absent.
public enum Requirement {
    /// True when `GAPWISE_REQUIRE_SHARED=1`: missing data or tools are failures, never skips.
    public static var isStrict: Bool {
        ProcessInfo.processInfo.environment["GAPWISE_REQUIRE_SHARED"] == "1"
    }

    /// Something a test needs is absent.
    public struct Missing: Error, CustomStringConvertible {
        public let what: String
        public let remedy: String
        public var description: String {
            "\(what) is missing, and this test needs it (\(remedy))"
                + (Requirement.isStrict ? "; GAPWISE_REQUIRE_SHARED=1 makes this a failure, not a skip" : "")
        }
    }

    /// The first executable named one of `names` on PATH, or nil.
    public static func executable(_ names: String...) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        return nil
    }

    /// The tool found by `find`; throws `Missing` naming it (and how to install it) when absent.
    public static func tool(_ name: String, install: String, _ found: String?) throws -> String {
        guard let found else { throw Missing(what: name, remedy: install) }
        return found
    }
}
