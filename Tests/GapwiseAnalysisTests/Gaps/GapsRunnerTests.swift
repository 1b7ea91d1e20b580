// GapsRunnerTests: thread-count invariance, seeds, local and population-weighted bands, validation messages.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures
import GapwiseTestSupport

@Suite("Gaps runner")
struct GapsRunnerTests {
    static let sample = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path

    static func request(threads: Int) throws -> GapsRequest {
        GapsRequest(
            indicators: [
                GapsIndicator(name: "emergency", source: .counts(numerator: "emergency_admissions_count", denominator: "emergency_admissions_denominator"), statistic: .rate),
                GapsIndicator(name: "positive", source: .counts(numerator: "positive_destinations_count", denominator: "positive_destinations_denominator"), polarity: .favourable),
            ],
            rank: "simd_rank", locality: "council", year: "year", quantiles: [5, 10],
            measures: try ["d", "r", "sii_linear", "phe_sii", "bgsd"].map { try MeasureSpec.parse($0) },
            levels: [0.95, 0.998], seed: 42, replicates: 1000, threads: threads)
    }

    @Test func outputIsIdenticalForOneAndTwoThreads() throws {
        let table = try CSVReader.read(file: Self.sample)
        let one = try GapsRunner.run(try Self.request(threads: 1), on: table)
        let two = try GapsRunner.run(try Self.request(threads: 2), on: table)
        #expect(one == two)
        #expect(one.units == 4 && one.years == ["2019", "2023"] && one.localities.count == 33)
        #expect(GapsFormat.gaps(one, levels: [0.95, 0.998], format: .csv) == GapsFormat.gaps(two, levels: [0.95, 0.998], format: .csv))
        // Simulated limits really are random: another seed moves them.
        var other = try Self.request(threads: 2)
        other.seed = 43
        let three = try GapsRunner.run(other, on: table)
        let pick = { (r: GapsResult) in r.gaps.first { $0.measure == "phe_sii" && $0.locality == "Scotland" }!.intervals }
        #expect(pick(one) != pick(three))
    }

    @Test func progressReportsEveryUnitOnce() throws {
        final class Seen: @unchecked Sendable { var calls: [Int] = []; let lock = NSLock() }
        let seen = Seen()
        let table = try CSVReader.read(file: Self.sample)
        var req = try Self.request(threads: 2)
        req.measures = [try MeasureSpec.parse("d")]
        _ = try GapsRunner.run(req, on: table) { done, total in
            seen.lock.lock(); seen.calls.append(done); seen.lock.unlock()
            #expect(total == 4)
        }
        #expect(seen.calls.sorted() == [1, 2, 3, 4])
    }

    @Test func localBandsGiveEveryCouncilEveryQuintile() throws {
        let table = try CSVReader.read(file: Self.sample)
        var req = try Self.request(threads: 2)
        req.basis = .local
        req.measures = [try MeasureSpec.parse("d")]
        let r = try GapsRunner.run(req, on: table)
        for p in r.profiles where p.scheme == 5 {
            #expect(p.rows.allSatisfy { $0.status != .empty }, "\(p.locality)")
            let n = p.rows.map(\.areas)
            #expect(n.max()! - n.min()! <= 1, "equal-count local quintiles: \(p.locality) \(n)")
        }
    }

    @Test func populationWeightedBandsHoldEqualPopulationShares() throws {
        let table = try CSVReader.read(file: Self.sample)
        var req = try Self.request(threads: 1)
        req.weighting = .population
        req.population = "population"
        req.measures = [try MeasureSpec.parse("d")]
        req.locality = nil
        let r = try GapsRunner.run(req, on: table)
        let pop = try #require(table["population"]?.numbers), year = try #require(table["year"]?.numbers)
        let total = (0..<table.rowCount).filter { year.values[$0] == 2019 }.reduce(0.0) { $0 + pop.values[$1] }
        #expect(r.localities == ["Scotland"])
        let areas = r.profiles.first { $0.year == "2019" && $0.scheme == 5 && $0.indicator == "emergency" }!.rows.map(\.areas)
        #expect(areas.reduce(0, +) == 6976)
        // Each quintile's population share is within one area's population of 20%: checked through the
        // bands' own sums of the population column.
        let ranks = try #require(table["simd_rank"]?.numbers)
        let rows2019 = (0..<table.rowCount).filter { year.values[$0] == 2019 }.sorted { ranks.values[$0] < ranks.values[$1] }
        var start = 0
        for (q, n) in areas.enumerated() {
            let share = rows2019[start..<start + n].reduce(0.0) { $0 + pop.values[$1] } / total
            #expect(abs(share - 0.2) < 0.002, "quintile \(q + 1): \(share)")
            start += n
        }
    }

    /// The library names request fields by their Swift names (no command-line flag); the CLI renders them as flags.
    @Test func validationMessagesNameTheRuleBroken() throws {
        let table = try CSVReader.read(file: Self.sample)
        func message(_ edit: (inout GapsRequest) -> Void) throws -> String {
            var r = try Self.request(threads: 1)
            edit(&r)
            do { _ = try GapsRunner.run(r, on: table); return "" } catch { return error.description }
        }
        #expect(try message { $0.quantiles = [1] } == "quantiles 1: a scheme needs 2 to 100 quantiles (5 for quintiles, 10 for deciles).")
        #expect(try message { $0.levels = [95] } == "levels 95.0 is not a level strictly between 0 and 1 (write 0.95, not 95).")
        #expect(try message { $0.weighting = .population } == "population-weighted bands need the population column: give population COL.")
        #expect(try message { $0.rank = "simd" }.hasPrefix("\(Self.sample): there is no column named \"simd\""))
        #expect(try message { $0.indicators[0].source = .counts(numerator: "council_name", denominator: "population") }
                == "\(Self.sample): column \"council_name\" must hold numbers but holds text.")
        #expect(try message { $0.indicators.append($0.indicators[0]) } == "two indicators share a name; give each its own (NAME=...).")
        #expect(try message { $0.indicators[1].source = .values(value: "population", standardError: nil); $0.indicators[1].statistic = .mean }
                == "indicator positive: area values are averaged with population weights: give population COL.")
    }
}
