#!/usr/bin/env bash
# The real Slurm test (no mock): the profile build/slurm/tiny.json (12 real training runs) swept
#   1. on this machine alone (one `sweep`), the reference;
#   2. by submit.sh as a 4-task job array on a one-node Slurm cluster, one task killed with scancel in the middle of a
#      run, then submitted again (a second round) until the store is complete.
# Passes when the Slurm store holds exactly the reference's runs, no run completed twice (every task's output lists the
# runs it completed), no lock or temporary file is left, every record's results equal the reference's, and the claim
# tables (`tables`) and the verdicts (the report job's verdicts.csv) are identical.
#
#   build/slurm/test.sh [--cli PATH] [--mode shard|claim] [--kill-signal TERM|KILL] [--work DIR]
#
# --mode shard (the default): task i sweeps --shard i/4, so the killed task's shard is unfinished until round 2 resumes
# it. --mode claim: every task claims runs from the whole plan, so a task that starts later takes the killed task's run.
# --kill-signal KILL: kill -9 of the task's sweep process first (as the OOM killer or a crash would), which leaves the
# killed run's lock file behind (round 2 takes it over: its process on this host is gone), then scancel.
#
# Needs slurm-wlm and munge; a cluster already up is used, otherwise build/slurm/local-cluster.sh starts one (root) and
# stops it at the end. Exit code 0 pass, 1 fail, 4 Slurm cannot run here (the reason on stderr). The last line is the
# summary: "slurm test: passed: tasks 4, runs 12, kills 1, ..., duplicates 0, ...".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cli=$repo/src/RegionCount.Cli/bin/Release/net10.0/linux-x64/RegionCount.Cli
signal=TERM
mode=shard
work=
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli=$2; shift 2 ;;
    --kill-signal) signal=$2; shift 2 ;;
    --mode) mode=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "test.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "$cli" ] || { echo "test.sh: $cli: not built (dotnet build -c Release)" >&2; exit 2; }
profile=$here/tiny.json
tasks=4
work=${work:-$(mktemp -d /tmp/regioncount-slurm-test.XXXXXX)}
mkdir -p "$work"
started_cluster=0
if ! "$here/local-cluster.sh" check; then
  "$here/local-cluster.sh" up || exit 4
  started_cluster=1
fi
cleanup() {
  if [ "$started_cluster" = 1 ]; then "$here/local-cluster.sh" down >/dev/null; fi
}
trap cleanup EXIT

fail() { echo "slurm test: FAILED: $*"; exit 1; }
now() { date +%s; }
# Waits until none of the given jobs is pending, running or completing.
wait_jobs() {
  local ids; ids=$(IFS=,; echo "$*")
  while [ -n "$(squeue -h -j "$ids" -t PD,R,CG,S,CF -o %i 2>/dev/null)" ]; do sleep 2; done
}

exec > >(tee "$work/test.log") 2>&1   # the whole log stays beside the stores
t0=$(now)
echo "== reference: one sweep on this machine"
CI=true nice -n 10 "$cli" sweep --profile "$profile" --store "$work/single/runs" > "$work/single.log"
tail -n 1 "$work/single.log"
"$cli" tables --profile "$profile" --store "$work/single/runs" --out "$work/single/tables" > /dev/null
"$cli" report --profile "$profile" --store "$work/single/runs" --output "$work/single/report" > /dev/null
t1=$(now)

