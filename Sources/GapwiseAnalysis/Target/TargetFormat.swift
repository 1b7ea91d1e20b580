// TargetFormat: a TargetReport as a table (settings repeated on every CSV row) or JSON (settings object + areas).
import GapwiseIO

extension TargetReport {
    /// Column names of the CSV output (also the keys of each JSON area object, without the settings).
    public static let columns = [
        "locality", "area", "name", "score", "score_locality", "score_se", "rank", "areas_in_locality",
        "rank_lower", "rank_upper", "worst_k", "p_worst", "p_worse_than_locality", "p_worse_than_country",
        "drivers", "flags",
    ]
    /// The settings columns appended to every CSV row.
    public static let settingColumns = ["uncertainty", "seed", "reps", "confidence", "weights", "missing", "sampling_error"]

    func cells(_ a: TargetAreaResult) -> [TableCell] {
        let driversText = a.drivers.map { "\($0.indicator)(+\(ResultFormat.number(rounded($0.contribution))))" }.joined(separator: ";")
        let drivers = JSONValue.array(a.drivers.map { .object([("indicator", .string($0.indicator)), ("contribution", .number($0.contribution))]) })
        return [.text(a.locality), .text(a.area), .text(a.name), .number(a.score), .number(a.localScore),
                .value(a.scoreSE), .integer(a.rank), .integer(a.localityAreas), a.rankLower.map { .integer($0) } ?? .missing,
                a.rankUpper.map { .integer($0) } ?? .missing, .integer(a.worstSetSize), .value(a.probabilityWorst),
                .value(a.probabilityAboveLocality), .value(a.probabilityAboveCountry),
                .structured(csv: driversText, json: drivers),
                .structured(csv: a.flags.joined(separator: ";"), json: .array(a.flags.map { .string($0) }))]
    }

    /// One row per area, by locality and rank (without the settings columns).
    package func table() -> Table {
        Table(columns: Self.columns, rows: areas.map(cells))
    }

    /// RFC 4180 CSV, one row per area, by locality and rank; the settings repeated in the last columns.
    public func csv(numbers: NumberFormat = .full) -> String {
        let s = settings
        let tail: [TableCell] = [.text(s.uncertainty.rawValue), .text(String(s.seed)), .integer(s.replicates),
                                 .exact(s.confidence), .text(s.weightsLabel),
                                 .text(s.missingLabel), .text(s.samplingLabel)]
        return TableWriter.csv(Table(columns: Self.columns + Self.settingColumns, rows: areas.map { cells($0) + tail }), numbers: numbers)
    }

    /// `{"settings": {...}, "areas": [{...}, ...]}`; drivers as objects, flags as an array of strings.
    public func json(numbers: NumberFormat = .full) -> String {
        let s = settings
        let indicators = JSONValue.array(s.indicators.indices.map { k in
            .object([("name", .string(s.indicators[k])), ("worse", .string(s.polarity[k].worseEnd)), ("weight", .exact(s.weights[k])),
                     ("national_mean", .number(s.means[k])), ("national_sd", .number(s.standardDeviations[k])),
                     ("missing", .integer(k < s.missing.count ? s.missing[k] : 0)),
                     ("sampling_error", .bool(!s.withoutSamplingError.contains(s.indicators[k])))])
        })
        let settingsObject = JSONValue.object([
            ("uncertainty", .string(s.uncertainty.rawValue)), ("seed", .unsigned(s.seed)), ("reps", .integer(s.replicates)),
            ("confidence", .exact(s.confidence)), ("worst", .string(s.worst)), ("standardise", .string(s.standardise.rawValue)), ("left_out", .array(s.leftOut.map { .string($0) })),
            ("sampling_error", .string(s.samplingLabel)), ("indicators", indicators),
        ])
        return JSONValue.object([("settings", settingsObject), ("areas", .array(TableWriter.objects(table())))]).text(numbers)
    }

    /// Contributions shown to 3 decimals in the CSV's drivers text.
    func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
