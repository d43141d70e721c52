"""The learned source ranker of news attribution: weights, candidates, and the speakers it
gives on generated news prose."""

from __future__ import annotations

import random
import sys
import zipfile
from pathlib import Path

import pytest

from briefing_cli.models import Document, TurnKind
from briefing_cli.transcript import learned, news, sourcerank

_BENCH = Path(__file__).resolve().parent.parent / "bench"


def _ranker(seed: int = 5) -> sourcerank.Ranker:
    rng = random.Random(seed)
    return sourcerank.Ranker([round(rng.uniform(-3, 3), 6) for _ in sourcerank.FEATURES], 0.0)


def _row(names: tuple[str, ...], *on: str) -> list[float]:
    return [float(name in on) for name in names]


def test_shipped_weights_load() -> None:
    """Present, this version, a model over exactly the features of this code (linear: one
    rounded weight per feature; or trees), small, plain arrays."""
    import numpy as np

    assert sourcerank.WEIGHTS.suffix == ".npz"
    assert sourcerank.WEIGHTS.stat().st_size < 200_000
    with np.load(sourcerank.WEIGHTS, allow_pickle=False) as data:
        assert int(data["version"]) == sourcerank.VERSION
        assert tuple(bytes(data["features"]).decode().split("\n")) == sourcerank.FEATURES
    ranker = sourcerank.load_file(sourcerank.WEIGHTS)
    if isinstance(ranker, sourcerank.Ranker):
        assert ranker.weights.shape == (len(sourcerank.FEATURES),)
        # Rounded by the training script, so retraining writes the same bytes.
        assert np.array_equal(np.round(ranker.weights, 6), ranker.weights)
    else:
        assert ranker.depth <= 8 and len(ranker.roots) <= 500
    # What the model learnt is sensible: the subject right before the cue is a source, a
    # name after a preposition is not, and the cue's own sentence counts.
    subject = ("bias", "kind_name", "before", "adjacent_before", "nearest_before",
               "sentence_initial", "first_in_sentence", "verb_after", "clause_subject")
    scores = ranker.scores([
        _row(sourcerank.FEATURES, *subject, "same_sentence"),
        _row(sourcerank.FEATURES, "bias", "kind_name", "before", "adjacent_before",
             "nearest_before", "same_sentence", "preposition_before"),
        _row(sourcerank.FEATURES, *subject)])
    assert scores[0] > max(scores[1:])


def test_saved_weights_round_trip_byte_for_byte(tmp_path: Path) -> None:
    import numpy as np

    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    sourcerank.save_file(_ranker(), first)
    sourcerank.save_file(sourcerank.load_file(first), second)
    assert first.read_bytes() == second.read_bytes()
    assert np.array_equal(sourcerank.load_file(second).weights, _ranker().weights)
    shipped = tmp_path / "shipped.npz"
    sourcerank.save_file(sourcerank.load_file(sourcerank.WEIGHTS), shipped)
    assert shipped.read_bytes() == sourcerank.WEIGHTS.read_bytes()


