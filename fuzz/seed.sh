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

# The scanner's edges (src/body/scan.rs), which the body targets test against
# serde_json: escapes in keys and values, lone surrogates, numbers of every
# form and range, nesting at and one past MAX_DEPTH (127, the body's object
# included) at top level and inside Arklet's `data`, duplicate members and
# duplicate `data`, raw control characters in strings, white space everywhere,
# a BOM, and a few bodies that are not one object.
nested() { # <depth> <open> <close>: depth levels of open ... close
  local open close
  printf -v open "%${1}s" ''
  printf -v close "%${1}s" ''
  printf '%s%s' "${open// /$2}" "${close// /$3}"
}
edges=(
  '{"c\u006fde":"FAIL\u0045D","m\u00e9ssage":"caf\u00e9","data":{"c\u006fde":"REPEAT_BIZ","message":"\u00e9"}}'
  '{"code":4115,"message":"\ud800","trace_id":"\udc00\ud800x"}'
  '{"code":"FAILED","message":"m","data":{"code":"\ud800","message":"\ud83d\ude00"}}'
  '{"code":"FAILED","message":"m","data":{"\ud800":1,"code":"NOT_FOUND_BIZ"}}'
  '{"\ud800":1,"code":4115,"message":"m","a\udc00":[1, 2]}'
  '{"code":"FAILED","message":"\"quoted\" \\ \/ \b\f\n\r\t","data":{"c\"ode":"x","code":"REPEAT_BIZ"}}'
  '{"error_code":"APIGW.0301","error_msg":"\u0000\u001f\u007f","request_id":"\""}'
  '{"code":-0,"message":"m"}'
  '{"code":1e5,"message":"m"}'
  '{"code":1.5,"message":"m"}'
  '{"code":18446744073709551615,"message":"m"}'
  '{"code":18446744073709551616,"message":"m"}'
  '{"code":-9223372036854775808,"message":"m"}'
  '{"code":-9223372036854775809,"message":"m"}'
  '{"result":false,"code":1e400,"message":"m","data":-1E+2}'
  '{"result":false,"code":"1306001","data":-0.0e-0,"message":"m"}'
  '{"kind":"Status","status":"Failure","message":"m","reason":"Conflict","code":409.0,"errorCode":"CCI.02.409101"}'
  '{"kind":"Status","status":"Failure","message":"m","code":4090000000000000000000,"errorCode":"CCI.02.409101"}'
  '{"code":"FAILED","message":"m","data":{"code":1e5,"message":-0}}'
  '{"code":"FAILED","data":{"code":"REPEAT_BIZ"},"data":null}'
  '{"code":"FAILED","message":"m","data":{"code":"REPEAT_BIZ","code":"NOT_FOUND_BIZ","message":"a","message":"b"}}'
  '{"code":"FAILED","message":"m","data":null,"data":{"code":"REPEAT_BIZ","message":"x"}}'
  '{"code":"FAILED","message":"m","data":{"code":"REPEAT_BIZ"},"data":"s"}'
  '{"code":"FAILED","message":"m","data":{"code":"REPEAT_BIZ"},"data":{"message":"only"}}'
  '{"code":"FAILED","message":"m","data":{"code":"REPEAT_BIZ"},"data":[]}'
  '{"code":"FAILED","code":"SUCCESS","message":"m","message":"n"}'
  '{"result":false,"code":1306406,"code":1306001,"message":"m","data":{"a":[1,{"b":null}]}}'
  $' \t\r\n{ \t"code"\n:\r"FAILED" ,\t"message" : "m" , "data" :\n{ "code" : "REPEAT_BIZ" ,"message"\t:\r"x" } } \n'
  $' {\n"code"\t:\t4115\n,\n"message"\r:\r"m"\n}\t\r\n '
  $'\xef\xbb\xbf{"code":4115,"message":"m"}'
  $'\xef\xbb\xbf{"code":"FAILED","message":"m","data":{"code":"REPEAT_BIZ"}}'
  '{"code":4115,"message":"a'$'\x01''b"}'
  '{"code":4115,"message":"tab'$'\t''here"}'
  '{"code":"FAILED","message":"m","data":{"code":"REPEAT_BIZ","message":"'$'\x1f\n''"}}'
  '{"co'$'\x7f''de":4115,"message":"'$'\xe9''"}'
  '{}' '[]' 'null' '"code"' '4115' '{"":1}' '{"code":4115,}' '{"code":4115 "message":"m"}'
  '{"code":4115,"message":"m"} x' '{"code":4115,"message":"m"}{}' '{"code":"FAILED","data":{"code":"REPEAT_BIZ",}}'
  '{"code":"FAILED","data":{"code":"REPEAT_BIZ"'
  "{\"code\":4115,\"message\":\"m\",\"x\":$(nested 126 '[' ']')}"
  "{\"code\":4115,\"message\":\"m\",\"x\":$(nested 127 '[' ']')}"
  "{\"code\":4115,\"message\":\"m\",\"x\":$(nested 126 '{"a":' '}' | sed 's/"a":}/}/')}"
  "{\"code\":$(nested 127 '[' ']'),\"message\":\"m\"}"
  "{\"code\":\"FAILED\",\"message\":\"m\",\"data\":{\"code\":\"REPEAT_BIZ\",\"x\":$(nested 125 '[' ']')}}"
  "{\"code\":\"FAILED\",\"message\":\"m\",\"data\":{\"code\":\"REPEAT_BIZ\",\"x\":$(nested 126 '[' ']')}}"
  "{\"code\":\"FAILED\",\"message\":\"m\",\"data\":{\"x\":$(nested 126 '[' ']'),\"code\":\"REPEAT_BIZ\"}}"
  "{\"code\":\"FAILED\",\"message\":\"m\",\"data\":$(nested 126 '[' ']')}"
  "{\"code\":\"FAILED\",\"message\":\"m\",\"data\":{\"code\":\"REPEAT_BIZ\"},\"data\":$(nested 127 '[' ']')}"
)
# Every body of tests/corpus (see tests/corpus.rs) and of the benches
# (benches/support/plain.rs), as they are.
corpus_bodies=(../tests/corpus/*.json ../tests/corpus/*.txt)
mapfile -t bench_bodies < <(sed -nE 's/^pub const [A-Z_0-9]+: &\[u8\] = b?r#"(.*)"#(\.as_bytes\(\))?;$/\1/p' \
  ../benches/support/plain.rs)
for target in body_cci body_paas body_sdk body_koupleless detect reply; do
  mkdir -p "corpus/$target"
  for i in "${!bodies[@]}"; do
    printf '%s' "${bodies[$i]}" >"corpus/$target/seed-$i"
  done
  for i in "${!edges[@]}"; do
    printf '%s' "${edges[$i]}" >"corpus/$target/seed-edge-$i"
  done
  for i in "${!bench_bodies[@]}"; do
    printf '%s' "${bench_bodies[$i]}" >"corpus/$target/seed-bench-$i"
  done
  for file in "${corpus_bodies[@]}"; do
    cp "$file" "corpus/$target/seed-corpus-$(basename "$file")"
  done
done
# `reply` reaches bodies at and over MAX_BODY_LEN only from a seed that large
# (run it with -max_len=1048600, README.md).
head -c 1048600 /dev/zero | tr '\0' ' ' >corpus/reply/huge
echo "seeded ${#bodies[@]} bodies, ${#edges[@]} edge cases, ${#bench_bodies[@]} bench bodies and ${#corpus_bodies[@]} of tests/corpus"
mkdir -p corpus/exception_text
printf '%s' 'ErrCode: 1001, ModuleCode: 20, ErrMsg: invalid instance id' >corpus/exception_text/seed-cpp
printf '%s' 'code: 3003, module code: 10, msg: etcd is down' >corpus/exception_text/seed-python
echo "seeded 2 exception texts"
