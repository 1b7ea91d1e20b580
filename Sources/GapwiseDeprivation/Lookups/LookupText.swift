// LookupText: splits the shipped lookup CSVs (LF lines, fields quoted only when a name holds a comma).

enum LookupText {
    /// The data rows of a shipped lookup (header skipped), each as its fields with quotes removed.
    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").dropFirst().map { line in
            var fields: [String] = [], field = "", quoted = false
            for ch in line {
                if ch == "\"" { quoted.toggle() } else if ch == ",", !quoted { fields.append(field); field = "" } else { field.append(ch) }
            }
            fields.append(field)
            return fields
        }
    }
}
