#!/usr/bin/env bash
# verify-go.sh - check the Gust language test corpus against the real Go
# toolchain (the reference is Go 1.19).
#
# Usage: tests/tools/verify-go.sh [FILE.go ...]
#   With no arguments every .go file under tests/ is checked.
#
# Files under tests/gust_only/ test Gust-specific diagnostics and are skipped.
#
# Every test file's FIRST line is a directive:
#   // compile     the file must build:  go build FILE
#   // run         `go run FILE` must exit 0 and its combined stdout+stderr
#                  must equal FILE.out (same basename, .out) byte for byte.
#                  The program is run from the file's own directory.
#   // errorcheck  `go tool compile -e -o TMP.o FILE` must fail, and the
#                  reported errors must match the `// ERROR "re" ...`
#                  comments both ways:
#                    - every regexp in an ERROR comment must match a distinct
#                      error reported on that same line;
#                    - every reported error must be matched by a regexp of
#                      the ERROR comment on its line.
#                  Regexps are Go (RE2) regexps written between "double
#                  quotes" or `backquotes`; the text between the quotes is
#                  used verbatim (no escape processing), so "\(" means a
#                  literal parenthesis.  Several regexps may follow one
#                  ERROR keyword.  Regexps are matched (unanchored) against
#                  the error message without the file:line:col: prefix;
#                  continuation lines of a message (starting with a tab) are
#                  joined to it with a newline.
#
# Prints one line per failure and a final "N passed, N failed" line; exits 1
# if anything failed.

set -u

script_dir=$(cd "$(dirname "$0")" && pwd)
tests_dir=$(cd "$script_dir/.." && pwd)

if ! command -v go >/dev/null 2>&1; then
	echo "verify-go.sh: go not found in PATH" >&2
	exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The errorcheck matcher is a small Go program, so that ERROR regexps are
# interpreted with exactly Go's regexp syntax.
mkdir -p "$work/errmatch"
cat > "$work/errmatch/main.go" <<'GOEOF'
// errmatch FILE.go COMPILER-OUTPUT
// Compares compiler diagnostics with the file's // ERROR comments.
package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

var (
	errorRx = regexp.MustCompile(`//\s*ERROR\s+(.*)$`)
	quoteRx = regexp.MustCompile("\"([^\"]*)\"|`([^`]*)`")
	diagRx  = regexp.MustCompile(`^(.*?):(\d+)(?::(\d+))?: (.*)$`)
)

type want struct {
	line int
	src  string
	rx   *regexp.Regexp
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: errmatch FILE OUTPUT")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	out, err := os.ReadFile(os.Args[2])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}

	var wants []want
	bad := false
	for i, l := range strings.Split(string(src), "\n") {
		m := errorRx.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		qs := quoteRx.FindAllStringSubmatch(m[1], -1)
		if len(qs) == 0 {
			fmt.Printf("line %d: ERROR comment without a quoted regexp\n", i+1)
			bad = true
		}
		for _, q := range qs {
			pat := q[1]
			if strings.HasPrefix(q[0], "`") {
				pat = q[2]
			}
			rx, err := regexp.Compile(pat)
			if err != nil {
				fmt.Printf("line %d: bad regexp %q: %v\n", i+1, pat, err)
				bad = true
				continue
			}
			wants = append(wants, want{i + 1, pat, rx})
		}
	}

	// Collect diagnostics, joining tab-indented continuation lines.
	type diag struct {
		line int
		msg  string
		used bool
	}
	var diags []*diag
	for _, l := range strings.Split(string(out), "\n") {
		if l == "" {
			continue
		}
		if strings.HasPrefix(l, "\t") && len(diags) > 0 {
			diags[len(diags)-1].msg += "\n" + l
			continue
		}
		m := diagRx.FindStringSubmatch(l)
		if m == nil {
			fmt.Printf("unparsed compiler output: %s\n", l)
			bad = true
			continue
		}
		n, _ := strconv.Atoi(m[2])
		diags = append(diags, &diag{line: n, msg: m[4]})
	}

	for _, w := range wants {
		found := false
		for _, d := range diags {
			if !d.used && d.line == w.line && w.rx.MatchString(d.msg) {
				d.used = true
				found = true
				break
			}
		}
		if !found {
			var got []string
			for _, d := range diags {
				if d.line == w.line {
					got = append(got, strconv.Quote(d.msg))
				}
			}
			fmt.Printf("line %d: missing error matching %q (got on that line: %s)\n",
				w.line, w.src, strings.Join(got, ", "))
			bad = true
		}
	}
	for _, d := range diags {
		if !d.used {
			fmt.Printf("line %d: unexpected error: %s\n", d.line, d.msg)
			bad = true
		}
	}
	if bad {
		os.Exit(1)
	}
}
GOEOF
if ! (cd "$work/errmatch" && GO111MODULE=off go build -o "$work/errmatch.bin" main.go); then
	echo "verify-go.sh: cannot build the errorcheck matcher" >&2
	exit 2
