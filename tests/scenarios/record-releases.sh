#!/bin/sh
# Records what each real Tornado release the engine reproduces (3.2.2, 4.5.3, 5.1.1,
# 6.5.7) does with every scenario of tests/scenarios and every gallery example: one
# run each through tools/real-tornado/run-real-tornado, into
# tests/scenarios/expected-<release>/NAME.txt and tests/gallery/expected-<release>/NAME.txt
# (release as 3.2, 4.5, 5.1, 6.5). tests/runtime/releases-recorded.test.ts compares
# the engine with them.
#
# It needs the releases' source trees, which CI does not have (CI only checks the
# recorded files). Unpack them from a clone of https://github.com/tornadoweb/tornado:
#
#     for v in 3.2.2 4.5.3 5.1.1 6.5.7; do
#       mkdir -p /tmp/tornado/$v && git -C tornado archive v$v tornado | tar -x -C /tmp/tornado/$v
#     done
#
# and run, from anywhere, with CPython 3.11 as python3:
#
#     tests/scenarios/record-releases.sh                 # everything, every release
#     RELEASES="4.5" tests/scenarios/record-releases.sh p06_gather blog-no-yield
#
# TORNADO_TREES (default /tmp/tornado) is where the trees are. Real runs use real
# sockets and threads, so times move by a few ms between runs; a run that a busy
# machine made late by much more is worth recording again, by name. Never commit the
# trees themselves.
set -eu
cd "$(dirname "$0")/../.."
trees=${TORNADO_TREES:-/tmp/tornado}
releases=${RELEASES:-"3.2 4.5 5.1 6.5"}

version() {
  case $1 in
    3.2) echo 3.2.2 ;;
    4.5) echo 4.5.3 ;;
    5.1) echo 5.1.1 ;;
    6.5) echo 6.5.7 ;;
    *) echo "unknown release $1" >&2; exit 2 ;;
  esac
}

names="$*"
wanted() {
  [ -z "$names" ] && return 0
  for n in $names; do [ "$n" = "$1" ] && return 0; done
  return 1
}

for release in $releases; do
  tree=$trees/$(version "$release")
  if [ ! -d "$tree/tornado" ]; then
    echo "no Tornado $(version "$release") source tree at $tree (see the comment at the top)" >&2
    exit 1
  fi
  for f in tests/scenarios/*.py src/scenario/gallery/*.py; do
    name=$(basename "$f" .py)
    wanted "$name" || continue
    case $f in
      tests/*) out=tests/scenarios/expected-$release ;;
      *) out=tests/gallery/expected-$release ;;
    esac
    mkdir -p "$out"
    python3 tools/real-tornado/run-real-tornado "$f" --tornado "$tree" > "$out/$name.txt"
    echo "$release $name"
  done
done
