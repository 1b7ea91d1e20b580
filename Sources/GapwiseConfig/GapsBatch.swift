// GapsBatch: a gaps batch config (YAML, TOML or JSON) read once into a GapsRequest, its area lookups, the input and the outputs.
import Foundation
import GapwiseAnalysis
import GapwiseIO

/// A reproducible batch: the request, the input file and where each output goes.
///
/// Keys (YAML shown; TOML takes the same keys, `[[indicators]]` tables and an `[outputs]` table; JSON too):
///
///     input: datazones.csv          # relative paths are relative to the config file
///     rank: simd_rank               # 1 = most deprived
///     locality: council             # optional; national: Scotland (or false for none)
///     year: year                    # optional
///     population: population        # weights of value indicators and population-weighted bands
///     quantiles: [5, 10]
///     bands: national               # or local
///     weighting: count              # or population
///     measures: [d, r, sii_linear, rii_linear, paf, par]
///     levels: [0.95, 0.998]
///     threshold: 5                  # 0: no suppression
///     seed: 1
///     replicates: 10000             # optional
///     invalid_areas: reject         # or exclude (areas with a proportion above 1)
///     sii_interval: simulation      # or regression (interval of sii_linear/rii_linear/rii_int)
///     interval: sampling            # or bootstrap (every gap measure: areas resampled within each quantile)
///     deprivation: simd2020v2       # optional: join the national SIMD (simd2020v2 or simd2016) by `area`;
///                                   # adds simd_rank (the default rank) and the national bands
///     geography: true               # optional: join the 2011 geography (IZ, council, HSCP, health board)
///     area: Data_Zone               # the column of 2011 data zone codes the joins use
///     rank_total: 6976              # optional: areas `rank` ranks nationally (6976 with deprivation's simd_rank)
///     filters: ["Council_area=Glasgow City"]  # optional: keep rows whose COLUMN=VALUE (as --filter)
///     indicators:
///       - name: emergency_admissions
///         numerator: emergency_admissions_count
///         denominator: emergency_admissions_denominator
///         statistic: rate           # proportion (default for counts), rate, or mean (for `value`)
///         multiplier: 100000
///         polarity: adverse         # or favourable; omitted: the catalogue's (SIMD's Attainment is
///                                   # favourable), else adverse
///         role: outcome             # or deprivation (an input of the deprivation index: `report` does
///                                   # not rank communities on it)
///       - name: early_deaths      # a DSR: one event and one population column per ESP 2013 band
///         numerators: [deaths_0_4, deaths_5_9, ...]
///         denominators: [pop_0_4, pop_5_9, ...]
///         standard: [5000, 5500, ...]   # optional; default ESP 2013
///       - name: smr
///         value: SMR
///         se: SMR_se                # optional
///     outputs:
///       gaps: out/gaps.csv
///       quantiles: out/quantiles.csv
///       changes: out/changes.csv
///       metadata: out/metadata.json
///       format: csv                 # or json
public struct GapsBatch: Sendable {
    public var request: GapsRequest
    public var input: String
    /// The national SIMD and geography joined to the input by its area codes before the run, or nil.
    public var lookup: AreaLookupRequest?
    public var gapsOutput: String?
    public var quantilesOutput: String?
    public var changesOutput: String?
    public var metadataOutput: String?
    public var format: OutputFormat

    /// Reads a config file (`.toml` as TOML, `.json` as JSON, anything else as YAML) once, with relative
    /// paths resolved against the config's folder, and validates the request.
    /// - Throws: `AnalysisError.invalidRequest` naming the file, the line and column (YAML; TOML syntax)
    ///   and the key at fault.
    public static func load(_ path: String) throws(AnalysisError) -> GapsBatch {
        try document(path).batch
    }

    /// The config's document with its paths resolved and its request validated (shared with `GapsReportConfig`).
    static func document(_ path: String, file: ConfigFile? = nil) throws(AnalysisError) -> GapsBatchDocument {
        let file = try { () throws(AnalysisError) in if let file { return file } else { return try ConfigFile.read(path) } }()
        var doc = try file.decode(GapsBatchDocument.self)
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : base.appendingPathComponent(p).path }
        doc.batch.input = resolve(doc.batch.input)
        doc.batch.gapsOutput = doc.batch.gapsOutput.map(resolve)
        doc.batch.quantilesOutput = doc.batch.quantilesOutput.map(resolve)
        doc.batch.changesOutput = doc.batch.changesOutput.map(resolve)
        doc.batch.metadataOutput = doc.batch.metadataOutput.map(resolve)
        do { try doc.batch.request.validate() } catch {
            throw .invalidRequest(RequestMessage("\(path): " + error.rendered(naming: configKey)))
        }
        return doc
    }

    /// The config key that sets a request field (`replicates`, `levels`, `indicators`, `population`, ...).
    public static func configKey(_ field: RequestField) -> String {
        switch field {
        case .standardError: return "se"
        case .nationalName: return "national"
        case .indicatorSpec: return "indicators"
        default:
            // camelCase property -> snake_case key: invalidAreas -> invalid_areas.
            return field.rawValue.reduce(into: "") { k, ch in k += ch.isUppercase ? "_" + ch.lowercased() : String(ch) }
        }
    }

    public init(request: GapsRequest, input: String, lookup: AreaLookupRequest? = nil, gapsOutput: String? = nil,
                quantilesOutput: String? = nil, changesOutput: String? = nil, metadataOutput: String? = nil,
                format: OutputFormat = .csv) {
        self.request = request
        self.input = input
        self.lookup = lookup
        self.gapsOutput = gapsOutput
        self.quantilesOutput = quantilesOutput
        self.changesOutput = changesOutput
        self.metadataOutput = metadataOutput
        self.format = format
    }
}
