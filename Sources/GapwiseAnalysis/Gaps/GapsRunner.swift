// GapsRunner: runs a gaps batch: units (indicator × year) spread over threads, results in a fixed order.
import Foundation
import GapwiseIO

/// Computes gap profiles for every indicator × locality × year × quantile scheme of a `GapsRequest`.
///
/// The work is cut into units, one per indicator and year, numbered in output order; each unit sums its
/// quantiles, suppresses small counts and computes its gap measures with seeds derived from its number, so
/// the result is the same whatever the number of threads or the order in which units finish.
public enum GapsRunner {
    /// Runs the batch. `progress` (optional) is called with (units done, units in all) as units finish,
    /// from any thread, one call at a time.
    public static func run(_ request: GapsRequest, on table: CSVTable,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws(AnalysisError) -> GapsResult {
        try request.validate()
        let input = try GapsInput(request, table)
        let units = request.indicators.count * input.years.count
        let slots = UnitSlots(count: units)
        let threads = min(request.threads, max(units, 1))
        let work: @Sendable (Int) -> Void = { u in
            let i = u / input.years.count, y = u % input.years.count
            let r: Result<GapsUnitResult, AnalysisError>
            do throws(AnalysisError) {
                r = .success(try unit(request.indicators[i], year: y, unit: u, request, input))
            } catch { r = .failure(error) }
            let done = slots.store(r, at: u)
            progress?(done, units)
        }
        if threads <= 1 {
            for u in 0..<units { work(u) }
        } else {
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let u = slots.next() { work(u) }
            }
        }
        var profiles: [QuantileProfile] = [], gaps: [GapRow] = []
        for r in slots.results {
            switch r! {
            case let .success(x): profiles += x.profiles; gaps += x.gaps
            case let .failure(e): throw e
            }
        }
        return GapsResult(profiles: profiles, gaps: gaps, changes: GapsChanges.compute(gaps, years: input.years, levels: request.levels),
                          localities: input.profiles, years: input.years, units: units)
    }
}

/// Unit results by index, a shared counter handing out units, and the count of units done.
final class UnitSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var nextUnit = 0
    private var done = 0
    private(set) var results: [Result<GapsUnitResult, AnalysisError>?]

    init(count: Int) { results = .init(repeating: nil, count: count) }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard nextUnit < results.count else { return nil }
        nextUnit += 1
        return nextUnit - 1
    }

    func store(_ r: Result<GapsUnitResult, AnalysisError>, at i: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        results[i] = r
        done += 1
        return done
    }
}

extension GapsInput: @unchecked Sendable {}
