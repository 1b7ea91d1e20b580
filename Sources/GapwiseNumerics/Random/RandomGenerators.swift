// RandomGenerators: the namespace of Gapwise's seeded random number generators.

/// The seeded generator every Gapwise simulation and bootstrap draws from (``Xoshiro256StarStar``), for
/// callers that must reproduce Gapwise's streams (e.g. benchmarks generating inputs).
///
/// Namespaced so that an embedder's own generator types never collide with Gapwise's.
public enum RandomGenerators {}
