#!/bin/sh
# Records the real-Tornado trace of every gallery example that runs under the 6.5
# profile (no `# tornado:` line, or `# tornado: 6.5`) into tests/gallery/expected/,
# using Debian's python3-tornado through tools/real-tornado/run-real-tornado.
# Examples for older releases are checked against tests/conformance/golden instead.
# tests/scenarios/record-releases.sh records every example under each older release
# (and 6.5.7) into tests/gallery/expected-<release>/.
set -eu
cd "$(dirname "$0")/../.."
for f in src/scenario/gallery/*.py; do
  release=$(sed -n 's/^#[[:space:]]*tornado:[[:space:]]*\([0-9.]*\)[[:space:]]*$/\1/p' "$f" | tail -n 1)
  [ -z "$release" ] || [ "$release" = "6.5" ] || continue
  id=$(basename "$f" .py)
  /usr/bin/python3 tools/real-tornado/run-real-tornado "$f" > "tests/gallery/expected/$id.txt"
  echo "recorded $id"
done
