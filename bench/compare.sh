#!/usr/bin/env bash
# Times the lecture's PyTorch script and this product on the same MNIST tree on the same machine,
# and prints the median of each measure over several rounds and the ratios the project targets.
# The product runs through ./mnist-dl4j, as users run it. Each round runs the programs one after
# the other (PyTorch with 1 thread, PyTorch with 2 threads, bench, train), so that a burst of load
# from other processes skews one round of every program rather than all rounds of one.
#
# Usage: bench/compare.sh MNIST_ROOT LECTURE_PYTORCH_SCRIPT
#   MNIST_ROOT              the tree that contains training/ and testing/
#   LECTURE_PYTORCH_SCRIPT  the lecture's timing script (lecture_pytorch.py), run with Debian's
#                           python3-torch: apt-get install -y python3-torch python3-torchvision
# ROUNDS (environment, default 3) sets the number of rounds.
set -euo pipefail

root="$(cd "${1:?MNIST tree root}" && pwd)"
script="${2:?path of lecture_pytorch.py}"
rounds="${ROUNDS:-3}"
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
launcher="$project/mnist-dl4j"
out="$(mktemp -d)"
# Standard error of the timed runs (the train command's progress bar among it) goes to a file,
# which is printed if the script fails.
clean_up() {
  local status=$?
  if [ "$status" -ne 0 ] && [ -f "$out/stderr.txt" ]; then
    cat "$out/stderr.txt" >&2
  fi
  rm -rf "$out"
}
trap clean_up EXIT

wall() { # prints the wall time of a command in seconds, its output to a file
  local file="$1"; shift
  local start end ms
  start=$(date +%s%N)
  "$@" > "$file" 2>> "$out/stderr.txt"
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}

# An untimed run first, so that no timed run includes the build or the writing of the launcher's
# class data archive.
"$launcher" bench --data "$root" --offline --epochs 1 > /dev/null 2>> "$out/stderr.txt"

for round in $(seq 1 "$rounds"); do
  torch1_wall=$(wall "$out/torch1.$round.json" /usr/bin/python3 "$script" "$root" 1)
  torch2_wall=$(wall "$out/torch2.$round.json" /usr/bin/python3 "$script" "$root" 2)
  "$launcher" bench --data "$root" --offline > "$out/bench.$round.txt" 2>> "$out/stderr.txt"
  train_wall=$(wall "$out/train.$round.txt" "$launcher" train --data "$root" --offline \
    --json "$out/train.$round.json")
  echo "$torch1_wall $torch2_wall $train_wall" > "$out/walls.$round.txt"

  echo "round $round/$rounds"
  echo "  pytorch 1 thread:  $(cat "$out/torch1.$round.json")  wall $torch1_wall s"
  echo "  pytorch 2 threads: $(cat "$out/torch2.$round.json")  wall $torch2_wall s"
  echo "  mnist-dl4j bench:  $(tail -n 1 "$out/bench.$round.txt")"
  echo "  mnist-dl4j train:  wall $train_wall s"
done

/usr/bin/python3 - "$out" "$rounds" <<'PY'
import json, statistics, sys

out, rounds = sys.argv[1], int(sys.argv[2])
runs = range(1, rounds + 1)
torch1 = [json.load(open(f"{out}/torch1.{r}.json")) for r in runs]
torch2 = [json.load(open(f"{out}/torch2.{r}.json")) for r in runs]
bench = [json.loads(open(f"{out}/bench.{r}.txt").read().strip().splitlines()[-1]) for r in runs]
walls = [[float(x) for x in open(f"{out}/walls.{r}.txt").read().split()] for r in runs]

def median(values):
    return statistics.median(values)

torch = {
    1: {"load": median(t["load_seconds"] for t in torch1),
        "train": median(t["train_seconds"] for t in torch1),
        "wall": median(w[0] for w in walls), "accuracy": torch1[-1]["train_accuracy"]},
    2: {"load": median(t["load_seconds"] for t in torch2),
        "train": median(t["train_seconds"] for t in torch2),
        "wall": median(w[1] for w in walls), "accuracy": torch2[-1]["train_accuracy"]},
}
ours = {"load": median(b["load_seconds"] for b in bench),
        "train": median(b["train_seconds"] for b in bench),
        "startup": median(b["startup_seconds"] for b in bench),
        "wall": median(w[2] for w in walls), "accuracy": bench[-1]["train_accuracy"]}

print(f"medians of {rounds} round(s)")
for threads, t in torch.items():
    print(f"  pytorch {threads} thread(s): load {t['load']:.3f} s  train {t['train']:.3f} s"
          f"  wall {t['wall']:.2f} s")
print(f"  mnist-dl4j: load {ours['load']:.3f} s  train {ours['train']:.3f} s"
      f"  startup {ours['startup']:.3f} s  train command wall {ours['wall']:.2f} s")

threads = 1 if torch[1]["train"] <= torch[2]["train"] else 2
fast = torch[threads]
print(f"training time ratio (target <= 1.0): {ours['train'] / fast['train']:.2f}"
      f"  ({ours['train']:.3f} s vs PyTorch {fast['train']:.3f} s, {threads} thread(s))")
print(f"loading time ratio  (target <= 1.0): {ours['load'] / fast['load']:.2f}"
      f"  ({ours['load']:.3f} s vs {fast['load']:.3f} s)")
print(f"whole train command (target <= 2.0): {ours['wall'] / fast['wall']:.2f}"
      f"  ({ours['wall']:.2f} s vs PyTorch script {fast['wall']:.2f} s)")
print(f"training accuracy: {ours['accuracy']} vs PyTorch {fast['accuracy']}")
PY
