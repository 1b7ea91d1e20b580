"""Independent computation of a composite index built from indicators (normal scores, fixed and factor-
analysis weights, SIMD exponential transform), for CompositeBuilderTests. Writes composite_reference.json.
Run: python3 composite_reference.py  (numpy 2.4.6, scipy 1.17.1)
"""
import json
import numpy as np
from scipy.optimize import minimize
from scipy.stats import norm, rankdata

rng = np.random.default_rng(7)
n = 60
f = rng.standard_normal(n)
cols = {}
cols["area"] = [f"A{i:02d}" for i in range(n)]
cols["pop"] = rng.integers(300, 1200, n)
cols["den"] = rng.integers(200, 900, n)
cols["num"] = np.round(cols["den"] * np.clip(0.1 + 0.03 * f + 0.02 * rng.standard_normal(n), 0.01, None)).astype(int)
cols["good"] = np.round(70 - 5 * f + 3 * rng.standard_normal(n), 1)
for j, lam in enumerate([0.75, 0.65, 0.55]):
    cols[f"h{j}"] = np.round(10 + lam * f + np.sqrt(1 - lam ** 2) * rng.standard_normal(n), 3)
cols["access_rank"] = rng.permutation(np.arange(1, n + 1))

def fa_fn(psi, r):
    sc = np.diag(1 / np.sqrt(psi)); e = np.linalg.eigvalsh(sc @ r @ sc)[::-1][1:]
    return -np.sum(np.log(e) - e) - (len(psi) - 1)

def fa_gr(psi, r):
    sc = np.diag(1 / np.sqrt(psi)); w, v = np.linalg.eigh(sc @ r @ sc)
    load = np.sqrt(psi) * v[:, -1] * np.sqrt(max(w[-1] - 1, 0))
    return np.diag(np.outer(load, load) + np.diag(psi) - r) / psi ** 2

def fa_weights(x):
    r = np.corrcoef(np.array(x))
    p = r.shape[0]
    start = (1 - 0.5 / p) / np.diag(np.linalg.inv(r))
    res = minimize(fa_fn, start, args=(r,), jac=fa_gr, method="L-BFGS-B", bounds=[(0.005, 1)] * p,
                   options={"ftol": 1e-16, "gtol": 1e-13, "maxiter": 10000})
    psi = res.x; sc = np.diag(1 / np.sqrt(psi)); w, v = np.linalg.eigh(sc @ r @ sc)
    load = np.sqrt(psi) * v[:, -1] * np.sqrt(max(w[-1] - 1, 0))
    if load.sum() < 0: load = -load
    b = np.linalg.solve(r, load)
    return b / b.sum(), load

def blom(x): return norm.ppf((rankdata(x) - 0.375) / (len(x) + 0.25))
def rankit(x): return norm.ppf((rankdata(x) - 0.5) / len(x))

def transform(score):  # domain rank 1 = highest score; E with R = N - D
    d = rankdata(-np.asarray(score))
    return -23 * np.log1p(-((n - d) / n) * -np.expm1(-100 / 23))

rate = cols["num"] / cols["den"]
income = (2 * blom(rate) + 1 * blom(-cols["good"])) / 3
hw, hload = fa_weights([rankit(cols[f"h{j}"]) for j in range(3)])
health = sum(hw[j] * rankit(cols[f"h{j}"]) for j in range(3))
e_access = -23 * np.log1p(-((n - cols["access_rank"]) / n) * -np.expm1(-100 / 23))
score = 28 * transform(income) + 14 * transform(health) + 9 * e_access
rank = rankdata(-score)

header = ["area", "pop", "num", "den", "good", "h0", "h1", "h2", "access_rank"]
csv = ",".join(header) + "\n" + "".join(",".join(str(cols[h][i]) for h in header) + "\n" for i in range(n))
json.dump({"csv": csv, "income": income.tolist(), "health": health.tolist(), "health_weights": hw.tolist(),
           "health_loadings": hload.tolist(), "score": score.tolist(), "rank": rank.tolist()},
          open("composite_reference.json", "w"), indent=1)
print(hw, rank[:5])
