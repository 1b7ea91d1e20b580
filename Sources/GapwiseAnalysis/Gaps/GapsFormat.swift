// GapsFormat: the gap, quantile and change tables of a gaps run as CSV or JSON (suppressed cells blank).
import GapwiseMeasures

/// Renders a `GapsResult`. Column names are stable; interval columns are `lower`/`upper` for one level,
/// `lower_95`/`upper_95`/`lower_99.8`/... for several; the gap table's `interval_method` says which interval
/// is shown or why there is none ("none: no sampling error given"). Empty CSV cells (JSON null) mean "not available";
/// the `status`, `missing_reason` and `note` columns say why.
public enum GapsFormat {
    enum Cell { case text(String), number(Double?), integer(Int) }

    static func intervalColumns(_ levels: [Double]) -> [String] {
        levels.count == 1 ? ["lower", "upper"] : levels.flatMap { ["lower_\(ResultFormat.levelSuffix($0))", "upper_\(ResultFormat.levelSuffix($0))"] }
    }

    static func intervalCells(_ iv: [ConfidenceInterval], _ levels: [Double]) -> [Cell] {
        levels.flatMap { l -> [Cell] in let i = iv.at(l); return [.number(i?.lower), .number(i?.upper)] }
    }

    /// The gap table: one row per locality × indicator × year × scheme × measure.
    public static func gaps(_ r: GapsResult, levels: [Double], format: OutputFormat) -> String {
        let cols = ["locality", "indicator", "year", "quantiles", "measure", "estimate", "se"] + intervalColumns(levels)
            + ["interval_method", "groups_used", "flags", "missing_reason", "method"]
        let rows = r.gaps.map { g -> [Cell] in
            [.text(g.locality), .text(g.indicator), .text(g.year), .text(GapsRequest.schemeName(g.scheme)), .text(g.measure),
             .number(g.estimate), .number(g.standardError)] + intervalCells(g.intervals, levels)
                + [.text(g.intervalMethod), .text(g.groupsUsed), .text(g.flags.joined(separator: "; ")), .text(g.missingReason ?? ""), .text(g.method)]
        }
        return render(cols, rows, format)
    }

    /// The per-quantile tables behind the gaps (for charts): one row per profile and quantile.
    public static func quantiles(_ r: GapsResult, levels: [Double], format: OutputFormat) -> String {
        let cols = ["locality", "indicator", "year", "quantiles", "quantile", "areas", "excluded_areas", "numerator",
                    "denominator", "value", "se"] + intervalColumns(levels) + ["status", "method"]
        var rows: [[Cell]] = []
        for p in r.profiles {
            for q in p.rows {
                rows.append([.text(p.locality), .text(p.indicator), .text(p.year), .text(GapsRequest.schemeName(p.scheme)),
                             .integer(q.quantile), .integer(q.areas), .integer(q.excludedAreas), .number(q.numerator),
                             .number(q.denominator), .number(q.value), .number(q.standardError)]
                            + intervalCells(q.intervals, levels) + [.text(q.status.rawValue), .text(q.method)])
            }
        }
        return render(cols, rows, format)
    }

    /// The changes over time (empty table when the run has one year).
    public static func changes(_ r: GapsResult, levels: [Double], format: OutputFormat) -> String {
        let cols = ["locality", "indicator", "quantiles", "measure", "from_year", "to_year", "from", "to", "change"]
            + intervalColumns(levels) + ["trend", "note"]
        let rows = r.changes.map { c -> [Cell] in
            [.text(c.locality), .text(c.indicator), .text(GapsRequest.schemeName(c.scheme)), .text(c.measure),
             .text(c.fromYear), .text(c.toYear), .number(c.from), .number(c.to), .number(c.change)]
                + intervalCells(c.intervals, levels) + [.text(c.trend.rawValue), .text(c.note ?? "")]
        }
        return render(cols, rows, format)
    }

    static func render(_ cols: [String], _ rows: [[Cell]], _ format: OutputFormat) -> String {
        switch format {
        case .csv:
            var out = cols.map(ResultFormat.quote).joined(separator: ",") + "\n"
            for r in rows {
                out += r.map { c -> String in
                    switch c {
                    case let .text(t): return ResultFormat.quote(t)
                    case let .number(x): return x.map(ResultFormat.number) ?? ""
                    case let .integer(i): return String(i)
                    }
                }.joined(separator: ",") + "\n"
            }
            return out
        case .json:
            var out = "[\n"
            for (ri, r) in rows.enumerated() {
                let fields = zip(cols, r).map { k, c -> String in
                    let v: String
                    switch c {
                    case let .text(t): v = ResultFormat.jsonString(t)
                    case let .number(x): v = x.map { $0.isFinite ? ResultFormat.number($0) : "null" } ?? "null"
                    case let .integer(i): v = String(i)
                    }
                    return "\(ResultFormat.jsonString(k)): \(v)"
                }
                out += "  {" + fields.joined(separator: ", ") + "}" + (ri + 1 < rows.count ? ",\n" : "\n")
            }
            return out + "]\n"
        }
    }
}
