#!/usr/bin/env python3
"""Proves that every code the crate will hold has exactly one kind and one retry advice, each
with an origin and evidence, and prints how many answers come from the vendor and how many
are the crate's.

It re-reads the inputs on its own (it does not import build_meanings.py):
- the published tables /work/main/codes/{paas,cci,sdk,koupleless}.tsv
- the vendor-source tables /work/shared/vendor-source/{bkpaas3-source-codes,esb-source-codes,
  bk-apigateway-codes,openyuanrong-source-codes,koupleless-wire-codes}.tsv
and checks /work/coord/meanings/{paas,cci,sdk,koupleless}.tsv against them:
1. every published code and every source row has exactly one row here, and no row is extra;
2. kind, advice and origins are from the documented sets; evidence is never empty;
3. a `crate` origin names a crate rule or judgement; `vendor_source` cites a repository file
   at a commit; `http_status` names a status the vendor sends that maps to the answer;
   every quote given as `vendor_text` is found verbatim in the vendor's tables or pages;
4. all rows of one variant agree; `not_an_error` goes with kind `ok` and only with it;
5. the issue's checks: ESB 1306429, the API gateway's rate limits, openYuanrong 1005; and that
   no CCI catalog code is throttled (the throttled CCI gateway case is decided from the response).
Exit status 1 on any failure.
"""
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = "/work/main/codes"
VS = "/work/shared/vendor-source"
KINDS = {"ok", "cancelled", "unknown", "invalid_argument", "deadline_exceeded", "not_found", "already_exists",
         "permission_denied", "resource_exhausted", "failed_precondition", "aborted", "out_of_range",
         "unimplemented", "internal", "unavailable", "unauthenticated"}
ADVICES = {"not_an_error", "do_not_retry", "retry_after_fix", "retry_with_backoff", "throttled"}
ORIGINS = {"vendor_text", "vendor_source", "http_status", "crate"}
VENDOR = {"vendor_text", "vendor_source", "http_status"}
STATUS_KIND = {401: "unauthenticated", 403: "permission_denied", 404: "not_found", 409: "already_exists",
               429: "resource_exhausted", 503: "unavailable", 504: "deadline_exceeded", 408: "deadline_exceeded",
               413: "invalid_argument", 414: "invalid_argument", 415: "invalid_argument"}
STATUS_ADVICE = {429: "throttled", 502: "retry_with_backoff", 503: "retry_with_backoff", 504: "retry_with_backoff",
                 408: "retry_with_backoff"}

failures = []


def fail(msg):
    failures.append(msg)


def read_tsv(path, skip_first):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if skip_first:
        lines = lines[1:]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:] if l]


# ---------------------------------------------------------------- what must be there
expected = defaultdict(set)  # platform -> keys
for r in read_tsv(f"{CODES}/paas.tsv", False):
    expected["paas"].add(("paas.tsv", r["code"], "", "", "", "", ""))
for r in read_tsv(f"{CODES}/cci.tsv", False):
    expected["cci"].add(("cci.tsv", r["code"], "", "", "", "", ""))
for r in read_tsv(f"{CODES}/sdk.tsv", False):
    expected["sdk"].add(("sdk.tsv", r["code"], "", r["table"], "", "", ""))
for r in read_tsv(f"{CODES}/koupleless.tsv", False):
    for src in [s.strip() for s in r["sources"].split("/")]:
        expected["koupleless"].add(("koupleless.tsv", f"{src}.{r['type']}", r["component"], "", "", "", ""))
SOURCE_TABLES = [
    ("paas", "bkpaas3-source-codes.tsv", "name", None),
    ("paas", "esb-source-codes.tsv", "number", None),
    ("paas", "bk-apigateway-codes.tsv", "number", "code_name"),
    ("sdk", "openyuanrong-source-codes.tsv", "number", "message_line"),
    ("koupleless", "koupleless-wire-codes.tsv", "code", "code"),
]
source_rows = Counter()
for platform, table, code_col, disc_col in SOURCE_TABLES:
    for r in read_tsv(f"{VS}/{table}", True):
        key = (table, r[code_col], r["component"] if table == "koupleless-wire-codes.tsv" else "", "", r["file"],
               r["line"], r[disc_col] if disc_col else "")
        if key in expected[platform]:
            fail(f"{table}: two source rows share the key {key}")
        expected[platform].add(key)
        source_rows[platform] += 1

# ---------------------------------------------------------------- the vendor's words, for quotes
corpus = []
for d in (CODES, f"{CODES}/published", f"{CODES}/vendor-source", VS):
    for name in sorted(os.listdir(d)):
        p = os.path.join(d, name)
        if os.path.isfile(p) and (name.endswith(".tsv") or name.endswith(".md")) and name != "README.md":
            corpus.append(open(p, encoding="utf-8").read())
