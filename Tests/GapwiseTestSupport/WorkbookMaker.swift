// WorkbookMaker: small zip archives and .xlsx workbooks written at test time with ZIPFoundation.
import Foundation
import ZIPFoundation

/// Writes zip archives in memory (deflated members, in the order given).
public enum ZipMaker {
    public static func zip(_ members: [(path: String, bytes: [UInt8])]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in members {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}

/// Writes minimal Office Open XML workbooks: the package parts Excel writes, with the sheet data given as XML.
public enum WorkbookMaker {
    /// One worksheet: its tab name and the XML inside its `<sheetData>` element.
    public struct Sheet: Sendable {
        public let name: String
        public let sheetData: String
        public init(_ name: String, _ sheetData: String) {
            self.name = name
            self.sheetData = sheetData
        }
    }

    /// A workbook holding `sheets` (in tab order) and, when given, a shared-string table of `sharedStrings`
    /// (the XML inside each `<si>`). Sheet parts are numbered in reverse of tab order, as Excel's own often
    /// are after sheets are moved, so a reader must follow the relationships rather than the part names.
    public static func xlsx(_ sheets: [Sheet], sharedStrings: [String]? = nil) throws -> Data {
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let n = sheets.count
        func part(_ i: Int) -> String { "worksheets/sheet\(n - i).xml" }
        var types = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for i in 0..<n {
            types += #"<Override PartName="/xl/\#(part(i))" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        if sharedStrings != nil {
            types += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        }
        types += "</Types>"
        let rootRels = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        var book = #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(ns)" xmlns:r="\#(rel)"><sheets>"#
        var bookRels = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for (i, s) in sheets.enumerated() {
            let name = s.name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            book += #"<sheet name="\#(name)" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
            bookRels += #"<Relationship Id="rId\#(i + 1)" Type="\#(rel)/worksheet" Target="\#(part(i))"/>"#
        }
        book += "</sheets></workbook>"
        if sharedStrings != nil {
            bookRels += #"<Relationship Id="rId\#(n + 1)" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/>"#
        }
        bookRels += "</Relationships>"
        var members: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(types.utf8)), ("_rels/.rels", Array(rootRels.utf8)),
            ("xl/workbook.xml", Array(book.utf8)), ("xl/_rels/workbook.xml.rels", Array(bookRels.utf8)),
        ]
        for (i, s) in sheets.enumerated() {
            let xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
                + #"<worksheet xmlns="\#(ns)" xmlns:r="\#(rel)"><sheetData>\#(s.sheetData)</sheetData></worksheet>"#
            members.append(("xl/" + part(i), Array(xml.utf8)))
        }
        if let sharedStrings {
            let sst = #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="\#(ns)" count="\#(sharedStrings.count)" uniqueCount="\#(sharedStrings.count)">"#
                + sharedStrings.map { "<si>\($0)</si>" }.joined() + "</sst>"
            members.append(("xl/sharedStrings.xml", Array(sst.utf8)))
        }
        return try ZipMaker.zip(members)
    }
}
