// FunnelAreaIntervalTests: per-area intervals and labels for ratio and rate funnels (PHE assign_funnel_significance).
import Foundation
import Testing
@testable import GapwiseMeasures

@Suite("Funnel limits: per-area intervals for ratios and rates")
struct FunnelAreaIntervalTests {
    @Test("no events: the upper limit is −ln(α/2)/E in closed form")
    func zeroEvents() throws {
        // O = 0: U = χ²_{1−α/2, 2}/2 = −ln(α/2): 3.6889 at 95%, 6.9078 at 99.8%. With E = 5: 0.738 < 1 < 1.382.
        let a = try FunnelAreaInterval.ratios(observed: [0], expected: [5], kind: .isr)[0]
        #expect(abs(a.upper95 - 100 * -log(0.025) / 5) < 1e-10)
        #expect(abs(a.upper998 - 100 * -log(0.001) / 5) < 1e-10)
        #expect(a.lower95 == 0 && a.value == 0 && a.baseline == 100)
        #expect(a.significance == "Low (0.025)")
        let b = try FunnelAreaInterval.ratios(observed: [0], expected: [8], kind: .count)[0]
        #expect(b.significance == "Low (0.001)" && b.baseline == 0)  // 6.9078/8 < 1
    }

    @Test("from 10 events Byar's limits are used, below 10 the exact ones")
    func switchAtTen() throws {
        let z95 = 1.959963984540054
        let a = try FunnelAreaInterval.ratios(observed: [30], expected: [15], kind: .isr)[0]
        let byarLower = 30 * pow(1 - 1 / (9 * 30.0) - z95 / (3 * 30.0.squareRoot()), 3)
        #expect(abs(a.lower95 - 100 * byarLower / 15) < 1e-9)
        #expect(a.significance == "High (0.001)")  // O/E = 2 with 30 events
        let e = try FunnelAreaInterval.ratios(observed: [9], expected: [9], kind: .isr)[0]
        // Exact lower limit of 9 at 95%: 4.11537... (PHE's own funnel output for O = 9 lists 4.115374 as the upper
        // 2s expected count, the same quantity).
        #expect(abs(e.lower95 / 100 * 9 - 4.11537405) < 1e-6)
        #expect(e.significance == "Not significant")
    }

    @Test("rates: baseline is the weighted average; DSRs under 10 events are not applicable; crude zeros use the denominator")
    func rates() throws {
        let r = try FunnelAreaInterval.rates(events: [5, 400, 200, 0], rates: [100, 800, 200, 0], kind: .dsr, multiplier: 100_000)
        // Derived denominators: 5000, 50000, 100000 (the area with no events has none): average 605/155000.
        #expect(abs(r[0].baseline - 605.0 / 155_000 * 100_000) < 1e-9)
        #expect(r.map(\.significance) == ["Not applicable for events less than 10 for dsrs", "High (0.001)", "Low (0.001)",
                                          "Not applicable for events less than 10 for dsrs"])
        let c = try FunnelAreaInterval.rates(events: [0, 50], rates: [0, 100], denominators: [20_000, 50_000], kind: .crude, multiplier: 100_000)
        #expect(abs(c[0].baseline - 50.0 / 70_000 * 100_000) < 1e-9)
        #expect(abs(c[0].upper95 - -log(0.025) / 20_000 * 100_000) < 1e-9)
        #expect(c[0].significance == "Low (0.001)")  // 6.9078/20000 × 100000 = 34.5 < 71.4
    }

    @Test("errors")
    func errors() {
        #expect(throws: IndicatorError.nonPositiveValue(statistic: "funnel ratio", what: "expected", index: 0, value: 0)) {
            try FunnelAreaInterval.ratios(observed: [1], expected: [0], kind: .isr)
        }
        #expect(throws: IndicatorError.nonPositiveValue(statistic: "funnel rate", what: "rate", index: 1, value: 0)) {
            try FunnelAreaInterval.rates(events: [1, 2], rates: [5, 0], kind: .dsr)
        }
        #expect(throws: IndicatorError.tooFewRows(statistic: "funnel rate", count: 0, required: "at least one area with events")) {
            try FunnelAreaInterval.rates(events: [0], rates: [0], kind: .dsr)
        }
    }
}

@Suite("Funnel limits: PHE's published ratio significance")
struct FunnelRatioSignificancePublishedTests {
    @Test("PHE's labels of 66 ratio areas (including 0 and fewer than 10 events) are reproduced, every one")
    func published() throws {
        let rows = PHEFunnelRatioSignificanceFixture.rows
        let areas = try FunnelAreaInterval.ratios(observed: rows.map(\.observed), expected: rows.map(\.expected), kind: .isr)
        for (a, r) in zip(areas, rows) {
            #expect(a.significance == PHEFunnelSignificanceFixture.labels[r.code]!, "O = \(r.observed), E = \(r.expected): \(a.significance)")
        }
    }
}

@Suite("Funnel limits: PHE's published rate significance")
struct FunnelRateSignificancePublishedTests {
    typealias P = PHEFunnelRateSignificanceFixture

    func label(_ code: String) -> String {
        code == "NA" ? "Not applicable for events less than 10 for dsrs" : PHEFunnelSignificanceFixture.labels[code]!
    }

    @Test("DSRs per 100,000 with a zero row, crude rates with and without it: PHE's 119 labels reproduced")
    func published() throws {
        let rows = P.rows
        let dsr = try FunnelAreaInterval.rates(events: rows.map(\.count), rates: rows.map(\.dsr), kind: .dsr, multiplier: 100_000)
        let crude = try FunnelAreaInterval.rates(events: rows.map(\.count), rates: rows.map(\.crude), denominators: rows.map(\.pop),
                                                 kind: .crude, multiplier: 100_000)
        let kept = rows.filter { $0.count != 0 }
        let crude2 = try FunnelAreaInterval.rates(events: kept.map(\.count), rates: kept.map(\.crude), denominators: kept.map(\.pop),
                                                  kind: .crude, multiplier: 100_000)
        for (i, r) in rows.enumerated() {
            #expect(dsr[i].significance == label(r.dsrWith0), "row \(i + 1) dsr: \(dsr[i].significance)")
            #expect(crude[i].significance == label(r.crudeWith0), "row \(i + 1) crude with 0: \(crude[i].significance)")
        }
        for (i, r) in kept.enumerated() {
            #expect(crude2[i].significance == label(r.crudeWithout0!), "row \(i + 1) crude without 0: \(crude2[i].significance)")
        }
    }
}
