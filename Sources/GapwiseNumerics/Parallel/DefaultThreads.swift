// DefaultThreads: the one default thread count of every Gapwise request and parallel entry point.
import Foundation

/// How many worker threads a Gapwise job uses when its caller does not say.
public enum GapwiseThreads {
    /// Every core the process may use, `ProcessInfo.activeProcessorCount` (at least 1).
    ///
    /// The default of every request with a `threads` field (`GapsRequest`, `TargetRequest`) and of every
    /// parallel entry point (`PHE.sii`, `GroupRankSimulation.run`), and of the `gapwise` command's
    /// `--threads`. Results never depend on the thread count: the same request and seed give identical
    /// output on 1 thread or on all of them.
    public static var `default`: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
