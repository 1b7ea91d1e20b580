// GapsReportAdapter: turns a gaps run (and the target run of each locality) into the neutral ReportModel.
import GapwiseAnalysis
import GapwiseMeasures
import GapwiseNumerics

/// Builds a `ReportModel` from a `GapsResult` and, optionally, a `TargetReport`: Scotland (the national
/// profile) first, then each locality in the run's order; per indicator, for the latest year and the first
/// quantile scheme of the request:
///
/// - **quantiles**: every published quantile, most deprived first, with its value and its interval at the
///   first confidence level; its population share is its denominator over the published quantiles' total
///   (the same weights the linear SII is fitted with). A quantile that is empty, has no data or is
///   suppressed is not drawn (the gap table says why measures using it are blank). A value without an
///   interval (an area mean without standard errors) has no limits and the note "no sampling error given"
///   (never a zero-width interval).
/// - **SII line**: from the `sii_linear` gap row. That measure is the population-weighted least-squares fit
///   `y_j = β0 + β1·x_j` on the relative rank `x_j` (the cumulative population share at the midpoint of
///   quantile j, 0 = most deprived end). The gaps run orients the SII so that a positive value means the
///   most deprived fare worse: `SII = −β1` for an adverse indicator, `β1` for a favourable one, so the
///   chart's slope is `β1 = −SII` (adverse) or `SII` (favourable). Because the population-weighted mean of the midpoints is exactly ½
///   (`Σ n_j (C_{j−1} + C_j) = N²`), the fitted line passes through (½, ȳ) and
///   `intercept = ȳ − β1/2`, ȳ = `Σ n_j y_j / Σ n_j`. Left out when the SII was not computed.
/// - **concentration curve** from the quantile table: points `(C_j/N, Σ_{i≤j} n_i y_i / Σ n_i y_i)`, most
///   deprived first, with the grouped concentration index `1 − Σ_j p_j (L_{j−1} + L_j)` (trapezium rule;
///   Kakwani, Wagstaff & van Doorslaer 1997, J Econometrics 77:87–103). Left out when a quantile is
///   hidden or a value is negative (a curve of shares needs non-negative totals).
/// - **gaps**: every computed gap measure of the profile, the RII (`rii_linear`, scale-free) first when
///   present (the report's headline, read in ScotPHO's words: "the most deprived are X% above (below) the
///   average", X = 50·|RII| = ScotPHO's `rii_int`), then in the request's order; each with the
///   interval method the gaps run names, or why there is none. Only `rii_linear` is called "RII".
/// - **trend**: the headline measure in every year with an estimate, classified by the gaps run's change
///   from the first to the last year (`GapsChanges`), "not assessed" when only one year has an estimate;
///   nil when the run has a single year.
/// - **communities** (not for the national profile): the locality's areas from the target run, rank 1 =
///   poorest outcomes, with rank intervals, P(among the worst k) and drivers.
public enum GapsReportAdapter {
    /// Names and places the adapter cannot read from the results themselves.
    public struct Options: Sendable {
        public var title: String
        /// Display names of locality values (e.g. council code -> council name); the value itself otherwise.
        public var localityNames: [String: String]
        /// The code used for the national profile's files and links.
        public var nationalCode: String
        /// Display names of indicators (gaps name -> words); the name with underscores as spaces otherwise.
        public var indicatorNames: [String: String]
        /// The period shown when the run has no year column, e.g. "SIMD 2020v2".
        public var singlePeriod: String

        public init(title: String = "Inequalities of outcome", localityNames: [String: String] = [:],
                    nationalCode: String = "S92000003", indicatorNames: [String: String] = [:],
                    singlePeriod: String = "single period") {
            self.singlePeriod = singlePeriod
            self.title = title
            self.localityNames = localityNames
            self.nationalCode = nationalCode
            self.indicatorNames = indicatorNames
        }
    }

    /// The report model of a gaps run (`request` is the request that produced `gaps`).
    public static func model(gaps: GapsResult, request: GapsRequest, target: TargetReport?, run: ReportRun,
                             options: Options = .init()) -> ReportModel {
        let scheme = request.quantiles.first ?? 5
        let level = request.levels.first ?? 0.95
        let latest = gaps.years.last ?? ""
        var profiles: [String: QuantileProfile] = [:]
        for p in gaps.profiles where p.scheme == scheme { profiles[key(p.locality, p.indicator, p.year)] = p }
        var rows: [String: [GapRow]] = [:]
        for g in gaps.gaps where g.scheme == scheme { rows[key(g.locality, g.indicator, g.year), default: []].append(g) }
        var changes: [String: GapChange] = [:]
        for c in gaps.changes where c.scheme == scheme && c.toYear == latest {
            changes[key(c.locality, c.indicator, c.measure)] = c
        }
        var communitiesOf: [String: [TargetAreaResult]] = [:]
        for a in target?.areas ?? [] { communitiesOf[a.locality, default: []].append(a) }

        var codes = Set<String>()
        var localities: [ReportLocality] = []
        for (li, loc) in gaps.localities.enumerated() {
            let isNational = request.includeNational && li == 0
            let code = uniqueCode(isNational ? options.nationalCode : loc, &codes)
            var indicators: [ReportIndicator] = []
            var ids = Set<String>()
            for ind in request.indicators {
                guard let profile = profiles[key(loc, ind.name, latest)] else { continue }
                let gapRows = rows[key(loc, ind.name, latest)] ?? []
                guard let built = indicator(ind, profile: profile, gapRows: gapRows, request: request, level: level,
                                            history: gaps.years.compactMap { rows[key(loc, ind.name, $0)] },
                                            change: { changes[key(loc, ind.name, $0)] }, options: options)
                else { continue }
                var b = built
                b.id = uniqueCode(b.id, &ids)
                indicators.append(b)
            }
            let table = isNational ? nil : communitiesOf[loc].flatMap { communities($0, target: target!) }
            localities.append(ReportLocality(code: code, name: isNational ? loc : options.localityNames[loc] ?? loc,
                                             indicators: indicators, communities: table))
        }
        return ReportModel(title: options.title, run: run, localities: localities)
    }

