#!/usr/bin/env python3
"""Build /work/coord/corpus from vendor mirrors.

Every body is either cut verbatim out of a file at a commit ("cut" cases), or, for
bodies written in test code as string/dict literals, transcribed by hand ("body" given)
and checked against `witness` substrings that must occur in the cited source lines.
"""
import json
import os
import subprocess
import sys

OUT = "/work/coord/corpus"
MIR = "/work/.mirror"

REPOS = {
    "TencentBlueKing/blueking-paas": "3aa862b9721e6f2e68a06388122cb0f5081da5e3",
    "TencentBlueKing/legacy-bk-paas": "21a3c69b25ff5bb3af9701f4c36b222892bd7f79",
    "TencentBlueKing/blueking-apigateway": "048bdd762bf332e967d29738169023aa96bb4acf",
    "TencentBlueKing/blueking-apigateway-apisix": "abf2b179d875296e375b38e971c4e4e032a32421",
    "TencentBlueKing/bk-cli": "1091ab41023a7ad5e3b5bf2b7c728663565e3243",
    "huaweicloud/huaweicloud-sdk-go-v3": "1cd70eb6f730ea721771a6ec8d96352bbb801787",
    "huaweicloud/huaweicloud-sdk-python-v3": "343a486b5c8ab656611159f314df6e575d0f6398",
    "huaweicloudDocs/cci": "e6d59a880493aeecfcb9aeb5cbc47b4d20d0e785",
    "kubernetes/community": "24e7d8f5409c1a0121394a613746e524f781e044",
    "openyuanrong/runtime": "96152fe84c6814540bbea9958cd34813bcb046ad",
    "openyuanrong/frontend": "379f8887309b03e8c25a376a8644690945607cf7",
    "koupleless/runtime": "3edfa911eb2ede832fbe2f7d47b26a3eacc5965e",
    "koupleless/docs": "e1ace56a4d53ee3bdd7eba675ec1073225625140",
    "koupleless/arkctl": "5f2b90694feea10f014004170568bf806142696a",
    "koupleless/module-controller": "54dbf46e376f5e02176babd47626fa4e1cc2f527",
}

_cache = {}


def source(repo, path):
    key = (repo, path)
    if key not in _cache:
        gitdir = os.path.join(MIR, repo.replace("/", "+"), "repo")
        data = subprocess.run(
            ["git", "-C", gitdir, "show", f"{REPOS[repo]}:{path}"],
            check=True, capture_output=True,
        ).stdout
        _cache[key] = data.decode("utf-8")
    return _cache[key]


def cited_lines(case):
    """The lines the case cites, `lines` = (first, last), both included."""
    s, e = case["lines"]
    return source(case["repo"], case["path"]).split("\n")[s - 1:e]


def cut(case):
    chunk = cited_lines(case)
    if "start_at" in case and case["start_at"] not in chunk[0]:
        sys.exit(f"{case['file']}: start_at not on first line: {chunk[0]!r}")
    if "start_at" in case:
        i = chunk[0].index(case["start_at"])
        chunk[0] = chunk[0][i:]
    if "end_after" in case:
        j = chunk[-1].rindex(case["end_after"]) + len(case["end_after"])
        chunk[-1] = chunk[-1][:j]
    return "\n".join(chunk)


def check_witness(case):
    s, e = case["lines"]
    region = "\n".join(cited_lines(case))
    for w in case.get("witness", []):
        if w not in region:
            sys.exit(f"{case['file']}: witness not found in {case['path']}:{s}-{e}: {w!r}")


sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES  # noqa: E402

COLS = ["file", "platform", "http_status", "headers", "repository", "path", "commit", "line",
        "kind", "code_as_sent", "message_as_sent", "request_id", "expect", "notes"]


def tsv(v):
    v = "" if v is None else str(v)
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    seen = set()
    for c in CASES:
        assert c["file"] not in seen, c["file"]
        seen.add(c["file"])
        assert c["file"].split("-")[0] == c["platform"], c["file"]
        if "body" in c:
            check_witness(c)
            body = c["body"]
        else:
            body = cut(c)
            check_witness(c)
        if c["file"].endswith(".json"):
            try:
                json.loads(body)
            except ValueError as exc:
                if not c.get("invalid_json_ok"):
                    sys.exit(f"{c['file']}: not JSON: {exc}\n{body}")
        with open(os.path.join(OUT, c["file"]), "wb") as f:
            f.write(body.encode("utf-8"))
        s, e = c["lines"]
        line = str(s) if s == e else f"{s}-{e}"
        msg = c.get("message", "")
        rows.append({
            "file": c["file"], "platform": c["platform"], "http_status": c.get("status", ""),
            "headers": " | ".join(c.get("headers", [])), "repository": c["repo"],
            "path": c["path"], "commit": REPOS[c["repo"]], "line": line, "kind": c["kind"],
            "code_as_sent": c.get("code", ""), "message_as_sent": msg[:120],
            "request_id": c.get("request_id", ""), "expect": c["expect"], "notes": c.get("notes", ""),
        })
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for r in rows:
            f.write("\t".join(tsv(r[k]) for k in COLS) + "\n")
    print(f"{len(rows)} cases written")
    counts = {}
    for r in rows:
        counts[r["platform"]] = counts.get(r["platform"], 0) + 1
    print(counts)


if __name__ == "__main__":
    main()
