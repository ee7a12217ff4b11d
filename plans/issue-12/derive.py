#!/usr/bin/env python3
"""Derives the three mapping tables of this folder from the vendor-source tables.

    python3 derive.py [--vendor DIR] [--codes DIR]

Writes paas-source.tsv, sdk-source.tsv and koupleless-source.tsv next to this file.
Every rule applied here is written down in DESIGN.md; check.py verifies the result
without re-running these rules. Run it again only if a vendor-source table changes.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

COLUMNS = [
    "table", "table_line", "scope", "code", "number", "code_name", "symbol",
    "role", "variant", "published_variant", "status", "status_origin", "status_rule",
    "repo", "commit", "file", "line", "note",
]


def load(path):
    """Returns (source_line, header, rows); each row is a dict with `_line`, its
    line number in the file (line 1 is the `# source:` line, line 2 the header)."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines[-1] == "":
        lines.pop()
    header = lines[1].split("\t")
    rows = []
    for number, text in enumerate(lines[2:], 3):
        cells = text.split("\t")
        assert len(cells) == len(header), (path, number)
        row = dict(zip(header, cells))
        row["_line"] = number
        rows.append(row)
    return lines[0], header, rows


def sources(first_line):
    """Maps each file path of a `# source:` line to (repo, commit)."""
    out = {}
    for part in first_line[len("# source: "):].split("; "):
        m = re.fullmatch(r"([\w.-]+/[\w.-]+):(\S+)@([0-9a-f]+)", part.strip())
        if m:
            out[m.group(2)] = (m.group(1), m.group(3))
    return out


def cite(srcmap, file, repo_hint=None):
    """(repo, commit) of `file`; the Koupleless table shortens no paths, the others
    give paths relative to the repository root exactly as in the source line."""
    if file in srcmap:
        return srcmap[file]
    hits = [(p, rc) for p, rc in srcmap.items() if p.endswith("/" + file) or p == file]
    if repo_hint:
        hits = [h for h in hits if h[1][0] == repo_hint]
    assert len(hits) == 1, (file, hits)
    return hits[0][1]


def load_published(codes_dir, name):
    _, header, rows = load_tsv_plain(os.path.join(codes_dir, name))
    return rows


