#!/usr/bin/env bash
# What the generated code costs a user's build (BENCHMARKS.md, "Build cost"):
#
# 1. a clean `cargo build --release` of errcodes with default features;
# 2. the same of an empty library crate with errcodes' [dependencies] and
#    Cargo.lock, made in a temporary directory: the dependencies alone;
# 3. the run of build.rs itself: the compiled build script, run as cargo runs it
#    (all four platforms), without compiling anything.
#
# Each build runs RUNS times (default 3), alternating, each in a fresh target
# directory; the script prints the CPU time (user + system, the compiler's
# processes included) of every build and the median: on a shared machine the
# wall time moves with the other load far more than the CPU time does. Offline: the
# dependencies must be in cargo's cache (any earlier build of the crate).
#
#   benches/build_cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The empty crate: the direct dependencies errcodes' default features compile
# (asked of cargo, so the optional integrations and the `cli` ones stay out),
# and its lock file.
direct=$(cargo tree --offline --edges normal --depth 1 --prefix none --format '{p}' |
  tail -n +2 | awk '{ print $1 }' | sort -u)
mkdir -p "$work/deps-only/src"
{
  printf '[package]\nname = "deps-only"\nversion = "0.0.0"\nedition = "2024"\n\n'
  printf '[dependencies]\n'
  sed -n '/^\[dependencies\]/,/^\[/{/^\[/!p}' Cargo.toml |
    while IFS= read -r line; do
      name=${line%% *}
      if grep -qx -- "$name" <<< "$direct"; then echo "$line"; fi
    done |
    sed -E 's/optional = true, //; s/, optional = true//'
} > "$work/deps-only/Cargo.toml"
: > "$work/deps-only/src/lib.rs"
cp Cargo.lock "$work/deps-only/Cargo.lock"

seconds() { # runs "$@", prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

cpu_seconds() { # runs "$@", prints the CPU time (user + system) it and its children took
  local TIMEFORMAT='%3U %3S' times
  times=$( { time "$@" > /dev/null 2>&1; } 2>&1 )
  echo "$times" | awk '{ printf "%.3f", $1 + $2 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

: > "$work/crate.times"
: > "$work/deps.times"
for run in $(seq "$runs"); do
  t=$(cpu_seconds cargo build --release --offline --quiet --target-dir "$work/target-crate-$run")
  echo "errcodes, clean release build, run $run: $t s CPU" >&2
  echo "$t" >> "$work/crate.times"
  t=$(cpu_seconds cargo build --release --offline --quiet \
    --manifest-path "$work/deps-only/Cargo.toml" --target-dir "$work/target-deps-$run")
  echo "dependencies alone, clean release build, run $run: $t s CPU" >&2
  echo "$t" >> "$work/deps.times"
done

# build.rs, run as cargo runs it: from the package root, every platform of
# build/platforms.rs enabled.
script=$(find "$work/target-crate-1/release/build" -name 'build-script-build' -path '*errcodes-*' | head -1)
features=()
for id in $(sed -n 's/^ *id: "\([a-z0-9_]*\)",$/\1/p' build/platforms.rs); do
  features+=("CARGO_FEATURE_${id^^}=1")
done
mkdir -p "$work/out"
: > "$work/script.times"
for run in $(seq 20); do
  env OUT_DIR="$work/out" "${features[@]}" bash -c "$(declare -f seconds); seconds $script" >> "$work/script.times"
done

crate=$(median < "$work/crate.times")
deps=$(median < "$work/deps.times")
script_ms=$(median < "$work/script.times" | awk '{ printf "%.1f", $1 * 1000 }')
echo "errcodes (default features), clean release build, median of $runs: $crate s CPU"
echo "dependencies alone, clean release build, median of $runs: $deps s CPU"
echo "added by errcodes: $(echo "$crate - $deps" | bc) s CPU, $(awk -v c="$crate" -v d="$deps" 'BEGIN { printf "%.1f", 100 * (c - d) / d }')%"
echo "build.rs run (compiled script, every platform), median of 20: $script_ms ms"
