#!/usr/bin/env bash
# Instructions per body parse, errcodes' `ApiError::from_slice` against
# `serde_json` into the plain struct, for every body of benches/support/plain.rs
# (BENCHMARKS.md, "Bodies"). Criterion's times on a shared 2-core machine move by
# tens of percent between runs; callgrind's instruction counts do not (the same
# binary and input give the same count, whatever else the machine runs), so the
# ratio of the two ways is read here without noise. Instructions are not time:
# the criterion figures stay the ones the goal is judged on.
#
# Builds, in a temporary directory, a program that reads one body N times one way
# (`<case> <errcodes|reply> <N>`; `reply` is the one entry point, `body::Reader`,
# which detects the platform first), and the serde way as a program of its own
# (`<case> serde <N>`), without errcodes: linked into one program, serde's count
# for the same body moved by up to 4% with the errcodes code beside it (the
# compiler splits a program into units by what is in it). Runs each under
# callgrind with N = 1 and N = 1 + CALLS, and prints the difference divided by
# CALLS: the start-up and the first call's cold paths cancel out.
#
# Each call reads the body from a heap buffer at the next of eight addresses, one
# byte apart: `str::from_utf8` (errcodes runs it over the whole body, serde over
# each string) checks the bytes one at a time up to the first word boundary in
# its text and from there a word at a time, so its count depends on where the
# text starts relative to one; a body's count moved by up to 114 instructions
# with its address alone (bkpaas3's, with errcodes; serde's by up to 109). A `static` body lies wherever the linker put it, which
# changes with any code beside it; a body from the network lies anywhere. CALLS
# is a multiple of eight, so each address is read as often. Offline: the
# dependencies must be in cargo's cache (any earlier `cargo bench`). Needs
# valgrind.
#
# With BASE set to another tree of the crate (an earlier commit, checked out or
# `git archive`d), builds the same program against it too and prints its
# figures beside this tree's, in the same run.
#
# With CODEGEN_UNITS set (to 1), builds every program with that many codegen
# units (the release profile has 16): errcodes' own count then no longer moves
# with code that a body does not run, which is how one change is measured side
# by side. The figures of the goal are those of the release profile, as a user
# builds it.
#
#   benches/body_instructions.sh
#   BASE=/tmp/errcodes-before CALLS=2000 benches/body_instructions.sh
#   CODEGEN_UNITS=1 BASE=/tmp/errcodes-before benches/body_instructions.sh
set -euo pipefail
# A failure inside `$(...)` stops the script too: a program that refuses its
# body, or a missing valgrind, must not print a count of nothing.
shopt -s inherit_errexit
command -v valgrind >/dev/null || { echo "body_instructions.sh needs valgrind" >&2; exit 1; }
cd "$(dirname "$0")/.."
root=$(pwd)
calls="${CALLS:-10000}"
[ $((calls % 8)) -eq 0 ] || { echo "CALLS must be a multiple of 8 (one call per address)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The profile of every program: the release profile, as `cargo bench` builds,
# with CODEGEN_UNITS where set.
profile="[profile.release]"
if [ -n "${CODEGEN_UNITS:-}" ]; then
  profile="$profile
codegen-units = $CODEGEN_UNITS"
fi

build() { # <dir> <errcodes dependency, or nothing> <main.rs>: <dir>/program
  local dir=$1 errcodes=$2 main=$3
  mkdir -p "$dir/src"
  # The bench's dependencies, at the versions of the crate's lock file.
  cat > "$dir/Cargo.toml" <<EOF
[package]
name = "body-instructions"
version = "0.0.0"
edition = "2024"

[dependencies]
$errcodes
serde = { version = "1.0.200", features = ["derive"] }
serde_json = { version = "1.0.120", features = ["raw_value"] }

$profile
EOF
  cp "$root/Cargo.lock" "$dir/Cargo.lock"
  printf '%s\n' "$main" > "$dir/src/main.rs"
  # One target directory: the dependencies are built once for every program.
  cargo build --release --offline --quiet --manifest-path "$dir/Cargo.toml" --target-dir "$work/target"
  cp "$work/target/release/body-instructions" "$dir/program"
}

# The program that reads with errcodes at <tree>, as <dir>/program.
with_errcodes() { # <tree> <dir>
  build "$2" "errcodes = { path = \"$1\" }" "$(cat <<EOF
#[path = "$root/benches/support/bodies.rs"]
#[allow(dead_code)]
mod cases;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, name, way, n] = args.as_slice() else {
        panic!("usage: body-instructions <case> <errcodes|reply> <N>");
    };
    let case = cases::CASES.iter().find(|case| case.name == *name).expect("a case");
    let read = match way.as_str() {
        "errcodes" => case.errcodes,
        _ => cases::reply,
    };
    let bodies = cases::at_eight_addresses(case.body);
    for call in 0..n.parse::<usize>().expect("a count") {
        assert!(read(std::hint::black_box(cases::nth(&bodies, call))));
    }
}
EOF
)"
}

