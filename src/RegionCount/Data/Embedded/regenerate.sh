#!/bin/sh
# Regenerates the shipped Fashion-MNIST subset from the Debian copy (apt-get install dataset-fashion-mnist):
# the first 2,000 training and the first 1,000 test images with their labels, as IDX files compressed with
# `gzip -n -9` (no name or time stamp, so the output is byte-identical on every run).
# Usage: sh regenerate.sh [source folder, default /usr/share/datasets/fashion-mnist]
set -eu
src=${1:-/usr/share/datasets/fashion-mnist}
out=$(dirname "$0")

# $1 split prefix, $2 count as 4 big-endian header bytes in printf octal escapes, $3 count
images() {
    { printf '\000\000\010\003'; printf "$2"; printf '\000\000\000\034\000\000\000\034'
      gzip -dc "$src/$1-images-idx3-ubyte.gz" | tail -c +17 | head -c $(($3 * 784)); } \
        | gzip -n -9 > "$out/$1-images-idx3-ubyte.gz"
}
labels() {
    { printf '\000\000\010\001'; printf "$2"
      gzip -dc "$src/$1-labels-idx1-ubyte.gz" | tail -c +9 | head -c "$3"; } \
        | gzip -n -9 > "$out/$1-labels-idx1-ubyte.gz"
}

images train '\000\000\007\320' 2000   # 2000 = 0x07D0
labels train '\000\000\007\320' 2000
images t10k '\000\000\003\350' 1000    # 1000 = 0x03E8
labels t10k '\000\000\003\350' 1000
