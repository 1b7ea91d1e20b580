#!/usr/bin/env python3
# generate_reference.py: independent 50-digit (mpmath) reference values for the distributional measures.
#
# Writes ../Reference/MPMathReference.swift. Every measure is computed here from its textbook definition,
# in a form deliberately different from the Swift code (pair sums for Gini, the quantile-function integral
# for shares, explicit ranks...), on the exact binary values of the Double inputs. Run:
#     python3 Tests/GapwiseMeasuresTests/Reference/generate_reference.py
import os
from mpmath import mp, mpf, log, exp, fabs, sqrt

mp.dps = 50

Y = [3.2, 7.5, 1.1, 7.5, 12.0, 0.4, 5.5, 9.9, 3.2, 20.25, 2.0, 6.6]
W = [1.5, 2.0, 0.7, 3.1, 1.0, 2.2, 0.9, 1.3, 2.6, 0.5, 1.8, 1.1]
RANK = [5.0, 2.0, 1.0, 4.0, 5.0, 1.0, 3.0, 2.0, 4.0, 5.0, 1.0, 3.0]
GROUPS = ["a", "b", "a", "c", "b", "a", "c", "b", "a", "c", "b", "c"]
P = [0.12, 0.35, 0.08, 0.40, 0.55, 0.05, 0.30, 0.45, 0.20, 0.70, 0.10, 0.33]
Y0 = [3.2, 7.5, 0.0, 7.5, 12.0, 0.0, 5.5, 9.9, 3.2, 20.25, 2.0, 6.6]
DA = [120.0, 40.0, 15.0, 300.0, 75.0, 60.0, 10.0]
DB = [30.0, 90.0, 55.0, 100.0, 25.0, 200.0, 80.0]


def m(v):
    return [mpf(x) for x in v]


def wmean(y, w):
    return sum(a * b for a, b in zip(y, w)) / sum(w)


def gini_pairs(y, w):
    tw, mu = sum(w), wmean(y, w)
    s = sum(wi * wj * fabs(yi - yj) for yi, wi in zip(y, w) for yj, wj in zip(y, w))
    return s / (2 * tw * tw * mu)


def ge(y, w, a):
    tw, mu = sum(w), wmean(y, w)
    if a == 0:
        return -sum(wi * log(yi / mu) for yi, wi in zip(y, w)) / tw
    if a == 1:
        return sum(wi * (yi / mu) * log(yi / mu) for yi, wi in zip(y, w) if yi != 0) / tw
    return sum(wi * ((yi / mu) ** a - 1) for yi, wi in zip(y, w)) / tw / (a * (a - 1))


def atkinson(y, w, e):
    tw, mu = sum(w), wmean(y, w)
    if e == 1:
        return 1 - exp(sum(wi * log(yi) for yi, wi in zip(y, w)) / tw) / mu
    return 1 - (sum(wi * yi ** (1 - e) for yi, wi in zip(y, w)) / tw) ** (1 / (1 - e)) / mu


def integral_of_quantile(y, w, t):
    """∫_0^t Q(u) du over the population weight axis, Q the ascending step quantile function."""
    pairs = sorted(zip(y, w), key=lambda p: p[0])
    acc, c = mpf(0), mpf(0)
    for yi, wi in pairs:
        take = min(wi, max(t - c, 0))
        acc += take * yi
        c += wi
    return acc


def share_ratio(y, w, top, bottom):
    tw = sum(w)
    total = integral_of_quantile(y, w, tw)
    return (total - integral_of_quantile(y, w, (1 - top) * tw)) / integral_of_quantile(y, w, bottom * tw)


def wmedian(y, w):
    pairs = sorted(zip(y, w), key=lambda p: p[0])
    half, c = sum(w) / 2, mpf(0)
    for k, (yi, wi) in enumerate(pairs):
        c += wi
        if c > half:
            return yi
        if c == half:
            return (yi + pairs[k + 1][0]) / 2


def wolfson(y, w):
    tw = sum(w)
    l50 = integral_of_quantile(y, w, tw / 2) / integral_of_quantile(y, w, tw)
    return (2 * (mpf(1) / 2 - l50) - gini_pairs(y, w)) * wmean(y, w) / wmedian(y, w)


def kolm(y, w, k):
    mu = wmean(y, w)
    return log(sum(wi * exp(k * (mu - yi)) for yi, wi in zip(y, w)) / sum(w)) / k


def herfindahl(y, w, par):
    tot = sum(a * b for a, b in zip(y, w))
    return sum(wi * (yi / tot) ** (par + 1) for yi, wi in zip(y, w)) ** (1 / par)


def ranks(x, w):
    """Fractional ranks, ties sharing the mean fractional rank: (weight strictly below + half the tie weight)/W."""
    tw = sum(w)
    return [(sum(wj for xj, wj in zip(x, w) if xj < xi) + sum(wj for xj, wj in zip(x, w) if xj == xi) / 2) / tw
            for xi in x]