def load_tsv_plain(path):
    """The crate's own tables: a header line, then rows (no `# source:` line)."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines[-1] == "":
        lines.pop()
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    return None, header, rows


# ----------------------------------------------------------------------------- names

def upper_snake_to_camel(name):
    """`CANNOT_DEPLOY_APP` -> `CannotDeployApp` (the published tables' rule)."""
    return "".join(w[:1].upper() + w[1:].lower() for w in name.split("_") if w)


WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+[a-z]*")


def camel_words(name):
    """`HTTPStreamNOTEnableError` -> `HttpStreamNotEnableError`: acronyms as words
    (the published tables' rule: `DecodeURLFailed` -> `DecodeUrlFailed`)."""
    words = WORD.findall(name)
    assert "".join(words) == name, name
    return "".join(w[:1].upper() + w[1:].lower() for w in words)


PRELUDE = {"None", "Some", "Ok", "Err"}


def sdk_variant_name(symbol):
    if re.fullmatch(r"[A-Z0-9_]+", symbol):  # C and proto enumerators
        camel = upper_snake_to_camel(symbol[4:] if symbol.startswith("ERR_") else symbol)
        # `ERR_NONE` would become `None`, which a glob import of the enum would
        # let shadow `Option::None`; keep the vendor's prefix for these.
        return "Err" + camel if camel in PRELUDE else camel
    return camel_words(symbol)


def norm_symbol(symbol):
    """The key under which two openYuanrong definitions of one number are the same
    constant: `ERR_`/`Err` prefix and `ErrCode`/`Code` suffix dropped, case and
    underscores ignored (`ErrInstanceExitedCode` = `ERR_INSTANCE_EXITED`)."""
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


# Definitions judged to be the same constant although their symbols differ; each
# is listed in DESIGN.md with its reason. Keys are (file basename, symbol).
SDK_JUDGED_SAME = {
    # statuscode.go spells correctly what err_type.h misspells (UNAVALIABLE).
    ("statuscode.go", "ErrAllSchedulerUnavailable"): ("err_type.h", "ERR_ALL_SCHEDULER_UNAVALIABLE"),
}


def resolve_collisions(entries, published_names, scope_camel):
    """entries: list of dicts with 'variant' (a new variant's derived name) and
    'scope'. A derived name equal to a published name, or to another new variant's
    name (case-insensitively), gets `In<Scope>` appended, as the published
    Koupleless table does for a code of two tables (`UserDiskFullInArklet`)."""
    taken = {n.lower() for n in published_names}
    by_name = {}
    for e in entries:
        by_name.setdefault(e["variant"].lower(), []).append(e)
    renamed = []
    for key, group in by_name.items():
        if key in taken or len(group) > 1:
            for e in group:
                old = e["variant"]
                e["variant"] = old + "In" + scope_camel[e["scope"]]
                e["renamed_from"] = old
                renamed.append((old, e["variant"]))
    return renamed


# ----------------------------------------------------------------------------- rows

def out_row(table, row, srcmap, **kw):
    file = row.get("file", "")
    repo, commit = cite(srcmap, file, kw.pop("repo_hint", None))
    base = dict.fromkeys(COLUMNS, "")
    base.update(table=table, table_line=str(row["_line"]), repo=repo, commit=commit,
                file=file, line=row.get("line", ""))
    base.update(kw)
    return base


def derive_paas(vendor, codes):
    published = load_published(codes, "paas.tsv")
    pub_by_code = {r["code"]: r for r in published}
    pub_names = [r["name"] for r in published]
    out = []

    # bkpaas3 ---------------------------------------------------------------
    table = "bkpaas3-source-codes.tsv"
    first, _, rows = load(os.path.join(vendor, table))
    srcmap = sources(first)
    first_def = {}
    for r in rows:
        kw = dict(scope="bkpaas3", code=r["name"], number=r["number"], symbol=r["name"],
                  status=r["status"], status_origin="source", status_rule="table")
        if r["number"] and r["number"] in pub_by_code:
            p = pub_by_code[r["number"]]
            assert r["name"] in p["vendor_names"].split(","), r
            kw.update(role="published", published_variant=p["name"])
        elif r["name"] in first_def:
            f = first_def[r["name"]]
            kw.update(role="same-code", variant=f["variant"],
                      note=f"also defined at {f['file'].split('/')[-3]}/utils/error_codes.py:{f['line']} "
                           "(the name is defined in both files, same text and status)")
        else:
            kw.update(role="new", variant=upper_snake_to_camel(r["name"]))
        o = out_row(table, r, srcmap, **kw)
        out.append(o)
        if kw["role"] == "new":
            first_def[r["name"]] = o
    # the first definition's note names the second one
    for o in out:
        if o["role"] == "same-code" and o["table"] == table:
            f = first_def[o["code"]]
            f["note"] = (f"also defined at {o['file'].split('/')[-3]}/utils/error_codes.py:{o['line']} "
                         "(the name is defined in both files, same text and status)")

    # ESB (legacy, then the copy inside blueking-apigateway) ---------------------
    esb_new = {}
    for table in ("esb-source-codes.tsv", "esb-in-apigateway-source-codes.tsv"):
        first, _, rows = load(os.path.join(vendor, table))
        srcmap = sources(first)
        for r in rows:
            kw = dict(scope="esb", code=r["number"], symbol=r["name"])
            if r["status"]:
                kw.update(status=r["status"], status_origin="source", status_rule="table")
            else:
                kw.update(status="200", status_origin="crate", status_rule="crate-esb-200")
            if r["number"] in pub_by_code:
                p = pub_by_code[r["number"]]
                kw.update(role="published", published_variant=p["name"])
                if r["name"] not in p["vendor_names"].split(","):
                    kw["note"] = (f"the vendor renamed {p['vendor_names']} to {r['name']} in this copy; "
                                  "same number, same module: attached to the published code")
            elif r["number"] in esb_new:
                f = esb_new[r["number"]]
                kw.update(role="same-code", variant=f["variant"],
                          note=f"same number and name as {f['table']} line {f['table_line']}")
            else:
                kw.update(role="new", variant=upper_snake_to_camel(r["name"]))
            o = out_row(table, r, srcmap, **kw)
            out.append(o)
            if kw["role"] == "new":
                esb_new[r["number"]] = o

    # API gateway ---------------------------------------------------------------
    table = "bk-apigateway-codes.tsv"
    first, _, rows = load(os.path.join(vendor, table))
    srcmap = sources(first)
    name_count = {}
    for r in rows:
        name_count[r["code_name"]] = name_count.get(r["code_name"], 0) + 1
    for r in rows:
        generator = re.fullmatch(r"_M\.new_(\w+)\((?:\w+)?\)", r["generator"]).group(1)
        if name_count[r["code_name"]] == 1:
            variant, note = upper_snake_to_camel(r["code_name"]), ""
        else:
            variant = upper_snake_to_camel(generator)
            note = (f"code_name {r['code_name']} names {name_count[r['code_name']]} numbers; "
                    f"the variant is named after the generator new_{generator}()")
        kw = dict(scope="apigateway", code=r["number"], code_name=r["code_name"],
                  symbol=r["generator"], role="new", variant=variant, note=note)
        if r["status"]:
            kw.update(status=r["status"], status_origin="source", status_rule="table")
        else:
            kw.update(status="500", status_origin="crate", status_rule="crate-apigw-unknown-500")
        out.append(out_row(table, r, srcmap, **kw))

    scope_camel = {"bkpaas3": "Bkpaas3", "esb": "Esb", "apigateway": "Apigateway"}
    borrow_source_status(out)
    news = [o for o in out if o["role"] == "new"]
    renamed = resolve_collisions(news, pub_names, scope_camel)
    fix_same_code(out)
    return out, renamed


def fix_same_code(out):
    """After renames, a same-code row follows its first definition's variant."""
    by_key = {(o["table"], o["table_line"]): o for o in out}
    firsts = {}
    for o in out:
        if o["role"] == "new" and "renamed_from" in o:
            firsts[o["renamed_from"], o["scope"]] = o["variant"]
    for o in out:
        if o["role"] in ("same-code", "message") and (o["variant"], o["scope"]) in firsts:
            o["variant"] = firsts[o["variant"], o["scope"]]
    for o in out:
        o.pop("renamed_from", None)


SDK_SCOPES = {
    "common.proto": "function-system",
    "err_type.h": "libruntime",
    "statuscode.go": "frontend",
    "errors.go": "meta-service",
    "errorcode.go": "meta-service",
    "error.go": "faas-sdk",
}
SDK_SCOPE_CAMEL = {"function-system": "FunctionSystem", "libruntime": "Libruntime",
                   "frontend": "Frontend", "meta-service": "MetaService", "faas-sdk": "FaasSdk"}


# The crate's notes on rows whose reading needed a decision (never vendor text).
SDK_NOTES = {
    ("330404", "statuscode.go"): "the page calls 330404 \"subcribe stream failed\"; the source names it "
        "InternalErrorCode \"internal system error\": the page's REST table follows this file, so the "
        "row attaches to the published code and its text is the source's, beside the page's",
    ("330404", "errorcode.go"): "the page calls 330404 \"subcribe stream failed\"; the source names it "
        "InternalError \"internal system error\" (same constant as statuscode.go InternalErrorCode)",
    ("3008", "err_type.h"): "not the published 3008 (K8S unreachable, from common.proto): libruntime's 3008 "
        "is another error; codes/sdk.tsv lists this symbol among K8sUnavailable's vendor_names, "
        "which the integration must move to this variant",
    ("0", "common.proto"): "success code, not an error; kept because the source defines it",
    ("0", "err_type.h"): "success code, not an error; kept because the source defines it",
    ("0", "statuscode.go"): "success code, not an error; kept because the source defines it",
    ("0", "error.go"): "success code, not an error; kept because the source defines it",
    ("200200", "statuscode.go"): "success code, not an error; kept because the source defines it",
    ("200202", "statuscode.go"): "success status, not an error; kept because the source defines it",
    ("200204", "statuscode.go"): "success status, not an error; kept because the source defines it",
    ("504211", "statuscode.go"): "value = InnerUserErrBase (500000) + UserFuncInitTimeoutCode (4211)",
    ("500", "error.go"): "FaaSError = 500: a code equal to an HTTP status; it is not one",
}


def derive_sdk(vendor, codes):
    published = load_published(codes, "sdk.tsv")
    pub_by_code = {r["code"]: r for r in published}
    pub_names = [r["name"] for r in published]
    table = "openyuanrong-source-codes.tsv"
    first, _, rows = load(os.path.join(vendor, table))
    srcmap = sources(first)
    base = lambda r: r["file"].split("/")[-1]

    # Anchor definitions of the published codes: the file the page's table follows
    # for that number (vendor-source README section 4).
    anchors = {}  # number -> (published row, normalized symbol)
    for n, p in pub_by_code.items():
        if p["table"] == "sdk":
            cands = [r for r in rows if r["number"] == n and base(r) == "common.proto"] or \
                    [r for r in rows if r["number"] == n and base(r) == "err_type.h"]
            assert len(cands) == 1 and cands[0]["symbol"] in p["vendor_names"].split(","), (n, cands)
        else:
            cands = [r for r in rows if r["number"] == n and base(r) == "errors.go"] or \
                    [r for r in rows if r["number"] == n and base(r) == "statuscode.go"]
            assert cands, n
            if base(cands[0]) == "errors.go":
                assert all(c["symbol"] == p["message"] for c in cands), (n, cands)
        keys = {norm_symbol(c["symbol"]) for c in cands}
        assert len(keys) == 1, (n, keys)
        anchors[n] = (p, keys.pop())

    out = []
    first_def = {}  # (number, normalized symbol) -> out row of the first definition
    seen_def = {}   # (file, symbol) -> out row, for a definition listed twice (two messages)
    for r in rows:
        scope = SDK_SCOPES[base(r)]
        kw = dict(scope=scope, code=r["number"], symbol=r["symbol"])
        if r["http_status"]:
            kw.update(status=r["http_status"], status_origin="source", status_rule="table")
        elif r["number"] in ("0", "200200"):  # ERR_NONE / ERR_OK / NoneError, FrontendStatusOk
            kw.update(status="200", status_origin="crate", status_rule="crate-sdk-success-200")
        else:
            kw.update(status="500", status_origin="crate", status_rule="crate-sdk-500")
        key = (r["number"], norm_symbol(r["symbol"]))
        judged = SDK_JUDGED_SAME.get((base(r), r["symbol"]))
        if r["number"] in anchors and anchors[r["number"]][1] == key[1]:
            kw.update(role="published", published_variant=anchors[r["number"]][0]["name"])
            if (r["file"], r["symbol"]) in seen_def:
                kw["note"] = "the same definition with its second message"
        elif (r["file"], r["symbol"]) in seen_def:
            f = seen_def[r["file"], r["symbol"]]
            kw.update(role="message", variant=f["variant"],
                      note="the same definition with its second message")
        elif key in first_def:
            f = first_def[key]
            kw.update(role="same-code", variant=f["variant"],
                      note=f"same number and symbol as {f['file'].split('/')[-1]}:{f['line']}")
        elif judged:
            f = next(o for o in out if o["file"].endswith("/" + judged[0]) and o["symbol"] == judged[1])
            kw.update(role="same-code", variant=f["variant"],
                      note=f"judged the same constant as {judged[0]} {judged[1]} (vendor typo there); see DESIGN.md")
        else:
            kw.update(role="new", variant=sdk_variant_name(r["symbol"]))
        note = SDK_NOTES.get((r["number"], base(r)))
        if note:
            kw["note"] = "; ".join(x for x in (kw.get("note"), note) if x)
        o = out_row(table, r, srcmap, **kw)
        out.append(o)
        seen_def.setdefault((r["file"], r["symbol"]), o)
        if kw["role"] == "new":
            first_def[key] = o

    borrow_source_status(out)
    news = [o for o in out if o["role"] == "new"]
    renamed = resolve_collisions(news, pub_names, SDK_SCOPE_CAMEL)
    fix_same_code(out)
    return out, renamed


def borrow_source_status(out):
    """A new variant's status is the source's wherever one of its definitions has
    one: when the first definition has none but a later one has, the `new` row
    takes that status with status_rule `table:<line of that row>`."""
    for o in out:
        if o["role"] != "new" or o["status_origin"] == "source":
            continue
        later = [x for x in out if x["role"] in ("same-code", "message") and x["variant"] == o["variant"]
                 and x["status_origin"] == "source"]
        if later:
            x = later[0]
            o.update(status=x["status"], status_origin="source", status_rule="table:" + x["table_line"])


KOUP_SCOPES = {
    "Arklet": "Arklet",
    "Arklet (MQTT tunnel)": "Arklet",
    "sofa-ark": "SofaArk",
    "Arklet (batch install, sofa-ark code)": "SofaArk",
    "koupleless-common": "KouplelessCommon",
    "virtual-kubelet": "VirtualKubelet",
    "ModuleController": "ModuleController",
}


def koup_variant_name(scope, symbol):
    """The type that declares the constant, then the constant: Arklet's and
    sofa-ark's `ResponseCode` -> `Arklet`/`SofaArk`; koupleless-common's nested
    `ErrorCodes.SpringContextManager` -> `SpringContextManager`; the Go `model`
    packages -> the component; Go's `Code` prefix dropped."""
    last = symbol.split(".")[-1]
    if scope in ("Arklet", "SofaArk"):
        return scope + upper_snake_to_camel(last)
    if scope == "KouplelessCommon":
        return symbol.split(".")[1] + last
    assert last.startswith("Code"), symbol
    return scope + camel_words(last[4:])


def derive_koupleless(vendor, codes):
    published = load_published(codes, "koupleless.tsv")
    pub_names = [r["name"] for r in published]
    table = "koupleless-wire-codes.tsv"
    first, _, rows = load(os.path.join(vendor, table))
    srcmap = sources(first)
    out = []
    defs = {}
    for r in rows:
        scope = KOUP_SCOPES[r["component"]]
        if scope in ("Arklet", "SofaArk") and "MQTT" not in r["component"]:
            st = dict(status="200", status_origin="source", status_rule="arklet-http-200")
        else:
            st = dict(status="200", status_origin="crate", status_rule="crate-koupleless-200")
        kw = dict(scope=scope, code=r["code"], **st)
        if r["kind"] == "definition":
            kw.update(role="new", symbol=r["symbol"], variant=koup_variant_name(scope, r["symbol"]))
        else:
            f = defs[scope, r["code"]]
            kw.update(role="message", symbol=r["symbol"], variant=f["variant"],
                      note=f"a message the source sends with this code (definition at table line {f['table_line']})")
        o = out_row(table, r, srcmap, repo_hint=r["repo"], **kw)
        out.append(o)
        if r["kind"] == "definition":
            assert (scope, r["code"]) not in defs
            defs[scope, r["code"]] = o
    borrow_source_status(out)
    renamed = resolve_collisions([o for o in out if o["role"] == "new"], pub_names,
                                 {s: s for s in set(KOUP_SCOPES.values())})
    fix_same_code(out)
    return out, renamed


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            for c in COLUMNS:
                assert "\t" not in r[c] and "\n" not in r[c], (name, r)
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vendor", default="/work/shared/vendor-source")
    ap.add_argument("--codes", default="/work/main/codes")
    a = ap.parse_args()
    for name, fn in (("paas-source.tsv", derive_paas), ("sdk-source.tsv", derive_sdk),
                     ("koupleless-source.tsv", derive_koupleless)):
        rows, renamed = fn(a.vendor, a.codes)
        write(name, rows)
        print(f"{name}: {len(rows)} rows; renamed for collisions: {renamed}")


if __name__ == "__main__":
    sys.exit(main())
