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
#   benches/body_instructions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
calls="${CALLS:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/src"
# The bench's dependencies, at the versions of the crate's lock file; the
# release profile, as `cargo bench` builds.
cat > "$work/Cargo.toml" <<EOF
[package]
name = "body-instructions"
version = "0.0.0"
edition = "2024"

[dependencies]
errcodes = { path = "$root" }
serde = { version = "1.0.200", features = ["derive"] }
serde_json = { version = "1.0.120", features = ["raw_value"] }
EOF
cp Cargo.lock "$work/Cargo.lock"
cat > "$work/src/main.rs" <<EOF
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
cargo build --release --offline --quiet --manifest-path "$work/Cargo.toml" --target-dir "$work/target"
program="$work/target/release/body-instructions"

instructions() { # <case> <way> <N>: the instructions callgrind counts
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$program" "$@" 2>&1 |
    sed -n -E 's/.*Collected : ([0-9]+).*/\1/p'
}

per_call() { # <case> <way>: instructions of one call
  local one many
  one=$(instructions "$1" "$2" 1)
  many=$(instructions "$1" "$2" $((calls + 1)))
  echo $(((many - one) / calls))
}

echo "| body | errcodes | serde struct | ratio | reply (detect + read) | ratio |"
echo "|---|---|---|---|---|---|"
sed -n -E 's/^ *name: "(.*)",$/\1/p' benches/support/bodies.rs | while read -r name; do
  e=$(per_call "$name" errcodes)
  s=$(per_call "$name" serde)
  r=$(per_call "$name" reply)
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
  echo "| $name | $e | $s | $(ratio "$e" "$s")x | $r | $(ratio "$r" "$s")x |"
done
