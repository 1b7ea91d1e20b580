// LorenzPoints: the Lorenz curve of every group of a measure request, as a CSV table for charts.
import GapwiseIO
import GapwiseMeasures

/// Lorenz curves of the groups of a `MeasureRequest` (areas sorted by value, optionally population-weighted).
public enum LorenzPoints {
    /// CSV with the `by` columns, `point` (0 = origin), `population_share` and `value_share`.
    public static func csv(_ request: MeasureRequest, on table: CSVTable, numbers: NumberFormat = .full) throws(AnalysisError) -> String {
        let table = try table.keeping(request.filters)
        var out = Table(columns: request.by + ["point", "population_share", "value_share"])
        for s in try GroupCollector(request, table).collect() {
            let curve: LorenzCurve
            do { curve = try Inequality.lorenz(s.values, weights: s.weightArgument) } catch {
                let name = s.key.isEmpty ? "all rows" : zip(request.by, s.key).map { "\($0)=\($1)" }.joined(separator: ", ")
                throw .measureFailed(file: table.file, group: name, measure: "lorenz", reason: "\(error)")
            }
            for (i, (p, l)) in zip(curve.populationShare, curve.valueShare).enumerated() {
                out.append(s.key.map { TableCell.text($0) } + [.integer(i), .number(p), .number(l)])
            }
        }
        return TableWriter.csv(out, numbers: numbers)
    }
}
