# phs_population_bands.py: an independent transcription of Public Health Scotland's population-weighted
# band procedure, used to produce the expected bands in BandsTests.swift.
# Source transcribed: github.com/Public-Health-Scotland/GPD, Deprivation/SIMD/
#   "Functions for Creating SIMD Files.R" (geo_dec / geo_cut_off: cpop_per, dec, d1) and
#   "1_Create SIMD 2020v2 Population-Weighted Files.R" (flag, d2 = d1 + lag(d1), band = lag(dec) if d2 > 0).
# It works, as PHS does, in floating-point percentages; the Swift code works in exact arithmetic.
# Run: python3 phs_population_bands.py
def phs_bands(pops, K):
    """Bands for areas given in rank order (most deprived first); K bands."""
    tot = float(sum(pops))
    w = 100.0 / K
    cum, naive, d1 = 0, [], []
    for p in pops:
        cum += p
        cper = (cum / tot) * 100                      # cpop_per
        b = next((k for k in range(1, K + 1) if w * (k - 1) < cper <= w * k), None)  # geo_dec; NA at 0
        naive.append(b)
        d = 0.0                                       # geo_cut_off: first matching window, else 0
        for k in range(1, K):
            cut = w * k
            if b in (k, k + 1) and cut - w / 2 < cper <= cut + w / 2:
                d = cut - cper
                break
        d1.append(d)
    out = []
    for i in range(len(pops)):
        flag = i > 0 and naive[i] != naive[i - 1]
        d2 = d1[i] + d1[i - 1] if flag else 0.0
        out.append(naive[i] if d2 <= 0 else naive[i - 1])
    return out

def by_groups(ranks, pops, groups, K):
    out = [None] * len(ranks)
    for g in dict.fromkeys(groups):
        idx = sorted((i for i in range(len(ranks)) if groups[i] == g), key=lambda i: ranks[i])
        for i, b in zip(idx, phs_bands([pops[i] for i in idx], K)):
            out[i] = b
    return out

print("A k=4", phs_bands([10, 20, 10, 30, 5, 25], 4))
print("B k=5", phs_bands([3, 0, 4, 5, 2, 6, 0, 1, 7, 2], 5))
pc = [812, 640, 955, 701, 1203, 388, 760, 904, 530, 677, 1010, 845, 590, 720, 433, 980, 615, 870, 705, 560]
print("C k=10", phs_bands(pc, 10))
print("C k=5", phs_bands(pc, 5))
rg = [14, 3, 9, 1, 20, 7, 12, 5, 18, 2, 16, 11, 6, 19, 4, 15, 8, 13, 10, 17]
gg = ["S12000027" if i % 3 == 0 else "S12000049" for i in range(20)]
print("D grouped k=4", by_groups(rg, pc, gg, 4))
