#!/usr/bin/env bash
# Every test of the project; `make test` runs it inside .venv. Fails if the notebooks and mist_nb/ are out of step.
set -euo pipefail
cd "$(dirname "$0")/.."

# 1. nbdev_export and nbdev_clean must leave the tree as it is: the notebooks are the source.
snapshot() { find mist_nb nbs -type f \( -name '*.py' -o -name '*.ipynb' \) -not -path '*/.ipynb_checkpoints/*' | sort | xargs md5sum; }
before=$(snapshot)
nbdev_export
nbdev_clean
after=$(snapshot)
if [ "$before" != "$after" ]; then
  echo "FAIL: nbdev_export / nbdev_clean changed files; export and clean the notebooks, then commit:"
  diff <(echo "$before") <(echo "$after") || true
  exit 1
fi

# 2. Every notebook with its smoke parameters (nbdev_test exits 0 when it finds none, so count them).
n_nbs=$(find nbs -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' | wc -l)
[ "$n_nbs" -ge 10 ] || { echo "FAIL: expected at least 10 notebooks under nbs/, found $n_nbs"; exit 1; }
echo "nbdev_test: $n_nbs notebooks"
# two notebooks at a time, one thread each: two processes of two threads each on 2 cores wait on each other
OMP_NUM_THREADS=1 MPLBACKEND=Agg nbdev_test --n_workers 2 --timing   # --timing: each notebook's seconds, slowest first

# 3. pytest: cross-checks, CLI and papermill smoke runs, the short learning run.
python tools/readme.py --check
# two test processes at a time, one thread each, as the notebooks (pytest-xdist); the slowest six named
OMP_NUM_THREADS=1 MPLBACKEND=Agg python -m pytest -q -n 2 --durations=6 tests
