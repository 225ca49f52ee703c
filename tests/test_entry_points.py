"""The main job through its plain module entry point and through papermill, with smoke settings."""
import json, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_module_entry_point(tmp_path):
    out = tmp_path / "demo"
    p = subprocess.run([sys.executable, "-m", "mist_nb.demo", "--steps", "2", "--n-train", "64", "--n-test", "8",
                        "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert "after  training" in p.stdout
    assert json.loads((out / "metrics.json").read_text())["steps"] == 2 and (out / "demo.png").stat().st_size > 0


def test_bad_argument_is_reported():
    p = subprocess.run([sys.executable, "-m", "mist_nb.demo", "--steps", "many"], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode != 0 and "--steps" in p.stderr


def test_papermill_runs_the_demo_notebook_with_parameters(tmp_path):
    import papermill as pm
    out = tmp_path / "pm"
    pm.execute_notebook(str(ROOT / "nbs" / "20_demo.ipynb"), str(tmp_path / "run.ipynb"), cwd=str(ROOT / "nbs"),
                        parameters=dict(steps=3, n_train=64, n_test=8, out=str(out)), progress_bar=False)
    assert json.loads((out / "metrics.json").read_text())["steps"] == 3


def test_readme_is_generated_from_index():
    p = subprocess.run([sys.executable, str(ROOT / "tools" / "readme.py"), "--check"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert len((ROOT / "README.md").read_text().split()) <= 1200, "the README is for a newcomer: at most 1,200 words"


def test_readme_example_runs():
    "The README's example loads a published checkpoint and predicts boxes and digits, as it says."
    example = (ROOT / "README.md").read_text().split("```python\n")[1].split("```")[0]
    p = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("torch.Size([2, 9, 4])"), p.stdout


def test_table_entry_points_run_without_papermill(tmp_path):
    # table2's entry point runs in the test of concurrent seeds below
    for module, extra, methods in (("mist_nb.experiments.table1", ["--datasets", "Gabor", "--methods", "MIST", "Grid"], {"MIST", "Grid"}),
                                   ("mist_nb.experiments.table5", ["--rows", "3-9"], {"MIST", "Blurred peaks"}),
                                   ("mist_nb.experiments.table3", ["--datasets", "MNIST 3 digits", "--methods", "Xie20"], {"Xie20"})):
        out = tmp_path / module
        p = subprocess.run([sys.executable, "-m", module, "--preset", "smoke", "--out", str(out), *extra],
                           capture_output=True, text=True, cwd=ROOT)
        assert p.returncode == 0, p.stderr
        rows = json.loads((out / "runs.json").read_text())
        assert {r["method"] for r in rows} == methods and len(rows) == len(methods), rows
        assert {r["preset"] for r in rows} == {"smoke"} and (out / "smoke").is_dir()
    p = subprocess.run([sys.executable, "-m", "mist_nb.experiments.table2", "--preset", "fast"], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode != 0 and "--preset" in p.stderr


def test_experiment_cli_help_and_summary(tmp_path):
    p = subprocess.run([sys.executable, "-m", "mist_nb.experiment", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0 and "--out" in p.stdout and "cpu:" in p.stdout and "results/" in p.stdout
    p = subprocess.run([sys.executable, "-m", "mist_nb.experiment", "--summary", "--seed", "1"], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode != 0 and "ignores --seed" in p.stderr
    p = subprocess.run([sys.executable, "-m", "mist_nb.experiment", "--summary", "--out", str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "paper_vs_ours.md").exists() and str(tmp_path) in p.stdout


def test_seeds_run_as_concurrent_jobs_and_a_failed_job_keeps_the_others_rows(tmp_path):
    out = tmp_path / "jobs"
    p = subprocess.run([sys.executable, "-m", "mist_nb.experiments.table2", "--preset", "smoke", "--methods", "MIST",
                        "--seed", "0", "-1", "1", "--jobs", "2", "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode != 0 and "1 of 3 jobs failed (seeds [-1])" in p.stderr, p.stderr   # seed -1 cannot seed the scenes
    rows = json.loads((out / "runs.json").read_text())                          # both writers' rows are in the one file
    assert {(r["seed"], r["method"]) for r in rows} == {(s, m) for s in (0, 1) for m in ("MIST", "Untrained", "Blurred peaks")}
    p = subprocess.run([sys.executable, "-m", "mist_nb.experiments.table2", "--jobs", "0"], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode != 0 and "--jobs" in p.stderr
