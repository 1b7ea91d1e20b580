// LifeTableInputs: the age-band columns of `gapwise measure`'s life-expectancy measures and their request rules.
import GapwiseMeasures

/// A life-table measure of each group's age-band rows (one row per band of an area, grouped by area).
public enum LifeTableMeasure: Hashable, Sendable {
    /// PHE `phe_life_expectancy`: life expectancy at `age` (Chiang II, Silcocks limits).
    case lifeExpectancy(age: Int)
    /// Sullivan's healthy life expectancy at `age`, from the prevalence of good health in each band.
    case healthy(age: Int)

    /// The codes `MeasureSpec.parse` accepts (an age may follow a colon: `life_expectancy:65`); the
    /// hyphenated spellings (`life-expectancy`) are accepted too.
    public static let codes = ["life_expectancy", "healthy_life_expectancy"]

    public var age: Int {
        switch self {
        case let .lifeExpectancy(a), let .healthy(a): return a
        }
    }
}

/// The columns of the life-table measures beyond the deaths (numerator) and band populations (denominator).
public struct LifeTableInputs: Hashable, Sendable {
    /// The column naming each row's age band: a start age (0, 1, 5, ..., 90) or a label ("1-4", "90+").
    public var ageBand: String?
    /// Healthy life expectancy: the column of the proportion in good health in each band (0 to 1).
    public var healthyPrevalence: String?
    /// Healthy life expectancy: the column of the survey respondents behind each band's prevalence.
    public var respondents: String?

    public init(ageBand: String? = nil, healthyPrevalence: String? = nil, respondents: String? = nil) {
        self.ageBand = ageBand
        self.healthyPrevalence = healthyPrevalence
        self.respondents = respondents
    }

    /// The numeric columns these inputs read.
    public var numericColumns: [String] { [healthyPrevalence, respondents].compactMap { $0 } }
}

extension RequestField {
    public static let ageBand: RequestField = "ageBand"
    public static let healthyPrevalence: RequestField = "healthyPrevalence"
    public static let respondents: RequestField = "respondents"
}

extension MeasureSpec {
    /// A life-table measure (`life_expectancy`, `healthy_life_expectancy`; the age after a colon unless 0).
    public static func lifeTable(_ measure: LifeTableMeasure) -> MeasureSpec {
        let code: String
        switch measure {
        case .lifeExpectancy: code = "life_expectancy"
        case .healthy: code = "healthy_life_expectancy"
        }
        return MeasureSpec(code: measure.age == 0 ? code : "\(code):\(measure.age)", kind: .lifeTable(measure))
    }

    /// The life-table measure, if this is one.
    var lifeTable: LifeTableMeasure? { if case let .lifeTable(m) = kind { return m } else { return nil } }
}

extension MeasureRequest {
    /// Whether every measure reads life tables (one row per age band): the rows are then not areas.
    var lifeTablesOnly: Bool { !measures.isEmpty && measures.allSatisfy { $0.lifeTable != nil } }

    /// The life-table measures' own rules (called by `validate()`).
    func validateLifeTable() throws(AnalysisError) {
        let kinds = measures.compactMap(\.lifeTable)
        let t = lifeTable
        if kinds.isEmpty {
            if t.ageBand != nil || t.healthyPrevalence != nil || t.respondents != nil {
                throw .invalidRequest("\(field: .ageBand), \(field: .healthyPrevalence) and \(field: .respondents) belong to life_expectancy and healthy_life_expectancy; neither is requested.")
            }
            return
        }
        if kinds.count != measures.count {
            throw .invalidRequest("life_expectancy and healthy_life_expectancy read one row per age band, not per area: ask for the other measures in a separate run.")
        }
        if numerator == nil || denominator == nil {
            throw .invalidRequest("life_expectancy reads one row per age band: give the band's deaths as \(field: .numerator) COL and its population as \(field: .denominator) COL.")
        }
        if t.ageBand == nil {
            throw .invalidRequest("life_expectancy needs each row's age band (0, 1-4, 5-9, ..., 85+ or 90+): give \(field: .ageBand) COL.")
        }
        if by.isEmpty {
            throw .invalidRequest("life_expectancy builds a life table for each area from its age-band rows: give \(field: .by) COL naming the area of each row.")
        }
        let healthy = kinds.contains { if case .healthy = $0 { return true } else { return false } }
        if healthy && (t.healthyPrevalence == nil || t.respondents == nil) {
            throw .invalidRequest("healthy_life_expectancy needs the prevalence of good health in each band and its survey size: give \(field: .healthyPrevalence) COL and \(field: .respondents) COL.")
        }
        if !healthy && (t.healthyPrevalence != nil || t.respondents != nil) {
            throw .invalidRequest("\(field: .healthyPrevalence) and \(field: .respondents) are for healthy_life_expectancy, which is not requested.")
        }
        for k in kinds where !AgeBands.standard(finalBand: 90).contains(k.age) {
            throw .invalidRequest("measure \(MeasureSpec.lifeTable(k).code): a life expectancy is given at the start of an age band: 0, 1, 5, 10, ..., 85 or 90.")
        }
    }
}

extension LifeTableMeasure {
    /// The measure a code (either spelling) with an optional age after a colon asks for; nil for other codes.
    static func parse(_ raw: String, code: String, age parameter: Double?) throws(AnalysisError) -> LifeTableMeasure? {
        let base = code.replacingOccurrences(of: "-", with: "_")
        guard codes.contains(base) else { return nil }
        var age = 0
        if let p = parameter {
            guard p >= 0, p <= 150, p == p.rounded() else {
                throw .invalidRequest("measure \"\(raw)\": the age after ':' must be a whole number of years, the start of an age band (0, 1, 5, ..., 90).")
            }
            age = Int(p)
        }
        return base == "life_expectancy" ? .lifeExpectancy(age: age) : .healthy(age: age)
    }
}
