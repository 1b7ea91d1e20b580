// FunnelRunner: `gapwise funnel`'s work: reads the columns, checks every row, computes PHE funnel limits, formats them.
import GapwiseIO
import GapwiseMeasures

/// Which funnel to draw.
public enum FunnelStatistic: Sendable, Equatable {
    /// Numerator/denominator proportions (multiplier 100: percentages).
    case proportion
    /// Observed/expected ratios: numerator = observed, denominator = expected events.
    case ratio(FunnelRatio.Kind)
    /// Rates: numerator = events, `rate` = the rate per multiplier; denominator optional (crude only).
    case rate(FunnelRate.Kind, years: Double)
}

/// A funnel request over a table: one row per area.
public struct FunnelRequest: Sendable {
    public var statistic: FunnelStatistic
    public var numerator: String
    public var denominator: String?
    public var rate: String?
    /// The units of the plotted proportions and rates (100: percentages; 100,000: per 100,000). Ratio funnels
    /// do not use it: their scale is their kind (O/E − 1 or O/E × 100).
    public var multiplier: Double
    /// A column naming each area (copied to the per-area output).
    public var id: String?
    /// Rows kept before the limits are computed (`RowFilter`: different columns AND, one column's values OR).
    public var filters: [RowFilter]

    public init(statistic: FunnelStatistic, numerator: String, denominator: String? = nil, rate: String? = nil,
                multiplier: Double, id: String? = nil, filters: [RowFilter] = []) {
        self.filters = filters
        self.statistic = statistic
        self.numerator = numerator
        self.denominator = denominator
        self.rate = rate
        self.multiplier = multiplier
        self.id = id
    }
}

public enum FunnelRunner {
    /// The 100-point funnel limits (PHE `calculate_funnel_limits`) of the table's areas.
    /// Rows with a missing value in a needed column are left out (and never read as zero); a value that
    /// breaks a rule stops the run with an error naming file, row (the header is row 1) and column.
    public static func limits(_ request: FunnelRequest, on table: CSVTable) throws(AnalysisError) -> FunnelTable {
        let c = try columns(request, table)
        do {
            switch request.statistic {
            case .proportion:
                return try FunnelProportion.table(numerators: c.x, denominators: c.n, multiplier: request.multiplier)
            case let .ratio(kind):
                return try FunnelRatio.table(observed: c.x, expected: c.n, kind: kind)
            case let .rate(kind, years):
                return try FunnelRate.table(events: c.x, rates: c.r, denominators: request.denominator == nil ? nil : c.n,
                                            kind: kind, years: years, multiplier: request.multiplier)
            }
        } catch {
            throw .measureFailed(file: table.file, group: "all rows", measure: "funnel", reason: error.description)
        }
    }

    /// Each area's value with its 95% and 99.8% limits and PHE's significance label: for proportions the funnel's
    /// control limits at the area's denominator, for ratios and rates the area's own interval (exact Poisson
    /// below 10 events, Byar from 10), compared with the baseline (PHE `assign_funnel_significance`).
    public static func areas(_ request: FunnelRequest, on table: CSVTable) throws(AnalysisError) -> (ids: [String], areas: [FunnelArea]) {
        let c = try columns(request, table)
        do {
            switch request.statistic {
            case .proportion:
                return (c.ids, try FunnelProportion.areas(numerators: c.x, denominators: c.n, multiplier: request.multiplier))
            case let .ratio(kind):
                return (c.ids, try FunnelAreaInterval.ratios(observed: c.x, expected: c.n, kind: kind))
            case let .rate(kind, _):
                return (c.ids, try FunnelAreaInterval.rates(events: c.x, rates: c.r, denominators: request.denominator == nil ? nil : c.n,
                                                           kind: kind, multiplier: request.multiplier))
            }
        } catch {
            throw .measureFailed(file: table.file, group: "all rows", measure: "funnel", reason: error.description)
        }
    }

    /// The 100-point limits as a table.
    package static func table(_ t: FunnelTable) -> Table {
        Table(columns: ["x", "lower_95", "upper_95", "lower_99.8", "upper_99.8", "baseline", "statistic"],
              rows: t.points.map { p in
                  [.number(p.x), .number(p.lower95), .number(p.upper95), .number(p.lower998), .number(p.upper998),
                   .number(t.baseline), .text(t.statistic)]
              })
    }

