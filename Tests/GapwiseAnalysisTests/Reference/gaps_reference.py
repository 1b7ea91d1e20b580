#!/usr/bin/env python3
"""Independent reference for `gapwise gaps` on the shipped synthetic sample (numpy/scipy, not Gapwise).

For emergency admissions (rate per 100,000) and low birthweight (percentage) in 2019 and 2023, for Scotland
and council S12900001, SIMD national quintiles (the sample's simd_quintile column): the per-quintile sums,
values and 95% limits (Byar / exact Poisson; Wilson), and the gap measures d, r (log-normal CI), the linear
SII (population-weighted LS on the ridit, t interval on k-2 df), RII = SII/mean, PAF and PAR (Walter SE).
Writes gaps_reference.json beside this script. Run: python3 gaps_reference.py
"""
import csv, json, math, os
import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "datasets", "sample", "datazones.csv")
Z = stats.norm.ppf(0.975)

def byar(x, n, mult):
    if x < 10:
        lo = stats.chi2.ppf(0.025, 2 * x) / 2 if x > 0 else 0.0
        hi = stats.chi2.ppf(0.975, 2 * x + 2) / 2
    else:
        lo = x * (1 - 1 / (9 * x) - Z / (3 * math.sqrt(x))) ** 3
        hi = (x + 1) * (1 - 1 / (9 * (x + 1)) + Z / (3 * math.sqrt(x + 1))) ** 3
    return lo / n * mult, hi / n * mult

def wilson(x, n, mult):
    p = x / n
    c = (2 * x + Z * Z) / (2 * (n + Z * Z))
    h = Z * math.sqrt(Z * Z + 4 * x * (1 - p)) / (2 * (n + Z * Z))
    return (c - h) * mult, (c + h) * mult

rows = list(csv.DictReader(open(SAMPLE)))
cases = [("emergency", "emergency_admissions", "rate", 100000.0), ("lbw", "low_birthweight", "proportion", 100.0)]
out = []
for name, col, stat, mult in cases:
    for year in ["2019", "2023"]:
        for loc in ["Scotland", "S12900001"]:
            sel = [r for r in rows if r["year"] == year and (loc == "Scotland" or r["council"] == loc)]
            num = np.zeros(5); den = np.zeros(5); areas = np.zeros(5, int)
            for r in sel:
                q = int(r["simd_quintile"]) - 1
                num[q] += float(r[col + "_count"]); den[q] += float(r[col + "_denominator"]); areas[q] += 1
            y = num / den * mult
            if stat == "rate":
                lim = [byar(num[j], den[j], mult) for j in range(5)]
                se = mult * np.sqrt(num) / den
            else:
                lim = [wilson(num[j], den[j], mult) for j in range(5)]
                p = num / den
                se = mult * np.sqrt(p * (1 - p) / den)
            # d and r: most deprived (Q1) vs least deprived (Q5), adverse indicators.
            d = y[0] - y[4]; sd = math.sqrt(se[0] ** 2 + se[4] ** 2)
            r_ = y[0] / y[4]; slog = math.sqrt((se[0] ** 2 + r_ ** 2 * se[4] ** 2) / y[4] ** 2) / r_
            # Linear SII: WLS of y on ridit with weights den.
            w = den / den.sum(); ridit = np.cumsum(w) - w / 2
            X = np.column_stack([np.ones(5), ridit]); W = np.diag(den)
            beta = np.linalg.solve(X.T @ W @ X, X.T @ W @ y)
            resid = y - X @ beta
            s2 = (den * resid ** 2).sum() / 3
            cov = s2 * np.linalg.inv(X.T @ W @ X)
            t = stats.t.ppf(0.975, 3)
            sii = beta[1]; sii_se = math.sqrt(cov[1, 1])
            mu = (w * y).sum()
            # PAF/PAR against the least deprived quintile, Walter (1978) SE.
            yref = y[4]; gap = yref - mu
            if gap > 0: gap = 0.0  # adverse: a reference worse than average gives 0
            nref = den[4]; total = den.sum()
            c = yref / mult * nref; dd = nref - c; a = mu / mult * total - c; b = total - a - nref; nt = a + b + c + dd
            v = c * nt * (a * dd * (nt - c) + b * c * c) / ((a + c) ** 3 * (c + dd) ** 3)
            fse = math.sqrt(v)
            paf = 100 * gap / mu
            out.append({
                "indicator": name, "year": year, "locality": loc,
                "areas": areas.tolist(), "numerator": num.tolist(), "denominator": den.tolist(), "value": y.tolist(),
                "lower": [l for l, _ in lim], "upper": [u for _, u in lim],
                "d": [d, d - Z * sd, d + Z * sd],
                "r": [r_, math.exp(math.log(r_) - Z * slog), math.exp(math.log(r_) + Z * slog)],
                "sii_linear": [sii, sii - t * sii_se, sii + t * sii_se],
                "rii_linear": [sii / mu, (sii - t * sii_se) / mu, (sii + t * sii_se) / mu],
                "paf": [paf, paf - Z * 100 * fse, paf + Z * 100 * fse],
                "par": [gap, gap - Z * mu * fse, gap + Z * mu * fse],
            })
json.dump(out, open(os.path.join(HERE, "gaps_reference.json"), "w"), indent=1)
print(len(out), "profiles written")
