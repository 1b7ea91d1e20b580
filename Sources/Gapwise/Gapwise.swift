// Gapwise: the public library product; re-exports every module (core, ingest, jobs, report, config loading) and carries the version.
@_exported import GapwiseNumerics
@_exported import GapwiseIO
@_exported import GapwiseMeasures
@_exported import GapwiseDeprivation
@_exported import GapwiseAnalysis
@_exported import GapwiseDatasets
@_exported import GapwiseReport
@_exported import GapwiseConfig

/// Facts about this build of Gapwise.
public enum GapwiseInfo {
    /// The semantic version of the library and the `gapwise` command.
    public static let version = "0.1.0"
}
