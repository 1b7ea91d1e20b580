// FunnelMultiplierTests: `funnel --multiplier` is honoured where it means something and refused for ratio funnels.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise funnel --multiplier")
struct FunnelMultiplierTests {
    func folder(_ text: String) throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-funnel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        try text.write(to: d.appendingPathComponent("in.csv"), atomically: true, encoding: .utf8)
        return d
    }

    @Test func funnelRatioRefusesMultiplier() throws {
        let d = try folder("area,o,e\na,5,4\nb,12,10\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["funnel", "in.csv", "--statistic", "ratio", "--numerator", "o", "--denominator", "e", "--multiplier", "100"], in: d)
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error: --multiplier does not apply to ratio funnels: they plot O/E - 1 (--ratio-type count) or O/E x 100 (--ratio-type isr). Leave --multiplier out."), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func proportionMultiplierScalesEveryValue() throws {
        // 30/100 per 100 is 30; per 1,000 it is 300: the value and the limits scale by ten.
        let d = try folder("area,x,n\na,30,100\nb,45,150\nc,20,120\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let per100 = try CLIRunner.run(["funnel", "in.csv", "--numerator", "x", "--denominator", "n", "--format", "json"], in: d)
        let per1000 = try CLIRunner.run(["funnel", "in.csv", "--numerator", "x", "--denominator", "n", "--multiplier", "1000", "--format", "json"], in: d)
        #expect(per100.status == 0 && per1000.status == 0, "\(per100.stderr)\(per1000.stderr)")
        let a = try #require(try JSONSerialization.jsonObject(with: Data(per100.stdout.utf8)) as? [[String: Any]])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(per1000.stdout.utf8)) as? [[String: Any]])
        #expect(a.count == 3 && b.count == 3)
        var compared = 0
        for (x, y) in zip(a, b) {
            for (key, value) in x {
                guard let u = value as? Double, let v = y[key] as? Double, key != "numerator", key != "denominator" else { continue }
                #expect(abs(v - 10 * u) <= 1e-12 * abs(v), "\(key): \(v) vs 10 × \(u)")
                compared += 1
            }
        }
        #expect(compared >= 9)
    }
}
