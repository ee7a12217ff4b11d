#!/usr/bin/env bash
# Instructions per body parse, errcodes' `ApiError::from_slice` against
# `serde_json` into the plain struct, for every body of benches/support/bodies.rs
# (BENCHMARKS.md, "Bodies"). Criterion's times on a shared 2-core machine move by
# tens of percent between runs; callgrind's instruction counts do not (the same
# binary and input give the same count, whatever else the machine runs), so the
# ratio of the two ways is read here without noise. Instructions are not time:
# the criterion figures stay the ones the goal is judged on.
#
# Builds, in a temporary directory, a program that reads one body N times one way
# (`<case> <errcodes|serde|reply> <N>`; `reply` is the one entry point,
# `body::Reader`, which detects the platform first), runs it under callgrind with N = 1 and
# N = 1 + CALLS, and prints the difference divided by CALLS: the start-up and the
# first call's cold paths cancel out. Offline: the dependencies must be in cargo's
# cache (any earlier `cargo bench`). Needs valgrind.
#
# With BASE set to another tree of the crate (an earlier commit, checked out or
# `git archive`d), builds the same program against it too and prints its
# figures beside this tree's, in the same run.
#
#   benches/body_instructions.sh
#   BASE=/tmp/errcodes-before CALLS=2000 benches/body_instructions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
calls="${CALLS:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() { # <tree> <dir>: the program, built against the crate at <tree>, as <dir>/program
  local tree=$1 dir=$2
  mkdir -p "$dir/src"
  # The bench's dependencies, at the versions of the crate's lock file; the
  # release profile, as `cargo bench` builds.
  cat > "$dir/Cargo.toml" <<EOF
[package]
name = "body-instructions"
version = "0.0.0"
edition = "2024"

[dependencies]
errcodes = { path = "$tree" }
serde = { version = "1.0.200", features = ["derive"] }
serde_json = { version = "1.0.120", features = ["raw_value"] }
EOF
  cp "$root/Cargo.lock" "$dir/Cargo.lock"
  cat > "$dir/src/main.rs" <<EOF
#[path = "$root/benches/support/bodies.rs"]
mod cases;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, name, way, n] = args.as_slice() else {
        panic!("usage: body-instructions <case> <errcodes|serde|reply> <N>");
    };
    let case = cases::CASES.iter().find(|case| case.name == *name).expect("a case");
    let read = match way.as_str() {
        "errcodes" => case.errcodes,
        "reply" => cases::reply,
        _ => case.serde,
    };
    for _ in 0..n.parse::<u32>().expect("a count") {
        assert!(read(std::hint::black_box(case.body)));
    }
}
EOF
  # One target directory: the dependencies are built once for both trees.
  cargo build --release --offline --quiet --manifest-path "$dir/Cargo.toml" --target-dir "$work/target"
  cp "$work/target/release/body-instructions" "$dir/program"
}
build "$root" "$work/after"
program="$work/after/program"
if [ -n "${BASE:-}" ]; then
  build "$(cd "$BASE" && pwd)" "$work/before"
fi

instructions() { # <program> <case> <way> <N>: the instructions callgrind counts
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 |
    sed -n -E 's/.*Collected : ([0-9]+).*/\1/p'
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
sed -n -E 's/^ *name: "(.*)",$/\1/p' benches/support/bodies.rs | while read -r name; do
  e=$(per_call "$program" "$name" errcodes)
  s=$(per_call "$program" "$name" serde)
  r=$(per_call "$program" "$name" reply)
  if [ -n "${BASE:-}" ]; then
    eb=$(per_call "$work/before/program" "$name" errcodes)
    rb=$(per_call "$work/before/program" "$name" reply)
    echo "| $name | $s | $eb | $(ratio "$eb" "$s")x | $e | $(ratio "$e" "$s")x | $rb | $(ratio "$rb" "$s")x | $r | $(ratio "$r" "$s")x |"
  else
    echo "| $name | $e | $s | $(ratio "$e" "$s")x | $r | $(ratio "$r" "$s")x |"
  fi
done
