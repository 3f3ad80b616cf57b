#!/usr/bin/env python3
"""JIT compile speed and start-up time.

    python3 bench/compile_speed.py [--lines N] [--runs R] [--gust PATH]

Generates a Go program of about N lines (default 10,000: functions with
loops, slices, maps, strings, structs and methods, all called from main, so
all of it is compiled), checks that `gust run` prints what `go run` prints,
then reports source lines per second from source to finished run under
`gust run` (median of R runs; the program itself runs in microseconds), and
the start-up time of `gust run hello.go` against the `go build` binary of
the same file.
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FUNC = """
type rec{i} struct {{
	name string
	vals []int
}}

func (r *rec{i}) total() int {{
	t := 0
	for _, v := range r.vals {{
		t += v * {k}
	}}
	return t + len(r.name)
}}

func work{i}(n int) int {{
	r := &rec{i}{{name: "f{i}", vals: make([]int, 0, n)}}
	m := map[string]int{{}}
	for j := 0; j < n; j++ {{
		r.vals = append(r.vals, j%{k1})
		m[r.name] += j
	}}
	s := 0
	switch {{
	case n > 10:
		s = r.total() - m[r.name]
	default:
		s = r.total() + m[r.name]
	}}
	return s
}}
"""


def generate(lines):
    per = FUNC.count("\n")
    n = max(1, lines // (per + 1))
    out = ["package main", "", 'import "fmt"']
    for i in range(n):
        out.append(FUNC.format(i=i, k=i % 7 + 1, k1=i % 11 + 2))
    out.append("func main() {")
    out.append("\tsum := 0")
    for i in range(n):
        out.append(f"\tsum += work{i}({i % 20 + 1})")
    out.append('\tfmt.Println("sum", sum)')
    out.append("}")
    text = "\n".join(out) + "\n"
    return text, text.count("\n")


def timed(cmd, cwd):
    t = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    el = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"{cmd} failed:\n{p.stdout}{p.stderr}")
    return el, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--gust", default=os.path.join(ROOT, "target/release/gust"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        text, nlines = generate(a.lines)
        src = os.path.join(d, "gen.go")
        with open(src, "w") as f:
            f.write(text)
        _, want = timed(["go", "run", src], d)
        runs = []
        for _ in range(a.runs):
            el, got = timed([a.gust, "run", src], d)
            if got != want:
                raise SystemExit(f"gust printed {got!r}, go printed {want!r}")
            runs.append(el)
        med = statistics.median(runs)
        print(f"generated program: {nlines} lines")
        print(f"gust run (check + lower + JIT + run): median {med*1000:.0f} ms "
              f"over {a.runs} runs -> {nlines/med:,.0f} lines/s")
        hello = os.path.join(ROOT, "examples/hello.go")
        exe = os.path.join(d, "hello")
        subprocess.run(["go", "build", "-o", exe, hello], check=True)
        g = statistics.median(timed([exe], d)[0] for _ in range(a.runs))
        u = statistics.median(timed([a.gust, "run", hello], d)[0] for _ in range(a.runs))
        print(f"hello start-up: go build binary {g*1000:.1f} ms, "
              f"gust run {u*1000:.1f} ms")


if __name__ == "__main__":
    main()
