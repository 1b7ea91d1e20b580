// GapsReportConfig: a gaps batch config plus its optional `report:` section, read once into a GapsReportRequest.
import GapwiseAnalysis
import GapwiseReport

/// A gaps batch config (see `GapsBatch`) used for a report. Its optional `report:` section (YAML shown; a
/// `[report]` table in TOML) says what the communities table and the title need:
///
///     report:
///       title: "Inequalities of outcome: SIMD 2020v2"
///       period: "SIMD 2020v2"       # shown as the period when there is no year column
///       area: Data_Zone             # community codes (omit: no communities table)
///       area_name: DZ_name          # optional
///       locality_name: council_name # optional: names of the locality values
///       worst: 5                    # k of "among the k worst"
///       target_reps: 1000           # simulations of the rank intervals
///       target_indicators: [SMR, CIF]  # optional: rank communities on these (default: every indicator
///                                   # except those with `role: deprivation`)
///       indicator_names:            # optional: the words shown for an indicator
///         income: People income deprived
///
/// The batch's outputs are not written by `gapwise report` (the report folder holds every table).
public enum GapsReportConfig {
    /// Reads the config once; the input path is resolved against the config's folder as `GapsBatch` does.
    /// `lookup` is the batch's national SIMD and geography join (keys `deprivation`, `geography`, `area`).
    /// - Throws: `AnalysisError.invalidRequest` naming the file, the line and column where the format gives
    ///   them, and the key at fault.
    public static func load(_ path: String) throws(AnalysisError)
        -> (request: GapsReportRequest, input: String, lookup: AreaLookupRequest?) {
        let file = try ConfigFile.read(path)
        let doc = try GapsBatch.document(path, file: file)
        var r = GapsReportRequest(gaps: doc.batch.request)
        // The words of the indicators Gapwise knows, as on the command line; report.indicator_names overrides them.
        r.indicatorNames = IndicatorCatalogue.labels(r.gaps.indicators)
        guard let section = doc.report else { return (r, doc.batch.input, doc.batch.lookup) }
        if let t = section.title { r.title = t }
        r.period = section.period
        r.area = section.area
        r.areaName = section.areaName
        r.localityName = section.localityName
        if let k = section.worst { r.worst = k }
        if let n = section.targetReplicates { r.targetReplicates = n }
        let names = Set(r.gaps.indicators.map(\.name))
        if let list = section.targetIndicators {
            for (i, n) in list.enumerated() where !names.contains(n) {
                let at = file.at(section.path + [AnyKey("target_indicators"), AnyKey(intValue: i)!], key: false)
                throw .invalidRequest(RequestMessage(at + "\"report.target_indicators\" names \(n), which is no indicator of the batch."))
            }
            r.targetIndicators = list
        }
        for (name, words, at) in section.indicatorNames {
            guard names.contains(name) else {
                throw .invalidRequest(RequestMessage(file.at(at, key: true) + "\"report.indicator_names.\(name)\" names no indicator of the batch."))
            }
            r.indicatorNames[name] = words
        }
        return (r, doc.batch.input, doc.batch.lookup)
    }
}
