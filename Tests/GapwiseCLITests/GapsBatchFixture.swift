// GapsBatchFixture: the YAML batch config the gaps command tests share: the sample's emergency admissions as a rate.
import GapwiseTestSupport

enum GapsBatchFixture {
    /// The shipped sample (datasets/sample/datazones.csv).
    static let sample = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path

    /// A batch over the sample ranked by `simd_rank`: `settings` (one `key: value` a line, e.g. "year: year")
    /// after `rank`, then the one indicator (emergency admissions as a rate), then `outputs` (`key: path` a
    /// line). Line 1 is `input`, line 2 `rank`, the settings from line 3, as error positions in tests count.
    static func emergency(_ settings: [String], outputs: [String]) -> String {
        (["input: \(sample)", "rank: simd_rank"] + settings + [
            "indicators:",
            "  - name: emergency",
            "    numerator: emergency_admissions_count",
            "    denominator: emergency_admissions_denominator",
            "    statistic: rate",
            "outputs:",
        ] + outputs.map { "  " + $0 }).joined(separator: "\n")
    }
}
