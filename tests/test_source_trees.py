"""Gradient-boosted trees as a source ranker (sourcerank.Trees): evaluated with numpy from
plain arrays, equal to scikit-learn's own scores, saved and loaded byte for byte, and refused
clearly when the file is damaged."""

from __future__ import annotations

import random
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from briefing_cli.transcript import learned, sourcerank

_BENCH = Path(__file__).resolve().parent.parent / "bench"

# Three trees of depth 2 that scikit-learn fitted on generated rows (two 0/1 features and a
# `log_distance`-like one), and the scores its `decision_function` gave these rows. Rows 3-6
# hold the continuous feature at exactly a threshold: scikit-learn reads it as float32 before
# comparing, which sends row 5 the other way than a float64 comparison would.
_FOREST: dict[str, Any] = {
    "roots": [0, 7, 14],
    "feature": [0, 2, -2, -2, 2, -2, -2, 0, 1, -2, -2, 1, -2, -2, 0, 2, -2, -2, 2, -2, -2],
    "threshold": [0.5, 0.5, -2.0, -2.0, 0.5, -2.0, -2.0, 0.5, 0.6229449212551117, -2.0,
                  -2.0, 0.8416426479816437, -2.0, -2.0, 0.5, 0.5, -2.0, -2.0, 0.5, -2.0,
                  -2.0],
    "left": [1, 2, -1, -1, 5, -1, -1, 8, 9, -1, -1, 12, -1, -1, 15, 16, -1, -1, 19, -1, -1],
    "right": [4, 3, -1, -1, 6, -1, -1, 11, 10, -1, -1, 13, -1, -1, 18, 17, -1, -1, 20, -1, -1],
    "value": [5.134781488891349e-17, -0.24558880308880396, -1.5570148794448924,
              -0.3649909396024722, 0.4511170212765948, 1.4000305556131356, 2.2058388859331326,
              -0.004095996521590999, -0.13186591825563182, 0.21538087101281206,
              -0.9124085960138827, 0.2306019448196622, 1.4161499543432796, 0.5587239007137618,
              -0.0014485669132737742, -0.07206099095132278, -0.9432799402861112,
              0.1123563754601963, 0.12825794248995115, 0.2931866692731367, 1.1832046349812153],
    "init": -0.23102203888628958, "rate": 0.5}
_ROWS = [[1.0, 0.0, 0.0], [0.0, 1.0, 1.0], [1.0, 0.5, 1.0], [1.0, 0.6229449212551117, 0.0],
         [1.0, 0.8416426479816437, 0.0], [0.0, 0.6229449212551117, 1.0],
         [0.0, 0.8416426479816437, 1.0]]
_SCORES = [1.3236615507284863, -0.8135436189643688, 2.171574698742524, 1.3236615507284863,
           1.3236615507284863, -0.8135436189643688, -0.8135436189643688]


def _forest() -> sourcerank.Trees:
    return sourcerank.Trees(**_FOREST)


def _walk(trees: sourcerank.Trees, row: list[float], float32: bool = True) -> float:
    """One row through every tree in plain Python, steps added in tree order."""
    import numpy as np

    total = trees.init
    for root in trees.roots:
        k = int(root)
        while trees.left[k] >= 0:
            value = row[int(trees.feature[k])]
            if float32:
                value = float(np.float32(value))
            k = int(trees.left[k] if value <= trees.threshold[k] else trees.right[k])
        total += trees.rate * float(trees.value[k])
    return total


def test_trees_score_as_scikit_learn_did() -> None:
    """The stored scores, exactly, and the float32 reading matters for one of them."""
    trees = _forest()
    assert trees.depth == 2
    assert trees.scores(_ROWS) == _SCORES
    assert [_walk(trees, row) for row in _ROWS] == _SCORES
    assert _walk(trees, _ROWS[5], float32=False) != _SCORES[5]


def _generated(features: int, seed: int, groups: int = 120) -> tuple[Any, Any, list[Any]]:
    import numpy as np

    rng = random.Random(seed)
    rows, ys, grouped = [], [], []
    for _ in range(groups):
        size = rng.randrange(2, 7)
        right = rng.randrange(size)
        group = []
        for k in range(size):
            row = [float(rng.random() < (0.7 if k == right else 0.25)) for _ in range(features)]
            row[1] = rng.choice([0.0, 0.1, 1 / 3, 0.2310490601866484, 0.6229449212551117])
            row[2] = rng.randrange(7) / 6
            group.append(row)
        rows.extend(group)
        ys.extend(int(k == right) for k in range(size))
        grouped.append({"rows": group, "labels": [int(k == right) for k in range(size)]})
    return np.asarray(rows), np.asarray(ys), grouped


