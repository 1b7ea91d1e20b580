// ReportLayout: where each page, chart and table of a report lives inside the output folder.

/// The folder layout of a report (all paths relative to the output folder):
///
///     index.html                         Scotland (the first area) and links to every locality
///     <code>.html                        one page per further area, e.g. S12000033.html
///     charts/<code>/<id>-quantiles.svg   bar chart by quantile with the SII line
///     charts/<code>/<id>-curve.svg       Lorenz or concentration curve
///     charts/<code>/<id>-trend.svg       gap trend
///     charts/<code>/communities.svg      ranked dot plot
///     tables/<code>/<id>-quantiles.csv, <id>-curve.csv, <id>-trend.csv, <id>-gaps.csv, communities.csv
///     tables/<code>/overview.csv         headline gap and trend of every indicator
///     tables/gaps.csv                    every gap measure of every area, long format
///     tables/run.csv                     version, seed, confidence level, settings, inputs with SHA-256
public enum ReportLayout {
    public static func page(_ area: ReportLocality, isFirst: Bool) -> String {
        isFirst ? "index.html" : "\(area.code).html"
    }

    public enum Chart: String, Sendable, CaseIterable {
        case quantiles, curve, trend
    }

    public static func chart(_ area: ReportLocality, _ ind: ReportIndicator, _ c: Chart) -> String {
        "charts/\(area.code)/\(ind.id)-\(c.rawValue).svg"
    }

    public static func communitiesChart(_ area: ReportLocality) -> String { "charts/\(area.code)/communities.svg" }

    public static func table(_ area: ReportLocality, _ name: String) -> String { "tables/\(area.code)/\(name).csv" }

    /// The element id of a chart inside its page (unique per page; also the SVG's root id).
    static func chartID(_ area: ReportLocality, _ ind: ReportIndicator, _ c: Chart) -> String {
        "chart-\(area.code)-\(ind.id)-\(c.rawValue)"
    }

    static func communitiesID(_ area: ReportLocality) -> String { "chart-\(area.code)-communities" }
}
