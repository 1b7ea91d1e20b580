// ReportModelValidation: checks a ReportModel before rendering; ReportError names where and which rule.
import GapwiseIO

/// A report that cannot be rendered or written. Its description names the locality, the indicator (or
/// community), the field and the rule broken, so the adapter's author can find the bad value.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A value of the model breaks a rule. `place` is e.g. "locality S12000033, indicator ea, quantile 2".
    case invalidModel(place: String, field: String, rule: String)
    /// Writing the output failed (see `OutputError`).
    case output(OutputError)

    public var description: String {
        switch self {
        case let .invalidModel(place, field, rule):
            return "report model, \(place), field \(field): \(rule)."
        case let .output(e):
            return e.description
        }
    }
}

extension ReportModel {
    /// Checks the conventions documented on `ReportModel`; throws the first rule broken.
    public func validate() throws(ReportError) {
        func fail(_ place: String, _ field: String, _ rule: String) -> ReportError {
            .invalidModel(place: place, field: field, rule: rule)
        }
        guard !localities.isEmpty else { throw fail("model", "localities", "there must be at least one area (Scotland first)") }
        guard run.confidenceLevel > 0, run.confidenceLevel < 1 else {
            throw fail("run", "confidenceLevel", "must lie strictly between 0 and 1, got \(run.confidenceLevel)")
        }
        var codes = Set<String>()
        for (li, loc) in localities.enumerated() {
            let lp = "locality \(li + 1) (\(loc.code))"
            guard ReportSlug.isSafe(loc.code) else { throw fail(lp, "code", "must be letters, digits, '-' or '_' (it names files)") }
            guard codes.insert(loc.code).inserted else { throw fail(lp, "code", "appears twice") }
            var ids = Set<String>()
            for ind in loc.indicators {
                let ip = "locality \(loc.code), indicator \(ind.id)"
                guard ReportSlug.isSafe(ind.id) else { throw fail(ip, "id", "must be letters, digits, '-' or '_' (it names files)") }
                guard ids.insert(ind.id).inserted else { throw fail(ip, "id", "appears twice in this locality") }
                guard !ind.quantiles.isEmpty else { throw fail(ip, "quantiles", "at least one quantile is needed") }
                var shareSum = 0.0
                for (qi, q) in ind.quantiles.enumerated() {
                    let qp = ip + ", quantile \(qi + 1) (\(q.label))"
                    guard (q.lower == nil) == (q.upper == nil) else { throw fail(qp, "lower", "give both limits or neither") }
                    if q.lower == nil, (q.intervalNote ?? "").isEmpty {
                        throw fail(qp, "intervalNote", "a value without an interval needs the reason (e.g. no sampling error given)")
                    }
                    guard q.value.isFinite, q.lower?.isFinite ?? true, q.upper?.isFinite ?? true else { throw fail(qp, "value", "value and limits must be finite numbers") }
                    if let lo = q.lower, let hi = q.upper, !(lo <= q.value && q.value <= hi) {
                        throw fail(qp, "value", "must satisfy lower <= value <= upper, got \(lo) <= \(q.value) <= \(hi)")
                    }
                    guard q.populationShare > 0, q.populationShare <= 1 else {
                        throw fail(qp, "populationShare", "must lie in (0, 1], got \(q.populationShare)")
                    }
                    shareSum += q.populationShare
                }
                guard abs(shareSum - 1) <= 1e-6 else { throw fail(ip, "populationShare", "shares must sum to 1, got \(shareSum)") }
                if let sii = ind.sii, !(sii.intercept.isFinite && sii.slope.isFinite) {
                    throw fail(ip, "sii", "intercept and slope must be finite")
                }
                if let curve = ind.curve {
                    var lastX = 0.0
                    for (pi, p) in curve.points.enumerated() {
                        guard p.population >= 0, p.population <= 1, p.outcome.isFinite else {
                            throw fail(ip + ", curve point \(pi + 1)", "population", "shares must lie in [0, 1]")
                        }
                        guard p.population >= lastX else {
                            throw fail(ip + ", curve point \(pi + 1)", "population", "must not decrease along the curve")
                        }
                        lastX = p.population
                    }
                }
                for g in ind.gaps {
                    guard (g.lower == nil) == (g.upper == nil) else { throw fail(ip + ", gap \(g.name)", "lower", "give both limits or neither") }
                    guard g.estimate.isFinite, g.lower?.isFinite ?? true, g.upper?.isFinite ?? true,
                          (g.lower ?? g.estimate) <= g.estimate, g.estimate <= (g.upper ?? g.estimate) else {
                        throw fail(ip + ", gap \(g.name)", "estimate", "must be finite with lower <= estimate <= upper")
                    }
                }
                if let t = ind.trend {
                    for p in t.points {
                        guard (p.lower == nil) == (p.upper == nil), p.estimate.isFinite, p.lower?.isFinite ?? true, p.upper?.isFinite ?? true,
                              (p.lower ?? p.estimate) <= p.estimate, p.estimate <= (p.upper ?? p.estimate) else {
                            throw fail(ip + ", trend \(p.period)", "estimate", "must be finite with lower <= estimate <= upper")
                        }
                    }
                }
            }
            if let table = loc.communities {
                guard table.worstK >= 1 else { throw fail(lp, "worstK", "must be at least 1, got \(table.worstK)") }
                var seen = Set<String>()
                for c in table.communities {
                    let cp = "locality \(loc.code), community \(c.code)"
                    guard seen.insert(c.code).inserted else { throw fail(cp, "code", "appears twice") }
                    guard c.rank >= 1, c.rankLower >= 1, c.rankLower <= c.rank, c.rank <= c.rankUpper else {
                        throw fail(cp, "rank", "must satisfy 1 <= rankLower <= rank <= rankUpper, got \(c.rankLower) <= \(c.rank) <= \(c.rankUpper)")
                    }
                    guard c.probabilityWorstK >= 0, c.probabilityWorstK <= 1 else {
                        throw fail(cp, "probabilityWorstK", "must lie in [0, 1], got \(c.probabilityWorstK)")
                    }
                    guard c.score.isFinite else { throw fail(cp, "score", "must be a finite number") }
                }
            }
        }
    }
}

/// File-name safety for codes and ids.
enum ReportSlug {
    static func isSafe(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 100 && s.utf8.allSatisfy { b in
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 45 || b == 95
        }
    }
}
