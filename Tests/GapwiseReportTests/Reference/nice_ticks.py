#!/usr/bin/env python3
"""nice_ticks.py: independent reference for Gapwise's NiceScale (Heckbert 1990, Graphics Gems pp. 61-63).

Written from the paper, not from the Swift code, with exact decimal arithmetic (fractions) so that the
expected ticks are the exact decimal values. Run once: python3 nice_ticks.py > nice_ticks.json
"""
import json, math, random
from fractions import Fraction as F

def nicenum(x, rnd):
    # x is a Fraction > 0
    e = math.floor(math.log10(float(x)))
    # correct e where float log10 misjudges an exact power of ten
    while F(10) ** e > x: e -= 1
    while F(10) ** (e + 1) <= x: e += 1
    f = x / F(10) ** e
    if rnd:
        m = 1 if f < F(3, 2) else 2 if f < 3 else 5 if f < 7 else 10
    else:
        m = 1 if f <= 1 else 2 if f <= 2 else 5 if f <= 5 else 10
    if m == 10: m, e = 1, e + 1
    return m, e

def loose_label(lo, hi, ntick):
    lo, hi = F(lo), F(hi)
    if lo == hi:
        pad = F(1) if lo == 0 else abs(lo) / 10
        lo, hi = lo - pad, hi + pad
    rm, re = nicenum(hi - lo, False)
    rng = rm * F(10) ** re
    m, e = nicenum(rng / (ntick - 1), True)
    d = m * F(10) ** e
    first = math.floor(lo / d)
    last = math.ceil(hi / d)
    ticks = [k * d for k in range(first, last + 1)]
    return {"lo": float(lo), "hi": float(hi), "target": ntick, "mantissa": m, "exponent": e,
            "ticks": [str(t.numerator) + "/" + str(t.denominator) for t in ticks]}

cases = [(0, 1, 6), (0, 97, 6), (0, 7600, 6), (-0.35, 1.2, 6), (12, 12, 6), (0, 0, 6), (0.013, 0.0871, 5),
         (-5230, -10, 6), (0.5, 746.5, 6), (1.2e-5, 3.4e-5, 4), (1999, 2024, 8), (0, 9130.7, 6), (0, 0.999, 6)]
rnd = random.Random(20261207)
for _ in range(200):
    scale = 10 ** rnd.uniform(-4, 6)
    a = round(rnd.uniform(-1, 1) * scale, 6)
    b = round(a + rnd.uniform(0, 2) * scale, 6)
    cases.append((a, b, rnd.choice([4, 5, 6, 8])))
# The ends are taken as the decimals they print as (repr of the double), the values a user's data holds:
# Swift's lo/step in doubles lands on those decimals (0.0017/0.0001 = 17), not on the binary expansion.
out = []
for lo, hi, n in cases:
    r = loose_label(F(repr(float(lo))), F(repr(float(hi))), n)
    r["lo"], r["hi"] = float(lo), float(hi)
    out.append(r)
print(json.dumps(out, indent=0))
