// GapsConfig: a batch config file (YAML or TOML) read into a GapsRequest, the input file and the outputs.
import GapwiseIO
import Foundation
import GapwiseMeasures
import TOMLKit
import Yams

/// A reproducible batch: the request, the input file and where each output goes.
///
/// Keys (YAML shown; TOML takes the same keys, `[[indicators]]` tables and an `[outputs]` table):
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
///     indicators:
///       - name: emergency_admissions
///         numerator: emergency_admissions_count
///         denominator: emergency_admissions_denominator
///         statistic: rate           # proportion (default for counts), rate, or mean (for `value`)
///         multiplier: 100000
///         polarity: adverse         # or favourable
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
    public var gapsOutput: String?
    public var quantilesOutput: String?
    public var changesOutput: String?
    public var metadataOutput: String?
    public var format: OutputFormat

    /// Reads a config file: `.toml` as TOML, anything else as YAML.
    /// - Throws: `AnalysisError.invalidRequest` naming the file and the key at fault.
    public static func load(_ path: String) throws(AnalysisError) -> GapsBatch {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .invalidRequest("\(path): cannot be read (\(error.localizedDescription)).")
        }
        let root: Any?
        if path.lowercased().hasSuffix(".toml") {
            do {
                let table = try TOMLTable(string: text)
                let json = table.convert(to: .json)
                root = try JSONSerialization.jsonObject(with: Data(json.utf8))
            } catch let e as TOMLParseError {
                throw .invalidRequest("\(path):\(e.source.begin.line):\(e.source.begin.column): not valid TOML: \(e.description)")
            } catch {
                throw .invalidRequest("\(path): not valid TOML: \(error)")
            }
        } else {
            do { root = try Yams.load(yaml: text) } catch {
                throw .invalidRequest("\(path): not valid YAML: \(error)")
            }
        }
        guard let dict = root as? [String: Any] else { throw .invalidRequest("\(path): the config must be a mapping of keys to values.") }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try parse(dict, file: path, base: base)
    }

    static func parse(_ d: [String: Any], file: String, base: URL) throws(AnalysisError) -> GapsBatch {
        let known: Set<String> = ["input", "rank", "locality", "national", "year", "population", "quantiles", "bands",
                                  "weighting", "measures", "levels", "threshold", "seed", "replicates", "indicators", "outputs", "threads", "invalid_areas", "sii_interval",
                                  "report"]  // read by `gapwise report` (GapsReportConfig); ignored by gaps
        for k in d.keys.sorted() where !known.contains(k) {
            throw .invalidRequest("\(file): unknown key \"\(k)\" (keys: \(known.sorted().joined(separator: ", "))).")
        }
        let r = Reader(d: d, file: file, at: "")
        func path(_ p: String) -> String { p.hasPrefix("/") ? p : base.appendingPathComponent(p).path }
        let input = path(try r.string("input", required: true)!)
        guard let list = d["indicators"] as? [Any], !list.isEmpty else {
            throw .invalidRequest("\(file): \"indicators\" must be a non-empty list of indicators.")
        }
        var indicators: [GapsIndicator] = []
        for (i, item) in list.enumerated() {
            guard let m = item as? [String: Any] else { throw .invalidRequest("\(file): indicators[\(i)] must be a mapping.") }
            let ir = Reader(d: m, file: file, at: "indicators[\(i)].")
            let source: GapsSource
            if let ns = m["numerators"] {
                guard let n = ns as? [String], let den = m["denominators"] as? [String] else {
                    throw .invalidRequest("\(file): indicators[\(i)].numerators and .denominators must be lists of column names, one per age band.")
                }
                source = .ageBands(numerators: n, denominators: den, standard: try ir.numbers("standard") ?? Indicator.esp2013)
            } else if let v = try ir.string("value") {
                source = .values(value: v, standardError: try ir.string("se"))
            } else {
                guard let n = try ir.string("numerator"), let den = try ir.string("denominator") else {
                    throw .invalidRequest("\(file): indicators[\(i)] needs numerator and denominator, or value.")
                }
                source = .counts(numerator: n, denominator: den)
            }
            let stat = try ir.string("statistic").map { s throws(AnalysisError) -> GapsStatistic in
                guard let x = GapsStatistic(rawValue: s) else { throw .invalidRequest("\(file): indicators[\(i)].statistic \"\(s)\" is not one of proportion, rate, mean.") }
                return x
            }
            let pol = try ir.string("polarity") ?? "adverse"
            guard pol == "adverse" || pol == "favourable" else { throw .invalidRequest("\(file): indicators[\(i)].polarity \"\(pol)\" is not adverse or favourable.") }
            let name = try ir.string("name") ?? source.defaultName
            var indicator = GapsIndicator(name: name, source: source, statistic: stat, multiplier: try ir.number("multiplier"),
                                          polarity: pol == "adverse" ? .adverse : .favourable)
            if let role = try ir.string("role") {
                guard let x = GapsIndicatorRole(rawValue: role) else { throw .invalidRequest("\(file): indicators[\(i)].role \"\(role)\" is not outcome or deprivation.") }
                indicator.role = x
            }
            indicators.append(indicator)
        }
        var request = GapsRequest(indicators: indicators, rank: try r.string("rank", required: true)!)
        request.locality = try r.string("locality")
        if let n = d["national"] {
            if let b = n as? Bool, b == false { request.includeNational = false } else if let s = n as? String { request.nationalName = s } else if !(n is Bool) {
                throw .invalidRequest("\(file): \"national\" must be a name or false.")
            }
        }
        request.year = try r.string("year")
        request.population = try r.string("population")
        if let q = try r.numbers("quantiles") { request.quantiles = q.map { Int($0) } }
        if let b = try r.string("bands") {
            guard let x = GapsBandBasis(rawValue: b) else { throw .invalidRequest("\(file): bands \"\(b)\" is not national or local.") }
            request.basis = x
        }
        if let w = try r.string("weighting") {
            guard let x = GapsBandWeighting(rawValue: w) else { throw .invalidRequest("\(file): weighting \"\(w)\" is not count or population.") }
            request.weighting = x
        }
        if let ms = d["measures"] {
            guard let codes = ms as? [Any] else { throw .invalidRequest("\(file): \"measures\" must be a list of measure codes.") }
            request.measures = try codes.map { c throws(AnalysisError) in try MeasureSpec.parse("\(c)") }
        }
        if let l = try r.numbers("levels") { request.levels = l }
        if let t = try r.number("threshold") { request.threshold = t }
        if let s = try r.number("seed") {
            guard s >= 0, s == s.rounded(), s < 1.8e19 else { throw .invalidRequest("\(file): seed must be a whole number of 0 or more.") }
            request.seed = UInt64(s)
        }
        if let x = try r.number("replicates") { request.replicates = Int(x) }
        // Threads change no output; without the key a batch uses every core.
        request.threads = try r.number("threads").map { Int($0) } ?? ProcessInfo.processInfo.activeProcessorCount
        if let p = try r.string("invalid_areas") {
            guard let x = GapsInvalidAreaPolicy(rawValue: p) else { throw .invalidRequest("\(file): invalid_areas \"\(p)\" is not reject or exclude.") }
            request.invalidAreas = x
        }
        if let p = try r.string("sii_interval") {
            guard let x = GapsSIIInterval(rawValue: p) else { throw .invalidRequest("\(file): sii_interval \"\(p)\" is not simulation or regression.") }
            request.siiInterval = x
        }
        var batch = GapsBatch(request: request, input: input, format: .csv)
        if let o = d["outputs"] {
            guard let om = o as? [String: Any] else { throw .invalidRequest("\(file): \"outputs\" must be a mapping (gaps, quantiles, changes, metadata, format).") }
            let orr = Reader(d: om, file: file, at: "outputs.")
            for k in om.keys.sorted() where !["gaps", "quantiles", "changes", "metadata", "format"].contains(k) {
                throw .invalidRequest("\(file): unknown key \"outputs.\(k)\" (keys: changes, format, gaps, metadata, quantiles).")
            }
            batch.gapsOutput = try orr.string("gaps").map(path)
            batch.quantilesOutput = try orr.string("quantiles").map(path)
            batch.changesOutput = try orr.string("changes").map(path)
            batch.metadataOutput = try orr.string("metadata").map(path)
            if let f = try orr.string("format") {
                guard let x = OutputFormat(rawValue: f) else { throw .invalidRequest("\(file): outputs.format \"\(f)\" is not csv or json.") }
                batch.format = x
            }
        }
        do { try batch.request.validate() } catch {
            throw .invalidRequest(RequestMessage("\(file): " + error.rendered(naming: configKey)))
        }
        return batch
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

    public init(request: GapsRequest, input: String, gapsOutput: String? = nil, quantilesOutput: String? = nil,
                changesOutput: String? = nil, metadataOutput: String? = nil, format: OutputFormat = .csv) {
        self.request = request
        self.input = input
        self.gapsOutput = gapsOutput
        self.quantilesOutput = quantilesOutput
        self.changesOutput = changesOutput
        self.metadataOutput = metadataOutput
        self.format = format
    }
}

