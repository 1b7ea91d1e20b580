// PlainSummary: the plain-words summary of one area: widest gaps, what narrowed or widened, who is worst off.

/// Sentences a board member can read without the charts. Every number quoted comes from the model.
///
/// Indicators that are inputs of the deprivation index (`isDeprivationInput`) are left out of the widest
/// gaps and the trends, with one sentence saying how many and which: their gap is partly built into the ranking.
///
/// - **Widest gaps.** Indicators are compared on their headline (first) gap measure; only indicators
///   whose headline has the most common name are compared (comparing an SII in admissions with an SII
///   in attainment would mix units). The three with the largest |estimate| are named with intervals,
///   and the count of gaps whose interval excludes zero is given.
/// - **Trends.** Indicators whose gap trend is classified narrowing or widening are named with the
///   first and last estimates; the rest are counted as showing no clear change.
/// - **Communities.** The worst min(k, 3) by rank are named with their rank interval and probability of
///   being among the k worst, and the number of communities that are very likely (p ≥ 0.9) among them.
///   Probability words follow the IPCC likelihood scale: ≥ 0.9 very likely, ≥ 0.66 likely, ≥ 0.33 about
///   as likely as not, else unlikely.
package enum PlainSummary {
    /// The summary of `area` as sentences, in reading order.
    public static func sentences(for area: ReportLocality, level: Double) -> [String] {
        var out: [String] = []
        let lv = ChartParts.levelText(level)
        var outcomes = area
        outcomes.indicators = area.indicators.filter { !$0.isDeprivationInput }
        out.append(contentsOf: widest(outcomes, lv))
        out.append(contentsOf: trends(outcomes))
        let inputs = area.indicators.filter(\.isDeprivationInput).map(\.name)
        if !inputs.isEmpty {
            out.append("Left out of this summary: \(inputs.count == 1 ? "one input" : "\(inputs.count) inputs") of the deprivation index (\(list(inputs))), whose gaps are partly built into the deprivation ranking; \(inputs.count == 1 ? "its section follows" : "their sections follow") below.")
        }
        out.append(contentsOf: communities(area, lv))
        if out.isEmpty { out.append("No gap measures or community rankings were computed for \(area.name).") }
        return out
    }

    /// The label of a deprivation input's own section.
    static let deprivationInputNote = "an input of the deprivation index, so its gap by deprivation is partly built into the ranking; it is left out of the summary."

    static func gapText(_ g: ReportGap, _ lv: String) -> String {
        let ci = g.lower.flatMap { lo in g.upper.map { ", \(lv) CI \(ReportNumber.significant(lo)) to \(ReportNumber.significant($0))" } } ?? ", no interval"
        return "\(g.name) \(ReportNumber.significant(g.estimate))" + ci + (g.reading.map { ": " + $0 } ?? "")
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return items[0] + " and " + items[1]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    static func widest(_ area: ReportLocality, _ lv: String) -> [String] {
        let headed = area.indicators.compactMap { i in i.gaps.first.map { (i, $0) } }
        guard !headed.isEmpty else { return [] }
        var counts: [String: Int] = [:]
        for (_, g) in headed { counts[g.name, default: 0] += 1 }
        let name = headed.map(\.1.name).first { counts[$0] == counts.values.max() }!
        let same = headed.filter { $0.1.name == name }
        let ranked = same.enumerated().sorted { a, b in
            abs(a.element.1.estimate) != abs(b.element.1.estimate) ? abs(a.element.1.estimate) > abs(b.element.1.estimate) : a.offset < b.offset
        }.map(\.element)
        let top = ranked.prefix(3).map { "\($0.0.name) (\(gapText($0.1, lv)))" }
        let s = same.count == 1
            ? "The gap by deprivation in \(area.name), on the \(name): \(top[0])."
            : "Compared on the \(name), the widest gaps in \(area.name) are in \(list(top))."
        let withInterval = same.filter { $0.1.hasInterval }
        let clear = withInterval.filter { $0.1.lower! > 0 || $0.1.upper! < 0 }.count
        let clearText = withInterval.isEmpty
            ? "No indicator has an interval for the \(name) (no sampling error given), so no gap can be judged beyond chance."
            : withInterval.count == same.count
            ? "For \(clear) of \(same.count) indicator\(same.count == 1 ? "" : "s") the \(lv) interval of the \(name) excludes zero, so the gap is clear beyond chance."
            : "For \(clear) of the \(withInterval.count) indicator\(withInterval.count == 1 ? "" : "s") with an interval, the \(lv) interval of the \(name) excludes zero, so the gap is clear beyond chance."
        return [s, clearText]
    }

    static func trends(_ area: ReportLocality) -> [String] {
        let withTrend = area.indicators.filter { ($0.trend?.points.count ?? 0) >= 2 }
        guard !withTrend.isEmpty else { return [] }
        func change(_ i: ReportIndicator) -> String {
            let t = i.trend!, a = t.points.first!, b = t.points.last!
            return "\(i.name) (\(t.measure) \(ReportNumber.significant(a.estimate)) in \(a.period) to \(ReportNumber.significant(b.estimate)) in \(b.period))"
        }
        let narrowing = withTrend.filter { $0.trend!.classification == .narrowing }
        let widening = withTrend.filter { $0.trend!.classification == .widening }
        let flat = withTrend.count - narrowing.count - widening.count
        var parts: [String] = []
        if !narrowing.isEmpty { parts.append("the gap narrowed for \(list(narrowing.map(change)))") }
        if !widening.isEmpty { parts.append("it widened for \(list(widening.map(change)))") }
        if flat > 0 {
            let others = narrowing.isEmpty && widening.isEmpty ? "any of the \(flat) indicators with a trend" : "the other \(flat) indicator\(flat == 1 ? "" : "s")"
            parts.append("there was no clear change for \(others)")
        }
        var s = "Over the periods available, " + list(parts) + "."
        if narrowing.isEmpty && widening.isEmpty { s = "Over the periods available, there was no clear change in the gap for \(flat == 1 ? "the one indicator" : "any of the \(flat) indicators") with a trend." }
        return [s]
    }

    static func likelihood(_ p: Double) -> String {
        p >= 0.9 ? "very likely" : p >= 0.66 ? "likely" : p >= 0.33 ? "about as likely as not" : "unlikely"
    }

    static func communities(_ area: ReportLocality, _ lv: String) -> [String] {
        guard let table = area.communities, !table.communities.isEmpty else { return [] }
        let rows = RankedDotPlot.sorted(table)
        let k = table.worstK
        let named = rows.prefix(min(k, 3)).map { c in
            // A community without a name (no name column given) is named by its code alone.
            let who = c.name.isEmpty ? c.code : "\(c.code) (\(c.name))"
            return table.noIntervalReason != nil ? "\(who), ranked \(c.rank)"
                : "\(who), ranked \(c.rank) (\(lv) interval \(c.rankLower) to \(c.rankUpper)), is among the \(k) worst with probability \(ReportNumber.probability(c.probabilityWorstK)) (\(likelihood(c.probabilityWorstK)))"
        }
        var out = ["Of the \(rows.count) communities in \(area.name), ranked by \(table.scoreLabel.prefix(1).lowercased() + table.scoreLabel.dropFirst()), the poorest outcomes are in: " + named.joined(separator: "; ") + "."]
        let sure = rows.filter { $0.probabilityWorstK >= 0.9 }.count
        let sureText = table.noIntervalReason.map { "The ranks have no interval and no probability of being among the \(k) worst (\($0)): the order is how the values fall, not a measure of how sure it is." }
            ?? (sure == 0
            ? "No community is very likely (probability 0.9 or more) to be among the \(k) worst: the ranking at the bottom is uncertain, so treat the order as indicative."
            : sure >= k
                ? "\(sure) communit\(sure == 1 ? "y is" : "ies are") very likely (probability 0.9 or more) to be among the \(k) worst, so the list of the worst \(k) is secure."
                : "\(sure) communit\(sure == 1 ? "y is" : "ies are") very likely (probability 0.9 or more) to be among the \(k) worst; the other places among the worst \(k) are less certain.")
        out.append(sureText)
        let flagged = rows.prefix(k).filter { $0.flag != nil }
        if !flagged.isEmpty {
            out.append("Read with care: " + flagged.map { "\($0.code) (\($0.flag!))" }.joined(separator: ", ") + ".")
        }
        return out
    }
}
