// ReportPalette: the Okabe-Ito colour-blind safe colours and the roles they play in every chart.

/// The eight colours of Okabe & Ito (2008), distinguishable under the common colour-vision deficiencies,
/// and the role each plays in Gapwise's charts. Roles never rely on colour alone: the SII line is also
/// solid over dashed gridlines, the worst k are also labelled and listed in a table.
///
/// Reference: Okabe, M. & Ito, K. (2008) Color Universal Design (CUD): how to make figures and
/// presentations that are friendly to colorblind people. https://jfly.uni-koeln.de/color/
package enum ReportPalette {
    public static let black = "#000000"
    public static let orange = "#E69F00"
    public static let skyBlue = "#56B4E9"
    public static let bluishGreen = "#009E73"
    public static let yellow = "#F0E442"
    public static let blue = "#0072B2"
    public static let vermilion = "#D55E00"
    public static let reddishPurple = "#CC79A7"

    /// Bars, curves, trend lines: the main data colour.
    static let data = blue
    /// Interval bands behind a line (sky blue, translucent).
    static let band = skyBlue
    /// The fitted SII line and the highlighted worst communities.
    static let highlight = vermilion
    /// Text, axes and gridlines (neutral greys, not data colours).
    static let text = "#1F1F1F"
    static let mutedText = "#555555"
    static let axis = "#333333"
    static let grid = "#DDDDDD"
    /// Communities outside the worst k.
    static let other = "#7A7A7A"
}
