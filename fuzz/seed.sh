#!/usr/bin/env bash
# Seeds each fuzz target's corpus (fuzz/corpus/<target>/, not committed) with every
# code and vendor name of the tables under codes/, so that libFuzzer starts from
# real codes instead of having to find them byte by byte behind the hash indexes.
# `number` gets every numeric code as the four little-endian bytes it reads.
set -euo pipefail
cd "$(dirname "$0")"

# The cells of the named columns of a table, by header name, one per line;
# comma-separated lists (vendor_names) and " / " lists (sources) split.
spellings() {
  awk -F'\t' '
    NR == 1 { for (i = 1; i <= NF; i++) column[$i] = i; next }
    FILENAME ~ /koupleless/ {
      n = split($column["sources"], sources, " / ")
      for (i = 1; i <= n; i++) print sources[i] "." $column["type"]
      next
    }
    {
      print $column["code"]
      if ("vendor_names" in column) {
        n = split($column["vendor_names"], names, ",")
        for (i = 1; i <= n; i++) print names[i]
      }
      if ("flag" in column && $column["flag"] != "" && $column["flag"] != "_") print $column["flag"]
    }' "$1"
}

all=$(for table in paas cci sdk koupleless; do spellings "../codes/$table.tsv"; done | sort -u)
for target in parse_paas parse_cci parse_sdk parse_koupleless lookup; do
  mkdir -p "corpus/$target"
  n=0
  while IFS= read -r spelling; do
    n=$((n + 1))
    printf '%s' "$spelling" >"corpus/$target/seed-$n"
  done <<<"$all"
done

mkdir -p corpus/number
grep -E '^[0-9]+$' <<<"$all" | while IFS= read -r number; do
  printf "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' \
    $((number & 255)) $((number >> 8 & 255)) $((number >> 16 & 255)) $((number >> 24 & 255)))" \
    >"corpus/number/seed-$number"
done
echo "seeded $(wc -l <<<"$all") spellings; $(ls corpus/number | wc -l) numbers"
