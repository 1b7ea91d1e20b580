// Conditions: the Swift Testing traits that skip (visibly) or, under GAPWISE_REQUIRE_SHARED=1, run and fail.
import Testing

extension Trait where Self == ConditionTrait {
    /// Enabled when every `../shared/<relative>` exists, or always under `GAPWISE_REQUIRE_SHARED=1`
    /// (the test then fails on `SharedData.require`). Otherwise the runner reports the test as skipped.
    public static func needsShared(_ relatives: String..., sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        .enabled(if: SharedData.shouldRun(relatives), Comment(rawValue: SharedData.skipReason(relatives)),
                 sourceLocation: sourceLocation)
    }

    /// Enabled when `found` (a tool on this machine), or always under `GAPWISE_REQUIRE_SHARED=1` (the test
    /// then fails on `Requirement.tool`). Otherwise the runner reports it as skipped, with `install`.
    public static func needsTool(_ name: String, install: String, sourceLocation: SourceLocation = #_sourceLocation,
                                 _ found: @autoclosure @escaping @Sendable () -> Bool) -> Self {
        .enabled(if: Requirement.isStrict || found(), Comment(rawValue: "\(name) is not installed (\(install))"),
                 sourceLocation: sourceLocation)
    }
}
