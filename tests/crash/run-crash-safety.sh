#!/bin/bash
# Longer crash-safety runs: test_crash_safety with more rounds per operation (import, select,
# bench run, annotation), each round killing the process BRAINMD_CRASH_KILLS times (default 3)
# at seeded random moments, then rerunning it. Prints rounds, kills, integrity failures and
# lost commits (items reported as saved but missing after a kill).
#   tests/crash/run-crash-safety.sh [rounds] [build-dir]     (defaults: 10, build/default)
# BRAINMD_CRASH_SEED picks the first seed (default 1), so runs can be repeated or varied.
set -u
ROUNDS=${1:-10}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${2:-$SRC/build/default}
cmake --build "$BUILD" --target test_crash_safety -j2 >/dev/null || {
    echo "build failed (configure $BUILD first)" >&2
    exit 2
}
log=$(mktemp)
BRAINMD_CRASH_ROUNDS=$ROUNDS QT_QPA_PLATFORM=offscreen \
    "$BUILD/tests/crash/test_crash_safety" >"$log" 2>&1
status=$?
grep -E '^(PASS|FAIL|QWARN|QINFO).*(uninterrupted|FAIL)|^FAIL|Loc:' "$log" | head -40
grep -o 'crash-safety: .*' "$log"
grep -E '^Totals' "$log"
echo "log: $log"
exit $status
