"""The learned source ranker of news attribution: weights, candidates, and the speakers it
gives on generated news prose."""

from __future__ import annotations

import random
import sys
import textwrap
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


def test_inner_and_outer_mentions_are_weighed_apart_on_one_scale() -> None:
    """The two kinds of candidate have blocks of weights of their own (`inside:NAME` copies
    every feature of a mention inside the content, whose outer columns stay 0), fitted
    listwise on one scale since version 5: the best score wins, whichever kind it is (no
    threshold for inner mentions); the first of equal scores."""
    assert not hasattr(sourcerank, "INSIDE_MIN")
    assert sourcerank.best([2.0, 5.0, -0.5]) == 1
    assert sourcerank.best([2.0, 5.0, 5.5]) == 2
    assert sourcerank.best([-3.0, -4.0]) == 0
    assert sourcerank.best([1.0, 1.0]) == 0
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


# --- session 10: the CRF's margins, a listwise fit ---------------------------------------

def test_crf_source_margins_are_kept_for_every_decoded_token() -> None:
    """`learned.attributions_many(..., margins=TABLE)` keeps, for each decoded paragraph,
    its token starts and each token's source margin (the best source label's state score
    over `O`'s, the `O` penalty taken off): the same numbers as `Model.source_margins` of
    the emissions, whatever the Viterbi path chose."""
    import numpy as np

    text = ("The harbour board said on Monday that the ferry timetable would change in May. "
            "Mara Lindqvist, who chairs it, told the council the fares would stay the same.")
    para = (0, len(text))
    table: dict[tuple[int, int], tuple[list[int], list[float]]] = {}
    plain = learned.attributions_many(text, [para])
    assert learned.attributions_many(text, [para], margins=table) == plain
    starts, values = table[para]
    tokens = learned.tokenize(text, *para)
    assert starts == [t.start for t in tokens]
    model = learned.model()
    emitted = model.emissions(learned.features(tokens, model.version))
    emitted[:, 0] -= model.o_penalty
    sou = [k for k, label in enumerate(model.labels) if label.endswith("SOU")]
    expected = emitted[:, sou].max(axis=1) - emitted[:, 0]
    assert np.allclose(values, expected)
    # A name the CRF reads as a source has a larger margin than a word of the content.
    assert values[starts.index(text.index("Mara"))] > values[starts.index(text.index("ferry"))]


def test_every_candidate_reads_the_crf_margin_of_its_tokens() -> None:
    """`features(..., margin=...)`: each candidate gets the CRF's largest source margin over
    its tokens, squashed (`crf_margin`), and the candidate with the largest positive margin
    is marked (`crf_margin_top`); without margins both stay 0 (the CRF's own span is still
    `crf`)."""
    text = "Ines Parra, a deputy, said the port would reopen, Tomas Ek of the union said."
    tokens = sourcerank.tokenize(text, 0, len(text))
    content = (text.index("the port"), text.index(", Tomas"))
    cue = (text.index("said"), text.index("said") + 4)
    cands = sourcerank.mentions(tokens, content, None, None)
    given = {"Ines Parra": 3.0, "Tomas Ek": 1.0, "the union": -2.0}

    def margin(start: int, end: int) -> float | None:
        return given.get(text[start:end])

    rows = sourcerank.features(tokens, cands, 0, content, cue, None, lambda word: False,
                               None, margin)
    named = {text[c.start:c.end]: dict(zip(sourcerank.FEATURES, row, strict=True))
             for c, row in zip(cands, rows, strict=True)}
    assert named["Ines Parra"]["crf_margin"] > named["Tomas Ek"]["crf_margin"] > 0
    assert named["the union"]["crf_margin"] < 0
    assert [name for name, row in named.items() if row["crf_margin_top"]] == ["Ines Parra"]
    bare = sourcerank.features(tokens, cands, 0, content, cue, None, lambda word: False)
    assert not any(row[sourcerank.FEATURES.index("crf_margin")] for row in bare)
    assert not any(row[sourcerank.FEATURES.index("crf_margin_top")] for row in bare)
    # A mention the CRF linked to another content as its source: `crf_other` (not the
    # span it gave this content, `crf`).
    other = (text.index("Tomas"), text.index(" of the"))
    hint = (0, text.index(","))
    rows = sourcerank.features(tokens, cands, 0, content, cue, hint, lambda word: False,
                               None, margin, (other, hint))
    flagged = [text[c.start:c.end] for c, row in zip(cands, rows, strict=True)
               if row[sourcerank.FEATURES.index("crf_other")]]
    assert flagged == ["Tomas Ek"]


