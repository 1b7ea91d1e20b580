"""One-factor maximum-likelihood factor analysis, computed independently of Gapwise with scipy.

Minimises R's factanal objective F(psi) = sum_{j>1} (log theta_j - theta_j) + ... in its concentrated
form: for uniquenesses psi, with theta the eigenvalues of Psi^-1/2 R Psi^-1/2 (descending),
F(psi) = -sum_{j>=2}(log theta_j - theta_j) - (p - 1) (factanal's FAfn for one factor), by L-BFGS-B on
[0.005, 1] with numerical gradients refined to a tight tolerance. Writes factor_analysis_reference.json.
Run: python3 factor_analysis_reference.py  (numpy 2.4.6, scipy 1.17.1)
"""
import json
import numpy as np
from scipy.optimize import minimize

def fa_fn(psi, r):
    sc = np.diag(1 / np.sqrt(psi))
    e = np.linalg.eigvalsh(sc @ r @ sc)[::-1]
    e = e[1:]
    return -np.sum(np.log(e) - e) - (len(psi) - 1)

def fa_gr(psi, r):
    sc = np.diag(1 / np.sqrt(psi))
    w, v = np.linalg.eigh(sc @ r @ sc)
    v1 = v[:, -1:]
    load = np.diag(np.sqrt(psi)) @ v1 @ np.diag(np.sqrt(np.maximum(w[-1:] - 1, 0)))
    g = load @ load.T + np.diag(psi) - r
    return np.diag(g) / psi ** 2

def fit(r):
    p = r.shape[0]
    start = (1 - 0.5 / p) / np.diag(np.linalg.inv(r))
    res = minimize(fa_fn, start, args=(r,), jac=fa_gr, method="L-BFGS-B", bounds=[(0.005, 1)] * p,
                   options={"ftol": 1e-16, "gtol": 1e-13, "maxiter": 10000})
    psi = res.x
    sc = np.diag(1 / np.sqrt(psi))
    w, v = np.linalg.eigh(sc @ r @ sc)
    load = np.sqrt(psi) * v[:, -1] * np.sqrt(max(w[-1] - 1, 0))
    if load.sum() < 0:
        load = -load
    b = np.linalg.solve(r, load)
    return load, psi, b / b.sum()

rng = np.random.default_rng(20261207)
cases = []
for p, lam in [(4, [0.9, 0.7, 0.5, 0.3]), (6, [0.8, 0.75, 0.6, 0.55, 0.4, 0.2])]:
    n = 500
    f = rng.standard_normal(n)
    lam = np.array(lam)
    x = np.outer(f, lam) + rng.standard_normal((n, p)) * np.sqrt(1 - lam ** 2)
    r = np.corrcoef(x, rowvar=False)
    load, psi, w = fit(r)
    cases.append({"correlation": r.tolist(), "loadings": load.tolist(), "uniquenesses": psi.tolist(), "weights": w.tolist()})
with open("factor_analysis_reference.json", "w") as fh:
    json.dump({"source": "scipy L-BFGS-B on factanal's objective, factor_analysis_reference.py", "cases": cases}, fh, indent=1)
print(json.dumps([c["loadings"] for c in cases]))
