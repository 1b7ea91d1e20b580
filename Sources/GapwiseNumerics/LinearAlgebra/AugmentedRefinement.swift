// AugmentedRefinement: Björck's iterative refinement of least-squares solutions with extended-precision residuals.

/// Solves the augmented system `[I A; Aᵀ 0] [r; x] = [b; g]` for a full-rank m x n `A`, refining in the
/// manner of Björck (1967, "Iterative refinement of linear least squares solutions I", BIT 7:257-278).
///
/// With `g = 0` this is least squares (`x = argmin ||Ax − b||`, `r` its residual); with `b = 0, g = −e_j`
/// it gives column j of `(AᵀA)⁻¹` without forming `AᵀA`. Each step computes the residuals
/// `f = b − r − Ax` and `h = g − Aᵀr` in 80-bit extended precision (`Float80`, 64-bit significand) and
/// solves the correction with the double-precision QR factors:
/// `d = Qᵀf`, `Rᵀz = h`, `δx = R⁻¹(d₁ − z)`, `δr = Q[z; d₂]`.
/// The error contracts by about `κ(A)·ε` per step, so the result is accurate to working precision for
/// any problem with `κ(A)·ε < 1`, independently of the size of the residual.
struct AugmentedRefinement {
    let a: Matrix
    let qr: HouseholderQR
    /// Maximum refinement steps after the initial solve.
    var maxSteps = 30

    init(_ a: Matrix) throws(LinearAlgebraError) {
        self.a = a
        self.qr = try HouseholderQR(a)
    }

    /// Returns `(x, r, steps)` for right-hand sides `b` (m) and `g` (n).
    func solve(b: [Double], g: [Double]) throws(LinearAlgebraError) -> (x: [Double], r: [Double], steps: Int) {
        let m = a.rows, n = a.columns
        var x = [Double](repeating: 0, count: n)
        var r = [Double](repeating: 0, count: m)
        var previous = Double.infinity
        var steps = 0
        var stalled = 0
        for step in 0...maxSteps {
            // Residuals of the augmented system in extended precision.
            var f = [Double](repeating: 0, count: m)
            var h = [Double](repeating: 0, count: n)
            var fx = [Float80](repeating: 0, count: m)
            for i in 0..<m { fx[i] = Float80(b[i]) - Float80(r[i]) }
            a.storage.withUnsafeBufferPointer { ap in
                for j in 0..<n {
                    let xj = Float80(x[j])
                    var hj = Float80(g[j])
                    let col = j * m
                    for i in 0..<m {
                        let aij = Float80(ap[col + i])
                        fx[i] -= aij * xj
                        hj -= aij * Float80(r[i])
                    }
                    h[j] = Double(hj)
                }
            }
            for i in 0..<m { f[i] = Double(fx[i]) }
            // Correction from the QR factors.
            try qr.applyQ(&f, transpose: true)          // d = Qᵀ f
            var z = h
            try qr.solveR(&z, transpose: true)           // Rᵀ z = h
            var dx = [Double](repeating: 0, count: n)
            for j in 0..<n { dx[j] = f[j] - z[j] }
            try qr.solveR(&dx, transpose: false)         // R δx = d₁ − z
            var dr = f
            for j in 0..<n { dr[j] = z[j] }
            try qr.applyQ(&dr, transpose: false)         // δr = Q [z; d₂]
            // Largest correction relative to its own component (componentwise, so that small
            // coefficients beside large ones are refined to full relative precision too).
            var relative = 0.0
            for j in 0..<n {
                x[j] += dx[j]
                if dx[j] != 0 { relative = max(relative, x[j] == 0 ? .infinity : abs(dx[j] / x[j])) }
            }
            for i in 0..<m { r[i] += dr[i] }
            steps = step
            if step > 0 {
                if relative <= 0x1p-53 { break }
                // Stagnation: the correction stopped shrinking for two steps running.
                if relative >= previous / 2 { stalled += 1; if stalled >= 2 { break } } else { stalled = 0 }
            }
            previous = relative
        }
        return (x, r, steps)
    }
}
