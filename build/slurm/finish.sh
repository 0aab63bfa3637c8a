#!/usr/bin/env bash
#SBATCH --job-name=regioncount-report
#SBATCH --output=regioncount-report-%j.out
# The job that runs after the last sweep round (submitted by build/slurm/submit.sh with --dependency=afterany:, so it
# runs however the sweep tasks ended): optionally merges the shared store into RC_MERGE_INTO (verifying every record,
# refusing conflicting ones), then writes the report from what is recorded (a partial store gives a partial report; the
# sweep line of the report's header says how many runs it holds).
#
#   RC_CLI, RC_PROFILE, RC_STORE, RC_ARGS  as for sweep-array.sh
#   RC_MERGE_INTO  optional: a store to merge RC_STORE into (e.g. the repository's reports/<profile>/runs); reported from
#   RC_REPORT_DIR  optional: the report folder (default: beside the store reported from)
set -euo pipefail
: "${RC_CLI:?}" "${RC_PROFILE:?}" "${RC_STORE:?}"
store=$RC_STORE
if [ -n "${RC_MERGE_INTO:-}" ]; then
  "$RC_CLI" merge "$RC_STORE" --into "$RC_MERGE_INTO"
  store=$RC_MERGE_INTO
fi
output=()
if [ -n "${RC_REPORT_DIR:-}" ]; then
  output=(--output "$RC_REPORT_DIR")
fi
# shellcheck disable=SC2086 # RC_ARGS is a list of options
"$RC_CLI" report --profile "$RC_PROFILE" --store "$store" "${output[@]}" ${RC_ARGS:-}
