// CommunitiesAnalysis: the run behind `gapwise communities`: CPOP's locality, peer and change scores and the per-area summary.
import GapwiseIO
import GapwiseNumerics

/// Scores communities by the Improvement Service's Community Planning Outcomes Profile (CPOP) method.
///
/// For every indicator k, with `d_k = +1` when higher values are better and `−1` when worse:
/// - locality score (CPOP's `CPPScore`): `d_k · (x − x̄_L) / s_L` over the areas of the locality L;
/// - peer score (`TypeScore`): the same over the areas of the peer group (typology group), nationally;
/// - change (`Change`): `d_k · (x_to / x_from − 1)`, a 0 in either period counting as missing;
///   its national z-score (`OverallZScore`) over every area, missing changes left out; that z-score
///   standardised again within the locality (`CPPChangeScore`) and within the peer group (`TypeChangeScore`).
///
/// Means are unweighted and standard deviations have the n − 1 denominator (R's `mean`, `sd`). The
/// summary sums each area's scores: outcome sums are ranked within the locality with ties averaged
/// (`data.table::frank`) and cut into 7-tiles (`dplyr::ntile`); change sums leave missing scores out
/// and are ranked with ties at the lowest rank, as CPOP's app does.
///
/// Reference: Improvement Service, CPOP, `Other Code/5. Preprocessing Ranks and Typology Scores.R` and the
/// app's "My communities" rankings (github.com/Improvement-Service/CPOP).
public enum CommunitiesAnalysis {
    /// Runs `request` on `table` (read once by the caller).
    ///
    /// - Throws: `AnalysisError` naming the file, row and column at fault, or the request field.
    public static func run(_ request: CommunitiesRequest, on table: CSVTable) throws(AnalysisError) -> CommunitiesResult {
        try request.validate()
        let input = try CommunitiesInput(request, table)
        let n = input.areas.count, K = input.indicators.count
        let hasPeers = request.peerGroup != nil
        let last = input.periods.count - 1
        var notes: [String] = []
        func direction(_ k: Int) -> Double { input.polarity[k] == .favourable ? 1 : -1 }
        func standardise(_ x: [Double], _ k: Int, what: String, peers: Bool) -> [Double] {
            let (groupOf, names) = peers ? (input.peerOf, input.peers) : (input.localityOf, input.localities)
            let (z, groups) = CommunityZScores.within(x, group: groupOf, groupCount: names.count)
            for (g, info) in groups.enumerated() {
                if let why = info.undefined {
                    notes.append("\(what) of \(input.indicators[k]) in \(peers ? "peer group" : "locality") \(names[g]) are undefined: \(why).")
                }
            }
            return z
        }
        var local = [[Double]](), peer = [[Double]]()
        for k in 0..<K {
            let x = input.values[last][k], d = direction(k)
            local.append(standardise(x, k, what: "locality scores", peers: false).map { $0 * d })
            peer.append(hasPeers ? standardise(x, k, what: "peer scores", peers: true).map { $0 * d } : x.map { _ in .nan })
        }
        var change = [[Double]](), national = [[Double]](), changeLocal = [[Double]](), changePeer = [[Double]]()
        if request.measuresChange {
            let zero = [Int](repeating: 0, count: n)
            for k in 0..<K {
                let from = input.values[0][k], to = input.values[1][k]
                let zeros = (0..<n).filter { from[$0] == 0 || to[$0] == 0 }.count
                if zeros > 0 {
                    notes.append("\(zeros) area\(zeros == 1 ? " has" : "s have") a value of 0 for \(input.indicators[k]) in \(input.periods[0]) or \(input.periods[1]); CPOP counts 0 as missing, so \(zeros == 1 ? "its change is" : "their changes are") missing.")
                }
                let c = (0..<n).map { CommunityChange.relative(from: from[$0], to: to[$0], input.polarity[k]) }
                let (z, groups) = CommunityZScores.within(c, group: zero, groupCount: 1)
                if let why = groups[0].undefined { notes.append("change scores of \(input.indicators[k]) are undefined: \(why).") }
                change.append(c)
                national.append(z)
                changeLocal.append(standardise(z, k, what: "locality change scores", peers: false))
                changePeer.append(hasPeers ? standardise(z, k, what: "peer change scores", peers: true) : z.map { _ in .nan })
            }
        }
        return assemble(request, input, local: local, peer: peer, change: change, national: national,
                        changeLocal: changeLocal, changePeer: changePeer, notes: notes)
    }

