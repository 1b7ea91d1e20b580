// ReportWriterTests: the report folder's files, their well-formedness, determinism and all-or-nothing replacement.
import Foundation
import Testing
import GapwiseIO
@testable import GapwiseReport
@_spi(Samples) import GapwiseReport

/// Fresh temporary paths for a test (not created).
enum FileManagerTemp {
    static func path(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-report-\(UUID().uuidString)-\(name)").path
    }
    static func exists(_ p: String) -> Bool { FileManager.default.fileExists(atPath: p) }
    static func files(under root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter {
            var d: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + $0, isDirectory: &d) && !d.boolValue
        }.sorted()
    }
}

@Suite("Report: writing the report folder")
struct ReportWriterTests {
    @Test func writesEveryPageChartAndTable() throws {
        let dir = FileManagerTemp.path("out")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try ReportWriter.write(ReportFixtures.model(), to: dir)
        let files = FileManagerTemp.files(under: dir)
        var expected = [".gapwise-output", "index.html", "S12000031.html", "tables/gaps.csv", "tables/run.csv",
                        "charts/S92000003/communities.svg", "tables/S92000003/communities.csv", "tables/S92000003/overview.csv",
                        "charts/S12000031/communities.svg", "tables/S12000031/communities.csv", "tables/S12000031/overview.csv"]
        for (code, ids) in [("S92000003", ["admissions", "deaths"]), ("S12000031", ["admissions"])] {
            for id in ids {
                for c in ["quantiles", "curve", "trend"] { expected += ["charts/\(code)/\(id)-\(c).svg", "tables/\(code)/\(id)-\(c).csv"] }
                expected.append("tables/\(code)/\(id)-gaps.csv")
            }
        }
        #expect(files == expected.sorted())
        #expect(result.fileCount == expected.count - 1)
        #expect(result.indexPath == result.directory + "/index.html")

        for f in files where f.hasSuffix(".svg") {
            let doc = ParsedXML(try String(contentsOfFile: dir + "/" + f, encoding: .utf8))
            #expect(doc.error == nil, "\(f): \(doc.error ?? "")")
        }
        let index = try String(contentsOfFile: dir + "/index.html", encoding: .utf8)
        #expect(index.components(separatedBy: "<svg ").count - 1 == 7, "2 indicators x 3 charts + the dot plot, inline")
        #expect(!index.contains("<script") && !index.contains("https://") && !index.contains("url("))
        #expect(!index.contains("<link") && !index.contains("src=\""), "no external resources")
        #expect(index.contains("<a href=\"S12000031.html\">Council 1</a>"))
        // Every link on the page points at a file that was written (or an anchor on the page).
        for link in index.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) where !link.hasPrefix("#") {
            #expect(FileManagerTemp.exists(dir + "/" + link), "link \(link)")
        }
    }

    @Test func tablesCarryTheModelsNumbersAtFullPrecision() throws {
        let files = try ReportWriter.render(ReportFixtures.model())
        let q = try #require(files.first { $0.relativePath == "tables/S92000003/admissions-quantiles.csv" })
        // Full precision in the one number format (whole numbers without ".0"): the fourth midpoint 0.2+0.2+0.2+0.1 is 0.7000000000000001 in doubles, so the line's
        // value there is 103.5 - 75 * 0.7000000000000001 = 50.99999999999999, written as such.
        #expect(String(decoding: q.data, as: UTF8.self) == """
            SIMD quintile,Population share,Value (per 1,000 people),95% lower,95% upper,SII line at midpoint
            1 (most deprived),0.2,100,94,106,96
            2,0.2,80,74,86,81
            3,0.2,60,54,66,66
            4,0.2,50,44,56,50.99999999999999
            5 (least deprived),0.2,40,34,46,36

            """.replacingOccurrences(of: "Value (per 1,000 people)", with: "\"Value (per 1,000 people)\""))
        let c = try #require(files.first { $0.relativePath == "tables/S92000003/communities.csv" })
        let lines = String(decoding: c.data, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 31)
        #expect(lines[1] == "1,S01006501,\"Zone <1> & \"\"co\"\"\",2.9,1,4,0.97,Admissions; Attainment,")
    }

    @Test func renderingIsDeterministicWhateverTheThreadsAndAfterACodableRoundTrip() throws {
        let model = SyntheticReportModel.model(localityCount: 4, indicatorCount: 3)
        let a = try ReportWriter.render(model)
        let b = try ReportWriter.render(model)
        #expect(a == b)
        // Areas rendered one at a time on this thread give the same files as the concurrent render.
        let sequential = (0..<model.localities.count).flatMap { AreaPage(model: model, index: $0).render() }
        #expect(Array(a.prefix(sequential.count)) == sequential)
        let decoded = try JSONDecoder().decode(ReportModel.self, from: JSONEncoder().encode(model))
        #expect(try ReportWriter.render(decoded) == a)
        // A different seed changes the numbers, so the comparison above can fail.
        #expect(try ReportWriter.render(SyntheticReportModel.model(seed: 1, localityCount: 4, indicatorCount: 3)) != a)
    }

    @Test func rewritingReplacesTheWholeFolder() throws {
        let dir = FileManagerTemp.path("again")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ReportWriter.write(ReportFixtures.model(areas: 2), to: dir)
        #expect(FileManagerTemp.exists(dir + "/S12000031.html"))
        try ReportWriter.write(ReportFixtures.model(areas: 1), to: dir)
        #expect(!FileManagerTemp.exists(dir + "/S12000031.html"), "files of the old report do not linger")
        #expect(FileManagerTemp.exists(dir + "/index.html"))
        let parent = URL(fileURLWithPath: dir).deletingLastPathComponent().path
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains(URL(fileURLWithPath: dir).lastPathComponent + ".gapwise-") }
        #expect(leftovers.isEmpty, "no temporary folders left behind")
    }

    @Test func refusesAFolderGapwiseDidNotWrite() throws {
        let dir = FileManagerTemp.path("users")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "precious".write(toFile: dir + "/notes.txt", atomically: false, encoding: .utf8)
        #expect(throws: ReportError.output(.folderNotReplaceable(path: dir))) {
            try ReportWriter.write(ReportFixtures.model(), to: dir)
        }
        #expect(try String(contentsOfFile: dir + "/notes.txt", encoding: .utf8) == "precious")
    }
}
