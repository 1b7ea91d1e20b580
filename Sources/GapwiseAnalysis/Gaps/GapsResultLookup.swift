// GapsResultLookup: find one gap, profile or change in a gaps result by measure, indicator, locality and year.

extension GapsResult {
    /// The gap row of `measure` for one indicator and locality, or nil when the run did not produce it.
    ///
    ///     let sii = result.gap(try .parse("sii_linear"), indicator: "emergency", locality: "Glasgow City")
    ///
    /// - Parameters:
    ///   - year: the year's label; nil for the latest year of the run.
    ///   - scheme: the number of quantiles (5, 10); nil for the run's first scheme.
    public func gap(_ measure: MeasureSpec, indicator: String, locality: String, year: String? = nil, scheme: Int? = nil) -> GapRow? {
        gap(code: measure.code, indicator: indicator, locality: locality, year: year, scheme: scheme)
    }

    /// The gap row of the measure with code `code` (as in the output's `measure` column).
    public func gap(code: String, indicator: String, locality: String, year: String? = nil, scheme: Int? = nil) -> GapRow? {
        let y = year ?? years.last
        let k = scheme ?? gaps.first?.scheme
        return gaps.first { $0.measure == code && $0.indicator == indicator && $0.locality == locality && $0.year == y && $0.scheme == k }
    }

    /// The per-quantile table behind the gaps of one indicator and locality (latest year and first scheme by default).
    public func profile(indicator: String, locality: String, year: String? = nil, scheme: Int? = nil) -> QuantileProfile? {
        let y = year ?? years.last
        let k = scheme ?? profiles.first?.scheme
        return profiles.first { $0.indicator == indicator && $0.locality == locality && $0.year == y && $0.scheme == k }
    }

    /// The change of `measure` from the first year to `toYear` (the latest by default).
    public func change(_ measure: MeasureSpec, indicator: String, locality: String, toYear: String? = nil, scheme: Int? = nil) -> GapChange? {
        let y = toYear ?? years.last
        let k = scheme ?? changes.first?.scheme
        return changes.first { $0.measure == measure.code && $0.indicator == indicator && $0.locality == locality && $0.toYear == y && $0.scheme == k }
    }
}
