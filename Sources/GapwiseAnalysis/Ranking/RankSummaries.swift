// RankSummaries: IoD-style summaries of localities from a national ranking of their small areas.
import GapwiseDeprivation
import GapwiseIO

/// One locality's summary (England's IoD local-authority summary measures) from a national ranking.
public struct RankLocalitySummary: Sendable, Equatable {
    public let locality: String
    public let areas: Int
    public let population: Double
    /// Population-weighted mean rank, counted so that higher = more deprived (`N + 1 − rank`).
    public let averageRank: Double
    /// 1 = the locality with the highest average rank (most deprived).
    public let rankOfAverageRank: Double
    /// Population-weighted mean of the areas' values (indicator value or composite score).
    public let averageScore: Double
    public let extent: Double
    public let proportionMostDeprived10: Double
    public let localConcentration: Double
}

extension RankAnalysis {
    /// Ranks the areas nationally (`request.within` must be nil) and summarises each value of column
    /// `locality` as England's IoD summarises local authorities (`LocalitySummaries.summarise`):
    /// population-weighted average rank and score, extent, share of areas in the most deprived national 10%,
    /// local concentration, and the rank of the average rank. `request.population` is required.
    ///
    /// - Throws: `AnalysisError` for a missing column, a missing or negative population (file, row,
    ///   column), or a locality whose areas all have population 0.
    public static func summaries(_ request: RankRequest, by locality: String,
                                 on table: CSVTable) throws(AnalysisError) -> [RankLocalitySummary] {
        guard request.within == nil else {
            throw .invalidRequest("locality summaries need a national ranking: drop \(field: .within) (the summaries group by \(locality)).")
        }
        guard let populationColumn = request.population else {
            throw .invalidRequest("locality summaries are population-weighted: give \(field: .population) COL.")
        }
        let report = try run(request, on: table)
        if let total = request.rankTotal, let held = NationalRanks.coverage(held: report.areas.count, total: total) {
            throw .invalidRequest("locality summaries weigh every area ranked nationally, and the table holds \(held) of them; summarise the whole country's table, or leave out the rank total.")
        }
        let reader = ColumnReader(table: table)
        let areaCol = try reader.any(request.area)
        let groupCol = try reader.any(locality)
        let popCol = try reader.numbers(populationColumn)
        // The ranked areas are the filtered rows in input order.
        let rows = try reader.rows(matching: request.filters)
        precondition(rows.count == report.areas.count, "RankAnalysis ranks every filtered row")
        var groups: [String] = [], populations: [Double] = []
        for (k, r) in rows.enumerated() {
            precondition(label(areaCol, r) == report.areas[k].area, "RankAnalysis keeps input order")
            guard let p = popCol[r], p.isFinite, p >= 0 else {
                throw reader.bad(r, populationColumn, popCol[r].map(ResultFormat.number) ?? "missing",
                                 "is not a population; every area needs one of 0 or more")
            }
            groups.append(label(groupCol, r)); populations.append(p)
        }
        let summaries: [LocalitySummary<String>]
        do {
            summaries = try LocalitySummaries.summarise(ranks: report.areas.map(\.rank), populations: populations,
                                                         localities: groups, scores: report.areas.map(\.value))
        } catch {
            throw .invalidRequest("\(table.file): \(error)")
        }
        return summaries.map {
            RankLocalitySummary(locality: $0.locality, areas: $0.areaCount, population: $0.population,
                                averageRank: $0.averageRank, rankOfAverageRank: $0.rankOfAverageRank,
                                averageScore: $0.averageScore ?? .nan, extent: $0.extent,
                                proportionMostDeprived10: $0.proportionMostDeprived10,
                                localConcentration: $0.localConcentration)
        }
    }

    /// The summary table's columns.
    static func summaryColumns(_ locality: String) -> [String] {
        [locality, "areas", "population", "average_rank", "rank_of_average_rank", "average_score", "extent",
         "proportion_most_deprived_10", "local_concentration"]
    }

    static func summaryCells(_ s: RankLocalitySummary) -> [TableCell] {
        [.text(s.locality), .integer(s.areas), .exact(s.population), .number(s.averageRank), .exact(s.rankOfAverageRank),
         .number(s.averageScore), .number(s.extent), .number(s.proportionMostDeprived10), .number(s.localConcentration)]
    }

    /// The summaries as a table, in order of first appearance of each locality. Populations and the rank of
    /// the average rank are never rounded.
    package static func summariesTable(_ summaries: [RankLocalitySummary], locality: String) -> Table {
        Table(columns: summaryColumns(locality), rows: summaries.map(summaryCells))
    }

    /// RFC 4180 CSV of `summaries`, in order of first appearance of each locality.
    public static func summariesCSV(_ summaries: [RankLocalitySummary], locality: String, numbers: NumberFormat = .full) -> String {
        TableWriter.csv(summariesTable(summaries, locality: locality), numbers: numbers)
    }

    /// A JSON array of objects with the CSV's keys.
    public static func summariesJSON(_ summaries: [RankLocalitySummary], locality: String, numbers: NumberFormat = .full) -> String {
        TableWriter.json(summariesTable(summaries, locality: locality), numbers: numbers)
    }
}
