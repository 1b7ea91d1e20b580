// CSVReferenceTests: the fast reader agrees with the plain reference parser on seeded random CSV files.
import Testing
@testable import GapwiseIO

@Suite("CSV reader against the reference parser")
struct CSVReferenceTests {
    /// A random cell of the given flavour, as written in the file (before quoting).
    static func cell(_ flavour: Int, _ rng: inout SplitMix64) -> String {
        let markers = ["", "NA", "n/a", "*", "..", ":", "-", "#VALUE!"]
        if rng.below(8) == 0 { return markers[rng.below(markers.count)] }
        switch flavour {
        case 0:  // numbers in the forms official files use
            switch rng.below(9) {
            case 0: return String(rng.below(100_000))
            case 1: return String(format: "%.\(rng.below(10))f", Double(rng.below(2_000_000)) / 997 - 1000)
            case 2: return Double(bitPattern: rng.next() & 0x7FEF_FFFF_FFFF_FFFF).description
            case 3: return "\(rng.below(100))%"
            case 4: return "\(rng.below(100)).\(rng.below(10))%"
            case 5: return "\(rng.below(1000)),\(100 + rng.below(900)).\(rng.below(100))"  // quoted below
            case 6: return "\(rng.below(2) == 0 ? "-" : "")\(rng.below(1000)).\(rng.below(1000))e\(rng.below(60) - 30)"
            case 7: return "-0"
            default: return String(Double(Int(rng.next() % 10_000_000_000_000_000)) / 1e5)
            }
        case 1:  // text with every awkward character
            let pieces = ["S01", "Culter", ",", "\"", "\n", "\r\n", ";", "\t", "é", "—", " ", "Na h-Eileanan", "1", "x"]
            return (0..<rng.below(5) + 1).map { _ in pieces[rng.below(pieces.count)] }.joined()
        default:  // numbers, then text late in the file
            return rng.below(10) == 0 ? "late text" : String(rng.below(1000))
        }
    }

    @Test("200 seeded random files, whole and split across tiny buffers")
    func randomFiles() throws {
        var rng = SplitMix64(seed: 2020)
        for trial in 0..<200 {
            let delimiters: [CSVDelimiter] = [.comma, .tab, .semicolon]
            let delimiter = delimiters[rng.below(3)]
            let d = String(UnicodeScalar(delimiter.rawValue))
            let ncols = rng.below(5) + 1
            let nrows = rng.below(25)
            let flavours = (0..<ncols).map { _ in rng.below(3) }
            let eol = rng.below(2) == 0 ? "\n" : "\r\n"
            func quoteIfNeeded(_ s: String, force: Bool) -> String {
                let special = s.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" || String($0) == d })
                    || s.contains(",") || s.contains(";") || s.contains("\t")
                return special || force ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
            }
            var lines = [(0..<ncols).map { k in (rng.below(2) == 0 ? " " : "") + "col\(k)" }.joined(separator: d)]
            for _ in 0..<nrows {
                lines.append((0..<ncols).map { k in quoteIfNeeded(Self.cell(flavours[k], &rng), force: rng.below(6) == 0) }
                    .joined(separator: d))
            }
            let text = lines.joined(separator: eol) + (rng.below(2) == 0 ? eol : "")
            let bytes = Array(text.utf8)
            let percent: PercentPolicy = rng.below(2) == 0 ? .asWritten : .fraction
            let ref = try #require(ReferenceCSVParser.table(
                bytes, delimiter: delimiter.rawValue, markers: CSVReadOptions.defaultMissingMarkers, percent: percent))
            let options = CSVReadOptions(delimiter: rng.below(2) == 0 || ncols == 1 ? delimiter : nil, percent: percent)
            let expected = CSVTable(file: "r.csv", delimiter: delimiter, rowCount: nrows,
                                    columns: zip(ref.names, ref.columns).map { CSVColumn(name: $0, data: $1) })
            let whole = try CSVReader.read(bytes: bytes, name: "r.csv", options: options)
            #expect(whole == expected, "trial \(trial):\n\(text)")
            let split = try CSVReader.read(bytes: bytes, name: "r.csv", options: options,
                                           bufferSize: 16 + rng.below(48), piece: 1 + rng.below(40))
            #expect(split == expected, "trial \(trial) split:\n\(text)")
        }
    }

    @Test("the reference parser itself splits a known file as written")
    func referenceSanity() throws {
        let recs = try #require(ReferenceCSVParser.records(Array("a,b\r\n\"x,\"\"y\"\"\",\n".utf8), delimiter: 0x2C))
        #expect(recs.map { $0.map { String(decoding: $0.bytes, as: UTF8.self) } } == [["a", "b"], ["x,\"y\"", ""]])
        #expect(ReferenceCSVParser.records(Array("a\n\"x\"y\n".utf8), delimiter: 0x2C) == nil)
    }
}
