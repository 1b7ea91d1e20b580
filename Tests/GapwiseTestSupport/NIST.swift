// NIST: reads the StRD .dat files and certified.json from ../shared/data/nist_strd for the accuracy tests.
import Foundation

public enum NIST {
    /// The StRD folder, or nil when ../shared is absent.
    public static var directory: URL? { SharedData.path("data/nist_strd") }

    /// certified.json as a dictionary.
    public static func certified() throws -> [String: Any] {
        guard let d = directory else { throw CocoaError(.fileNoSuchFile) }
        let data = try Data(contentsOf: d.appendingPathComponent("certified.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// The numeric data rows of a .dat file: every line after the `Data:` marker line whose tokens all
    /// parse as numbers (header text such as "y x" is skipped). CRLF line ends are accepted.
    public static func dataRows(group: String, name: String) throws -> [[Double]] {
        try dataTokens(group: group, name: name).map { $0.map { Double($0)! } }
    }

    /// The data rows as the decimal text the file holds (for exact decimal arithmetic).
    public static func dataTokens(group: String, name: String) throws -> [[String]] {
        guard let d = directory else { throw CocoaError(.fileNoSuchFile) }
        let text = try String(contentsOf: d.appendingPathComponent("\(group)/\(name).dat"), encoding: .ascii)
        // In Swift "\r\n" is ONE Character (a grapheme cluster), so `== "\n"` never matches a CRLF line end:
        // split on any newline Character instead.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        // The data block starts after the last line that begins with "Data:" (header line map says so).
        guard let start = lines.lastIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Data:") }) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        var rows = [[String]]()
        for line in lines[(start + 1)...] {
            let toks = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if toks.isEmpty { continue }
            if toks.allSatisfy({ Double($0) != nil }) { rows.append(toks.map(String.init)) }
        }
        return rows
    }
}