def test_trees_equal_scikit_learns_decision_function() -> None:
    """The arrays the training script exports score every training row as the fitted model
    does (the run time has no scikit-learn)."""
    pytest.importorskip("sklearn")
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    sys.path.insert(0, str(_BENCH))
    from train_sources import export_trees

    x, y, _ = _generated(len(sourcerank.FEATURES), 3)
    for depth, leaf in ((3, 1), (5, 20)):
        model = GradientBoostingClassifier(n_estimators=40, max_depth=depth, learning_rate=0.2,
                                           min_samples_leaf=leaf, random_state=0).fit(x, y)
        trees = export_trees(model, x[:1])
        got = np.asarray(trees.scores(x.tolist()))
        assert np.max(np.abs(got - model.decision_function(x))) <= 1e-12
        assert got[:50].tolist() == [_walk(trees, row) for row in x[:50].tolist()]


def test_trees_training_is_deterministic(tmp_path: Path) -> None:
    """The training script's tree fit, twice on the same generated rankings, writes the
    same bytes; loaded back it scores as before."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(_BENCH))
    from train_sources import fit

    _, _, groups = _generated(len(sourcerank.FEATURES), 5)
    for group in groups:
        group["kind"] = "source"
    paths = [tmp_path / "one.npz", tmp_path / "two.npz"]
    for path in paths:
        model = fit(groups, model="gbt:20:3:0.1:5")
        assert isinstance(model, sourcerank.Trees)
        sourcerank.save_file(model, path)
    assert paths[0].read_bytes() == paths[1].read_bytes()
    loaded = sourcerank.load_file(paths[0])
    rows = [row for g in groups for row in g["rows"]]
    assert loaded.scores(rows) == model.scores(rows)


def _save_forest(path: Path, **change: Any) -> None:
    """The stored forest as a source ranker's file (it tests the first three `FEATURES`),
    with the arrays in `change` written instead of its own."""
    import numpy as np

    sourcerank.save_file(_forest(), path)
    with np.load(path, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    for name, values in change.items():
        arrays[name] = np.asarray(values, dtype=arrays[name].dtype)
    learned.write_npz(path, list(arrays.items()))


def test_trees_round_trip_byte_for_byte(tmp_path: Path) -> None:
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    _save_forest(first)
    loaded = sourcerank.load_file(first)
    assert isinstance(loaded, sourcerank.Trees)
    sourcerank.save_file(loaded, second)
    assert first.read_bytes() == second.read_bytes()
    rows = [row + [0.0] * (len(sourcerank.FEATURES) - 3) for row in _ROWS]
    assert loaded.scores(rows) == _SCORES
    # Both shipped files, whatever their model class, are what saving them writes.
    for path, load, names, version in (
            (sourcerank.WEIGHTS, sourcerank.load_file, sourcerank.FEATURES, sourcerank.VERSION),
            (sourcerank.QUOTE_WEIGHTS, sourcerank.load_quote_file, sourcerank.QUOTE_FEATURES,
             sourcerank.QUOTE_VERSION)):
        again = tmp_path / path.name
        sourcerank.save_file(load(path), again, version, names)
        assert again.read_bytes() == path.read_bytes()


@pytest.mark.parametrize(("change", "message"), [
    ({"left": [1, 2, -1, -1, 5, -1, -1, 8, 9, -1, -1, 12, -1, -1, 15, 16, -1, -1, 14, -1, -1]},
     "children"),
    ({"left": [1, 2, -1, -1, 5, -1, -1, 8, 9, -1, -1, 12, -1, -1, 15, 16, -1, -1, 99, -1, -1]},
     "children"),
    ({"feature": [0, 2, -2, -2, 2, -2, -2, 0, 1, -2, -2, 1, -2, -2, 0, 2, -2, -2, 999, -2, -2]},
     "feature"),
    ({"roots": [0, 7, 21]}, "roots"),
    ({"value": [float("nan")] * 21}, "finite"),
    ({"value": [0.0] * 20}, "shapes"),
])
def test_damaged_trees_are_a_clear_error(tmp_path: Path, change: dict[str, Any],
                                         message: str) -> None:
    path = tmp_path / "bad.npz"
    _save_forest(path, **change)
    with pytest.raises(learned.ModelError, match=f"source ranker weights corrupt.*{message}"):
        sourcerank.load_file(path)


def test_trees_file_missing_an_array_or_of_another_version(tmp_path: Path) -> None:
    whole = tmp_path / "whole.npz"
    _save_forest(whole)
    partial = tmp_path / "partial.npz"
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(partial, "w") as dst:
        for name in src.namelist():
            if name != "value.npy":
                dst.writestr(name, src.read(name))
    with pytest.raises(learned.ModelError, match="corrupt.*'value'"):
        sourcerank.load_file(partial)
    newer = tmp_path / "newer.npz"
    sourcerank.save_file(_forest(), newer, version=sourcerank.VERSION + 1)
    with pytest.raises(learned.ModelError, match="version"):
        sourcerank.load_file(newer)
    # (The source ranker's version differs from the quotation ranker's since version 4.)
    with pytest.raises(learned.ModelError, match="features|version"):
        sourcerank.load_quote_file(whole)
