// BrowserTests: the report opened in real headless Chromium: a non-blank screenshot, every chart in the DOM, no console errors.
import Foundation
import Testing
import GapwiseTestSupport
@testable import GapwiseReport
@_spi(Samples) import GapwiseReport

/// Finds Chromium (installed by `scripts/install-chromium`); nil when absent, and the tests skip (or, under
/// GAPWISE_REQUIRE_SHARED=1, fail).
enum Chromium {
    static let binary: String? = {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let p = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: p) { return p }
            }
        }
        return nil
    }()

    static let install = "run scripts/install-chromium to enable the browser tests"

    /// The browser's path; throws `Requirement.Missing` when there is none.
    @discardableResult static func require() throws -> String {
        try Requirement.tool("Chromium", install: install, binary)
    }

    /// Runs the browser headless with `arguments`; returns (exit status, stdout, stderr).
    static func run(_ arguments: [String], timeout: TimeInterval = 90) throws -> (Int32, String, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary!)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                       "--user-data-dir=\(profile.path)", "--hide-scrollbars"] + arguments
        // Output goes to files (a full pipe would block the browser).
        let outFile = profile.path + ".out", errFile = profile.path + ".err"
        _ = FileManager.default.createFile(atPath: outFile, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outFile); try? FileManager.default.removeItem(atPath: errFile) }
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(50_000) }
        if p.isRunning { p.terminate() }
        p.waitUntilExit()
        let outData = FileManager.default.contents(atPath: outFile) ?? Data()
        let errData = FileManager.default.contents(atPath: errFile) ?? Data()
        return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

@Suite("Report: rendered in headless Chromium", .serialized,
       .needsTool("Chromium", install: Chromium.install, Chromium.binary != nil))
