#!/usr/bin/env bash
# Benchmark program (run by hand, never by CTest): can BrainBench tell seeing from
# guessing? On a phantom of N cases at 2 mm with a held-out example pool of M cases it
# prints, each with a 95 % interval:
#   - visibility per slice source (random, centre, manual reference, Vote-MI): the share
#     of lesion cases whose shown slice contains the lesion (model-free);
#   - accuracy of the seeing baseline ('features') per slice source and control,
#     0-shot (fitted on the pool) and k-shot (k = 1, 3, 5);
#   - the oracle's accuracy per slice source (the ceiling of a 2D reader);
#   - per question (lesion presence, side): the features baseline with manual reference
#     slices against its blank control, paired (McNemar).
# Slice-selection distances to the reference: tests/bench/selection_accuracy.
# Usage: tests/bench/brainbench_validity/run.sh [BRAINMD] [CASES] [POOL] [SEED]
# e.g.   tests/bench/brainbench_validity/run.sh build/default/app/brainmd 100 20 1
set -euo pipefail
brainmd="${1:-build/default/app/brainmd}"
cases="${2:-100}"
pool="${3:-20}"
seed="${4:-1}"
work="$(mktemp -d "${TMPDIR:-/tmp}/brainbench-validity.XXXXXX")"
db="$work/bench.sqlite"
trap 'rm -rf "$work"' EXIT
python="$(command -v python3)"

step() { printf '\n== %s ==\n' "$*"; }
timed() { local t0=$EPOCHREALTIME; "$@"; awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "(%.1f s)\n", b - a }' >&2; }

step "phantom: $cases cases at 2 mm, seed $seed"
timed "$brainmd" demo-data --cases "$cases" --seed "$seed" --resolution 2 --out "$work/data" \
    | tail -n 12
timed "$brainmd" import --db "$db" "$work/data" >/dev/null
step "slice selection (Vote-MI, centre, random)"
for method in votemi centre random; do
    timed "$brainmd" select --db "$db" --method "$method" >/dev/null
done

common=(--db "$db" --labels phantom --views axial --pool-size "$pool" --seed "$seed" --new)
sources=random,centre,manual,votemi,blank,none
run() { # name, then bench run arguments; prints the run's report.json path
    local name="$1"; shift
    "$brainmd" bench run "${common[@]}" --name "$name" "$@" >"$work/$name.log" 2>&1 || {
        cat "$work/$name.log" >&2; exit 1; }
    local id
    id=$("$brainmd" bench list --db "$db" --json | "$python" -c \
        'import json,sys; print(max(r["id"] for r in json.load(sys.stdin)))')
    "$brainmd" bench report --db "$db" --run "$id" --out "$work/report-$name" --format json \
        >/dev/null
    echo "$work/report-$name/report.json"
}

step "BrainBench runs (held-out, pool M = $pool)"
features=$(run features --backend features --slices "$sources" --shots 0,1,3,5)
oracle=$(run oracle --backend oracle --slices "$sources" --shots 0)
presence=$(run presence --backend features --slices manual,random,blank --shots 0,3,5 \
    --questions lesion_present)
side=$(run side --backend features --slices manual,random,blank --shots 0,3,5 \
    --questions lesion_side)

"$python" - "$features" "$oracle" "$presence" "$side" <<'PY'
import json, sys

def load(path):
    with open(path) as f:
        return json.load(f)

def pct(v):
    return "   -" if v is None else f"{100 * v:5.1f}"

def ci(low, high):
    return f"({pct(low).strip()}-{pct(high).strip()})"

features, oracle, presence, side = (load(p) for p in sys.argv[1:5])
split = features["split"]
print(f"\nsplit: {split['protocol']}, pool {len(split['pool'])} ({split['pool_method']}), "
      f"evaluated {len(split['evaluated'])} cases, overlap "
      f"{len({c['id'] for c in split['pool']} & {c['id'] for c in split['evaluated']})}")

print("\nvisibility (lesion cases whose shown axial slice contains the lesion, Wilson 95 %):")
for row in features["visibility"]:
    print(f"  {row['source']:16s} {row['shown_cases']:3d}/{row['lesion_cases']:<3d} "
          f"{pct(row['shown_rate'])} % {ci(*row['shown_rate_ci'])}   share of largest "
          f"cross-section {pct(row['mean_shown_share'])} % {ci(*row['mean_shown_share_ci'])}")

def table(report, title):
    print(f"\n{title} (accuracy %, bootstrap 95 %, all questions):")
    by = {c["condition"]: c for c in report["conditions"]}
    sources = ["random", "centre", "manual", "votemi", "blank", "none"]
    shots = sorted({int(c.split("/")[2].split("-")[0]) for c in by})
    print("  " + "source".ljust(8) + "".join(f"{f'{k}-shot':>22s}" for k in shots))
    for s in sources:
        cells = []
        for k in shots:
            c = by.get(f"{s}/axial/{k}-shot")
            cells.append(f"{pct(c['accuracy'])} {ci(*c['accuracy_ci'])}".rjust(22) if c
                         else "-".rjust(22))
        print("  " + s.ljust(8) + "".join(cells))

table(features, "features baseline (sees: image features + ridge logistic regression)")
table(oracle, "oracle (ceiling of a 2D reader of the shown slice)")

for name, report in (("lesion presence", presence), ("lesion side", side)):
    print(f"\nfeatures, {name}: condition vs blank control (paired, points, 95 %):")
    for c in report["control_contrasts"]:
        lo, hi = c["difference_ci"]
        print(f"  {c['condition']:22s} {100 * c['difference']:+6.1f} ({100 * lo:+.1f} to "
              f"{100 * hi:+.1f})  McNemar p {c['mcnemar_p']:.2g}"
              f"{'' if c['better_than_control'] else '  (not better)'}")
PY
