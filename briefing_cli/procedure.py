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
    r"happy to take|open (?:it|the (?:floor|line|lines))|turn (?:it|things|the (?:call|"
    r"conference|floor|meeting|program|line)) (?:back )?over|"
    r"hand (?:it |things |the (?:call|conference|floor|meeting|program|line) )?(?:back )?over|"
    r"pass (?:it )?(?:back )?(?:over )?to|over to you|"
    r"bring up (?:our|the|my)|with that,? (?:i'?ll|let me|we'?ll)|"
    r"(?:start|open|begin|close|wrap up|conclude) (?:the|this|today'?s) (?:briefing|call|"
    r"meeting|session|hearing|press conference)|next question|last question|"
    r"(?:one|two|a couple) more questions?|we have time for|keep (?:this|it|my remarks) "
    r"(?:very |quite |pretty )?(?:brief|short)|i'?ll be brief|on the line|"
    r"thanks? (?:you )?(?:all |everyone |everybody )?for (?:joining|coming|being|having|"
    r"participating|attending|listening|your (?:time|patience|question|participation))|"
    r"go ahead|(?:can|could) you (?:all )?hear me|"
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


# Conference calls (earnings calls, investor days): the operator's script ("At this time all
# participants are in a listen-only mode", "Your line is open") and the safe-harbour notice
# ("... forward-looking statements ... actual results may differ materially ..."). Each
# construction holds one of _CALL_KEYS (tested before the expression); a sentence with one is
# procedure when little is in it beyond the vocabulary of running a call (_CALL_WORDS) or,
# for the notice, of securities disclaimers (_NOTICE_WORDS).
CALL = re.compile(
    r"\b(?:listen[- ]only|question[- ]and[- ]answer (?:session|portion|period|segment)|"
    r"q ?& ?a (?:session|portion|period|segment)|press (?:the )?(?:star|pound)|"
    r"operator instructions|(?:is|are|being) (?:being )?recorded|you may (?:now )?disconnect|"
    r"(?:this|that) (?:concludes|will conclude|does conclude)|"
    r"(?:no|any) (?:further|more|other) questions|closing (?:remarks|comments|statements?)|"
    r"(?:from|of) the line of|your line is (?:now )?(?:open|live)|"
    r"question (?:today )?(?:comes|is coming|will come) from|"
    r"(?:here with me|with me (?:here|on (?:the|this|today'?s) call|today|this (?:morning|"
    r"afternoon|evening))) (?:today )?(?:are|is)\b|(?:placed|put) on mute|"
    r"(?:thank you|thanks) (?:all )?for standing by|(?:your|the) (?:conference |call )?"
    r"(?:operator|moderator|host) (?:today|for today'?s)|joining (?:me|us) (?:on (?:the|this|"
    r"today'?s) call )?(?:today|this (?:morning|afternoon|evening))|welcome to (?:the|today'?s|"
    r"our|this)\b[^.!?]{0,80}?\b(?:call|conference|webcast|webinar)|"
    r"(?:a )?replay (?:of (?:the|this|today'?s) (?:call|webcast) )?(?:will be|is) available|"
    r"withdraw your question|limit (?:yourself|yourselves) to one question|"
    r"turn (?:it|the call|the conference) back to)\b",
    re.IGNORECASE)
NOTICE = re.compile(
    r"\b(?:forward[- ]looking (?:statements?|information|remarks|comments)|safe[- ]harbou?r|"
    r"differ materially|undertakes? no (?:obligation|duty)|(?:no|any) (?:obligation|duty) to "
    r"(?:publicly )?(?:update|revise)|non[- ]gaap|risk factors|(?:sec|securities) filings|"
    r"filings with the (?:sec|securities)|undue reliance|reconciliations? (?:of|to|between|"
    r"is|are|can))\b",
    re.IGNORECASE)
_CALL_KEYS = frozenset("""
listen answer q star pound instructions recorded disconnect concludes conclude questions
closing line mute standing operator moderator host joining welcome replay withdraw limit back
question me
""".split())
_NOTICE_KEYS = frozenset("""
forward harbor harbour materially obligation duty gaap factors filings reliance
reconciliation reconciliations
""".split())
_KEYS = _CALL_KEYS | _NOTICE_KEYS
_CALL_WORDS = frozenset("""
conference webcast webinar participants participant participating participation listen only
mode presentation presentations session portion period segment answer q a press star pound
hash key keypad telephone phone touch tone touchtone recorded recording advised instructions
disconnect disconnected concludes concluded conclude conclusion closing further questions
question withdraw limit yourself yourselves host hosts speaker speakers management executive
executives investor investors relations day replay available website site archived archive
lines mute placed prevent background noise standing provided assistance assist signal
earnings results quarter quarterly fiscal year full preliminary fourth ended
""".split())
_NOTICE_WORDS = frozenset("""
forward looking statements statement subject risks risk uncertainties uncertainty actual
results result differ differs materially material expressed express implied undertake
undertakes obligation duty update updated revise publicly filings filing factors factor
assumptions projections expectations estimates beliefs plans intentions anticipate anticipated
believe believes expect expects intend intends estimate predict predictions future events
performance including limited described discussed detailed contained contains contain made
reports report annual form sec securities exchange commission filed file refer reference
section non gaap measures measure financial reconciliation reconciliations comparable
release supplemental slides slide deck available posted information based caution cautioned
cautionary reliance undue place harbor harbour safe provisions private litigation reform act
meaning certain various important cause causing differences include includes such business
outlook guidance current currently date speak speaks only reflect reflects views
""".split())


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
    call = notice = 0
    if not _KEYS.isdisjoint(words):  # one pass over the words; most sentences stop here
        call = 0 if _CALL_KEYS.isdisjoint(words) else len(CALL.findall(text))
        notice = 0 if _NOTICE_KEYS.isdisjoint(words) else len(NOTICE.findall(text))
    if call or notice:
        vocabulary = _CALL_WORDS | _NOTICE_WORDS if notice else _CALL_WORDS
        rest = [i for i, w in enumerate(words) if w not in nlp.STOPWORDS and w not in FILLERS
                and w not in vocabulary and w not in known and not w[:1].isdigit()
                and (i == 0 or not tokens[i][:1].isupper())]
        if len(rest) <= STRONG_ROOM * (strong + call + notice):
            return True
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


__all__ = ["CALL", "NOTICE", "is_procedure", "may_be_strong"]
