// GapsReportRunner: runs gaps and target on one table and adapts both into a ReportModel (what `gapwise report` does).
import Foundation
import GapwiseAnalysis
import GapwiseIO

/// A report run: the gaps batch plus what the communities table needs from the target analysis.
public struct GapsReportRequest: Sendable {
    /// The gaps batch (indicators, rank, locality, year, population, quantiles, levels, seed, ...).
    public var gaps: GapsRequest
    /// Column of community codes (e.g. `datazone`); nil: no communities table.
    public var area: String?
    /// Column of community names.
    public var areaName: String?
    /// Column naming each locality value (e.g. `council_name` beside `council`).
    public var localityName: String?
    /// k of "among the k worst" in each locality.
    public var worst: Int
    /// Simulations of the target analysis' rank intervals.
    public var targetReplicates: Int
    public var title: String
    /// Display names of indicators (gaps name -> words).
    public var indicatorNames: [String: String] = [:]
    /// The period shown when there is no year column (e.g. "SIMD 2020v2"); "single period" when nil.
    public var period: String?
    /// The indicators the communities are ranked on (names of `gaps.indicators`); nil: every indicator of
    /// the run except those whose role is `.deprivation` (the inputs of the deprivation index itself).
    public var targetIndicators: [String]?

    public init(gaps: GapsRequest, area: String? = nil, areaName: String? = nil, localityName: String? = nil,
                worst: Int = 5, targetReplicates: Int = 1_000, title: String = "Inequalities of outcome") {
        self.gaps = gaps
        self.area = area
        self.areaName = areaName
        self.localityName = localityName
        self.worst = worst
        self.targetReplicates = targetReplicates
        self.title = title
    }

    /// The indicators the communities are ranked on: `targetIndicators` in their order, else every
    /// indicator whose role is not `.deprivation`, in the run's order.
    public var rankedIndicators: [GapsIndicator] {
        guard let names = targetIndicators else { return gaps.indicators.filter { $0.role != .deprivation } }
        return names.compactMap { n in gaps.indicators.first { $0.name == n } }
    }

    /// The target request for the latest year: the ranked indicators (`rankedIndicators`) that come from
    /// counts (a rate, Poisson standard error) or from values (with their standard error when given, else
    /// none: no sampling error), with their polarity and equal weights, ranked within the gaps locality;
    /// missing values are excluded and counted. Nil when there is no area or locality column, or no such
    /// indicator (age-banded DSR indicators are not ranked).
    public func targetRequest(latestYear: String?) -> TargetRequest? {
        guard let area, let locality = gaps.locality else { return nil }
        var list: [TargetIndicator] = []
        for ind in rankedIndicators {
            switch ind.source {
            case let .counts(n, d): list.append(TargetIndicator(name: ind.name, source: .counts(count: n, denominator: d), polarity: ind.polarity))
            case let .values(v, se): list.append(TargetIndicator(name: ind.name, source: .value(column: v, standardError: se), polarity: ind.polarity))
            case .ageBands: continue
            }
        }
        guard !list.isEmpty else { return nil }
        let filters = zip([gaps.year].compactMap { $0 }, [latestYear].compactMap { $0 }).map { (column: $0, value: $1) }
        return TargetRequest(area: area, name: areaName, locality: locality, population: gaps.population, filters: filters,
                             indicators: list, uncertainty: .normal, replicates: targetReplicates, seed: gaps.seed,
                             worst: .count(worst), confidence: gaps.levels.first ?? 0.95, drivers: 3, threads: gaps.threads)
    }

    /// Every column the run reads: (numeric, other).
    public var columns: (numeric: [String], other: [String]) {
        let numeric = [gaps.rank] + (gaps.population.map { [$0] } ?? []) + gaps.indicators.flatMap(\.columns)
        let other = ([gaps.locality, gaps.year, area, areaName, localityName].compactMap { $0 } + gaps.filters.map(\.column))
            .filter { !numeric.contains($0) }
        return (Array(Set(numeric)).sorted(), Array(Set(other)).sorted())
    }

