// TargetAnalysis: finds each locality's communities with the poorest outcomes, with simulated rank uncertainty.
import GapwiseIO
import GapwiseNumerics

/// The communities with the poorest outcomes in each locality, with evidence.
///
/// 1. Each area's combined score `S_i` (`TargetScore`): polarity-aware z-scores against the national
///    distribution, weighted (weights rescaled to sum to 1 and stated in the output); also `S'_i`
///    standardised within the locality.
/// 2. Areas are ranked within their locality by `S_i`, 1 = worst.
/// 3. Uncertainty by seeded simulation (`GroupRankSimulation`), `R` replicates:
///    - `normal`: `S*_i ~ N(S_i, Σ_k a_k² se_ik²)` — exact for independent normal indicator errors, one
///      draw per area per replicate;
///    - `poisson`: every count redrawn `N*_ik ~ Poisson(N_ik)`, rates `N*/D` combined with BLAS `dgemv`.
///    Each replicate ranks every locality's areas; the rank histograms give the rank interval (the
///    `(1−c)/2` and `(1+c)/2` quantiles of the simulated rank: smallest r with `F(r) ≥ q`) and
///    `P(worst)` = share of replicates with rank ≤ k_L, the worst-set size of the locality.
/// 4. Drivers: the indicators with positive contributions `w_k z_ik`, largest first.
/// 5. Flags (only for an area whose score has a sampling error): `significantly_worse_than_locality` when the share of replicates in which `S*_i` exceeds the
///    mean simulated score of its locality's areas is at least `(1+c)/2` (one-sided test at level
///    `(1−c)/2`), likewise `significantly_worse_than_country` against the mean of all areas, and
///    `worse_than_both` when both hold; `scored_on_m_of_n_indicators` when some values were missing.
///
/// With 0 replicates nothing is simulated: scores, ranks and drivers only (no standard error, rank interval,
/// probability or significance flag), and the settings say so.
///
/// Results are identical for any thread count (see `GroupRankSimulation`).
public enum TargetAnalysis {
    /// Runs `request` over `table`.
    public static func run(_ request: TargetRequest, on table: CSVTable) throws(AnalysisError) -> TargetReport {
        try request.validate()
        let areas = try TargetAreas.read(request, from: table)
        let base = try TargetAreas.standardisationBase(request, from: table)
        return try run(request, areas: areas, base: base)
    }

    /// Runs `request` over areas already read, standardised against `base` (all areas of the table when
    /// the rows were filtered, see `TargetAreas.standardisationBase`) or, when `nil`, against `areas`.
    public static func run(_ request: TargetRequest, areas: TargetAreas, base: TargetAreas? = nil) throws(AnalysisError) -> TargetReport {
        try request.validate()
        let n = areas.count
        var locIndex: [String: Int] = [:], locNames: [String] = []
        let locID = areas.localities.map { l -> Int in
            if let id = locIndex[l] { return id }
            locIndex[l] = locNames.count; locNames.append(l); return locNames.count - 1
        }
        var sizes = [Int](repeating: 0, count: locNames.count)
        for l in locID { sizes[l] += 1 }
        if let big = sizes.firstIndex(where: { $0 > 65_536 }) {
            throw .invalidRequest("locality \(locNames[big]) has \(sizes[big]) areas; target ranks at most 65,536 areas per locality.")
        }
        let score = try TargetScore(areas: areas, indicators: request.indicators, localityIDs: locID,
                                    localityCount: locNames.count, base: base)
        let observedRanks = try! Ranking.ranks(score.national, groups: locID, ties: .first, order: .descending)
        guard request.simulates else {
            return unsimulated(request, areas: areas, score: score, ranks: observedRanks, localityIDs: locID, localityIndex: locIndex)
        }
        let model: SimulatedScoreModel
        switch request.uncertainty {
        case .normal:
            let sds = (0..<n).map { score.standardError(area: $0, standardErrors: areas.standardErrors) }
            model = .normal(means: score.national, sds: sds)
        case .poisson:
            if let k = areas.available.firstIndex(where: { $0.contains(false) }) {
                throw .invalidRequest("Poisson simulation needs every count, but indicator \"\(request.indicators[k].name)\" has \(areas.missingCounts[k]) missing; use the normal simulation or give every count.")
            }
            model = .poisson(lambdas: areas.counts.map { $0! }, denominators: areas.denominators.map { $0! },
                             coefficients: score.coefficients, offset: score.offset)
        }
        let counts = GroupRankSimulation.run(model, groups: locID, replicates: request.replicates,
                                             seed: request.seed, threads: request.threads)
        let seByArea: [Double]
        if case let .normal(_, sds) = model { seByArea = sds } else {
            seByArea = (0..<n).map { score.standardError(area: $0, standardErrors: areas.standardErrors) }
        }

        let reps = Double(request.replicates)
        let alpha = (1 - request.confidence) / 2
        var results: [TargetAreaResult] = []
        results.reserveCapacity(n)
        for i in 0..<n {
            let size = counts.groupSize[locID[i]]
            let k = request.worst.size(of: size)
            let hist = counts.histogram(i)
            var inWorst = 0.0
            for (r, c) in hist.enumerated() where r < k { inWorst += Double(c) }
            let (lo, hi) = rankInterval(hist, replicates: request.replicates, alpha: alpha)
            let pLoc = Double(counts.aboveGroupMean[i]) / reps, pNat = Double(counts.aboveOverallMean[i]) / reps
            var flags: [String] = []
            // Without sampling error (every indicator a value with no standard error) nothing is tested.
            let tested = seByArea[i] > 0
            let worseLoc = tested && pLoc >= 1 - alpha, worseNat = tested && pNat >= 1 - alpha
            if worseLoc { flags.append("significantly_worse_than_locality") }
            if worseNat { flags.append("significantly_worse_than_country") }
            if worseLoc && worseNat { flags.append("worse_than_both") }
            flags += partialFlag(areas, i)
            results.append(TargetAreaResult(
                locality: areas.localities[i], area: areas.codes[i], name: areas.names[i],
                score: score.national[i], localScore: score.local[i], scoreSE: seByArea[i],
                rank: Int(observedRanks[i]), localityAreas: size, rankLower: lo, rankUpper: hi,
                worstSetSize: k, probabilityWorst: inWorst / reps,
                probabilityAboveLocality: pLoc, probabilityAboveCountry: pNat,
                drivers: drivers(score, i, request), flags: flags))
        }
        return report(request, areas: areas, score: score, results: results, localityIndex: locIndex)
    }

