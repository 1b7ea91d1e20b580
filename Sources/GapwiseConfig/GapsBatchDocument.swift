// GapsBatchDocument: the keys of a gaps batch config decoded into a GapsRequest, the area lookups, the input and outputs.
import Foundation
import GapwiseAnalysis
import GapwiseDeprivation
import GapwiseIO
import GapwiseMeasures
import GapwiseNumerics

/// A gaps batch config as written (paths not yet resolved against the config's folder); see `GapsBatch`
/// for the keys. Values are checked here only as far as their type and spelling go; the request's own
/// rules are `GapsRequest.validate()`'s.
struct GapsBatchDocument: Decodable {
    static let keys = ["input", "rank", "locality", "national", "year", "population", "quantiles", "bands", "weighting",
                       "measures", "levels", "threshold", "seed", "replicates", "indicators", "outputs", "threads",
                       "invalid_areas", "sii_interval", "interval", "deprivation", "geography", "area", "rank_total", "filters",
                       "report"]  // read by `gapwise report` (GapsReportConfig); ignored by gaps
    static let outputKeys = ["gaps", "quantiles", "changes", "metadata", "format"]

    var batch: GapsBatch
    var report: ReportSectionDocument?

    init(from decoder: any Decoder) throws {
        let d = try ConfigMap(decoder)
        try d.rejectUnknown(Self.keys)
        let input = try d.requiredText("input")
        guard d.has("indicators"), var list = try? d.c.nestedUnkeyedContainer(forKey: AnyKey("indicators")), (list.count ?? 0) > 0 else {
            throw d.problem("indicators", "\"indicators\" must be a non-empty list of indicators.")
        }
        var indicators: [GapsIndicator] = []
        while !list.isAtEnd { indicators.append(try list.decode(IndicatorDocument.self).indicator) }

        // The national SIMD lookup (by the `area` codes) supplies simd_rank, the default rank, ranked over every zone.
        let deprivation = try d.choice("deprivation", SIMDEdition.self)
        let geography = try d.decode(Bool.self, "geography") ?? false
        let area = try d.text("area")
        let rank = deprivation == nil ? try d.requiredText("rank") : try d.text("rank") ?? "simd_rank"
        var request = GapsRequest(indicators: indicators, rank: rank)
        var lookup: AreaLookupRequest?
        if deprivation != nil || geography {
            guard let area else {
                throw ConfigProblem(path: d.path + [AnyKey(deprivation != nil ? "deprivation" : "geography")],
                                    message: "\"deprivation\" and \"geography\" join by the area-code column: give \"area\" (the column of 2011 data zone codes).")
            }
            lookup = AreaLookupRequest(area: area, deprivation: deprivation, geography: geography)
        } else if area != nil {
            throw d.problem("area", "\"area\" names the column of 2011 data zone codes by which \"deprivation\" and \"geography\" join; give one of them, or leave out \"area\".")
        }
        request.locality = try d.text("locality")
        if d.has("national") {
            if let b = try? d.c.decode(Bool.self, forKey: AnyKey("national")) {
                if !b { request.includeNational = false }
            } else if let s = try? d.c.decode(String.self, forKey: AnyKey("national")) {
                request.nationalName = s
            } else {
                throw d.problem("national", "\"national\" must be a name or false.")
            }
        }
        request.year = try d.text("year")
        request.population = try d.text("population")
        if let q = try d.numbers("quantiles") {
            guard q.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e9 }) else { throw d.problem("quantiles", "\"quantiles\" must be whole numbers (5 for quintiles, 10 for deciles).") }
            request.quantiles = q.map { Int($0) }
        }
        if let b = try d.choice("bands", GapsBandBasis.self) { request.basis = b }
        if let w = try d.choice("weighting", GapsBandWeighting.self) { request.weighting = w }
        if let codes = try d.texts("measures", "measure codes") {
            request.measures = []
            for (i, code) in codes.enumerated() {
                do { request.measures.append(try MeasureSpec.parse(code)) } catch {
                    throw ConfigProblem(path: d.path + [AnyKey("measures"), AnyKey(intValue: i)!], message: "measures[\(i)]: \(error.description)")
                }
            }
        }
        if let l = try d.numbers("levels") { request.levels = l }
        if let t = try d.number("threshold") { request.threshold = t }
        if let s = try d.number("seed") {
            guard s >= 0, s == s.rounded(), s < 1.8e19 else { throw d.problem("seed", "seed must be a whole number of 0 or more.") }
            request.seed = UInt64(s)
        }
        request.replicates = try d.whole("replicates")
        // Threads change no output; without the key a batch uses every core.
        request.threads = try d.whole("threads") ?? ProcessInfo.processInfo.activeProcessorCount
        if let p = try d.choice("invalid_areas", GapsInvalidAreaPolicy.self) { request.invalidAreas = p }
        if let p = try d.choice("sii_interval", GapsSIIInterval.self) { request.siiInterval = p }
        if let p = try d.choice("interval", GapsIntervalSource.self) { request.interval = p }
        // As on the command line: the joined simd_rank ranks all 6,976 zones, so its national bands need that total.
        let joinedRank = deprivation != nil && rank == "simd_rank"
        request.rankTotal = try d.whole("rank_total", minimum: 1) ?? (joinedRank ? AreaLookupJoin.nationalAreaCount : nil)
        if let texts = try d.texts("filters", "COLUMN=VALUE filters") {
            for (i, text) in texts.enumerated() {
                do { request.filters.append(try RowFilter.parse(text)) } catch {
                    throw ConfigProblem(path: d.path + [AnyKey("filters"), AnyKey(intValue: i)!], message: "filters[\(i)]: \(error.description)")
                }
            }
        }
        batch = GapsBatch(request: request, input: input, format: .csv)
        batch.lookup = lookup
        if let o = try d.map("outputs", "(\(Self.outputKeys.joined(separator: ", ")))") {
            try o.rejectUnknown(Self.outputKeys)
            batch.gapsOutput = try o.text("gaps")
            batch.quantilesOutput = try o.text("quantiles")
            batch.changesOutput = try o.text("changes")
            batch.metadataOutput = try o.text("metadata")
            if let f = try o.choice("format", OutputFormat.self) { batch.format = f }
        }
        report = try d.decode(ReportSectionDocument.self, "report")
    }
}