    static func indicator(_ ind: GapsIndicator, profile: QuantileProfile, gapRows: [GapRow], request: GapsRequest,
                          level: Double, history: [[GapRow]], change: (String) -> GapChange?,
                          options: Options) -> ReportIndicator? {
        let shown = profile.rows.filter { $0.isPublished && $0.value != nil && $0.denominator > 0 }
        guard !shown.isEmpty else { return nil }
        let total = shown.reduce(0) { $0 + $1.denominator }
        let k = profile.scheme
        let quantiles = shown.map { r -> ReportQuantile in
            let v = r.value!
            let iv = r.intervals.at(level)
            let label = r.quantile == 1 ? "1 (most deprived)" : r.quantile == k ? "\(k) (least deprived)" : String(r.quantile)
            let (lo, hi) = limits(v, iv)
            var note: String?
            if lo == nil { if case .values(_, nil) = ind.source { note = "no sampling error given" } else { note = "no interval computed" } }
            return ReportQuantile(label: label, value: v, lower: lo, upper: hi, populationShare: r.denominator / total,
                                  intervalNote: note)
        }
        let complete = profile.rows.allSatisfy { $0.isPublished || $0.status == .empty || $0.status == .noData }
        let mean = shown.reduce(0) { $0 + $1.denominator * $1.value! } / total
        var sii: ReportSIILine?
        if let s = gapRows.first(where: { $0.measure == "sii_linear" })?.estimate, complete {
            // The gap row is oriented (positive: the most deprived fare worse); the line needs β1.
            let beta1 = ind.polarity == .adverse ? -s : s
            sii = ReportSIILine(intercept: mean - beta1 / 2, slope: beta1)
        }
        var curve: ReportCurve?
        if complete, shown.allSatisfy({ $0.value! >= 0 }), mean > 0 {
            curve = concentrationCurve(shown.map { ($0.denominator, $0.value!) })
        }
        let order = orderedGaps(gapRows, request: request)
        let gaps = order.map { g in
            let (lo, hi) = limits(g.estimate!, g.intervals.at(level))
            return ReportGap(name: measureName(g.measure), estimate: g.estimate!, lower: lo, upper: hi,
                             interval: g.intervalMethod.isEmpty ? nil : g.intervalMethod,
                             reading: g.measure == "rii_linear" ? riiReading(g.estimate!, ind.polarity) : nil)
        }
        var trend: ReportGapTrend?
        if let headline = order.first?.measure, history.count >= 2 {
            let points = history.compactMap { rowsOfYear -> ReportGapTrendPoint? in
                guard let g = rowsOfYear.first(where: { $0.measure == headline }), let e = g.estimate else { return nil }
                let (lo, hi) = limits(e, g.intervals.at(level))
                return ReportGapTrendPoint(period: g.year, estimate: e, lower: lo, upper: hi)
            }
            // With one year's estimate only (the other suppressed), the point is shown, "not assessed".
            if !points.isEmpty {
                trend = ReportGapTrend(measure: measureName(headline), points: points,
                                       classification: points.count < 2 ? .notAssessed : classification(change(headline)?.trend))
            }
        }
        return ReportIndicator(
            id: slug(ind.name), name: options.indicatorNames[ind.name] ?? displayName(ind.name), unit: unit(ind),
            polarity: ind.polarity, period: profile.year.isEmpty ? options.singlePeriod : profile.year,
            quantileLabel: quantileLabel(request, scheme: k), quantiles: quantiles, sii: sii, curve: curve, gaps: gaps, trend: trend,
            note: hiddenNote(profile), isDeprivationInput: ind.role == .deprivation)
    }

