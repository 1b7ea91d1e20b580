// DecimalParserTests: numbers are read to the correctly rounded double, checked against the standard library.
import Testing
@testable import GapwiseIO

/// The independent reference is Swift's `Double(String)`, a correctly rounded decimal conversion
/// (round half to even), as `strtod`. Every comparison is bit for bit.
@Suite("Decimal parsing")
struct DecimalParserTests {
    /// Hard cases: 17-digit values, the largest and smallest doubles, subnormals, exact halfway cases,
    /// values just above or below halfway, powers of ten at the edge of Clinger's fast path.
    static let hardCases = [
        "0.1", "0.2", "0.3", "1e23", "1e22", "1e-22", "1e-23", "9007199254740992", "9007199254740993",
        "9007199254740995", "4503599627370496.5", "4503599627370497.5", "123456789012345678",
        "8.98846567431158e307", "1.7976931348623157e308", "1.7976931348623158e308", "1e308",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308", "1e-308",
        "2.225073858507201136057409796709131975934819546351645648e-308",
        "4.9406564584124654e-324", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
        "3.4e-320", "1e-400",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203126",
        "1.00000000000000011102230246251565404236316680908203124",
        "0.500000000000000166533453693773481063544750213623046875",
        "123456789012345678901234567890", "0.000000000000000000000000000000001234567890123456789",
        "7.038531e-26", "9.007199254740992e15", "0.8444218515250481", "0.7579544029403025",
        "-0.0", "-0", "0e10", "0.000", "00001.5000", "1.5e+3", "1.5E-3", "+7", ".5", "5.", "2e0",
        "1e000000000000000000000000001", "1e-000000000000000000000000001", "2.540103211", "85",
        "-12.75", "99999999999999999999", "3.14159265358979323846264338327950288419716939937510",
    ]

    @Test("hard cases round exactly as Double(String)", arguments: hardCases)
    func hardCase(text: String) throws {
        let expected = try #require(Double(text))
        let got = try #require(CSVNumberParser.parse(text))
        #expect(got.bitPattern == expected.bitPattern, "\(text): got \(got), expected \(expected)")
    }

    @Test("overflow is refused, not read as infinity")
    func overflow() {
        #expect(Double("1.7976931348623159e308") == .infinity)
        #expect(CSVNumberParser.parse("1.7976931348623159e308") == nil)
        #expect(CSVNumberParser.parse("-1e309") == nil)
        #expect(CSVNumberParser.parse("1e999999999999") == nil)
        #expect(CSVNumberParser.parse("1e-999999999999") == 0)
    }

    @Test("the grammar is strict", arguments: [
        "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "12..5%", "1 2", " 1", "1 ", "0x10", "inf", "nan",
        "NaN", "Infinity", "1,234", "1_000", "%", "5%%", "1d5", "--1", "+-1", "1e5.5", "١٢",
    ])
    func notNumbers(text: String) {
        #expect(CSVNumberParser.parse(text) == nil, "\(text) should not be a number")
    }

    @Test("percentages: 8% is 8, or 0.08 under the fraction policy")
    func percent() throws {
        #expect(CSVNumberParser.parse("8%") == 8)
        #expect(CSVNumberParser.parse("-12.5%") == -12.5)
        for (text, decimal) in [("8%", "0.08"), ("12.5%", "0.125"), ("0.1%", "0.001"), ("33.3%", "0.333"),
                                ("100%", "1"), ("1e2%", "1"), ("7.038531e-24%", "7.038531e-26"),
                                ("0.8444218515250481%", "0.008444218515250481")] {
            let got = try #require(CSVNumberParser.parse(text, percent: .fraction))
            #expect(got.bitPattern == Double(decimal)!.bitPattern, "\(text)")
        }
    }

    @Test("thousands separators group digits by threes")
    func thousands() {
        #expect(CSVNumberParser.parse("1,234.5", thousandsSeparators: true) == 1234.5)
        #expect(CSVNumberParser.parse("-12,345,678", thousandsSeparators: true) == -12_345_678)
        #expect(CSVNumberParser.parse("1,234%", percent: .fraction, thousandsSeparators: true) == Double("12.34"))
        for bad in ["1,23", "1234,567", ",123", "1,234,56", "1,,234", "1,234.5,6", "1.234,5", "12,"] {
            #expect(CSVNumberParser.parse(bad, thousandsSeparators: true) == nil, "\(bad)")
        }
        #expect(CSVNumberParser.parse("1,234.5") == nil)
    }

    @Test("seeded random decimals of 1 to 25 digits and exponents -340...320 round as Double(String)")
    func randomDecimals() throws {
        var rng = SplitMix64(seed: 0x5EED_CAFE)
        for _ in 0..<20_000 {
            let digits = Int(rng.next() % 25) + 1
            var mantissa = ""
            for _ in 0..<digits { mantissa.append(Character(String(rng.next() % 10))) }
            let point = Int(rng.next() % UInt64(digits + 1))
            let withPoint = String(mantissa.prefix(point)) + "." + String(mantissa.dropFirst(point))
            let exponent = Int(rng.next() % 661) - 340
            let text = (rng.next() % 2 == 0 ? "-" : "") + withPoint + (rng.next() % 3 == 0 ? "" : "e\(exponent)")
            let expected = try #require(Double(text))
            if expected.isInfinite {
                #expect(CSVNumberParser.parse(text) == nil)
                continue
            }
            let got = try #require(CSVNumberParser.parse(text), "\(text)")
            #expect(got.bitPattern == expected.bitPattern, "\(text)")
        }
    }

    @Test("seeded random doubles printed with 17 and with shortest digits read back exactly")
    func randomDoubles() throws {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<20_000 {
            let x = Double(bitPattern: rng.next() & 0x7FEF_FFFF_FFFF_FFFF)  // finite, positive
            for text in [x.description, String(x.description.uppercased())] {
                let got = try #require(CSVNumberParser.parse(text), "\(text)")
                #expect(got.bitPattern == x.bitPattern, "\(text)")
            }
        }
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator for reproducible test inputs.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

@Suite("Decimal parsing inside the CSV reader")
struct ReaderDecimalTests {
    @Test("every hard case and 20,000 seeded decimals read through the reader's fast paths round as Double(String)")
    func throughReader() throws {
        var rng = SplitMix64(seed: 7)
        var texts = DecimalParserTests.hardCases.filter { Double($0)!.isFinite }
        for _ in 0..<20_000 {
            let intDigits = rng.below(8), fracDigits = rng.below(17)
            let int = (0..<intDigits).map { _ in String(rng.below(10)) }.joined()
            let frac = (0..<fracDigits).map { _ in String(rng.below(10)) }.joined()
            let sign = rng.below(3) == 0 ? "-" : ""
            let text = sign + (int.isEmpty ? "0" : int) + (fracDigits > 0 || rng.below(2) == 0 ? "." + frac : "")
            texts.append(text)
        }
        // Two columns, so every value is followed by a delimiter or a line end (LF and CRLF).
        var csv = "x,y\n"
        for (k, t) in texts.enumerated() { csv += "\(t),\(t)" + (k % 2 == 0 ? "\n" : "\r\n") }
        let table = try CSVReader.read(bytes: Array(csv.utf8), name: "d.csv")
        let xs = try #require(table["x"]?.numbers), ys = try #require(table["y"]?.numbers)
        for (k, t) in texts.enumerated() {
            #expect(xs.values[k].bitPattern == Double(t)!.bitPattern, "\(t)")
            #expect(ys.values[k].bitPattern == Double(t)!.bitPattern, "\(t)")
        }
    }
}
