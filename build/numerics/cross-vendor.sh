#!/usr/bin/env bash
# Cross-vendor check of the canonical numeric mode on one machine: trains the same small run natively and under
# qemu-user emulating an Intel Haswell (GenuineIntel CPUID, AVX2; QEMU >= 7.2 emulates AVX2 with IEEE-exact
# softfloat), in the canonical and the native mode, and compares the saved weights byte for byte. MKL picks its
# code path by vendor, so this is the difference between an AMD and an Intel machine that one host can show.
#   apt-get install qemu-user; build/numerics/cross-vendor.sh OUT      (about 6 min per emulated run on 2 cores)
set -euo pipefail
out=${1:?usage: cross-vendor.sh OUT}
cd "$(dirname "$0")/../.."
dotnet build src/RegionCount.Cli -c Release >/dev/null
rm -rf "$out/cli" && mkdir -p "$out" && cp -r src/RegionCount.Cli/bin/Release/net10.0/linux-x64 "$out/cli"
cli="$out/cli/RegionCount.Cli"
run=(train --dataset fashion-mnist-subset --model mlp --epochs 3 --batch 128 --seed 1)
for mode in canonical native; do
  for host in here emulated-haswell; do
    prefix=(); [ "$host" = emulated-haswell ] && prefix=(qemu-x86_64 -cpu Haswell-v4)
    start=$(date +%s)
    env REGIONCOUNT_NUMERICS=$mode "${prefix[@]}" "$cli" "${run[@]}" --save "$out/$mode-$host.pt" 2>/dev/null | tail -2
    echo "$mode $host: $(( $(date +%s) - start )) s"
  done
  if cmp -s "$out/$mode-here.pt" "$out/$mode-emulated-haswell.pt"; then
    echo "$mode: weights bit-identical here and on the emulated Intel Haswell"
  else
    echo "$mode: weights DIFFER between here and the emulated Intel Haswell"
  fi
done
