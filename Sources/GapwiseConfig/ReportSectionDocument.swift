// ReportSectionDocument: the `report:` section of a gaps batch config (communities table, title, names shown).
import GapwiseAnalysis

/// The optional `report:` section of a gaps batch config, as written; see `GapsReportConfig` for the keys.
/// Names of indicators are checked against the batch by `GapsReportConfig.load`.
struct ReportSectionDocument: Decodable {
    static let keys = ["title", "period", "area", "area_name", "locality_name", "worst", "target_reps", "indicator_names",
                       "target_indicators"]

    var title: String?
    var period: String?
    var area: String?
    var areaName: String?
    var localityName: String?
    var worst: Int?
    var targetReplicates: Int?
    var targetIndicators: [String]?
    /// Indicator name -> the words shown, each with its coding path (for the position of an error).
    var indicatorNames: [(name: String, words: String, path: [any CodingKey])] = []
    var path: [any CodingKey] = []

    init(from decoder: any Decoder) throws {
        let r = try ConfigMap(decoder)
        path = r.path
        try r.rejectUnknown(Self.keys)
        func text(_ k: String) throws -> String? {
            let bad = r.problem(k, "\"\(r.name(k))\" must be a non-empty text (a column name or title).")
            let s: String?
            do { s = try r.text(k) } catch { throw bad }
            if s?.isEmpty == true { throw bad }
            return s
        }
        title = try text("title")
        period = try text("period")
        area = try text("area")
        areaName = try text("area_name")
        localityName = try text("locality_name")
        worst = try r.whole("worst", minimum: 1)
        targetReplicates = try r.whole("target_reps", minimum: 1)
        targetIndicators = try r.texts("target_indicators", "indicator names")
        if let m = try r.map("indicator_names", "of indicator names to the words shown") {
            for k in m.c.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                let words = try? m.c.decode(String.self, forKey: k)
                guard let words, !words.isEmpty else {
                    throw m.problem(k.stringValue, "\"\(m.name(k.stringValue))\" must be a non-empty text.")
                }
                indicatorNames.append((k.stringValue, words, m.path + [k]))
            }
        }
    }
}
