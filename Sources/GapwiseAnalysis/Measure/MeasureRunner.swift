// MeasureRunner: computes the requested measures for every group of rows of a table.
import GapwiseIO
import GapwiseMeasures

/// Runs a `MeasureRequest` over a `CSVTable`.
///
/// Rows are grouped by the `by` columns (groups keep the order of their first row). A row whose value,
/// population or ranking value is missing is left out of its group and counted in `excluded`; a missing
/// value is never read as zero. Values that break a rule stop the run with an error naming the row:
/// a negative population, a negative numerator, a denominator of zero or less, a numerator above its
/// denominator (for proportions). Distributional measures get percentile-bootstrap intervals (areas
/// resampled); HEAT/ScotPHO measures their analytic or simulated intervals; PHE SII/RII Monte-Carlo limits.
public enum MeasureRunner {
    public static func run(_ request: MeasureRequest, on table: CSVTable) throws(AnalysisError) -> [MeasureResult] {
        try request.validate()
        let table = try table.keeping(request.filters)
        let file = table.file
        var results: [MeasureResult] = []
        let finalBand = request.lifeTablesOnly ? try openBand(request, table: table) : 90
        for (g, s) in try GroupCollector(request, table).collect().enumerated() {
            let groupName = s.key.isEmpty ? "all rows" : zip(request.by, s.key).map { "\($0)=\($1)" }.joined(separator: ", ")
            for (mi, spec) in request.measures.enumerated() {
                let seed = derivedSeed(request.seed, group: g, measure: mi, measures: request.measures.count)
                do {
                    switch spec.kind {
                    case let .distributional(m):
                        results.append(try distributional(m, spec: spec, s, request: request, seed: seed))
                    case let .grouped(gm):
                        results.append(try grouped(gm, spec: spec, s, request: request, seed: seed))
                    case let .pheSlope(rii):
                        results.append(try pheSlope(rii: rii, spec: spec, s, request: request, seed: seed))
                    case let .statistic(kind):
                        results.append(try statistic(kind, spec: spec, s, request: request))
                    case let .decomposition(alpha, part):
                        results.append(try decomposition(alpha: alpha, part: part, spec: spec, s))
                    case let .standardised(kind):
                        results.append(try standardised(kind, spec: spec, s, request: request, table: table))
                    case let .lifeTable(kind):
                        results.append(try lifeTable(kind, spec: spec, s, request: request, table: table, finalBand: finalBand))
                    case .duncan:
                        results.append(try duncan(spec: spec, s, request: request))
                    }
                } catch let e as AnalysisError {
                    throw e
                } catch let e as InequalityError {
                    throw ErrorLocation(file: file, request: request, sample: s, measure: spec.code, group: groupName).locate(e)
                } catch let e as GroupedMeasureError {
                    throw ErrorLocation(file: file, request: request, sample: s, measure: spec.code, group: groupName).locate(e)
                } catch let e as CustomStringConvertible {
                    throw .measureFailed(file: file, group: groupName, measure: spec.code, reason: e.description)
                } catch {
                    throw .measureFailed(file: file, group: groupName, measure: spec.code, reason: "\(error)")
                }
                let r = results[results.count - 1]
                // A peer's NA (spec.kind.mayHaveNoValue) is written without a value and its method says why.
                if r.estimate.isNaN && spec.kind.mayHaveNoValue { continue }
                try requireFinite(r, file: file, group: groupName)
            }
        }
        return results
    }

    /// Inputs are validated finite, so a result that is not finite means a sum or power overflowed on the way:
    /// an error, never an `inf` or `NaN` written to the output.
    static func requireFinite(_ r: MeasureResult, file: String, group: String) throws(AnalysisError) {
        let numbers: [Double] = [r.estimate, r.standardError ?? 0, r.population]
            + r.intervals.flatMap { i -> [Double] in [i.lower ?? 0, i.upper ?? 0] }
        guard numbers.allSatisfy(\.isFinite) else {
            throw .measureFailed(file: file, group: group, measure: r.measure,
                                 reason: "the result is not a finite number: a sum over the values passes the largest double-precision number (about 1.8e308); rescale the values (e.g. divide by 1,000).")
        }
    }

    /// The seed of (group g, measure m): a fixed function of the run's seed, so output does not depend on
    /// the order or thread in which estimates are computed.
    static func derivedSeed(_ seed: UInt64, group g: Int, measure m: Int, measures: Int) -> UInt64 {
        seed &+ UInt64(g * measures + m) &* 0x9E37_79B9_7F4A_7C15
    }
}
