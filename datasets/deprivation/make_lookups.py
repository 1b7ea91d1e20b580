#!/usr/bin/env python3
"""make_lookups.py: builds Gapwise's national SIMD and 2011 geography lookups from the official files.

Usage: python3 datasets/deprivation/make_lookups.py [DATA]   (DATA defaults to ../shared/data)

Reads (each folder has a PROVENANCE.md):
  simd2020v2_withinds/...    SG "SIMD 2020v2 with indicators"  -> rank, SG bands (checked), population
  sg_simd2016_withinds/...   SG "SIMD 2016 with indicators"    -> rank, SG bands (checked), population
  phs_simd2020v2_lookup/...  PHS SIMD 2020v2 lookup            -> PHS population-weighted bands
  phs_simd2016/...           PHS SIMD 2016 lookup              -> PHS population-weighted bands
  phs_dz2011_geography/...   PHS data zone 2011 codes/labels   -> IZ, council, HSCP, health board
Writes into this folder: simd2020v2.csv, simd2016.csv, dz2011_geography.csv, iz2011.csv, councils2011.csv,
and Sources/GapwiseDeprivation/Lookups/EmbeddedLookups.swift (the same bytes, compiled in).
Every check below stops the script with a message if it fails; it prints the SHA-256 of inputs and outputs.
Python 3 standard library only.
"""
import csv, hashlib, io, math, os, sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
N = 6976

INPUTS = {
    "sg2020": "simd2020v2_withinds/simd2020_withinds.csv",
    "sg2016": "sg_simd2016_withinds/simd2016_withinds.csv",
    "phs2020": "phs_simd2020v2_lookup/simd2020v2_22062020.csv",
    "phs2016": "phs_simd2016/simd2016_18052020.csv",
    "geo": "phs_dz2011_geography/datazone2011.csv",
}


def fail(msg):
    sys.exit("make_lookups: " + msg)


def read(key):
    path = os.path.join(DATA, INPUTS[key])
    raw = open(path, "rb").read()
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    if len(rows) != N:
        fail(f"{path}: {len(rows)} rows, expected {N}")
    return rows, hashlib.sha256(raw).hexdigest()


