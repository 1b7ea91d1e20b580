#!/usr/bin/env python3
"""Wilson lower limit for x = 1, n = 1e12, c = 0.95 by the textbook formula at 50 digits (mpmath),
pasted into ConfidenceLimitsTests.swift (WilsonTinyReference)."""
import mpmath as mp
mp.mp.dps = 50
x, n, c = mp.mpf(1), mp.mpf(10) ** 12, mp.mpf(0.95)  # the double nearest 0.95
z = mp.sqrt(2) * mp.erfinv(c)
print(mp.nstr((2 * x + z * z - z * mp.sqrt(z * z + 4 * x * (1 - x / n))) / (2 * (n + z * z)), 17))
