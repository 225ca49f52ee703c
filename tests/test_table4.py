"""Table 4 end to end on a fixture in the real formats (JPEG, VOC XML, COCO JSON): the CLI, papermill and the main command."""
import json, os, subprocess, sys
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
NO_ROOTS = {k: v for k, v in os.environ.items() if k not in ("MIST_VOC_ROOT", "MIST_COCO_ROOT")}


@pytest.fixture(scope="module")
def fixture_roots(tmp_path_factory):
    from mist_nb.data.pascal import write_fixture
    return write_fixture(tmp_path_factory.mktemp("pascal"), copies=4)


def table4(*args):
    return subprocess.run([sys.executable, "-m", "mist_nb.experiments.table4", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env=NO_ROOTS)


def test_cli_trains_both_methods_and_writes_loadable_checkpoints(tmp_path, fixture_roots):
    voc, coco = fixture_roots
    p = table4("--voc-root", voc, "--coco-root", coco, "--weights", "none", "--preset", "smoke", "--out", tmp_path)
    assert p.returncode == 0, p.stderr
    rows = json.loads((tmp_path / "runs.json").read_text())
    assert {r["method"] for r in rows} == {"MIST", "Xie20", "Centre prior"} and {r["weights"] for r in rows} == {"none"}
    assert all(set(r["metrics"]) >= {"precision", "recall", "f1"} for r in rows) and "untrained_f1" in rows[1]["metrics"]
    from mist_nb.mist import load_model
    for name in ("mist", "xie20"): assert load_model(tmp_path / "smoke" / f"{name}_seed0.pt").k == 2
    assert (tmp_path / "smoke" / "figure6_seed0.png").stat().st_size > 0


def test_cli_names_missing_data(tmp_path, capsys, monkeypatch):
    "The CLI's checks, in this process (the same `main` as `python -m`): no roots, a missing folder, a folder that is not VOC's."
    from mist_nb.experiments.table4 import main
    for name in ("MIST_VOC_ROOT", "MIST_COCO_ROOT"): monkeypatch.delenv(name, raising=False)
    for argv, said in ((["--preset", "smoke"], "Table 4 needs PASCAL VOC 2007"), (["--voc-root", str(tmp_path / "nowhere")], "is not a folder")):
        with pytest.raises(SystemExit) as e: main(argv)
        assert e.value.code != 0 and said in capsys.readouterr().err
    with pytest.raises(FileNotFoundError, match="has no Annotations/ folder"):
        main(["--voc-root", str(tmp_path), "--preset", "smoke", "--out", str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()                                  # nothing written


def test_main_command_runs_table4_through_papermill_when_given_roots(tmp_path, fixture_roots):
    from mist_nb.experiment import reproduce
    voc, coco = fixture_roots
    summary = reproduce(preset="smoke", device="cpu", only=["table4"], results=tmp_path, voc_root=voc, coco_root=coco, weights="none")
    rows = json.loads((tmp_path / "table4" / "runs.json").read_text())
    assert {r["method"] for r in rows} == {"MIST", "Xie20", "Centre prior"} and {r["dataset"] for r in rows} == {"PASCAL+COCO"}
    assert (tmp_path / "table4" / "smoke" / "table4_pascal_coco_seed0.ipynb").exists()
    table4 = summary.read_text().split("## Table 4")[1].split("## Table 5")[0]
    assert "| MIST |" in table4 and "(67.9, " in table4                     # ours beside the paper's F1, with the gap


def test_main_command_without_roots_says_what_to_download(tmp_path):
    p = subprocess.run([sys.executable, "-c", "from mist_nb.experiment import reproduce; "
                        f"print(reproduce(preset='smoke', device='cpu', only=['table4'], results={str(tmp_path)!r}))"],
                       capture_output=True, text=True, cwd=ROOT, env=NO_ROOTS)
    assert p.returncode == 0, p.stderr
    assert (p.stdout + p.stderr).count("Table 4 needs PASCAL VOC 2007") == 1 and not (tmp_path / "table4").exists()
    assert "make reproduce ARGS=" in (tmp_path / "paper_vs_ours.md").read_text().split("## Table 4")[1].split("## Table 5")[0]
