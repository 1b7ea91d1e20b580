#!/usr/bin/env python3
"""Reference values for GapwiseDeprivationTests, computed with mpmath at 50 significant digits.

1. The SIMD exponential transform E = -23 ln(1 - ((N - D)/N)(1 - exp(-100/23))) for chosen
   (D, N): D = domain rank with 1 = most deprived, N = number of areas.
2. A small composite: 5 areas, domain A given as ranks (1 = most deprived), domain B as scores with
   the higher value deprived (ranked with average ties), weights 3 and 1. Scores and overall ranks.

Run: python3 simd_transform_reference.py   (prints Swift literals pasted into the tests)
"""
import mpmath as mp

mp.mp.dps = 50
K = 1 - mp.exp(mp.mpf(-100) / 23)


def E(D, N):
    D = mp.mpf(D)
    return -23 * mp.log(1 - ((N - D) / N) * K)


cases = [(1, 1), (1, 2), (2, 2), (1, 10), (5.5, 10), (10, 10), (1, 6976), (698, 6976),
         (3488, 6976), (6934.5, 6976), (6976, 6976)]
print("// (rank, count, E)")
for D, N in cases:
    print(f"({D}, {N}, {mp.nstr(E(D, N), 20)}),")

# Small composite.
A = [1, 2, 3, 4, 5]            # ranks, 1 = most deprived
B = [10.0, 30.0, 30.0, 5.0, 40.0]  # scores, higher = more deprived
N = 5
# rank B descending with average ties: 40 -> 1, 30,30 -> 2.5, 10 -> 4, 5 -> 5
order = sorted(set(B), reverse=True)
rB = []
for b in B:
    before = sum(1 for x in B if x > b)
    tied = sum(1 for x in B if x == b)
    rB.append(before + (tied + 1) / 2)
print("// domain B ranks", rB)
S = [3 * E(a, N) + 1 * E(b, N) for a, b in zip(A, rB)]
print("// scores")
for s in S:
    print(mp.nstr(s, 20) + ",")
ranks = [1 + sum(1 for t in S if t > s) for s in S]
print("// overall ranks (no ties)", ranks)