    static func assemble(_ request: CommunitiesRequest, _ input: CommunitiesInput, local: [[Double]], peer: [[Double]],
                         change: [[Double]], national: [[Double]], changeLocal: [[Double]], changePeer: [[Double]],
                         notes: [String]) -> CommunitiesResult {
        typealias S = CommunitySummaries
        let n = input.areas.count, hasPeers = request.peerGroup != nil, hasChange = request.measuresChange
        let loc = input.localityOf
        let score = S.combined(local, areas: n, .strict), peerScore = S.combined(peer, areas: n, .strict)
        let rank = S.ranks(score, localityOf: loc, ties: .average), peerRank = S.ranks(peerScore, localityOf: loc, ties: .average)
        let septile = S.septiles(score, localityOf: loc, localityCount: input.localities.count, codes: input.areas)
        let changeScore = S.combined(changeLocal, areas: n, .skippingMissing)
        let changePeerScore = S.combined(changePeer, areas: n, .skippingMissing)
        let changeRank = S.ranks(changeScore, localityOf: loc, ties: .min)
        let changePeerRank = S.ranks(changePeerScore, localityOf: loc, ties: .min)
        let names = input.indicators
        let driver = S.drivers(local, areas: n, names: names), peerDriver = S.drivers(peer, areas: n, names: names)
        let changeDriver = S.drivers(changeLocal, areas: n, names: names), changePeerDriver = S.drivers(changePeer, areas: n, names: names)
        var size = [Int](repeating: 0, count: input.localities.count)
        for l in loc { size[l] += 1 }
        func v(_ x: Double) -> Double? { x.isNaN ? nil : x }
        let shown = Set(request.onlyLocalities)
        var scores: [CommunityScore] = [], summaries: [CommunitySummary] = []
        for a in 0..<n where shown.isEmpty || shown.contains(input.localities[loc[a]]) {
            let locality = input.localities[loc[a]], group = hasPeers ? input.peers[input.peerOf[a]] : nil
            for k in names.indices {
                scores.append(CommunityScore(
                    area: input.areas[a], locality: locality, peerGroup: group, indicator: names[k], polarity: input.polarity[k],
                    value: v(input.values[input.periods.count - 1][k][a]), localityScore: v(local[k][a]), peerScore: v(peer[k][a]),
                    change: hasChange ? v(change[k][a]) : nil, changeScore: hasChange ? v(national[k][a]) : nil,
                    changeLocalityScore: hasChange ? v(changeLocal[k][a]) : nil, changePeerScore: hasChange ? v(changePeer[k][a]) : nil))
            }
            summaries.append(CommunitySummary(
                area: input.areas[a], locality: locality, peerGroup: group, areasInLocality: size[loc[a]],
                score: v(score[a]), rank: v(rank[a]), septile: septile[a],
                peerScore: hasPeers ? v(peerScore[a]) : nil, peerRank: hasPeers ? v(peerRank[a]) : nil,
                driver: driver[a], peerDriver: peerDriver[a],
                changeScore: hasChange ? changeScore[a] : nil, changeRank: hasChange ? v(changeRank[a]) : nil,
                changePeerScore: hasChange && hasPeers ? changePeerScore[a] : nil,
                changePeerRank: hasChange && hasPeers ? v(changePeerRank[a]) : nil,
                changeDriver: changeDriver[a], changePeerDriver: changePeerDriver[a]))
        }
        let to = request.layout.period == nil ? nil : input.periods.last
        return CommunitiesResult(method: request.method, indicators: names, polarity: input.polarity, from: request.from, to: to,
                                 hasPeers: hasPeers, scores: scores, summaries: summaries, notes: notes)
    }
}
