#!/usr/bin/env python3
"""Reference sums on deterministic inputs that Swift and Python generate bit-identically.

Inputs (i = 1..n): y_i = 1.0/i (IEEE double division, correctly rounded in both languages) and
w_i = (i % 7) + 0.5 (exact). Each sum is computed over the exact values of these doubles with
mpmath at 60 significant digits (every product of two doubles is exact at that precision; n
roundings at 1e-60 are negligible), then rounded once to the nearest double. math.fsum (correctly
rounded, Shewchuk's algorithm) is printed beside the plain sum as a cross-check.
Run: python3 Tests/GapwiseNumericsTests/Reference/sums_exact.py ; values pasted into ReferenceSumTests.swift.
"""
import math, mpmath

mpmath.mp.dps = 60
for n in [1000, 1_000_000]:
    ys = [1.0 / i for i in range(1, n + 1)]
    ws = [(i % 7) + 0.5 for i in range(1, n + 1)]
    s = mpmath.fsum([mpmath.mpf(y) for y in ys])
    swy = mpmath.fsum([mpmath.mpf(w) * mpmath.mpf(y) for w, y in zip(ws, ys)])
    swy2 = mpmath.fsum([mpmath.mpf(w) * mpmath.mpf(y) * mpmath.mpf(y) for w, y in zip(ws, ys)])
    sw = mpmath.fsum([mpmath.mpf(w) for w in ws])
    assert float(s) == math.fsum(ys)
    print(f"n = {n}: sum y = {float(s)!r}, sum w = {float(sw)!r}, sum w*y = {float(swy)!r}, "
          f"sum w*y^2 = {float(swy2)!r}, naive float sum y = {sum(ys)!r}")
