// GapsRunner: runs a gaps batch: units (indicator × year) spread over threads, results in a fixed order.
import Foundation
import GapwiseIO
import GapwiseNumerics

/// Computes gap profiles for every indicator × locality × year × quantile scheme of a `GapsRequest`.
///
/// The work is cut into units, one per indicator and year, numbered in output order; each unit sums its
/// quantiles, suppresses small counts and computes its gap measures with seeds derived from its number, so
/// the result is the same whatever the number of threads or the order in which units finish.
public enum GapsRunner {
    /// Runs the batch. `progress` (optional) is called with (units done, units in all) as units finish,
    /// from any thread, one call at a time.
    public static func run(_ request: GapsRequest, on table: CSVTable,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws(AnalysisError) -> GapsResult {
        try request.validate()
        let input = try GapsInput(request, try table.keeping(request.filters))
        let units = request.indicators.count * input.years.count
        let results = Parallel.map(units, threads: request.threads, progress: progress) { u -> Result<GapsUnitResult, AnalysisError> in
            let i = u / input.years.count, y = u % input.years.count
            do throws(AnalysisError) {
                return .success(try unit(request.indicators[i], year: y, request, input))
            } catch { return .failure(error) }
        }
        var profiles: [QuantileProfile] = [], gaps: [GapRow] = []
        for r in results {
            switch r {
            case let .success(x): profiles += x.profiles; gaps += x.gaps
            case let .failure(e): throw e
            }
        }
        return GapsResult(profiles: profiles, gaps: gaps, changes: GapsChanges.compute(gaps, years: input.years, levels: request.levels),
                          localities: input.profiles, years: input.years, units: units)
    }
}

extension GapsInput: @unchecked Sendable {}