    /// Checks the request on its own, before any file is read.
    public func validate() throws(AnalysisError) {
        try gaps.validate()
        if let names = targetIndicators {
            if names.isEmpty { throw .invalidRequest("the list of indicators to rank communities on is empty; name at least one.") }
            let known = Set(gaps.indicators.map(\.name))
            for n in names where !known.contains(n) {
                throw .invalidRequest("the communities are to be ranked on \"\(n)\", which is not an indicator of the run (indicators: \(gaps.indicators.map(\.name).joined(separator: ", "))).")
            }
        }
        guard worst >= 1 else { throw .invalidRequest("\(field: .worst) \(worst): the worst set needs at least 1 community.") }
        guard targetReplicates >= 1 else { throw .invalidRequest("\(field: .replicates) \(targetReplicates): at least 1 simulation is needed.") }
        if (areaName != nil || localityName != nil) && gaps.locality == nil {
            throw .invalidRequest("community and locality names need the locality column (\(field: .locality)).")
        }
    }
}

/// Runs a `GapsReportRequest` on a table: gaps, then target for the latest year, then the adapter.
public enum GapsReportRunner {
    /// The model of the report. `inputs` are the files read, with their SHA-256, for the run's provenance.
    public static func model(_ request: GapsReportRequest, on table: CSVTable, inputs: [ReportInput],
                             version: String) throws(AnalysisError) -> ReportModel {
        try request.validate()
        // The gaps' row filters hold for the whole report: the communities ranking reads the same rows.
        let table = try table.keeping(request.gaps.filters)
        let gaps = try GapsRunner.run(request.gaps, on: table)
        var target: TargetReport?
        var leftOut: [(cause: String, count: Int)] = []
        if let t = request.targetRequest(latestYear: request.gaps.year == nil ? nil : gaps.years.last) {
            // One invalid-area rule for the run: a zone the gaps left out is left out of the ranking too.
            let (rows, causes) = usableRows(table, gaps: request.gaps)
            leftOut = causes
            target = try TargetAnalysis.run(t, on: rows)
            if let n = target?.settings.leftOut.count, n > 0 { leftOut.append(("no value of any ranked indicator", n)) }
        }
        let options = GapsReportAdapter.Options(title: request.title, localityNames: try localityNames(request, table),
                                                nationalCode: request.gaps.nationalName == "Scotland" ? "S92000003" : "national",
                                                indicatorNames: request.indicatorNames,
                                                singlePeriod: request.period ?? "single period")
        return GapsReportAdapter.model(gaps: gaps, request: request.gaps, target: target,
                                       run: run(request, target: target?.settings, leftOut: leftOut, inputs: inputs, version: version),
                                       options: options)
    }

    /// The rows the target analysis may rank under the gaps run's invalid-area rule: under `invalid_areas:
    /// exclude` a row whose count breaks its statistic's rule in any indicator of the run (a proportion's
    /// count above its denominator, e.g. SIMD 2020v2's S01010207 with 374 overcrowded of 288 people) is
    /// left out, as the gaps left it out. (Under `reject` the gaps run has already stopped on such a row.)
    /// Missing values are the target analysis' own business (excluded per indicator and counted there).
    /// Returns the rows and the rows left out by cause.
    static func usableRows(_ table: CSVTable, gaps g: GapsRequest) -> (CSVTable, [(cause: String, count: Int)]) {
        var keep = [Bool](repeating: true, count: table.rowCount)
        var causes: [(cause: String, count: Int)] = []
        guard g.invalidAreas == .exclude else { return (table, []) }
        for ind in g.indicators where ind.statistic == .proportion {
            guard case let .counts(c, d) = ind.source, let cn = table[c]?.numbers, let dn = table[d]?.numbers else { continue }
            var n = 0
            for r in 0..<table.rowCount where keep[r] {
                if let x = cn[r], let y = dn[r], x > y { keep[r] = false; n += 1 }
            }
            if n > 0 { causes.append(("a count above its denominator in \(ind.name)", n)) }
        }
        let idx = keep.indices.filter { keep[$0] }
        guard idx.count < table.rowCount else { return (table, causes) }
        let columns = table.columns.map { col -> CSVColumn in
            switch col.data {
            case let .number(n): return CSVColumn(name: col.name, data: .number(CSVNumberColumn(values: idx.map { n.values[$0] }, isMissing: idx.map { n.isMissing[$0] })))
            case let .text(x): return CSVColumn(name: col.name, data: .text(CSVTextColumn(values: idx.map { x.values[$0] }, isMissing: idx.map { x.isMissing[$0] })))
            }
        }
        return (CSVTable(file: table.file, delimiter: table.delimiter, rowCount: idx.count, columns: columns), causes)
    }

