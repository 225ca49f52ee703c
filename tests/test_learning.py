"""The short CPU training run of the issue: a few hundred scenes, Algorithm 1, measured before and after."""
import json
from mist_nb.demo import run_demo


def test_short_cpu_run_lowers_task_loss_and_finds_digits(tmp_path):
    r = run_demo(steps=240, n_train=640, n_test=200, seed=0, out=tmp_path, progress=False)
    # the task loss falls (mean of the last 30 iterations against the first 30)
    assert r["task_loss_last"] < 0.8 * r["task_loss_first"], r
    # detections move onto the digits: more digits found at IoU ≥ 0.5, and more found *and* classified
    assert r["after"]["detection"] > r["before"]["detection"] + 0.02, r
    assert r["after"]["both"] > r["before"]["both"] + 0.05, r
    assert r["after"]["classification"] > r["before"]["classification"] + 0.2, r
    record = json.loads((tmp_path / "metrics.json").read_text())
    for key in ("preset", "device", "torch", "digit_source", "seed", "git_commit", "wall_seconds", "train_images_per_second"):
        assert key in record
