// TargetFormat: renders a TargetReport as CSV (settings repeated on every row) or JSON (settings object + areas).

extension TargetReport {
    /// Column names of the CSV output (also the keys of each JSON area object, without the settings).
    public static let columns = [
        "locality", "area", "name", "score", "score_locality", "score_se", "rank", "areas_in_locality",
        "rank_lower", "rank_upper", "worst_k", "p_worst", "p_worse_than_locality", "p_worse_than_country",
        "drivers", "flags",
    ]
    /// The settings columns appended to every CSV row.
    public static let settingColumns = ["uncertainty", "seed", "reps", "confidence", "weights", "missing", "sampling_error"]

    func cells(_ a: TargetAreaResult) -> [String] {
        let drivers = a.drivers.map { "\($0.indicator)(+\(ResultFormat.number(rounded($0.contribution))))" }.joined(separator: ";")
        return [a.locality, a.area, a.name, ResultFormat.number(a.score), ResultFormat.number(a.localScore),
                ResultFormat.number(a.scoreSE), String(a.rank), String(a.localityAreas), String(a.rankLower),
                String(a.rankUpper), String(a.worstSetSize), ResultFormat.number(a.probabilityWorst),
                ResultFormat.number(a.probabilityAboveLocality), ResultFormat.number(a.probabilityAboveCountry),
                drivers, a.flags.joined(separator: ";")]
    }

    /// RFC 4180 CSV, one row per area, by locality and rank; the settings repeated in the last columns.
    public func csv() -> String {
        let s = settings
        let tail = [s.uncertainty.rawValue, String(s.seed), String(s.replicates), ResultFormat.number(s.confidence),
                    s.weightsLabel, s.missingLabel, s.samplingLabel]
        var out = (Self.columns + Self.settingColumns).joined(separator: ",") + "\n"
        for a in areas { out += (cells(a) + tail).map(ResultFormat.quote).joined(separator: ",") + "\n" }
        return out
    }

    /// `{"settings": {...}, "areas": [{...}, ...]}`; drivers as objects, flags as an array of strings.
    public func json() -> String {
        let s = settings
        var out = "{\n  \"settings\": {"
        out += "\"uncertainty\": \(ResultFormat.jsonString(s.uncertainty.rawValue)), \"seed\": \(s.seed), "
        out += "\"reps\": \(s.replicates), \"confidence\": \(ResultFormat.number(s.confidence)), "
        out += "\"worst\": \(ResultFormat.jsonString(s.worst)), \"left_out\": ["
            + s.leftOut.map(ResultFormat.jsonString).joined(separator: ", ") + "], "
        out += "\"sampling_error\": \(ResultFormat.jsonString(s.samplingLabel)), \"indicators\": ["
        out += s.indicators.indices.map { k in
            "{\"name\": \(ResultFormat.jsonString(s.indicators[k])), \"worse\": \"\(s.worse[k].rawValue)\", "
                + "\"weight\": \(ResultFormat.number(s.weights[k])), \"national_mean\": \(ResultFormat.number(s.means[k])), "
                + "\"national_sd\": \(ResultFormat.number(s.standardDeviations[k])), "
                + "\"missing\": \(k < s.missing.count ? s.missing[k] : 0), \"sampling_error\": \(!s.withoutSamplingError.contains(s.indicators[k]))}"
        }.joined(separator: ", ")
        out += "]},\n  \"areas\": [\n"
        for (i, a) in areas.enumerated() {
            let c = cells(a)
            var fields: [String] = []
            for (k, key) in Self.columns.enumerated() {
                let v: String
                switch key {
                case "locality", "area", "name": v = ResultFormat.jsonString(c[k])
                case "drivers":
                    v = "[" + a.drivers.map { "{\"indicator\": \(ResultFormat.jsonString($0.indicator)), \"contribution\": \(ResultFormat.number($0.contribution))}" }.joined(separator: ", ") + "]"
                case "flags": v = "[" + a.flags.map(ResultFormat.jsonString).joined(separator: ", ") + "]"
                default: v = Double(c[k])?.isFinite == true ? c[k] : "null"
                }
                fields.append("\(ResultFormat.jsonString(key)): \(v)")
            }
            out += "    {" + fields.joined(separator: ", ") + "}" + (i + 1 < areas.count ? ",\n" : "\n")
        }
        return out + "  ]\n}\n"
    }

    /// Contributions shown to 3 decimals in the CSV's drivers text.
    func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