# The serde way, alone.
build "$work/serde" "" "$(cat <<EOF
#[path = "$root/benches/support/plain.rs"]
mod plain;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, name, _, n] = args.as_slice() else {
        panic!("usage: body-instructions <case> serde <N>");
    };
    let case = plain::PLAIN.iter().find(|case| case.name == *name).expect("a case");
    let bodies = plain::at_eight_addresses(case.body);
    for call in 0..n.parse::<usize>().expect("a count") {
        assert!((case.serde)(std::hint::black_box(plain::nth(&bodies, call))));
    }
}
EOF
)"
with_errcodes "$root" "$work/after"
program="$work/after/program"
if [ -n "${BASE:-}" ]; then
  with_errcodes "$(cd "$BASE" && pwd)" "$work/before"
fi

instructions() { # <program> <case> <way> <N>: the instructions callgrind counts
  local out count
  # valgrind exits as the program does: an assertion that fails (a body not
  # read) stops the script here.
  out=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1) ||
    { printf '%s\n' "$out" >&2; echo "failed: $*" >&2; exit 1; }
  count=$(printf '%s\n' "$out" | sed -n -E 's/.*Collected : ([0-9]+).*/\1/p')
  [ -n "$count" ] || { echo "callgrind counted nothing: $*" >&2; exit 1; }
  echo "$count"
}

per_call() { # <program> <case> <way>: instructions of one call
  local one many
  one=$(instructions "$1" "$2" "$3" 1)
  many=$(instructions "$1" "$2" "$3" $((calls + 1)))
  echo $(((many - one) / calls))
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

if [ -n "${BASE:-}" ]; then
  echo "| body | serde struct | errcodes before | ratio | errcodes | ratio | reply before | ratio | reply | ratio |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
else
  echo "| body | errcodes | serde struct | ratio | reply (detect + read) | ratio |"
  echo "|---|---|---|---|---|---|"
fi
while read -r name; do
  e=$(per_call "$program" "$name" errcodes)
  s=$(per_call "$work/serde/program" "$name" serde)
  r=$(per_call "$program" "$name" reply)
  if [ -n "${BASE:-}" ]; then
    eb=$(per_call "$work/before/program" "$name" errcodes)
    rb=$(per_call "$work/before/program" "$name" reply)
    echo "| $name | $s | $eb | $(ratio "$eb" "$s")x | $e | $(ratio "$e" "$s")x | $rb | $(ratio "$rb" "$s")x | $r | $(ratio "$r" "$s")x |"
  else
    echo "| $name | $e | $s | $(ratio "$e" "$s")x | $r | $(ratio "$r" "$s")x |"
  fi
done < <(sed -n -E 's/^ *name: "(.*)",$/\1/p' benches/support/plain.rs)
