#!/usr/bin/env python3
"""Writes the benchmark CSV files (seeded, reproducible): 1,000,000 rows x 10 numeric columns.

usage: make_numeric_csv.py OUT.csv [--full-precision]
Default layout mimics official statistics: 3 integer counts, 4 rates with 1-4 decimals,
3 measures with 9-10 significant digits (like SIMD drive times). With --full-precision every value
is a Python repr of a random double (17 significant digits), which takes the exact fallback path.
"""
import sys
import numpy as np

rng = np.random.default_rng(20240601)
rows = 1_000_000
out = sys.argv[1]
full = "--full-precision" in sys.argv
cols = []
if full:
    for j in range(10):
        cols.append([repr(float(x)) for x in rng.normal(50, 30, rows)])
else:
    for j in range(3):
        cols.append([str(int(x)) for x in rng.integers(0, 5000, rows)])
    for j in range(4):
        d = j + 1
        cols.append([f"{x:.{d}f}" for x in rng.uniform(-100, 100, rows)])
    for j in range(3):
        cols.append([f"{x:.9f}" for x in rng.uniform(0, 20, rows)])
with open(out, "w") as f:
    f.write(",".join(f"c{j}" for j in range(10)) + "\n")
    for i in range(rows):
        f.write(",".join(c[i] for c in cols) + "\n")