def conc(y, x, w):
    tw, mu = sum(w), wmean(y, w)
    r = ranks(x, w)
    rbar = sum(ri * wi for ri, wi in zip(r, w)) / tw
    return 2 * sum(wi * (yi - mu) * (ri - rbar) for yi, ri, wi in zip(y, r, w)) / tw / mu


def decomposition(y, w, g, a):
    tw, mu = sum(w), wmean(y, w)
    labels = sorted(set(g))
    between_y, between_w, within = [], [], mpf(0)
    for lab in labels:
        yy = [yi for yi, gi in zip(y, g) if gi == lab]
        ww = [wi for wi, gi in zip(w, g) if gi == lab]
        mg, pg = wmean(yy, ww), sum(ww) / tw
        between_y.append(mg)
        between_w.append(sum(ww))
        within += pg * (mg / mu) ** a * ge(yy, ww, a)
    return ge(y, w, a), ge(between_y, between_w, a), within


def main():
    y, w, x, p, y0 = m(Y), m(W), m(RANK), m(P), m(Y0)
    one = [mpf(1)] * len(Y)
    out = {}
    out["giniW"] = gini_pairs(y, w)
    out["giniCorrectedW"] = gini_pairs(y, w) * sum(w) / (sum(w) - 1)
    out["giniU"] = gini_pairs(y, one)
    out["theilTW"] = ge(y, w, 1)
    out["theilLW"] = ge(y, w, 0)
    out["theilTZerosW"] = ge(y0, w, 1)
    for name, a in [("geM1", -1), ("geHalf", mpf(1) / 2), ("ge2", 2), ("ge3", 3),
                    ("geNear1", mpf(1 + 1e-9)), ("geNear0", mpf(1e-9)), ("geBelow1", mpf(1 - 1e-7))]:
        out[name + "W"] = ge(y, w, a)
    out["geHalfZerosW"] = ge(y0, w, mpf(1) / 2)
    for name, e in [("atk025", mpf(0.25)), ("atkHalf", mpf(1) / 2), ("atk1", 1), ("atkNear1", mpf(1 + 1e-9)),
                    ("atk2", 2), ("atk3", 3), ("atkSmall", mpf(1e-8))]:
        out[name + "W"] = atkinson(y, w, e)
    out["atkHalfZerosW"] = atkinson(y0, w, mpf(1) / 2)
    mu = wmean(y, w)
    out["cvW"] = sqrt(sum(wi * (yi - mu) ** 2 for yi, wi in zip(y, w)) / sum(w)) / mu
    out["palmaW"] = share_ratio(y, w, mpf(1) / 10, mpf(4) / 10)
    out["s80s20W"] = share_ratio(y, w, mpf(2) / 10, mpf(2) / 10)
    out["wolfsonW"] = wolfson(y, w)
    out["ricciSchutzW"] = sum(wi * fabs(yi - mu) for yi, wi in zip(y, w)) / sum(w) / (2 * mu)
    out["kolm01W"] = kolm(y, w, mpf(1) / 10)
    out["herfindahl1W"] = herfindahl(y, w, 1)
    out["herfindahl2W"] = herfindahl(y, w, 2)
    out["rosenbluthW"] = 1 / (sum(w) * (1 - gini_pairs(y, w)))
    ci = conc(y, x, w)
    out["concW"] = ci
    out["concGeneralisedW"] = ci * mu
    pm = wmean(p, w)
    cip = conc(p, x, w)
    out["concWagstaffW"] = cip / (1 - pm)
    out["concWagstaffBounds"] = cip * (mpf(2) - mpf(-1)) * pm / ((mpf(2) - pm) * (pm - mpf(-1)))
    out["concErreygersW"] = 4 * pm * cip
    a, b = m(DA), m(DB)
    out["dissimilarity"] = sum(fabs(ai / sum(a) - bi / sum(b)) for ai, bi in zip(a, b)) / 2
    for name, al in [("decompT", 1), ("decompL", 0), ("decompHalf", mpf(1) / 2), ("decomp2", 2)]:
        t, bt, wt = decomposition(y, w, GROUPS, al)
        out[name + "Total"], out[name + "Between"], out[name + "Within"] = t, bt, wt

    lines = [
        "// MPMathReference: 50-digit reference values from generate_reference.py (generated; do not edit).",
        "",
        "/// Inputs and mpmath reference values (rounded to 17 significant digits) for the weighted tests.",
        "enum MPMathReference {",
        f"    static let y: [Double] = {Y}",
        f"    static let w: [Double] = {W}",
        f"    static let rank: [Double] = {RANK}",
        f"    static let groups: [String] = {GROUPS}".replace("'", '"'),
        f"    static let p: [Double] = {P}",
        f"    static let yWithZeros: [Double] = {Y0}",
        f"    static let countsA: [Double] = {DA}",
        f"    static let countsB: [Double] = {DB}",
    ]
    for k, v in out.items():
        lines.append(f"    static let {k} = {mp.nstr(v, 17, strip_zeros=False)}")
    lines.append("}")
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "MPMathReference.swift"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
