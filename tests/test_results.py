"""What results/ holds is what the code says: paper numbers as in the code, every row with its run record, and
paper_vs_ours.md and beyond_paper.md regenerated from the rows, not edited by hand; a tree small enough to travel."""
import subprocess
import pytest
import json
from pathlib import Path
from mist_nb.experiment import beyond_paper, paper_numbers_csv, paper_vs_ours, PRESETS

RESULTS = Path(__file__).resolve().parents[1] / "results"
RECORD = ("preset", "seed", "device", "torch", "digit_source", "git_commit", "wall_seconds", "train_images_per_second")


def test_paper_numbers_file_matches_the_code():
    assert (RESULTS / "paper_numbers.csv").read_text() == paper_numbers_csv()


def test_every_result_row_says_how_it_was_obtained():
    files = sorted(RESULTS.glob("*/runs.json"))
    assert files, "no results/*/runs.json yet"
    for f in files:
        for row in json.loads(f.read_text()):
            missing = [k for k in RECORD if k not in row]
            assert not missing, f"{f}: row {row.get('method')} {row.get('dataset')} lacks {missing}"
            assert row["preset"] in PRESETS and row["preset"] != "smoke", f"{f}: a {row['preset']} row is committed"
            assert row["metrics"] and all(v == v for v in row["metrics"].values()), f"{f}: empty or NaN metrics"


def test_paper_vs_ours_is_generated_and_fits_a_glance():
    for name, make in (("paper_vs_ours.md", paper_vs_ours), ("beyond_paper.md", beyond_paper)):
        assert (RESULTS / name).read_text() == make(RESULTS), \
            f"results/{name} is stale or edited: run `python -m mist_nb.experiment --summary`"
    lines = (RESULTS / "paper_vs_ours.md").read_text().splitlines()
    assert len(lines) <= 120 and max(map(len, lines)) <= 200, (len(lines), max(map(len, lines)))


def test_the_tracked_tree_travels_to_a_gpu_machine():
    "A GPU machine receives the working tree only under 64 MiB; the tracked files keep a margin under it."
    root = RESULTS.parent
    if not (root / ".git").exists(): pytest.skip("not a git checkout")
    files = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, text=True, check=True).stdout.split("\0")
    size = sum((root / f).stat().st_size for f in files if f and (root / f).is_file())
    assert size <= 48 * 2**20, f"tracked files take {size / 2**20:.1f} MiB, over 48 MiB"
    import torch
    heavy = [f for f in files if f.endswith(".pt") and not torch.load(root / f, map_location="cpu", weights_only=False).get("stored")]
    assert not heavy, f"checkpoints not stored lean (mist_nb.mist.save_checkpoint): {heavy}"


def test_every_committed_setting_is_expressible_and_is_what_the_tables_build():
    """Each committed row's training setting reads as a config and callbacks (a flat dict, written before callbacks,
    through `legacy_setting`), and for the `cpu` rows the table modules still build, it is what they build now.
    A row that does not record `ink_centring` was trained before that setting existed: without `InkCentring`."""
    from mist_nb.train import SupervisedTrainer, TrainConfig, InkCentring
    from mist_nb.legacy import legacy_setting
    from mist_nb.experiments import table2
    built = 0
    for f in sorted(RESULTS.glob("*/runs.json")):
        for row in json.loads(f.read_text()):
            if not row.get("train_config"): continue
            setting, supervised = row["train_config"], None
            if "callbacks" in setting: recorded = TrainConfig(**setting["config"]), sorted(setting["callbacks"])
            else:
                config, callbacks, supervised = legacy_setting(setting)
                recorded = config, sorted(map(repr, callbacks))
            method = {"table2": row["method"], "table5": "MIST"}.get(f.parent.name, "MIST" if row["method"] == "MIST" else None)
            if method is None or row["preset"] != "cpu": continue
            callbacks = [cb for cb in table2.row_callbacks(method, "cpu") if "ink_centring" in row or not isinstance(cb, InkCentring)]
            now = table2.config(method, "cpu", row["seed"]), sorted(map(repr, callbacks))
            assert now == recorded, (f, row["method"], now, recorded)
            if supervised is not None: assert (table2.TRAINERS[method] is SupervisedTrainer) == supervised
            built += 1
    assert built >= 12, built
