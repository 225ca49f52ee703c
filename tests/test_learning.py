"""Short CPU training runs, measured on held-out scenes against the untrained model of the same seed."""
import json
import torch
from mist_nb.demo import run_demo
from mist_nb.data import MultiMNIST
from mist_nb.metrics import detection_rate
from mist_nb.mist import mist_classifier
from mist_nb.train import SupervisedTrainer, seed_everything, predict
from mist_nb.experiments.table2 import config


def test_short_mist_run_finds_and_classifies_digits(tmp_path):
    r = run_demo(steps=80, n_train=640, n_test=200, seed=0, out=tmp_path, progress=False)
    # the task loss falls (mean of the last 20 iterations against the first 20: by 13% in 80 steps, 20% in 150)
    assert r["task_loss_last"] < 0.95 * r["task_loss_first"], r
    # without location labels, the detector learns where the digits are (seed 0, one thread, 80 steps: 14.9% -> 71.9%
    # of the held-out digits found), the patches are classified far better than before training (21.1% -> 52.4%),
    # and many more digits are found *and* classified (1.6% -> 24.1%)
    assert r["after"]["detection"] > r["before"]["detection"] + 0.2, r
    assert r["after"]["classification"] > r["before"]["classification"] + 0.2, r
    assert r["after"]["both"] > r["before"]["both"] + 0.1, r
    record = json.loads((tmp_path / "metrics.json").read_text())
    for key in ("preset", "device", "torch", "digit_source", "seed", "git_commit", "wall_seconds", "train_images_per_second"):
        assert key in record


def test_heatmap_regression_learns_where_the_digits_are():
    "The η step on its own: regressed towards G(true centres), H finds clearly more held-out digits than untrained."
    torch.set_num_threads(min(2, torch.get_num_threads()))
    train, test = MultiMNIST("hard", "train", n=640, seed=0), MultiMNIST("hard", "test", n=200, seed=1)
    images, boxes, labels = test.batch(torch.arange(len(test)))
    seed_everything(0)
    model = mist_classifier(channels=16, blocks=4)
    before = detection_rate(predict(model, images)["boxes"], boxes, labels)
    SupervisedTrainer(model, train, config("Supervised", "cpu")).fit(40, progress=False)   # 39.5% -> 87.6% (one thread)
    after = detection_rate(predict(model, images)["boxes"], boxes, labels)
    assert after > before + 0.15 and after > 0.6, (before, after)
