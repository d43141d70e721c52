"""Learned pronoun resolution for news attribution: who `he` / `she` is.

When the source of a quotation or of reported speech is a personal pronoun, news.py's
`_Resolver.pronoun` asks this module which person it stands for. Every person the article
has named or made the subject of a sentence before the pronoun (the 12 most recent) is a
candidate, with a small dense feature vector: how recently it was a subject and how recently
it was mentioned (rank among the candidates and characters back), same or previous
paragraph, same sentence, how often it was mentioned, whether it has a full name, gender
agreement (known from a title or an earlier pronoun, or from its first name: a table of
first names the training script counts in PolNeAR train, `he ... NAME` / `NAME ... she`
co-occurrence; no third-party list), and the hand rule's choice (the most recent compatible
subject, else mention). A logistic regression scores each candidate (mention ranking:
pointwise scores, argmax), the resolver design of Denis and Baldridge (2008, "Specialized
models and ranking for coreference resolution").

The weights and the name table are fitted offline by `bench/train_coref.py` (scikit-learn,
the `train` extra) and ship as plain arrays in `data/coref.npz` (`numpy.load(allow_pickle=
False)`, written with learned.py's fixed-date writer: the same fit gives the same bytes).
Feature names and `VERSION` are stored with the weights and checked: a missing or corrupt
file is one `learned.ModelError`, never a traceback. Scoring is a dot product in plain
Python, deterministic on every machine.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from briefing_cli.models import SpeakerKind
from briefing_cli.transcript.learned import load_linear, write_npz

# Bump whenever `features` or `candidates` change meaning: older weights are refused.
VERSION = 1
WEIGHTS = Path(__file__).resolve().parent / "data" / "coref.npz"
# Candidates considered: the most recent distinct people before the pronoun.
MAX_CANDIDATES = 12
_WINDOW = 200  # mentions looked back over, as the rule does

FEATURES = (
    "bias", "rule",
    "subject_rank0", "subject_rank1", "subject_rank2", "subject_rank3", "never_subject",
    "mention_rank0", "mention_rank1", "mention_rank2", "mention_rank3",
    "log_chars_subject", "log_chars_mention",
    "same_paragraph", "previous_paragraph", "same_sentence",
    "gender_agree", "gender_clash", "name_gender_agree", "name_gender_clash",
    "log_mentions", "log_subjects", "full_name", "most_mentioned", "first_person",
)
_INDEX = {name: k for k, name in enumerate(FEATURES)}
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s")


class Mentioned(Protocol):
    """A mention of a speaker key at a character offset (news.py's `_Mention`)."""

    @property
    def offset(self) -> int: ...

    @property
    def key(self) -> str: ...


class People(Protocol):
    """What the resolver needs of the speaker registry."""

    def root(self, key: str) -> str: ...

    def name(self, key: str) -> str: ...

    def kind(self, key: str) -> SpeakerKind: ...


@dataclass
class _Seen:
    key: str
    subject_rank: int = -1
    subject_at: int = -1
    subjects: int = 0
    mention_rank: int = -1
    mention_at: int = -1
    mentions: int = 0
    first_at: int = -1


class Resolver:
    """A fitted logistic regression over `FEATURES` and the first-name gender table."""

    def __init__(self, weights: Any, bias: float, female: Sequence[str] = (),
                 male: Sequence[str] = ()) -> None:
        import numpy as np

        self.weights = np.asarray(weights, dtype=np.float64)
        self.bias = float(bias)
        self.female = tuple(female)
        self.male = tuple(male)
        self._plain = [float(w) for w in self.weights]
        self._gender = {**dict.fromkeys(self.female, "f"), **dict.fromkeys(self.male, "m")}

    def name_gender(self, first: str) -> str | None:
        return self._gender.get(first.lower())

    def scores(self, rows: list[list[float]]) -> list[float]:
        plain = self._plain
        out = []
        for row in rows:
            total = self.bias
            for k, value in enumerate(row):
                if value:
                    total += plain[k] * value
            out.append(total)
        return out


def first_name(display: str) -> str | None:
    """The first name of a display name (`Hillary Clinton` -> `Hillary`; `Mr. Trump`,
    `Trump`: none)."""
    words = display.split()
    if len(words) < 2 or words[0].endswith(".") or not words[0][:1].isupper():
        return None
    return words[0]


def candidates(offset: int, subjects: Sequence[Mentioned], mentions: Sequence[Mentioned],
               people: People) -> list[_Seen]:
    """The distinct people mentioned or made subjects before `offset`, most recent first."""
    seen: dict[str, _Seen] = {}
    for field_rank, items in (("subject", subjects), ("mention", mentions)):
        rank = 0
        for mention in reversed(items[-_WINDOW:]):
            if mention.offset >= offset:
                continue
            key = people.root(mention.key)
            entry = seen.get(key)
            if entry is None:
                if people.kind(key) is not SpeakerKind.PERSON:
                    continue
                entry = seen[key] = _Seen(key)
            if field_rank == "subject":
                if entry.subject_rank < 0:
                    entry.subject_rank, entry.subject_at = rank, mention.offset
                    rank += 1
                entry.subjects += 1
            else:
                if entry.mention_rank < 0:
                    entry.mention_rank, entry.mention_at = rank, mention.offset
                    rank += 1
                entry.mentions += 1
            entry.first_at = mention.offset if entry.first_at < 0 else \
                min(entry.first_at, mention.offset)
    found = sorted(seen.values(), key=lambda e: -max(e.subject_at, e.mention_at))
    return found[:MAX_CANDIDATES]


def compatible(found: list[_Seen], gender: str, people: People,
               known_gender: dict[str, str], name_gender: Any) -> list[_Seen]:
    """The candidates whose gender, told by the first name, else known (a title, an earlier
    pronoun: which may itself have been resolved wrongly), is not the other one."""
    out = []
    for entry in found:
        given = first_name(people.name(entry.key))
        known = name_gender(given) if given is not None else None
        if known is None:
            known = known_gender.get(entry.key)
        if known is None or known == gender:
            out.append(entry)
    return out


def features(text: str, offset: int, gender: str, found: list[_Seen], people: People,
             known_gender: dict[str, str], rule: str | None,
             name_gender: Any) -> list[list[float]]:
    """One row of `FEATURES` per candidate."""
    rows = []
    most = max((e.mentions + e.subjects for e in found), default=0)
    first = min((e.first_at for e in found), default=-1)
    for entry in found:
        x = [0.0] * len(FEATURES)

        def put(name: str, value: float = 1.0, row: list[float] = x) -> None:
            row[_INDEX[name]] = value

        put("bias")
        if rule is not None and people.root(rule) == entry.key:
            put("rule")
        if entry.subject_rank >= 0:
            put(f"subject_rank{min(entry.subject_rank, 3)}")
            put("log_chars_subject", math.log1p(offset - entry.subject_at) / 8)
        else:
            put("never_subject")
        if entry.mention_rank >= 0:
            put(f"mention_rank{min(entry.mention_rank, 3)}")
            put("log_chars_mention", math.log1p(offset - entry.mention_at) / 8)
        last = max(entry.subject_at, entry.mention_at)
        breaks = text.count("\n", last, offset)
        if not breaks:
            put("same_paragraph")
            if offset - last < 400 and not _SENTENCE_END.search(text, last, offset):
                put("same_sentence")
        elif breaks <= 2:
            put("previous_paragraph")
        known = known_gender.get(entry.key)
        if known is not None:
            put("gender_agree" if known == gender else "gender_clash")
        display = people.name(entry.key)
        given = first_name(display)
        if given is not None:
            put("full_name")
            by_name = name_gender(given)
            if by_name is not None:
                put("name_gender_agree" if by_name == gender else "name_gender_clash")
        put("log_mentions", math.log1p(entry.mentions) / 3)
        put("log_subjects", math.log1p(entry.subjects) / 3)
        if entry.mentions + entry.subjects == most:
            put("most_mentioned")
        if entry.first_at == first:
            put("first_person")
        rows.append(x)
    return rows


_ARRAYS = ("version", "features", "weights", "bias", "female", "male")


def load_file(path: Path) -> Resolver:
    """The resolver in an `.npz` file (see `save_file`), or `ModelError` saying what is
    wrong with it."""
    weights, bias, lists = load_linear(path, "pronoun resolver", "bench/train_coref.py",
                                       _ARRAYS, VERSION, FEATURES, ("female", "male"))
    return Resolver(weights, bias, [n for n in lists["female"] if n],
                    [n for n in lists["male"] if n])


def save_file(resolver: Resolver, path: Path, version: int = VERSION,
              names: tuple[str, ...] = FEATURES) -> None:
    """Write `resolver` as `.npz` that `load_file` reads; the bytes depend on the weights and
    the name table only; written whole or not at all."""
    import numpy as np

    def joined(items: Sequence[str]) -> Any:
        return np.frombuffer("\n".join(items).encode("utf-8"), dtype=np.uint8)

    arrays = {
        "version": np.asarray(version, dtype="<i8"),
        "features": joined(names),
        "weights": np.asarray(resolver.weights, dtype="<f8"),
        "bias": np.asarray(resolver.bias, dtype="<f8"),
        "female": joined(sorted(resolver.female)),
        "male": joined(sorted(resolver.male)),
    }
    write_npz(path, [(name, arrays[name]) for name in _ARRAYS])


_resolver: Resolver | None = None


def resolver() -> Resolver:
    """The shipped resolver, loaded once."""
    global _resolver
    if _resolver is None:
        _resolver = load_file(WEIGHTS)
    return _resolver


def use(replacement: Resolver | None) -> None:
    """Resolve with another model (training and cross-validation); None: the shipped one."""
    global _resolver
    _resolver = replacement


def choose(text: str, offset: int, gender: str, subjects: Sequence[Mentioned],
           mentions: Sequence[Mentioned], people: People, known_gender: dict[str, str],
           rule: str | None, strict: bool = False) -> str | None:
    """The key of the person the pronoun at `offset` (of `gender`, `m` or `f`) stands for,
    among the people mentioned before it; None when there is nobody. `strict`: only among
    those of a compatible gender (`compatible`)."""
    found = candidates(offset, subjects, mentions, people)
    model = resolver()
    if strict:
        found = compatible(found, gender, people, known_gender, model.name_gender)
    if not found:
        return None
    rows = features(text, offset, gender, found, people, known_gender, rule,
                    model.name_gender)
    scores = model.scores(rows)
    return found[max(range(len(found)), key=lambda k: (scores[k], -k))].key


__all__ = ["FEATURES", "VERSION", "WEIGHTS", "Resolver", "candidates", "choose", "compatible",
           "features", "first_name", "load_file", "resolver", "save_file", "use"]
