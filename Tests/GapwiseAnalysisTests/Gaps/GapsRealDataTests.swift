// GapsRealDataTests: gaps on the real SIMD 2020v2 file for 32 councils + Scotland: sums, SII, suppression safety.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures
import GapwiseTestSupport

@Suite("Gaps on SIMD 2020v2", .needsShared("data/simd2020v2_withinds/simd2020_withinds.csv"))
struct GapsRealDataTests {
    static let relative = "data/simd2020v2_withinds/simd2020_withinds.csv"

    /// The count indicators of SIMD 2020v2 with their denominators (PROVENANCE.md: counts over populations).
    static let indicators = [
        GapsIndicator(name: "income", source: .counts(numerator: "income_count", denominator: "Total_population")),
        GapsIndicator(name: "employment", source: .counts(numerator: "employment_count", denominator: "Working_Age_population")),
        GapsIndicator(name: "crime", source: .counts(numerator: "crime_count", denominator: "Total_population"), statistic: .rate, multiplier: 10_000),
        GapsIndicator(name: "overcrowded", source: .counts(numerator: "overcrowded_count", denominator: "Total_population")),
        GapsIndicator(name: "nocentralheating", source: .counts(numerator: "nocentralheating_count", denominator: "Total_population")),
    ]

    struct Fixture {
        let file: TestTable
        let result: GapsResult
        let request: GapsRequest
    }

    /// Computed once for the suite (the tests run in parallel).
    nonisolated(unsafe) static let shared: Result<Fixture, any Error> = Result { try fixture() }

    static func fixture() throws -> Fixture {
        let url = try SharedData.require(relative)
        let table = try CSVReader.read(file: url.path)
        var request = GapsRequest(indicators: indicators, rank: "SIMD2020v2_Rank", locality: "Council_area",
                                  quantiles: [5, 10], threads: 2)
        request.invalidAreas = .exclude
        // The SII test below compares the regression interval with the measure API's (asked for by name; the
        // default PHE simulation is tested in GapsSIIIntervalTests).
        request.siiInterval = .regression
        return Fixture(file: try TestTable(contentsOf: url), result: try GapsRunner.run(request, on: table), request: request)
    }

    /// A cell as a number, nil for the file's missing marks (blank, `*`, `n/a`).
    static func number(_ s: String) -> Double? { Double(s.trimmingCharacters(in: .whitespaces)) }

