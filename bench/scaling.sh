#!/usr/bin/env bash
# Multi-core scaling of the runtime: each concurrency program under the Go
# binary and under Gust at GOMAXPROCS 1, 2, 4, 8, 16 (as many as the machine
# has), median of 3 runs each, as CSV on stdout:
#   program,procs,go_seconds,gust_seconds
# Usage: bench/scaling.sh GUST_BINARY GO_BIN_DIR [PROGRAMS...]
# GO_BIN_DIR holds `go build` outputs of bench/programs/*.go by name.
set -u
gust=$(realpath "$1"); gobin=$(realpath "$2"); shift 2
cd "$(dirname "$0")/programs"
progs=${*:-parsum workerpool spawn_wg spawn_chan mutex pingpong fanin_select buffered threadring sieve}
ncpu=$(nproc)
median() { sort -n | sed -n 2p; }
wall() { # wall seconds of "$@", output checked against the expected line
  local s e out
  s=$(date +%s.%N); out=$("$@" 2>&1 | tail -1); e=$(date +%s.%N)
  if ! grep -qxF "$out" expected_default.psv.lines; then echo "BAD:$out" >&2; fi
  echo "$e - $s" | bc
}
cut -d'|' -f2 expected_default.psv > expected_default.psv.lines
echo "program,procs,go_seconds,gust_seconds"
for p in $progs; do
  for procs in 1 2 4 8 16; do
    [ "$procs" -gt "$ncpu" ] && continue
    g=$(for i in 1 2 3; do GOMAXPROCS=$procs wall "$gobin/$p"; done | median)
    r=$(for i in 1 2 3; do GOMAXPROCS=$procs wall "$gust" run "$p.go"; done | median)
    echo "$p,$procs,$g,$r"
  done
done
rm -f expected_default.psv.lines
