#!/usr/bin/env bash
# Submits a profile's sweep to Slurm: ROUNDS job arrays of TASKS time-budgeted sweep tasks (build/slurm/sweep-array.sh),
# each round starting when the one before has ended (--dependency=afterany), then one job that merges and reports
# (build/slurm/finish.sh, afterany of the last round). Every round resumes the same store, so a round whose tasks ran out
# of budget or were killed is continued by the next; submitting again later continues the same way.
#
#   build/slurm/submit.sh --cli PATH --profile P --store DIR [--tasks N] [--rounds K] [--time HH:MM:SS]
#                         [--budget DURATION] [--shard] [--merge-into DIR] [--report-dir DIR] [--sbatch "OPTIONS"]
#                         [-- SWEEP OPTIONS...]
#
#   --cli       the published RegionCount.Cli on a path every node sees
#               (dotnet publish src/RegionCount.Cli -c Release -o /shared/regioncount [-p:TorchBackend=cuda])
#   --store     the store on the shared file system (NFSv3 or later, or any POSIX file system all nodes mount)
#   --time      each task's Slurm time limit (default 04:00:00); --budget the sweep's (default: --time minus 10 min)
#   --sbatch    options for every job, e.g. "--partition=gpu --gres=gpu:1 --cpus-per-task=8"
#   after --     options for every sweep and the report, e.g. --data-dir /shared/data --device cuda
#
# Prints one line per job and, last, "jobs: ARRAY... REPORT" (the job ids, for scripts).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli='' profile='' store='' tasks=4 rounds=1 time=04:00:00 budget='' shard=0 merge='' report='' sbatch_opts=''
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    --store) store=$2; shift 2 ;;
    --tasks) tasks=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --time) time=$2; shift 2 ;;
    --budget) budget=$2; shift 2 ;;
    --shard) shard=1; shift ;;
    --merge-into) merge=$2; shift 2 ;;
    --report-dir) report=$2; shift 2 ;;
    --sbatch) sbatch_opts=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "submit.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
for required in cli profile store; do
  [ -n "${!required}" ] || { echo "submit.sh: --$required is required" >&2; exit 2; }
done
[ -x "$cli" ] || { echo "submit.sh: --cli $cli: not an executable" >&2; exit 2; }
case "$tasks$rounds" in *[!0-9]*) echo "submit.sh: --tasks and --rounds must be positive integers" >&2; exit 2 ;; esac
if [ -z "$tasks" ] || [ -z "$rounds" ] || [ "$tasks" -lt 1 ] || [ "$rounds" -lt 1 ]; then
  echo "submit.sh: --tasks and --rounds must be positive integers" >&2; exit 2
fi
if [ -z "$budget" ]; then
  # --time as [D-]HH:MM:SS less 10 minutes for start-up, the last record and the grace period.
  IFS=- read -r days clock <<< "$( [[ $time == *-* ]] && echo "$time" || echo "0-$time")"
  IFS=: read -r h m s <<< "$clock"
  seconds=$(( 10#$days * 86400 + 10#$h * 3600 + 10#$m * 60 + 10#$s - 600 ))
  [ "$seconds" -gt 0 ] || { echo "submit.sh: --time $time leaves no budget after 10 minutes of margin; give --budget" >&2; exit 2; }
  budget="${seconds}s"
fi
mkdir -p "$store"
store=$(cd "$store" && pwd)
export RC_CLI=$cli RC_PROFILE=$profile RC_STORE=$store RC_BUDGET=$budget RC_SHARD=$shard RC_ARGS="$*"
export RC_MERGE_INTO=$merge RC_REPORT_DIR=$report
ids=()
dependency=()
for round in $(seq 1 "$rounds"); do
  # shellcheck disable=SC2086 # sbatch_opts is a list of options
  id=$(sbatch --parsable --export=ALL --array="1-$tasks" --time="$time" "${dependency[@]}" $sbatch_opts "$here/sweep-array.sh")
  id=${id%%;*}
  echo "round $round: array job $id, $tasks tasks, time limit $time, budget $budget each"
  ids+=("$id")
  dependency=(--dependency="afterany:$id")
done
# shellcheck disable=SC2086
report_id=$(sbatch --parsable --export=ALL "${dependency[@]}" $sbatch_opts "$here/finish.sh")
report_id=${report_id%%;*}
echo "report job $report_id after array $id"
echo "jobs: ${ids[*]} $report_id"
