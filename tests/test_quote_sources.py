"""The quotation ranker (sourcerank.py, second model): weights, candidates, and the speakers
it gives direct quotations in generated news prose where the cue follows the quotation or is
missing."""

from __future__ import annotations

import random
import sys
import zipfile
from pathlib import Path

import pytest

from briefing_cli.models import Document, TurnKind
from briefing_cli.transcript import learned, news, sourcerank

_BENCH = Path(__file__).resolve().parent.parent / "bench"


def _ranker(seed: int = 7) -> sourcerank.Ranker:
    rng = random.Random(seed)
    return sourcerank.Ranker([round(rng.uniform(-3, 3), 6) for _ in sourcerank.QUOTE_FEATURES],
                             0.0)


def _save(ranker: sourcerank.Ranker, path: Path, version: int = sourcerank.QUOTE_VERSION,
          names: tuple[str, ...] = sourcerank.QUOTE_FEATURES) -> None:
    sourcerank.save_file(ranker, path, version, names)


def test_shipped_quote_weights_load() -> None:
    """Present, this version, a model over exactly the features of this code (linear: one
    rounded weight per feature; or trees), small, plain arrays."""
    import numpy as np

    path = sourcerank.QUOTE_WEIGHTS
    assert path.suffix == ".npz" and path.stat().st_size < 200_000
    with np.load(path, allow_pickle=False) as data:
        assert int(data["version"]) == sourcerank.QUOTE_VERSION
        assert tuple(bytes(data["features"]).decode().split("\n")) == sourcerank.QUOTE_FEATURES
    ranker = sourcerank.load_quote_file(path)
    if isinstance(ranker, sourcerank.Ranker):
        assert ranker.weights.shape == (len(sourcerank.QUOTE_FEATURES),)
        assert np.array_equal(np.round(ranker.weights, 6), ranker.weights)
    else:
        assert ranker.depth <= 8 and len(ranker.roots) <= 500
    # Sensible: `, X said` and the sieve's own cue speak for a mention, a preposition before
    # it against.
    names = sourcerank.QUOTE_FEATURES
    cue = ("bias", "kind_name", "after", "adjacent_after", "nearest_after", "same_sentence",
           "sieve_after", "sieve_chosen")

    def row(*on: str) -> list[float]:
        return [float(name in on) for name in names]

    scores = ranker.scores([row(*cue, "speech_after", "comma_speech_after"),
                            row("bias", "kind_name", "after", "nearest_after", "same_sentence",
                                "preposition_before"),
                            row(*cue)])
    assert scores[0] > max(scores[1:])


def test_quote_weights_round_trip_byte_for_byte(tmp_path: Path) -> None:
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    _save(_ranker(), first)
    _save(sourcerank.load_quote_file(first), second)
    assert first.read_bytes() == second.read_bytes()
    shipped = tmp_path / "shipped.npz"
    _save(sourcerank.load_quote_file(sourcerank.QUOTE_WEIGHTS), shipped)
    assert shipped.read_bytes() == sourcerank.QUOTE_WEIGHTS.read_bytes()


