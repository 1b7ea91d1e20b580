// GapsIndicatorPolarity: the one rule settling an indicator's polarity (its spec's, else the catalogue's, else adverse) for gaps, report and batch configs.
import GapwiseNumerics

extension GapsIndicator {
    /// This indicator with its polarity settled by the one rule that `gaps`, `report` and batch configs share:
    ///
    /// 1. `stated`, the polarity its own spec gives (`:polarity=` in a one-line spec, `polarity:` in a config), wins;
    ///    a life expectancy (`stat=life_expectancy`) is otherwise favourable: a longer life is better;
    /// 2. else, when `favourable` lists the favourable indicators (report's list), favourable when the list
    ///    names this indicator and adverse when it does not;
    /// 3. else the catalogue's polarity for an indicator Gapwise knows (``IndicatorCatalogue/entry(for:)``: by
    ///    name, else by the column it reads): SIMD's Attainment, Attendance and University are favourable;
    /// 4. else `fallback`, adverse (higher is worse) unless the caller states another default.
    public func settlingPolarity(stated: Polarity?, favourable: Set<String>? = nil, fallback: Polarity = .adverse) -> GapsIndicator {
        var settled = self
        settled.polarity = stated ?? (statistic == .lifeExpectancy ? .favourable : nil) ?? favourable.map { $0.contains(name) ? .favourable : .adverse }
            ?? IndicatorCatalogue.entry(for: self)?.polarity ?? fallback
        return settled
    }
}
