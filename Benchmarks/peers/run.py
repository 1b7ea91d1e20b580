#!/usr/bin/env python3
"""Peers on the same inputs, one run: prints the ratio table peer time / Gapwise time (medians).

usage: python3 Benchmarks/peers/run.py [--inputs DIR] [--quick] [--filter TEXT]... [--peers python,r]
                                       [--r-sii-1000] [--gapwise-timings FILE]

1. Builds and runs `GapwiseBenchInputs` (release) to write Gapwise's seeded inputs to DIR
   (default /tmp/gapwise-bench-inputs), unless they are there already.
2. Runs `GapwisePeerTimings` (release) for the Gapwise medians.
3. Times the peers on the same files: numpy implementations written as well as numpy allows,
   PySAL `inequality` (unweighted: it has no weights) and pandas.read_csv; both are installed
   from PyPI with pip when missing.
4. Where `Rscript` and the R packages are installed, times the R peers with Benchmarks/peers/peers.R on the
   same files (elapsed time around the call only, medians): ineq (Gini, Theil T, MLD, Atkinson; unweighted,
   it takes no weights) and PHEindicatormethods::phe_sii (normal type, 95% limits, 100,000 repetitions).
   Without Rscript, or for a package that is missing, one line says which rows were skipped. The
   1,000-area phe_sii takes about 6 minutes in R, so it runs only with --r-sii-1000.
--quick skips the 1e7 sizes and the 1,000-area SII on the peer side.
--peers python,r chooses the peer groups (default both).
--gapwise-timings FILE reads saved `GapwisePeerTimings --check-threads` output instead of running it
(e.g. to re-time only the slow R peers against one Gapwise run).
--filter TEXT times only the cases whose name contains TEXT (passed to GapwisePeerTimings; repeatable,
e.g. --filter "n=10000000" --filter bootstrap); peers run only for the cases Gapwise timed.
"""
import argparse, os, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.dirname(HERE)