    /// The locality value -> name map from the `localityName` column (the first name seen for each value).
    static func localityNames(_ request: GapsReportRequest, _ table: CSVTable) throws(AnalysisError) -> [String: String] {
        guard let l = request.gaps.locality, let n = request.localityName else { return [:] }
        guard let lc = table[l] else { throw .unknownColumn(file: table.file, column: l, available: table.columns.map(\.name)) }
        guard let nc = table[n] else { throw .unknownColumn(file: table.file, column: n, available: table.columns.map(\.name)) }
        var out: [String: String] = [:]
        for r in 0..<table.rowCount {
            guard let k = label(lc, r), let name = label(nc, r) else { continue }
            if out[k] == nil { out[k] = name }
        }
        return out
    }

    /// The run's provenance: version, inputs, seed, level and the settings a reader needs to repeat it.
    static func run(_ r: GapsReportRequest, target: TargetSettings?, leftOut: [(cause: String, count: Int)], inputs: [ReportInput],
                    version: String) -> ReportRun {
        let g = r.gaps
        var s: [ReportSetting] = [
            ReportSetting("Deprivation rank", g.rank + " (1 = most deprived)"),
            ReportSetting("Quantiles", g.quantiles.map { GapsRequest.schemeName($0) + "s" }.joined(separator: ", ")
                          + "; \(g.basis.rawValue) bands, equal \(g.weighting == .count ? "numbers of areas" : "population")"),
            ReportSetting("Localities", g.locality ?? "none (national only)"),
            ReportSetting("Year column", g.year ?? "none (one period)"),
            ReportSetting("Gap measures", g.measures.map(\.code).joined(separator: ", ")),
            ReportSetting("Confidence levels", g.levels.map { ResultFormat.number($0) }.joined(separator: ", ")),
            ReportSetting("Suppression", g.threshold > 0 ? "counts below \(ResultFormat.number(g.threshold)) withheld" : "none"),
            ReportSetting("Replicates (gaps)", g.replicates.map(String.init) ?? "each measure family's default"),
            g.interval == .bootstrap
                ? ReportSetting("Gap intervals", "bootstrap over areas within each \(g.quantiles.map(GapsRequest.schemeName).joined(separator: " or ")), "
                                + "\(g.replicates ?? GapsIntervalSource.defaultBootstrapReplicates) replicates, percentile: how much each gap depends on "
                                + "which areas fall in each quantile (area-level variation, not the counts' sampling error); seed \(g.seed)")
                : ReportSetting("SII and RII interval", g.siiInterval == .simulation
                          ? "PHE simulation from each quantile's sampling error (none where the values carry no sampling error)"
                          : "regression t interval (lack of fit of the line, not sampling error)"),
            ReportSetting("Sign of the gap measures", "positive (a ratio above 1) means the most deprived fare worse, for every indicator"),
        ]
        if let t = target {
            s.append(ReportSetting("Communities", "\(r.area ?? "") ranked within \(g.locality ?? ""): \(t.weightsLabel)"))
            s.append(ReportSetting("Rank simulation", "\(t.replicates) replicates, \(t.uncertainty.rawValue) model, worst \(t.worst)"))
            let deprivation = g.indicators.filter { $0.role == .deprivation }.map(\.name)
            if r.targetIndicators == nil, !deprivation.isEmpty {
                s.append(ReportSetting("Not ranked on", "deprivation inputs: " + deprivation.joined(separator: ", ")))
            }
            if !leftOut.isEmpty {
                let total = leftOut.reduce(0) { $0 + $1.count }
                s.append(ReportSetting("Communities left out", "\(total): " + leftOut.map { "\($0.count) with \($0.cause)" }.joined(separator: "; ")))
            }
            if !t.missingLabel.isEmpty { s.append(ReportSetting("Missing values (communities scored without them)", t.missingLabel)) }
            if !t.samplingLabel.isEmpty { s.append(ReportSetting("Sampling error of the ranking", t.samplingLabel)) }
        }
        return ReportRun(version: version, inputs: inputs, seed: g.seed, confidenceLevel: g.levels.first ?? 0.95, settings: s)
    }

    /// A cell as the gaps run labels it (text as written, numbers in shortest form); nil when missing.
    static func label(_ c: CSVColumn, _ r: Int) -> String? {
        switch c.data {
        case let .text(t): return t[r]
        case let .number(n): return n[r].map(ResultFormat.number)
        }
    }
}
