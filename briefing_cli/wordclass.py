"""Which words can head a key term, without a part-of-speech tagger (its data is a download).

A key term names something: a noun, a noun phrase or a name. A lone adjective ("full",
"different"), verb ("involve", "aimed"), adverb or number word ("three", "III") never is.
Evidence, most reliable first: a short shipped list of common English verbs, adjectives and
number words; capitalisation inside a sentence (names); suffixes (-tion, -ment, -ity are
nouns; -ly, -ous, -ful, -ive, -able are not); and the word's company in the text itself
(after `the`/`a`/`our` and before a verb or punctuation, a word is used as a noun).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

NUMBER_WORDS = frozenset("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
first second third fourth fifth sixth seventh eighth ninth tenth half twice once double
single triple percent
""".split())
_ROMAN = re.compile(r"^(?=[ivx]+$)x{0,3}(?:ix|iv|v?i{0,3})$")  # "III", "XIV" (not "mix")

VERBS = frozenset("""
accept accepted accepts accuse accused add added adds agree agreed agrees aim aimed aims allow
allowed apply applied argue argued arrive arrived assess ask asked become became begin began
believe believed bring brought build built buy bought call called cause caused change
changed choose chose claim claimed close closed come comes concern concerned confirm
confirmed consider considered continue continued cost costs cut cuts decide decided deliver
delivered deny denied describe described discuss discussed do does done engage engaged
ensure ensured expect expected explain explained face faced fail failed fall fell fallen
feel felt find found follow followed force forced get give gave given go goes gone grow grew
happen happened held help helped hold holds hope hoped include included increase increased
intend intended involve involved involves join joined keep kept know known lead led leave
left let like look looked lose lost made make makes mean meant meet met move moved need
needed offer offered open opened pay paid plan planned play played press pressed prevent
prevented produce produced protect protected provide provided push pushed put raise raised
reach reached receive received reduce reduced reject rejected remain remained remains
remember report reported require required return returned rise rose run said say says see
seek seem seemed seen sell send sent serve set share shared show showed shown sign signed
speak spoke stand stay stayed stop stopped suggest suggested support supported take taken
talk talked tell think thought told took tried try turn turned understand urge urged use
used wait want wanted warn warned watch welcome welcomed win won work worked write wrote
last lasts lasted stuck
appear appeared appears announce announced announces call calls cut cuts dominate dominated
fly flew flown move moves moved saw read reads enter enters entered walk walks walked post
posts posted mark marks marked
""".split())

ADJECTIVES = frozenset("""
able aware bad best better big certain clear close common complete current deep different
difficult direct early easy entire entirely fair false fast few final fine free full general
good great hard high huge important international key large last late least less likely
little local long low main major many more most much national natural necessary
new next nice normal old only open other own particular past personal political possible
potential previous private proper quick ready real recent right serious several
short significant similar simple small social special specific strong sure true various
whole wide wrong young
northern southern eastern western adamant
""".split())

_NOUN_SUFFIX = re.compile(
    r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ist|ship|hood|dom|age|ure|ery|acy|ics|"
    r"ians?|ants?|ents?|ers|ors|ees?)$")
_NOT_NOUN_SUFFIX = re.compile(
    r"(?:ly|ous|ful|ive|able|ible|less|ish|est|ed|ing|ward|wise|al|ic)$")
_DETERMINERS = frozenset("the a an our their its his her my your every each".split())


def is_number(word: str) -> bool:
    lower = word.lower()
    return lower in NUMBER_WORDS or lower[:1].isdigit() or bool(_ROMAN.match(lower))


def can_head(word: str, noun_uses: int = 0) -> bool:
    """Whether a lower-case `word` may end a key term (stand for a thing) on its own.

    `noun_uses` counts the times the text uses it after a determiner ("the meeting"),
    which overrides a suffix that usually marks another class.
    """
    if is_number(word) or word in ADJECTIVES or "-" in word:
        return False
    if word in VERBS:  # "the offer", "the report": a verb's form used as a noun
        return noun_uses > 0 and not word.endswith("ed")
    if _NOUN_SUFFIX.search(word):
        return True
    if _NOT_NOUN_SUFFIX.search(word):
        return noun_uses > 0 and not word.endswith(("ly", "ed"))
    return True


def noun_uses(tokens: Sequence[str], function_words: frozenset[str]) -> dict[str, int]:
    """How often each lower-case word closes a noun phrase: right after a determiner and
    before a function word or the end ("the offer was", not "the additional units")."""
    out: dict[str, int] = {}
    last = len(tokens) - 1
    # From each determiner, the word after it (most words follow none: they cost one test).
    for i, word in enumerate(tokens):
        if word in _DETERMINERS and i < last and (
                i + 1 == last or tokens[i + 2] in function_words):
            noun = tokens[i + 1]
            out[noun] = out.get(noun, 0) + 1
    return out


def noun_uses_between(tokens: Sequence[str | None], function_words: frozenset[str]
                      ) -> dict[str, int]:
    """`noun_uses` of many sentences at once: `tokens` holds their words one after another,
    each sentence closed by None (one pass for thousands of short sentences)."""
    out: dict[str, int] = {}
    last = len(tokens) - 1
    for i in [i for i, word in enumerate(tokens) if word in _DETERMINERS]:
        noun = tokens[i + 1] if i < last else None
        if noun is not None and (i + 1 == last or tokens[i + 2] is None
                                 or tokens[i + 2] in function_words):
            out[noun] = out.get(noun, 0) + 1
    return out


__all__ = ["ADJECTIVES", "NUMBER_WORDS", "VERBS", "can_head", "is_number", "noun_uses",
           "noun_uses_between"]