def ensure(module, pip_name):
    try:
        return __import__(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", pip_name])
        return __import__(module)


np = ensure("numpy", "numpy")
pd = ensure("pandas", "pandas")
ensure("inequality", "inequality")
import inequality.gini, inequality.theil, inequality.atkinson  # noqa: E402


def median_time(fn, runs=5, budget=3.0):
    times = []
    while len(times) < runs or (sum(times) < budget and len(times) < 11):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
        if sum(times) > 60 and len(times) >= 1:
            break
    return statistics.median(times)


# ---- numpy implementations (weighted), the same formulas as Gapwise ----
def np_rank_cov(y, w, key):
    o = np.argsort(key, kind="stable")
    ws, ys = w[o], y[o]
    W = ws.sum()
    r = (np.cumsum(ws) - ws / 2) / W
    mu = np.dot(ws, ys) / W
    return 2 * np.dot(ws * (ys - mu), r - 0.5) / W / mu


def np_gini(y, w):
    return np_rank_cov(y, w, y)


def np_theil_t(y, w):
    W = w.sum(); r = y / (np.dot(w, y) / W)
    return np.dot(w, r * np.log(r)) / W


def np_mld(y, w):
    W = w.sum(); r = y / (np.dot(w, y) / W)
    return -np.dot(w, np.log(r)) / W


def np_atkinson_half(y, w):
    W = w.sum(); r = y / (np.dot(w, y) / W)
    return 1 - (np.dot(w, np.sqrt(r)) / W) ** 2


def np_atkinson_2(y, w):
    W = w.sum(); r = y / (np.dot(w, y) / W)
    return 1 - 1 / (np.dot(w, 1 / r) / W)


def np_phe_sii(flat, areas, reps=100_000, seed=1):
    """PHE phe_sii, vectorised: per area a reps x k matrix of normal draws, SII = draws @ c1, limits by partition."""
    rng = np.random.default_rng(seed)
    data = flat.reshape(areas, 3, 10)
    out = []
    for a in range(areas):
        pop, val, se = data[a]
        share = pop / pop.sum()
        b = np.cumsum(share) - share / 2
        X = np.column_stack([np.ones(10), b]) * np.sqrt(share)[:, None]
        C = np.linalg.solve(X.T @ X, X.T * np.sqrt(share))   # 2 x k: beta = C y
        sims = val + se * rng.standard_normal((reps, 10))
        slopes = sims @ C[1]
        lo, hi = int(round(reps * 0.025)) - 1, int(round(reps * 0.975)) - 1
        part = np.partition(slopes, [lo, hi])
        out.append((C[1] @ val, part[lo], part[hi]))
    return out


def np_phe_sii_rate(flat, areas, reps=100_000, seed=1):
    """PHE phe_sii for rates without transform, vectorised: per area a reps x k matrix of draws on the log
    scale, back-transformed by exp, then SII = rates @ c1 and RII-free limits by partition."""
    rng = np.random.default_rng(seed)
    data = flat.reshape(areas, 3, 10)
    out = []
    for a in range(areas):
        pop, val, se = data[a]
        share = pop / pop.sum()
        b = np.cumsum(share) - share / 2
        X = np.column_stack([np.ones(10), b]) * np.sqrt(share)[:, None]
        C = np.linalg.solve(X.T @ X, X.T * np.sqrt(share))   # 2 x k: beta = C y
        sims = np.exp(np.log(val) + se * rng.standard_normal((reps, 10)))
        slopes = sims @ C[1]
        lo, hi = int(round(reps * 0.025)) - 1, int(round(reps * 0.975)) - 1
        part = np.partition(slopes, [lo, hi])
        out.append((C[1] @ val, part[lo], part[hi]))
    return out


def np_bootstrap(y, w, reps=10_000, seed=1, kind="theil", chunk=500):
    """Multinomial replicate weights (counts) in chunks, each replicate a row; Theil T or Gini."""
    rng = np.random.default_rng(seed)
    n = len(y)
    o = np.argsort(y, kind="stable"); ys, ws = y[o], w[o]
    res = []
    for start in range(0, reps, chunk):
        m = min(chunk, reps - start)
        counts = rng.multinomial(n, np.full(n, 1 / n), size=m).astype(float)
        if kind == "theil":
            S1 = counts @ w; S2 = counts @ (w * y); S3 = counts @ (w * y * np.log(y))
            res.append(S3 / S2 - np.log(S2 / S1))
        else:
            om = counts[:, o] * ws
            W = om.sum(1, keepdims=True)
            r = (np.cumsum(om, 1) - om / 2) / W
            mu = (om @ ys)[:, None] / W
            res.append((2 * ((om * (ys - mu)) * (r - 0.5)).sum(1) / W[:, 0] / mu[:, 0]))
    est = np.concatenate(res)
    return np.quantile(est, [0.025, 0.975])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--inputs", default="/tmp/gapwise-bench-inputs")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--filter", action="append", default=[])
    ap.add_argument("--peers", default="python,r")
    ap.add_argument("--r-sii-1000", action="store_true")
    ap.add_argument("--gapwise-timings")
    args = ap.parse_args()
    groups = set(args.peers.split(","))
    d = args.inputs
    if not all(os.path.exists(os.path.join(d, f)) for f in ["csv_1000000.csv", "sii_rate_1000.f64"]):
        subprocess.check_call(["swift", "run", "-c", "release", "GapwiseBenchInputs", d], cwd=PKG, stdout=sys.stderr)
    out = ""
    if args.gapwise_timings:
        with open(args.gapwise_timings) as f:
            out = f.read()
    else:
        print("Gapwise timings (GapwisePeerTimings, release)...", file=sys.stderr)
        for f in args.filter or [None]:
            extra = ["--filter", f] if f else []
            out += subprocess.run(["swift", "run", "-c", "release", "GapwisePeerTimings", "--check-threads"] + extra,
                                  cwd=PKG, check=True, capture_output=True, text=True).stdout
    gw = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and (not args.filter or any(f in parts[0] for f in args.filter)):
            gw[parts[0]] = (float(parts[1]), parts[2] if len(parts) > 2 else "")
    rows = []

    def peer(case, name, fn, runs=5):
        if case not in gw:
            return
        t = median_time(fn, runs=runs)
        rows.append((case, gw[case][0], name, t))
        print(f"  {case:32s} {name:34s} {t:10.4f} s", file=sys.stderr)

    sizes = [100_000, 1_000_000] + ([] if args.quick else [10_000_000])
    if "python" in groups:
        python_peers(d, args, gw, peer, sizes)
    if "r" in groups:
        r_peers(d, args, gw, rows, sizes)

    order = {case: i for i, case in enumerate(gw)}
    rows.sort(key=lambda r: order[r[0]])  # stable: each case's peers together, in GapwisePeerTimings' order
    print("| case | Gapwise (s) | peer | peer (s) | peer / Gapwise |")
    print("|---|---:|---|---:|---:|")
    for case, g, name, t in rows:
        print(f"| {case} | {g:.4g} | {name} | {t:.4g} | {t / g:.1f}x |")
    paired = {r[0] for r in rows}
    for case in sorted(gw):
        if case not in paired or case.startswith("csv"):
            print(f"| {case} | {gw[case][0]:.4g} | {gw[case][1]} | | |")


