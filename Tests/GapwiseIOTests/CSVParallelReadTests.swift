// CSVParallelReadTests: large inputs read as two halves give exactly the one-pass table, or hand over to it (quotes, type changes, errors).
import Foundation
import Testing
@testable import GapwiseIO

@Suite("CSV: two halves on two threads")
struct CSVParallelReadTests {
    /// Column by column, bit for bit (NaN-safe), against the one-pass read of the same bytes.
    func expectSameAsOnePass(_ bytes: [UInt8], _ options: CSVReadOptions = CSVReadOptions(), _ label: String) throws {
        #expect(bytes.count >= CSVReader.parallelMinimumBytes, "\(label): input too small to split")
        let two = try CSVReader.read(bytes: bytes, name: "big.csv", options: options)
        let one = try CSVReader.read(bytes: bytes, name: "big.csv", options: options, bufferSize: CSVReader.defaultBufferSize,
                                     piece: CSVReader.defaultBufferSize, parallel: false)
        #expect(two.rowCount == one.rowCount && two.columns.count == one.columns.count, "\(label)")
        for (a, b) in zip(two.columns, one.columns) {
            #expect(a.name == b.name && a.type == b.type, "\(label) \(a.name)")
            if let x = a.numbers, let y = b.numbers {
                #expect(x.values.map(\.bitPattern) == y.values.map(\.bitPattern) && x.isMissing == y.isMissing, "\(label) \(a.name)")
            } else {
                #expect(a.text == b.text, "\(label) \(a.name)")
            }
        }
    }

    /// `rows` rows of a data zone code, a text name, seven numbers (some missing as `*`), a percentage.
    func table(rows: Int, seed: UInt64, row: (Int) -> String? = { _ in nil }) -> [UInt8] {
        var text = "Data_Zone,name,a,b,c,d,e,f,g,share\n"
        var state = seed
        for i in 0..<rows {
            if let custom = row(i) { text += custom; continue }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let x = Double(state >> 11) * 0x1p-53
            let missing = state % 97 == 0 ? "*" : String(format: "%.6f", x * 1000)
            text += "S\(String(format: "%08d", i)),Zone \(i % 1000),\(missing),\(i),\(x),-\(x / 3),\(Int(x * 1e6)),1e\(i % 20),\(x * 7),\(String(format: "%.1f", x * 100))%\n"
        }
        return Array(text.utf8)
    }

    @Test("numbers, text, missing markers and percentages: the same table as the one-pass read")
    func plain() throws {
        try expectSameAsOnePass(table(rows: 150_000, seed: 1), CSVReadOptions(), "plain")
    }

    @Test("a column that is numbers in the first half and text in the second is text, as in one pass")
    func typeChangeInSecondHalf() throws {
        let bytes = table(rows: 150_000, seed: 2) { i in
            i == 140_000 ? "S\(i),Zone,not a number,\(i),1,2,3,4,5,6%\n" : nil
        }
        try expectSameAsOnePass(bytes, CSVReadOptions(), "type change")
        #expect(try CSVReader.read(bytes: bytes, name: "big.csv").columns[2].type == .text)
    }

    @Test("quoted fields with newlines near the middle: never split inside a field")
    func quotedNewlines() throws {
        let bytes = table(rows: 150_000, seed: 3) { i in
            i % 3 == 0 ? "S\(i),\"Zone\n\(i), with a newline\",1,2,3,4,5,6,7,8%\n" : nil
        }
        try expectSameAsOnePass(bytes, CSVReadOptions(), "quoted newlines")
    }

    @Test("an error in the second half names its true row, as the one-pass read does")
    func errorInSecondHalf() throws {
        let bytes = table(rows: 150_000, seed: 4) { i in i == 149_000 ? "S\(i),Zone,1,2,3\n" : nil }
        #expect(throws: CSVError.raggedRow(file: "big.csv", row: 149_002, expected: 10, found: 5)) {
            try CSVReader.read(bytes: bytes, name: "big.csv")
        }
    }

    @Test("a file is read in two halves through two descriptors: the same table as from memory in one pass")
    func fromFile() throws {
        let bytes = table(rows: 150_000, seed: 5)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-parallel-\(UInt32.random(in: 0...UInt32.max)).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = try CSVReader.read(file: path)
        let one = try CSVReader.read(bytes: bytes, name: path, options: CSVReadOptions(), bufferSize: CSVReader.defaultBufferSize,
                                     piece: CSVReader.defaultBufferSize, parallel: false)
        #expect(fromFile.rowCount == one.rowCount)
        for (a, b) in zip(fromFile.columns, one.columns) {
            if let x = a.numbers, let y = b.numbers {
                #expect(x.values.map(\.bitPattern) == y.values.map(\.bitPattern) && x.isMissing == y.isMissing)
            } else {
                #expect(a.text == b.text)
            }
        }
    }
}
