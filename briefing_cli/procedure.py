"""Procedure and courtesy: lines that run an event rather than say anything.

Greetings, thanks, logistics ("I know we have a lot of folks on the line"), hand-overs
("Let me turn it over to Tom"), moderation ("Next question", "Go ahead") and throat-clearing
("I'll keep this brief") are recognised by word classes, not by listing sentences:

- a sentence whose content words all belong to the vocabulary of running an event
  (procedure nouns and verbs, courtesy words, addressees, speakers' names, generic verbs)
  and that holds at least one procedure or courtesy cue is procedure, whatever its wording;
- a sentence with a strong procedural construction (`turn it over to`, `take your
  questions`, `next question`, `keep this brief`) is procedure when little else is in it
  (at most a few content words outside those classes: "to Secretary Reyes for his remarks
  on the budget" still is; a long argument that happens to say "we have time for" is not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from briefing_cli import nlp
from briefing_cli.speakers import ROLE_HEADS

# Words that carry the procedure or the courtesy: at least one must be present.
CUES = frozenset("""
thank thanks thankful grateful appreciate appreciated appreciation welcome welcoming
morning afternoon evening hello hi hey greetings goodbye bye brief briefly brevity
housekeeping unmute mute muted operator moderator queue podium floor mic microphone
""".split())
# Words of running an event that are common elsewhere too: fillers, never cues alone.
_EVENT = frozenset("""
question questions briefing remarks statement statements announcement announcements items
item topline toplines line lines call calls turn hand pass open opening close closing wrap
wrapping conclude concluding begin beginning start starting ahead next last follow followup
follow-up record background transcript audio hear hearing time minutes minute quick quickly
couple few folks
""".split())
# Words that may fill a procedural sentence without adding content.
FILLERS = CUES | frozenset("""
everyone everybody anybody anyone all folks people guys ladies gentlemen colleagues friends
members member audience listeners viewers guests press reporters journalists media team
joining joined join coming came come being having today tonight here there again back over
much very really so just well right okay ok yes yeah sure great good nice glad happy pleased
honored honoured delighted privilege pleasure kind kindly please let lets let's keep kept
make made take taking took give giving gave get getting got go going went want wanted would
like love try trying will shall can could may might must need know knows knew see seeing
lot lots plenty enough bit little much many number few couple several one two three first
second third then now later soon short shortly long sorry apologize apologise apologies
patience bear mind allow allowed also said say says saying tell telling told ask asking
asked respond responding forward look looking
sir madam ma'am mr mrs ms dr chair chairman chairwoman ranking subcommittee committee
fellow distinguished top quick quickly start started
""".split()) | _EVENT | ROLE_HEADS
# Constructions that run an event whatever surrounds them (a new one needs its words in
# _STRONG_WORDS below, and an example in tests/test_digest_work.py).
STRONG = re.compile(
    r"\b(?:(?:items?|things?|announcements?) (?:at|to) the top|at the top of (?:the|this)|"
    r"take (?:your|a few|some|a couple of|one or two|one more|a|the next) (?:\w+ )?questions?|"
    r"happy to take|open (?:it|the (?:floor|line|lines))|turn (?:it|things) (?:back )?over|"
    r"hand (?:it |things )?(?:back )?over|pass (?:it )?(?:back )?(?:over )?to|over to you|"
    r"bring up (?:our|the|my)|with that,? (?:i'?ll|let me|we'?ll)|"
    r"(?:start|open|begin|close|wrap up|conclude) (?:the|this|today'?s) (?:briefing|call|"
    r"meeting|session|hearing|press conference)|next question|last question|"
    r"(?:one|two|a couple) more questions?|we have time for|keep (?:this|it|my remarks) "
    r"(?:very |quite |pretty )?(?:brief|short)|i'?ll be brief|on the line|"
    r"thanks? (?:you )?(?:all |everyone |everybody )?for (?:joining|coming|being|having|"
    r"your (?:time|patience|question))|go ahead|(?:can|could) you (?:all )?hear me|"
    r"time is (?:short|limited|tight)|(?:has|have) the floor|the floor is yours)\b",
    re.IGNORECASE)
# Words one group of which is in every match of STRONG, one group per construction (a
# cheap test before the expression, which costs most of a sentence's check).
_OPENERS = ("start", "open", "begin", "close", "conclude", "wrap")
_EVENTS = ("briefing", "call", "meeting", "session", "hearing", "conference")
_STRONG_WORDS = tuple(frozenset(group.split()) for group in (
    "the top", "take", "open", "turn over", "hand over", "pass to", "over to you", "bring up",
    "with that", "next question", "last question", "one more", "two more", "couple more",
    "we have time for", "keep brief", "keep short", "be brief", "on the line",
    "thank for", "thanks for", "go ahead", "you hear me", "time is", "the floor",
    *(f"{opener} {event}" for opener in _OPENERS for event in _EVENTS),
))
_STRONG_BY_WORD: dict[str, list[frozenset[str]]] = {}  # each group under its rarest word
for _group in _STRONG_WORDS:
    _key = max(sorted(_group), key=lambda w: (w not in nlp.STOPWORDS, len(w)))
    _STRONG_BY_WORD.setdefault(_key, []).append(_group)
_STRONG_KEYS = frozenset(_STRONG_BY_WORD)
_COURTESY_OPENERS = frozenset({"thank", "thanks", "good", "hello", "hi", "hey", "welcome",
                               "greetings"})
STRONG_ROOM = 3  # content words outside the vocabulary each strong construction may carry


def is_procedure(text: str, known: AbstractSet[str] = frozenset(),
                 tokens: Sequence[str] | None = None) -> bool:
    """True when `text` runs the event (see the module's docstring). `known`: the speakers'
    name words, lower-cased by the caller once per transcript (not once per sentence);
    `tokens`: `nlp.words(text)` when the caller has them already."""
    tokens = nlp.words(text) if tokens is None else tokens
    words = [w.lower().replace("’", "'") for w in tokens]
    if not words:
        return False
    strong = len(STRONG.findall(text)) if may_be_strong(text, words) else 0
    if not strong and CUES.isdisjoint(words):
        return False  # neither a construction nor a cue: the common case, decided early
    other = [i for i, w in enumerate(words) if w not in nlp.STOPWORDS and w not in FILLERS
             and w not in known and not w.isdigit()]
    if strong:
        # Hand-overs name who comes next ("our National Security Adviser, Tom Okafor"):
        # capitalised words after the first are names and titles, not content.
        content = [i for i in other if i == 0 or not tokens[i][:1].isupper()]
        if len(content) <= STRONG_ROOM * strong:
            return True
    if words[0] in _COURTESY_OPENERS:  # "Good morning, and welcome to Morning Dispatch."
        other = [i for i in other if not tokens[i][:1].isupper()]
    return not other and any(w in CUES for w in words)


def may_be_strong(text: str, words: Sequence[str]) -> bool:
    """False only when STRONG cannot match: no group of its words is among `words` (the
    text's words, lower-cased). Only for ASCII text, where lower-casing is what the
    expression's case folding does (it also folds `ſ` to `s` and `K` to `k`)."""
    if not text.isascii():
        return True
    if "'" not in text and _STRONG_KEYS.isdisjoint(words):
        return False
    present = set(words)
    if "'" in text:  # `top's`: the expression's word boundary falls at the apostrophe
        for word in words:
            present.update(word.split("'"))
    return any(group <= present for word in present & _STRONG_KEYS
               for group in _STRONG_BY_WORD[word])


__all__ = ["is_procedure", "may_be_strong"]
