// CommunitiesResult: what a communities run gives: scores per area × indicator, a summary per area, and the settings.
import GapwiseNumerics

/// One area's scores on one indicator. Every score is oriented so that higher is better (CPOP's sign);
/// nil where it is undefined (a missing value, or a group too small or without spread: see the notes).
public struct CommunityScore: Sendable, Equatable {
    public let area: String
    public let locality: String
    /// The area's peer group; nil without a peer-group column.
    public let peerGroup: String?
    public let indicator: String
    public let polarity: Polarity
    /// The value in the period scored.
    public let value: Double?
    /// CPOP's `CPPScore`: the z-score of the value among the locality's areas, times −1 when adverse.
    public let localityScore: Double?
    /// CPOP's `TypeScore`: the same among the areas of the peer group, nationally.
    public let peerScore: Double?
    /// CPOP's `Change`: `to / from − 1`, times −1 when adverse (so above 0 is an improvement); nil
    /// without a change, or where either value is missing or 0.
    public let change: Double?
    /// CPOP's `OverallZScore`: the z-score of the change among every area of the file.
    public let changeScore: Double?
    /// CPOP's `CPPChangeScore`: `changeScore` standardised again among the locality's areas.
    public let changeLocalityScore: Double?
    /// CPOP's `TypeChangeScore`: `changeScore` standardised again among the peer group's areas.
    public let changePeerScore: Double?
}

/// One area's combined scores and ranks within its locality (rank 1 = poorest outcome or least improvement).
public struct CommunitySummary: Sendable, Equatable {
    public let area: String
    public let locality: String
    public let peerGroup: String?
    /// The number of areas in the locality.
    public let areasInLocality: Int
    /// The sum of the area's locality scores over the indicators (nil if any is nil, as R's `sum`).
    public let score: Double?
    /// The rank of `score` among the locality's areas, ascending, ties averaged (`data.table::frank`).
    public let rank: Double?
    /// The 7-tile of `score` within the locality (`dplyr::ntile(score, 7)`, 1 = poorest).
    public let septile: Int?
    /// The sum of the peer scores, and its rank among the locality's areas (CPOP's `TypeScoreRank`).
    public let peerScore: Double?
    public let peerRank: Double?
    /// The indicator with the lowest locality score, and the one with the lowest peer score.
    public let driver: String?
    public let peerDriver: String?
    /// The sum of the locality change scores (missing ones left out, as CPOP's `na.rm = TRUE`) and its
    /// rank among the locality's areas, ties at the lowest rank (CPOP's `CPPChangeRank`).
    public let changeScore: Double?
    public let changeRank: Double?
    /// The same for the peer change scores (CPOP's `TypeChangeRank`, also ranked within the locality).
    public let changePeerScore: Double?
    public let changePeerRank: Double?
    /// The indicators with the lowest locality and peer change scores.
    public let changeDriver: String?
    public let changePeerDriver: String?
}

/// The result of a communities run.
public struct CommunitiesResult: Sendable, Equatable {
    public let method: CommunitiesMethod
    /// The indicators, in output order, with their polarity.
    public let indicators: [String]
    public let polarity: [Polarity]
    /// The change's start period (nil without a change) and the period scored (nil without a period column).
    public let from: String?
    public let to: String?
    /// Whether peer scores were computed (a peer-group column was given).
    public let hasPeers: Bool
    /// One row per area × indicator, areas in order of first appearance, indicators in output order.
    public let scores: [CommunityScore]
    /// One row per area, in the same order.
    public let summaries: [CommunitySummary]
    /// What a reader should know: groups whose scores are undefined, values of 0 left out of the change.
    public let notes: [String]
}