def sg_band_2020(rank, k):
    """SIMD 2020v2: ceil(rank * k / 6976)."""
    return -(-rank * k // N)


def sg_band_2016(rank, k):
    """SIMD 2016: band j holds ranks round((j-1)*6976/k)+1 .. round(j*6976/k) (round half up)."""
    upper = [math.floor(Fraction(j * N, k) + Fraction(1, 2)) for j in range(1, k + 1)]
    return next(j + 1 for j, u in enumerate(upper) if rank <= u)


def phs_bands(ranks, pops, k):
    """PHS's population-weighted rule (GapwiseNumerics PopulationRule.phs), exact arithmetic."""
    order = sorted(range(len(ranks)), key=lambda i: ranks[i])
    total = sum(pops)
    out, cum = [0] * len(ranks), 0
    prev_x, prev_b = None, None

    def d(x):
        # the nearest cut-off j, with x in (j - 1/2, j + 1/2]
        j = math.ceil(x - Fraction(1, 2))
        return Fraction(j) - x if 1 <= j <= k - 1 else Fraction(0)

    for i in order:
        cum += pops[i]
        x = Fraction(cum * k, total)
        b = max(1, math.ceil(x))
        if prev_b is not None and b != prev_b and d(prev_x) + d(x) > 0:
            b = prev_b
        out[i] = b
        prev_x, prev_b = x, b
    return out


def number(s):
    return int(float(s))


def edition(name, sg, phs, rank_col, bands, band_rule, pop_col, phs_prefix):
    sg_by = {r["Data_Zone"]: r for r in sg}
    phs_by = {r["DataZone"]: r for r in phs}
    if set(sg_by) != set(phs_by):
        fail(f"{name}: the SG and PHS files hold different data zones")
    codes = sorted(sg_by)
    ranks = [number(sg_by[c][rank_col]) for c in codes]
    if sorted(ranks) != list(range(1, N + 1)):
        fail(f"{name}: {rank_col} is not a permutation of 1..{N}")
    for c, r in zip(codes, ranks):
        if number(phs_by[c][phs_prefix + "Rank"]) != r:
            fail(f"{name}: {c}: PHS rank differs from SG rank")
    lines = ["data_zone,simd_rank,simd_vigintile,simd_decile,simd_quintile,phs_decile,phs_quintile"]
    for c, r in zip(codes, ranks):
        row = sg_by[c]
        sgb = {k: band_rule(r, k) for k in (20, 10, 5)}
        for k, col in bands.items():
            if number(row[col]) != sgb[k]:
                fail(f"{name}: {c}: published {col} {row[col]} differs from the rule's {sgb[k]}")
        p = phs_by[c]
        lines.append(f"{c},{r},{sgb[20]},{sgb[10]},{sgb[5]},{number(p[phs_prefix + 'CountryDecile'])},"
                     f"{number(p[phs_prefix + 'CountryQuintile'])}")
    # Check PHS's published national bands against PHS's rule on the SG file's population.
    pops = [number(sg_by[c][pop_col]) for c in codes]
    for k, col in ((10, "CountryDecile"), (5, "CountryQuintile")):
        ours = phs_bands(ranks, pops, k)
        diff = sum(1 for c, b in zip(codes, ours) if number(phs_by[c][phs_prefix + col]) != b)
        print(f"{name}: PHS {col} vs PHS rule on SG {pop_col}: {diff} of {N} zones differ")
    print(f"{name}: SG vigintile/decile/quintile equal the published columns for all {N} zones")
    return "\n".join(lines) + "\n"


def quote(name):
    """A name in double quotes when it holds a comma (e.g. "Cults, Bieldside and Milltimber West")."""
    return f'"{name}"' if "," in name else name


def geography(geo):
    dz, iz, ca = [], {}, {}
    for r in geo:
        dz.append((r["DataZone"], r["IntZone"]))
        iz_row = (r["IntZoneName"], r["CA"])
        if iz.setdefault(r["IntZone"], iz_row) != iz_row:
            fail(f"intermediate zone {r['IntZone']} lies in two councils")
        ca_row = (r["CAName"], r["HSCP"], r["HSCPName"], r["HB"], r["HBName"])
        if ca.setdefault(r["CA"], ca_row) != ca_row:
            fail(f"council {r['CA']} lies in two HSCPs or health boards")
    dz.sort()
    if [c for c, _ in dz] != [f"S01{n:06d}" for n in range(6506, 6506 + N)]:
        fail("data zones are not S01006506..S01013481")
    for text in [n for n, *_ in iz.values()] + [v for row in ca.values() for v in row]:
        if '"' in text or "\n" in text:
            fail(f"name {text!r} holds a quote or line break; the lookups quote only names with commas")
    dz_text = "data_zone,intermediate_zone\n" + "".join(f"{a},{b}\n" for a, b in dz)
    iz_text = "intermediate_zone,intermediate_zone_name,council\n" + "".join(
        f"{c},{quote(n)},{ca_code}\n" for c, (n, ca_code) in sorted(iz.items()))
    ca_text = "council,council_name,hscp,hscp_name,health_board,health_board_name\n" + "".join(
        f"{c},{','.join(map(quote, row))}\n" for c, row in sorted(ca.items()))
    print(f"geography: {N} data zones, {len(iz)} intermediate zones, {len(ca)} councils, "
          f"{len({r[1] for r in ca.values()})} HSCPs, {len({r[3] for r in ca.values()})} health boards")
    return dz_text, iz_text, ca_text


def main():
    tables, hashes = {}, {}
    for key in INPUTS:
        tables[key], hashes[key] = read(key)
    outputs = {
        "simd2020v2.csv": edition("simd2020v2", tables["sg2020"], tables["phs2020"], "SIMD2020v2_Rank",
                                  {20: "SIMD2020v2_Vigintile", 10: "SIMD2020v2_Decile", 5: "SIMD2020v2_Quintile"},
                                  sg_band_2020, "Total_population", "SIMD2020V2"),
        "simd2016.csv": edition("simd2016", tables["sg2016"], tables["phs2016"], "Overal_SIMD16_Rank",
                                {20: "SIMD_2016_Vigintile", 10: "SIMD_2016_Decile", 5: "SIMD_2016_Quintile"},
                                sg_band_2016, "Total_population", "SIMD2016"),
    }
    outputs["dz2011_geography.csv"], outputs["iz2011.csv"], outputs["councils2011.csv"] = geography(tables["geo"])
    for name, text in outputs.items():
        with open(os.path.join(HERE, name), "w", newline="\n") as f:
            f.write(text)
    swift = ["// EmbeddedLookups: copies of datasets/deprivation/*.csv compiled in "
             "(generated by datasets/deprivation/make_lookups.py).", "",
             "/// The lookup files, by file name, byte for byte as in `datasets/deprivation`. Generated: do not edit.",
             "enum EmbeddedLookups {"]
    for name, text in outputs.items():
        ident = {"simd2020v2.csv": "simd2020v2", "simd2016.csv": "simd2016", "dz2011_geography.csv": "dataZones",
                 "iz2011.csv": "intermediateZones", "councils2011.csv": "councils"}[name]
        swift += [f"    /// `{name}`.", f'    static let {ident} = #"""', text + '"""#', ""]
    swift[-1] = "}"
    target = os.path.join(ROOT, "Sources", "GapwiseDeprivation", "Lookups", "EmbeddedLookups.swift")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", newline="\n") as f:
        f.write("\n".join(swift) + "\n")
    print("inputs (sha256):")
    for key, path in INPUTS.items():
        print(f"  {hashes[key]}  {path}")
    print("outputs (sha256):")
    for name, text in outputs.items():
        print(f"  {hashlib.sha256(text.encode()).hexdigest()}  {name}  ({len(text.encode()):,} bytes)")


if __name__ == "__main__":
    main()
