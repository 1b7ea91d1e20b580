// AreaPage: renders one area (Scotland or a locality) to its HTML page, its SVG charts and its CSV tables.
import GapwiseIO

/// One area's page and the files beside it. The page embeds every chart inline (so it is complete
/// opened from disk) and links to the same chart as a standalone `.svg` and to each table as `.csv`.
struct AreaPage {
    let model: ReportModel
    let index: Int
    /// The number format of the CSV tables.
    var numbers: NumberFormat = .full
    var area: ReportLocality { model.localities[index] }
    var level: Double { model.run.confidenceLevel }

    /// The page and its charts and tables.
    func render() -> [OutputFile] {
        var files: [OutputFile] = []
        var body = ""
        body.reserveCapacity(256 * 1024)
        let lv = ChartParts.levelText(level)

        body += "<section class=\"summary\" id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n<ul>\n"
        for s in PlainSummary.sentences(for: area, level: level) { body += "<li>\(xmlEscape(s))</li>\n" }
        body += "</ul>\n</section>\n"

        if !area.indicators.isEmpty {
            let overview = ReportTables.overview(area, level: level)
            files.append(OutputFile(ReportLayout.table(area, "overview"), text: overview.csv(numbers)))
            body += "<section id=\"overview\">\n<h2>Gaps at a glance</h2>\n"
            body += "<p class=\"meta\">The headline gap measure of each indicator, with its \(lv) interval and its trend. "
            body += "<a href=\"\(ReportLayout.table(area, "overview"))\">Download CSV</a></p>\n"
            body += linkIndicatorNames(overview.html(id: "overview-table"))
            body += "</section>\n"
        }

        if let table = area.communities, !table.communities.isEmpty {
            body += communitiesSection(table, &files)
        }

        for ind in area.indicators { body += indicatorSection(ind, &files) }

        files.append(OutputFile(ReportLayout.page(area, isFirst: index == 0), text: page(body)))
        return files
    }

    private func figure(_ svg: String, path: String, csv: String, caption: String, _ files: inout [OutputFile]) -> String {
        files.append(OutputFile(path, text: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg))
        return "<figure>\n\(svg)<figcaption>\(xmlEscape(caption)) <a href=\"\(path)\">SVG</a> · <a href=\"\(csv)\">CSV</a></figcaption>\n</figure>\n"
    }

    private func communitiesSection(_ table: ReportCommunities, _ files: inout [OutputFile]) -> String {
        let k = table.worstK
        let csvPath = ReportLayout.table(area, "communities")
        files.append(OutputFile(csvPath, text: ReportTables.communities(table, area: area.name, level: level).csv(numbers)))
        var s = "<section id=\"communities\">\n<h2>Communities with the poorest outcomes</h2>\n"
        s += "<p class=\"meta\">Ranked by \(xmlEscape(table.scoreLabel)); rank 1 has the poorest outcomes. P(worst \(k)) is the probability of being among the \(k) worst.</p>\n"
        let svg = RankedDotPlot.svg(table, area: area.name, id: ReportLayout.communitiesID(area), level: level)
        s += "<div class=\"charts\">\n"
        s += figure(svg, path: ReportLayout.communitiesChart(area), csv: csvPath, caption: "All \(table.communities.count) communities:", &files)
        s += "</div>\n"
        let worst = ReportTables.communities(table, area: area.name, level: level, limit: k)
        s += worst.html(id: "worst-table", rowHeaders: false)
        s += "</section>\n"
        return s
    }

