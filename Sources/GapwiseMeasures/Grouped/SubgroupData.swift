// SubgroupData: the validated input of the subgroup-level measures (estimates, SEs, populations, order).
import GapwiseNumerics

/// One population subgroup (a SIMD quintile, a council area, a sex): its estimate and what is known about it.
public struct Subgroup: Hashable, Sendable {
    /// A name unique among the subgroups (used to name the reference subgroup and in results).
    public var name: String
    /// The subgroup's estimate y_j on the indicator's scale (a % for scale 100, a rate per 1000 for 1000, …).
    public var estimate: Double
    /// The standard error se_j of the estimate, when known (needed for confidence intervals).
    public var standardError: Double?
    /// The population N_j, when known (needed by the weighted measures and the setting average).
    public var population: Double?
    /// The position on an ordered dimension, 1 = most disadvantaged (e.g. SIMD quintile 1 = most
    /// deprived), k = most advantaged; nil for a non-ordered dimension.
    public var order: Int?

    public init(_ name: String, estimate: Double, standardError: Double? = nil, population: Double? = nil,
                order: Int? = nil) {
        self.name = name
        self.estimate = estimate
        self.standardError = standardError
        self.population = population
        self.order = order
    }
}

/// The subgroups of one indicator in one setting, validated once and shared by every grouped measure.
///
/// Rules checked by ``init(subgroups:polarity:scale:reference:settingAverage:)``: at least one
/// subgroup; names unique; estimates finite; standard errors and populations, when given, finite and
/// ≥ 0; the scale positive and finite; orders either absent from every subgroup (non-ordered dimension)
/// or present on every subgroup as 1, 2, …, k each once (ordered dimension, as healthequal requires);
/// a named reference among the subgroups. Rules that only some measures need (populations present, a
/// positive average, more than two subgroups) are checked by those measures.
public struct SubgroupData: Hashable, Sendable {
    /// The subgroups in the order given.
    public let subgroups: [Subgroup]
    /// Whether a higher value is better.
    public let polarity: Polarity
    /// The indicator scale: 100 for a percentage, 1000 for a rate per 1000, 1 for a proportion, …
    public let scale: Double
    /// The index (into `subgroups`) of the user's reference subgroup, if one was named.
    public let referenceIndex: Int?
    /// A supplied setting (national) average, used where not every population is known.
    public let settingAverage: Double?

    /// Validates and stores the subgroups.
    /// - Parameters:
    ///   - subgroups: one entry per subgroup (at least one).
    ///   - polarity: `.favourable` when higher is better, `.adverse` when higher is worse.
    ///   - scale: the indicator scale (default 100, a percentage); must be > 0.
    ///   - reference: the name of a reference subgroup (HEAT `reference_subgroup`), optional.
    ///   - settingAverage: the setting average μ to use when not every population is known, optional.
    /// - Throws: `.noSubgroups`, `.duplicateName`, `.nonFiniteEstimate`, `.invalidStandardError`,
    ///   `.invalidPopulation`, `.invalidOrder`, `.invalidScale`, `.invalidSettingAverage`, `.unknownReference`.
    public init(subgroups: [Subgroup], polarity: Polarity, scale: Double = 100,
                reference: String? = nil, settingAverage: Double? = nil) throws(GroupedMeasureError) {
        guard !subgroups.isEmpty else { throw .noSubgroups }
        var seen = Set<String>()
        for g in subgroups {
            guard seen.insert(g.name).inserted else { throw .duplicateName(name: g.name) }
            guard g.estimate.isFinite else { throw .nonFiniteEstimate(subgroup: g.name, value: g.estimate) }
            if let s = g.standardError, !(s.isFinite && s >= 0) {
                throw .invalidStandardError(subgroup: g.name, value: s)
            }
            if let n = g.population, !(n.isFinite && n >= 0) {
                throw .invalidPopulation(subgroup: g.name, value: n)
            }
        }
        let ordered = subgroups.filter { $0.order != nil }.count
        if ordered != 0 {
            guard ordered == subgroups.count else {
                throw .invalidOrder(detail: "\(ordered) of the \(subgroups.count) subgroups have an order")
            }
            let orders = subgroups.map { $0.order! }.sorted()
            guard orders == Array(1...subgroups.count) else {
                throw .invalidOrder(detail: "the orders are \(orders.map(String.init).joined(separator: ", "))")
            }
        }
        guard scale.isFinite && scale > 0 else { throw .invalidScale(value: scale) }
        if let a = settingAverage, !a.isFinite { throw .invalidSettingAverage(value: a) }
        var refIndex: Int?
        if let reference {
            guard let i = subgroups.firstIndex(where: { $0.name == reference }) else {
                throw .unknownReference(name: reference)
            }
            refIndex = i
        }
        self.subgroups = subgroups
        self.polarity = polarity
        self.scale = scale
        self.referenceIndex = refIndex
        self.settingAverage = settingAverage
    }

    /// The number of subgroups k.
    public var count: Int { subgroups.count }
    /// Whether the dimension is ordered (every subgroup has an order).
    public var isOrdered: Bool { subgroups[0].order != nil }
    /// The estimates y_j in the order given.
    public var estimates: [Double] { subgroups.map(\.estimate) }
    /// The subgroup names in the order given.
    public var names: [String] { subgroups.map(\.name) }
    /// The standard errors, or nil unless every subgroup has one.
    public var standardErrors: [Double]? {
        let s = subgroups.compactMap(\.standardError)
        return s.count == count ? s : nil
    }
    /// The populations, or nil unless every subgroup has one.
    public var populations: [Double]? {
        let n = subgroups.compactMap(\.population)
        return n.count == count ? n : nil
    }
}