extension GapsSource {
    /// The indicator name used when none is given: the numerator or value column.
    var defaultName: String {
        switch self {
        case let .counts(n, _): return n
        case let .values(v, _): return v
        case let .ageBands(n, _, _): return n.first ?? "dsr"
        }
    }
}

/// Typed access to a config mapping, with errors naming the file and the key.
private struct Reader {
    let d: [String: Any], file: String, at: String

    func string(_ k: String, required: Bool = false) throws(AnalysisError) -> String? {
        guard let v = d[k], !(v is NSNull) else {
            if required { throw .invalidRequest("\(file): the key \"\(at)\(k)\" is required.") }
            return nil
        }
        guard let s = v as? String else { throw .invalidRequest("\(file): \"\(at)\(k)\" must be text.") }
        return s
    }

    func number(_ k: String) throws(AnalysisError) -> Double? {
        guard let v = d[k], !(v is NSNull) else { return nil }
        if v is Bool { throw .invalidRequest("\(file): \"\(at)\(k)\" must be a number.") }
        if let i = v as? Int { return Double(i) }
        if let x = v as? Double { return x }
        if let n = v as? NSNumber { return n.doubleValue }
        throw .invalidRequest("\(file): \"\(at)\(k)\" must be a number.")
    }

    func numbers(_ k: String) throws(AnalysisError) -> [Double]? {
        guard let v = d[k] else { return nil }
        let items = v as? [Any] ?? [v]
        return try items.map { x throws(AnalysisError) -> Double in
            if let i = x as? Int { return Double(i) }
            if let y = x as? Double { return y }
            if let n = x as? NSNumber { return n.doubleValue }
            throw .invalidRequest("\(file): \"\(at)\(k)\" must be a number or a list of numbers.")
        }
    }
}
