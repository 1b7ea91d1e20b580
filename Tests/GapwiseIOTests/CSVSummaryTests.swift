// CSVSummaryTests: the inspect summary (types, missing, min, max) and its exact JSON and plain text.
import Testing
@testable import GapwiseIO

@Suite("CSV summary")
struct CSVSummaryTests {
    @Test("summary values and exact JSON")
    func json() throws {
        let t = try CSVReader.read(bytes: Array("code,rate,empty,score\nS02,8%,NA,2.5\n\"S01 \"\"x\"\"\",*,,-1e-3\n".utf8), name: "d\\q.csv")
        let s = CSVSummary(table: t)
        #expect(s.rows == 2)
        #expect(s.columns[1] == .init(name: "rate", type: .number, missing: 1, min: .number(8), max: .number(8)))
        #expect(s.columns[2] == .init(name: "empty", type: .number, missing: 2, min: nil, max: nil))
        #expect(s.jsonText() == """
            {"file": "d\\\\q.csv", "rows": 2, "columns": [\
            {"name": "code", "type": "text", "missing": 0, "min": "S01 \\"x\\"", "max": "S02"}, \
            {"name": "rate", "type": "number", "missing": 1, "min": 8, "max": 8}, \
            {"name": "empty", "type": "number", "missing": 2, "min": null, "max": null}, \
            {"name": "score", "type": "number", "missing": 0, "min": -0.001, "max": 2.5}]}
            """)
    }

    @Test("exact plain text")
    func plain() throws {
        let t = try CSVReader.read(bytes: Array("zone,n\nb,10\na,\n".utf8), name: "z.csv")
        #expect(CSVSummary(table: t).plainText() == """
            file: z.csv
            rows: 2
            column  type    missing  min  max
            zone    text    0        a    b
            n       number  1        10   10
            """)
    }

    @Test("text min and max use Unicode scalar order; JSON escapes control characters")
    func textOrder() throws {
        let t = try CSVReader.read(bytes: Array("w\nÉcosse\nZetland\n\"a\tb\nc\"\n".utf8), name: "w.csv")
        let s = CSVSummary(table: t)
        #expect(s.columns[0].min == .text("Zetland"))  // "Z" (U+005A) precedes "a" (U+0061)
        #expect(s.columns[0].max == .text("Écosse"))
        #expect(CSVSummary.jsonString("a\tb\nc\u{1}") == "\"a\\tb\\nc\\u0001\"")
    }
}
