// RankAnalysis: ranks areas by one indicator or a composite, nationally or within groups, with quantile bands.
import GapwiseDeprivation
import GapwiseIO
import GapwiseNumerics

/// One ranked area.
public struct RankedArea: Sendable, Equatable {
    public let area: String
    public let name: String
    /// The `within` group ("" when ranked nationally).
    public let group: String
    /// The indicator value or composite score.
    public let value: Double
    /// 1 = worst (most deprived), within the group when `within` is set.
    public let rank: Double
    /// Band per requested kind, band 1 = worst.
    public let bands: [Int]
    /// Composite only: each domain's rank (1 = most deprived), in configuration order.
    public let domainRanks: [Double]
}

/// A ranking with what produced it.
public struct RankReport: Sendable, Equatable {
    public let areas: [RankedArea]
    public let bandKinds: [BandKind]
    public let bandRule: BandRule
    public let domainNames: [String]
    public let within: String?
    /// Composite only: the domains built from indicators (weights, loadings).
    public let builtDomains: [BuiltDomain]
    /// The national rank total the ranks and bands come from (`RankRequest.rankTotal`); nil: the table's own.
    public var rankTotal: Int? = nil
    /// With a rank total, the areas ranked (the table's rows after filters).
    public var areasRanked: Int { areas.count }

    /// With a rank total and fewer areas than it: "the table holds 746 of the 6976 areas ranked nationally; ..."
    /// so that such bands are never taken for a national picture; nil otherwise.
    public var coverageNote: String? {
        guard let total = rankTotal, let held = NationalRanks.coverage(held: areas.count, total: total) else { return nil }
        return "the table holds \(held) areas ranked nationally: ranks and bands are national (band = ceil(rank × k / \(total))), and the areas outside the table are not listed."
    }
}

public enum RankAnalysis {
    /// Ranks the areas of `table` per `request`.
    ///
    /// Ranks run from 1 = worst: for an `.adverse` indicator (higher is worse), the largest value; for a
    /// composite, the highest score (most deprived). Ties follow `request.ties`. Bands: `count` gives
    /// `ceil(rank·k/n)` (`QuantileBands.byCount`, ties averaged, so tied areas share a band); `population`
    /// gives PHS's population-weighted bands (`QuantileBands.byPopulation`). With `within`, ranks and
    /// bands restart in every group; a composite's scores are still computed over all areas (as SIMD
    /// ranks nationally), then ranked within groups.
    ///
    /// - Throws: `AnalysisError` naming file, row and column for a missing or invalid value.
    public static func run(_ request: RankRequest, on table: CSVTable) throws(AnalysisError) -> RankReport {
        try request.validate()
        let reader = ColumnReader(table: table)
        let areaCol = try reader.any(request.area)
        let nameCol = try request.name.map { c throws(AnalysisError) in try reader.any(c) }
        let groupCol = try request.within.map { c throws(AnalysisError) in try reader.any(c) }
        let rows = try reader.rows(matching: request.filters)
        guard !rows.isEmpty else {
            throw request.filters.isEmpty ? .noRows(file: table.file) : .noRowsAfterFilter(file: table.file, filters: request.filters)
        }

        func numbers(_ c: String, positive: Bool = false) throws(AnalysisError) -> [Double] {
            let col = try reader.numbers(c)
            var out: [Double] = []
            for r in rows {
                guard let v = col[r], v.isFinite else { throw reader.bad(r, c, "missing", "is not a number; every area needs a value") }
                if positive && !(v > 0) { throw reader.bad(r, c, ResultFormat.number(v), "is not above 0; a denominator must be") }
                out.append(v)
            }
            return out
        }

        let groups = groupCol.map { g in rows.map { label(g, $0) } }
        var values: [Double]
        var domainRanks: [[Double]] = []
        var domainNames: [String] = []
        var built: [BuiltDomain] = []
        var nationalRank: [Double]? = nil
        let worseHigher: Bool
        switch request.subject {
        case let .indicator(source, polarity):
            switch source {
            case let .value(c, _): values = try numbers(c)
            case let .counts(c, d):
                let num = try numbers(c), den = try numbers(d, positive: true)
                values = zip(num, den).map { $0 / $1 }
            }
            worseHigher = polarity == .adverse
        case let .composite(spec):
            var cols: [String: [Double]] = [:]
            for c in Set(spec.inputColumns) {
                let isDen = spec.domains.contains { $0.indicators?.contains { $0.denominator == c } ?? false }
                cols[c] = try numbers(c, positive: isDen)
            }
            let b = try CompositeBuilder.build(spec, columns: cols)
            values = b.index.scores
            domainRanks = b.index.domainRanks
            domainNames = spec.domains.map(\.name)
            built = b.builtDomains
            worseHigher = true
            if groups == nil && request.ties == b.index.config.tiePolicy.method { nationalRank = b.index.ranks }
        }
        let order: Ranking.Order = worseHigher ? .descending : .ascending
        let ranks: [Double]
        if let total = request.rankTotal, case let .indicator(.value(column, _), _) = request.subject {
            // The value is the national rank itself (1 = most deprived), counted from the worse end.
            var national: [Double] = []
            for (j, r) in rows.enumerated() {
                let k = try NationalRanks.rank(values[j], total: total, table: table, row: r, column: column)
                national.append(Double(worseHigher ? total + 1 - k : k))
            }
            ranks = national
        } else if let r = nationalRank { ranks = r } else if let groups {
            ranks = try! Ranking.ranks(values, groups: groups, ties: request.ties, order: order)
        } else {
            ranks = try! Ranking.ranks(values, ties: request.ties, order: order)
        }
        let population = try request.population.map { c throws(AnalysisError) in try numbers(c) }
        var bandColumns: [[Int]] = []
        for kind in request.bands {
            if request.bandRule == .phe { try checkPHEGroupSizes(values.count, groups: groups, bands: kind, file: table.file) }
            if let total = request.rankTotal {
                bandColumns.append(ranks.map { NationalRanks.band(Int($0), of: kind.count, total: total) })
                continue
            }
            let assignment: QuantileBandAssignment
            do {
                switch (request.bandRule, groups) {
                case (.count, nil): assignment = try QuantileBands.byCount(ranks: ranks, bands: kind.count)
                case let (.count, g?): assignment = try QuantileBands.byCount(ranks: ranks, bands: kind.count, groups: g)
                case (.population, nil):
                    assignment = try QuantileBands.byPopulation(ranks: ranks, population: population!, bands: kind.count)
                case let (.population, g?):
                    assignment = try QuantileBands.byPopulation(ranks: ranks, population: population!, bands: kind.count, groups: g)
                case (.phe, _):
                    assignment = try pheQuantileBands(values, groups: groups, bands: kind, highestFirst: request.pheInvert ?? worseHigher)
                }
            } catch {
                throw .invalidRequest("\(table.file): \(kind.rawValue) bands cannot be made: \(error.description)")
            }
            bandColumns.append(assignment.bands)
        }
        var areas: [RankedArea] = []
        for (j, r) in rows.enumerated() {
            areas.append(RankedArea(area: label(areaCol, r), name: nameCol.map { label($0, r) } ?? "",
                                    group: groups?[j] ?? "", value: values[j], rank: ranks[j],
                                    bands: bandColumns.map { $0[j] }, domainRanks: domainRanks.map { $0[j] }))
        }
        var report = RankReport(areas: areas, bandKinds: request.bands, bandRule: request.bandRule, domainNames: domainNames,
                                within: request.within, builtDomains: built)
        report.rankTotal = request.rankTotal
        return report
    }
}

