// LorenzPoints: the Lorenz curve of every group of a measure request, as a CSV table for charts.
import GapwiseIO
import GapwiseMeasures

/// Lorenz curves of the groups of a `MeasureRequest` (areas sorted by value, optionally population-weighted).
public enum LorenzPoints {
    /// CSV with the `by` columns, `point` (0 = origin), `population_share` and `value_share`.
    public static func csv(_ request: MeasureRequest, on table: CSVTable) throws(AnalysisError) -> String {
        var out = (request.by + ["point", "population_share", "value_share"]).map(ResultFormat.quote).joined(separator: ",") + "\n"
        for s in try GroupCollector(request, table).collect() {
            let curve: LorenzCurve
            do { curve = try Inequality.lorenz(s.values, weights: s.weightArgument) } catch {
                let name = s.key.isEmpty ? "all rows" : zip(request.by, s.key).map { "\($0)=\($1)" }.joined(separator: ", ")
                throw .measureFailed(file: table.file, group: name, measure: "lorenz", reason: "\(error)")
            }
            for (i, (p, l)) in zip(curve.populationShare, curve.valueShare).enumerated() {
                out += (s.key.map(ResultFormat.quote) + [String(i), ResultFormat.number(p), ResultFormat.number(l)]).joined(separator: ",") + "\n"
            }
        }
        return out
    }
}
