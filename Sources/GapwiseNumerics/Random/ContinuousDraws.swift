// ContinuousDraws: uniform and normal variates from Xoshiro256StarStar (53-bit uniforms, normals by inversion).

extension RandomGenerators.Xoshiro256StarStar {
    /// A uniform draw on [0, 1): the top 53 bits of `next()` times 2⁻⁵³, so every multiple of 2⁻⁵³ in
    /// [0, 1) is equally likely (Vigna's recommended conversion).
    @inlinable @inline(__always)
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform draw on the open interval (0, 1): (k + ½)·2⁻⁵³ for a uniform 53-bit k, so 0 and 1 never
    /// occur and the grid is symmetric about ½ (u and 1 − u are equally likely). Used for inversion.
    @inlinable @inline(__always)
    public mutating func nextOpenUniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// A standard normal draw by inversion: Φ⁻¹(u) with u = `nextOpenUniform()` and Φ⁻¹ from AS 241
    /// (`Normal.quantile`). One 64-bit output per draw, so draw i of a stream is a fixed function of
    /// output i: bit-reproducible, and exact in distribution up to the 2⁻⁵³ grid of u (draws are confined
    /// to |z| ≤ 8.3, beyond which the normal has probability below 2⁻⁵²).
    @inlinable @inline(__always)
    public mutating func nextStandardNormal() -> Double {
        Normal.uncheckedQuantile(nextOpenUniform())
    }

    /// A normal draw mean + sd·Z with Z = `nextStandardNormal()`. `sd` must be ≥ 0 and finite and `mean`
    /// finite (programmer errors, checked by precondition).
    @inlinable
    public mutating func nextNormal(mean: Double, standardDeviation sd: Double) -> Double {
        precondition(mean.isFinite && sd >= 0 && sd.isFinite,
                     "Xoshiro256StarStar.nextNormal: need finite mean and finite sd >= 0 (got \(mean), \(sd))")
        return mean + sd * nextStandardNormal()
    }

    /// Overwrites every element of `values` with normal draws mean + sd·Z, in index order; the result is
    /// identical to calling `nextNormal(mean:standardDeviation:)` once per element (the tests check this
    /// against that plain loop), but runs without bounds checks.
    public mutating func fillNormal(_ values: inout [Double], mean: Double = 0, standardDeviation sd: Double = 1) {
        precondition(mean.isFinite && sd >= 0 && sd.isFinite,
                     "Xoshiro256StarStar.fillNormal: need finite mean and finite sd >= 0 (got \(mean), \(sd))")
        var g = self
        values.withUnsafeMutableBufferPointer { buf in
            for i in buf.indices {
                buf[i] = mean + sd * Normal.uncheckedQuantile((Double(g.next() >> 11) + 0.5) * 0x1p-53)
            }
        }
        self = g
    }
}
