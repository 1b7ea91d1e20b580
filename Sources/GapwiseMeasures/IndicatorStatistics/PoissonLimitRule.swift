// PoissonLimitRule: which Poisson limits a count gets: PHE's exact-below-10-then-Byar, or Byar's approximation throughout.

/// How the Poisson confidence limits of a count (a rate's events, a standardised ratio's observed events) are found.
public enum PoissonLimitRule: String, Hashable, Sendable, CaseIterable {
    /// PHEindicatormethods' rule: exact (Garwood) limits below 10 events, Byar's approximation from 10 (the default).
    case phe
    /// Byar's approximation at every count (PHE's `byars_lower`/`byars_upper`); a lower limit that would be
    /// negative is left undefined, as PHE's NA.
    case byar
}
