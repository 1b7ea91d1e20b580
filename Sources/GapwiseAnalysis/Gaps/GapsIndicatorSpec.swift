// GapsIndicatorSpec: the one-line indicator and long-layout specs (`emergency=adm/pop:stat=rate`) parsed into requests.
import GapwiseIO
import GapwiseMeasures
import GapwiseNumerics

extension GapsIndicator {
    /// Parses `[NAME=]NUMERATOR/DENOMINATOR[:key=value]...` or `[NAME=]VALUE[:key=value]...`.
    ///
    /// Keys: `stat=proportion|rate|dsr|mean|life_expectancy`, `per=` (a positive multiplier), `polarity=adverse|favourable`,
    /// `se=COL` (a value's standard error). Without `polarity=` the polarity is settled by
    /// ``settlingPolarity(stated:favourable:fallback:)``: `favourable`'s list when given, else the catalogue's
    /// for an indicator Gapwise knows, else adverse. `N1+N2+.../P1+P2+...` gives events and
    /// populations per ESP 2013 age band: a directly standardised rate, or with `stat=life_expectancy` deaths and
    /// populations per band 0, 1-4, ..., 90+ (a life expectancy is favourable unless stated). The name defaults to the
    /// numerator's (or value's) column.
    /// - Throws: `AnalysisError.invalidRequest` naming the ``RequestField/indicatorSpec`` field and the part at fault.
    public static func parse(_ spec: String, favourable: Set<String>? = nil) throws(AnalysisError) -> GapsIndicator {
        var parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var head = parts.removeFirst()
        var name: String?
        if let eq = head.firstIndex(of: "=") { name = String(head[..<eq]); head = String(head[head.index(after: eq)...]) }
        var options: [String: String] = [:]
        for p in parts {
            let kv = p.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard kv.count == 2, ["stat", "per", "polarity", "se"].contains(kv[0]) else {
                throw .invalidRequest("\(field: .indicatorSpec) \(spec): \"\(p)\" is not one of stat=, per=, polarity=, se=.")
            }
            guard !kv[1].isEmpty else { throw .invalidRequest("\(field: .indicatorSpec) \(spec): \(kv[0])= needs a value after the equals sign.") }
            options[kv[0]] = kv[1]
        }
        let cols = head.split(separator: "/").map(String.init)
        guard !head.isEmpty, cols.count <= 2, !cols.contains(where: \.isEmpty) else {
            throw .invalidRequest("\(field: .indicatorSpec) \(spec): write NUMERATOR/DENOMINATOR or VALUE.")
        }
        var source: GapsSource = cols.count == 2 ? .counts(numerator: cols[0], denominator: cols[1])
            : .values(value: cols[0], standardError: options["se"])
        if cols.count == 2, cols[0].contains("+") || cols[1].contains("+") {
            source = .ageBands(numerators: cols[0].split(separator: "+").map(String.init),
                               denominators: cols[1].split(separator: "+").map(String.init), standard: Indicator.esp2013)
        }
        var stat: GapsStatistic?
        if let s = options["stat"] {
            guard let x = GapsStatistic(rawValue: s) else {
                throw .invalidRequest("\(field: .indicatorSpec) \(spec): stat=\(s) is not proportion, rate, dsr, mean or life_expectancy.")
            }
            stat = x
        }
        var per: Double?
        if let p = options["per"] {
            guard let x = Double(p), x > 0 else { throw .invalidRequest("\(field: .indicatorSpec) \(spec): per=\(p) is not a positive number.") }
            per = x
        }
        var stated: Polarity?
        if let pol = options["polarity"] {
            guard let x = Polarity(rawValue: pol) else {
                throw .invalidRequest("\(field: .indicatorSpec) \(spec): polarity=\(pol) is not adverse or favourable.")
            }
            stated = x
        }
        return GapsIndicator(name: name ?? cols[0].split(separator: "+").first.map(String.init) ?? cols[0], source: source,
                             statistic: stat, multiplier: per).settlingPolarity(stated: stated, favourable: favourable)
    }

    /// The long file's indicators named by `specs` (`NAME[:options]`; all of `found` when `specs` is empty),
    /// with the options given applied.
    /// - Throws: `AnalysisError.invalidRequest` when a spec names an indicator the long file does not hold.
    public static func select(_ found: [GapsIndicator], _ specs: [String]) throws(AnalysisError) -> [GapsIndicator] {
        if specs.isEmpty { return found }
        var chosen: [GapsIndicator] = []
        for spec in specs {
            let parsed = try parse(spec)
            guard let ind = found.first(where: { $0.name == parsed.name }) else {
                throw .invalidRequest("\(field: .indicatorSpec) \(spec): the long file has no indicator \"\(parsed.name)\" (it has \(found.map(\.name).joined(separator: ", "))).")
            }
            let statistic = spec.contains(":stat=") ? parsed.statistic : nil
            let per = spec.contains(":per=") ? parsed.multiplier : nil
            chosen.append(GapsIndicator(name: ind.name, source: ind.source, statistic: statistic, multiplier: per, polarity: parsed.polarity))
        }
        return chosen
    }
}

extension TidyLongLayout {
    /// Parses `area=COL,indicator=COL,period=COL` with `numerator=COL,denominator=COL` or `value=COL[,se=COL]`.
    /// - Throws: `AnalysisError.invalidRequest` naming the ``RequestField/longLayout`` field.
    public static func parse(_ spec: String) throws(AnalysisError) -> TidyLongLayout {
        var m: [String: String] = [:]
        let items = spec.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for item in items {
            let kv = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, ["area", "indicator", "period", "numerator", "denominator", "value", "se"].contains(kv[0]) else {
                throw .invalidRequest("\(field: .longLayout) \(spec): \"\(item)\" is not one of area=, indicator=, period=, numerator=, denominator=, value=, se=.")
            }
            m[kv[0]] = kv[1]
        }
        guard let a = m["area"], let i = m["indicator"], let p = m["period"] else {
            throw .invalidRequest("\(field: .longLayout) \(spec): give area=COL, indicator=COL and period=COL.")
        }
        return TidyLongLayout(area: a, indicator: i, period: p, value: m["value"], numerator: m["numerator"],
                              denominator: m["denominator"], standardError: m["se"])
    }
}
