// ReportCommandTests: `gapwise report` end to end: the sample's report folder, byte-identical reruns, XML SVGs, errors, real data.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import GapwiseTestSupport

@Suite("gapwise report", .serialized)
struct ReportCommandTests {
    static let sample = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path

    func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// Every regular file under `dir`, relative path -> bytes.
    static func files(_ dir: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let base = dir.standardizedFileURL.path
        if let e = FileManager.default.enumerator(atPath: base) {
            for case let rel as String in e {
                var isDir: ObjCBool = false
                let p = base + "/" + rel
                if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue {
                    out[rel] = FileManager.default.contents(atPath: p)
                }
            }
        }
        return out
    }

    /// The sample's report: index, 32 council pages, every chart as SVG (well-formed XML), tables as CSV;
    /// the same bytes with 1 thread and with 2; where to open it is printed.
    @Test func sampleReportIsCompleteDeterministicAndWellFormed() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let a = d.appendingPathComponent("a"), b = d.appendingPathComponent("b")
        let r1 = try CLIRunner.run(["report", Self.sample, "--out", a.path, "--threads", "1"])
        #expect(r1.status == 0, "\(r1.stderr)")
        #expect(r1.stdout.contains("Open \(a.standardizedFileURL.path)/index.html in a browser"), "\(r1.stdout)")
        let r2 = try CLIRunner.run(["report", Self.sample, "--out", b.path, "--threads", "2"])
        #expect(r2.status == 0, "\(r2.stderr)")
        let fa = Self.files(a), fb = Self.files(b)
        #expect(fa.count > 2000)
        #expect(Set(fa.keys) == Set(fb.keys))
        let differing = fa.keys.filter { fa[$0] != fb[$0] }.sorted()
        #expect(differing.isEmpty, "differ between runs: \(differing.prefix(5))")