def test_training_is_deterministic(tmp_path: Path) -> None:
    """The training script's fit, twice on the same (generated) rankings, writes the same
    bytes: the shipped file is reproducible from the data."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(_BENCH))
    from train_sources import fit

    rng = random.Random(11)
    groups = []
    for _ in range(200):
        size = rng.randrange(2, 6)
        right = rng.randrange(size)
        rows = [[float(rng.random() < (0.7 if k == right else 0.2)) for _ in sourcerank.FEATURES]
                for k in range(size)]
        groups.append({"rows": rows, "labels": [int(k == right) for k in range(size)]})
    paths = [tmp_path / "one.npz", tmp_path / "two.npz"]
    for path in paths:
        sourcerank.save_file(fit(groups, 1.0), path)
    assert paths[0].read_bytes() == paths[1].read_bytes()


def test_missing_or_corrupt_weights_are_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(learned.ModelError, match="missing"):
        sourcerank.load_file(tmp_path / "nowhere.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(learned.ModelError, match="corrupt"):
        sourcerank.load_file(bad)
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(sourcerank.WEIGHTS.read_bytes()[:200])
    with pytest.raises(learned.ModelError, match="corrupt"):
        sourcerank.load_file(truncated)
    old = tmp_path / "old.npz"
    sourcerank.save_file(_ranker(), old, version=sourcerank.VERSION + 1)
    with pytest.raises(learned.ModelError, match="version"):
        sourcerank.load_file(old)
    other = tmp_path / "other.npz"
    sourcerank.save_file(_ranker(), other, names=("bias", *sourcerank.FEATURES[2:],
                                                 sourcerank.FEATURES[1]))
    with pytest.raises(learned.ModelError, match="features"):
        sourcerank.load_file(other)
    partial = tmp_path / "partial.npz"
    with zipfile.ZipFile(old) as src, zipfile.ZipFile(partial, "w") as dst:
        for name in src.namelist():
            if name != "weights.npy":
                dst.writestr(name, src.read(name))
    with pytest.raises(learned.ModelError, match="corrupt.*weights"):
        sourcerank.load_file(partial)


def test_missing_weights_fail_a_news_run_clearly(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setattr(sourcerank, "WEIGHTS", tmp_path / "gone.npz")
    sourcerank.use(None)
    try:
        with pytest.raises(learned.ModelError, match="source ranker weights missing"):
            news.parse(Document(name="t", text="Ana Reyes said on Tuesday that the talks had "
                                                "stalled over the question of border checks.\n"))
    finally:
        sourcerank.use(None)


def test_candidates() -> None:
    text = ("In a letter to Sen. Tom Okafor, the foreign ministry said on Tuesday that she "
            "and the Clinton campaign had told reporters nothing.")
    tokens = sourcerank.tokenize(text, 0, len(text))
    found = {(text[c.start:c.end], c.kind) for c in sourcerank.candidates(tokens)}
    assert {("Sen. Tom Okafor", "name"), ("the foreign ministry", "org_noun"), ("she", "he"),
            ("Clinton campaign", "org_noun"), ("Clinton", "cap1"),
            ("reporters", "press")} <= found
    assert not any(t in ("In", "Tuesday") for t, _ in found)


# --- what the parser makes of generated news prose ------------------------------------------

_PEOPLE = [("Ana Reyes", "she"), ("Tom Okafor", "he"), ("Lucia Brandt", "she"),
           ("Samuel Idowu", "he"), ("Marta Kowalczyk", "she"), ("David Mensah", "he")]
_CLAUSES = ["the budget would be cut by a third before the end of the year",
            "the talks had stalled over the question of border checks",
            "the agency had not been told about the leak until last week",
            "the new rules would hurt small farmers more than anyone else",
            "the bridge would stay closed until the inspectors had finished"]
_FRAMES = [
    "{name} told {other} on Tuesday that {clause}.",
    "After a meeting with {other} in the capital, {name} said that {clause}.",
    "{name}, who met {other} last week, said {clause}.",
    "According to {name}, {clause}, a view {other} does not share.",
    "Speaking to reporters alongside {other}, {name} argued that {clause}.",
]


def _paraphrases(text: str) -> list[tuple[str, str | None]]:
    transcript = news.parse(Document(name="t", text=text))
    out = []
    for turn in transcript.turns:
        if turn.kind in (TurnKind.PARAPHRASE, TurnKind.QUOTE):
            speaker = transcript.speaker(turn.speaker)
            out.append((turn.text, speaker.name if speaker else None))
    return out


@pytest.mark.parametrize("seed", range(10))
def test_source_is_the_speaker_not_the_other_person_named(seed: int) -> None:
    rng = random.Random(seed)
    (name, pronoun), (other, _) = rng.sample(_PEOPLE, 2)
    frame = rng.choice(_FRAMES)
    clause, later = rng.sample(_CLAUSES, 2)
    text = (f"{other} arrived in the capital on Monday for a round of meetings.\n\n"
            + frame.format(name=name, other=other, clause=clause) + "\n\n"
            + f"{pronoun.capitalize()} also said that {later}.\n")
    found = _paraphrases(text)
    surname = name.split()[-1]
    assert any(clause in t and s and surname in s for t, s in found), (text, found)
    # The pronoun of the next paragraph resolves to the speaker, across the article.
    assert any(later in t and s and surname in s for t, s in found), (text, found)


def test_attribution_is_deterministic() -> None:
    rng = random.Random(3)
    paragraphs = []
    for _ in range(12):
        (name, _), (other, _) = rng.sample(_PEOPLE, 2)
        paragraphs.append(rng.choice(_FRAMES).format(name=name, other=other,
                                                     clause=rng.choice(_CLAUSES)))
    text = "\n\n".join(paragraphs) + "\n"
    first = news.parse(Document(name="t", text=text))
    sourcerank.use(None)  # reload the weights from the file
    assert news.parse(Document(name="t", text=text)) == first


def test_ranker_off_keeps_the_crf_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """The switch the training script measures with: off, the CRF's own span is used."""
    text = "Ana Reyes said on Tuesday that the talks had stalled over border checks.\n"
    monkeypatch.setattr(sourcerank, "ENABLED", False)
    found = _paraphrases(text)
    assert found and found[0][1] == "Ana Reyes"