/// One entry of `indicators`: counts (`numerator`, `denominator`), area values (`value`, `se`) or age bands
/// (`numerators`, `denominators`, `standard`), with `name`, `statistic`, `multiplier`, `polarity` and `role`.
struct IndicatorDocument: Decodable {
    static let keys = ["name", "numerator", "denominator", "numerators", "denominators", "standard", "value", "se",
                       "statistic", "multiplier", "polarity", "role"]
    var indicator: GapsIndicator

    init(from decoder: any Decoder) throws {
        let m: ConfigMap
        do { m = try ConfigMap(decoder) } catch {
            throw ConfigProblem(path: decoder.codingPath, message: "\(ConfigProblem.keyPath(decoder.codingPath)) must be a mapping.")
        }
        try m.rejectUnknown(Self.keys)
        let at = ConfigProblem.keyPath(m.path)
        let source: GapsSource
        if m.has("numerators") || m.has("denominators") {
            guard let n = try? m.c.decode([String].self, forKey: AnyKey("numerators")),
                  let den = try? m.c.decode([String].self, forKey: AnyKey("denominators")) else {
                throw ConfigProblem(path: m.path, message: "\(at).numerators and .denominators must be lists of column names, one per age band.")
            }
            source = .ageBands(numerators: n, denominators: den, standard: try m.numbers("standard") ?? Indicator.esp2013)
        } else if let v = try m.text("value") {
            source = .values(value: v, standardError: try m.text("se"))
        } else {
            guard let n = try m.text("numerator"), let den = try m.text("denominator") else {
                throw ConfigProblem(path: m.path, message: "\(at) needs numerator and denominator, or value.")
            }
            source = .counts(numerator: n, denominator: den)
        }
        let statistic = try m.choice("statistic", GapsStatistic.self)
        var stated: Polarity?
        if let pol = try m.text("polarity") {
            guard let x = Polarity(rawValue: pol) else { throw m.problem("polarity", "\(at).polarity \"\(pol)\" is not adverse or favourable.") }
            stated = x
        }
        // Without `polarity:` the catalogue's, else adverse: the rule `gaps` and `report` use on the command line.
        indicator = GapsIndicator(name: try m.text("name") ?? source.defaultName, source: source, statistic: statistic,
                                  multiplier: try m.number("multiplier")).settlingPolarity(stated: stated)
        if let role = try m.choice("role", GapsIndicatorRole.self) { indicator.role = role }
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
