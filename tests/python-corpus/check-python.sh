#!/usr/bin/env bash
# Runs every corpus program under CPython and lists the ones that break the corpus
# rules: a program must finish with status 0, or with status 1 and a final stderr line
# naming the exception its `# raises: ExcType` comment declares; it must print the same
# thing under two hash seeds (so nothing depends on str hashing or set order); and it
# must be 10-60 lines long. Prints nothing but a summary when every program passes.
#
# It also checks the hand-written .expected files it can: limits/ programs marked
# `# cpython: same` against CPython, and py2/ programs against Python 2.7 when a
# `python2` that runs is on PATH (else they are reported as not checked).
#
# Usage: tests/python-corpus/check-python.sh [python3] [python2]
set -u
here="$(cd "$(dirname "$0")" && pwd)"
py="${1:-python3}"
py2="${2:-python2}"
failures=0
count=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

fail() {
  echo "FAIL $1: $2"
  failures=$((failures + 1))
}

for file in "$here"/programs/*.py; do
  name="$(basename "$file")"
  count=$((count + 1))
  if [[ ! "$name" =~ ^[0-9]{3}_[a-z0-9_]+\.py$ ]]; then
    fail "$name" "name is not NNN_topic.py"
  fi
  lines="$(wc -l < "$file")"
  if (( lines < 10 || lines > 60 )); then
    fail "$name" "$lines lines (want 10-60)"
  fi
  declared="$(sed -n 's/^# raises: \([A-Za-z_][A-Za-z0-9_.]*\).*$/\1/p' "$file" | head -n 1)"
  for seed in 0 12345; do
    (cd "$tmp" && PYTHONHASHSEED=$seed PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
      timeout 20 "$py" "$file" > "$tmp/out.$seed" 2> "$tmp/err.$seed")
    echo $? > "$tmp/rc.$seed"
  done
  rc="$(cat "$tmp/rc.0")"
  if ! cmp -s "$tmp/out.0" "$tmp/out.12345" || ! cmp -s "$tmp/err.0" "$tmp/err.12345" \
    || [[ "$rc" != "$(cat "$tmp/rc.12345")" ]]; then
    fail "$name" "output differs between hash seeds"
  fi
  last="$(tail -n 1 "$tmp/err.0")"
  if [[ -z "$declared" ]]; then
    if [[ "$rc" != 0 ]]; then
      fail "$name" "exit status $rc: $last"
    elif [[ -s "$tmp/err.0" ]]; then
      fail "$name" "wrote to stderr: $last"
    fi
  else
    if [[ "$rc" != 1 ]]; then
      fail "$name" "exit status $rc, but it declares # raises: $declared"
    elif [[ "$last" != "$declared" && "$last" != "$declared: "* ]]; then
      fail "$name" "last stderr line '$last' does not name $declared"
    fi
  fi
  if [[ ! -s "$tmp/out.0" ]]; then
    fail "$name" "printed nothing"
  fi
done

# Prints what an .expected file would hold for one run: stdout, then `!! <last stderr
# line>` when the exit status is not 0.
expected_form() {
  local interpreter="$1" file="$2"
  local out rc
  out="$(cd "$tmp" && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
    timeout 60 "$interpreter" "$file" 2> "$tmp/err"; echo "rc=$?")"
  rc="${out##*rc=}"
  printf '%s' "${out%rc=*}"
  if [[ "$rc" != 0 ]]; then
    printf '!! %s\n' "$(tail -n 1 "$tmp/err")"
  fi
}

checked=0
for file in "$here"/limits/*.py; do
  grep -q '^# cpython: same' "$file" || continue
  checked=$((checked + 1))
  if ! cmp -s <(expected_form "$py" "$file") "${file%.py}.expected"; then
    fail "limits/$(basename "$file")" "CPython's output differs from the .expected file"
  fi
done

py2_status="not checked (no working $py2)"
if "$py2" -c 'print "ok"' > /dev/null 2>&1; then
  py2_status="checked with $py2"
  for file in "$here"/py2/*.py; do
    checked=$((checked + 1))
    # Error lines in .expected use Python 3's messages, so only stdout is compared.
    if ! cmp -s <(expected_form "$py2" "$file" | grep -v '^!! ') \
      <(grep -v '^!! ' "${file%.py}.expected"); then
      fail "py2/$(basename "$file")" "Python 2's stdout differs from the .expected file"
    fi
  done
fi

echo "$count programs, $checked .expected files checked, py2/ $py2_status; $failures failures"
(( failures == 0 ))
