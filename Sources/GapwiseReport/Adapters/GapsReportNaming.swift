// GapsReportNaming: the words and file-safe codes the gaps adapter gives indicators, measures and localities.
import GapwiseAnalysis
import GapwiseIO

extension GapsReportAdapter {
    /// A dictionary key of several labels (a separator no label contains).
    static func key(_ parts: String...) -> String { parts.joined(separator: "\u{1F}") }

    /// `s` as letters, digits, `-` and `_` (other characters become `-`, runs collapsed; at most 60 bytes),
    /// e.g. "Aberdeen City" -> "Aberdeen-City"; "area" when nothing is left.
    static func slug(_ s: String) -> String {
        if ReportSlug.isSafe(s) { return s }
        var out = ""
        for ch in s.unicodeScalars {
            let ok = (ch.value >= 48 && ch.value <= 57) || (ch.value >= 65 && ch.value <= 90) || (ch.value >= 97 && ch.value <= 122) || ch == "_"
            if ok { out.unicodeScalars.append(ch) } else if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        out = String(out.prefix(60))
        return out.isEmpty ? "area" : out
    }

    /// `slug(s)`, with `-2`, `-3`, ... appended when another area or indicator already has it.
    static func uniqueCode(_ s: String, _ taken: inout Set<String>) -> String {
        let base = slug(s)
        var code = base, n = 2
        while !taken.insert(code).inserted { code = "\(base)-\(n)"; n += 1 }
        return code
    }

    /// "emergency_admissions" -> "Emergency admissions".
    static func displayName(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "_", with: " ")
        guard let f = words.first else { return name }
        return f.uppercased() + words.dropFirst()
    }

    /// The unit of an indicator's quantile values, from its statistic and multiplier.
    static func unit(_ ind: GapsIndicator) -> String {
        let per = "per " + ReportNumber.display(ind.multiplier, 0)
        switch ind.statistic {
        case .proportion: return ind.multiplier == 100 ? "%" : per
        case .rate: return per
        case .dsr: return per + " (age-standardised)"
        case .lifeExpectancy: return "years (life expectancy at birth)"
        case .mean: return ind.multiplier == 1 ? "population-weighted mean of area values" : "mean of area values × " + ReportNumber.display(ind.multiplier, 0)
        }
    }

    /// "SIMD quintile" (rank column naming SIMD) or "deprivation decile", with "(local)" for local bands.
    static func quantileLabel(_ request: GapsRequest, scheme k: Int) -> String {
        let base = request.rank.lowercased().contains("simd") ? "SIMD " : "deprivation "
        return base + GapsRequest.schemeName(k) + (request.basis == .local ? " (local bands)" : "")
    }

    /// Readable names of the gap measure codes; other codes as given. Only `rii_linear` is called "RII"
    /// (the headline); the other relative indices carry names of their own.
    static func measureName(_ code: String) -> String {
        switch code {
        case "rii_linear": return "RII"
        case "sii_linear": return "SII"
        case "d": return "Difference, most vs least deprived (d)"
        case "r": return "Ratio, most vs least deprived (r)"
        case "paf": return "Population attributable fraction (PAF, %)"
        case "par": return "Population attributable risk (PAR)"
        case "abs_range": return "Absolute range"
        case "rel_range": return "Relative range"
        case "rii_int": return "Most deprived vs average, % (ScotPHO rii_int)"
        case "phe_sii": return "SII, PHE fit (phe_sii)"
        case "phe_rii": return "Fitted ratio, most vs least deprived (PHE phe_rii)"
        case "sii": return "Logistic slope index (HEAT sii)"
        case "rii": return "Logistic fitted ratio, most vs least deprived (HEAT rii)"
        default: return code
        }
    }
}

extension GapsReportAdapter {
    /// "1", "1 and 2", "1, 2 and 3".
    static func list(_ q: [Int]) -> String {
        let s = q.map(String.init)
        return s.count < 2 ? s.joined() : s.dropLast().joined(separator: ", ") + " and " + s.last!
    }
}
