#!/usr/bin/env bash
# npm test: every check the README promises, in order. Each step runs even when an earlier one fails
# (a red lint must not hide a red browser test); the summary says which failed, and the exit code is
# non-zero if any did. The last line adds up the tests that ran: unit, vectors and browser.
set -uo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
names=()
results=()
times=()

step() {
  local name=$1
  shift
  local start=$SECONDS
  echo
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$logs/$name.log"
  local rc=${PIPESTATUS[0]}
  names+=("$name")
  results+=("$rc")
  times+=("$((SECONDS - start))")
  return "$rc"
}

skip() {
  names+=("$1")
  results+=("skipped")
  times+=(0)
}

step typecheck npx tsc -p . --noEmit
step lint npx eslint . --max-warnings 0
step layers npx tsx scripts/layers.ts
step format npx prettier --check .
step unit npx vitest run
step vectors npx tsx scripts/vectors.ts
if step build npx vite build; then
  step size npx tsx scripts/size.ts
  if step chromium bash scripts/ensure-chromium.sh; then
    step browser npx playwright test
  else
    skip browser
  fi
else
  skip size
  skip chromium
  skip browser
fi

strip() { sed -E 's/\x1b\[[0-9;]*m//g' "$1" 2>/dev/null; }
unit=$(strip "$logs/unit.log" | grep -E '^ +Tests ' | tail -1)
unit_passed=$(grep -oE '[0-9]+ passed' <<<"$unit" | grep -oE '[0-9]+' || echo 0)
unit_failed=$(grep -oE '[0-9]+ failed' <<<"$unit" | grep -oE '[0-9]+' || echo 0)
vec=$(strip "$logs/vectors.log" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -1)
vec_passed=$(grep -oE '^[0-9]+' <<<"$vec" || echo 0)
vec_failed=$(grep -oE '[0-9]+ failed' <<<"$vec" | grep -oE '[0-9]+' || echo 0)
pw=$(strip "$logs/browser.log" | grep -E '^ +[0-9]+ (passed|failed|flaky)' )
pw_passed=$(grep -oE '[0-9]+ passed' <<<"$pw" | grep -oE '[0-9]+' | head -1 || echo 0)
pw_failed=$(grep -oE '[0-9]+ (failed|flaky)' <<<"$pw" | awk '{ n += $1 } END { print n + 0 }')

echo
echo "=== summary"
failed_steps=0
for i in "${!names[@]}"; do
  r=${results[$i]}
  if [ "$r" = 0 ]; then word=ok; elif [ "$r" = skipped ]; then word=skipped; failed_steps=$((failed_steps + 1)); else word="FAILED (exit $r)"; failed_steps=$((failed_steps + 1)); fi
  printf '  %-10s %-18s %4ss\n' "${names[$i]}" "$word" "${times[$i]}"
done
echo "  unit ${unit_passed:-0}/$(( ${unit_passed:-0} + ${unit_failed:-0} )), vectors ${vec_passed:-0}/$(( ${vec_passed:-0} + ${vec_failed:-0} )), browser ${pw_passed:-0}/$(( ${pw_passed:-0} + ${pw_failed:-0} )); ${SECONDS}s in all"
rm -rf "$logs"
total_passed=$(( ${unit_passed:-0} + ${vec_passed:-0} + ${pw_passed:-0} ))
total_failed=$(( ${unit_failed:-0} + ${vec_failed:-0} + ${pw_failed:-0} ))
# A failed step that ran no test (types, lint, format, build, size) still fails the run.
if [ "$failed_steps" -gt 0 ] && [ "$total_failed" -eq 0 ]; then total_failed=$failed_steps; fi
echo "tests: $total_passed passed, $total_failed failed"
[ "$failed_steps" -eq 0 ]
