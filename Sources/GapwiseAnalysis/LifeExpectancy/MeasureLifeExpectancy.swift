// MeasureLifeExpectancy: life expectancy and healthy life expectancy of one group (area) from its age-band rows.
import GapwiseIO
import GapwiseMeasures

extension MeasureRunner {
    /// One life-table measure of the group's band rows (each row one age band of the area, in any order).
    ///
    /// Deaths are the numerator column, band populations the denominator column, the band is named by the
    /// age-band column (see ``AgeBands/startAge(of:)``). A text or number that names no band, a negative
    /// count or population, or a prevalence outside 0 to 1 stops the run naming the row. A band row with a
    /// missing count leaves the area out (its row says which). PHE's checks (a band with no population, bands
    /// missing or repeated, deaths above population, a total population of 5,000 or less, no deaths in the
    /// final band, an interval over 20 years) give a row with no value whose method says why, as PHE's NA.
    /// The open final band is the band whose label ends in "+" (e.g. "90+"), else the file's oldest band;
    /// it must start at 85 or 90.
    static func lifeTable(_ kind: LifeTableMeasure, spec: MeasureSpec, _ s: GroupSample, request: MeasureRequest,
                          table: CSVTable, finalBand: Int) throws -> MeasureResult {
        let file = table.file, t = request.lifeTable
        let reader = ColumnReader(table: table)
        let deathCol = try reader.numbers(request.numerator!), popCol = try reader.numbers(request.denominator!)
        let bandCol = try bandColumn(t.ageBand!, table: table)
        let prevCol = try t.healthyPrevalence.map { c throws(AnalysisError) in try reader.numbers(c) }
        let respCol = try t.respondents.map { c throws(AnalysisError) in try reader.numbers(c) }
        var ages: [Int] = [], deaths: [Double] = [], pops: [Double] = [], prevalence: [Double] = [], respondents: [Double] = []
        func nothing(_ why: String) -> MeasureResult {
            MeasureResult(group: s.key, measure: spec.code, estimate: .nan, standardError: nil,
                          intervals: request.confidence.map { ConfidenceInterval(confidence: $0, lower: nil, upper: nil) },
                          method: why, areas: 0, excluded: s.members.count, population: 0)
        }
        for r in s.members {
            let row = table.line(ofRow: r)
            guard let age = bandCol.startAge(r) else {
                throw AnalysisError.invalidValue(file: file, row: row, column: t.ageBand!, value: "\"\(bandCol.text(r))\"",
                                                 rule: "does not name an age band: give its start age (0, 1, 5, ..., 90) or a label such as 1-4 or 90+")
            }
            for (value, column, what) in [(deathCol[r], request.numerator!, "deaths"), (popCol[r], request.denominator!, "population")] {
                guard let v = value else {
                    return nothing("not computed: the \(what) in row \(row) (column \(column)) is missing, so the area is left out")
                }
                if v < 0 {
                    throw AnalysisError.invalidValue(file: file, row: row, column: column, value: ResultFormat.number(v),
                                                     rule: "is negative; \(what == "deaths" ? "a death count" : "a population") cannot be negative")
                }
            }
            ages.append(age)
            deaths.append(deathCol[r]!)
            pops.append(popCol[r]!)
            if let prevCol, let respCol {
                guard let pi = prevCol[r], let n = respCol[r] else {
                    let column = prevCol[r] == nil ? t.healthyPrevalence! : t.respondents!
                    return nothing("not computed: the \(column == t.respondents! ? "respondents" : "prevalence") in row \(row) (column \(column)) is missing, so the area is left out")
                }
                if !(pi >= 0 && pi <= 1) {
                    throw AnalysisError.invalidValue(file: file, row: row, column: t.healthyPrevalence!, value: ResultFormat.number(pi),
                                                     rule: "is not a proportion from 0 to 1 (write 0.8 for 80% in good health)")
                }
                if !(n > 0) {
                    throw AnalysisError.invalidValue(file: file, row: row, column: t.respondents!, value: ResultFormat.number(n),
                                                     rule: "is not positive; a prevalence needs at least one respondent")
                }
                prevalence.append(pi)
                respondents.append(n)
            }
        }
        let population = pops.reduce(0, +)
        switch kind {
        case let .lifeExpectancy(age):
            let e = try LifeExpectancy.chiangSilcocks(startAges: ages, deaths: deaths, populations: pops, finalBand: finalBand,
                                                      ages: [age], confidence: request.confidence)[0]
            return MeasureResult(group: s.key, measure: spec.code, estimate: e.value ?? .nan, standardError: e.standardError,
                                 intervals: e.intervals, method: e.note, areas: ages.count, excluded: 0, population: population)
        case let .healthy(age):
            let h = try LifeExpectancy.healthy(startAges: ages, deaths: deaths, populations: pops, healthyPrevalence: prevalence,
                                               respondents: respondents, finalBand: finalBand, ages: [age], confidence: request.confidence)[0]
            let le = h.lifeExpectancy!
            let leText = le.value.map { "life expectancy \(ResultFormat.number($0))" } ?? "life expectancy not given"
            var method = "healthy life expectancy at \(age) ; \(HealthyLifeExpectancyEstimate.method) ; \(leText) (\(LifeExpectancyEstimate.method), final band \(finalBand)+)"
            if let flag = le.flag { method += " ; \(flag)" }
            return MeasureResult(group: s.key, measure: spec.code, estimate: h.value ?? .nan, standardError: h.standardError,
                                 intervals: h.intervals, method: method, areas: ages.count, excluded: 0, population: population)
        }
    }

    /// The open final band of a file's life tables: the start age of a label ending in "+", else the oldest
    /// band; it must be 85 or 90. Read once per run, so that an area missing its oldest band is flagged.
    static func openBand(_ request: MeasureRequest, table: CSVTable) throws(AnalysisError) -> Int {
        let column = request.lifeTable.ageBand!
        let col = try bandColumn(column, table: table)
        var plus: (age: Int, row: Int)?, oldest: (age: Int, row: Int)?
        for r in 0..<table.rowCount {
            guard let a = col.startAge(r) else { continue }
            if col.text(r).hasSuffix("+"), a > plus?.age ?? -1 { plus = (a, r) }
            if a > oldest?.age ?? -1 { oldest = (a, r) }
        }
        guard let found = plus ?? oldest else { return 90 }
        let (band, r) = found
        guard AgeBands.finalBands.contains(band) else {
            throw .invalidValue(file: table.file, row: table.line(ofRow: r), column: column, value: "\"\(col.text(r))\"",
                                rule: "is \(plus == nil ? "the oldest age band, so the open final band" : "the open final age band"), which must start at 85 or 90 (85+ or 90+)")
        }
        return band
    }

    static func bandColumn(_ name: String, table: CSVTable) throws(AnalysisError) -> AgeBandColumn {
        guard let col = table[name] else { throw .unknownColumn(file: table.file, column: name, available: table.columns.map(\.name)) }
        return AgeBandColumn(column: col)
    }
}

/// An age-band column read as start ages: numbers (0, 1, 5, ...) or labels ("1-4", "90+").
struct AgeBandColumn {
    let column: CSVColumn

    /// The cell as written ("a missing value" when empty).
    func text(_ r: Int) -> String { column.isMissing(r) ? "a missing value" : label(column, r) }

    func startAge(_ r: Int) -> Int? {
        if column.isMissing(r) { return nil }
        if case let .number(n) = column.data {
            let v = n.values[r]
            return v >= 0 && v <= 150 && v == v.rounded() ? Int(v) : nil
        }
        return AgeBands.startAge(of: label(column, r))
    }
}
