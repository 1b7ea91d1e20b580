# rank_reference_scipy.py: cross-check of rank_reference.R with scipy.stats.rankdata, and the "dense"
# method that R's rank() lacks. Run: python3 rank_reference_scipy.py  (SciPy 1.17.1, NumPy 2.4.6)
# SciPy's methods: average, min, max, dense, ordinal (= R's "first"); nan_policy="omit" keeps NaN as NaN.
import numpy as np
from scipy.stats import rankdata

def sw(name, v):
    print(f"{name} = [" + ", ".join(f"{x:.1f}" for x in v) + "]")

x2 = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], dtype=float)
for m in ["average", "min", "max", "dense", "ordinal"]:
    sw(f"x2 {m} asc", rankdata(x2, method=m))
    sw(f"x2 {m} desc", rankdata(-x2, method=m))
xn = np.array([2.5, np.nan, -1, 2.5, 0, np.nan, 7])
sw("xn dense keep", rankdata(xn, method="dense", nan_policy="omit"))
xg = np.array([10, 20, 10, 30, 20, 20, 5, 10, 30, 5], dtype=float)
g = np.array(list("babababaab"))
for sign, lab in [(1, "asc"), (-1, "desc")]:
    out = np.empty_like(xg)
    for key in np.unique(g):
        sel = g == key
        out[sel] = rankdata(sign * xg[sel], method="dense")
    sw(f"xg dense grouped {lab}", out)
# SciPy documentation example: rankdata([0, 2, 3, 2], method=...)
for m in ["average", "min", "max", "dense", "ordinal"]:
    sw(f"doc {m}", rankdata([0, 2, 3, 2], method=m))