extension RankReport {
    /// Column names: area, name, [within], value|score, rank, bands, domain ranks.
    public func columns(valueName: String) -> [String] {
        var c = ["area", "name"]
        if let within { c.append(within) }
        c += [valueName, "rank"] + bandKinds.map(\.rawValue) + domainNames.map { "\($0)_rank" }
        return c
    }

    func cells(_ a: RankedArea) -> [TableCell] {
        var c: [TableCell] = [.text(a.area), .text(a.name)]
        if within != nil { c.append(.text(a.group)) }
        return c + [.number(a.value), .exact(a.rank)] + a.bands.map { .integer($0) } + a.domainRanks.map { .exact($0) }
    }

    /// The ranked areas as a table in input row order; ranks are never rounded.
    package func table(valueName: String) -> Table {
        Table(columns: columns(valueName: valueName), rows: areas.map(cells))
    }

    /// RFC 4180 CSV in input row order.
    public func csv(valueName: String, numbers: NumberFormat = .full) -> String {
        TableWriter.csv(table(valueName: valueName), numbers: numbers)
    }

    /// `{"band_rule": "count", "built_domains": [...], "areas": [{...}]}`.
    public func json(valueName: String, numbers: NumberFormat = .full) -> String {
        let domains = JSONValue.array(builtDomains.map { d in
            .object([("name", .string(d.name)), ("indicators", .array(d.indicators.map { .string($0) })),
                     ("weights", .array(d.weights.map { .number($0) })),
                     ("loadings", d.loadings.map { .array($0.map { .number($0) }) } ?? .null)])
        })
        let national: [(String, JSONValue)] = rankTotal.map { t in
            [("rank_total", .integer(t)), ("areas_ranked", .integer(areasRanked)), ("note", coverageNote.map(JSONValue.string) ?? .null)]
        } ?? []
        return JSONValue.object([("band_rule", .string(bandRule.rawValue))] + national + [("built_domains", domains),
                                 ("areas", .array(TableWriter.objects(table(valueName: valueName))))]).text(numbers)
    }
}