    /// The report without simulation (`replicates` 0): scores, ranks and drivers; no standard error, rank
    /// interval, probability or significance flag.
    static func unsimulated(_ request: TargetRequest, areas: TargetAreas, score: TargetScore, ranks: [Double],
                            localityIDs: [Int], localityIndex: [String: Int]) -> TargetReport {
        var sizes = [Int](repeating: 0, count: localityIndex.count)
        for l in localityIDs { sizes[l] += 1 }
        let results = (0..<areas.count).map { i in
            TargetAreaResult(
                locality: areas.localities[i], area: areas.codes[i], name: areas.names[i],
                score: score.national[i], localScore: score.local[i], scoreSE: nil,
                rank: Int(ranks[i]), localityAreas: sizes[localityIDs[i]], rankLower: nil, rankUpper: nil,
                worstSetSize: request.worst.size(of: sizes[localityIDs[i]]), probabilityWorst: nil,
                probabilityAboveLocality: nil, probabilityAboveCountry: nil,
                drivers: drivers(score, i, request), flags: partialFlag(areas, i))
        }
        return report(request, areas: areas, score: score, results: results, localityIndex: localityIndex)
    }

    /// `scored_on_m_of_n_indicators` for an area missing some indicator.
    static func partialFlag(_ areas: TargetAreas, _ i: Int) -> [String] {
        guard areas.isPartial(i) else { return [] }
        let have = areas.available.reduce(0) { $0 + ($1[i] ? 1 : 0) }
        return ["scored_on_\(have)_of_\(areas.available.count)_indicators"]
    }

    /// Area i's indicators with positive contributions, largest first.
    static func drivers(_ score: TargetScore, _ i: Int, _ request: TargetRequest) -> [TargetDriver] {
        Array(score.contributions[i].enumerated()
            .filter { $0.element > 0 }
            .sorted { $0.element > $1.element || ($0.element == $1.element && $0.offset < $1.offset) }
            .prefix(request.drivers)
            .map { TargetDriver(indicator: request.indicators[$0.offset].name, contribution: $0.element) })
    }

    /// The results sorted by locality (first appearance) and rank, with the run's settings.
    static func report(_ request: TargetRequest, areas: TargetAreas, score: TargetScore, results: [TargetAreaResult],
                       localityIndex locIndex: [String: Int]) -> TargetReport {
        var results = results
        results.sort { a, b in
            let la = locIndex[a.locality]!, lb = locIndex[b.locality]!
            return la != lb ? la < lb : a.rank < b.rank
        }
        var settings = TargetSettings(
            seed: request.seed, replicates: request.replicates, uncertainty: request.uncertainty,
            confidence: request.confidence, worst: request.worst.label, indicators: request.indicators.map(\.name),
            polarity: request.indicators.map(\.polarity), weights: score.weights, means: score.means,
            standardDeviations: score.standardDeviations, missing: areas.missingCounts, leftOut: areas.leftOut,
            withoutSamplingError: request.indicators.indices.filter { !areas.hasSamplingError[$0] }.map { request.indicators[$0].name })
        settings.standardise = request.standardise
        return TargetReport(areas: results, settings: settings)
    }

    /// The `alpha` and `1 − alpha` quantiles of a rank histogram (entry r = replicates with rank r + 1):
    /// the smallest rank whose cumulative count reaches `q · R`.
    static func rankInterval(_ hist: [UInt32], replicates: Int, alpha: Double) -> (Int, Int) {
        let lowTarget = alpha * Double(replicates), highTarget = (1 - alpha) * Double(replicates)
        var cum = 0.0, lo = 0, hi = 0
        for (r, c) in hist.enumerated() {
            cum += Double(c)
            if lo == 0 && cum >= lowTarget && cum > 0 { lo = r + 1 }
            if cum >= highTarget { hi = r + 1; break }
        }
        return (lo, hi)
    }
}
