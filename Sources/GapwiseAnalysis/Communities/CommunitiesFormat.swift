// CommunitiesFormat: a CommunitiesResult as the scores table (area × indicator) and the summary table (area), through the one TableWriter.
import GapwiseIO

extension CommunitiesResult {
    /// The scores table's columns; the change columns only when a change was measured.
    public var scoreColumns: [String] {
        ["area", "locality", "peer_group", "indicator", "value", "locality_score", "peer_score"]
            + (from == nil ? [] : ["change", "change_score", "change_locality_score", "change_peer_score"])
    }

    /// The summary table's columns; the change columns only when a change was measured.
    public var summaryColumns: [String] {
        ["area", "locality", "peer_group", "areas_in_locality", "score", "rank", "septile", "driver",
         "peer_score", "peer_rank", "peer_driver"]
            + (from == nil ? [] : ["change_score", "change_rank", "change_driver", "change_peer_score", "change_peer_rank", "change_peer_driver"])
    }

    /// The scores table (``scoreColumns``) as CSV or JSON, numbers written as `numbers` says.
    public func scoresText(_ format: OutputFormat, numbers: NumberFormat = .full) -> String {
        TableWriter.text(scoresTable(), format, numbers: numbers)
    }

    /// The summary table (``summaryColumns``) as CSV or JSON, numbers written as `numbers` says.
    public func summaryText(_ format: OutputFormat, numbers: NumberFormat = .full) -> String {
        TableWriter.text(summaryTable(), format, numbers: numbers)
    }

    /// One row per area × indicator: the value, its locality and peer scores (and the change and its scores).
    package func scoresTable() -> Table {
        Table(columns: scoreColumns, rows: scores.map { s in
            var row: [TableCell] = [.text(s.area), .text(s.locality), text(s.peerGroup), .text(s.indicator), .value(s.value),
                                    .value(s.localityScore), .value(s.peerScore)]
            if from != nil { row += [.value(s.change), .value(s.changeScore), .value(s.changeLocalityScore), .value(s.changePeerScore)] }
            return row
        })
    }

    /// One row per area: combined scores, ranks within the locality (1 = poorest), 7-tile and drivers.
    package func summaryTable() -> Table {
        Table(columns: summaryColumns, rows: summaries.map { s in
            var row: [TableCell] = [.text(s.area), .text(s.locality), text(s.peerGroup), .integer(s.areasInLocality),
                                    .value(s.score), rank(s.rank), s.septile.map { .integer($0) } ?? .missing, text(s.driver),
                                    .value(s.peerScore), rank(s.peerRank), text(s.peerDriver)]
            if from != nil {
                row += [.value(s.changeScore), rank(s.changeRank), text(s.changeDriver),
                        .value(s.changePeerScore), rank(s.changePeerRank), text(s.changePeerDriver)]
            }
            return row
        })
    }

    func text(_ s: String?) -> TableCell { s.map { .text($0) } ?? .missing }

    /// A rank: whole, or a half where ties are averaged; never rounded.
    func rank(_ r: Double?) -> TableCell { r.map { .exact($0) } ?? .missing }
}