# --- session 6: the candidate's role around the cue -----------------------------------------

def _rows(text: str, cue_word: str, content: str) -> dict[str, dict[str, float]]:
    """The feature rows of a ranking over one generated sentence, by candidate text."""
    tokens = sourcerank.tokenize(text, 0, len(text))
    at = text.index(cue_word)
    lo = text.index(content)
    cands = sourcerank.mentions(tokens, (lo, lo + len(content)), None, None)
    rows = sourcerank.features(tokens, cands, 0, (lo, lo + len(content)),
                               (at, at + len(cue_word)), None, lambda word: False)
    return {text[c.start:c.end]: dict(zip(sourcerank.FEATURES, row, strict=True))
            for c, row in zip(cands, rows, strict=True)}


def test_a_contracted_pronoun_is_a_pronoun_not_a_possessive_name() -> None:
    """`He’s comparing ... and says`: a pronoun with a contracted verb is a pronoun mention
    (it was a capitalised one-word name marked possessive, or no mention at all)."""
    for word, kind in (("He’s", "he"), ("she's", "he"), ("They’re", "they"), ("I’m", "we")):
        text = f"{word} certain, and the mayor said that the talks had stalled."
        rows = _rows(text, "said", "the talks had stalled")
        tokens = sourcerank.tokenize(text, 0, len(text))
        assert [c.kind for c in sourcerank.candidates(tokens)][0] == kind
        assert rows[word]["possessive"] == 0 and rows[word]["kind_" + kind] == 1
    # A name's possessive stays one.
    rows = _rows("Okafor’s aide said that the talks had stalled.", "said", "the talks")
    assert rows["Okafor’s"]["possessive"] == 1


def test_clause_subject_skips_an_appositive_but_not_a_verb() -> None:
    rows = _rows("Ana Reyes, a former adviser to Tom Okafor, said that the talks had stalled.",
                 "said", "the talks had stalled")
    assert rows["Ana Reyes"]["clause_subject"] == rows["Ana Reyes"]["appositive_subject"] == 1
    assert rows["Ana Reyes"]["first_in_sentence"] == rows["Ana Reyes"]["paragraph_subject"] == 1
    assert rows["Tom Okafor"]["clause_subject"] == 0  # `to` is no verb, but a comma follows
    rows = _rows("Ana Reyes met Tom Okafor, who said that the talks had stalled.",
                 "said", "the talks had stalled")
    assert rows["Ana Reyes"]["clause_subject"] == 0  # `met` stands between
    assert rows["Ana Reyes"]["first_in_sentence"] == 1


def test_roles_of_the_previous_sentence_and_of_spans() -> None:
    text = ("Tom Okafor arrived on Monday. Later she said that the talks had stalled.")
    rows = _rows(text, "said", "the talks had stalled")
    assert rows["Tom Okafor"]["previous_sentence_subject"] == 1
    assert rows["she"]["pronoun_same_sentence"] == 1
    assert rows["she"]["previous_sentence"] == 0
    tokens = sourcerank.tokenize(text, 0, len(text))
    lo = text.index("the talks")
    content = (lo, len(text) - 1)
    cue = (text.index("said"), text.index("said") + 4)
    for span, name in (((text.index("arrived"), text.index(" on")), "span_lower"),):
        cands = sourcerank.mentions(tokens, content, span, None)
        rows_ = sourcerank.features(tokens, cands, 0, content, cue, span, lambda w: False)
        row = dict(zip(sourcerank.FEATURES, rows_[-1], strict=True))
        assert cands[-1].kind == "span" and row[name] == 1


_ROLES_FRAMES = [
    # The subject of the cue verb, past an appositive naming someone else.
    "{name}, a former adviser to {other}, said on Tuesday that {clause}.",
    "{name}, who spent a decade working for {other}, told reporters that {clause}.",
    # The addressee of `told` is no source.
    "{name} told {other} that {clause}.",
]


@pytest.mark.parametrize("seed", range(9))
def test_source_is_the_subject_past_an_appositive(seed: int) -> None:
    rng = random.Random(seed)
    (name, _), (other, _) = rng.sample(_PEOPLE, 2)
    frame = _ROLES_FRAMES[seed % len(_ROLES_FRAMES)]
    clause = rng.choice(_CLAUSES)
    text = (f"{other} arrived in the capital on Monday for a round of meetings.\n\n"
            + frame.format(name=name, other=other, clause=clause) + "\n")
    found = _paraphrases(text)
    assert any(clause in t and s == name for t, s in found), (text, found)