fi

if [ $# -gt 0 ]; then
	files=("$@")
else
	mapfile -t files < <(find "$tests_dir" -name '*.go' -not -path '*/tools/*' -not -path '*/gust_only/*' | LC_ALL=C sort)
fi

pass=0
fail=0

report() { # report FILE MESSAGE [DETAILS]
	echo "FAIL $1: $2"
	if [ -n "${3:-}" ]; then
		printf '%s\n' "$3" | sed 's/^/    /'
	fi
	fail=$((fail + 1))
}

for f in "${files[@]}"; do
	if [ ! -f "$f" ]; then
		report "$f" "no such file"
		continue
	fi
	# errgroup tests need golang.org/x/sync, which a bare `go run` cannot
	# fetch offline; their goldens come from a module with x/sync at
	# commit 7fc1605 (see the files' headers).
	if grep -q '"golang.org/x/sync/' "$f"; then
		echo "SKIP $f: needs golang.org/x/sync"
		continue
	fi
	dir=$(cd "$(dirname "$f")" && pwd)
	base=$(basename "$f")
	directive=$(head -n 1 "$f" | tr -d '\r')
	case "$directive" in
	"// compile")
		if out=$(cd "$dir" && go build -o "$work/compiled" "$base" 2>&1); then
			pass=$((pass + 1))
		else
			report "$f" "does not compile" "$out"
		fi
		;;
	"// run")
		golden="$dir/${base%.go}.out"
		if [ ! -f "$golden" ]; then
			report "$f" "missing golden file ${golden#$tests_dir/}"
			continue
		fi
		exe="$work/prog"
		if ! out=$(cd "$dir" && go build -o "$exe" "$base" 2>&1); then
			report "$f" "does not compile" "$out"
			continue
		fi
		# go run prints the program's output; run the binary the same
		# way (from the file's directory) and capture stdout+stderr.
		(cd "$dir" && "$exe" >"$work/run.out" 2>&1)
		rc=$?
		if [ $rc -ne 0 ]; then
			report "$f" "exit status $rc" "$(head -c 2000 "$work/run.out")"
		elif ! cmp -s "$work/run.out" "$golden"; then
			report "$f" "output differs from ${base%.go}.out" \
				"$(diff "$golden" "$work/run.out" | head -n 20)"
		else
			pass=$((pass + 1))
		fi
		;;
	"// errorcheck")
		# Never pass -o /dev/null here: on failure the compiler removes its
		# output file, which (run as root) deletes /dev/null itself.
		(cd "$dir" && go tool compile -e -o "$work/ec.o" "$base" >"$work/ec.out" 2>&1)
		rc=$?
		if [ $rc -eq 0 ]; then
			report "$f" "compiled without errors"
			continue
		fi
		if res=$("$work/errmatch.bin" "$f" "$work/ec.out"); then
			pass=$((pass + 1))
		else
			report "$f" "errors do not match ERROR comments" "$res"
		fi
		;;
	*)
		report "$f" "unknown or missing directive on first line: $directive"
		;;
	esac
done

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
