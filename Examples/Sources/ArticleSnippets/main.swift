// ArticleSnippets: the code of each DocC article (Sources/Gapwise/Gapwise.docc), compiled so the articles cannot drift from the API.
import Gapwise

/// Measure.md
func measureArticle(_ table: CSVTable) throws -> [MeasureResult] {
    let request = MeasureRequest(
        measures: [.gini, .theilT, .atkinson(epsilon: 0.5)],
        numerator: "emergency_admissions_count", denominator: "emergency_admissions_denominator",
        population: "population", by: ["year"], confidence: [0.95, 0.998], replicates: 1_000, seed: 1)
    return try MeasureRunner.run(request, on: table)
}

/// Rank.md
func rankArticle(_ table: CSVTable) throws -> RankReport {
    let request = RankRequest(
        area: "datazone", within: "council", filters: [RowFilter(column: "year", value: "2023")],
        subject: .indicator(.counts(count: "early_deaths_count", denominator: "early_deaths_denominator"), polarity: .adverse),
        bands: [.decile, .quintile])
    return try RankAnalysis.run(request, on: table)
}

/// Target.md
func targetArticle(_ table: CSVTable) throws -> TargetReport {
    let request = TargetRequest(
        area: "datazone", name: "datazone_name", locality: "council_name",
        filters: [(column: "year", value: "2023")],
        indicators: [
            TargetIndicator(name: "early_deaths", source: .counts(count: "early_deaths_count", denominator: "early_deaths_denominator")),
            TargetIndicator(name: "child_poverty", source: .counts(count: "child_poverty_count", denominator: "child_poverty_denominator"), weight: 2),
        ],
        replicates: 10_000, seed: 1, worst: .count(5))
    return try TargetAnalysis.run(request, on: table)
}

/// Gaps.md
func gapsArticle(_ table: CSVTable) throws -> GapsResult {
    let request = GapsRequest(
        indicators: [GapsIndicator(
            name: "early_deaths",
            source: .counts(numerator: "early_deaths_count", denominator: "early_deaths_denominator"),
            statistic: .rate)],
        rank: "simd_rank", locality: "council_name", year: "year", quantiles: [5, 10],
        measures: [.grouped(.siiLinear), .grouped(.riiLinear)], levels: [0.95, 0.998])
    return try GapsRunner.run(request, on: table)
}

/// Gaps.md, batch configurations
func gapsConfigArticle(_ table: CSVTable) throws -> GapsResult {
    let batch = try GapsBatch.load("batch.yaml")
    let joined = try batch.lookup.map { try AreaLookupJoin.join($0, to: table) } ?? table  // deprivation, geography
    let result = try GapsRunner.run(batch.request, on: joined)
    return result
}

/// Report.md
func reportArticle(_ table: CSVTable, indicators: [GapsIndicator]) throws {
    let request = GapsReportRequest(
        gaps: GapsRequest(indicators: indicators, rank: "simd_rank", locality: "council", year: "year"),
        area: "datazone", areaName: "datazone_name", localityName: "council_name")
    let model = try GapsReportRunner.model(request, on: table, inputs: [], version: GapwiseInfo.version)
    let written = try ReportWriter.write(model, to: "out/report")
    print("Open \(written.indexPath) in a browser")
}

/// Funnel.md
func funnelArticle(_ table: CSVTable) throws -> FunnelTable {
    let request = FunnelRequest(statistic: .proportion, numerator: "x", denominator: "n", multiplier: 100)
    return try FunnelRunner.limits(request, on: table)
}

/// Datasets.md
func datasetsArticle() throws -> [VerifiedFile] {
    let catalog = try DatasetCatalog.builtIn()
    for manifest in catalog.manifests { print(manifest.name, manifest.title, manifest.licence) }
    return try DatasetVerifier.verify(directory: "data", manifests: catalog.manifests)
}

/// GettingStarted.md: the table read (the measure step is GapwiseExample's).
func gettingStartedArticle() throws -> CSVTable {
    try CSVReader.read(file: "datasets/sample/datazones.csv")
}

// Listed, not run: running them needs the data each article assumes.
let articles: [String] = ["Measure", "Rank", "Target", "Gaps", "Report", "Funnel", "Datasets", "GettingStarted"]
_ = (measureArticle, rankArticle, targetArticle, gapsArticle, gapsConfigArticle, reportArticle, funnelArticle, datasetsArticle, gettingStartedArticle)
print("The articles' code compiles: \(articles.joined(separator: ", ")).")
