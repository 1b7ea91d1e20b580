// RandomTests: SplitMix64/xoshiro256** against the reference algorithms, reproducibility, streams, statistics.
import Foundation
import Testing
import GapwiseNumerics

@Suite("Seeded random numbers")
struct RandomTests {
    // Expected outputs: Reference/xoshiro_reference.py, a Python transcription of Vigna's splitmix64.c and
    // xoshiro256starstar.c, itself checked there against the published vectors used below.

    @Test func splitMix64MatchesPublishedVector() {
        // Rosetta Code "Pseudo-random numbers/Splitmix64", seed 1234567.
        var g = SplitMix64(seed: 1_234_567)
        #expect((0..<5).map { _ in g.next() } == [6457827717110365317, 3203168211198807973, 9817491932198370423,
                                                  4593380528125082431, 16408922859458223821])
    }

    @Test func xoshiroMatchesPublishedVectorFromRawState() {
        // rand_xoshiro's test of Xoshiro256StarStar (values from the reference C code), state (1, 2, 3, 4).
        var g = Xoshiro256StarStar(state: (1, 2, 3, 4))
        #expect((0..<10).map { _ in g.next() } == [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360,
                                                   607988272756665600, 16172922978634559625, 8476171486693032832,
                                                   10595114339597558777, 2904607092377533576])
    }

    @Test func seedingAndJumpsMatchReferenceTranscription() {
        var a = Xoshiro256StarStar(seed: 0)
        #expect(a.state == (0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f, 0xf88bb8a8724c81ec))
        #expect((0..<6).map { _ in a.next() } == [11091344671253066420, 13793997310169335082, 1900383378846508768,
                                                  7684712102626143532, 13521403990117723737, 18442103541295991498])
        var b = Xoshiro256StarStar(seed: 42)
        #expect((0..<6).map { _ in b.next() } == [1546998764402558742, 6990951692964543102, 12544586762248559009,
                                                  17057574109182124193, 18295552978065317476, 14199186830065750584])
        var j1 = Xoshiro256StarStar.stream(1, seed: 42)
        #expect((0..<4).map { _ in j1.next() } == [5766981335298035530, 13414075677763163907, 6818771422820058410, 262834286681399601])
        var j2 = Xoshiro256StarStar.stream(2, seed: 42)
        #expect((0..<4).map { _ in j2.next() } == [9689321145619467905, 2258870915674454393, 13756082229112209005, 17298714871310551058])
        var lj = Xoshiro256StarStar(seed: 42)
        lj.longJump()
        #expect((0..<4).map { _ in lj.next() } == [11575600654643926073, 12220922501490792721, 16399520464761058929, 6035534060861307308])
        var u = Xoshiro256StarStar(seed: 42)
        #expect([u.nextUniform(), u.nextUniform(), u.nextUniform()] == [0.08386297105988216, 0.3789802506626686, 0.6800434110281394])
    }

    @Test func sameSeedSameSequenceAndStreamsDiffer() {
        var a = Xoshiro256StarStar(seed: 2026), b = Xoshiro256StarStar(seed: 2026)
        #expect((0..<1000).map { _ in a.next() } == (0..<1000).map { _ in b.next() })
        let streams = Xoshiro256StarStar.streams(count: 5, seed: 2026)
        #expect(streams[0] == Xoshiro256StarStar(seed: 2026))
        for i in 0..<5 { #expect(streams[i] == Xoshiro256StarStar.stream(i, seed: 2026)) }
        var firsts = Set<UInt64>()
        for var s in streams { firsts.insert(s.next()) }
        #expect(firsts.count == 5)
    }

    @Test func resultsDoNotDependOnThreadCount() async {
        // Work item i uses stream i; the sums are identical sequentially and with 8 concurrent tasks.
        let seed: UInt64 = 99, items = 16
        func work(_ i: Int) -> Double {
            var g = Xoshiro256StarStar.stream(i, seed: seed)
            return (0..<1000).reduce(0.0) { acc, _ in acc + g.nextStandardNormal() }
        }
        let sequential = (0..<items).map(work)
        let parallel = await withTaskGroup(of: (Int, Double).self) { group in
            for i in 0..<items { group.addTask { (i, work(i)) } }
            var out = [Double](repeating: 0, count: items)
            for await (i, v) in group { out[i] = v }
            return out
        }
        #expect(sequential == parallel)
    }

    @Test func fillMatchesPlainLoop() {
        var a = Xoshiro256StarStar(seed: 5), b = Xoshiro256StarStar(seed: 5)
        var filled = [Double](repeating: .nan, count: 10_001)
        a.fillNormal(&filled, mean: 3, standardDeviation: 2)
        let plain = (0..<10_001).map { _ in b.nextNormal(mean: 3, standardDeviation: 2) }
        #expect(filled == plain)
        #expect(a == b)  // both generators advanced by the same number of outputs
    }

    @Test func openUniformIsInsideTheInterval() {
        var g = Xoshiro256StarStar(state: (1, 2, 3, 4))
        #expect(g.nextUniform() == Double(11520 >> 11) * 0x1p-53)  // first output 11520
        #expect(g.nextOpenUniform() == 0x1p-54)  // second output is 0: k = 0 gives (0 + ½)·2⁻⁵³, never 0
    }

    @Test func normalMomentsFromOneMillionDraws() {
        // n = 1e6, seed 1: the mean has sd 1e-3 and the variance sd √2·1e-3; tolerance 5 sd of each.
        var g = Xoshiro256StarStar(seed: 1)
        var values = [Double](repeating: 0, count: 1_000_000)
        g.fillNormal(&values)
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        print("1e6 normals: mean \(mean), variance \(variance)")
        #expect(abs(mean) < 5e-3)
        #expect(abs(variance - 1) < 5 * 2.0.squareRoot() * 1e-3)
    }

    /// Kolmogorov–Smirnov statistic √n·D of sorted draws against a continuous CDF.
    static func ksStatistic(_ draws: [Double], cdf: (Double) -> Double) -> Double {
        let x = draws.sorted()
        let n = Double(x.count)
        var d = 0.0
        for (i, v) in x.enumerated() {
            let f = cdf(v)
            d = max(d, Double(i + 1) / n - f, f - Double(i) / n)
        }
        return d * n.squareRoot()
    }

    @Test func kolmogorovSmirnovUniformAndNormal() {
        // n = 1e5, seed 7. Asymptotic critical value of √n·D at level 0.001 is 1.949 (Smirnov 1948).
        var g = Xoshiro256StarStar(seed: 7)
        let u = (0..<100_000).map { _ in g.nextUniform() }
        let z = (0..<100_000).map { _ in g.nextStandardNormal() }
        let ku = Self.ksStatistic(u) { $0 }
        let kz = Self.ksStatistic(z) { 0.5 * erfc(-$0 / 2.0.squareRoot()) }
        print("KS √n·D: uniform \(ku), normal \(kz)")
        #expect(ku < 1.949)
        #expect(kz < 1.949)
    }

    @Test(arguments: [0.5, 4.0, 30.0, 500.0])
    func poissonChiSquareGoodnessOfFit(lambda: Double) throws {
        // 200,000 draws (seed 11) binned by value; tail bins merged until each expected count is ≥ 5; the
        // Pearson statistic is compared with the chi-square 0.9999 point (false-alarm rate 1e-4).
        var g = Xoshiro256StarStar(seed: 11)
        let n = 200_000
        var counts = [Int: Int]()
        var sum = 0.0
        for _ in 0..<n {
            let k = try g.nextPoisson(mean: lambda)
            counts[k, default: 0] += 1
            sum += Double(k)
        }
        // Exact pmf via logs: p_k = exp(k ln λ − λ − ln k!).
        func pmf(_ k: Int) -> Double { exp(Double(k) * log(lambda) - lambda - lgamma(Double(k) + 1)) }
        let maxK = counts.keys.max()!
        var bins: [(expected: Double, observed: Double)] = []
        var accE = 0.0, accO = 0.0, cumulative = 0.0
        for k in 0...maxK {
            let p = pmf(k)
            cumulative += p
            accE += Double(n) * p
            accO += Double(counts[k] ?? 0)
            if accE >= 5 { bins.append((accE, accO)); accE = 0; accO = 0 }
        }
        // Everything above maxK (and any unclosed remainder) goes into the last bin.
        let tail = Double(n) * max(0, 1 - cumulative) + accE
        bins[bins.count - 1].expected += tail
        bins[bins.count - 1].observed += accO
        let stat = bins.reduce(0.0) { $0 + ($1.observed - $1.expected) * ($1.observed - $1.expected) / $1.expected }
        let critical = try ChiSquare.quantile(upperTail: 1e-4, degreesOfFreedom: Double(bins.count - 1))
        print("Poisson λ = \(lambda): mean \(sum / Double(n)), X² = \(stat) on \(bins.count - 1) df (critical \(critical))")
        #expect(stat < critical)
        #expect(abs(sum / Double(n) - lambda) < 5 * (lambda / Double(n)).squareRoot())
    }

    @Test func poissonErrorsAndZeroMean() throws {
        var g = Xoshiro256StarStar(seed: 3)
        #expect(try g.nextPoisson(mean: 0) == 0)
        #expect(throws: DistributionError.self) { try g.nextPoisson(mean: -1) }
        #expect(throws: DistributionError.self) { try g.nextPoisson(mean: .nan) }
        #expect(throws: DistributionError.self) { try g.nextPoisson(mean: .infinity) }
    }
}
