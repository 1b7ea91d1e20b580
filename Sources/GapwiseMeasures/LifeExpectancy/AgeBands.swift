// AgeBands: the abridged life table's age bands (0, 1-4, 5-9, ..., 85+ or 90+) and how a band label names its start age.

/// The age bands of an abridged life table as PHE and ONS use them: under 1, 1–4, then five-year bands
/// 5–9, ..., with an open final band starting at 85 or 90.
///
/// A band is named by its start age. A label such as `"0"`, `"1-4"`, `"10 – 14"`, `"90+"` or `"90 +"`
/// names the band starting at its first whole number (PHEindicatormethods reads labels the same way:
/// the first run of digits).
public enum AgeBands {
    /// The start ages of the standard bands closing with `finalBand` (85 or 90):
    /// `[0, 1, 5, 10, ..., finalBand]` (19 bands for 85+, 20 for 90+, PHE's default).
    public static func standard(finalBand: Int) -> [Int] {
        precondition(finalBand == 85 || finalBand == 90, "the open final band starts at 85 or 90")
        return [0, 1] + Array(stride(from: 5, through: finalBand, by: 5))
    }

    /// The start ages Gapwise accepts as the open final band.
    public static let finalBands = [85, 90]

    /// The start age a band label names: its first run of digits (`"1-4"` → 1, `"90 +"` → 90), except that
    /// a label for the under-ones (`"<1"`, `"under 1"`) names 0; nil when the label holds no digits or the
    /// number is implausibly large (over 150).
    public static func startAge(of label: String) -> Int? {
        let trimmed = label.drop { $0 == " " }
        if trimmed.hasPrefix("<") || trimmed.lowercased().hasPrefix("under") {
            return trimmed.contains(where: \.isNumber) ? 0 : nil
        }
        var digits = Substring()
        var started = false
        for ch in label.unicodeScalars {
            if ch.properties.numericType != nil, ("0"..."9").contains(ch) {
                started = true
                digits.unicodeScalars.append(ch)
            } else if started {
                break
            }
        }
        guard !digits.isEmpty, digits.count <= 3, let v = Int(digits), v <= 150 else { return nil }
        return v
    }

    /// Width of each band of sorted standard start ages; the open final band has no width (nil).
    static func widths(_ startAges: [Int]) -> [Double?] {
        startAges.indices.map { i in i + 1 < startAges.count ? Double(startAges[i + 1] - startAges[i]) : nil }
    }
}
