// NameSuggestion: the "did you mean" of unknown column and measure names: the one close candidate, or none.

/// Finds the name a user most likely meant when they wrote one that does not exist.
///
/// A candidate is suggested when it equals the name ignoring case, spaces, hyphens and underscores, or
/// when its optimal-string-alignment distance (edits: insert, delete, substitute, swap two neighbours;
/// case-insensitive) is at most `max(1, length / 3)` and no other candidate is as close. Ties give no
/// suggestion: a wrong hint is worse than none.
package enum NameSuggestion {
    /// The single closest candidate to `name`, or nil when none is close or several are equally close.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let key = normalised(name)
        let loose = candidates.filter { normalised($0) == key && $0 != name }
        if loose.count == 1 { return loose[0] }
        let target = Array(name.lowercased())
        let limit = max(1, target.count / 3)
        var best: (name: String, distance: Int)?
        var tied = false
        for c in Set(candidates) where c != name {
            let d = distance(target, Array(c.lowercased()))
            guard d <= limit else { continue }
            if let b = best, d == b.distance { tied = true } else if best == nil || d < best!.distance { best = (c, d); tied = false }
        }
        return tied ? nil : best?.name
    }

    /// `" (did you mean \"X\"?)"` or the empty string: ready to append to a message.
    public static func hint(for name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { " (did you mean \"\($0)\"?)" } ?? ""
    }

    static func normalised(_ s: String) -> String {
        String(s.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" })
    }

    /// Optimal string alignment distance (Levenshtein with adjacent transpositions).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev2[j - 2] + 1) }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