def python_peers(d, args, gw, peer, sizes):
    for n in sizes:
        a = np.fromfile(os.path.join(d, f"weighted_{n}.f64")).reshape(3, n)
        y, w, rk = a[0], a[1], a[2]
        runs = 3 if n >= 10_000_000 else 7
        peer(f"gini n={n}", "numpy (argsort + cumsum)", lambda: np_gini(y, w), runs)
        peer(f"gini n={n}", "PySAL inequality Gini (unweighted)", lambda: inequality.gini.Gini(y).g, runs)
        peer(f"theil_t n={n}", "numpy", lambda: np_theil_t(y, w), runs)
        peer(f"theil_t n={n}", "PySAL inequality Theil (unweighted)", lambda: inequality.theil.Theil(y).T, runs)
        peer(f"mld n={n}", "numpy", lambda: np_mld(y, w), runs)
        peer(f"atkinson_0.5 n={n}", "numpy", lambda: np_atkinson_half(y, w), runs)
        peer(f"atkinson_0.5 n={n}", "PySAL inequality atkinson (unweighted)", lambda: inequality.atkinson.atkinson(y, 0.5), runs)
        peer(f"atkinson_2 n={n}", "numpy", lambda: np_atkinson_2(y, w), runs)
        peer(f"conc n={n}", "numpy (argsort + cumsum)", lambda: np_rank_cov(y, w, rk), runs)
    for areas in [10, 100] + ([] if args.quick else [1000]):
        flat = np.fromfile(os.path.join(d, f"sii_{areas}.f64"))
        peer(f"phe_sii areas={areas}", "numpy vectorised (draws @ C)", lambda: np_phe_sii(flat, areas), 3 if areas < 1000 else 1)
        rates = np.fromfile(os.path.join(d, f"sii_rate_{areas}.f64"))
        peer(f"phe_sii rate areas={areas}", "numpy vectorised (exp(draws) @ C)", lambda: np_phe_sii_rate(rates, areas),
             3 if areas < 1000 else 1)
    z = np.fromfile(os.path.join(d, "zones_6976.f64")).reshape(2, 6976)
    peer("bootstrap theil_t zones=6976", "numpy (multinomial counts @ terms)", lambda: np_bootstrap(z[0], z[1], kind="theil"), 3)
    peer("bootstrap gini zones=6976", "numpy (multinomial counts, cumsum)", lambda: np_bootstrap(z[0], z[1], kind="gini"), 3)
    for r in [10_000, 100_000, 1_000_000]:
        path = os.path.join(d, f"csv_{r}.csv")
        peer(f"csv rows={r}", "pandas.read_csv", lambda: pd.read_csv(path), 5)


R_MEASURES = ["gini", "theil_t", "mld", "atkinson_0.5", "atkinson_2"]


def r_peers(d, args, gw, rows, sizes):
    """R peers (peers.R) on the same files, for the cases Gapwise timed; skipped with one line without R."""
    cases = [f"{m} n={n}" for n in sizes for m in R_MEASURES]
    cases += [f"phe_sii areas={a}" for a in [10, 100] + ([1000] if args.r_sii_1000 and not args.quick else [])]
    cases = [c for c in cases if c in gw]
    if not cases:
        return
    if shutil.which("Rscript") is None:
        print("R: Rscript not found; ineq/PHEindicatormethods rows skipped", file=sys.stderr)
        return
    if "phe_sii areas=1000" in gw and not args.r_sii_1000 and not args.quick:
        print("R: phe_sii areas=1000 skipped (about 6 minutes; --r-sii-1000 runs it)", file=sys.stderr)
    proc = subprocess.Popen(["Rscript", os.path.join(HERE, "peers.R"), d] + cases, stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3 or parts[0] not in gw:
            continue
        case, name, t = parts[0], parts[1], float(parts[2])
        note = parts[3] if len(parts) > 3 else ""
        rows.append((case, gw[case][0], name, t))
        print(f"  {case:32s} {name:34s} {t:10.4f} s", file=sys.stderr)
        if case.startswith("phe_sii"):
            # Same inputs and options: the SII agrees exactly, the limits within Monte-Carlo error.
            print(f"    check {case}: Gapwise {gw[case][1]} | R {note}", file=sys.stderr)
    if proc.wait() != 0:
        print(f"R: peers.R exited with status {proc.returncode}; R rows may be missing", file=sys.stderr)


if __name__ == "__main__":
    main()
