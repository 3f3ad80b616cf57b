#!/usr/bin/env bash
# Runs bench/micro/micro.go under the `go build` binary and `gust run`,
# alternately, RUNS times each (default 3), and prints every run.
# Usage: bench/micro/run.sh [RUNS] [SCALE]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
scale=${2:-1}
tmp=$(mktemp -d)
go build -o "$tmp/micro" bench/micro/micro.go
gust=target/release/gust
[ -x "$gust" ] || cargo build --release -q
for i in $(seq "$runs"); do
  echo "== go run $i"; "$tmp/micro" "$scale"
  echo "== gust run $i"; "$gust" run bench/micro/micro.go "$scale"
done
rm -rf "$tmp"
