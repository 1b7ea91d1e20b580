#!/usr/bin/env bash
# run.sh: builds the Reductions sources with this driver as one optimised module (no Package.swift change) and runs it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
out="${TMPDIR:-/tmp}/gapwise-reductions-quick"
swiftc -O -wmo -package-name GapwiseBench -module-name ReductionsQuick \
    "$root"/Sources/GapwiseNumerics/Reductions/*.swift "$here/main.swift" -o "$out"
"$out"
