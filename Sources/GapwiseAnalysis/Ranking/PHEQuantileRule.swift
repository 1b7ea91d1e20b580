// PHEQuantileRule: `rank`'s third band rule, PHEindicatormethods' phe_quantile (with its invert and its refusal of groups smaller than k).
import GapwiseNumerics

extension RankRequest {
    func validatePHEQuantile() throws(AnalysisError) {
        if pheInvert != nil && bandRule != .phe {
            throw .invalidRequest("\(field: .pheInvert) belongs to PHE's quantile rule: band with the phe rule, or leave it out.")
        }
        if bandRule == .phe, case .composite = subject {
            throw .invalidRequest("PHE's quantile rule bands an indicator's values; a composite index is banded by its ranks (the count or population rule).")
        }
    }
}

extension RequestField {
    public static let pheInvert: RequestField = "pheInvert"
}

extension RankAnalysis {
    /// PHE gives no quantile to a group of fewer than k areas (`phe_quantile` returns NA for it); here that is
    /// an error naming the group.
    static func checkPHEGroupSizes(_ count: Int, groups: [String]?, bands kind: BandKind, file: String) throws(AnalysisError) {
        let k = kind.count
        var sizes: [String: Int] = [:], order: [String] = []
        for g in groups ?? Array(repeating: "", count: count) {
            if sizes[g] == nil { order.append(g) }
            sizes[g, default: 0] += 1
        }
        for g in order where sizes[g]! < k {
            let which = groups == nil ? "there are \(sizes[g]!) areas" : "group \"\(g)\" has \(sizes[g]!) areas"
            throw .invalidRequest("\(file): \(kind.rawValue) bands by PHE's quantile rule need at least \(k) areas in each group; \(which) (PHE leaves such a group without quantiles).")
        }
    }

    /// Bands by `phe_quantile` (`QuantileBands.pheQuantile`): per group (or over all areas), the values ranked
    /// with ties at the minimum rank, highest first when `highestFirst` (PHE's invert = TRUE), and
    /// q = floor((k+1) − ceiling(((N+1) − rank)/(N/k))), 0 read as 1.
    static func pheQuantileBands(_ values: [Double], groups: [String]?, bands kind: BandKind,
                                 highestFirst: Bool) throws(RankingError) -> QuantileBandAssignment {
        if let groups { return try QuantileBands.pheQuantile(values: values, bands: kind.count, groups: groups, highestValuesFirst: highestFirst) }
        return try QuantileBands.pheQuantile(values: values, bands: kind.count, highestValuesFirst: highestFirst)
    }
}
