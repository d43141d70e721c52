"""Compare two briefings: per speaker (or role), which topics are new, dropped, continuing,
and for continuing topics the statement in each briefing that best represents the line.

Speakers are matched by name (any alias), then by role, so a new spokesperson in the same
job is compared with the previous one. A topic is one of a speaker's key terms in either
briefing; it is *new* when the speaker did not use it at all before, *dropped* when they
no longer use it, and *continuing* otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_cli import nlp
from briefing_cli.digest import Ranked, rank_sentences
from briefing_cli.models import Sentence, Speaker, SpeakerKind, Transcript
from briefing_cli.rank import Ranker
from briefing_cli.terms import key_terms

TOPICS = 8  # key terms per speaker and briefing that count as its topics
MIN_USES = 3  # sentences a one-word term needs in one briefing to be a topic


@dataclass(frozen=True)
class Statement:
    sentence: Sentence
    score: float


@dataclass(frozen=True)
class Continuing:
    topic: str
    old: Statement
    new: Statement


@dataclass(frozen=True)
class SpeakerChange:
    old: Speaker | None
    new: Speaker | None
    matched_by: str  # "name", "role", or "" when only in one briefing
    new_topics: tuple[str, ...]
    dropped_topics: tuple[str, ...]
    continuing: tuple[Continuing, ...]

    @property
    def label(self) -> str:
        speaker = self.new or self.old
        assert speaker is not None
        if self.old and self.new and self.old.name != self.new.name:
            return f"{self.new.name} (was {self.old.name})"
        return speaker.name

    @property
    def role(self) -> str | None:
        return (self.new.role if self.new else None) or (self.old.role if self.old else None)


@dataclass(frozen=True)
class Comparison:
    old: Transcript
    new: Transcript
    speakers: tuple[SpeakerChange, ...]


@dataclass
class _Side:
    transcript: Transcript
    ranked: Ranked
    terms: dict[str, list[str]]
    stems: dict[str, list[list[str]]]  # speaker id -> stemmed words of each sentence
    indices: dict[str, list[int]]  # speaker id -> sentence indices


def _side(transcript: Transcript, ranker: Ranker) -> _Side:
    ranked = rank_sentences(transcript, ranker)
    # As in a digest: page furniture, procedure and courtesy are nobody's statement, so
    # they give no topic and are never the statement shown for one.
    speaker_of = [None if ranked.furniture[i] or ranked.procedural[i]
                  else transcript.turns[s.turn].speaker for i, s in enumerate(ranked.sentences)]
    names = [w for sp in transcript.speakers for form in (sp.name, *sp.aliases)
             for w in nlp.words(form)]
    terms = key_terms(ranked.texts, speaker_of, exclude=names, limit=TOPICS)
    stems: dict[str, list[list[str]]] = {}
    indices: dict[str, list[int]] = {}
    for i, speaker in enumerate(speaker_of):
        if speaker is None:
            continue
        stems.setdefault(speaker, []).append(_stems(ranked.texts[i]))
        indices.setdefault(speaker, []).append(i)
    return _Side(transcript, ranked, terms, stems, indices)


def _stems(text: str) -> list[str]:
    """Words as compared across briefings: lower case, possessive and plural `s` dropped.

    Lighter than a stemmer on purpose: "security" and "securing", "rule" and "ruling" are
    different topics.
    """
    out = []
    for word in nlp.words(text):
        lower = word.lower().replace("’", "'").removesuffix("'s")
        if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
            lower = lower[:-1]
        out.append(lower)
    return out


def _holds(sentence: list[str], topic: list[str]) -> bool:
    n = len(topic)
    return any(sentence[i:i + n] == topic for i in range(len(sentence) - n + 1))


def compare(old: Transcript, new: Transcript, ranker: Ranker) -> Comparison:
    """What changed in each speaker's line from `old` to `new`."""
    before, after = _side(old, ranker), _side(new, ranker)
    changes = [_change(before, after, o, n, how) for o, n, how in _pairs(old, new)]
    return Comparison(old=old, new=new, speakers=tuple(changes))


def _pairs(old: Transcript, new: Transcript
           ) -> list[tuple[Speaker | None, Speaker | None, str]]:
    """Speakers of both briefings paired by name or alias, then by role; press with press."""
    def forms(s: Speaker) -> set[str]:
        return {f.lower() for f in (s.name, *s.aliases)}

    unmatched = list(old.speakers)
    pairs: list[tuple[Speaker | None, Speaker | None, str]] = []
    for speaker in new.speakers:
        partner = next((o for o in unmatched if o.kind is speaker.kind and (
            o.kind is SpeakerKind.PRESS or forms(o) & forms(speaker))), None)
        how = "name"
        if partner is None and speaker.role:
            partner = next((o for o in unmatched if o.role and
                            o.role.lower() == speaker.role.lower()), None)
            how = "role"
        if partner is not None:
            unmatched.remove(partner)
            pairs.append((partner, speaker, how))
        else:
            pairs.append((None, speaker, ""))
    pairs.extend((o, None, "") for o in unmatched)
    return pairs


def _change(before: _Side, after: _Side, old: Speaker | None, new: Speaker | None,
            how: str) -> SpeakerChange:
    old_terms = before.terms.get(old.id, []) if old else []
    new_terms = after.terms.get(new.id, []) if new else []
    old_sents = before.stems.get(old.id, []) if old else []
    new_sents = after.stems.get(new.id, []) if new else []
    fresh, dropped, continuing = [], [], []
    seen: set[tuple[str, ...]] = set()
    for term in [*new_terms, *old_terms]:
        key = _stems(term)
        if tuple(key) in seen:
            continue
        seen.add(tuple(key))
        # A single word is a topic only when the speaker keeps coming back to it.
        uses = max(sum(_holds(s, key) for s in old_sents), sum(_holds(s, key) for s in new_sents))
        if len(key) == 1 and uses < MIN_USES:
            continue
        in_old = any(_holds(s, key) for s in old_sents)
        in_new = any(_holds(s, key) for s in new_sents)
        if in_old and in_new:
            assert old is not None and new is not None
            continuing.append(Continuing(term, _best(before, old.id, key),
                                         _best(after, new.id, key)))
        elif in_new:
            fresh.append(term)
        elif in_old:
            dropped.append(term)
    return SpeakerChange(old, new, how, tuple(fresh), tuple(dropped), tuple(continuing))


def _best(side: _Side, speaker: str, topic: list[str]) -> Statement:
    """The speaker's highest-scored sentence that mentions the topic."""
    scores = side.ranked.scores
    candidates = [i for i, stems in zip(side.indices[speaker], side.stems[speaker], strict=True)
                  if _holds(stems, topic)]
    best = max(candidates, key=lambda i: (float(scores[i]), -i))
    return Statement(side.ranked.sentences[best], round(float(scores[best]), 4))
