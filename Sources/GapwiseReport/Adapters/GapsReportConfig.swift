// GapsReportConfig: a gaps batch config plus its optional `report:` section, read into a GapsReportRequest.
import Foundation
import GapwiseAnalysis
import TOMLKit
import Yams

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
    /// Reads the config; the input path is resolved against the config's folder as `GapsBatch` does.
    /// - Throws: `AnalysisError.invalidRequest` naming the file and the key at fault.
    public static func load(_ path: String) throws(AnalysisError) -> (request: GapsReportRequest, input: String) {
        let batch = try GapsBatch.load(path)
        var r = GapsReportRequest(gaps: batch.request)
        guard let section = try reportSection(path) else { return (r, batch.input) }
        let known: Set<String> = ["title", "period", "area", "area_name", "locality_name", "worst", "target_reps", "indicator_names",
                                  "target_indicators"]
        for k in section.keys.sorted() where !known.contains(k) {
            throw .invalidRequest("\(path): unknown key \"report.\(k)\" (keys: \(known.sorted().joined(separator: ", "))).")
        }
        func text(_ k: String) throws(AnalysisError) -> String? {
            guard let v = section[k] else { return nil }
            guard let s = v as? String, !s.isEmpty else { throw .invalidRequest("\(path): \"report.\(k)\" must be a non-empty text (a column name or title).") }
            return s
        }
        func whole(_ k: String) throws(AnalysisError) -> Int? {
            guard let v = section[k] else { return nil }
            guard let n = (v as? Int) ?? (v as? NSNumber).flatMap({ Int(exactly: $0.doubleValue) }), n >= 1 else {
                throw .invalidRequest("\(path): \"report.\(k)\" must be a whole number of 1 or more.")
            }
            return n
        }
        if let t = try text("title") { r.title = t }
        r.period = try text("period")
        r.area = try text("area")
        r.areaName = try text("area_name")
        r.localityName = try text("locality_name")
        if let k = try whole("worst") { r.worst = k }
        if let n = try whole("target_reps") { r.targetReplicates = n }
        if let v = section["target_indicators"] {
            guard let names = v as? [String] else { throw .invalidRequest("\(path): \"report.target_indicators\" must be a list of indicator names.") }
            let known = Set(r.gaps.indicators.map(\.name))
            for n in names where !known.contains(n) { throw .invalidRequest("\(path): \"report.target_indicators\" names \(n), which is no indicator of the batch.") }
            r.targetIndicators = names
        }
        if let v = section["indicator_names"] {
            guard let m = v as? [String: Any] else { throw .invalidRequest("\(path): \"report.indicator_names\" must map indicator names to the words shown.") }
            let names = Set(r.gaps.indicators.map(\.name))
            for (k, w) in m {
                guard names.contains(k) else { throw .invalidRequest("\(path): \"report.indicator_names.\(k)\" names no indicator of the batch.") }
                guard let words = w as? String, !words.isEmpty else { throw .invalidRequest("\(path): \"report.indicator_names.\(k)\" must be a non-empty text.") }
                r.indicatorNames[k] = words
            }
        }
        return (r, batch.input)
    }

    /// The `report` mapping of the config, nil when it has none.
    static func reportSection(_ path: String) throws(AnalysisError) -> [String: Any]? {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .invalidRequest("\(path): cannot be read (\(error.localizedDescription)).")
        }
        let root: Any?
        do {
            if path.lowercased().hasSuffix(".toml") {
                let json = try TOMLTable(string: text).convert(to: .json)
                root = try JSONSerialization.jsonObject(with: Data(json.utf8))
            } else {
                root = try Yams.load(yaml: text)
            }
        } catch {
            throw .invalidRequest("\(path): cannot be parsed (\(error)).")
        }
        guard let v = (root as? [String: Any])?["report"] else { return nil }
        guard let m = v as? [String: Any] else { throw .invalidRequest("\(path): \"report\" must be a mapping of keys to values.") }
        return m
    }
}
