"""The learned news attribution model: decoder, shipped weights, and what it attributes."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from briefing_cli.models import Document, Speaker, TurnKind
from briefing_cli.transcript import learned, news


def _tiny(seed: int = 3, attributes: int = 6) -> dict[str, object]:
    rng = random.Random(seed)
    labels = list(learned.LABELS)
    return {
        "version": learned.FEATURES_VERSION,
        "labels": labels,
        "attributes": [f"w={k}" for k in range(attributes)],
        "state": [[a, lab, round(rng.uniform(-2, 2), 3)] for a in range(attributes)
                  for lab in range(len(labels)) if rng.random() < 0.6],
        "transitions": [[round(rng.uniform(-1, 1), 3) for _ in labels] for _ in labels],
    }


def _brute(data: dict[str, object], attrs: list[list[str]]) -> list[str]:
    labels: list[str] = data["labels"]  # type: ignore[assignment]
    names: list[str] = data["attributes"]  # type: ignore[assignment]
    state: dict[tuple[str, int], float] = {}
    for a, lab, w in data["state"]:  # type: ignore[attr-defined]
        state[(names[a], lab)] = w
    trans: list[list[float]] = data["transitions"]  # type: ignore[assignment]
    best: tuple[float, tuple[int, ...]] | None = None
    for seq in itertools.product(range(len(labels)), repeat=len(attrs)):
        score = sum(state.get((f, y), 0.0) for feats, y in zip(attrs, seq, strict=True)
                    for f in feats)
        score += sum(trans[a][b] for a, b in itertools.pairwise(seq))
        if best is None or score > best[0] + 1e-9:
            best = (score, seq)
    assert best is not None
    return [labels[k] for k in best[1]]


@pytest.mark.parametrize("seed", range(5))
def test_viterbi_matches_brute_force(seed: int) -> None:
    data = _tiny(seed)
    model = learned.Model.from_json(data)
    rng = random.Random(seed)
    for length in (1, 2, 3, 4):
        attrs = [[f"w={rng.randrange(8)}", "unknown"] for _ in range(length)]
        assert model.tag(attrs) == _brute(data, attrs)


@pytest.mark.parametrize("seed", range(4))
def test_batched_viterbi_matches_brute_force(seed: int) -> None:
    """Sequences of different lengths (empty ones too) decoded together, as an article's
    paragraphs are, each get the labels brute force gives them alone."""
    data = _tiny(seed)
    model = learned.Model.from_json(data)
    rng = random.Random(seed)
    sequences = [[[f"w={rng.randrange(8)}"] for _ in range(rng.randrange(0, 5))]
                 for _ in range(rng.randrange(2, 7))]
    assert model.tag_many(sequences) == [_brute(data, seq) if seq else []
                                         for seq in sequences]


def test_decoder_agrees_with_crfsuite(tmp_path: Path) -> None:
    """A CRF trained on generated paragraphs decodes the same with numpy as with crfsuite."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from train_attribution import export

    names = ["Ana Reyes", "Tom Okafor", "the ministry", "Officials"]
    rng = random.Random(7)
    trainer = pycrfsuite.Trainer(verbose=False)
    paragraphs = []
    for _ in range(60):
        name = rng.choice(names)
        text = f"{name} said on Tuesday that the plan would cut costs by {rng.randrange(90)}%."
        tokens = learned.tokenize(text)
        n_src = len(learned.tokenize(name))
        labels = (["B-SOU"] + ["I-SOU"] * (n_src - 1) + ["B-CUE"] + ["O"] * 3
                  + ["B-CON"] + ["I-CON"] * (len(tokens) - n_src - 5))
        trainer.append(learned.features(tokens), labels)
        paragraphs.append(tokens)
    trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 30,
                        "feature.possible_transitions": True})
    path = str(tmp_path / "tiny.crfsuite")
    trainer.train(path)
    model = learned.Model.from_json(export(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    for tokens in paragraphs[:20]:
        attrs = learned.features(tokens)
        assert model.tag(attrs) == tagger.tag(attrs)


def test_shipped_weights_load() -> None:
    """The weights in the package: present, this feature version, the right shapes, small,
    and plain arrays (numpy reads them without pickle)."""
    import numpy as np

    assert learned.WEIGHTS.suffix == ".npz"
    assert learned.WEIGHTS.stat().st_size < 1_500_000
    with np.load(learned.WEIGHTS, allow_pickle=False) as data:
        assert int(data["version"]) == learned.FEATURES_VERSION
        assert bytes(data["labels"]).decode().split("\n") == list(learned.LABELS)
        attributes = bytes(data["attributes"]).decode().split("\n")
    model = learned.load_file(learned.WEIGHTS)
    assert model.state.shape == (len(attributes) + 1, len(learned.LABELS))
    assert len(model.index) == len(attributes) > 1000
    assert 0 <= model.o_penalty < 2
    assert model.transitions.shape == (len(learned.LABELS), len(learned.LABELS))


def test_saved_weights_round_trip_byte_for_byte(tmp_path: Path) -> None:
    """Saving gives the same bytes every time (fixed zip dates), and loads back the same
    model: re-exporting the shipped weights reproduces the shipped file."""
    import numpy as np

    model = learned.Model.from_json(_tiny(attributes=9))
    model.o_penalty = 0.25
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    learned.save_file(model, first)
    learned.save_file(learned.load_file(first), second)
    assert first.read_bytes() == second.read_bytes()
    back = learned.load_file(second)
    assert np.array_equal(back.state, model.state.astype(np.float32))  # weights as float32
    assert np.array_equal(back.transitions, model.transitions)
    assert (back.index, back.labels, back.o_penalty) == (model.index, model.labels, 0.25)
    shipped = tmp_path / "shipped.npz"
    learned.save_file(learned.load_file(learned.WEIGHTS), shipped)
    assert shipped.read_bytes() == learned.WEIGHTS.read_bytes()


def test_missing_or_corrupt_weights_are_a_clear_error(tmp_path: Path) -> None:
    import zipfile

    with pytest.raises(learned.ModelError, match="missing"):
        learned.load_file(tmp_path / "nowhere.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(learned.ModelError, match="corrupt"):
        learned.load_file(bad)
    pickled = tmp_path / "pickled.npz"
    pickled.write_bytes(b"\x80\x04K\x01.")
    with pytest.raises(learned.ModelError, match="corrupt"):
        learned.load_file(pickled)
    old = tmp_path / "old.npz"
    learned.save_file(learned.Model.from_json(_tiny()), old,
                      version=max(learned.VERSIONS) + 1)
    with pytest.raises(learned.ModelError, match="version"):
        learned.load_file(old)
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(learned.WEIGHTS.read_bytes()[:2000])
    with pytest.raises(learned.ModelError, match="corrupt"):
        learned.load_file(truncated)
    partial = tmp_path / "partial.npz"
    with zipfile.ZipFile(old) as src, zipfile.ZipFile(partial, "w") as dst:
        for name in src.namelist():
            if name != "weights.npy":
                dst.writestr(name, src.read(name))
    with pytest.raises(learned.ModelError, match="corrupt.*weights"):
        learned.load_file(partial)
    with pytest.raises(learned.ModelError, match="version"):
        learned.Model.from_json({**_tiny(), "version": max(learned.VERSIONS) + 1})


def test_feature_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Version 1 is words and paragraph context; version 2 (the shipped weights) adds the
    sentence: the nearest cue of the same sentence and the clause it opens (`said that`,
    `according to X,`); a model decodes with the features of its own version."""
    text = ("The vote was close. Reyes said on Tuesday that the talks had stalled. "
            "According to Lee, the deal is near.")
    tokens = learned.tokenize(text)
    first, second = learned.features(tokens, 1), learned.features(tokens, 2)
    assert not any(f.startswith(("op=", "scc=", "ss=")) for feats in first for f in feats)
    assert all(set(a) <= set(b) for a, b in zip(first, second, strict=True))
    words = [t.text for t in tokens]
    talks = words.index("talks")
    assert "op=that" in second[talks] and "scc=say|b" in second[talks]
    assert "op=according" in second[words.index("deal")]
    assert not any(f.startswith("scc=") for f in second[words.index("close")])
    data = {**_tiny(), "version": 2, "attributes": ["op=that", "w=reyes", "scc=say|=",
                                                    "w=the", "b", "cue"]}
    model = learned.Model.from_json(data)
    assert model.version == 2
    seen: list[int] = []
    real = learned.features

    def spy(tokens: list[learned.Token], version: int = 1) -> list[list[str]]:
        seen.append(version)
        return real(tokens, version)

    monkeypatch.setattr(learned, "features", spy)
    learned.attributions(text, 0, len(text), model)
    assert seen == [2]


def test_feature_version_3_reads_cues_outside_speech() -> None:
    """Version 3 adds stance and action cues (`resent`, `mandates`, `lists`) and where a verb
    outside any lexicon stands: after a subject, followed by a complement opener; versions 1
    and 2 are left as they were (the weights of each decode with their own features)."""
    text = ("They resent that the plan failed. The Constitution mandates a count, and "
            "Okafor grumbles that nobody listens.")
    tokens = learned.tokenize(text)
    words = [t.text for t in tokens]
    second, third = learned.features(tokens, 2), learned.features(tokens, 3)
    assert all({f for f in a if f.startswith(("w=", "sh=", "bg="))} <= set(b)
               for a, b in zip(second, third, strict=True))
    assert not any(f.startswith(("sv=", "svf=", "subj=", "scc=stance")) for feats in second
                   for f in feats)
    for cue in ("resent", "mandates"):
        assert "cue" in third[words.index(cue)] and "cue" not in second[words.index(cue)]
    assert "op=that" in third[words.index("plan")]
    assert "scc=stance|b" in third[words.index("plan")]
    grumbles = words.index("grumbles")  # in no lexicon: its place makes it a verb
    assert "cue" not in third[grumbles]
    assert {"sv=cap|that", "svf=that|s"} <= set(third[grumbles])
    assert "subj=that" in third[grumbles - 1] and "svclause" in third[grumbles + 2]
    assert "sv=pro|that" in third[words.index("resent")]
    assert not any(f.startswith("sv=") for f in third[words.index("Constitution")])
    assert 3 in learned.VERSIONS and learned.cue_words(2) < learned.cue_words(3)


def test_spans_repair() -> None:
    spans = learned.spans(["I-SOU", "B-CUE", "O", "I-CON", "I-CON", "B-CON", "I-CUE"])
    assert [(s.role, s.start, s.end) for s in spans] == [
        ("SOU", 0, 1), ("CUE", 1, 2), ("CON", 3, 5), ("CON", 5, 6), ("CUE", 6, 7)]


# --- what the parser makes of generated news prose ------------------------------------------

_PEOPLE = [("Ana Reyes", "she"), ("Tom Okafor", "he"), ("Lucia Brandt", "she"),
           ("Samuel Idowu", "he")]
_CLAUSES = ["the budget would be cut by a third before the end of the year",
            "the talks had stalled over the question of border checks",
            "the agency had not been told about the leak until last week",
            "the new rules would hurt small farmers more than anyone else"]


def _paraphrases(text: str) -> list[tuple[str, str | None]]:
    transcript = news.parse(Document(name="t", text=text))
    out = []
    for turn in transcript.turns:
        if turn.kind is TurnKind.PARAPHRASE:
            speaker = transcript.speaker(turn.speaker)
            out.append((turn.text, speaker.name if speaker else None))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_generated_reported_speech_is_paraphrase(seed: int) -> None:
    rng = random.Random(seed)
    (name, pronoun), (other, _) = rng.sample(_PEOPLE, 2)
    clauses = rng.sample(_CLAUSES, 3)
    text = (f"{other} arrived in the capital on Monday for a round of meetings.\n\n"
            f"{name} said on Tuesday that {clauses[0]}.\n\n"
            f"{pronoun.capitalize()} told reporters that {clauses[1]}.\n\n"
            f"The weather in the capital was cold and wet for most of the week.\n")
    found = _paraphrases(text)
    surname = name.split()[-1]
    assert any(clauses[0] in t and s and surname in s for t, s in found), found
    assert any(clauses[1] in t and s and surname in s for t, s in found), found
    assert not any("weather" in t for t, _ in found)


def test_attribution_is_deterministic() -> None:
    text = ("Lucia Brandt said on Tuesday that the talks had stalled.\n\n"
            "She praised the negotiators for their patience and said a deal was close.\n")
    first = news.parse(Document(name="t", text=text))
    second = news.parse(Document(name="t", text=text))
    assert first == second


def test_missing_weights_at_run_time_is_one_error_line(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from briefing_cli.cli import app

    source = tmp_path / "article.txt"
    source.write_text("Ana Reyes arrived on Monday.\n\n"
                      "She said on Tuesday that the budget would be cut by a third soon.\n\n"
                      "Officials said the talks would resume in the spring after the vote.\n",
                      encoding="utf-8")
    monkeypatch.setattr(learned, "WEIGHTS", tmp_path / "gone.npz")
    learned.use(None)
    try:
        result = CliRunner().invoke(app, ["summarize", str(source), "--input-format", "news"])
    finally:
        learned.use(None)
    assert result.exit_code == 1
    assert "error: attribution weights missing" in result.output
    assert "Traceback" not in result.output


_WIRE = (
    "Houthis vow to keep up attacks on shipping\n\n"
    "LONDON (Reuters) - The US said on Friday that it would send more ships to the region to "
    "protect trade.\n\n"
    "The Houthis said they would keep up their attacks on shipping until the war ended.\n\n"
    "NATO warned that the attacks could spread to other waters if nothing was done soon.\n\n"
    "Also Read | Markets fall as oil prices climb\n\n"
    "Reporters asked whether the ships would be armed, and one reporter asked whether the "
    "talks had failed.\n\n"
    "Press Secretary Karine Dalton spoke on Monday. The press secretary shot back that the "
    "claims were false and had already been debunked.\n"
)


def test_groups_institutions_press_and_titles() -> None:
    transcript = news.parse(Document(name="t", text=_WIRE))
    def by_text(start: str) -> Speaker | None:
        turn = next(t for t in transcript.turns if t.text.startswith(start))
        return transcript.speaker(turn.speaker)

    kinds = {s.name: s.kind.value for s in transcript.speakers}
    assert kinds.get("US") == "organization"  # not `Us`
    assert kinds.get("NATO") == "organization"
    assert kinds.get("Houthis") == "organization"
    assert not any(name.upper() in ("LONDON", "REUTERS", "ALSO READ") for name in kinds)
    speaker = by_text("Reporters asked whether")
    assert speaker is not None and speaker.kind.value == "press"
    holder = by_text("The press secretary shot")
    assert holder is not None and holder.name == "Karine Dalton"
    # The dateline and the headline above it never speak for the lead paragraph.
    lead = by_text("LONDON (Reuters) - The US said")
    assert lead is not None and lead.name == "US"


def test_paraphrase_never_splits_a_word() -> None:
    text = ("Ana Reyes spoke on Monday.\n\n"
            "In a long interview about the anti-fraud U.S.-led plan, which took years, Ana Reyes "
            "said the anti-fraud rules had saved billions, and critics of the well-known "
            "scheme disagreed.\n")
    transcript = news.parse(Document(name="t", text=text))
    for turn in transcript.turns:
        before = text[turn.start - 1:turn.start]
        after = text[turn.end:turn.end + 1]
        assert not (before.isalnum() and turn.text[:1].isalnum()), turn.text
        assert not (after.isalnum() and turn.text[-1:].isalnum()), turn.text
    starts = [(t.start, t.end) for t in transcript.turns]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(starts))


_SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize("sample", ["white_house_briefing.txt", "interview_timestamped.txt",
                                    "state_department_briefing.txt"])
def test_other_layouts_never_load_the_weights(sample: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Labelled, headed and timestamped transcripts never read the news model's weights."""
    from typer.testing import CliRunner

    from briefing_cli.cli import app

    def refuse(path: Path) -> learned.Model:
        raise AssertionError(f"weights loaded for {sample}")

    monkeypatch.setattr(learned, "load_file", refuse)
    learned.use(None)
    try:
        for command in (["summarize", "-f", "json"], ["speakers"]):
            result = CliRunner().invoke(app, [*command, str(_SAMPLES / sample)])
            assert result.exit_code == 0, result.output
            assert learned._model is None
    finally:
        learned.use(None)


@pytest.mark.parametrize("seed", range(3))
def test_news_without_anything_to_ask_never_loads_the_weights(
        seed: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Short lines (headline, dateline, byline) are not decoded: an article of nothing else
    parses with no weights at all, and no paragraph list decodes nothing."""
    rng = random.Random(seed)
    monkeypatch.setattr(learned, "WEIGHTS", tmp_path / "gone.npz")
    learned.use(None)
    try:
        assert learned.attributions_many("Nothing to read here at all.", []) == {}
        lines = [rng.choice(["Oil up.", "By AP", "PARIS —", "Update 2", "Gas.", "Opinion"])
                 for _ in range(rng.randrange(2, 6))]
        transcript = news.parse(Document(name="t", text="\n\n".join(lines) + "\n"))
        assert transcript.turns
        assert learned._model is None
    finally:
        learned.use(None)


def test_short_paragraphs_are_not_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only paragraphs the parser can ask about (a quotation, or enough words) go to the
    model; the parse is the same as when every paragraph is decoded."""
    text = ("Port talks stall\n\nBy AP\n\n"
            "The union said on Monday that the strike would go on until the vote.\n\n"
            "Oil up.\n\n\u201cWe will not move,\u201d Reyes said.\n")
    asked: list[list[tuple[int, int]]] = []
    real = learned.attributions_many

    def spy(text: str, paragraphs: list[tuple[int, int]], decoder: learned.Model | None = None,
            margins: dict[tuple[int, int], tuple[list[int], list[float]]] | None = None
            ) -> dict[tuple[int, int], list[learned.Attribution]]:
        asked.append(paragraphs)
        return real(text, paragraphs, decoder, margins)

    monkeypatch.setattr(learned, "attributions_many", spy)
    parsed = news.parse(Document(name="t", text=text))
    decoded = [text[s:e] for s, e in asked[0]]
    assert any(p.startswith("The union said") for p in decoded)
    assert any(p.startswith("\u201cWe will") for p in decoded)
    assert not {"By AP", "Oil up."} & set(decoded)
    monkeypatch.setattr(news, "_MODEL_WORDS", 0)  # every paragraph decoded
    asked.clear()
    assert news.parse(Document(name="t", text=text)) == parsed
    assert len(asked[0]) == 5