def test_a_listwise_fit_learns_what_wins_within_a_ranking() -> None:
    """`train_sources._fit(..., "softmax")` (the shipped class) compares candidates only
    within their ranking. Generated rankings of two kinds: in four of five, the mention of
    the previous sentence beats the CRF's span; in the fifth, a plain mention beats the
    previous sentence's mention and a possessive. A pointwise regression (`lr`) scores each
    candidate against every other of every ranking: the previous sentence's mention, right
    in 80 of its 100 rankings, stays above the plain one and the fifth kind is lost; the
    listwise fit ranks both kinds right."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(_BENCH))
    from train_sources import _fit

    names = sourcerank.FEATURES
    first = [_row(names, "bias", "crf"), _row(names, "bias", "previous_sentence")]
    fifth = [_row(names, "bias", "previous_sentence"), _row(names, "bias", "possessive"),
             _row(names, "bias")]
    groups = [{"rows": first, "labels": [0, 1]} if k % 5 else
              {"rows": fifth, "labels": [0, 0, 1]} for k in range(100)]
    listwise, pointwise = _fit(groups, "softmax", 1.0), _fit(groups, "lr", 1.0)
    assert sourcerank.best(listwise.scores(first)) == 1
    assert sourcerank.best(listwise.scores(fifth)) == 2
    assert sourcerank.best(pointwise.scores(first)) == 1
    assert sourcerank.best(pointwise.scores(fifth)) == 0


_PARTIES = [("Alma", "Ruiz"), ("Ines", "Parra"), ("Tomas", "Okafor"), ("Lena", "Falk"),
            ("Ola", "Brekke"), ("Mara", "Lindqvist"), ("Piet", "Vos"), ("Rosa", "Amadi")]
_OFFICES = ["Mayor", "Senator", "Governor", "Councillor", "Judge"]
_CLAIMS = ["had spent far too long in office and achieved too little for the port",
           "had voted against the harbour plan three times in two years",
           "would never accept a ferry levy that hurt the island towns",
           "was the wrong choice to lead the budget talks this spring"]


def _parenthetical_cue(seed: int) -> tuple[str, str, str]:
    """`Mayor Alma Ruiz, Okafor said, had spent ...`: the sentence opens with a titled name
    (what the claim is about), a parenthetical `NAME said` cue after it; hard-wrapped at
    60-80 columns or CRLF now and then, an introducing paragraph sometimes. Returns the
    text, the speaker's surname and the opening of the turn."""
    rng = random.Random(seed)
    (first, last), (by_first, by_last) = rng.sample(_PARTIES, 2)
    subject = f"{rng.choice(_OFFICES)} {first} {last}"
    speaker = by_last if rng.random() < 0.5 else f"{by_first} {by_last}"
    verb = rng.choice(["said", "argued", "claimed", "insisted", "added"])
    body = f"{subject}, {speaker} {verb}, {rng.choice(_CLAIMS)}."
    if rng.random() < 0.4:
        body = "\n".join(textwrap.wrap(body, rng.randrange(60, 81)))
    lead = f"{by_first} {by_last} spoke at the town hall on Friday.\n\n" \
        if rng.random() < 0.5 else ""
    text = f"{lead}{body}\n"
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    return text, by_last, subject


@pytest.mark.parametrize("seed", range(24))
def test_a_parenthetical_cue_names_the_speaker_not_the_sentence_subject(seed: int) -> None:
    """`Senator Ines Parra, Reyes said, had voted against ...`: the CRF links its source span
    to the titled subject, the one the claim is about; the listwise ranker with the CRF's
    margins (version 5) takes the name of the parenthetical cue (main before it: 22 of 40
    generated sentences right)."""
    text, by_last, subject = _parenthetical_cue(seed)
    transcript = news.parse(Document(name="t", text=text))
    turn = next(t for t in transcript.turns if t.text.startswith(subject))
    speaker = transcript.speaker(turn.speaker)
    assert turn.kind == TurnKind.PARAPHRASE
    assert speaker is not None and speaker.name.split()[-1] == by_last
