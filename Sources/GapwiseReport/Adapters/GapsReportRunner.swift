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

    /// The target request for the latest year: the gaps indicators that come from counts (a rate, Poisson
    /// standard error) or from values with a standard error, with their polarity and equal weights, ranked
    /// within the gaps locality. Nil when there is no area or locality column, or no such indicator.
    public func targetRequest(latestYear: String?) -> TargetRequest? {
        guard let area, let locality = gaps.locality else { return nil }
        var list: [TargetIndicator] = []
        for ind in gaps.indicators {
            let worse: WorseEnd = ind.direction == .adverse ? .higher : .lower
            switch ind.source {
            case let .counts(n, d): list.append(TargetIndicator(name: ind.name, source: .counts(count: n, denominator: d), worse: worse))
            case let .values(v, se?): list.append(TargetIndicator(name: ind.name, source: .value(column: v, standardError: se), worse: worse))
            default: continue
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
        guard worst >= 1 else { throw .invalidRequest("--worst \(worst): the worst set needs at least 1 community.") }
        guard targetReplicates >= 1 else { throw .invalidRequest("--reps \(targetReplicates): at least 1 simulation is needed.") }
        if (areaName != nil || localityName != nil) && gaps.locality == nil {
            throw .invalidRequest("community and locality names need the locality column (--locality).")
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
        var leftOut = 0
        if let t = request.targetRequest(latestYear: request.gaps.year == nil ? nil : gaps.years.last) {
            var rows = table
            if request.gaps.invalidAreas == .exclude { (rows, leftOut) = usableRows(table, for: t) }
            target = try TargetAnalysis.run(t, on: rows)
        }
        let options = GapsReportAdapter.Options(title: request.title, localityNames: try localityNames(request, table),
                                                nationalCode: request.gaps.nationalName == "Scotland" ? "S92000003" : "national",
                                                indicatorNames: request.indicatorNames,
                                                singlePeriod: request.period ?? "single period")
        return GapsReportAdapter.model(gaps: gaps, request: request.gaps, target: target,
                                       run: run(request, target: target?.settings, leftOut: leftOut, inputs: inputs, version: version),
                                       options: options)
    }

    /// Under `invalid_areas: exclude`, the rows the target analysis can rank: every count present and every
    /// denominator above 0 (SIMD 2020v2 has zones with no residents). Returns the rows and how many were left out.
    static func usableRows(_ table: CSVTable, for t: TargetRequest) -> (CSVTable, Int) {
        var keep = [Bool](repeating: true, count: table.rowCount)
        for ind in t.indicators {
            guard case let .counts(c, d) = ind.source, let cn = table[c]?.numbers, let dn = table[d]?.numbers else { continue }
            for r in 0..<table.rowCount where keep[r] {
                if cn[r] == nil || !(dn[r].map { $0 > 0 } ?? false) { keep[r] = false }
            }
        }
        let idx = keep.indices.filter { keep[$0] }
        guard idx.count < table.rowCount else { return (table, 0) }
        let columns = table.columns.map { col -> CSVColumn in
            switch col.data {
            case let .number(n): return CSVColumn(name: col.name, data: .number(CSVNumberColumn(values: idx.map { n.values[$0] }, isMissing: idx.map { n.isMissing[$0] })))
            case let .text(x): return CSVColumn(name: col.name, data: .text(CSVTextColumn(values: idx.map { x.values[$0] }, isMissing: idx.map { x.isMissing[$0] })))
            }
        }
        return (CSVTable(file: table.file, delimiter: table.delimiter, rowCount: idx.count, columns: columns), table.rowCount - idx.count)
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
    static func run(_ r: GapsReportRequest, target: TargetSettings?, leftOut: Int, inputs: [ReportInput], version: String) -> ReportRun {
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
        ]
        if let t = target {
            s.append(ReportSetting("Communities", "\(r.area ?? "") ranked within \(g.locality ?? ""): \(t.weightsLabel)"))
            s.append(ReportSetting("Rank simulation", "\(t.replicates) replicates, \(t.uncertainty.rawValue) model, worst \(t.worst)"))
            if leftOut > 0 { s.append(ReportSetting("Communities left out", "\(leftOut) rows with a missing count or a denominator of 0 (invalid_areas: exclude)")) }
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
