#!/usr/bin/env bash
# Runs per hour of `sweep` with 1 job x 2 threads vs 2 jobs x 1 thread, side by side in one session, for the MLP and
# small CNN (Fashion-MNIST) and the width-16 ResNet18/VGG19 (CIFAR-10). Each arm sweeps the same 4 runs per network
# into a fresh store; the figure is 4 runs / wall seconds. Usage: build/bench-jobs/run.sh [CIFAR data dir]
# (default ../shared/data/cifar10-jpeg-q75). Prints a Markdown table. Needs an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-../shared/data/cifar10-jpeg-q75}"
out=$(mktemp -d)
# A copy of the build output (not `dotnet publish`, which skips the native compatibility step), so that a rebuild
# during the benchmark cannot touch the binaries it runs.
dotnet build src/RegionCount.Cli -c Release >/dev/null
cp -r src/RegionCount.Cli/bin/Release/net10.0/linux-x64 "$out/cli"
profile="$PWD/build/bench-jobs/profile.json"
arm() { # $1 = jobs, $2 = network id -> prints seconds
  local store="$out/store-$1-$2" start
  python3 - "$profile" "$2" > "$out/p-$2.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); net = sys.argv[2]
for e in p["experiments"]:
    e["models"] = [m for m in e["models"] if m == net]
p["experiments"] = [e for e in p["experiments"] if e["models"]]
json.dump(p, sys.stdout)
PY
  start=$(date +%s.%N)
  CI=true "$out/cli/RegionCount.Cli" sweep --profile "$out/p-$2.json" --store "$store" --data-dir "$data" --jobs "$1" >"$out/log-$1-$2" 2>&1
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$(date +%s.%N)"
}
echo "| network | 1 job x 2 threads (runs/h) | 2 jobs x 1 thread (runs/h) | ratio 2 jobs / 1 job |"
echo "|---|---|---|---|"
for net in mlp small-cnn resnet18-w16 vgg19-w16; do
  one=$(arm 1 "$net"); two=$(arm 2 "$net")
  python3 -c "import sys; a, b = float(sys.argv[2]), float(sys.argv[3]); print(f'| {sys.argv[1]} | {4*3600/a:.0f} ({a:.0f} s) | {4*3600/b:.0f} ({b:.0f} s) | {a/b:.2f} |')" "$net" "$one" "$two"
done
rm -rf "$out"
