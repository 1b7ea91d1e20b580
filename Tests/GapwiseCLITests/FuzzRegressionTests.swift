// FuzzRegressionTests: every input on which a fuzz target (Fuzz/) crashed, replayed as a test with its exact outcome.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    func run(_ csv: String, _ arguments: [String]) throws -> CLIResult {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        try csv.write(to: d.appendingPathComponent("fuzz.csv"), atomically: true, encoding: .utf8)
        return try CLIRunner.run(["measure", "fuzz.csv"] + arguments, in: d)
    }

    /// FuzzMeasureInput crash-9f477d7b (2026-12-07, after 54,554 runs): a subgroup order of 7e20 trapped in
    /// `Int(7e20)` (Double to Int overflow) in GroupSample. Orders are now bounded by the group's rows first.
    @Test func hugeSubgroupOrderIsAnErrorNotATrap() throws {
        let r = try run("quintile,rate,se,pop\n1,0,0.5,8000\n2,0,0.5,8100\n3,0,0.5,7e20\n",
                        ["--subgroup", "pop", "--value", "quintile", "--population", "rate", "--se", "se", "--order", "pop",
                         "--measure", "d,sii,aci", "--reps", "1000", "--seed", "3"])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: fuzz.csv:2:pop: 8000 is not a subgroup order (a whole number from 1 = most disadvantaged to at most 3, the number of rows of the group).\n")
        // The row at fault in the crash itself: order 7e20 on row 4, once the earlier orders are valid.
        let huge = try run("q,v,se,pop,order\nA,1,0.5,10,1\nB,2,0.5,10,2\nC,3,0.5,10,7e20\n",
                           ["--subgroup", "q", "--value", "v", "--se", "se", "--population", "pop", "--order", "order", "--measure", "aci"])
        #expect(huge.status == 1)
        #expect(huge.stderr == "gapwise: fuzz.csv:4:order: 7e+20 is not a subgroup order (a whole number from 1 = most disadvantaged to at most 3, the number of rows of the group).\n")
    }
}
