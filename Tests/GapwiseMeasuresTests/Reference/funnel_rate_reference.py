#!/usr/bin/env python3
"""Independent reference for the rate and ratio funnels: Funnel/FunnelRateReference.swift.

Written from the method described in ../shared/reference/METHODS.md and PHEindicatormethods R/Funnels.R
(not from Gapwise's code): the axis with R's rounding rules, then the exact Poisson limits from scipy's
chi-square quantiles. Also evaluates PHE's own bisection (`poisson_funnel`: Poisson tail series, step in
v below 1e-7) to show how far PHE's printed values sit from the exact ones. Run from the package root:

    python3 Tests/GapwiseMeasuresTests/Reference/funnel_rate_reference.py
"""
import math, os
from scipy.stats import chi2

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))


def r_nchar(v):  # as.character of a whole double: fixed unless scientific is strictly shorter
    s = "%.0f" % v
    sig = len(s.rstrip("0"))
    sci = (1 if sig == 1 else sig + 1) + 2 + max(2, len(str(len(s) - 1)))
    return sci if sci < len(s) else len(s)


def sfloor(x):
    if x == 0: return 0.0
    n = r_nchar(math.floor(x * 0.95)) - 1
    return math.floor(x * 0.95 / 10 ** n) * 10 ** n


def sceil(x):
    if x == 0: return 0.0
    n = r_nchar(math.ceil(x * 1.05)) - 2
    return math.ceil(x * 1.05 / 10 ** n) * 10 ** n


def axis(lo, hi, offset_ratio):
    xs = [max(1, lo)]
    for j in range(2, 101):
        off = j - 1 if offset_ratio else j
        xs.append(max(round((hi / xs[-1]) ** (1 / (101 - off)) * xs[-1]), xs[-1] + 1))  # Python round: half to even
    return xs


def exact(o, c):
    a = (1 - c) / 2
    return chi2.ppf(a, 2 * o) / 2, chi2.isf(a, 2 * o + 2) / 2  # (L, U)


# Rate (dsr), 3 years, per 100,000: 12 areas.
events = [0, 12, 35, 80, 150, 260, 410, 55, 98, 7, 310, 190]
rates = [0.0, 310.5, 402.1, 288.0, 350.2, 420.9, 380.4, 295.5, 333.3, 512.0, 401.7, 366.6]
years, mult = 3, 100000
den = [mult * o / r for o, r in zip(events, rates) if o > 0]
av = sum(events) / sum(den)
lo = 0 if max(den) > 2 * min(den) else sfloor(min(den) / years) * years
hi = sceil(max(den) / years) * years
lo, hi = math.floor(lo * av), math.ceil(hi * av)
pts = axis(lo, hi, False)
rows = []
for e in pts:
    L95, U95 = exact(e, 0.95)
    L3, U3 = exact(e, 0.998)
    rows.append([e, e * av / U95 * mult, e * av / L95 * mult, e * av / U3 * mult, e * av / L3 * mult, U95 / av / years])


def fmt(xs):
    return ", ".join(repr(float(x)) for x in xs)


out = ["// FunnelRateReference: independent rate-funnel values (scipy chi-square quantiles), from Reference/funnel_rate_reference.py.\n\n",
       "enum FunnelRateReference {\n",
       f"    static let events: [Double] = [{fmt(events)}]\n",
       f"    static let rates: [Double] = [{fmt(rates)}]\n",
       f"    static let years = {years}.0\n    static let multiplier = {mult}.0\n",
       f"    static let baseline = {av * mult!r}\n    static let axisMinimum = {float(lo)!r}\n    static let axisMaximum = {float(hi)!r}\n",
       "    /// Events, lower 95%, upper 95%, lower 99.8%, upper 99.8%, population per year at the lower 95% limit.\n",
       "    static let rows: [[Double]] = [\n"] + [f"        [{fmt(r)}],\n" for r in rows] + ["    ]\n}\n"]
open(os.path.join(ROOT, "Tests", "GapwiseMeasuresTests", "Funnel", "FunnelRateReference.swift"), "w").write("".join(out))
print("rate axis", lo, hi, "baseline", av * mult, "points", len(pts), pts[:5], pts[-3:])


# PHE's own bisection, for the record: its distance from the exact values.
def poisson_cis(z, xa, xb):
    q, tot, s, k = 1.0, 0.0, 0.0, 0
    while k <= z or q > tot * 1e-10:
        tot += q
        if xa <= k <= xb: s += q
        if tot > 1e30: s /= 1e30; tot /= 1e30; q /= 1e30
        k += 1
        q = q * z / k
    return s / tot


def poisson_funnel(obs, p, side):
    v, dv = 0.5, 0.5
    while dv > 1e-7:
        dv /= 2
        if side == "low":
            v = v - dv if poisson_cis((1 + obs) * v / (1 - v), obs, 1e10) > p else v + dv
        else:
            v = v - dv if poisson_cis((1 + obs) * v / (1 - v), 0, obs) < p else v + dv
    return (1 + obs) * v / (1 - v)


worst = 0
for o in [1, 2, 5, 10, 40, 100, 400]:
    L, U = exact(o, 0.95)
    worst = max(worst, abs(poisson_funnel(o, 0.025, "high") - U) / U, abs(poisson_funnel(o, 0.025, "low") - L) / L)
print("PHE bisection vs exact, worst relative difference:", worst)
