# adapter_reference.py: independent numpy computation of the SII line and the concentration curve that
# GapsReportAdapter must give for the small table below (run once; writes adapter_reference.json).
#   python3 adapter_reference.py > adapter_reference.json
import json
import numpy as np

# Ten areas, SIMD-like rank 1 (most deprived) .. 10; counts and denominators.
ranks = list(range(1, 11))
num = [30, 26, 22, 25, 17, 15, 12, 14, 9, 8]
den = [200, 180, 210, 190, 205, 220, 185, 230, 195, 215]
k, n = 5, len(ranks)
q = [int(np.ceil(r * k / n)) for r in ranks]       # count-weighted national quintiles: ceil(rank*k/n)
N = np.array([sum(d for d, qq in zip(den, q) if qq == j) for j in range(1, k + 1)], float)
X = np.array([sum(x for x, qq in zip(num, q) if qq == j) for j in range(1, k + 1)], float)
y = 100 * X / N                                    # percentage per quintile
cum = np.cumsum(N)
ridit = (cum - N / 2) / cum[-1]                    # cumulative population share at each quintile's midpoint
W = np.diag(N)
A = np.column_stack([np.ones(k), ridit])
beta = np.linalg.solve(A.T @ W @ A, A.T @ W @ y)   # weighted least squares: y = b0 + b1 * ridit
mass = N * y
L = np.cumsum(mass) / mass.sum()
p = N / N.sum()
Lprev = np.concatenate([[0], L[:-1]])
ci = 1 - np.sum(p * (Lprev + L))
print(json.dumps({
    "rank": ranks, "numerator": num, "denominator": den,
    "quintile_values": y.tolist(), "population_shares": p.tolist(),
    "intercept": beta[0], "slope": beta[1],
    "curve_population": (cum / cum[-1]).tolist(), "curve_outcome": L.tolist(), "concentration_index": ci,
}, indent=1))