mirror = "/work/.mirror/TencentBlueKing+blueking-apigateway/repo"
for path in ["src/dashboard/apigateway/apigateway/data/knowledge_doc/api_response/api_response_err_code.md",
             "src/dashboard/apigateway/apigateway/data/knowledge_doc/api_response/api_response_err_code_en.md"]:
    try:
        corpus.append(subprocess.run(["git", "-C", mirror, "show", f"048bdd762bf332e967d29738169023aa96bb4acf:{path}"],
                                     check=True, capture_output=True, text=True).stdout)
    except Exception:
        print(f"note: API gateway doc not readable from {mirror}; its quotes are not checked", file=sys.stderr)
corpus_text = "\n".join(corpus).replace("\\n", "\n")
QUOTE = re.compile(r'"((?:[^"]|"(?=[^|;]*"))*?)"(?=\s*(?:\||$|\[|;))')


def quotes_found(evidence):
    parts = re.findall(r': "(.*?)"(?= \| |$| \[)', evidence)
    if not parts:
        return False, "no quote"
    for p in parts:
        probe = p[:-1] if p.endswith("…") else p
        if probe.replace("\\n", " ") not in corpus_text.replace("\n", " ") and probe not in corpus_text:
            return False, p
    return True, ""


# ---------------------------------------------------------------- the meanings
HEADER = ["source_table", "code", "component", "table", "file", "line", "discriminator", "published",
          "kind", "kind_origin", "advice", "advice_origin", "kind_evidence", "advice_evidence", "note", "variant"]
stats = {}
by_variant = defaultdict(set)
all_rows = {}
for platform in ("paas", "cci", "sdk", "koupleless"):
    path = os.path.join(HERE, f"{platform}.tsv")
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines[1].split("\t") != HEADER:
        fail(f"{platform}.tsv: header is not {HEADER}")
    seen = Counter()
    rows = []
    for n, l in enumerate(lines[2:], start=3):
        if not l:
            continue
        c = l.split("\t")
        if len(c) != len(HEADER):
            fail(f"{platform}.tsv:{n}: {len(c)} cells")
            continue
        r = dict(zip(HEADER, c))
        key = tuple(r[h] for h in HEADER[:7])
        seen[key] += 1
        rows.append((n, r))
        where = f"{platform}.tsv:{n} ({r['source_table']} {r['code']})"
        if r["kind"] not in KINDS:
            fail(f"{where}: kind {r['kind']!r}")
        if r["advice"] not in ADVICES:
            fail(f"{where}: advice {r['advice']!r}")
        for col in ("kind_origin", "advice_origin"):
            if r[col] not in ORIGINS:
                fail(f"{where}: {col} {r[col]!r}")
        for what in ("kind", "advice"):
            origin, ev = r[f"{what}_origin"], r[f"{what}_evidence"]
            if not ev.strip():
                fail(f"{where}: no {what} evidence")
            elif origin == "crate" and not ev.startswith(("crate rule", "crate judgement")):
                fail(f"{where}: crate {what} without a rule: {ev[:60]}")
            elif origin == "vendor_source" and not re.search(r"[\w.-]+/[\w.-]+:.*@[0-9a-f]{12}", ev):
                fail(f"{where}: vendor_source {what} without repository@commit: {ev[:80]}")
            elif origin == "http_status":
                m = re.search(r"\b([1-5]\d\d)\b", ev)
                table = STATUS_KIND if what == "kind" else STATUS_ADVICE
                if not m or table.get(int(m.group(1))) != r[what]:
                    fail(f"{where}: http_status {what} {r[what]} not backed by {ev[:60]}")
            elif origin == "vendor_text":
                ok, bad = quotes_found(ev)
                if not ok:
                    fail(f"{where}: vendor_text {what} quote not found in the vendor's words: {bad[:80]!r}")
        if (r["kind"] == "ok") != (r["advice"] == "not_an_error"):
            fail(f"{where}: kind {r['kind']} with advice {r['advice']}")
        by_variant[(platform, r["variant"])].add((r["kind"], r["advice"], r["kind_origin"], r["advice_origin"]))
        all_rows[(platform, key)] = r
    dup = [k for k, v in seen.items() if v > 1]
    if dup:
        fail(f"{platform}.tsv: keys twice: {dup[:3]}")
    missing = expected[platform] - set(seen)
    extra = set(seen) - expected[platform]
    if missing:
        fail(f"{platform}.tsv: {len(missing)} codes without a row, e.g. {sorted(missing)[:3]}")
    if extra:
        fail(f"{platform}.tsv: {len(extra)} rows that name no code, e.g. {sorted(extra)[:3]}")
    stats[platform] = rows
for (platform, variant), answers in by_variant.items():
    if len(answers) != 1:
        fail(f"{platform} variant {variant}: rows disagree: {answers}")


# ---------------------------------------------------------------- the checks
def row(platform, **kw):
    hits = [r for (p, _), r in all_rows.items() if p == platform and all(r[k] == v for k, v in kw.items())]
    return hits


