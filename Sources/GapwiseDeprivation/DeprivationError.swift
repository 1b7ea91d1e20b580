// DeprivationError: the typed errors of composite deprivation indices and locality summaries.

/// An error from building a composite deprivation index or summarising small areas by locality.
/// Inputs are validated before anything is computed; each case carries the facts needed to find the
/// problem (config field, column, row, value).
public enum DeprivationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The configuration file could not be read or decoded (`detail` says where and why).
    case invalidConfig(detail: String)
    /// The configuration lists no domains.
    case noDomains
    /// Two domains in the configuration share a name.
    case duplicateDomain(name: String)
    /// A domain weight is zero, negative, NaN or infinite.
    case invalidWeight(domain: String, weight: Double)
    /// The input has no column the configuration asks for.
    case missingColumn(domain: String, column: String)
    /// Two parallel inputs (columns, populations, localities) differ in length.
    case lengthMismatch(argument: String, expected: Int, actual: Int)
    /// There are no small areas to rank.
    case emptyInput
    /// A value is missing (NaN) or infinite. `row` counts from 0.
    case invalidValue(column: String, row: Int, value: Double)
    /// A value declared to be a rank lies outside `1...count`. `row` counts from 0.
    case rankOutOfRange(column: String, row: Int, value: Double, count: Int)
    /// A population is negative, NaN or infinite. `row` counts from 0.
    case invalidPopulation(row: Int, value: Double)
    /// All small areas of a locality have population 0, so population-weighted summaries are undefined.
    case zeroPopulation(locality: String)

    public var description: String {
        switch self {
        case let .invalidConfig(detail):
            return "the index configuration could not be read: \(detail)"
        case .noDomains:
            return "the index configuration lists no domains; at least one domain is needed."
        case let .duplicateDomain(name):
            return "the index configuration lists the domain \"\(name)\" more than once; domain names must be unique."
        case let .invalidWeight(domain, weight):
            return "the weight of domain \"\(domain)\" is \(weight); weights must be finite and greater than 0."
        case let .missingColumn(domain, column):
            return "the data has no column \"\(column)\", which the configuration names as the input of domain \"\(domain)\"."
        case let .lengthMismatch(argument, expected, actual):
            return "\(argument) has \(actual) entries but \(expected) were expected (one per small area); the inputs must line up."
        case .emptyInput:
            return "there are no small areas to rank."
        case let .invalidValue(column, row, value):
            return "\(column) is \(value) in row \(row) (counting from 0); every small area needs a finite value."
        case let .rankOutOfRange(column, row, value, count):
            return "\(column) is \(value) in row \(row) (counting from 0), but a rank among \(count) small areas must lie between 1 and \(count)."
        case let .invalidPopulation(row, value):
            return "the population in row \(row) (counting from 0) is \(value); populations must be finite and not negative."
        case let .zeroPopulation(locality):
            return "the small areas of \(locality) have a total population of 0, so population-weighted summaries cannot be worked out."
        }
    }
}
