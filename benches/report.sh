#!/usr/bin/env bash
# Prints the medians of the last `cargo bench` run as the Markdown tables of
# BENCHMARKS.md: one table per criterion group, one row per input set (or
# accessor), one column per way to do it, each alternative with its ratio to
# errcodes from the same run (above 1.00x: errcodes is faster).
#
#   cargo bench --bench parse --bench accessors --bench bodies -- <criterion options>
#   benches/report.sh [target/criterion]
set -euo pipefail
dir="${1:-"$(dirname "$0")/../target/criterion"}"

find "$dir" -path '*/new/benchmark.json' | sort | while read -r bench; do
  median=$(jq '.median.point_estimate' "$(dirname "$bench")/estimates.json")
  jq -r --arg median "$median" \
    '[.group_id, (.function_id | split("/") | .[0]), (.function_id | split("/") | .[1]), $median] | @tsv' \
    "$bench"
done | awk -F '\t' '
  function show(ns) { return ns < 1 ? sprintf("%.2f ns", ns) : sprintf("%.1f ns", ns) }
  function flush(   i, r, line, base) {
    if (group == "") return
    printf "\n#### %s\n\n| | errcodes", group
    for (i = 1; i <= nways; i++) if (ways[i] != "errcodes") printf " | %s", ways[i]
    printf " |\n|---|---"
    for (i = 1; i < nways; i++) printf "|---"
    printf "|\n"
    for (r = 1; r <= nrows; r++) {
      base = t[rows[r], "errcodes"]
      line = "| " rows[r] " | " show(base)
      for (i = 1; i <= nways; i++) {
        if (ways[i] == "errcodes") continue
        line = line " | " show(t[rows[r], ways[i]]) sprintf(" (%.2fx)", t[rows[r], ways[i]] / base)
      }
      print line " |"
    }
    delete t; delete seen_row; delete seen_way; nrows = 0; nways = 0
  }
  $1 != group { flush(); group = $1 }
  {
    if (!($2 in seen_row)) { seen_row[$2]; rows[++nrows] = $2 }
    if (!($3 in seen_way)) { seen_way[$3]; ways[++nways] = $3 }
    t[$2, $3] = $4
  }
  END { flush() }
'
