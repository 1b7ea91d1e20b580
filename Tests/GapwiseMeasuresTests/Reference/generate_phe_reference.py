#!/usr/bin/env python3
# generate_phe_reference.py: independent 50-digit (mpmath) reference values for the PHE indicator statistics.
#
# Writes ../Reference/PHEIndicatorReference.swift. Indirectly standardised ratio/rate (PHE calculate_ISRatio,
# calculate_ISRate) and exact-Poisson/Byar rates are computed here from their definitions: chi-square quantiles
# by root-finding on mpmath's regularised incomplete gamma, normal quantiles from erfinv. Run:
#     python3 Tests/GapwiseMeasuresTests/Reference/generate_phe_reference.py
import os
from mpmath import mp, mpf, sqrt, erfinv, gammainc, findroot

mp.dps = 50
LEVELS = [mpf("0.95"), mpf("0.998")]


def z_of(c):  # Φ⁻¹((1 + c)/2)
    return sqrt(2) * erfinv(c)


def chi2_quantile(p, k):
    f = lambda x: gammainc(k / 2, 0, x / 2, regularized=True) - p
    lo, hi = mpf(0), mpf(k) + 50 * sqrt(k) + 100
    for _ in range(400):  # bisection to ~1e-100 of the bracket, then polish
        mid = (lo + hi) / 2
        if f(mid) < 0:
            lo = mid
        else:
            hi = mid
    return findroot(f, (lo + hi) / 2)


def poisson_limits(x, c):
    x = mpf(x)
    a = (1 - c) / 2
    if x < 10:
        lower = mpf(0) if x == 0 else chi2_quantile(a, 2 * x) / 2
        upper = chi2_quantile(1 - a, 2 * x + 2) / 2
    else:
        z = z_of(c)
        lower = x * (1 - 1 / (9 * x) - z / (3 * sqrt(x))) ** 3
        upper = (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * sqrt(x + 1))) ** 3
    return lower, upper


# Two local areas over 5 age bands, a reference population (made-up but plausible numbers).
POP = [1200.0, 1500.0, 1100.0, 800.0, 400.0]
X_REF = [60.0, 150.0, 330.0, 640.0, 720.0]
N_REF = [100000.0, 120000.0, 90000.0, 60000.0, 30000.0]
OBS_BIG = [3.0, 5.0, 9.0, 14.0, 12.0]   # O = 43: Byar
OBS_SMALL = [0.0, 1.0, 2.0, 1.0, 3.0]   # O = 7: exact


def isr(obs, refvalue=1, rate_mult=None):
    e = sum(mpf(xr) / mpf(nr) * mpf(n) for xr, nr, n in zip(X_REF, N_REF, POP))
    o = sum(mpf(v) for v in obs)
    scale = mpf(refvalue) if rate_mult is None else sum(map(mpf, X_REF)) / sum(map(mpf, N_REF)) * rate_mult
    out = [o / e * scale]
    for c in LEVELS:
        lo, hi = poisson_limits(o, c)
        out += [lo / e * scale, hi / e * scale]
    return out


def rate(x, n, mult=100000):
    out = [mpf(x) / mpf(n) * mult]
    for c in LEVELS:
        lo, hi = poisson_limits(x, c)
        out += [lo / mpf(n) * mult, hi / mpf(n) * mult]
    return out


def fmt(v):
    return mp.nstr(v, 17, min_fixed=-1, max_fixed=-1) if v != 0 else "0.0"


def arr(name, vals):
    return f"    static let {name}: [Double] = [" + ", ".join(fmt(v) for v in vals) + "]\n"


lines = ["// PHEIndicatorReference: 50-digit reference values from generate_phe_reference.py (generated; do not edit).\n\n",
         "/// Inputs and mpmath reference values (17 significant digits): [value, L95, U95, L99.8, U99.8].\n",
         "enum PHEIndicatorReference {\n",
         arr("pop", POP), arr("xRef", X_REF), arr("nRef", N_REF), arr("obsBig", OBS_BIG), arr("obsSmall", OBS_SMALL),
         arr("isRatioBig", isr(OBS_BIG)), arr("isRatioSmall100", isr(OBS_SMALL, refvalue=100)),
         arr("isRateBig", isr(OBS_BIG, rate_mult=100000)), arr("isRateSmall", isr(OBS_SMALL, rate_mult=100000)),
         arr("rateZero", rate(0, 5000)), arr("rateNine", rate(9, 5000)), arr("rateTen", rate(10, 5000)),
         "}\n"]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "PHEIndicatorReference.swift")
with open(path, "w") as f:
    f.write("".join(lines))
print("wrote", path)
