#!/usr/bin/env bash
# Rewrites tests/known-failures.txt and tests/goroot-known-failures.txt from
# what `gust test` reports now, keeping each entry's reason where one was
# given; new entries get run (needs native code), complex, unsafe, stdlib
# (a package Gust does not offer), generics, or check (a checker gap).
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
      case "$path" in typeparam/*) line="$line generic" ;; esac
      old=$(awk -v p="$path" '$1 == p { print $2 }' "$list")
      case "$line" in
        *"cannot run yet"*) why=run ;;
        *"imaginary (complex)"*|*"complex numbers"*|*complex64*|*complex128*) why=complex ;;
        *"package unsafe"*|*"undefined: unsafe"*) why=unsafe ;;
        *"is not in std"*) why=stdlib ;;
        *"generic"*|*"unexpected ["*) why=generics ;;
        *) why=${old:-check} ;;
      esac
      case "$old" in run|complex|unsafe|stdlib|generics) [ "$why" = "$old" ] || why=check ;; esac
      echo "$path $why"
    done
  } > "$list.new"
  mv "$list.new" "$list"
}
regen tests/known-failures.txt "" tests
if command -v go >/dev/null; then
  g=$(go env GOROOT)/test
  regen tests/goroot-known-failures.txt "$g/" "$g"
fi
