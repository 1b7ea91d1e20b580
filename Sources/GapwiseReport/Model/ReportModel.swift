// ReportModel: the neutral input of the report renderer (what a run found, per locality and indicator).

/// Everything a Gapwise report shows, as plain values, independent of the code that computed them.
///
/// The `gaps` and `target` commands fill one of these through a thin adapter and call
/// `ReportWriter.write(_:to:inputs:)`. Conventions, which the renderer relies on and `validate()` checks:
/// - `localities[0]` is Scotland (the national picture); each further entry is one locality (a council,
///   an HSCP, a Community Planning Partnership area). Codes are GSS codes or any identifier of letters,
///   digits, `-` and `_` (they name files).
/// - Quantiles run from the **most deprived** (SIMD quintile/decile 1) to the least deprived.
/// - Every interval satisfies `lower <= estimate <= upper`; intervals are at `run.confidenceLevel`.
/// - Nothing in the model is a date or time unless the caller puts one in `run.generated`, so the same
///   model always renders to the same bytes.
public struct ReportModel: Sendable, Equatable, Codable {
    /// The report's title, e.g. "Inequalities of outcome: Scotland and its council areas".
    public var title: String
    /// How the run was made: version, inputs with checksums, seed, settings.
    public var run: ReportRun
    /// Scotland first, then each locality.
    public var localities: [ReportLocality]

    public init(title: String, run: ReportRun, localities: [ReportLocality]) {
        self.title = title
        self.run = run
        self.localities = localities
    }
}

/// The provenance of a run, printed at the foot of every page and written to `tables/run.csv`.
public struct ReportRun: Sendable, Equatable, Codable {
    /// The Gapwise version that computed the results.
    public var version: String
    /// Input files with their SHA-256 digests (hex).
    public var inputs: [ReportInput]
    /// The seed of every random draw of the run (bootstrap, Monte-Carlo, rank simulation).
    public var seed: UInt64
    /// The confidence level of every interval in the model, in (0, 1), e.g. 0.95.
    public var confidenceLevel: Double
    /// Further settings in the order they should be shown (name, value), e.g. ("quantiles", "SIMD quintiles").
    public var settings: [ReportSetting]
    /// When the run was made, as the caller wants it printed; nil (the default) keeps output reproducible.
    public var generated: String?

    public init(version: String, inputs: [ReportInput], seed: UInt64, confidenceLevel: Double,
                settings: [ReportSetting] = [], generated: String? = nil) {
        self.version = version
        self.inputs = inputs
        self.seed = seed
        self.confidenceLevel = confidenceLevel
        self.settings = settings
        self.generated = generated
    }
}

/// One input file of a run.
public struct ReportInput: Sendable, Equatable, Codable {
    /// The path or name as the user gave it.
    public var path: String
    /// Its SHA-256 digest, 64 hexadecimal digits.
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}

/// One named setting of a run.
public struct ReportSetting: Sendable, Equatable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// Scotland or one locality: its indicators and (optionally) its communities ranked by need.
public struct ReportLocality: Sendable, Equatable, Codable {
    /// The area code (e.g. `S92000003` for Scotland, `S12000033` for Aberdeen City); names files.
    public var code: String
    /// The area name shown in headings.
    public var name: String
    /// The indicators, in the order they are shown.
    public var indicators: [ReportIndicator]
    /// The communities ranked by need (the `target` results); nil when not computed for this area.
    public var communities: ReportCommunities?

    public init(code: String, name: String, indicators: [ReportIndicator], communities: ReportCommunities? = nil) {
        self.code = code
        self.name = name
        self.indicators = indicators
        self.communities = communities
    }
}
