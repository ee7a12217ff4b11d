#!/usr/bin/env bash
# Instructions per parse, each way beside errcodes, for every group and input
# set of benches/parse.rs (BENCHMARKS.md, "Parsing"). Criterion's times on a
# shared 2-core machine move by tens of percent between runs; callgrind's
# instruction counts do not, so the ratios of the ways are read here without
# noise. Instructions are not time: the criterion figures stay the ones the
# goals are judged on.
#
# Builds the parse bench as `cargo bench` does and runs its binary under
# callgrind with PARSE_INSTRUCTIONS=<group>/<set>/<way>:<calls> (the binary then
# runs that one routine over its shuffled sequence and exits), with 1 call and
# with 1 + CALLS calls, and prints the difference divided by CALLS: the set-up of
# the inputs and the first call's cold paths cancel out. Needs valgrind.
#
#   benches/parse_instructions.sh [group-prefix]   # e.g. parse/cci
set -euo pipefail
cd "$(dirname "$0")/.."
calls="${CALLS:-20000}"
only="${1:-}"
binary=$(cargo bench --bench parse --no-run --message-format=json 2>/dev/null |
  jq -r 'select(.reason == "compiler-artifact" and .target.name == "parse") | .executable')

count() { # <routine> <calls>: the instructions callgrind counts in the run
  local out
  out=$(mktemp)
  PARSE_INSTRUCTIONS="$1:$2" valgrind --tool=callgrind --callgrind-out-file="$out" \
    "$binary" >/dev/null 2>&1
  sed -n 's/^summary: \([0-9]*\).*/\1/p' "$out"
  rm -f "$out"
}

ways() { # <group>: the ways of a group and the sets they run on
  case "$1" in
    parse/*) echo "hits near_misses garbage|errcodes errcodes_find strum hashmap perfect_hash" ;;
    parse_u32/*) echo "hits near_misses|errcodes hashmap perfect_hash" ;;
    lookup/*) echo "hits|errcodes errcodes_find" ;;
    to_string/*) echo "all|errcodes copy" ;;
  esac
}

printf '| routine | instructions per call |\n|---|---|\n'
for group in parse/paas parse/cci parse/sdk parse/koupleless parse_u32/paas parse_u32/sdk \
  lookup/paas lookup/cci lookup/sdk lookup/koupleless \
  to_string/paas to_string/cci to_string/sdk to_string/koupleless; do
  [[ "$group" == "$only"* ]] || continue
  IFS='|' read -r sets ways_of <<< "$(ways "$group")"
  for set in $sets; do
    for way in $ways_of; do
      one=$(count "$group/$set/$way" 1)
      many=$(count "$group/$set/$way" $((1 + calls)))
      printf '| %s/%s/%s | %s |\n' "$group" "$set" "$way" \
        "$(awk -v a="$one" -v b="$many" -v n="$calls" 'BEGIN { printf "%.1f", (b - a) / n }')"
    done
  done
done