    /// Which quantiles are not drawn and why, e.g. "Not shown: quintiles 1 and 2 suppressed (small counts),
    /// 5 no areas"; nil when every quantile is drawn.
    static func hiddenNote(_ profile: QuantileProfile) -> String? {
        let groups: [(QuantileStatus, String)] = [(.suppressed, "suppressed (small counts)"),
                                                  (.secondary, "withheld to protect a suppressed quantile"),
                                                  (.empty, "no areas"), (.noData, "no usable data")]
        let parts = groups.compactMap { status, why -> String? in
            let q = profile.rows.filter { $0.status == status }.map(\.quantile)
            return q.isEmpty ? nil : "\(list(q)) \(why)"
        }
        guard !parts.isEmpty else { return nil }
        return "Not shown: \(GapsRequest.schemeName(profile.scheme)) " + parts.joined(separator: "; ")
    }

    /// The limits of `value`'s interval: none (nil, nil) where it has none; a limit on the wrong side of
    /// the value by rounding only (at most 1e-9 relative, e.g. Wilson's upper limit at p = 1 computed as
    /// 1 − 1 ulp) is taken as the value. Larger inconsistencies are kept, and the model's validation names them.
    static func limits(_ value: Double, _ iv: ConfidenceInterval?) -> (Double?, Double?) {
        guard var lo = iv?.lower, var hi = iv?.upper else { return (nil, nil) }
        let tol = 1e-9 * max(1, abs(value))
        if lo > value && lo - value <= tol { lo = value }
        if hi < value && value - hi <= tol { hi = value }
        return (lo, hi)
    }

    /// The concentration curve of quantile totals `n_j·y_j` (most deprived first) and its grouped index.
    static func concentrationCurve(_ groups: [(n: Double, y: Double)]) -> ReportCurve {
        let pop = groups.reduce(0) { $0 + $1.n }, mass = groups.reduce(0) { $0 + $1.n * $1.y }
        var points: [ReportCurvePoint] = []
        var cp = 0.0, co = 0.0, area = 0.0
        for g in groups {
            let prev = co
            cp += g.n
            co += g.n * g.y
            area += g.n / pop * (prev / mass + co / mass)
            points.append(ReportCurvePoint(population: min(1, cp / pop), outcome: co / mass))
        }
        return ReportCurve(kind: .concentration, points: points, index: 1 - area)
    }

    /// The computed gap rows, the RII first when present, then in the request's order.
    static func orderedGaps(_ rows: [GapRow], request: GapsRequest) -> [GapRow] {
        let computed = rows.filter { $0.estimate != nil }
        let codes = request.measures.map(\.code)
        let rank: (GapRow) -> Int = { r in r.measure == "rii_linear" ? -1 : codes.firstIndex(of: r.measure) ?? codes.count }
        return computed.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// ScotPHO's reading of the oriented RII (SII/μ, positive: the most deprived fare worse): "the most
    /// deprived are X% above (below) the average", X = 50·|RII| (the fitted most deprived end lies SII/2
    /// from the mean), above for an adverse indicator with a positive RII or a favourable one with a
    /// negative RII.
    static func riiReading(_ rii: Double, _ polarity: Polarity) -> String {
        let raw = polarity == .adverse ? rii : -rii
        if raw == 0 { return "the most deprived are at the average" }
        return "the most deprived are \(ReportNumber.significant(50 * abs(raw)))% \(raw > 0 ? "above" : "below") the average"
    }

    static func classification(_ t: GapTrend?) -> ReportTrendClassification {
        switch t {
        case .narrowing?: return .narrowing
        case .widening?: return .widening
        case .noClearChange?: return .noClearChange
        case .notAssessed?, nil: return .notAssessed
        }
    }

    /// The communities of one locality from the target run.
    static func communities(_ areas: [TargetAreaResult], target: TargetReport) -> ReportCommunities? {
        guard let first = areas.first else { return nil }
        let s = target.settings
        let label = s.indicators.count == 1 ? "Need score (z-score of \(displayName(s.indicators[0])))"
            : "Need score (weighted mean z-score of \(s.indicators.count) indicators)"
        let rows = areas.map { a -> ReportCommunity in
            var flags = a.flags.contains("worse_than_both") ? ["significantly worse than the locality and the country"]
                : a.flags.map { $0.replacingOccurrences(of: "_", with: " ") }
            // The simulated interval may, rarely, miss the observed rank: widened, and said.
            // The report always simulates (GapsReportRunner asks for at least 1 replicate), so the interval exists.
            let lo = min(a.rankLower!, a.rank), hi = max(a.rankUpper!, a.rank)
            if lo != a.rankLower || hi != a.rankUpper { flags.append("rank interval widened to include the observed rank") }
            return ReportCommunity(code: a.area, name: a.name, score: a.score, rank: a.rank, rankLower: lo, rankUpper: hi,
                                   probabilityWorstK: a.probabilityWorst!, drivers: a.drivers.map { displayName($0.indicator) },
                                   flag: flags.isEmpty ? nil : flags.joined(separator: "; "))
        }
        let unmeasured = !s.withoutSamplingError.isEmpty && s.withoutSamplingError.count == s.indicators.count
        return ReportCommunities(worstK: max(1, first.worstSetSize), scoreLabel: label, communities: rows,
                                 noIntervalReason: unmeasured ? "no sampling error given for any indicator ranked on" : nil)
    }
}
