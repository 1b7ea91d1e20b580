// GapsChangesTests: change in a gap between years, MOVER limits worked by hand, and the trend classes.
import Testing
@testable import GapwiseAnalysis
import GapwiseMeasures

@Suite("Gaps changes over time")
struct GapsChangesTests {
    static func row(_ year: String, _ est: Double?, _ lo: Double?, _ hi: Double?, measure: String = "d") -> GapRow {
        GapRow(locality: "A", indicator: "x", year: year, scheme: 5, measure: measure, estimate: est, standardError: nil,
               intervals: lo.map { [ConfidenceInterval(confidence: 0.95, lower: $0, upper: hi)] } ?? [], groupsUsed: "1-5",
               flags: [], missingReason: est == nil ? "suppressed" : nil, method: "")
    }

    @Test func symmetricLimitsGiveTheNormalDifferenceInterval() {
        // θ1 = 10 ± 3, θ2 = 6 ± 4: Δ = −4, half-width √(3² + 4²) = 5.
        let c = GapsChanges.change(Self.row("2019", 10, 7, 13), Self.row("2023", 6, 2, 10), levels: [0.95])
        #expect(c.change == -4)
        #expect(c.intervals == [ConfidenceInterval(confidence: 0.95, lower: -9, upper: 1)])
        #expect(c.trend == .noClearChange)
    }

    @Test func asymmetricLimitsUseMOVER() {
        // θ1 = 2 (1.5, 3), θ2 = 1.2 (1.1, 1.4): L = −0.8 − √(0.1² + 1²), U = −0.8 + √(0.2² + 0.5²).
        let c = GapsChanges.change(Self.row("2019", 2, 1.5, 3, measure: "r"), Self.row("2023", 1.2, 1.1, 1.4, measure: "r"), levels: [0.95])
        let iv = c.intervals[0]
        #expect(abs(iv.lower! - (-0.8 - (0.01 + 1.0).squareRoot())) < 1e-15)
        #expect(abs(iv.upper! - (-0.8 + (0.04 + 0.25).squareRoot())) < 1e-15)
        // The interval excludes 0 and the ratio moved towards 1.
        #expect(c.trend == .narrowing)
    }

    @Test func trendClasses() {
        #expect(GapsChanges.change(Self.row("1", 10, 9, 11), Self.row("2", 14, 13, 15), levels: [0.95]).trend == .widening)
        #expect(GapsChanges.change(Self.row("1", -10, -11, -9), Self.row("2", -14, -15, -13), levels: [0.95]).trend == .widening)
        #expect(GapsChanges.change(Self.row("1", -10, -11, -9), Self.row("2", -6, -7, -5), levels: [0.95]).trend == .narrowing)
        #expect(GapsChanges.change(Self.row("1", 0.8, 0.75, 0.85, measure: "r"), Self.row("2", 0.6, 0.55, 0.65, measure: "r"), levels: [0.95]).trend == .widening)
        let missing = GapsChanges.change(Self.row("1", nil, nil, nil), Self.row("2", 3, 2, 4), levels: [0.95])
        #expect(missing.trend == .notAssessed && missing.change == nil && missing.note == "no estimate in 1")
        let noInterval = GapsChanges.change(Self.row("1", 5, nil, nil), Self.row("2", 3, 2, 4), levels: [0.95])
        #expect(noInterval.trend == .notAssessed && noInterval.change == -2)
    }

    @Test func everyLaterYearIsComparedWithTheFirst() {
        let rows = [Self.row("2023", 6, 5, 7), Self.row("2019", 10, 9, 11), Self.row("2021", 8, 7, 9)]
        let c = GapsChanges.compute(rows, years: ["2019", "2021", "2023"], levels: [0.95])
        #expect(c.map { "\($0.fromYear)-\($0.toYear)" } == ["2019-2021", "2019-2023"])
        #expect(c.map(\.trend) == [.narrowing, .narrowing])
        #expect(GapsChanges.compute(rows, years: ["2019"], levels: [0.95]).isEmpty)
    }
}
