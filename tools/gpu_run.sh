#!/usr/bin/env bash
# The one prepared GPU command (about 8 minutes on one H100; the GPU machine has torch but no nbdev or papermill):
#   bash tools/gpu_run.sh [OUT]
# 1. the bench on CUDA, every variant, and 4 processes side by side (results/bench/<device>.json and .md);
# 2. Table 2's `paper`-preset MIST row, seeds 0/1/2 as concurrent jobs, stopped by `timeout` if it would overrun.
# Everything it writes goes under OUT (default: results), so the rows come back with their run records.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-results}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
timeout 150 python -m mist_nb.bench --device cuda --steps 50 --repeats 3 --warmup 20 --concurrent 4 --out "$OUT/bench"
echo "bench exit $?"
timeout 330 python -m mist_nb.experiments.table2 --preset paper --methods MIST --seed 0 1 2 --jobs 3 --device cuda --out "$OUT/table2"
echo "table2 exit $?"
