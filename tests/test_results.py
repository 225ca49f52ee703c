"""What results/ holds is what the code says: paper numbers as in the code, every row with its run record, and
paper_vs_ours.md regenerated from the rows, not edited by hand."""
import json
from pathlib import Path
from mist_nb.experiment import paper_numbers_csv, paper_vs_ours, PRESETS

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


def test_paper_vs_ours_is_generated():
    assert (RESULTS / "paper_vs_ours.md").read_text() == paper_vs_ours(RESULTS), \
        "results/paper_vs_ours.md is stale or edited: run `python -m mist_nb.experiment --summary`"