def expect(label, hits, advice, origins):
    if not hits:
        fail(f"{label}: no row")
        return
    for r in hits:
        if r["advice"] != advice or r["advice_origin"] not in origins:
            fail(f"{label}: {r['advice']}/{r['advice_origin']}, expected {advice} from {origins}")
    r = hits[0]
    print(f"  {label}: kind {r['kind']} ({r['kind_origin']}), advice {r['advice']} ({r['advice_origin']})")
    print(f"      evidence: {r['advice_evidence'][:300]}")
    if r["note"]:
        print(f"      note: {r['note'][:300]}")


print("Issue checks")
expect("ESB 1306429 (published row)", row("paas", source_table="paas.tsv", code="1306429"), "throttled", {"vendor_text"})
expect("ESB 1306429 (errors.py row)", row("paas", source_table="esb-source-codes.tsv", code="1306429"), "throttled",
       {"vendor_text"})
for code in ("1642901", "1642902", "1642903", "1642904"):
    expect(f"BlueKing API gateway {code}", row("paas", source_table="bk-apigateway-codes.tsv", code=code), "throttled",
           {"vendor_text"})
expect("openYuanrong 1005 (SDK table)", row("sdk", source_table="sdk.tsv", code="1005", table="sdk"), "throttled",
       {"vendor_text"})
expect("openYuanrong 1005 (source rows)", row("sdk", source_table="openyuanrong-source-codes.tsv", code="1005"),
       "throttled", {"vendor_text"})
cci_throttled = [r["code"] for (p, _), r in all_rows.items() if p == "cci" and r["advice"] == "throttled"]
print(f"  CCI catalog codes with advice throttled: {len(cci_throttled)} (the page publishes no 429 and no rate-limit code;"
      " a throttled CCI call is read from the response: HTTP 429 / reason TooManyRequests / APIGW 429)")

# ---------------------------------------------------------------- counts
print()
print("Counts per platform (rows = published codes + vendor-source rows; a source row of a published code counts once per row)")
fmt = "{:<11} {:>5} {:>9} {:>7} | {:>11} {:>11} {:>11} {:>6} | {:>11} {:>11} {:>11} {:>6}"
print(fmt.format("platform", "rows", "published", "source", "kind:text", "kind:source", "kind:status", "crate",
                 "adv:text", "adv:source", "adv:status", "crate"))
totals = Counter()
for platform, rows in stats.items():
    c = Counter()
    for _, r in rows:
        c["rows"] += 1
        c["published" if r["source_table"] in ("paas.tsv", "cci.tsv", "sdk.tsv", "koupleless.tsv") else "source"] += 1
        c["k:" + r["kind_origin"]] += 1
        c["a:" + r["advice_origin"]] += 1
    totals.update(c)
    print(fmt.format(platform, c["rows"], c["published"], c["source"], c["k:vendor_text"], c["k:vendor_source"],
                     c["k:http_status"], c["k:crate"], c["a:vendor_text"], c["a:vendor_source"], c["a:http_status"],
                     c["a:crate"]))
c = totals
print(fmt.format("all", c["rows"], c["published"], c["source"], c["k:vendor_text"], c["k:vendor_source"],
                 c["k:http_status"], c["k:crate"], c["a:vendor_text"], c["a:vendor_source"], c["a:http_status"],
                 c["a:crate"]))
print()
print("Vendor vs crate, per platform (rows | distinct variants)")
for platform, rows in stats.items():
    kv = sum(1 for _, r in rows if r["kind_origin"] in VENDOR)
    av = sum(1 for _, r in rows if r["advice_origin"] in VENDOR)
    variants = {}
    for _, r in rows:
        variants[r["variant"]] = r
    kvv = sum(1 for r in variants.values() if r["kind_origin"] in VENDOR)
    avv = sum(1 for r in variants.values() if r["advice_origin"] in VENDOR)
    print(f"  {platform:<11} kind: vendor {kv:>3} / crate {len(rows) - kv:>3} rows | vendor {kvv:>3} / crate {len(variants) - kvv:>3} variants;"
          f"  advice: vendor {av:>3} / crate {len(rows) - av:>3} rows | vendor {avv:>3} / crate {len(variants) - avv:>3} variants")
print()
print("Advice per platform (rows)")
for platform, rows in stats.items():
    print(f"  {platform:<11} " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['advice'] for _, r in rows).items())))
print("Kind per platform (rows)")
for platform, rows in stats.items():
    print(f"  {platform:<11} " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['kind'] for _, r in rows).items())))

print()
expected_total = sum(len(v) for v in expected.values())
print(f"expected codes/rows: {expected_total} (published {expected_total - sum(source_rows.values())}, "
      f"vendor-source rows {sum(source_rows.values())}); rows checked: {totals['rows']}")
if failures:
    print(f"\nFAILED: {len(failures)} problem(s)")
    for f_ in failures[:60]:
        print("  - " + f_)
    sys.exit(1)
print("OK: every code has exactly one kind and one advice, each with an origin and evidence")