    private func indicatorSection(_ ind: ReportIndicator, _ files: inout [OutputFile]) -> String {
        var s = "<section class=\"indicator\" id=\"ind-\(ind.id)\">\n<h2>\(xmlEscape(ind.name))"
        if let t = ind.trend { s += "<span class=\"badge \(t.classification.rawValue)\">\(t.measure): \(t.classification.words)</span>" }
        s += "</h2>\n<p class=\"meta\">\(xmlEscape(ind.unit)) · \(xmlEscape(ind.period)) · by \(xmlEscape(ind.quantileLabel)) · "
        s += ind.polarity == .adverse ? "higher values are worse</p>\n" : "higher values are better</p>\n"
        if let note = ind.note { s += "<p class=\"meta note\"><strong>Note:</strong> \(xmlEscape(note))</p>\n" }
        if ind.isDeprivationInput { s += "<p class=\"meta note\"><strong>Deprivation input:</strong> \(PlainSummary.deprivationInputNote)</p>\n" }
        var tables: [ReportTable] = []
        s += "<div class=\"charts\">\n"
        let qt = ReportTables.quantiles(ind, area: area.name, level: level)
        let qcsv = ReportLayout.table(area, "\(ind.id)-quantiles")
        files.append(OutputFile(qcsv, text: qt.csv(numbers)))
        tables.append(qt)
        s += figure(QuantileBarChart.svg(ind, area: area.name, id: ReportLayout.chartID(area, ind, .quantiles), level: level),
                    path: ReportLayout.chart(area, ind, .quantiles), csv: qcsv, caption: "Values by quantile:", &files)
        if let c = ind.curve {
            let ct = ReportTables.curve(ind, c, area: area.name)
            let ccsv = ReportLayout.table(area, "\(ind.id)-curve")
            files.append(OutputFile(ccsv, text: ct.csv(numbers)))
            tables.append(ct)
            s += figure(CurveChart.svg(ind, c, area: area.name, id: ReportLayout.chartID(area, ind, .curve)),
                        path: ReportLayout.chart(area, ind, .curve), csv: ccsv, caption: "Curve points:", &files)
        }
        if let t = ind.trend {
            let tt = ReportTables.trend(ind, t, area: area.name, level: level)
            let tcsv = ReportLayout.table(area, "\(ind.id)-trend")
            files.append(OutputFile(tcsv, text: tt.csv(numbers)))
            tables.append(tt)
            s += figure(TrendChart.svg(ind, t, area: area.name, id: ReportLayout.chartID(area, ind, .trend), level: level),
                        path: ReportLayout.chart(area, ind, .trend), csv: tcsv, caption: "Gap by period:", &files)
        }
        if !ind.gaps.isEmpty {
            let gt = ReportTables.gaps(ind, area: area.name, level: level)
            let gcsv = ReportLayout.table(area, "\(ind.id)-gaps")
            files.append(OutputFile(gcsv, text: gt.csv(numbers)))
            s += "<div class=\"gaps\">\n" + gt.html() + "<p class=\"meta\"><a href=\"\(gcsv)\">Download CSV</a></p>\n</div>\n"
        }
        s += "</div>\n<details>\n<summary>Data tables for these charts</summary>\n"
        for t in tables { s += t.html() }
        s += "</details>\n</section>\n"
        return s
    }

    /// Makes each indicator name in the overview table a link to its section.
    private func linkIndicatorNames(_ html: String) -> String {
        var out = html
        for ind in area.indicators {
            let cell = "<th scope=\"row\">\(xmlEscape(ind.name))</th>"
            if let r = out.range(of: cell) {
                out.replaceSubrange(r, with: "<th scope=\"row\"><a href=\"#ind-\(ind.id)\">\(xmlEscape(ind.name))</a></th>")
            }
        }
        return out
    }

    private func page(_ body: String) -> String {
        var h = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<meta name=\"generator\" content=\"Gapwise \(xmlEscape(model.run.version))\">\n"
        h += "<title>\(xmlEscape(area.name)): \(xmlEscape(model.title))</title>\n<style>\n\(Stylesheet.css)\n</style>\n</head>\n<body>\n<div class=\"page\">\n"
        h += "<header class=\"masthead\">\n<p class=\"kicker\">Gapwise report</p>\n<h1>\(xmlEscape(model.title))</h1>\n"
        h += "<p class=\"area\">\(xmlEscape(area.name)) <span class=\"code\">(\(xmlEscape(area.code)))</span></p>\n</header>\n"
        h += navigation()
        h += "<main>\n" + body + "</main>\n"
        h += "<footer>\n" + ReportTables.run(model.run).html(rowHeaders: true)
        h += "<p>All tables: <a href=\"tables/gaps.csv\">every gap measure (CSV)</a> · <a href=\"tables/run.csv\">this run (CSV)</a>. "
        h += "Charts use the Okabe–Ito colour-blind safe palette; every chart has a table equivalent.</p>\n</footer>\n"
        h += "</div>\n</body>\n</html>\n"
        return h
    }

    private func navigation() -> String {
        let others = model.localities.dropFirst()
        if index == 0 {
            guard !others.isEmpty else { return "" }
            var s = "<nav class=\"areas\" aria-label=\"Localities\">\n<h2>Localities</h2>\n<ul>\n"
            for a in others { s += "<li><a href=\"\(ReportLayout.page(a, isFirst: false))\">\(xmlEscape(a.name))</a></li>\n" }
            return s + "</ul>\n</nav>\n"
        }
        let first = model.localities[0]
        var s = "<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"index.html\">\(xmlEscape(first.name))</a> › \(xmlEscape(area.name))"
        if index > 1 { s += " · previous: <a href=\"\(ReportLayout.page(model.localities[index - 1], isFirst: false))\">\(xmlEscape(model.localities[index - 1].name))</a>" }
        if index + 1 < model.localities.count {
            s += " · next: <a href=\"\(ReportLayout.page(model.localities[index + 1], isFirst: false))\">\(xmlEscape(model.localities[index + 1].name))</a>"
        }
        return s + "</nav>\n"
    }
}
