#!/bin/bash
# Builds the libFuzzer targets (clang 14, ASan + UBSan, in build-fuzz) and runs each one for
# a set time, then prints per target: runs, exec/s, corpus size and crashes (crash, leak,
# timeout and out-of-memory inputs; each is also minimised next to the original).
#   tests/fuzz/run-fuzzers.sh [seconds-per-target]        (default 60)
# Environment: BRAINMD_FUZZ_BUILD (build dir), BRAINMD_FUZZ_WORK (corpora and artifacts),
# BRAINMD_FUZZ_TARGETS (subset, e.g. "dicom nifti"). A crashing input belongs, once fixed,
# in tests/fuzz/regressions/<target>/ where test_fuzz_regressions replays it.
set -u
SECONDS_PER_TARGET=${1:-60}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BRAINMD_FUZZ_BUILD:-$SRC/build-fuzz}
WORK=${BRAINMD_FUZZ_WORK:-$BUILD/fuzz-work}
TARGETS=${BRAINMD_FUZZ_TARGETS:-"dicom nifti taskpack documents response"}

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    CC=clang-14 CXX=clang++-14 cmake -S "$SRC" -B "$BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBRAINMD_FUZZ=ON "${launcher[@]}" >/dev/null || exit 2
fi
build_targets=(fuzz_make_seeds)
for t in $TARGETS; do build_targets+=("fuzz_$t"); done
cmake --build "$BUILD" --target "${build_targets[@]}" -j"${BRAINMD_FUZZ_JOBS:-2}" >/dev/null || {
    echo "build failed" >&2
    exit 2
}
mkdir -p "$WORK"
"$BUILD/tests/fuzz/fuzz_make_seeds" "$WORK/seeds" || exit 2

# Leaks inside third-party libraries (see the file) are not findings of ours.
LSAN="suppressions=$SRC/tests/sanitizers/lsan.supp:print_suppressions=0"
export LSAN_OPTIONS="$LSAN"
total_crashes=0
summary=()
for t in $TARGETS; do
    corpus="$WORK/corpus/$t"
    artifacts="$WORK/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    dirs=("$corpus" "$WORK/seeds/$t")
    [ -d "$SRC/tests/fuzz/regressions/$t" ] && dirs+=("$SRC/tests/fuzz/regressions/$t")
    log="$WORK/$t.log"
    before=$(find "$artifacts" -type f ! -name '*.min' ! -name '*.log' | wc -l)
    # -timeout: one input may take at most 10 s (a hang); -rss_limit_mb: memory per process.
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 LSAN_OPTIONS="$LSAN" \
        "$BUILD/tests/fuzz/fuzz_$t" "${dirs[@]}" -max_total_time="$SECONDS_PER_TARGET" \
        -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=10 -detect_leaks=1 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 -close_fd_mask=1 >"$log" 2>&1
    runs=$(grep -a -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    speed=$(grep -a -m1 'stat::average_exec_per_sec' "$log" | awk '{print $2}')
    corpus_size=$(find "$corpus" -type f | wc -l)
    found=$(find "$artifacts" -type f ! -name '*.min' ! -name '*.log' | wc -l)
    crashes=$((found - before))
    if [ "$crashes" -gt 0 ]; then
        for a in $(find "$artifacts" -type f ! -name '*.min' ! -name '*.log'); do
            [ -f "$a.min" ] && continue
            "$BUILD/tests/fuzz/fuzz_$t" -minimize_crash=1 -max_total_time=30 -timeout=10 \
                -exact_artifact_path="$a.min" "$a" >"$a.minimise.log" 2>&1
        done
    fi
    total_crashes=$((total_crashes + crashes))
    summary+=("$(printf '%-10s runs %-9s exec/s %-6s time %ss corpus %-5s crashes %s' "$t" \
        "${runs:-?}" "${speed:-?}" "$SECONDS_PER_TARGET" "$corpus_size" "$crashes")")
done
echo "fuzzing: $SECONDS_PER_TARGET s per target, work folder $WORK"
printf '%s\n' "${summary[@]}"
if [ "$total_crashes" -gt 0 ]; then
    echo "new findings (minimised copies end in .min):"
    find "$WORK/artifacts" -type f ! -name '*.log' | sort
    exit 1
fi
exit 0