struct BrowserTests {
    static func writeReport() throws -> (String, ReportModel) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-browser-\(UUID().uuidString)").path
        let model = SyntheticReportModel.model(localityCount: 3, indicatorCount: 12)
        try ReportWriter.write(model, to: dir)
        return (dir, model)
    }

    @Test func everyChartIsInTheRenderedDOMAndThePageLogsNoErrors() throws {
        try Chromium.require()
        let (dir, model) = try Self.writeReport()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (i, area) in model.localities.enumerated() where i < 2 {
            let page = dir + "/" + ReportLayout.page(area, isFirst: i == 0)
            let (status, dom, log) = try Chromium.run(["--enable-logging=stderr", "--v=0", "--dump-dom", "file://" + page])
            #expect(status == 0, "chromium exit status; log: \(log.suffix(2000))")
            var ids: [String] = area.indicators.flatMap { ind in ReportLayout.Chart.allCases.map { ReportLayout.chartID(area, ind, $0) } }
            ids.append(ReportLayout.communitiesID(area))
            #expect(dom.components(separatedBy: "<svg ").count - 1 == ids.count, "\(area.name): one inline <svg> per chart")
            for id in ids { #expect(dom.contains("id=\"\(id)\""), "\(area.name): chart \(id) in the DOM") }
            #expect(dom.contains("<table"), "tables present")
            let consoleLines = Self.consoleLines(log)
            #expect(consoleLines.isEmpty, "\(area.name): console output: \(consoleLines)")
        }
    }

    /// The report `gapwise report` makes from the shipped sample, written to a temporary folder.
    static func writeSampleReport() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-browser-sample-\(UUID().uuidString)")
        let sample = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path
        let r = try CLIRunner.run(["report", sample, "--out", dir.path])
        #expect(r.status == 0, "gapwise report: \(r.stderr)")
        return dir
    }

    /// The sample's report: on Scotland's page and two council pages every chart written to charts/CODE/
    /// is an inline SVG in the rendered DOM, and the page logs nothing to the console.
    @Test func sampleReportRendersEveryChartWithoutErrors() throws {
        try Chromium.require()
        let dir = try Self.writeSampleReport()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (page, code) in [("index.html", "S92000003"), ("S12900001.html", "S12900001"), ("S12900032.html", "S12900032")] {
            let charts = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/charts/" + code).filter { $0.hasSuffix(".svg") }.sorted()
            #expect(charts.count >= 12, "\(code): charts written")
            let (status, dom, log) = try Chromium.run(["--enable-logging=stderr", "--v=0", "--dump-dom", "file://\(dir.path)/\(page)"])
            #expect(status == 0, "chromium exit status; log: \(log.suffix(2000))")
            #expect(dom.components(separatedBy: "<svg ").count - 1 == charts.count, "\(page): one inline <svg> per chart file")
            for c in charts {
                let id = "chart-\(code)-" + c.dropLast(4)
                #expect(dom.contains("id=\"\(id)\""), "\(page): chart \(id) in the DOM")
            }
            #expect(dom.contains("<table"), "tables present")
            let consoleLines = Self.consoleLines(log)
            #expect(consoleLines.isEmpty, "\(page): console output: \(consoleLines)")
        }
    }

    /// The sample report's Scotland page and a council page, screenshotted: drawn, in colour, not blank.
    @Test(.needsTool("python3", install: "needed to decode the screenshot", FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func sampleReportScreenshotIsNotBlank() throws {
        try Chromium.require()
        _ = try Requirement.tool("/usr/bin/python3", install: "needed to decode the screenshot",
                                 FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : nil)
        let dir = try Self.writeSampleReport()
        defer { try? FileManager.default.removeItem(at: dir) }
        for page in ["index.html", "S12900001.html"] {
            let s = try Self.screenshotStats(dir.path + "/" + page, keepAs: page)
            print("Sample report \(page) screenshot: \(s.width)x\(s.height), non-white \(ReportNumber.fixed(s.nonwhite * 100, 1))%, \(s.colours) colours")
            #expect(s.width == 1200 && s.height == 3000)
            #expect(s.nonwhite > 0.05, "more than 5% of the page is drawn")
            #expect(s.colours > 50)
            #expect(s.luminance_sd > 10)
        }
    }

    struct Stats: Decodable { let width: Int, height: Int, nonwhite: Double, colours: Int, luminance_sd: Double }

    /// Screenshots `page` at 1200x3000 and measures it with Browser/png_stats.py.
    static func screenshotStats(_ page: String, keepAs: String) throws -> Stats {
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-shot-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: png) }
        let (status, _, log) = try Chromium.run(["--screenshot=\(png)", "--window-size=1200,3000", "file://\(page)"])
        #expect(status == 0, "\(log.suffix(2000))")
        if let keep = ProcessInfo.processInfo.environment["GAPWISE_KEEP_SCREENSHOT"] {
            try? FileManager.default.copyItem(atPath: png, toPath: keep + "-" + keepAs + ".png")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Browser/png_stats.py").path
        p.arguments = [script, png]
        // Output to a file, not a pipe: other suites start processes in parallel, and a pipe's descriptors
        // can be caught up in their forks (corelibs Foundation), which made the read fail once.
        let outFile = png + ".json"
        _ = FileManager.default.createFile(atPath: outFile, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outFile) }
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        try p.run()
        p.waitUntilExit()
        return try JSONDecoder().decode(Stats.self, from: FileManager.default.contents(atPath: outFile) ?? Data())
    }

    /// Console messages (errors, failed loads, script or parse problems) as Chromium logs them to stderr.
    static func consoleLines(_ log: String) -> [Substring] {
        log.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") || $0.contains("ERR_FILE_NOT_FOUND") }
    }

    /// The error check can fail: a page that logs an error and loads a missing image is caught.
    @Test func theConsoleCheckCatchesAPageWithErrors() throws {
        try Chromium.require()
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-bad-\(UUID().uuidString).html").path
        try "<!DOCTYPE html><html><body><img src=\"missing.png\" alt=\"\"><script>console.error('boom')</script></body></html>"
            .write(toFile: page, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: page) }
        let (_, _, log) = try Chromium.run(["--enable-logging=stderr", "--v=0", "--dump-dom", "file://" + page])
        #expect(!Self.consoleLines(log).isEmpty, "log: \(log.suffix(1500))")
    }

    @Test(.needsTool("python3", install: "needed to decode the screenshot", FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func theScreenshotIsNotBlank() throws {
        try Chromium.require()
        _ = try Requirement.tool("/usr/bin/python3", install: "needed to decode the screenshot",
                                 FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : nil)
        let (dir, _) = try Self.writeReport()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let png = dir + "-screenshot.png"
        defer { try? FileManager.default.removeItem(atPath: png) }
        let (status, _, log) = try Chromium.run(["--screenshot=\(png)", "--window-size=1200,3000", "file://\(dir)/index.html"])
        #expect(status == 0, "\(log.suffix(2000))")
        if let keep = ProcessInfo.processInfo.environment["GAPWISE_KEEP_SCREENSHOT"] { try? FileManager.default.copyItem(atPath: png, toPath: keep) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Browser/png_stats.py").path
        p.arguments = [script, png]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        struct Stats: Decodable { let width: Int, height: Int, nonwhite: Double, colours: Int, luminance_sd: Double }
        let s = try JSONDecoder().decode(Stats.self, from: data)
        print("Screenshot: \(s.width)x\(s.height), non-white \(ReportNumber.fixed(s.nonwhite * 100, 1))%, \(s.colours) colours, luminance SD \(ReportNumber.fixed(s.luminance_sd, 1))")
        #expect(s.width == 1200 && s.height == 3000)
        #expect(s.nonwhite > 0.05, "more than 5% of the page is drawn")
        #expect(s.colours > 50, "text, bars, palette colours and anti-aliasing")
        #expect(s.luminance_sd > 10)
    }
}
