#!/usr/bin/env python3
"""Transcribes ../shared/validation/phe_funnel_proportion_limits.json into Funnel/PHEFunnelProportionFixture.swift.

Source of the numbers: PHEindicatormethods (UKHSA) @093fd288d8f8949dbcfbed70049dbbf385b6141d,
tests/testthat/testdata_funnel_prop_inputs.csv and testdata_funnel_prop_outputs.csv (calculate_funnel_limits,
statistic "proportion", multiplier 100), as collected in the shared validation file. Run from the package root:

    python3 Tests/GapwiseMeasuresTests/Reference/funnel_fixture.py
"""
import json, os

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
src = os.path.join(ROOT, "..", "shared", "validation", "phe_funnel_proportion_limits.json")
v = json.load(open(src))
e = v["expected"]


def arr(name, xs):
    body = ",\n".join("        " + ", ".join(repr(float(x)) for x in xs[i:i + 8]) for i in range(0, len(xs), 8))
    return f"    static let {name}: [Double] = [\n{body},\n    ]\n"


out = ["// PHEFunnelProportionFixture: PHE's published funnel limits for proportions (transcribed by Reference/funnel_fixture.py).\n\n",
       "/// Source: " + v["source"] + ".\n",
       f"/// Tolerance stated by the validation file: {v['tolerance']} (testthat expect_equal default: relative; absolute where the value is 0).\n",
       "enum PHEFunnelProportionFixture {\n",
       f"    static let tolerance = {v['tolerance']}\n",
       arr("numerators", v["input"]["numerator"]), arr("denominators", v["input"]["denominator"]),
       arr("population", e["Population"]), arr("lower95", e["lower_2s_limit"]), arr("upper95", e["upper_2s_limit"]),
       arr("lower998", e["lower_3s_limit"]), arr("upper998", e["upper_3s_limit"]), arr("baseline", e["baseline"]),
       "}\n"]
open(os.path.join(ROOT, "Tests", "GapwiseMeasuresTests", "Funnel", "PHEFunnelProportionFixture.swift"), "w").write("".join(out))
