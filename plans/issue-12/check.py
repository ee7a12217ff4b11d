#!/usr/bin/env python3
"""Checks the mapping tables of this folder against the vendor-source tables and
the crate's published tables, and prints the counts.

    python3 check.py [--vendor DIR] [--codes DIR]

--vendor: the vendor-source tables (default /work/shared/vendor-source)
--codes:  the crate's published tables, paas.tsv, sdk.tsv, koupleless.tsv, cci.tsv
          (default /work/main/codes)

It proves that every row of every source table is covered exactly once, that each
mapping row names the row it says (code, symbol, file, line, repository, commit),
that variant names are valid, UpperCamelCase and unique per enum (also without
regard to case, as parsing is), that statuses follow the stated rules, and that
every definition is reachable by a parse scoped to its component. It then
resolves every parse key as DESIGN.md says a bare parse does, and prints the
counts. It shares no code with derive.py. Exit status 1 on any failure.
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAILURES = []


def fail(msg):
    FAILURES.append(msg)


# ----------------------------------------------------------------------------- loading

def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if "\r" in text:
        fail(f"{path}: has a CR")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def load_source_table(path):
    """A vendor-source table: line 1 `# source: ...`, line 2 the header. Returns
    (sources {path: (repo, commit)}, {line number: row})."""
    lines = read_lines(path)
    if not lines[0].startswith("# source: "):
        fail(f"{path}: line 1 is not a source line")
    srcs = {}
    for part in lines[0][len("# source: "):].split("; "):
        m = re.fullmatch(r"([\w.-]+/[\w.-]+):(\S+)@([0-9a-f]+)", part.strip())
        if m:
            srcs[m.group(2)] = (m.group(1), m.group(3))
    header = lines[1].split("\t")
    rows = {}
    for n, line in enumerate(lines[2:], 3):
        cells = line.split("\t")
        if len(cells) != len(header):
            fail(f"{path}:{n}: {len(cells)} cells, header has {len(header)}")
        rows[n] = dict(zip(header, cells))
    return srcs, rows


def load_plain(path):
    """A table with a header line and no source line (the crate's and ours)."""
    lines = read_lines(path)
    header = lines[0].split("\t")
    out = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(header):
            fail(f"{path}:{n}: {len(cells)} cells, header has {len(header)}")
        row = dict(zip(header, cells))
        row["_line"] = n
        out.append(row)
    return header, out


# ----------------------------------------------------------------------------- spec

# Which mapping file covers which source table, and how a source row's cells must
# appear in the mapping row: mapping column -> source column.
TABLES = {
    "bkpaas3-source-codes.tsv": ("paas-source.tsv",
                                 {"code": "name", "number": "number", "symbol": "name"}, "status"),
    "esb-source-codes.tsv": ("paas-source.tsv", {"code": "number", "symbol": "name"}, "status"),
    "esb-in-apigateway-source-codes.tsv": ("paas-source.tsv",
                                           {"code": "number", "symbol": "name"}, "status"),
    "bk-apigateway-codes.tsv": ("paas-source.tsv",
                                {"code": "number", "code_name": "code_name", "symbol": "generator"},
                                "status"),
    "openyuanrong-source-codes.tsv": ("sdk-source.tsv", {"code": "number", "symbol": "symbol"},
                                      "http_status"),
    "koupleless-wire-codes.tsv": ("koupleless-source.tsv", {"code": "code", "symbol": "symbol"}, None),
}
MAPPINGS = {"paas-source.tsv": ("PaasError", "paas.tsv"),
            "sdk-source.tsv": ("SdkError", "sdk.tsv"),
            "koupleless-source.tsv": ("KouplelessError", "koupleless.tsv")}
COLUMNS = ["table", "table_line", "scope", "code", "number", "code_name", "symbol", "role",
           "variant", "published_variant", "status", "status_origin", "status_rule", "repo",
           "commit", "file", "line", "note"]
ROLES = {"new", "same-code", "message", "published"}


def expected_scope(table, src):
    if table == "bkpaas3-source-codes.tsv":
        return "bkpaas3"
    if table.startswith("esb-"):
        return "esb"
    if table == "bk-apigateway-codes.tsv":
        return "apigateway"
    if table == "openyuanrong-source-codes.tsv":
        return {"common.proto": "function-system", "err_type.h": "libruntime",
                "statuscode.go": "frontend", "errors.go": "meta-service",
                "errorcode.go": "meta-service", "error.go": "faas-sdk"}[src["file"].split("/")[-1]]
    return {"Arklet": "Arklet", "Arklet (MQTT tunnel)": "Arklet", "sofa-ark": "SofaArk",
            "Arklet (batch install, sofa-ark code)": "SofaArk",
            "koupleless-common": "KouplelessCommon", "virtual-kubelet": "VirtualKubelet",
            "ModuleController": "ModuleController"}[src["component"]]


# status_rule -> (status, origin); `table` and `table:<line>` are checked apart.
CRATE_RULES = {
    "crate-esb-200": ("200", "crate"),
    "crate-apigw-unknown-500": ("500", "crate"),
    "crate-sdk-500": ("500", "crate"),
    "crate-sdk-success-200": ("200", "crate"),
    "crate-koupleless-200": ("200", "crate"),
    "arklet-http-200": ("200", "source"),
}
RULE_PLATFORM = {"crate-esb-200": "paas-source.tsv", "crate-apigw-unknown-500": "paas-source.tsv",
                 "crate-sdk-500": "sdk-source.tsv", "crate-sdk-success-200": "sdk-source.tsv",
                 "crate-koupleless-200": "koupleless-source.tsv",
                 "arklet-http-200": "koupleless-source.tsv"}

# (file basename, symbol, symbol of the variant's first definition): judged the same
# constant although the symbols differ (DESIGN.md section 2).
SDK_JUDGED_SAME = {("statuscode.go", "ErrAllSchedulerUnavailable", "ERR_ALL_SCHEDULER_UNAVALIABLE")}


def norm_symbol(symbol):
    """`ERR_`/`Err` prefix and `ErrCode`/`Code` suffix dropped, case and `_` ignored."""
    s = symbol
    if s.startswith("ERR_"):
        s = s[4:]
    elif re.match(r"Err[A-Z]", s):
        s = s[3:]
    for suffix in ("ErrCode", "Code"):
        if s.endswith(suffix) and len(s) > len(suffix):
            s = s[: -len(suffix)]
            break
    return s.replace("_", "").upper()


RUST_KEYWORDS = {"Self"}  # the only UpperCamelCase keyword
PRELUDE = {"None", "Some", "Ok", "Err", "Option", "Result", "Box", "String", "Vec"}


# ----------------------------------------------------------------------------- checks

def published_keys(enum, rows):
    """Parse keys of the published variants: code and vendor names (and the open_paas
    flags), or for Koupleless `Source.Type` per source."""
    keys = collections.defaultdict(set)
    for r in rows:
        if enum == "KouplelessError":
            for source in r["sources"].split(" / "):
                keys[f"{source}.{r['type']}".lower()].add(r["name"])
            continue
        keys[r["code"].lower()].add(r["name"])
        for v in filter(None, r.get("vendor_names", "").split(",")):
            keys[v.lower()].add(r["name"])
        flag = r.get("flag", "")
        if flag and flag != "_":
            keys[flag.lower()].add(r["name"])
    return keys


def mapping_keys(row):
    """What a row adds to the parse keys of its variant: the code as sent, and the
    vendor's name for it where that name is sent or written (bkpaas3's number, ESB's
    name, the gateway's code_name, openYuanrong's symbol)."""
    keys = [row["code"]]
    if row["table"] == "bkpaas3-source-codes.tsv" and row["number"]:
        keys.append(row["number"])
    elif row["table"].startswith("esb-"):
        keys.append(row["symbol"])
    elif row["table"] == "bk-apigateway-codes.tsv":
        keys.append(row["code_name"])
    elif row["table"] == "openyuanrong-source-codes.tsv":
        keys.append(row["symbol"])
    return [k.lower() for k in keys]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vendor", default="/work/shared/vendor-source")
    ap.add_argument("--codes", default="/work/main/codes")
    a = ap.parse_args()

    sources = {t: load_source_table(os.path.join(a.vendor, t)) for t in TABLES}
    mappings = {m: load_plain(os.path.join(HERE, m)) for m in MAPPINGS}
    published = {m: load_plain(os.path.join(a.codes, p))[1] for m, (_, p) in MAPPINGS.items()}
    cci_rows = load_plain(os.path.join(a.codes, "cci.tsv"))[1]

    for m, (header, _) in mappings.items():
        if header != COLUMNS:
            fail(f"{m}: header is {header}, expected {COLUMNS}")

    # --- coverage: every source row exactly once, in the right mapping file
    seen = collections.Counter()
    for m, (_, rows) in mappings.items():
        for r in rows:
            t = r["table"]
            if t not in TABLES:
                fail(f"{m}:{r['_line']}: unknown table {t!r}")
                continue
            if TABLES[t][0] != m:
                fail(f"{m}:{r['_line']}: rows of {t} belong in {TABLES[t][0]}")
            seen[t, int(r["table_line"])] += 1
    for t, (_, rows) in sources.items():
        for n in rows:
            if seen[t, n] != 1:
                fail(f"{t}:{n}: covered {seen[t, n]} times")
    for (t, n), c in seen.items():
        if t in sources and n not in sources[t][1]:
            fail(f"mapping names {t}:{n}, which is no row")

    # --- each mapping row names its source row; citation and scope
    for m, (_, rows) in mappings.items():
        for r in rows:
            t = r["table"]
            if t not in sources or int(r["table_line"]) not in sources[t][1]:
                continue
            srcs, srows = sources[t]
            src = srows[int(r["table_line"])]
            where = f"{m}:{r['_line']} ({t}:{r['table_line']})"
            for mc, sc in TABLES[t][1].items():
                if r[mc] != src[sc]:
                    fail(f"{where}: {mc} {r[mc]!r} but the source row has {sc} {src[sc]!r}")
            for mc in ("number", "code_name"):
                if mc not in TABLES[t][1] and r[mc]:
                    fail(f"{where}: {mc} must be empty for {t}")
            if r["file"] != src["file"] or r["line"] != src["line"]:
                fail(f"{where}: cites {r['file']}:{r['line']}, the row is {src['file']}:{src['line']}")
            cands = [(p, rc) for p, rc in srcs.items() if p == src["file"] or p.endswith("/" + src["file"])]
            if "repo" in src:
                cands = [c for c in cands if c[1][0] == src["repo"]]
            if len(cands) != 1 or cands[0][1] != (r["repo"], r["commit"]):
                fail(f"{where}: repo@commit {r['repo']}@{r['commit']}, the source line gives {cands}")
            if r["scope"] != expected_scope(t, src):
                fail(f"{where}: scope {r['scope']!r}, expected {expected_scope(t, src)!r}")

    # --- roles, variants, names
    summary = {}
    for m, (_, rows) in mappings.items():
        enum = MAPPINGS[m][0]
        pub = {p["name"]: p for p in published[m]}
        new_rows = collections.defaultdict(list)
        for r in rows:
            where = f"{m}:{r['_line']}"
            if r["role"] not in ROLES:
                fail(f"{where}: role {r['role']!r}")
            if bool(r["variant"]) == bool(r["published_variant"]):
                fail(f"{where}: exactly one of variant and published_variant must be set")
            if (r["role"] == "published") != bool(r["published_variant"]):
                fail(f"{where}: role {r['role']} with published_variant {r['published_variant']!r}")
            if r["published_variant"] and r["published_variant"] not in pub:
                fail(f"{where}: {r['published_variant']} is no published {enum} variant")
            if r["role"] == "new":
                new_rows[r["variant"]].append(r)
        for r in rows:
            where = f"{m}:{r['_line']}"
            if r["role"] == "published" and r["published_variant"] in pub:
                p = pub[r["published_variant"]]
                code = r["number"] if r["table"] == "bkpaas3-source-codes.tsv" else r["code"]
                if code != p["code"]:
                    fail(f"{where}: code {code} attached to {p['name']}, whose code is {p['code']}")
                if r["table"] == "bkpaas3-source-codes.tsv" and r["code"] not in p["vendor_names"].split(","):
                    fail(f"{where}: {r['code']} is not a vendor name of {p['name']}")
            if r["role"] in ("same-code", "message"):
                first = new_rows.get(r["variant"])
                if not first:
                    fail(f"{where}: {r['variant']} has no `new` row")
                elif first[0]["code"] != r["code"]:
                    fail(f"{where}: code {r['code']} differs from its variant's {first[0]['code']}")
                elif r["role"] == "message" and first[0]["scope"] != r["scope"]:
                    fail(f"{where}: a message row in another scope than its definition")
        for v, rs in new_rows.items():
            if len(rs) != 1:
                fail(f"{m}: variant {v} has {len(rs)} `new` rows")
        names = list(pub) + list(new_rows)
        folded = collections.Counter(n.lower() for n in names)
        for n in names:
            if folded[n.lower()] > 1:
                fail(f"{enum}: variant name {n} is not unique (compared without case)")
            if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", n) or n in RUST_KEYWORDS:
                fail(f"{enum}: {n} is not an UpperCamelCase identifier")
            if n in PRELUDE:
                fail(f"{enum}: {n} would shadow a prelude name under a glob import")
            if re.search(r"[A-Z]{3}", n):
                fail(f"{enum}: {n} has an acronym not written as a word")
        summary[m] = (enum, pub, new_rows)

    # --- statuses
    for m, (_, rows) in mappings.items():
        by_line = {}
        for r in rows:
            by_line.setdefault((r["table"], r["table_line"]), r)
        for r in rows:
            where = f"{m}:{r['_line']}"
            if not re.fullmatch(r"[1-9][0-9]{2}", r["status"]):
                fail(f"{where}: status {r['status']!r} is not an HTTP status")
            if r["status_origin"] not in ("source", "crate"):
                fail(f"{where}: status_origin {r['status_origin']!r}")
            rule = r["status_rule"]
            t = r["table"]
            src = sources[t][1].get(int(r["table_line"])) if t in sources else None
            cell_col = TABLES.get(t, (None, None, None))[2]
            cell = src.get(cell_col, "") if (src and cell_col) else ""
            if rule == "table":
                if (r["status"], r["status_origin"]) != (cell, "source"):
                    fail(f"{where}: rule table, but the source cell is {cell!r}")
            elif rule.startswith("table:"):
                other = by_line.get((t, rule[6:]))
                if (r["role"] != "new" or not other or other["variant"] != r["variant"]
                        or other["status_rule"] != "table" or other["status"] != r["status"]
                        or r["status_origin"] != "source" or cell):
                    fail(f"{where}: rule {rule} does not name a definition of the same variant "
                         "whose source sets this status")
            elif rule in CRATE_RULES:
                if (r["status"], r["status_origin"]) != CRATE_RULES[rule] or RULE_PLATFORM[rule] != m:
                    fail(f"{where}: rule {rule} gives {CRATE_RULES[rule]}, row has "
                         f"{(r['status'], r['status_origin'])}")
                if cell:
                    fail(f"{where}: rule {rule}, but the source sets {cell}")
                if rule == "crate-sdk-success-200" and r["code"] not in ("0", "200200"):
                    fail(f"{where}: success rule on a code that is not a success code")
                if rule == "arklet-http-200" and (r["scope"] not in ("Arklet", "SofaArk")
                                                  or "MQTT" in src["component"]):
                    fail(f"{where}: Arklet's HTTP rule on a code Arklet's HTTP tunnel does not send")
            else:
                fail(f"{where}: unknown status_rule {rule!r}")

    # --- openYuanrong: which definitions are one code (DESIGN.md section 2)
    oyr = sources["openyuanrong-source-codes.tsv"][1]
    sdk_pub = {p["name"]: p for p in published["sdk-source.tsv"]}
    sdk_rows = mappings["sdk-source.tsv"][1]
    sdk_first = {r["variant"]: r for r in sdk_rows if r["role"] == "new"}
    rest_by_statuscode = {"4037", "150424", "150444", "150500", "330404"}
    seen_keys = {}
    for r in sdk_rows:
        where = f"sdk-source.tsv:{r['_line']}"
        base = r["file"].split("/")[-1]
        key = norm_symbol(r["symbol"])
        if r["role"] == "published":
            p = sdk_pub.get(r["published_variant"])
            if p:
                names = {norm_symbol(v) for v in p["vendor_names"].split(",") if v}
                if p["table"] == "rest" and not p["vendor_names"]:
                    names.add(norm_symbol(p["message"]))
                by_number = r["code"] in rest_by_statuscode and base in ("statuscode.go", "errorcode.go")
                if key not in names and not by_number:
                    fail(f"{where}: {r['symbol']} attached to {p['name']} without a matching symbol")
                if r["symbol"] == "ERR_REQUEST_BETWEEN_RUNTIME_FRONTEND":
                    fail(f"{where}: libruntime's 3008 is not the published 3008")
        elif r["role"] == "same-code":
            f = sdk_first.get(r["variant"])
            if f and norm_symbol(f["symbol"]) != key and \
                    (base, r["symbol"], f["symbol"]) not in SDK_JUDGED_SAME:
                fail(f"{where}: {r['symbol']} joined to {f['symbol']}: neither the same "
                     "normalized symbol nor a judged pair of DESIGN.md")
        elif r["role"] == "message":
            f = sdk_first.get(r["variant"])
            src, fsrc = oyr[int(r["table_line"])], oyr[int(f["table_line"])] if f else None
            if not fsrc or (src["file"], src["symbol"]) != (fsrc["file"], fsrc["symbol"]):
                fail(f"{where}: a message row of another definition")
        if r["role"] == "new":
            if (r["code"], key) in seen_keys:
                fail(f"{where}: {r['symbol']} is the same constant as {seen_keys[r['code'], key]}, "
                     "yet a new variant")
            seen_keys[r["code"], key] = r["symbol"]

    # --- same code defined twice: the texts the README says are equal
    bk = sources["bkpaas3-source-codes.tsv"][1]
    m_rows = mappings["paas-source.tsv"][1]
    firsts = {r["variant"]: r for r in m_rows if r["role"] == "new"}
    for r in m_rows:
        if r["role"] == "same-code" and r["table"] == "bkpaas3-source-codes.tsv":
            a_ = bk[int(r["table_line"])]
            b_ = bk[int(firsts[r["variant"]]["table_line"])]
            for c in ("message_zh", "message_en", "status"):
                if a_[c] != b_[c]:
                    fail(f"bkpaas3 {r['code']}: {c} differs between its two definitions")

    # --- parse keys: bare and scoped
    report = {}
    for m, (enum, pub, new_rows) in summary.items():
        rows = mappings[m][1]
        bare = published_keys(enum, published[m])
        pub_before = {k: set(v) for k, v in bare.items()}
        scoped = collections.defaultdict(set)
        for r in rows:
            v = r["variant"] or r["published_variant"]
            for k in mapping_keys(r):
                bare[k].add(v)
                scoped[r["scope"], k].add(v)
        kinds = collections.Counter()
        ambiguous, precedence, taken = [], [], []
        for k, vs in bare.items():
            pubs = {v for v in vs if v in pub}
            if len(vs) == 1:
                kinds["unique"] += 1
            elif len(pubs) == 1:
                kinds["published wins"] += 1
                precedence.append((k, sorted(vs)))
            elif pubs:
                kinds["ambiguous among published (as today)"] += 1
            else:
                kinds["ambiguous"] += 1
                ambiguous.append((k, sorted(vs)))
            if k in pub_before and pubs != pub_before[k]:
                fail(f"{enum}: published key {k!r} now names {sorted(pubs)}, before {sorted(pub_before[k])}")
        backed = collections.defaultdict(set)  # published variant -> keys its attached rows carry
        for r in rows:
            if r["published_variant"]:
                backed[r["published_variant"]].update(mapping_keys(r))
        for k, vs in pub_before.items():
            # A published vendor name that no source row of that published code carries,
            # while a source row of a new variant does: the name belongs to the new one.
            extra = sorted(v for v in bare[k] if v not in pub)
            unbacked = sorted(v for v in vs if v in backed and k not in backed[v]
                              and not k.isdigit() and k != pub[v]["code"].lower())
            if extra and unbacked:
                taken.append((k, unbacked, extra))
        scoped_amb = sorted((s, k, sorted(vs)) for (s, k), vs in scoped.items() if len(vs) > 1)
        # every definition (not message rows) is reachable by a parse scoped to its component
        for r in rows:
            if r["role"] == "message":
                continue
            v = r["variant"] or r["published_variant"]
            if not any(scoped[r["scope"], k] == {v} for k in mapping_keys(r)):
                fail(f"{m}:{r['_line']}: {r['scope']} {r['code']} is reachable by no scoped parse")
        report[m] = (kinds, ambiguous, precedence, taken, scoped_amb)

    # ------------------------------------------------------------------------- print
    print("== coverage: every source row exactly once")
    for t, (_, rows) in sources.items():
        roles = collections.Counter()
        for m, (_, mrows) in mappings.items():
            for r in mrows:
                if r["table"] == t:
                    roles[r["role"]] += 1
        print(f"  {t}: {len(rows)} rows -> " + ", ".join(f"{k} {v}" for k, v in sorted(roles.items())))

    print("\n== variants per enum and origin (before = published tables today)")
    total = {}
    for m, (enum, pub, new_rows) in summary.items():
        by_scope = collections.Counter(r["scope"] for r in mappings[m][1] if r["role"] == "new")
        after = len(pub) + len(new_rows)
        total[enum] = after
        print(f"  {enum}: before {len(pub)} published; after {len(pub)} published + "
              f"{len(new_rows)} source = {after}  (source by scope: "
              + ", ".join(f"{s} {c}" for s, c in sorted(by_scope.items())) + ")")
        statuses = collections.Counter((r["status_origin"]) for r in mappings[m][1] if r["role"] == "new")
        print(f"      status of the new variants: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
    total["CciError"] = len(cci_rows)
    print(f"  CciError: {len(cci_rows)} published, untouched")
    print("\n== discriminant size (fieldless enum: u8 holds 256 variants; Option<E> keeps E's size "
          "while a niche value is left)")
    for enum, n in total.items():
        print(f"  {enum}: {n} variants -> {'u8' if n <= 255 else 'u16'}")

    print("\n== bare parse (published wins; otherwise one variant, or an ambiguity error)")
    for m, (kinds, ambiguous, precedence, taken, scoped_amb) in report.items():
        enum = MAPPINGS[m][0]
        print(f"  {enum}: {sum(kinds.values())} keys: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        for k, vs in precedence:
            print(f"      published wins  {k}: {', '.join(vs)}")
        for k, vs in ambiguous:
            print(f"      ambiguous       {k}: {', '.join(vs)}")
        for k, before, extra in taken:
            print(f"      NOTE published vendor name {k} ({', '.join(before)}) is the source symbol of "
                  f"{', '.join(extra)}: move it (see DESIGN.md)")
        for s, k, vs in scoped_amb:
            print(f"      scoped ambiguous  ({s}) {k}: {', '.join(vs)}")

    print("\n== attached definitions whose own status differs from the published variant's "
          "(the published status stays; listed for the integrator)")
    for m, (enum, pub, _) in summary.items():
        diff = collections.Counter()
        for r in mappings[m][1]:
            p = pub.get(r["published_variant"])
            if p and (r["status"], r["status_origin"]) != (p["status"], p["status_origin"]):
                diff[f"{p['status']} {p['status_origin']} (published) vs {r['status']} {r['status_origin']} ({r['scope']})"] += 1
        for k, c in sorted(diff.items()):
            print(f"  {enum}: {c} rows: {k}")

    sdk_rows = mappings["sdk-source.tsv"][1]
    by_num = collections.defaultdict(set)
    for r in sdk_rows:
        by_num[r["code"]].add(r["variant"] or r["published_variant"])
    multi = sorted((n for n, vs in by_num.items() if len(vs) > 1), key=int)
    print(f"\n== openYuanrong: {len(by_num)} numbers; {len(multi)} with more than one variant: "
          + " ".join(multi))

    if FAILURES:
        print(f"\nFAILED: {len(FAILURES)} problems")
        for f in FAILURES:
            print("  " + f)
        return 1
    print("\nOK: every source row covered once; names valid and unique; statuses follow their rules; "
          "every definition reachable by a scoped parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
