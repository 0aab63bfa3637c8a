#!/usr/bin/env bash
#SBATCH --job-name=regioncount-sweep
#SBATCH --output=regioncount-sweep-%A_%a.out
# One task of a Slurm job array (submitted by build/slurm/submit.sh, which sets the variables below): a time-budgeted
# `sweep` against a store on a file system every node mounts. With RC_SHARD=1 task i runs `--shard i/n` of the plan;
# otherwise (the default) every task claims runs from the whole plan, one at a time, through the store's locks, so a
# fast task takes more runs and a killed task's run is free for the next round.
#
#   RC_CLI      the RegionCount.Cli executable (published to the shared file system, or the same path on every node)
#   RC_PROFILE  built-in profile name or profile JSON file
#   RC_STORE    the result store folder on the shared file system
#   RC_BUDGET   this task's --time-budget (below the job's --time, leaving room for start-up and the last record)
#   RC_SHARD    1: shard the plan by task; else claim
#   RC_ARGS     further sweep options, e.g. "--data-dir /shared/data --device cuda" (word-split)
#
# Exit code: 0 when the sweep ended with nothing left for this task or when its budget was spent (code 3: the next
# round continues); the sweep's code otherwise (1: a run failed and is retried by the next sweep; 2: bad input).
set -uo pipefail
: "${RC_CLI:?}" "${RC_PROFILE:?}" "${RC_STORE:?}" "${RC_BUDGET:?}"
shard=()
if [ "${RC_SHARD:-0}" = 1 ]; then
  shard=(--shard "${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT}")
fi
echo "array ${SLURM_ARRAY_JOB_ID} task ${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT} on $(hostname -s), pid $$"
export CI=true   # plain progress lines in the job's output file
# shellcheck disable=SC2086 # RC_ARGS is a list of options
"$RC_CLI" sweep --profile "$RC_PROFILE" --store "$RC_STORE" --time-budget "$RC_BUDGET" "${shard[@]}" ${RC_ARGS:-} &
sweep=$!
# Slurm signals the whole job on scancel or at its time limit (SIGTERM, then SIGKILL after KillWait); forward it to the
# sweep, which cancels its running run and releases that run's claim before it exits.
trap 'kill -TERM $sweep 2>/dev/null' TERM INT
wait $sweep; code=$?
if [ $code -gt 128 ]; then wait $sweep; code=$?; fi
echo "sweep exit code $code"
if [ $code -eq 3 ]; then exit 0; fi
exit $code
