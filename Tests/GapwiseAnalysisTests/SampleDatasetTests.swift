// SampleDatasetTests: the shipped synthetic sample is exactly what the generator makes from its seed.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseTestSupport
@_spi(Samples) import GapwiseAnalysis

@Suite("Synthetic sample dataset")
struct SampleDatasetTests {
    @Test func shippedSampleIsRegeneratedByteForByteFromItsSeed() throws {
        let shipped = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv")
        let text = try SyntheticScotland.csv(seed: 2026)
        #expect(try String(contentsOf: shipped, encoding: .utf8) == text)
        #expect(try SyntheticScotland.csv(seed: 2027) != text, "a different seed must give different data")
    }

    @Test func sampleHasScotlandsShape() throws {
        let path = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path
        let t = try CSVReader.read(file: path)
        #expect(t.rowCount == 2 * 6_976)
        let dz = try #require(t["datazone"]?.text), iz = try #require(t["intermediate_zone"]?.text)
        let ca = try #require(t["council"]?.text)
        #expect(Set(dz.values).count == 6_976 && Set(iz.values).count == 1_279 && Set(ca.values).count == 32)
        // Every data zone sits in exactly one intermediate zone, and every IZ in one council.
        var izOf: [String: String] = [:], caOf: [String: String] = [:]
        for r in 0..<t.rowCount {
            #expect(izOf.updateValue(iz.values[r], forKey: dz.values[r]).map { $0 == iz.values[r] } ?? true)
            #expect(caOf.updateValue(ca.values[r], forKey: iz.values[r]).map { $0 == ca.values[r] } ?? true)
        }
        // Deprivation gradient: the most deprived decile has more emergency admissions per head than the least.
        let dec = try #require(t["simd_decile"]?.numbers), c = try #require(t["emergency_admissions_count"]?.numbers)
        let d = try #require(t["emergency_admissions_denominator"]?.numbers)
        var num = [0.0, 0.0], den = [0.0, 0.0]
        for r in 0..<t.rowCount where dec.values[r] == 1 || dec.values[r] == 10 {
            let k = dec.values[r] == 1 ? 0 : 1
            num[k] += c.values[r]; den[k] += d.values[r]
        }
        #expect(num[0] / den[0] > 2 * num[1] / den[1])
    }
}
