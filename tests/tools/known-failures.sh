#!/usr/bin/env bash
# Rewrites tests/known-failures.txt and tests/goroot-known-failures.txt from
# what `gust test` reports now, keeping each entry's reason where one was
# given and using "run" (needs native code) or "check" for new ones.
# Run after fixing tests, then review the diff: the lists may only shrink.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build -q
gust=target/debug/gust
regen() { # list-file prefix paths...
  local list=$1 prefix=$2; shift 2
  local header; header=$(grep '^#' "$list" || true)
  { echo "$header"
    { "$gust" test "$@" || true; } | sed -n 's/^FAIL //p' | while IFS= read -r line; do
      path=${line%%: *}; path=${path#"$prefix"}
      old=$(awk -v p="$path" '$1 == p { print $2 }' "$list")
      case "$line" in *"cannot run yet"*) why=run ;; *) why=${old:-check} ;; esac
      [ "$old" = run ] && [ "$why" != run ] && why=check
      echo "$path $why"
    done
  } > "$list.new"
  mv "$list.new" "$list"
}
regen tests/known-failures.txt "" tests
if command -v go >/dev/null; then
  g=$(go env GOROOT)/test
  regen tests/goroot-known-failures.txt "$g/" "$g"/*.go "$g/chan" "$g/ken"
fi
