// GapsBootstrapTests: the bootstrap over areas within each quantile: closed-form cases, a plain-loop reference, textbook moments, determinism.
import Foundation
import Testing
@testable import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures
@testable import GapwiseNumerics

@Suite("Gaps: bootstrap over areas within each quantile")
struct GapsBootstrapTests {
    /// A table of areas: rank (1 = most deprived; count quintiles `ceil(rank·5/n)`), council, population,
    /// an area value without SE, and a count with its denominator.
    static func table(_ rows: [(rank: Int, council: String, pop: Double, value: Double, num: Double, den: Double)]) throws -> CSVTable {
        var csv = "rank,council,pop,v,num,den\n"
        for r in rows { csv += "\(r.rank),\(r.council),\(r.pop),\(r.value),\(r.num),\(r.den)\n" }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("gaps-boot-\(UUID().uuidString).csv")
        try csv.write(to: tmp, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: tmp) }
        return try CSVReader.read(file: tmp.path)
    }

    static let indicators = [
        GapsIndicator(name: "v", source: .values(value: "v", standardError: nil)),
        GapsIndicator(name: "p", source: .counts(numerator: "num", denominator: "den")),
    ]

    static func request(locality: String? = nil, replicates: Int? = nil, seed: UInt64 = 5, threads: Int = 1) -> GapsRequest {
        var r = GapsRequest(indicators: indicators, rank: "rank", locality: locality, population: "pop",
                            levels: [0.95, 0.8], threshold: 0, seed: seed, replicates: replicates, threads: threads)
        r.interval = .bootstrap
        return r
    }

    @Test func oneAreaPerQuintileGivesIntervalsEqualToThePoint() throws {
        let values: [Double] = [88.5, 71.25, 64, 50.5, 43.75]
        var rows: [(rank: Int, council: String, pop: Double, value: Double, num: Double, den: Double)] = []
        for k in 1...5 {
            let pop = Double(100 + 37 * k), num = Double(40 - 5 * k), den = Double(200 + 11 * k)
            rows.append((rank: k, council: "A", pop: pop, value: values[k - 1], num: num, den: den))
        }
        let r = try GapsRunner.run(Self.request(), on: try Self.table(rows))
        #expect(r.gaps.count == 2 * 6)
        for g in r.gaps {
            let e = try #require(g.estimate, "\(g.indicator) \(g.measure)")
            #expect(g.intervals.map(\.confidence) == [0.95, 0.8])
            for iv in g.intervals {
                #expect(iv.lower == e && iv.upper == e, "\(g.indicator) \(g.measure): \(String(describing: iv.lower)) \(e) \(String(describing: iv.upper))")
            }
            #expect(g.intervalMethod == "bootstrap over areas within each quintile, 1000 replicates, percentile")
            #expect(g.standardError == nil)
        }
    }

    @Test func identicalAreasWithinEachQuintileCollapseTheInterval() throws {
        // Three areas per quintile, equal within a quintile (value, population, counts), different between.
        let rows = (1...15).map { rank -> (rank: Int, council: String, pop: Double, value: Double, num: Double, den: Double) in
            let q = (rank * 5 + 14) / 15
            return (rank, "A", Double(300 - 20 * q), Double(95 - 9 * q) + 0.1, Double(31 - 4 * q), 250)
        }
        let r = try GapsRunner.run(Self.request(replicates: 400), on: try Self.table(rows))
        for g in r.gaps {
            let e = try #require(g.estimate)
            for iv in g.intervals { #expect(iv.lower == e && iv.upper == e, "\(g.indicator) \(g.measure)") }
            #expect(g.intervalMethod == "bootstrap over areas within each quintile, 400 replicates, percentile")
        }
    }

    /// Four unequal areas per quintile, two councils (alternate ranks).
    static let varied: [(rank: Int, council: String, pop: Double, value: Double, num: Double, den: Double)] = (1...20).map { k in
        let v: [Double] = [131, 118.5, 142, 109, 97, 104.25, 90, 99.5, 85, 80, 92.5, 77, 70.5, 74, 66, 79, 58, 61.5, 49, 63]
        return (k, k % 2 == 0 ? "A" : "B", Double(400 + (k * 37) % 230), v[k - 1], Double(60 - 2 * k + (k * 7) % 5), Double(500 + (k * 53) % 190))
    }

    /// The d limits by hand: the run's seed for the profile, then plain loops (the reference sums, the
    /// quantile values, d = Q1 − Q5, a sort and the type-7 percentile written out).
    @Test func dLimitsEqualAPlainLoopOverTheSameDraws() throws {
        let req = Self.request(replicates: 999)
        let r = try GapsRunner.run(req, on: try Self.table(Self.varied))
        for (name, isValue) in [("v", true), ("p", false)] {
            let profile = try #require(r.profiles.first { $0.indicator == name && $0.locality == "Scotland" })
            let seed = MeasureRunner.derivedSeed(GapsRunner.unitSeed(req.seed, profile), group: 1, measure: 0, measures: req.measures.count)
            var a = [[Double]](repeating: [], count: 5), b = a
            for (i, row) in Self.varied.enumerated() {
                let q = (row.rank * 5 + 19) / 20 - 1
                _ = i
                a[q].append(isValue ? row.value * row.pop : row.num)
                b[q].append(isValue ? row.pop : row.den)
            }
            let mult = isValue ? 1.0 : 100.0
            let s = ScalarReference.stratifiedSums(a: a, b: b, replicates: 999, seed: seed)
            var d: [Double] = []
            for rep in 0..<999 { d.append(s.a[rep * 5] / s.b[rep * 5] * mult - s.a[rep * 5 + 4] / s.b[rep * 5 + 4] * mult) }
            d.sort()
            func type7(_ p: Double) -> Double {
                let h = Double(d.count - 1) * p, lo = Int(h.rounded(.down)), f = h - Double(lo)
                return d[lo] + f * (d[min(lo + 1, d.count - 1)] - d[lo])
            }
            let g = try #require(r.gaps.first { $0.indicator == name && $0.locality == "Scotland" && $0.measure == "d" })
            for iv in g.intervals {
                let lo = type7((1 - iv.confidence) / 2), hi = type7((1 + iv.confidence) / 2)
                #expect(abs(try #require(iv.lower) - lo) <= 1e-12 * abs(lo), "\(name) \(iv.confidence)")
                #expect(abs(try #require(iv.upper) - hi) <= 1e-12 * abs(hi), "\(name) \(iv.confidence)")
                #expect(iv.lower! <= g.estimate! && g.estimate! <= iv.upper!)
            }
        }
    }

    /// Efron & Tibshirani (1993, §6.2 and ch. 5): the bootstrap distribution of a mean of n values has mean
    /// x̄ and standard deviation √((n−1)/n)·s/√n; for the difference of two independent strata the variances
    /// add. Equal weights make each quantile value the plain mean. Tolerances: 4 Monte-Carlo standard errors
    /// from R replicates (mean: σ/√R; SD: σ·√((κ − 1)/(4R)) with κ the replicates' own kurtosis).
    @Test func bootstrapMomentsOfDMatchTheTextbook() throws {
        let q1: [Double] = [10, 12, 15, 19, 24, 30], q5: [Double] = [3, 4, 6, 9]
        let mid: [[Double]] = [[8, 9], [7], [5, 6, 5]]
        let strata = ([q1] + mid + [q5]).map { GapsStratum(a: $0, b: [Double](repeating: 1, count: $0.count)) }
        let R = 20_000
        let request = MeasureRequest(measures: [], multiplier: 1, confidence: [0.95], polarity: .adverse)
        let boot = GapsBootstrapReplicates(strata: strata, names: ["Q1", "Q2", "Q3", "Q4", "Q5"], multiplier: 1, replicates: R,
                                           seed: 99, request: request)
        let d = boot.estimates(.d, request: request).map { try! #require($0) }
        func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }
        func ss(_ x: [Double]) -> Double { let m = mean(x); return x.reduce(0) { $0 + ($1 - m) * ($1 - m) } }
        let point = mean(q1) - mean(q5)
        // ((n−1)/n)·s²/n = Σ(x − x̄)²/n² per stratum.
        let sigma = (ss(q1) / Double(q1.count * q1.count) + ss(q5) / Double(q5.count * q5.count)).squareRoot()
        let m = mean(d), sd = (ss(d) / Double(R - 1)).squareRoot()
        let kurtosis = d.reduce(0) { $0 + pow($1 - m, 4) } / Double(R) / pow(ss(d) / Double(R), 2)
        #expect(abs(m - point) <= 4 * sigma / Double(R).squareRoot(), "mean \(m) vs \(point)")
        #expect(abs(sd - sigma) <= 4 * sigma * ((kurtosis - 1) / Double(4 * R)).squareRoot(), "sd \(sd) vs \(sigma)")
    }

    /// A replicate's measure is the measure API's own estimate on the same quantile table (the replicates
    /// skip only the intervals), for every default code and both polarities.
    @Test func replicateEstimatesAreTheMeasureAPIsOwn() throws {
        let strata = [[12.0, 15, 9], [11, 8], [7, 10, 6, 9], [6, 5], [4, 6, 3]].map { v in
            GapsStratum(a: v.map { $0 * 250 }, b: v.map { 200 + $0 * 7 })
        }
        for polarity in [Polarity.adverse, .favourable] {
            let request = MeasureRequest(measures: [], multiplier: 100, confidence: [0.95, 0.998], polarity: polarity)
            let boot = GapsBootstrapReplicates(strata: strata, names: ["Q1", "Q2", "Q3", "Q4", "Q5"], multiplier: 100,
                                               replicates: 200, seed: 3, request: request)
            for gm in [GroupedMeasure.d, .r, .siiLinear, .riiLinear, .riiPercent, .paf, .par] {
                let got = boot.estimates(gm, request: request)
                for rep in 0..<200 {
                    let table = try #require(boot.data[rep])
                    let e = try GroupedInequality.compute(gm, table, options: GroupedOptions(confidenceLevels: [0.95, 0.998]))
                    #expect(got[rep] == e.estimate, "\(gm) replicate \(rep)")
                }
            }
        }
    }

    @Test func sameSeedSameOutputWhateverTheThreadsOtherSeedOtherOutput() throws {
        let t = try Self.table(Self.varied)
        let one = try GapsRunner.run(Self.request(locality: "council", threads: 1), on: t)
        let four = try GapsRunner.run(Self.request(locality: "council", threads: 4), on: t)
        let other = try GapsRunner.run(Self.request(locality: "council", seed: 6, threads: 4), on: t)
        let text = { (r: GapsResult) in GapsFormat.gaps(r, levels: [0.95, 0.8], format: .csv) }
        #expect(text(one) == text(four))
        #expect(text(one) != text(other))
        #expect(one.gaps.filter { !$0.intervals.isEmpty }.count == 3 * 2 * 6)
    }

    @Test func bootstrapAndTheRegressionIntervalAreNotAskedTogether() {
        var r = Self.request()
        r.siiInterval = .regression
        #expect(throws: AnalysisError.invalidRequest("the bootstrap gives every gap measure its interval, the linear SII and RII included: ask for the bootstrap or for the regression interval, not both.")) { try r.validate() }
        var s = Self.request(replicates: 99)
        #expect(throws: AnalysisError.invalidRequest("a bootstrap needs at least 100 replicates (\(field: .replicates) 99).")) { try s.validate() }
        s.replicates = 100
        #expect(throws: Never.self) { try s.validate() }
    }

    @Test func directlyStandardisedRatesSayTheyAreNotBootstrapped() throws {
        let rows = (1...10).map { k in "\(k),A,\(100 + k),\(5 + k % 3),\(200 + k),\(3 + k % 4),\(300 + k)" }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("gaps-boot-dsr-\(UUID().uuidString).csv")
        try ("rank,council,pop,e1,p1,e2,p2\n" + rows.joined(separator: "\n") + "\n").write(to: tmp, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: tmp) }
        var req = GapsRequest(indicators: [GapsIndicator(name: "dsr", source: .ageBands(numerators: ["e1", "e2"], denominators: ["p1", "p2"], standard: [1, 1]))],
                              rank: "rank", population: "pop", measures: [try MeasureSpec.parse("d")], threshold: 0, threads: 1)
        req.interval = .bootstrap
        let r = try GapsRunner.run(req, on: try CSVReader.read(file: tmp.path))
        let g = try #require(r.gaps.first)
        #expect(g.estimate != nil && g.intervals.isEmpty)
        #expect(g.intervalMethod == "none: the bootstrap over areas is not offered for directly standardised rates")
    }
}
