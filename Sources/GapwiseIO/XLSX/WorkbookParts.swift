// WorkbookParts: where a zip's workbook, sheets (by name, in tab order) and shared strings are, from its package parts.
import Foundation
import ZIPFoundation

/// The parts of an Office Open XML workbook that the reader needs (ECMA-376 Part 2, the package; Part 1,
/// 18.2 the workbook part): `[Content_Types].xml` names the workbook part, the workbook lists its sheets
/// with relationship ids, and the workbook's relationships give each sheet's part and the shared strings.
struct WorkbookParts {
    struct Sheet {
        let name: String
        /// The sheet's part inside the zip (no leading slash).
        let path: String
    }

    /// The worksheets in the workbook's tab order (chart sheets and dialog sheets are left out).
    let sheets: [Sheet]
    /// The shared-strings part, when the workbook has one.
    let sharedStrings: String?

    static let workbookTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
    ]

    /// What a zip that is not a readable workbook is, from its content types, as "this is … file" words.
    enum Other: Error {
        case notAWorkbook(kind: String, advice: String)
    }

    /// Reads the workbook's structure; throws `Other` when the zip is not an .xlsx/.xlsm workbook and
    /// `XMLScanError` when one of its parts is malformed.
    static func read(_ archive: Archive) throws -> WorkbookParts {
        guard let types = try part(archive, "[Content_Types].xml") else {
            if let mime = try part(archive, "mimetype"), String(decoding: mime, as: UTF8.self).contains("opendocument.spreadsheet") {
                throw Other.notAWorkbook(kind: "an OpenDocument spreadsheet (.ods)",
                                         advice: "open it in a spreadsheet program and save it as .xlsx or CSV")
            }
            throw Other.notAWorkbook(kind: "a zip", advice: "it holds no Excel workbook; extract the table from it first")
        }
        var overrides: [(part: String, type: String)] = []
        try elements(types, named: "Override") { a in
            if let p = a["PartName"], let t = a["ContentType"] { overrides.append((p, t)) }
        }
        guard let workbook = overrides.first(where: { workbookTypes.contains($0.type) })?.part else {
            let all = overrides.map(\.type).joined(separator: " ")
            if all.contains("ms-excel.sheet.binary") {
                throw Other.notAWorkbook(kind: "an Excel binary workbook (.xlsb)",
                                         advice: "open it in a spreadsheet program and save it as .xlsx or CSV")
            }
            let kind = all.contains("wordprocessingml") ? "a Word document (.docx)"
                : all.contains("presentationml") ? "a PowerPoint presentation (.pptx)" : "a zip"
            throw Other.notAWorkbook(kind: kind, advice: "it holds no Excel workbook")
        }
        let workbookPath = String(workbook.drop { $0 == "/" })
        let folder = (workbookPath as NSString).deletingLastPathComponent
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath as NSString).lastPathComponent + ".rels"
        guard let book = try part(archive, workbookPath) else {
            throw XMLScanError(reason: "the workbook part \(workbookPath) is missing")
        }
        var targets: [String: String] = [:]
        var sharedStrings: String?
        if let rels = try part(archive, relsPath) {
            try elements(rels, named: "Relationship") { a in
                guard let id = a["Id"], let target = a["Target"], a["TargetMode"] != "External" else { return }
                let path = resolve(target, folder: folder)
                targets[id] = path
                if a["Type"]?.hasSuffix("/sharedStrings") == true { sharedStrings = path }
            }
        }
        var sheets: [Sheet] = []
        try elements(book, named: "sheet") { a in
            // The relationship id attribute is r:id (its prefix is whatever the file binds the namespace to).
            guard let name = a["name"], let id = a["id"] else { return }
            guard let path = targets[id] else { return }
            sheets.append(Sheet(name: name, path: path))
        }
        // Only worksheets hold cells: a chart sheet's target is under chartsheets/.
        sheets = sheets.filter { s in
            overrides.first { $0.part == "/" + s.path }.map { $0.type.hasSuffix("worksheet+xml") } ?? true
        }
        return WorkbookParts(sheets: sheets, sharedStrings: sharedStrings)
    }

    /// A relationship target (relative to the workbook's folder, or absolute from the package root) as a zip path.
    static func resolve(_ target: String, folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// The whole bytes of a (small) part, or nil when the zip has no such entry.
    static func part(_ archive: Archive, _ path: String) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Calls `body` with the attributes (by local name) of every element named `name` in `xml`.
    static func elements(_ xml: [UInt8], named name: String, _ body: ([String: String]) -> Void) throws {
        struct Collect: XMLScanHandler {
            let wanted: [UInt8]
            var found: [[String: String]] = []
            mutating func open(_ name: UnsafeBufferPointer<UInt8>, tag: UnsafeBufferPointer<UInt8>, selfClosing: Bool) throws {
                guard name.elementsEqual(wanted) else { return }
                var a: [String: String] = [:]
                for (k, v) in try XMLScanner.attributes(tag) where a[k] == nil { a[k] = v }
                found.append(a)
            }
            mutating func close(_ name: UnsafeBufferPointer<UInt8>) throws {}
            mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws {}
        }
        var c = Collect(wanted: Array(name.utf8))
        _ = try xml.withUnsafeBufferPointer { try XMLScanner.scan($0, isFinal: true, into: &c) }
        c.found.forEach(body)
    }
}