# --- session 9: mentions inside the content ------------------------------------------------

def test_mentions_inside_the_content_are_candidates_only_when_asked() -> None:
    """`mentions(..., inside=True)`: the names, pronouns and person or institution noun
    phrases inside a content the CRF predicted too wide are candidates too, marked `inside`
    and placed by the `inside_*` features; `it` and mentions crossing the content's edge are
    not. Without `inside` the content holds no candidate."""
    text = ("Tom Okafor said the talks had stalled over border checks. Ana Reyes wants a "
            "new deal, and it was the ministry that objected.")
    tokens = sourcerank.tokenize(text, 0, len(text))
    lo = text.index("the talks")
    content = (lo, len(text) - 1)
    cue = (text.index("said"), text.index("said") + 4)
    outside = sourcerank.mentions(tokens, content, None, None)
    assert [text[c.start:c.end] for c in outside] == ["Tom Okafor"]
    cands = sourcerank.mentions(tokens, content, None, None, inside=True)
    inner = [c for c in cands if c.inside]
    assert [text[c.start:c.end] for c in inner] == ["Ana Reyes", "the ministry"]
    rows = sourcerank.features(tokens, cands, 0, content, cue, None, lambda word: False)
    named = {text[c.start:c.end]: dict(zip(sourcerank.FEATURES, row, strict=True))
             for c, row in zip(cands, rows, strict=True)}
    reyes, ministry, okafor = named["Ana Reyes"], named["the ministry"], named["Tom Okafor"]
    assert reyes["inside"] == reyes["inside_after_end"] == reyes["inside_first"] == 1
    assert reyes["inside_verb_after"] == 1 and reyes["inside_log_offset"] > 0
    assert ministry["inside"] == 1 and ministry["inside_first"] == 0
    assert ministry["inside_after_end"] == ministry["inside_verb_after"] == 0
    assert okafor["inside"] == 0 and okafor["first_in_sentence"] == 1
    # The outer candidates' features do not depend on the inner ones.
    alone = sourcerank.features(tokens, outside, 0, content, cue, None, lambda word: False)
    assert alone[0] == rows[0]


def test_a_mention_opening_the_content_is_placed_so() -> None:
    text = "Reporters were told Mrs. Clinton introduced him as a fighter for families."
    tokens = sourcerank.tokenize(text, 0, len(text))
    lo = text.index("Mrs.")
    content = (lo, len(text) - 1)
    cue = (text.index("told"), text.index("told") + 4)
    cands = sourcerank.mentions(tokens, content, None, None, inside=True)
    rows = sourcerank.features(tokens, cands, 0, content, cue, None, lambda word: False)
    row = next(dict(zip(sourcerank.FEATURES, r, strict=True))
               for c, r in zip(cands, rows, strict=True) if c.inside)
    assert row["inside_opens"] == row["inside_first"] == row["inside_verb_after"] == 1
    assert row["inside_log_offset"] == 0


def test_an_inner_mention_wins_only_above_its_threshold() -> None:
    """The two kinds of candidate are weighed apart (`inside:NAME` copies every feature of a
    mention inside the content, whose outer columns stay 0), and an inner mention is chosen
    when its score passes `INSIDE_MIN`, whatever the outer ones score."""
    low, high = sourcerank.INSIDE_MIN - 0.5, sourcerank.INSIDE_MIN + 0.5
    assert sourcerank.best([2.0, 5.0, low], [False, False, True]) == 1
    assert sourcerank.best([2.0, 5.0, high], [False, False, True]) == 2
    assert sourcerank.best([low, low - 1], [True, True]) == 0  # no outer candidate
    assert sourcerank.best([1.0, 1.0], [False, False]) == 0  # the first of equal scores
    text = "Tom Okafor said the talks had stalled. Ana Reyes wants a new deal."
    tokens = sourcerank.tokenize(text, 0, len(text))
    content = (text.index("the talks"), len(text) - 1)
    cue = (text.index("said"), text.index("said") + 4)
    cands = sourcerank.mentions(tokens, content, None, None, inside=True)
    rows = sourcerank.features(tokens, cands, 0, content, cue, None, lambda word: False)
    block = sourcerank.FEATURES.index("inside:bias")
    for c, row in zip(cands, rows, strict=True):
        outer, inner = row[:sourcerank.FEATURES.index("inside")], row[block:]
        assert (any(outer), any(inner)) == ((False, True) if c.inside else (True, False))
