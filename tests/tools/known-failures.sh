#!/usr/bin/env bash
# Rewrites tests/known-failures.txt and tests/goroot-known-failures.txt from
# what `gust test` reports now, keeping each entry's reason where one was
# given; new entries get a reason from the failure message: runtime
# (goroutines, channels, select: the runtime issue), stdlib (a package or
# function Gust does not offer), complex, unsafe, generics, lowering (a
# language feature the native code does not handle yet), check (a checker
# gap) or bug (wrong output, crash, timeout: fix before new features).
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
      msg=${line#*: }
      case "$msg" in
        *"imaginary (complex)"*|*"complex numbers"*|*complex64*|*complex128*) why=complex ;;
        *"package unsafe"*|*"undefined: unsafe"*) why=unsafe ;;
        *"is not in std"*|*"not implemented yet"*|*"undefined: runtime."*) why=stdlib ;;
        *"generic"*|*"unexpected ["*) why=generics ;;
        *"go statement is not"*|*"channel"*|*"select is not"*|*"make of this type is not"*|*"range over this type"*) why=runtime ;;
        *"is not supported by this version"*) why=lowering ;;
        *"output differs"*|*"timed out"*|*"internal"*|*"killed"*) why=bug ;;
        *) why=${old:-check} ;;
      esac
      # A reason given by hand (not derived from the message) is kept.
      case "$old" in ""|check|run|bug|runtime|stdlib|lowering) ;; *) why=$old ;; esac
      case "$msg" in *"undefined: runtime."*) why=stdlib ;; esac
      [ "$old" = stdlib ] && [ "$why" = bug ] && why=stdlib
      [ "$old" = bug ] && [ "$why" = stdlib ] && why=stdlib
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
