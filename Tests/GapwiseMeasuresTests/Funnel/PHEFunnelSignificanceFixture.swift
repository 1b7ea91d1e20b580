// PHEFunnelSignificanceFixture: PHE's published significance labels of its 303 proportion test areas, transcribed by hand.

/// Source: ukhsa-collaboration/PHEindicatormethods @3352ce5d861197880cae0ccb329a0ce50424bfda,
/// tests/testthat/testdata_funnel_prop_inputs.csv, column `significance` (assign_funnel_significance, statistic
/// "proportion"; testFunnels.R "Significance for proportions calculates correctly"), in file order, which is the
/// order of `PHEFunnelProportionFixture.numerators`. Codes: H3 = "High (0.001)", H2 = "High (0.025)",
/// L3 = "Low (0.001)", L2 = "Low (0.025)", N = "Not significant"; ten areas a line.
enum PHEFunnelSignificanceFixture {
    static let codes: [String] = [
        "H3 L3 N H3 L3 H3 L3 L3 L3 H3",
        "L3 H3 H3 L3 L3 N H3 N H3 L3",
        "H3 L3 L3 L3 L3 L3 L3 N H3 H3",
        "L3 L3 H3 H3 L3 H3 H3 N H3 L3",
        "H3 H3 H2 H3 L3 H3 H3 H3 H3 H3",
        "H3 N L3 L3 H3 H3 L3 L3 H3 L3",
        "L3 N H3 H3 N H3 H3 L3 H3 H3",
        "H2 H3 H3 H3 H3 H3 H3 H3 H2 H3",
        "H3 H3 H3 H3 H3 H3 L3 H3 H3 H3",
        "H2 H3 H3 H3 H3 H3 H3 L3 H3 H3",
        "H3 N L3 L3 H3 H3 L3 H3 H3 N",
        "L3 H3 H3 H3 H3 L3 N H3 H3 L2",
        "N H2 N H3 H3 H3 H3 N L3 H3",
        "H3 H3 H3 H3 L3 L3 L3 H3 H3 L3",
        "N H2 H2 H3 H3 N N L3 L3 L3",
        "N H3 H3 L3 L3 H3 H3 H3 H3 H3",
        "N H3 L3 L3 N H3 H3 N N L3",
        "L3 N L3 H3 L3 H3 H3 H3 L3 H3",
        "L3 L3 L3 H3 N L3 H3 H3 H3 H3",
        "H3 H3 H3 H3 L3 L3 L3 L3 H3 H3",
        "H3 H2 H3 L3 H3 H3 H3 H3 H3 H3",
        "H3 H3 N L3 L3 L3 L3 L3 L3 L3",
        "H3 H3 N H3 H3 H2 H3 H3 H3 L3",
        "L3 H3 H3 H3 H3 H3 H3 H3 H3 H3",
        "L3 H3 H3 H3 H3 H3 H3 N L3 L3",
        "L3 L3 L3 L3 L3 H3 H3 H3 H3 H3",
        "H3 H3 H3 H3 H3 H3 H3 N H3 L3",
        "H3 L3 L3 L3 L3 N H3 L3 H3 L3",
        "H3 H3 L3 N L3 N H3 H3 H3 H3",
        "H3 H3 L3 L3 N L3 L3 L3 L3 H3",
        "H2 H3 H3",
    ].flatMap { $0.split(separator: " ").map(String.init) }

    static let labels = ["H3": "High (0.001)", "H2": "High (0.025)", "L3": "Low (0.001)", "L2": "Low (0.025)", "N": "Not significant"]
}
