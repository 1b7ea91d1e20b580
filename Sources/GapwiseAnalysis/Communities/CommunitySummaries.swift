// CommunitySummaries: each area's combined CPOP scores, their ranks and 7-tile within the locality, and the indicators driving them.
import GapwiseNumerics

/// The per-area summary of a run's scores.
enum CommunitySummaries {
    /// How a combined score treats a missing indicator score.
    enum Sum {
        /// Missing if any is missing (R's `sum`): CPOP's outcome scores.
        case strict
        /// Missing ones left out, 0 when all are (R's `sum(na.rm = TRUE)`): CPOP's change scores.
        case skippingMissing
    }

    /// `Σ_k s[k][a]` for every area a.
    static func combined(_ s: [[Double]], areas: Int, _ rule: Sum) -> [Double] {
        (0..<areas).map { a in
            var t = 0.0
            for k in s.indices {
                let v = s[k][a]
                if v.isNaN { if rule == .strict { return .nan } else { continue } }
                t += v
            }
            return t
        }
    }

    /// The indicator with the lowest score of each area (the first in indicator order on a tie); nil when
    /// the area has no score.
    static func drivers(_ s: [[Double]], areas: Int, names: [String]) -> [String?] {
        (0..<areas).map { a in
            var best: Int?
            for k in s.indices where !s[k][a].isNaN {
                if best == nil || s[k][a] < s[best!][a] { best = k }
            }
            return best.map { names[$0] }
        }
    }

    /// Ranks of `x` within each locality, ascending (1 = lowest), missing values left unranked.
    static func ranks(_ x: [Double], localityOf: [Int], ties: Ranking.TieMethod) -> [Double] {
        // `.keep` never throws, and the group array has the values' length.
        (try? Ranking.ranks(x, groups: localityOf, ties: ties, order: .ascending, missing: .keep)) ?? x.map { _ in .nan }
    }

    /// `dplyr::ntile(x, 7)` within each locality, the areas taken in order of their codes (CPOP's summary
    /// table is grouped by zone, so ties fall in code order).
    static func septiles(_ x: [Double], localityOf: [Int], localityCount: Int, codes: [String]) -> [Int?] {
        var members = [[Int]](repeating: [], count: localityCount)
        for a in x.indices { members[localityOf[a]].append(a) }
        var out = [Int?](repeating: nil, count: x.count)
        for m in members {
            let ordered = m.sorted { codes[$0].utf8.lexicographicallyPrecedes(codes[$1].utf8) }
            for (a, t) in zip(ordered, Ranking.ntile(ordered.map { x[$0] }, 7)) { out[a] = t }
        }
        return out
    }
}
