#!/usr/bin/env python3
"""Side-by-side benchmark of Gust against Go.

For each program in bench/programs: build it with `go build`, then run the
Go binary and `gust run` alternately (A B A B ...) after one warm-up run of
each, check every run's last output line against the expected line, and
print the median wall time, the ratio Gust/Go, peak RSS and the spread.

    python3 bench/bench.py [--size small|default] [--runs N] [--filter RE]
                           [--gomaxprocs N] [--json FILE] [--gust PATH]
"""
import argparse, json, os, re, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGS = os.path.join(HERE, "programs")
ROOT = os.path.dirname(HERE)


def table(size):
    rows = []
    if size == "small":
        path = os.path.join(PROGS, "expected_small.txt")
    else:
        path = os.path.join(PROGS, "expected_default.psv")
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or "|" not in line:
                continue
            spec, expected = line.split("|", 1)
            parts = spec.split()
            rows.append((parts[0], parts[1:], expected))
    return rows


def run(cmd, env):
    """Runs cmd; returns (wall seconds, peak RSS KiB, stdout+stderr, exit).

    Peak RSS comes from GNU time's %M (the measured process only) when
    /usr/bin/time exists, else from wait4 (which may include the forking
    Python's pages)."""
    timef = None
    if os.path.exists("/usr/bin/time"):
        fd, timef = tempfile.mkstemp(prefix="gustbench-rss")
        os.close(fd)
        cmd = ["/usr/bin/time", "-f", "%M", "-o", timef] + cmd
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    peak = ru.ru_maxrss
    if timef:
        try:
            with open(timef) as f:
                peak = int(f.read().strip().splitlines()[-1])
        except (ValueError, IndexError, OSError):
            pass
        os.unlink(timef)
    return wall, peak, out.decode("utf-8", "replace"), code


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="default", choices=["small", "default"])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--filter", default="")
    ap.add_argument("--gomaxprocs", type=int, default=0)
    ap.add_argument("--json", default="")
    ap.add_argument("--gust", default=os.path.join(ROOT, "target", "release", "gust"))
    a = ap.parse_args()
    env = dict(os.environ)
    if a.gomaxprocs:
        env["GOMAXPROCS"] = str(a.gomaxprocs)
    tmp = tempfile.mkdtemp(prefix="gustbench")
    results = []
    hdr = f"{'program':<14}{'size':>10}{'go (s)':>10}{'gust (s)':>10}{'ratio':>8}{'go RSS':>10}{'gust RSS':>10}  spread go/gust"
    print(hdr)
    print("-" * len(hdr))
    for prog, args, expected in table(a.size):
        if a.filter and not re.search(a.filter, prog):
            continue
        src = os.path.join(PROGS, prog + ".go")
        binp = os.path.join(tmp, prog)
        subprocess.run(["go", "build", "-o", binp, src], check=True, cwd=PROGS)
        sides = {"go": [binp] + args, "gust": [a.gust, "run", src] + args}
        times = {"go": [], "gust": []}
        rss = {"go": 0, "gust": 0}
        ok = {"go": True, "gust": True}
        for i in range(a.runs + 1):
            for side in ("go", "gust"):
                if not ok[side]:
                    continue
                wall, peak, out, code = run(sides[side], env)
                last = out.rstrip("\n").split("\n")[-1] if out.strip() else ""
                if last != expected or code != 0:
                    ok[side] = False
                    print(f"  {prog} {side}: wrong output {last[:100]!r} (exit {code})", file=sys.stderr)
                    continue
                if i > 0:
                    times[side].append(wall)
                    rss[side] = max(rss[side], peak)
        row = {"program": prog, "size": " ".join(args)}
        for side in ("go", "gust"):
            if ok[side] and times[side]:
                row[side] = statistics.median(times[side])
                row[side + "_min"] = min(times[side])
                row[side + "_max"] = max(times[side])
                row[side + "_rss_kib"] = rss[side]
        results.append(row)
        def fmt(side):
            return f"{row[side]:>10.3f}" if side in row else f"{'FAIL':>10}"
        ratio = f"{row['gust'] / row['go']:>8.2f}" if "go" in row and "gust" in row else f"{'-':>8}"
        def spread(side):
            if side not in row or row[side] == 0:
                return "-"
            return f"{100 * (row[side + '_max'] - row[side + '_min']) / row[side]:.0f}%"
        def mib(side):
            return f"{row[side + '_rss_kib'] / 1024:>9.1f}M" if side in row else f"{'-':>10}"
        print(f"{prog:<14}{row['size']:>10}{fmt('go')}{fmt('gust')}{ratio}{mib('go')}{mib('gust')}  {spread('go')}/{spread('gust')}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"date": time.strftime("%Y-%m-%d %H:%M:%S"), "size": a.size,
                       "runs": a.runs, "gomaxprocs": a.gomaxprocs, "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
