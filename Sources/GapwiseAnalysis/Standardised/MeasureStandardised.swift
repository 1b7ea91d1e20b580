// MeasureStandardised: computes dsr, isratio and israte for one group (area) from its band rows, with the missing-count policy.
import GapwiseIO
import GapwiseMeasures

extension MeasureRunner {
    /// One age-standardised statistic of the group's band rows (each row one age band, in standard order).
    ///
    /// The events are the numerator column and the band populations the denominator column (the row checks
    /// of `GroupCollector` already refused negative counts and populations ≤ 0, naming the row). A band row
    /// whose population is missing leaves the area out; one whose event count (or a persons count of the
    /// event frequencies) is missing leaves it out too unless ``MissingBandCounts/zero`` says to count it as
    /// zero, PHE's treatment of NA. A left-out area, and a DSR PHE suppresses (fewer than 10 events), is a
    /// row with no estimate whose method says why.
    static func standardised(_ kind: StandardisedStatistic, spec: MeasureSpec, _ s: GroupSample, request: MeasureRequest,
                             table: CSVTable) throws -> MeasureResult {
        let file = table.file, inputs = request.standardisation
        let reader = ColumnReader(table: table)
        let eventCol = try reader.numbers(request.numerator!), popCol = try reader.numbers(request.denominator!)
        let stdCol = try inputs.standardPopulation.map { c throws(AnalysisError) in try reader.numbers(c) }
        let refEvents = try inputs.referenceEvents.map { c throws(AnalysisError) in try reader.numbers(c) }
        let refPop = try inputs.referencePopulation.map { c throws(AnalysisError) in try reader.numbers(c) }
        let freqCols = try inputs.eventFrequencies.map { c throws(AnalysisError) in try reader.numbers(c) }
        let nonIndependent = !freqCols.isEmpty

        var x: [Double?] = [], n: [Double] = [], w: [Double] = [], xr: [Double] = [], nr: [Double] = []
        var persons = [[Double?]](repeating: [], count: freqCols.count)
        var zeroed = 0
        func leftOut(_ row: Int, _ column: String, _ what: String) -> MeasureResult {
            let alternative = what == "population" ? "" : " (a missing band count may instead be counted as zero, as PHE does)"
            return MeasureResult(group: s.key, measure: spec.code, estimate: .nan, standardError: nil,
                                 intervals: request.confidence.map { ConfidenceInterval(confidence: $0, lower: nil, upper: nil) },
                                 method: "not computed: the \(what) in row \(row) (column \(column)) is missing, so the area is left out\(alternative)",
                                 areas: 0, excluded: s.members.count, population: 0)
        }
        func required(_ col: CSVNumberColumn, _ name: String, _ r: Int, positive: Bool) throws(AnalysisError) -> Double {
            let row = table.line(ofRow: r)
            guard let v = col[r] else { throw .invalidValue(file: file, row: row, column: name, value: "a missing value", rule: "leaves this age band without its \(positive ? "reference population" : "value")") }
            if positive ? !(v > 0) : v < 0 {
                throw .invalidValue(file: file, row: row, column: name, value: ResultFormat.number(v),
                                    rule: positive ? "is not positive; a reference population must be above zero" : "is negative; it must be zero or more")
            }
            return v
        }
        for r in s.members {
            let row = table.line(ofRow: r)
            guard let p = popCol[r] else { return leftOut(row, request.denominator!, "population") }
            var events = eventCol[r]
            var counts: [Double?] = []
            for (j, col) in freqCols.enumerated() {
                let c = col[r]
                if let c, c < 0 {
                    throw AnalysisError.invalidValue(file: file, row: row, column: inputs.eventFrequencies[j], value: ResultFormat.number(c), rule: "is negative; counts cannot be negative")
                }
                if c == nil {
                    if inputs.missingBandCounts == .leaveAreaOut { return leftOut(row, inputs.eventFrequencies[j], "persons count") }
                    zeroed += 1
                }
                counts.append(c)
            }
            if events == nil {
                if inputs.missingBandCounts == .leaveAreaOut { return leftOut(row, request.numerator!, "events count") }
                zeroed += 1
            } else if nonIndependent {
                let total = counts.enumerated().reduce(0.0) { $0 + Double($1.offset + 1) * ($1.element ?? 0) }
                if total != events! {
                    throw AnalysisError.invalidValue(file: file, row: row, column: request.numerator!, value: ResultFormat.number(events!),
                                        rule: "is not the number of events of the persons columns (\(inputs.eventFrequencies.joined(separator: ", ")) for 1, 2, ... events), which give \(ResultFormat.number(total))")
                }
            }
            if nonIndependent { events = nil }
            x.append(events)
            n.append(p)
            for j in counts.indices { persons[j].append(counts[j]) }
            if let stdCol { w.append(try required(stdCol, inputs.standardPopulation!, r, positive: false)) }
            if let refEvents, let refPop {
                xr.append(try required(refEvents, inputs.referenceEvents!, r, positive: false))
                nr.append(try required(refPop, inputs.referencePopulation!, r, positive: true))
            }
        }
        // An `IndicatorError` (bands that do not match the standard population, no expected events) is passed
        // on for `run` to name the file, group and measure.
        let e: IndicatorEstimate
        switch kind {
        case .dsr:
            let m = request.rateMultiplier(kind)
            if stdCol == nil && n.count != Indicator.esp2013.count {
                throw AnalysisError.measureFailed(
                    file: file, group: zip(request.by, s.key).map { "\($0)=\($1)" }.joined(separator: ", "), measure: spec.code,
                    reason: "the area has \(n.count) band rows but the 2013 European Standard Population has 19 bands (0-4, 5-9, ..., 90+); give a standard population with one value per band row.")
            }
            let standard = stdCol == nil ? Indicator.esp2013 : w
            e = nonIndependent
                ? try Indicator.dsrNonIndependent(frequencies: freqCols.indices.map { Double($0 + 1) }, persons: persons, populations: n,
                                                  standardPopulation: standard, confidence: request.confidence, multiplier: m)
                : try Indicator.dsr(events: x, populations: n, standardPopulation: standard, confidence: request.confidence, multiplier: m)
        case let .isRatio(v):
            e = try Indicator.isRatio(observed: x, populations: n, referenceEvents: xr, referencePopulations: nr,
                                      confidence: request.confidence, referenceValue: v, limits: request.poissonLimits)
        case .isRate:
            let m = request.rateMultiplier(kind)
            e = try Indicator.isRate(observed: x, populations: n, referenceEvents: xr, referencePopulations: nr,
                                     confidence: request.confidence, multiplier: m, limits: request.poissonLimits)
        }
        let zeroNote = zeroed == 0 ? "" : " ; \(zeroed) missing band count\(zeroed == 1 ? "" : "s") counted as zero (PHE's treatment of NA)"
        return MeasureResult(group: s.key, measure: spec.code, estimate: e.value ?? .nan, standardError: nil, intervals: e.intervals,
                             method: "\(e.statistic) ; \(e.method)\(zeroNote)", areas: n.count, excluded: 0, population: n.reduce(0, +))
    }
}
