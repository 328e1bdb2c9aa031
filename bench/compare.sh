#!/usr/bin/env bash
# Times the lecture's PyTorch script and this product on the same MNIST tree, one after the other
# on the same machine, and prints each program's JSON line and the ratios the project targets.
#
# Usage: bench/compare.sh MNIST_ROOT LECTURE_PYTORCH_SCRIPT
#   MNIST_ROOT              the tree that contains training/ and testing/
#   LECTURE_PYTORCH_SCRIPT  the lecture's timing script (lecture_pytorch.py), run with Debian's
#                           python3-torch: apt-get install -y python3-torch python3-torchvision
set -euo pipefail

root="$(cd "${1:?MNIST tree root}" && pwd)"
script="${2:?path of lecture_pytorch.py}"
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$project/mnist-app/target/mnist-app.jar"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

[ -f "$jar" ] || mvn -B -q -Dstyle.color=never -f "$project/pom.xml" -DskipTests package

wall() { # prints the wall time of a command in seconds, its output to a file
  local file="$1"; shift
  local start end ms
  start=$(date +%s%N)
  "$@" > "$file"
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}

torch1_wall=$(wall "$out/torch1.json" /usr/bin/python3 "$script" "$root" 1)
torch2_wall=$(wall "$out/torch2.json" /usr/bin/python3 "$script" "$root" 2)
java -jar "$jar" bench --data "$root" --offline > "$out/bench.json" 2>/dev/null
train_wall=$(wall "$out/train.txt" java -jar "$jar" train --data "$root" --offline \
  --json "$out/train.json")

echo "pytorch 1 thread:  $(cat "$out/torch1.json")  wall $torch1_wall s"
echo "pytorch 2 threads: $(cat "$out/torch2.json")  wall $torch2_wall s"
echo "mnist-dl4j bench:  $(tail -n 1 "$out/bench.json")"
echo "mnist-dl4j train:  wall $train_wall s"

/usr/bin/python3 - "$out" "$torch1_wall" "$torch2_wall" "$train_wall" <<'PY'
import json, sys
out, torch1_wall, torch2_wall, train_wall = sys.argv[1], *map(float, sys.argv[2:])
t1 = json.load(open(f"{out}/torch1.json"))
t2 = json.load(open(f"{out}/torch2.json"))
bench = json.loads(open(f"{out}/bench.json").read().strip().splitlines()[-1])
fast = t1 if t1["train_seconds"] <= t2["train_seconds"] else t2
fast_wall = torch1_wall if fast is t1 else torch2_wall
print(f"training time ratio (target <= 1.0): {bench['train_seconds'] / fast['train_seconds']:.2f}"
      f"  ({bench['train_seconds']} s vs PyTorch {fast['train_seconds']} s, {fast['threads']} thread(s))")
print(f"loading time ratio  (target <= 1.0): {bench['load_seconds'] / fast['load_seconds']:.2f}"
      f"  ({bench['load_seconds']} s vs {fast['load_seconds']} s)")
print(f"whole train command (target <= 2.0): {train_wall / fast_wall:.2f}"
      f"  ({train_wall:.2f} s vs PyTorch script {fast_wall:.2f} s)")
print(f"training accuracy: {bench['train_accuracy']} vs PyTorch {fast['train_accuracy']}")
PY
