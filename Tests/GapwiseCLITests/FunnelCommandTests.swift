// FunnelCommandTests: end-to-end runs of `gapwise funnel`: PHE's published limits through the command, per-area
// output, and errors naming file, row and column.
import Foundation
import Testing
import Gapwise
import GapwiseTestSupport

@Suite("gapwise funnel")
final class FunnelCommandTests {
    /// This test's own temporary folder (each test gets a fresh instance), removed when it ends.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-funnel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func gapwise(_ args: [String]) throws -> CLIResult {
        let (r, timedOut) = try BoundedProcess.run(CLIRunner.executable, args, timeout: 60)
        #expect(!timedOut)
        return r
    }

    func file(_ text: String) throws -> String {
        let path = folder.appendingPathComponent("\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("--limits on PHE's proportion test data reproduces its published 100 points",
          .needsShared("validation/phe_funnel_proportion_limits.json"))
    func phePublished() throws {
        let url = try SharedData.require("validation/phe_funnel_proportion_limits.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let input = json["input"] as! [String: [Double]], expected = json["expected"] as! [String: [Double]]
        let csv = "num,den\n" + zip(input["numerator"]!, input["denominator"]!).map { "\($0),\($1)" }.joined(separator: "\n") + "\n"
        let path = try file(csv)
        let r = try gapwise(["funnel", path, "--numerator", "num", "--denominator", "den", "--limits"])
        #expect(r.status == 0 && r.stderr == "")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(lines[0] == ["x", "lower_95", "upper_95", "lower_99.8", "upper_99.8", "baseline", "statistic"])
        #expect(lines.count == 101)
        for (i, row) in lines.dropFirst().enumerated() {
            #expect(Double(row[0]) == expected["Population"]![i])
            for (k, key) in ["lower_2s_limit", "upper_2s_limit", "lower_3s_limit", "upper_3s_limit", "baseline"].enumerated() {
                #expect(abs(Double(row[k + 1])! - expected[key]![i]) <= 5.000001e-7, "row \(i + 1) \(key)")  // 6 printed decimals
            }
        }
    }

    @Test("per-area output: value, own limits and PHE's label, in CSV and JSON")
    func areas() throws {
        let path = try file("zone,x,n\nA,10,100\nB,90,100\nC,50,100\nD,*,100\nE,250,500\n")
        let r = try gapwise(["funnel", path, "--numerator", "x", "--denominator", "n", "--id", "zone"])
        #expect(r.status == 0)
        let lib = try FunnelProportion.areas(numerators: [10, 90, 50, 250], denominators: [100, 100, 100, 500])
        #expect(r.stdout == FunnelRunner.csv(ids: ["A", "B", "C", "E"], areas: lib))
        #expect(r.stdout.split(separator: "\n").map { $0.split(separator: ",").last! } == ["significance", "Low (0.001)", "High (0.001)", "Not significant", "Not significant"])
        let j = try gapwise(["funnel", path, "--numerator", "x", "--denominator", "n", "--id", "zone", "--format", "json"])
        let objects = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as! [[String: Any]]
        #expect(objects.map { $0["area"] as! String } == ["A", "B", "C", "E"])
        #expect(objects[0]["baseline"] as? Double == 50)
    }

    @Test("ratio and rate limits through the command")
    func ratioAndRate() throws {
        let path = try file("o,e,r\n8,6.239860227,10\n893,706.7669173,20\n6,4.293052052,30\n")
        let r = try gapwise(["funnel", path, "--statistic", "ratio", "--ratio-type", "count", "--numerator", "o", "--denominator", "e", "--limits"])
        #expect(r.status == 0)
        let first = r.stdout.split(separator: "\n")[1].split(separator: ",")
        #expect(first[0] == "1" && abs(Double(first[1])! - -0.820519779) < 2e-7)  // PHE's lower_2s_count at O = 1
        let areas = try gapwise(["funnel", path, "--statistic", "ratio", "--numerator", "o", "--denominator", "e"])
        #expect(areas.stdout.split(separator: "\n").map { $0.split(separator: ",").last! } == ["significance", "Not significant", "High (0.001)", "Not significant"])
        let rate = try gapwise(["funnel", path, "--statistic", "rate", "--numerator", "o", "--rate", "r", "--years", "3", "--limits", "--format", "json"])
        #expect(rate.status == 0)
        let points = try JSONSerialization.jsonObject(with: Data(rate.stdout.utf8)) as! [[String: Any]]
        #expect(points.count == 100 && (points[0]["statistic"] as! String) == "rate (dsr per 100000)")
    }

    @Test("errors name file, row and column, and exit 1")
    func errors() throws {
        let path = try file("x,n\n5,10\n12,10\n")
        let r = try gapwise(["funnel", path, "--numerator", "x", "--denominator", "n"])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: \(path):3:x: 12 is above its denominator 10; a proportion's numerator cannot exceed it.\n")
        let z = try file("x,n\n5,0\n")
        #expect(try gapwise(["funnel", z, "--numerator", "x", "--denominator", "n"]).stderr == "gapwise: \(z):2:n: 0 must be greater than zero.\n")
        let d = try gapwise(["funnel", path, "--statistic", "rate", "--numerator", "x", "--rate", "n", "--denominator", "n"])
        #expect(d.stderr == "gapwise: a DSR funnel derives each area's denominator from its events and rate: leave out --denominator (or use --rate-type crude).\n")
        let m = try gapwise(["funnel", path, "--statistic", "rate", "--numerator", "x", "--limits"])
        #expect(m.stderr == "gapwise: a rate funnel needs --rate COL (each area's rate per --multiplier).\n")
    }
}