    /// The per-area limits as a table.
    package static func table(ids: [String], areas: [FunnelArea]) -> Table {
        Table(columns: ["area", "value", "baseline", "lower_95", "upper_95", "lower_99.8", "upper_99.8", "significance"],
              rows: zip(ids, areas).map { id, a in
                  [.text(id), .number(a.value), .number(a.baseline), .number(a.lower95), .number(a.upper95),
                   .number(a.lower998), .number(a.upper998), .text(a.significance)]
              })
    }

    /// CSV of the 100-point limits.
    public static func csv(_ t: FunnelTable, numbers: NumberFormat = .full) -> String { TableWriter.csv(table(t), numbers: numbers) }

    /// CSV of the per-area limits.
    public static func csv(ids: [String], areas: [FunnelArea], numbers: NumberFormat = .full) -> String {
        TableWriter.csv(table(ids: ids, areas: areas), numbers: numbers)
    }

    /// JSON of the 100-point limits: an array of objects with the CSV's keys.
    public static func json(_ t: FunnelTable, numbers: NumberFormat = .full) -> String { TableWriter.json(table(t), numbers: numbers) }

    /// JSON of the per-area limits.
    public static func json(ids: [String], areas: [FunnelArea], numbers: NumberFormat = .full) -> String {
        TableWriter.json(table(ids: ids, areas: areas), numbers: numbers)
    }

    /// The complete rows: numerator x, denominator n (or NaN), rate r (or NaN), area ids (the id column or the row number).
    static func columns(_ request: FunnelRequest, _ table: CSVTable) throws(AnalysisError) -> (x: [Double], n: [Double], r: [Double], ids: [String]) {
        let table = try table.keeping(request.filters)
        guard request.multiplier.isFinite, request.multiplier > 0 else { throw .invalidRequest("\(field: .multiplier) must be a finite number above 0.") }
        let isRate: Bool
        if case .rate = request.statistic { isRate = true } else { isRate = false }
        if isRate && request.rate == nil { throw .invalidRequest("a rate funnel needs \(field: .rate) COL (each area's rate per \(field: .multiplier)).") }
        if !isRate && request.denominator == nil { throw .invalidRequest("give \(field: .denominator) COL (the population, or the expected events for a ratio).") }
        if case .rate(.dsr, _) = request.statistic, request.denominator != nil {
            throw .invalidRequest("a DSR funnel derives each area's denominator from its events and rate: leave out \(field: .denominator) (or use \(field: .rateType) crude).")
        }
        let xc = try ColumnReader(table: table).numbers(request.numerator)
        let nc = try request.denominator.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let rc = try request.rate.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let idc = try request.id.map { c throws(AnalysisError) -> CSVColumn in
            guard let col = table[c] else { throw .unknownColumn(file: table.file, column: c, available: table.columns.map(\.name)) }
            return col
        }
        var x: [Double] = [], n: [Double] = [], r: [Double] = [], ids: [String] = []
        for row in 0..<table.rowCount {
            guard let xv = xc[row] else { continue }
            let nv = nc.map { $0[row] }, rv = rc.map { $0[row] }
            if nv == .some(nil) || rv == .some(nil) { continue }
            let line = table.line(ofRow: row)
            guard xv >= 0 else { throw .invalidValue(file: table.file, row: line, column: request.numerator, value: ResultFormat.number(xv), rule: "is negative; a count must be zero or more") }
            if let d = nv ?? nil {
                guard d > 0 else { throw .invalidValue(file: table.file, row: line, column: request.denominator!, value: ResultFormat.number(d), rule: "must be greater than zero") }
                if request.statistic == .proportion && xv > d {
                    throw .invalidValue(file: table.file, row: line, column: request.numerator, value: ResultFormat.number(xv),
                                        rule: "is above its denominator \(ResultFormat.number(d)); a proportion's numerator cannot exceed it")
                }
            }
            if let rate = rv ?? nil, rate < 0 || (rate == 0 && xv > 0) {
                throw .invalidValue(file: table.file, row: line, column: request.rate!, value: ResultFormat.number(rate), rule: "must be greater than zero where there are events")
            }
            x.append(xv); n.append((nv ?? nil) ?? .nan); r.append((rv ?? nil) ?? .nan)
            ids.append(idc.map { label($0, row) } ?? String(line))
        }
        if x.isEmpty { throw .invalidRequest("\(table.file): no row has all of the funnel's values.") }
        return (x, n, r, ids)
    }

}
