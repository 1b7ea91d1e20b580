#!/usr/bin/env python3
"""Reference values for RatioSampleTests.nearEquality: Theil T, MLD and Atkinson (1/2, 1, 2) of nearly equal
weighted values, y_i = 100 + (i mod 7 - 3)/10^4 and w_i = i mod 5 + 1 for i = 0..699 (inputs exact in
binary to the printed digits' meaning: the test forms the same doubles), with mpmath at 60 digits from
the doubles themselves. usage: python3 near_equality_reference.py
"""
import mpmath
mpmath.mp.dps = 60
y = [mpmath.mpf(100 + (i % 7 - 3) / 10**4) for i in range(700)]   # the double nearest each value
w = [mpmath.mpf(i % 5 + 1) for i in range(700)]
W = sum(w)
mu = sum(a * b for a, b in zip(w, y)) / W
T = sum(b * (a / mu) * mpmath.log(a / mu) for a, b in zip(y, w)) / W
L = -sum(b * mpmath.log(a / mu) for a, b in zip(y, w)) / W
A_half = 1 - (sum(b * mpmath.sqrt(a / mu) for a, b in zip(y, w)) / W) ** 2
A_one = 1 - mpmath.exp(-L)
A_two = 1 - 1 / (sum(b * mu / a for a, b in zip(y, w)) / W)
for name, v in (("theilT", T), ("theilL", L), ("atkinsonHalf", A_half), ("atkinsonOne", A_one), ("atkinsonTwo", A_two)):
    print(f"{name} = {mpmath.nstr(v, 20)}")
