#!/usr/bin/env python3
"""Exact mean, sd (n-1) and lag-1 autocorrelation of the NIST StRD univariate datasets *as binary doubles*.

NIST certifies the statistics of the decimal data. Parsing to Double rounds every value (e.g.
10000000.1 -> 10000000.099999999627...), so even exact arithmetic on the parsed doubles differs from
the certified values; for NumAcc4 the sd agrees to only 8.3 digits. This script computes the exact
statistics of the doubles with rational arithmetic (fractions.Fraction) and a 50-digit square root
(mpmath), so the Swift tests can check our algorithms to the last digit independently of that
representation limit. Run from the package root:  python3 Tests/GapwiseNumericsTests/Reference/nist_univariate_exact.py
(reads ../shared/data/nist_strd/univariate/*.dat; the printed Swift literals are pasted into
NISTUnivariateTests.swift).
"""
from fractions import Fraction as F
import os, mpmath

mpmath.mp.dps = 50
root = os.path.join(os.path.dirname(__file__), "../../../../shared/data/nist_strd/univariate")
for name in ["PiDigits", "Lottery", "Lew", "Mavro", "Michelso", "NumAcc1", "NumAcc2", "NumAcc3", "NumAcc4"]:
    lines = open(os.path.join(root, name + ".dat")).read().splitlines()
    start = max(k for k, l in enumerate(lines) if l.strip().startswith("Data:"))
    ys = []
    for l in lines[start + 1:]:
        toks = l.split()
        try:
            ys += [float(t) for t in toks]
        except ValueError:
            pass
    Y = [F(y) for y in ys]          # exact values of the doubles
    n = len(Y)
    m = sum(Y) / n
    ss = sum((y - m) ** 2 for y in Y)
    lag = sum((Y[i] - m) * (Y[i + 1] - m) for i in range(n - 1))
    sd = mpmath.sqrt(mpmath.mpf(ss.numerator) / mpmath.mpf(ss.denominator) / (n - 1))
    r1 = lag / ss
    mean_s = repr(float(m))
    sd_s = repr(float(sd))          # mpf -> correctly rounded double
    r1_s = repr(float(r1))          # Fraction -> correctly rounded double
    print(f'        "{name}": (n: {n}, mean: {mean_s}, sd: {sd_s}, autocorrelation: {r1_s}),')
