// CommunitiesLayout: where a communities file keeps its areas, indicators, values and periods (long or wide).

/// How a communities input file is laid out.
public enum CommunitiesLayout: Sendable, Equatable, Codable {
    /// One row per area, indicator (and period): CPOP's own layout.
    ///
    /// - `area`, `indicator`, `value`: the area code, the indicator name and its value.
    /// - `period`: the period of each row (e.g. `Year`), nil when the file holds one period.
    /// - `favourable`: a column saying, on every row, whether higher values of the row's indicator are
    ///   better: `Yes` (favourable) or `No` (adverse), as CPOP's `High is Positive`.
    case long(area: String, indicator: String, value: String, period: String? = nil, favourable: String? = nil)
    /// One row per area (and period), one column per indicator, named in `indicators`.
    case wide(area: String, indicators: [String], period: String? = nil)

    /// The area column.
    public var area: String {
        switch self {
        case let .long(a, _, _, _, _), let .wide(a, _, _): return a
        }
    }

    /// The period column, if any.
    public var period: String? {
        switch self {
        case let .long(_, _, _, p, _), let .wide(_, _, p): return p
        }
    }

    /// Parses `area=COL,indicator=COL,value=COL[,period=COL][,favourable=COL]`, a long layout.
    ///
    /// - Throws: `AnalysisError.invalidRequest` naming the ``RequestField/longLayout`` field.
    public static func parseLong(_ spec: String) throws(AnalysisError) -> CommunitiesLayout {
        let keys = ["area", "indicator", "value", "period", "favourable"]
        var m: [String: String] = [:]
        let items = spec.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for item in items {
            let kv = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, !kv[1].isEmpty, keys.contains(kv[0]) else {
                throw .invalidRequest("\(field: .longLayout) \(spec): \"\(item)\" is not one of area=COL, indicator=COL, value=COL, period=COL, favourable=COL.")
            }
            guard m[kv[0]] == nil else { throw .invalidRequest("\(field: .longLayout) \(spec): \(kv[0])= is given twice.") }
            m[kv[0]] = kv[1]
        }
        guard let a = m["area"], let i = m["indicator"], let v = m["value"] else {
            throw .invalidRequest("\(field: .longLayout) \(spec): give area=COL, indicator=COL and value=COL.")
        }
        return .long(area: a, indicator: i, value: v, period: m["period"], favourable: m["favourable"])
    }
}