        // Pages: Scotland as index.html, one per council (codes S12900001...S12900032).
        #expect(fa["index.html"] != nil)
        let pages = fa.keys.filter { $0.hasSuffix(".html") && $0 != "index.html" }
        #expect(pages.count == 32)
        // Charts: quantiles, curve and trend of 12 indicators for Scotland; communities for each council.
        let scot = fa.keys.filter { $0.hasPrefix("charts/S92000003/") }
        #expect(scot.count == 36, "\(scot.count) Scotland charts")
        #expect(fa["charts/S12900001/communities.svg"] != nil)
        #expect(fa["tables/S12900001/communities.csv"] != nil && fa["tables/gaps.csv"] != nil && fa["tables/run.csv"] != nil)
        let svgs = fa.keys.filter { $0.hasSuffix(".svg") }
        #expect(svgs.count > 1000)
        var bad: [String] = []
        for k in svgs.sorted() {
            let parser = XMLParser(data: fa[k]!)
            if !parser.parse() { bad.append(k) }
        }
        #expect(bad.isEmpty, "not well-formed XML: \(bad.prefix(5))")
        // The run's provenance: version, the input's SHA-256, the seed.
        let run = String(decoding: fa["tables/run.csv"]!, as: UTF8.self)
        #expect(run.contains(try GapsCommandTests.sha256sum(Self.sample)))
        #expect(run.contains("0.1.0"))
        let index = String(decoding: fa["index.html"]!, as: UTF8.self)
        #expect(index.contains("Emergency hospital admissions") && index.contains("S12900001.html"))
        // Self-contained: no script, no external style, font, image or link to fetch.
        for (k, v) in fa where k.hasSuffix(".html") {
            let page = String(decoding: v, as: UTF8.self)
            #expect(!page.contains("<script") && !page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("@import"), "\(k)")
        }
    }

    /// A different seed changes the simulated rank intervals: the output depends on the seed, not on luck.
    @Test func theSeedIsUsed() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let args = ["report", Self.sample, "--out"]
        let extra = ["--indicators", "emergency_admissions,child_poverty", "--reps", "200"]
        #expect(try CLIRunner.run(args + [d.appendingPathComponent("s1").path] + extra).status == 0)
        #expect(try CLIRunner.run(args + [d.appendingPathComponent("s2").path] + extra + ["--seed", "2"]).status == 0)
        let c1 = Self.files(d.appendingPathComponent("s1"))["tables/S12900001/communities.csv"]
        let c2 = Self.files(d.appendingPathComponent("s2"))["tables/S12900001/communities.csv"]
        #expect(c1 != nil && c1 != c2)
    }

    @Test func errorsNameTheFileTheColumnAndTheRule() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("r").path
        let missing = try CLIRunner.run(["report", Self.sample, "--out", out, "--indicators", "nonesuch"])
        #expect(missing.status != 0 && missing.stderr.contains("datazones.csv") && missing.stderr.contains("nonesuch_count"), "\(missing.stderr)")
        let rank = try CLIRunner.run(["report", Self.sample, "--out", out, "--rank", "no_rank_column"])
        #expect(rank.status != 0 && rank.stderr.contains("no_rank_column"), "\(rank.stderr)")
        // A bad value: a text cell in a count column names file, row and column.
        let bad = d.appendingPathComponent("bad.csv").path
        var lines = try String(contentsOfFile: Self.sample, encoding: .utf8).split(separator: "\n").prefix(40).map(String.init)
        var cells = lines[5].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        cells[header.firstIndex(of: "child_poverty_count")!] = "lots"
        lines[5] = cells.joined(separator: ",")
        try (lines.joined(separator: "\n") + "\n").write(toFile: bad, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["report", bad, "--out", out])
        #expect(r.status != 0 && r.stderr.contains("bad.csv:6:child_poverty_count"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out), "nothing written on error")
        // The report folder may not be a folder holding the input.
        let refuse = try CLIRunner.run(["report", bad, "--out", d.path])
        #expect(refuse.status != 0, "\(refuse.stderr)")
        let neither = try CLIRunner.run(["report", "--out", out])
        #expect(neither.status != 0 && neither.stderr.contains("give the CSV file"))
    }

    /// `--indicators` takes `gapwise gaps` specs too: a rate per 1,000 from named columns, its own name and unit.
    @Test func indicatorSpecsAsInGaps() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("r")
        let r = try CLIRunner.run(["report", Self.sample, "--out", out.path, "--reps", "100", "--indicators",
                                   "ea=emergency_admissions_count/emergency_admissions_denominator:stat=rate:per=1000,child_poverty"])
        #expect(r.status == 0, "\(r.stderr)")
        let f = Self.files(out)
        let q = String(decoding: try #require(f["tables/S92000003/ea-quantiles.csv"]), as: UTF8.self)
        #expect(q.hasPrefix("SIMD quintile,Population share,\"Value (per 1,000)\""), "\(q.prefix(80))")
        #expect(f["tables/S92000003/child_poverty-quantiles.csv"] != nil)
        let bad = try CLIRunner.run(["report", Self.sample, "--out", out.path, "--indicators", "x=a/b:stat=nonsense"])
        #expect(bad.status != 0 && bad.stderr.contains("stat=nonsense"), "\(bad.stderr)")
    }

    /// The sample split into one file per year gives the same report: every chart and table but the run's
    /// list of inputs is byte-identical. A second file without a needed column is named in the error.
    @Test func oneFilePerYearGivesTheSameReport() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let lines = try String(contentsOfFile: Self.sample, encoding: .utf8).split(separator: "\n").map(String.init)
        let yearIndex = lines[0].split(separator: ",").firstIndex(of: "year")!
        var paths: [String] = []
        for y in ["2019", "2023"] {
            let rows = lines.dropFirst().filter { $0.split(separator: ",", omittingEmptySubsequences: false)[yearIndex] == y }
            let p = d.appendingPathComponent("y\(y).csv").path
            try ([lines[0]] + rows).joined(separator: "\n").appending("\n").write(toFile: p, atomically: true, encoding: .utf8)
            paths.append(p)
        }
        let one = d.appendingPathComponent("one"), two = d.appendingPathComponent("two")
        let extra = ["--indicators", "emergency_admissions,child_poverty,positive_destinations", "--reps", "200"]
        #expect(try CLIRunner.run(["report", Self.sample, "--out", one.path] + extra).status == 0)
        let r = try CLIRunner.run(["report"] + paths + ["--out", two.path] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        let f1 = Self.files(one), f2 = Self.files(two)
        #expect(Set(f1.keys) == Set(f2.keys))
        let data = f1.keys.filter { ($0.hasPrefix("charts/") || $0.hasPrefix("tables/")) && $0 != "tables/run.csv" }
        #expect(data.count > 100)
        #expect(data.filter { f1[$0] != f2[$0] }.isEmpty)
        // A second file lacking a column.
        let cut = d.appendingPathComponent("cut.csv").path
        let header = lines[0].split(separator: ",").map(String.init)
        let keep = header.indices.filter { header[$0] != "child_poverty_count" }
        let cutRows = lines.prefix(50).map { l in
            let c = l.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return keep.map { c[$0] }.joined(separator: ",")
        }
        try (cutRows.joined(separator: "\n") + "\n").write(toFile: cut, atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["report", paths[0], cut, "--out", d.appendingPathComponent("bad").path] + extra)
        #expect(bad.status != 0 && bad.stderr.contains("cut.csv") && bad.stderr.contains("child_poverty_count"), "\(bad.stderr)")
    }

    /// The real SIMD 2020v2 file (../shared) with its 32 councils, through the shipped config's report: section.
    @Test(.needsShared("data/simd2020v2_withinds/simd2020_withinds.csv"))
    func realSIMD2020v2ReportForAll32Councils() throws {
        _ = try SharedData.require("data/simd2020v2_withinds/simd2020_withinds.csv")
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let config = SharedData.packageRoot.appendingPathComponent("datasets/configs/gaps_simd2020v2.yaml").path
        let out = d.appendingPathComponent("simd")
        let start = Date()
        let r = try CLIRunner.run(["report", "--config", config, "--out", out.path])
        let seconds = Date().timeIntervalSince(start)
        #expect(r.status == 0, "\(r.stderr)")
        print("gapwise report on SIMD 2020v2 (debug build): \(String(format: "%.2f", seconds)) s")
        let f = Self.files(out)
        #expect(f.keys.filter { $0.hasSuffix(".html") && $0 != "index.html" }.count == 32)
        let index = String(decoding: f["index.html"]!, as: UTF8.self)
        for council in ["Glasgow City", "Na h-Eileanan an Iar", "Aberdeen City", "Shetland Islands"] {
            #expect(index.contains(council), "\(council) linked from the index")
        }
        #expect(f["Glasgow-City.html"] != nil && f["charts/Glasgow-City/communities.svg"] != nil)
        let run = String(decoding: f["tables/run.csv"]!, as: UTF8.self)
        #expect(run.contains("Communities left out"), "the zero-population zones left out of the ranking are counted")
        let bad = f.keys.filter { $0.hasSuffix(".svg") }.filter { !XMLParser(data: f[$0]!).parse() }
        #expect(bad.isEmpty)
    }
}
