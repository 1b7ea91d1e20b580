// GroupedDispatch: computes any grouped measure from its code (for the CLI and batch callers).

extension GroupedInequality {
    /// Computes `measure` with its default parameters (no bounds or normalisation for ACI/RCI; the
    /// population-weighted mean as the overall rate for the ScotPHO RII).
    /// - Throws: whatever the measure throws (see each measure's documentation).
    public static func compute(_ measure: GroupedMeasure, _ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        switch measure {
        case .d: return try difference(data, options: options)
        case .r: return try ratio(data, options: options)
        case .sii: return try slopeIndex(data, options: options)
        case .rii: return try relativeIndex(data, options: options)
        case .aci: return try absoluteConcentrationIndex(data, options: options)
        case .rci: return try relativeConcentrationIndex(data, options: options)
        case .paf: return try populationAttributableFraction(data, options: options)
        case .par: return try populationAttributableRisk(data, options: options)
        case .bgv: return try betweenGroupVariance(data, options: options)
        case .bgsd: return try betweenGroupStandardDeviation(data, options: options)
        case .cov: return try coefficientOfVariation(data, options: options)
        case .idisu: return try indexOfDisparityUnweighted(data, options: options)
        case .idisw: return try indexOfDisparityWeighted(data, options: options)
        case .mdbu: return try meanDifferenceFromBestUnweighted(data, options: options)
        case .mdbw: return try meanDifferenceFromBestWeighted(data, options: options)
        case .mdmu: return try meanDifferenceFromMeanUnweighted(data, options: options)
        case .mdmw: return try meanDifferenceFromMeanWeighted(data, options: options)
        case .mdru: return try meanDifferenceFromReferenceUnweighted(data, options: options)
        case .mdrw: return try meanDifferenceFromReferenceWeighted(data, options: options)
        case .mld: return try meanLogDeviation(data, options: options)
        case .ti: return try theilIndex(data, options: options)
        case .siiLinear: return try linearSlopeIndex(data, options: options)
        case .riiLinear: return try linearRelativeIndex(data, options: options)
        case .riiPercent: return try linearRelativeIndexPercent(data, options: options)
        case .parPercent: return try attributableRiskPercent(data, options: options)
        case .absoluteRange: return try absoluteRange(data, options: options)
        case .relativeRange: return try relativeRange(data, options: options)
        }
    }
}
