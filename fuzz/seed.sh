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

# The codes of the vendors' source: the `code` (and `symbol`, a parse key where
# it is an identifier) of each mapping row of codes/<platform>-source.tsv.
source_spellings() {
  awk -F'\t' '
    NR == 1 { for (i = 1; i <= NF; i++) column[$i] = i; next }
    {
      print $column["code"]
      if ($column["symbol"] ~ /^[A-Za-z][A-Za-z0-9_]*$/) print $column["symbol"]
    }' "$1"
}

all=$( (for table in paas cci sdk koupleless; do spellings "../codes/$table.tsv"; done
        for table in ../codes/*-source.tsv; do source_spellings "$table"; done) | sort -u)
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
echo "seeded $(wc -l <<<"$all") spellings; $(grep -cE '^[0-9]+$' <<<"$all") numbers"

# The body targets: the bodies of wire-formats.md and the crate's tests, each
# platform's shapes, in every body target's corpus (and detect's), and the SDK's
# exception texts in exception_text's.
bodies=(
  '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespace name is already exist","reason":"Conflict","code":409,"errorCode":"CCI.02.409101"}'
  '{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: decrypt token fail","request_id":"b2e9"}'
  '{"code":"CANNOT_DEPLOY_APP","detail":"部署失败: 构建超时"}'
  '{"code":"VALIDATION_ERROR","detail":"invalid","fields_detail":{"name":["required"]}}'
  '{"result":false,"data":{},"code":4311003,"message":"部署失败","code_slug":"CANNOT_DEPLOY_APP"}'
  '{"result":false,"code":1306406,"data":null,"message":"Parameters error, bk_biz_id","request_id":"4e5f"}'
  '{"result":false,"code":"1306001","data":null,"message":"redis down"}'
  '{"result":false,"bk_error_code":1301100,"bk_error_msg":"m"}'
  '{"code":4115,"message":"function [0@faaspy@hello3] is not found. check input parameters","trace_id":"t-9"}'
  '{"code":"FAILED","message":"install biz not success!","baseIdentity":"base-1","data":{"code":"REPEAT_BIZ","message":"installed"}}'
  '{"code":"FAILED","message":"m","errorCode":"User.DiskFull","component":"Arklet"}'
)
for target in body_cci body_paas body_sdk body_koupleless detect; do
  mkdir -p "corpus/$target"
  for i in "${!bodies[@]}"; do
    printf '%s' "${bodies[$i]}" >"corpus/$target/seed-$i"
  done
done
mkdir -p corpus/exception_text
printf '%s' 'ErrCode: 1001, ModuleCode: 20, ErrMsg: invalid instance id' >corpus/exception_text/seed-cpp
printf '%s' 'code: 3003, module code: 10, msg: etcd is down' >corpus/exception_text/seed-python
echo "seeded ${#bodies[@]} bodies and 2 exception texts"