echo "== slurm round 1: $tasks tasks ($mode), one killed mid-run (SIG$signal)"
mkdir -p "$work/slurm"
cd "$work/slurm"
submit=("$here/submit.sh" --cli "$cli" --profile "$profile" --store "$work/slurm/runs" --tasks "$tasks" --time 00:30:00)
if [ "$mode" = shard ]; then submit+=(--shard); fi
"${submit[@]}" --report-dir "$work/slurm/report-round1" | tee "$work/submit1.log"
read -r -a jobs1 <<< "$(sed -n 's/^jobs: //p' "$work/submit1.log")"
array1=${jobs1[0]}
victim=
deadline=$(( $(now) + 600 ))
while [ -z "$victim" ]; do
  [ "$(now)" -lt "$deadline" ] || fail "no task of array $array1 started a run within 10 minutes"
  for out in regioncount-sweep-"${array1}"_*.out; do
    [ -f "$out" ] || continue
    last=$(grep -E '\] (start|completed) ' "$out" | tail -n 1 || true)
    if [[ $last == *"] start "* ]]; then
      victim=${out#regioncount-sweep-"${array1}"_}; victim=${victim%.out}
      victim_run=$(sed -E 's/.*\] start ([0-9a-f]+) .*/\1/' <<< "$last")
      break
    fi
  done
  [ -n "$victim" ] || sleep 0.2
done
if [ "$signal" = KILL ]; then
  # What the OOM killer or a crash does: the sweep process dies at once, its claim's lock file stays behind.
  task_pid=$(sed -nE 's/^array .* pid ([0-9]+)$/\1/p' "regioncount-sweep-${array1}_${victim}.out")
  kill -KILL "$(pgrep -P "$task_pid" -f 'RegionCount.Cli sweep')"
  sleep 1
  locks_after_kill=$(find "$work/slurm/runs" -maxdepth 1 -name '*.lock' | wc -l)
  scancel "${array1}_${victim}"
  echo "kill -KILL of the sweep of task ${array1}_${victim} while it ran $victim_run ($locks_after_kill lock file(s) left), then scancel"
else
  scancel "${array1}_${victim}"
  echo "scancel ${array1}_${victim} (SIGTERM, then SIGKILL after KillWait) while it ran $victim_run"
fi
wait_jobs "${jobs1[@]}"
locks1=$(find "$work/slurm/runs" -maxdepth 1 -name '*.lock' | wc -l)
victim_out=regioncount-sweep-${array1}_${victim}.out
mid_run=no
if ! grep -q "completed $victim_run" "$victim_out"; then mid_run=yes; fi
after1=$(find "$work/slurm/runs" -maxdepth 1 -name '*.json' ! -name '.*' | wc -l)
echo "after round 1: $after1 records, $locks1 lock files; the killed task's run $victim_run completed by it: $([ $mid_run = yes ] && echo no || echo yes)"
t2=$(now)

echo "== slurm round 2: the same submission again"
"${submit[@]}" --report-dir "$work/slurm/report" | tee "$work/submit2.log"
read -r -a jobs2 <<< "$(sed -n 's/^jobs: //p' "$work/submit2.log")"
wait_jobs "${jobs2[@]}"
t3=$(now)

echo "== checks"
"$cli" tables --profile "$profile" --store "$work/slurm/runs" --out "$work/slurm/tables" > /dev/null
planned=$(sed -nE 's/^([0-9]+) runs planned:.*/\1/p' "$work/single.log")
records=$(find "$work/slurm/runs" -maxdepth 1 -name '*.json' ! -name '.*' | wc -l)
leftovers=$(find "$work/slurm/runs" -maxdepth 1 \( -name '*.lock' -o -name '.*' -o -name '*.tmp' \) -type f | wc -l)
outs=(regioncount-sweep-*.out)
starts=$(cat "${outs[@]}" | grep -cE '\] start ' || true)
completions=$(cat "${outs[@]}" | sed -nE 's/.*\] completed ([0-9a-f]+).*/\1/p' | sort)
completed=$(wc -l <<< "$completions")
duplicates=$(uniq -d <<< "$completions" | grep -c . || true)
same_runs=no
if diff <(cd "$work/single/runs" && ls -- *.json) <(cd "$work/slurm/runs" && ls -- *.json) > /dev/null; then same_runs=yes; fi
same_results=no
if python3 - "$work/single/runs" "$work/slurm/runs" <<'PY'
import json, os, sys
a, b = sys.argv[1], sys.argv[2]
def results(path):
    # Everything a record says about the run's results; not when or where it ran (timings, environment, and the
    # metrics' per-epoch wall-time column "seconds").
    r = json.load(open(path))
    columns = r["metrics"]["columns"]
    keep = [i for i, c in enumerate(columns) if c != "seconds"]
    r["metrics"] = {"columns": [columns[i] for i in keep], "rows": [[row[i] for i in keep] for row in r["metrics"]["rows"]]}
    return {k: r.get(k) for k in ("config", "status", "message", "metrics", "regionCounts", "summary")}
bad = [f for f in sorted(os.listdir(a)) if f.endswith(".json") and results(os.path.join(a, f)) != results(os.path.join(b, f))]
print("records whose results differ:", bad or "none")
sys.exit(1 if bad else 0)
PY
then same_results=yes; fi
same_tables=no
if diff -r "$work/single/tables" "$work/slurm/tables"; then same_tables=yes; fi
same_verdicts=no
if diff "$work/single/report/verdicts.csv" "$work/slurm/report/verdicts.csv"; then same_verdicts=yes; fi
summary="mode $mode, tasks $tasks, runs $planned, rounds 2, kills 1 (task $victim, SIG$signal, mid-run: $mid_run), records after round 1 $after1, lock files after round 1 $locks1, records $records, runs started $starts, runs completed $completed, duplicates $duplicates, leftover lock/temp files $leftovers, same runs: $same_runs, same results: $same_results, same tables: $same_tables, same verdicts: $same_verdicts; wall $((t3 - t0)) s (reference $((t1 - t0)) s, round 1 $((t2 - t1)) s, round 2 $((t3 - t2)) s); work $work"
if [ "$records" -eq "$planned" ] && [ "$duplicates" -eq 0 ] && [ "$completed" -eq "$planned" ] && [ "$leftovers" -eq 0 ] \
  && [ $same_runs = yes ] && [ $same_results = yes ] && [ $same_tables = yes ] && [ $same_verdicts = yes ]; then
  echo "slurm test: passed: $summary"
else
  fail "$summary"
fi
