#!/usr/bin/env bash
# Trains the smoke profile once per numeric environment, each into its own store, and times it: the measurement
# behind the canonical mode's speed cost (README, "Numerics") and behind expected/smoke/tolerances.json (the
# `tolerances` command compares the stores' claim tables with the canonical one).
#   build/numerics/sweep-environments.sh OUT [ENV...]     (default: every environment below, in order)
# then: regioncount tolerances --reference OUT/tables/canonical --compare OUT/tables/<other>... --out FILE
set -euo pipefail
out=${1:?usage: sweep-environments.sh OUT [ENV...]}; shift
cd "$(dirname "$0")/../.."
# A private copy of the CLI, so a rebuild during the sweeps cannot change the program under them.
dotnet build src/RegionCount.Cli -c Release >/dev/null
rm -rf "$out/cli" && mkdir -p "$out" && cp -r src/RegionCount.Cli/bin/Release/net10.0/linux-x64 "$out/cli"
cli="$out/cli/RegionCount.Cli"

# name: the variables of that environment (REGIONCOUNT_NUMERICS=native lets the others through untouched).
declare -A envs=(
  [canonical]=""
  [native]="REGIONCOUNT_NUMERICS=native"
  [generic]="REGIONCOUNT_NUMERICS=native ATEN_CPU_CAPABILITY=default DNNL_MAX_CPU_ISA=SSE41 MKL_CBWR=COMPATIBLE"
  [one-thread]="REGIONCOUNT_NUMERICS=native ATEN_CPU_CAPABILITY=avx2 DNNL_MAX_CPU_ISA=AVX2 MKL_CBWR=COMPATIBLE OMP_NUM_THREADS=1 MKL_NUM_THREADS=1"
  [aten-default]="REGIONCOUNT_NUMERICS=native ATEN_CPU_CAPABILITY=default"
)
order=(canonical native generic one-thread aten-default)
[ $# -gt 0 ] && order=("$@")
mkdir -p "$out"
for name in "${order[@]}"; do
  store="$out/$name"
  rm -rf "$store" "$out/cache-$name"
  start=$(date +%s.%N)
  env XDG_CACHE_HOME="$out/cache-$name" ${envs[$name]} "$cli" sweep --profile smoke --store "$store" > "$out/$name.log"
  end=$(date +%s.%N)
  printf '%s\t%.1f s\t%s\n' "$name" "$(echo "$end - $start" | bc)" "$(env ${envs[$name]} "$cli" info | grep '^numerics' | sed 's/^numerics *//')" | tee -a "$out/times.tsv"
  env ${envs[$name]} "$cli" tables --profile smoke --store "$store" --out "$out/tables/$name" > /dev/null
done
