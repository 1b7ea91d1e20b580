// ReportNumberTests: fixed, locale-free formatting of numbers in charts, pages and CSV.
import Testing
@testable import GapwiseReport

@Suite("Report: number formatting")
struct ReportNumberTests {
    @Test func fixedDecimalsRoundHalfAwayFromZeroWithoutSignedZero() {
        #expect(ReportNumber.fixed(1234.5678, 2) == "1234.57")
        #expect(ReportNumber.fixed(0.125, 2) == "0.13")
        #expect(ReportNumber.fixed(-0.125, 2) == "-0.13")
        #expect(ReportNumber.fixed(-0.0001, 2) == "0.00")
        #expect(ReportNumber.fixed(-0.0, 0) == "0")
        #expect(ReportNumber.fixed(0.05, 3) == "0.050")
        #expect(ReportNumber.fixed(.nan, 1) == "n/a")
    }

    @Test func displayGroupsThousandsWithTypographicMinus() {
        #expect(ReportNumber.display(-12345.64, 1) == "\u{2212}12,345.6")
        #expect(ReportNumber.display(1234, 0) == "1,234")
        #expect(ReportNumber.display(999, 0) == "999")
        #expect(ReportNumber.display(1_234_567.891, 2) == "1,234,567.89")
    }

    @Test func significantDigits() {
        #expect(ReportNumber.significant(0.84123) == "0.841")
        #expect(ReportNumber.significant(512.34) == "512")
        #expect(ReportNumber.significant(12345.6) == "12,346")
        #expect(ReportNumber.significant(-0.0123456) == "\u{2212}0.0123")
        #expect(ReportNumber.significant(0) == "0")
    }

    @Test func probabilitiesNeverRoundToCertainty() {
        #expect(ReportNumber.probability(0.996) == "> 0.99")
        #expect(ReportNumber.probability(0.004) == "< 0.01")
        #expect(ReportNumber.probability(1) == "1.00")
        #expect(ReportNumber.probability(0) == "0.00")
        #expect(ReportNumber.probability(0.974) == "0.97")
    }

    @Test func coordinatesAndCSV() {
        #expect(ReportNumber.coordinate(12.04) == "12")
        #expect(ReportNumber.coordinate(-3.25) == "-3.3")
        #expect(ReportNumber.csv(0.1) == "0.1")
        #expect(ReportNumber.csv(-0.0) == "0")
        #expect(ReportNumber.csv(1e-7) == "1e-07")
        #expect(ReportNumber.csv(.infinity) == "")
    }
}
