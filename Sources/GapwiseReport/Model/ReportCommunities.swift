// ReportCommunities: a locality's communities ranked by need, with rank intervals and P(among the worst k).

/// The communities (data zones or intermediate zones) of one locality, ranked so that rank 1 has the
/// poorest outcomes. Rows may come in any order; the renderer sorts them by rank, then code.
public struct ReportCommunities: Sendable, Equatable, Codable {
    /// The k of "among the k worst", e.g. 5 or 10; at least 1.
    public var worstK: Int
    /// What the score is, e.g. "Need score (mean z of 6 indicators)".
    public var scoreLabel: String
    public var communities: [ReportCommunity]
    /// Why the ranks carry no interval and no probability (e.g. "no sampling error given for any indicator
    /// ranked on"); nil when they were simulated. With a reason, the rank limits and probabilities are not
    /// shown: a rank with no sampling error is not certain, it is unmeasured.
    public var noIntervalReason: String?

    public init(worstK: Int, scoreLabel: String, communities: [ReportCommunity], noIntervalReason: String? = nil) {
        self.worstK = worstK
        self.scoreLabel = scoreLabel
        self.communities = communities
        self.noIntervalReason = noIntervalReason
    }
}

/// One community: its score, its rank in the locality with an interval, how likely it is to be among
/// the worst k, what drives its score, and an optional flag (e.g. "small population").
public struct ReportCommunity: Sendable, Equatable, Codable {
    /// The area code, e.g. "S01006506".
    public var code: String
    public var name: String
    public var score: Double
    /// 1 = poorest outcomes in the locality.
    public var rank: Int
    /// The rank interval at the run's confidence level, `rankLower <= rank <= rankUpper`.
    public var rankLower: Int
    public var rankUpper: Int
    /// The probability, in [0, 1], of being among the worst `worstK` of the locality.
    public var probabilityWorstK: Double
    /// The indicators that contribute most to the score, most important first.
    public var drivers: [String]
    /// A caution for the reader, e.g. "small population"; nil when none.
    public var flag: String?

    public init(code: String, name: String, score: Double, rank: Int, rankLower: Int, rankUpper: Int,
                probabilityWorstK: Double, drivers: [String] = [], flag: String? = nil) {
        self.code = code
        self.name = name
        self.score = score
        self.rank = rank
        self.rankLower = rankLower
        self.rankUpper = rankUpper
        self.probabilityWorstK = probabilityWorstK
        self.drivers = drivers
        self.flag = flag
    }
}