    @Test func perQuantileAggregatesEqualADirectSumFromTheFile() throws {
        let f = try Self.shared.get()
        let council = f.file.column("Council_area")
        let band = [5: f.file.numbers("SIMD2020v2_Quintile"), 10: f.file.numbers("SIMD2020v2_Decile")]
        #expect(Set(council).count == 32)
        #expect(f.result.localities.count == 33 && f.result.localities[0] == "Scotland")
        #expect(f.result.profiles.count == 5 * 33 * 2)
        var checked = 0
        for p in f.result.profiles {
            let ind = Self.indicators.first { $0.name == p.indicator }!
            guard case let .counts(nc, dc) = ind.source else { continue }
            let num = f.file.column(nc).map(Self.number), den = f.file.column(dc).map(Self.number)
            for row in p.rows {
                var areas = 0, excluded = 0, n = 0.0, d = 0.0
                for i in council.indices where (p.locality == "Scotland" || council[i] == p.locality) && Int(band[p.scheme]![i]) == row.quantile {
                    areas += 1
                    // Areas with a proportion above 1 (a count above its denominator) are left out by the policy.
                    if let a = num[i], let b = den[i], ind.statistic != .proportion || a <= b { n += a; d += b } else { excluded += 1 }
                }
                #expect(row.areas == areas && row.excludedAreas == excluded, "\(p.locality) \(p.indicator) k=\(p.scheme) q=\(row.quantile)")
                #expect(abs(row.denominator - d) <= 1e-9 * max(1, d))
                if let pn = row.numerator {
                    #expect(abs(pn - n) <= 1e-9 * max(1, n), "\(p.locality) \(p.indicator) q=\(row.quantile): \(pn) vs \(n)")
                    checked += 1
                }
                if areas == 0 { #expect(row.status == .empty) }
            }
        }
        #expect(checked > 2000)
    }

    @Test func siiOfEveryProfileEqualsTheMeasureAPIOnTheSameQuantileTable() throws {
        let f = try Self.shared.get()
        var compared = 0
        for p in f.result.profiles {
            let ind = Self.indicators.first { $0.name == p.indicator }!
            let gap = f.result.gaps.first { $0.locality == p.locality && $0.indicator == p.indicator && $0.scheme == p.scheme && $0.measure == "sii_linear" }!
            let present = p.rows.filter { $0.status != .empty && $0.status != .noData }
            guard present.allSatisfy(\.isPublished) else {
                #expect(gap.estimate == nil && gap.missingReason?.contains("not computed: quantile") == true)
                continue
            }
            let groups = present.enumerated().map { j, r in
                Subgroup("Q\(r.quantile)", estimate: r.value!, standardError: r.standardError, population: r.denominator, order: j + 1)
            }
            let data = try SubgroupData(subgroups: groups, polarity: .adverse, scale: ind.multiplier)
            let e: GroupedEstimate
            do { e = try GroupedInequality.linearSlopeIndex(data, options: GroupedOptions(confidenceLevels: [0.95])) } catch {
                // Where the measure API refuses the table (e.g. 2 quantiles), the gap is missing with its reason.
                #expect(gap.estimate == nil && gap.missingReason?.contains(error.description) == true)
                continue
            }
            let est = try #require(gap.estimate, "\(p.locality) \(p.indicator) k=\(p.scheme): \(gap.missingReason ?? "")")
            // The measure API keeps PHE's sign (β1); gaps reads "positive: the most deprived fare worse", so for
            // these adverse indicators it is −β1 with the limits negated and swapped.
            #expect(abs(est + e.estimate) <= 1e-12 * max(1, abs(e.estimate)))
            #expect(gap.intervals.at(0.95)?.lower == e.interval(at: 0.95).map { -$0.upper })
            compared += 1
        }
        #expect(compared > 250)
    }

    @Test func suppressionNeverExposesACountBelowTheThreshold() throws {
        let f = try Self.shared.get()
        let council = f.file.column("Council_area")
        let threshold = f.request.threshold
        var hiddenSeen = 0, secondarySeen = 0
        func key(_ p: QuantileProfile) -> String { "\(p.indicator)|\(p.scheme)|\(p.locality)" }
        let byKey = Dictionary(uniqueKeysWithValues: f.result.profiles.map { (key($0), $0) })
        for p in f.result.profiles {
            let ind = Self.indicators.first { $0.name == p.indicator }!
            guard case let .counts(nc, dc) = ind.source else { continue }
            let num = f.file.column(nc).map(Self.number), den = f.file.column(dc).map(Self.number)
            // The locality's total from the file: what a reader can learn from any published total.
            var total = 0.0
            for i in council.indices where p.locality == "Scotland" || council[i] == p.locality {
                if let a = num[i], let b = den[i], ind.statistic != .proportion || a <= b { total += a }
            }
            let hidden = p.rows.filter { $0.status == .suppressed || $0.status == .secondary }
            hiddenSeen += hidden.count
            secondarySeen += hidden.filter { $0.status == .secondary }.count
            for r in hidden { #expect(r.numerator == nil && r.value == nil && r.intervals.isEmpty) }
            for r in p.rows where r.isPublished { #expect(r.numerator! >= threshold, "a published count below the threshold") }
            guard !hidden.isEmpty else { continue }
            #expect(hidden.count >= 2, "\(key(p)): a single suppressed quantile could be recovered from the total")
            let recovered = total - p.rows.compactMap { $0.isPublished ? $0.numerator : nil }.reduce(0, +)
            #expect(recovered >= threshold - 1e-9, "\(key(p)): the suppressed quantiles add up to \(recovered)")
        }
        // National bands: Scotland's quantile is the sum of the councils' same quantile.
        for ind in Self.indicators {
            for k in [5, 10] {
                for q in 1...k {
                    let cells = f.result.localities.map { byKey["\(ind.name)|\(k)|\($0)"]!.rows[q - 1] }
                    let hidden = cells.filter { $0.status == .suppressed || $0.status == .secondary }
                    #expect(hidden.count != 1, "\(ind.name) k=\(k) q=\(q): one council's cell could be recovered from Scotland's")
                }
            }
            // Nested bands: a quintile is the sum of two deciles.
            for l in f.result.localities {
                let quint = byKey["\(ind.name)|5|\(l)"]!, dec = byKey["\(ind.name)|10|\(l)"]!
                for q in 1...5 {
                    let cells = [quint.rows[q - 1], dec.rows[2 * q - 2], dec.rows[2 * q - 1]]
                    #expect(cells.filter { $0.status == .suppressed || $0.status == .secondary }.count != 1, "\(ind.name) \(l) quintile \(q)")
                }
            }
        }
        #expect(hiddenSeen > 0 && secondarySeen > 0, "the real file must exercise both kinds of suppression")
    }

    @Test func islandCouncilsMissingDecilesAreReportedNotDropped() throws {
        let f = try Self.shared.get()
        let council = f.file.column("Council_area"), decile = f.file.numbers("SIMD2020v2_Decile")
        var withGaps = 0
        for l in f.result.localities where l != "Scotland" {
            let present = Set(council.indices.filter { council[$0] == l }.map { Int(decile[$0]) })
            let missing = (1...10).filter { !present.contains($0) }
            let p = f.result.profiles.first { $0.locality == l && $0.indicator == "income" && $0.scheme == 10 }!
            #expect(p.rows.count == 10)
            #expect(p.rows.filter { $0.status == .empty }.map(\.quantile) == missing)
            let g = f.result.gaps.first { $0.locality == l && $0.indicator == "income" && $0.scheme == 10 && $0.measure == "d" }!
            if !missing.isEmpty {
                withGaps += 1
                #expect(g.flags.contains { $0.hasPrefix("no areas in quantile") }, "\(l): \(g.flags)")
            }
        }
        #expect(withGaps >= 3, "Orkney, Shetland and Na h-Eileanan an Iar have no most deprived national decile")
    }
}
