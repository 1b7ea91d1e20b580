// ErrorLocation: turns a measure's complaint about "value i" or "subgroup s" into the file row and column it came from.
import GapwiseIO
import GapwiseMeasures

/// Where a group's values came from, for naming the file row and column in errors.
///
/// The measures number their inputs (value 3, subgroup 'Q2'); an analyst needs the row of the file.
/// `GroupSample.rows` keeps the file row of every used area, so an `InequalityError` with an index
/// or a `GroupedMeasureError` with a subgroup name becomes an `AnalysisError.invalidValue` (or
/// `.overflow`) naming file, row, column, value and the rule. Errors about the group as a whole
/// (too few subgroups, a zero mean) stay `.measureFailed`, naming the group and the measure.
struct ErrorLocation {
    let file: String
    let request: MeasureRequest
    let sample: GroupSample
    let measure: String
    let group: String

    /// The column the measure's values came from: the value column, else the numerator.
    var valueColumn: String { request.value ?? request.numerator ?? "value" }

    func locate(_ e: InequalityError) -> AnalysisError {
        func row(_ i: Int) -> Int? { i >= 0 && i < sample.rows.count ? sample.rows[i] : nil }
        switch e {
        case let .negativeValue(_, i, v):
            guard let r = row(i) else { break }
            return .invalidValue(file: file, row: r, column: valueColumn, value: ResultFormat.number(v),
                                 rule: "is negative, but \(measure) is defined only for values that are zero or more")
        case let .zeroValue(_, i, reason):
            guard let r = row(i) else { break }
            return .invalidValue(file: file, row: r, column: valueColumn, value: "0",
                                 rule: "is not allowed by \(measure): \(reason), so every value must be greater than zero")
        case let .nonFiniteValue(_, i, v):
            guard let r = row(i) else { break }
            return .invalidValue(file: file, row: r, column: valueColumn, value: ResultFormat.number(v),
                                 rule: "is not a finite number")
        case let .invalidWeight(_, i, w):
            guard let r = row(i) else { break }
            return .invalidValue(file: file, row: r, column: request.population ?? "population", value: ResultFormat.number(w),
                                 rule: "is not a usable population: populations must be finite and not negative")
        case let .valueOutOfBounds(_, i, v, lo, hi):
            guard let r = row(i) else { break }
            return .invalidValue(file: file, row: r, column: valueColumn, value: ResultFormat.number(v),
                                 rule: "is outside the bounds [\(ResultFormat.number(lo)), \(ResultFormat.number(hi))] that \(measure) declares for the variable")
        case let .overflow(_, i?, quantity):
            guard let r = row(i) else { break }
            let column = quantity == "the total weight" ? (request.population ?? "population") : valueColumn
            return .overflow(file: file, row: r, column: column, measure: measure, quantity: quantity)
        default:
            break
        }
        return .measureFailed(file: file, group: group, measure: measure, reason: e.description)
    }

    func locate(_ e: GroupedMeasureError) -> AnalysisError {
        func row(_ name: String) -> Int? {
            sample.subgroups.firstIndex { $0.name == name }.flatMap { $0 < sample.rows.count ? sample.rows[$0] : nil }
        }
        switch e {
        case let .nonFiniteEstimate(s, v):
            if let r = row(s) { return .invalidValue(file: file, row: r, column: valueColumn, value: ResultFormat.number(v), rule: "is not a finite number") }
        case let .negativeEstimate(_, s, v):
            if let r = row(s) {
                return .invalidValue(file: file, row: r, column: valueColumn, value: ResultFormat.number(v),
                                     rule: "is negative, but \(measure) is defined only for estimates that are zero or more")
            }
        case let .zeroEstimate(_, s, reason):
            if let r = row(s) {
                return .invalidValue(file: file, row: r, column: valueColumn, value: "0",
                                     rule: "is not allowed by \(measure): \(reason), so every estimate must be greater than zero")
            }
        case let .invalidStandardError(s, v):
            if let r = row(s) {
                return .invalidValue(file: file, row: r, column: request.standardError ?? "se", value: ResultFormat.number(v),
                                     rule: "is not a standard error: it must be a finite number that is zero or more")
            }
        case let .invalidPopulation(s, v):
            if let r = row(s) {
                return .invalidValue(file: file, row: r, column: request.population ?? "population", value: ResultFormat.number(v),
                                     rule: "is not a usable population: populations must be finite and not negative")
            }
        case let .estimateOutsideScale(_, s, v, scale):
            if let r = row(s) {
                return .invalidValue(file: file, row: r, column: valueColumn, value: ResultFormat.number(v),
                                     rule: "is outside 0 to \(ResultFormat.number(scale)) (the indicator scale), so \(measure) cannot read it as a proportion of events")
            }
        case .tooFewSubgroups, .needsOrderedDimension:
            let column = request.subgroup.map { " Each row of a group is one subgroup, named in column \($0)." } ?? ""
            return .measureFailed(file: file, group: group, measure: measure, reason: e.description + column)
        default:
            break
        }
        return .measureFailed(file: file, group: group, measure: measure, reason: e.description)
    }
}
