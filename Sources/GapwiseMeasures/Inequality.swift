// Inequality: the namespace of the inequality measures (each measure lives in its own file as an extension).

/// The inequality measures of Gapwise, as static functions: `Inequality.gini(values, weights:)`.
///
/// Distributional measures (under `Distributional/`) take the values of areas or individuals and
/// optional population (frequency) weights. A weight `w` counts the unit `w` times: for whole-number
/// weights every weighted measure equals the unweighted measure of the data with each row repeated
/// `w` times (replication invariance), and non-integer weights (populations, survey weights)
/// interpolate that rule. With no weights every unit counts once.
///
/// Every function validates its input first and throws ``InequalityError``; nothing is repaired
/// silently. Results are value types (``InequalityEstimate``, ``LorenzCurve``,
/// ``InequalityDecomposition``) that carry what went in. When all values are equal a measure of
/// relative inequality returns exactly 0 (Kolm: 0; Rosenbluth and Herfindahl, being concentration
/// measures, return 1/N).
public enum Inequality {}
