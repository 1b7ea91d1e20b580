// StandardDeviationSumTests: `sd` and `sum` beside `mean` against PHEindicatormethods' published phe_mean test values.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures
import GapwiseTestSupport

@Suite("sd and sum next to mean")
struct StandardDeviationSumTests {
    /// ../shared/validation/phe_mean_t.json: PHEindicatormethods testdata_Mean.xlsx (testMeans.R), `stdev` and
    /// `value_sum` for Area1, Area2 and all rows together (the file's tolerance: 1.5e-8).
    @Test(.needsShared("validation/phe_mean_t.json")) func phePublished() throws {
        let url = try SharedData.require("validation/phe_mean_t.json")
        let c = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let input = try #require(c["input"] as? [String: Any])
        let areas = try #require(input["area"] as? [String]), values = try #require(input["values"] as? [Double])
        let expected = try #require(c["expected"] as? [String: [String: Double]])
        var text = "area,v\n"
        for (a, v) in zip(areas, values) { text += "\(a),\(v)\n" }
        let table = try CSVReader.read(bytes: Array(text.utf8), name: "means.csv")
        for by in [["area"], []] {
            let rows = try MeasureRunner.run(MeasureRequest(measures: [.statistic(.mean), .statistic(.sd), .statistic(.sum)],
                                                            value: "v", by: by), on: table)
            #expect(rows.count == (by.isEmpty ? 3 : 6))
            for r in rows {
                let want = try #require(expected[r.group.first ?? "No grouping"])
                let key = ["mean": "value", "sd": "stdev", "sum": "value_sum"][r.measure]!
                let w = try #require(want[key])
                #expect(abs(r.estimate - w) <= 1.5e-8 * abs(w), "\(r.group) \(r.measure): \(r.estimate) vs PHE \(w)")
                if r.measure != "mean" { #expect(r.intervals.isEmpty && r.standardError == nil) }
            }
        }
    }

    // By hand: 2, 4, 4, 4, 5, 5, 7, 9: sum 40, mean 5, Σ(x − 5)² = 32, sd = √(32/7).
    @Test func byHand() throws {
        let table = try CSVReader.read(bytes: Array("v\n2\n4\n4\n4\n5\n5\n7\n9\n".utf8), name: "t.csv")
        let rows = try MeasureRunner.run(MeasureRequest(measures: [.statistic(.sd), .statistic(.sum)], value: "v"), on: table)
        #expect(abs(rows[0].estimate - (32.0 / 7).squareRoot()) <= 1e-15)
        #expect(rows[1].estimate == 40)
        #expect(rows[0].method == "sample standard deviation, n − 1 divisor (PHE phe_mean stdev)")
    }

    @Test func sdOfOneValueIsRefused() throws {
        let table = try CSVReader.read(bytes: Array("v\n2\n".utf8), name: "t.csv")
        #expect {
            _ = try MeasureRunner.run(MeasureRequest(measures: [.statistic(.sd)], value: "v"), on: table)
        } throws: { error in
            (error as? AnalysisError)?.description == "t.csv: sd for all rows: sd: there are 1 rows; a standard deviation needs at least 2 values."
        }
        // A sum of one value is that value.
        #expect(try MeasureRunner.run(MeasureRequest(measures: [.statistic(.sum)], value: "v"), on: table)[0].estimate == 2)
    }
}