def test_missing_or_corrupt_quote_weights_are_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(learned.ModelError, match="quotation source ranker weights missing"):
        sourcerank.load_quote_file(tmp_path / "nowhere.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(learned.ModelError, match="corrupt"):
        sourcerank.load_quote_file(bad)
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(sourcerank.QUOTE_WEIGHTS.read_bytes()[:150])
    with pytest.raises(learned.ModelError, match="corrupt"):
        sourcerank.load_quote_file(truncated)
    newer = tmp_path / "newer.npz"
    _save(_ranker(), newer, version=sourcerank.QUOTE_VERSION + 1)
    with pytest.raises(learned.ModelError, match="version"):
        sourcerank.load_quote_file(newer)
    # The source ranker's file is not a quotation ranker's (other features).
    with pytest.raises(learned.ModelError, match="features|version"):
        sourcerank.load_quote_file(sourcerank.WEIGHTS)
    partial = tmp_path / "partial.npz"
    with zipfile.ZipFile(newer) as src, zipfile.ZipFile(partial, "w") as dst:
        for name in src.namelist():
            if name != "weights.npy":
                dst.writestr(name, src.read(name))
    with pytest.raises(learned.ModelError, match="corrupt.*weights"):
        sourcerank.load_quote_file(partial)


def test_missing_quote_weights_fail_a_news_run_clearly(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    monkeypatch.setattr(sourcerank, "QUOTE_WEIGHTS", tmp_path / "gone.npz")
    sourcerank.use(None)
    try:
        with pytest.raises(learned.ModelError, match="quotation source ranker weights missing"):
            news.parse(Document(name="t", text="Ana Reyes spoke first.\n\n\u201cWe will "
                                                "rebuild the bridge by spring.\u201d\n"))
    finally:
        sourcerank.use(None)


def test_quote_candidates() -> None:
    """The sentences around the quotation (not further), never inside it, and the carried
    speaker as one more candidate."""
    text = ("Tom Okafor arrived early. Ana Reyes spoke next. \u201c              .\u201d "
            "Lucia Brandt left. Samuel Idowu stayed.")
    open_at = text.index("\u201c")
    close_end = text.index("\u201d") + 1
    ctx = sourcerank.QuoteContext(open_at, close_end, (), None, "paragraph", True, False, True)
    tokens = sourcerank.tokenize(text, 0, len(text))
    cands = sourcerank.quote_candidates(tokens, sourcerank.candidates(tokens), ctx)
    names = {text[c.start:c.end] if c.start >= 0 else c.kind for c in cands}
    assert names == {"Ana Reyes", "Lucia Brandt", sourcerank.CARRIED}
    rows = sourcerank.quote_features(tokens, cands, 0, ctx, lambda _: False, lambda _: False)
    assert all(len(row) == len(sourcerank.QUOTE_FEATURES) for row in rows)


def test_quote_training_is_deterministic(tmp_path: Path) -> None:
    """The training script's quotation fit, twice on the same generated groups, writes the
    same bytes."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(_BENCH))
    from train_sources import fit

    rng = random.Random(13)
    groups = []
    for kind, features in (("source", sourcerank.FEATURES),
                           ("quote", sourcerank.QUOTE_FEATURES)):
        for _ in range(150):
            size = rng.randrange(2, 6)
            right = rng.randrange(size)
            rows = [[float(rng.random() < (0.7 if k == right else 0.2)) for _ in features]
                    for k in range(size)]
            groups.append({"kind": kind, "rows": rows,
                           "labels": [int(k == right) for k in range(size)]})
    paths = [tmp_path / "one.npz", tmp_path / "two.npz"]
    for path in paths:
        quotes = fit(groups, 1.0).quotes
        assert quotes is not None
        _save(quotes, path)
    assert paths[0].read_bytes() == paths[1].read_bytes()


# --- what the parser makes of generated news prose ------------------------------------------

_PEOPLE = [("Ana Reyes", "she"), ("Tom Okafor", "he"), ("Lucia Brandt", "she"),
           ("Samuel Idowu", "he"), ("Marta Kowalczyk", "she"), ("David Mensah", "he")]
_QUOTES = ["We will rebuild the bridge before the spring floods come back.",
           "Nobody in this city should have to wait a year for a permit.",
           "The numbers are clear, and they are not going to change by wishing.",
           "I have asked the inspectors to finish their work by the end of the month.",
           "This is not the time to cut the budget of the fire service."]
_OPENERS = ["{other} opened the hearing on Tuesday with a long list of complaints.",
            "The council met again on Tuesday, with {other} in the chair.",
            "{other} had warned of delays for months."]


def _quotes(text: str) -> list[tuple[str, str | None]]:
    transcript = news.parse(Document(name="t", text=text))
    out = []
    for turn in transcript.turns:
        if turn.kind is TurnKind.QUOTE:
            speaker = transcript.speaker(turn.speaker)
            out.append((turn.text, speaker.name if speaker else None))
    return out


def _speaker_of(found: list[tuple[str, str | None]], quote: str) -> str | None:
    return next((s for t, s in found if quote.rstrip(".") in t), None)


@pytest.mark.parametrize("seed", range(8))
def test_cue_after_the_quotation_names_the_speaker(seed: int) -> None:
    """`"...," NAME said of OTHER.` / `"...," said NAME, who met OTHER.` and the next
    paragraph's quotation without a cue of its own: both the speaker's."""
    rng = random.Random(seed)
    (name, _), (other, _) = rng.sample(_PEOPLE, 2)
    first, second = (q.rstrip(".") for q in rng.sample(_QUOTES, 2))
    cue = rng.choice([f"{name} said of {other}", f"said {name}, who met {other} on Monday",
                      f"{name} told {other}"])
    text = (rng.choice(_OPENERS).format(other=other) + "\n\n"
            + f"\u201c{first},\u201d {cue}.\n\n\u201c{second}.\u201d\n")
    found = _quotes(text)
    assert _speaker_of(found, first) == name, (text, found)
    assert _speaker_of(found, second) == name, (text, found)


@pytest.mark.parametrize("seed", range(8))
def test_quotation_without_a_cue_goes_to_the_person_just_named(seed: int) -> None:
    """`NAME did not hold back. "..."`: no cue word anywhere; the person the sentence before
    is about said it, not the one named a paragraph earlier."""
    rng = random.Random(seed)
    (name, _), (other, _) = rng.sample(_PEOPLE, 2)
    quote = rng.choice(_QUOTES)
    lead = rng.choice([f"{name} did not hold back.", f"{name} was blunt.",
                       f"{name} was in no mood for compromise."])
    text = (rng.choice(_OPENERS).format(other=other) + "\n\n"
            + f"{lead} \u201c{quote}\u201d\n")
    found = _quotes(text)
    assert _speaker_of(found, quote) == name, (text, found)


def test_ranker_off_keeps_the_sieve_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    """The switch the training script measures with: off, the sieve decides alone."""
    text = ("Tom Okafor opened the hearing.\n\n\u201cWe will rebuild the bridge,\u201d Ana "
            "Reyes said.\n\n\u201cNobody should wait a year for a permit.\u201d\n")
    on = _quotes(text)
    monkeypatch.setattr(sourcerank, "ENABLED", False)
    off = _quotes(text)
    assert [s for _, s in on] == [s for _, s in off] == ["Ana Reyes", "Ana Reyes"]


def test_quotation_attribution_is_deterministic() -> None:
    rng = random.Random(5)
    paragraphs = []
    for _ in range(10):
        (name, _), (other, _) = rng.sample(_PEOPLE, 2)
        paragraphs.append(rng.choice(_OPENERS).format(other=other))
        paragraphs.append(f"\u201c{rng.choice(_QUOTES)[:-1]},\u201d {name} said.")
        paragraphs.append(f"\u201c{rng.choice(_QUOTES)}\u201d")
    text = "\n\n".join(paragraphs) + "\n"
    first = news.parse(Document(name="t", text=text))
    sourcerank.use(None)  # reload both rankers from their files
    assert news.parse(Document(name="t", text=text)) == first


@pytest.mark.parametrize("seed", range(4))
def test_according_to_names_the_person_not_the_place(seed: int) -> None:
    """`according to NAME of PLACE`, re-ranked by the source ranker (`rank_according`),
    before or after the content: the person, not the place or the person named earlier."""
    rng = random.Random(seed)
    (name, _), (other, _) = rng.sample(_PEOPLE, 2)
    place = rng.choice(["Vermont", "Ohio", "the northern district"])
    clause = "the talks had stalled over the question of border checks for a week"
    sentence = rng.choice([f"According to Senator {name} of {place}, {clause}.",
                           f"{clause.capitalize()}, according to Senator {name} of {place}."])
    text = rng.choice(_OPENERS).format(other=other) + "\n\n" + sentence + "\n"
    transcript = news.parse(Document(name="t", text=text))
    said = [transcript.speaker(t.speaker) for t in transcript.turns
            if t.kind is TurnKind.PARAPHRASE and "border checks" in t.text]
    assert [s.name if s else None for s in said] == [name], (text, said)


def test_only_a_quotation_with_nothing_before_it_opens_its_paragraph(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """In the article's first paragraph too (session 6: every quotation of the first
    paragraph counted as opening it)."""
    seen: list[bool] = []
    original = sourcerank.choose_quote

    def spy(text: str, window: tuple[int, int], paragraph_start: int,
            ctx: sourcerank.QuoteContext, known: object, same: object) -> object:
        seen.append(ctx.opens_paragraph)  # `text` has its quotations blanked
        return original(text, window, paragraph_start, ctx, known, same)  # type: ignore[arg-type]

    monkeypatch.setattr(sourcerank, "choose_quote", spy)
    monkeypatch.setitem(news.RULES, "quote_rank_after", True)
    monkeypatch.setitem(news.RULES, "quote_rank_before", True)
    text = ("\u201cWe will rebuild the bridge,\u201d Ana Reyes said. Tom Okafor disagreed: "
            "\u201cNobody believes that.\u201d\n\n\u201cThe numbers are clear,\u201d Ana Reyes "
            "said. Tom Okafor answered: \u201cThey are not.\u201d\n")
    news.parse(Document(name="t", text=text))
    assert seen == [True, False, True, False]
