// TableWriterTests: the one table writer: RFC 4180 quoting, typed cells, missing and non-finite values, digits, JSON.
import Foundation
import Testing
import GapwiseIO

@Suite("TableWriter")
struct TableWriterTests {
    static let table = Table(columns: ["name", "value", "rank", "count", "note"], rows: [
        [.text("a,b"), .number(2.0 / 3), .exact(1234.5), .integer(3), .missing],
        [.text("say \"hi\""), .number(12), .exact(2), .integer(-1), .text("line\nbreak")],
        [.text("cr\rhere"), .number(.nan), .exact(.infinity), .integer(0), .structured(csv: "x;y", json: .array([.string("x"), .string("y")]))],
    ])

    @Test("CSV: RFC 4180 quoting, empty missing cells, NaN/Inf spelled out, whole numbers without a point")
    func csv() {
        let expected = [
            "name,value,rank,count,note",
            "\"a,b\",0.6666666666666666,1234.5,3,",
            "\"say \"\"hi\"\"\",12,2,-1,\"line\nbreak\"",
            "\"cr\rhere\",NaN,Inf,0,x;y",
        ].joined(separator: "\n") + "\n"
        #expect(TableWriter.csv(Self.table) == expected)
    }

    @Test("digits round computed numbers only: ranks (exact) and counts are never rounded")
    func digits() {
        #expect(TableWriter.csv(Self.table, numbers: NumberFormat(digits: 2)).split(separator: "\n")[1] == "\"a,b\",0.67,1234.5,3,")
    }

    @Test("JSON: an array of objects, one per line; missing and non-finite as null; structured cells as JSON")
    func json() throws {
        let text = TableWriter.json(Self.table, numbers: NumberFormat(digits: 3))
        #expect(text == [
            "[",
            "  {\"name\": \"a,b\", \"value\": 0.667, \"rank\": 1234.5, \"count\": 3, \"note\": null},",
            "  {\"name\": \"say \\\"hi\\\"\", \"value\": 12, \"rank\": 2, \"count\": -1, \"note\": \"line\\nbreak\"},",
            "  {\"name\": \"cr\\rhere\", \"value\": null, \"rank\": null, \"count\": 0, \"note\": [\"x\", \"y\"]}",
            "]",
        ].joined(separator: "\n") + "\n")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(parsed.count == 3 && parsed[1]["name"] as? String == "say \"hi\"")
    }

    @Test("JSON strings escape control characters as \\u00XX")
    func escapes() {
        #expect(JSONValue.quoted("a\u{1}b\\c\t") == "\"a\\u0001b\\\\c\\t\"")
    }

    @Test("an empty table is a header line in CSV and [] in JSON")
    func empty() {
        let t = Table(columns: ["a", "b"])
        #expect(TableWriter.csv(t) == "a,b\n")
        #expect(TableWriter.json(t) == "[]\n")
    }
}
