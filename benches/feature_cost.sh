#!/usr/bin/env bash
# What each integration feature adds to a user's build (BENCHMARKS.md,
# "Build cost of the integrations"): a clean `cargo build --release` of errcodes
# with the default features, against the same with one integration feature
# more, the dependencies it brings included. As build_cost.sh does, each build
# runs RUNS times (default 2), alternating, each in a fresh target directory.
# Two figures per build: the wall time, and the CPU time (user + system, of
# cargo and every compiler it ran), which a machine shared with other builds
# inflates far less than the wall time. Offline: the dependencies must be in
# cargo's cache (any earlier build with the features).
#
#   RUNS=2 benches/feature_cost.sh
#   FEATURES="axum tracing" RUNS=3 benches/feature_cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-2}"
features="${FEATURES:-http-body reqwest axum miette tracing tower backon}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Appends "wall cpu" (seconds) of one clean release build with "$@" to $1.times.
build() {
  local name="$1"
  shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" \
    cargo build --release --offline --quiet --target-dir "$work/target" "$@" > /dev/null 2>&1
  awk '{ printf "%.1f %.1f\n", $1, $2 + $3 }' "$work/time" | tee -a "$work/$name.times"
  rm -rf "$work/target"
}

# The median of column $1 of a file of figures.
middle() { cut -d' ' -f"$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for run in $(seq "$runs"); do
  echo "run $run, default features: $(build default) (wall, CPU s)" >&2
  for feature in $features; do
    echo "run $run, + $feature: $(build "$feature" --features "$feature") (wall, CPU s)" >&2
  done
done

wall=$(middle 1 < "$work/default.times")
cpu=$(middle 2 < "$work/default.times")
echo "errcodes, default features, clean release build, median of $runs: wall $wall s, CPU $cpu s"
for feature in $features; do
  w=$(middle 1 < "$work/$feature.times")
  c=$(middle 2 < "$work/$feature.times")
  echo "+ $feature: wall $w s (+$(echo "$w - $wall" | bc) s), CPU $c s (+$(echo "$c - $cpu" | bc) s)"
done
