"""Video shot lists: a news agency's or an organisation's edit notes for broadcasters.

A numbered list of shots (`1. B-ROLL: Exterior IMF`, `3. Reporters cutaway`, `5. Wide of
news conference`), some of them sound bites that name who speaks and their role
(`4. SOUNDBITE: (English) Jane Roe, IMF Spokesman:`, `SOUNDBITE (French) Ana Ruiz,
Minister of Health`, `SOT: Jane Roe, Mayor`) with the quotation below them. The quotation
is that person's, with that role; shot lines, the page header, the storyline and the
usage notes after a shot are narration. `Soundbite` is never a speaker. Inside a bite, a
line opened by a bracketed speaker (`(Reporter question off camera): "..."`, `(Jane Roe):
"..."`) is that speaker's: an exchange with the press.
"""

from __future__ import annotations

from functools import lru_cache

from briefing_cli.models import PRESS_ID, Document, Transcript, TurnKind
from briefing_cli.speakers import SpeakerRegistry
from briefing_cli.transcript import roles
from briefing_cli.transcript.common import Draft, build, each_line, lazy_pattern

# `4. B-ROLL: Exterior IMF`, `12. Wide of the hall`: a numbered shot.
_SHOT = lazy_pattern(r"[^\S\n]*(?:\d{1,3}[.)]|[-–•*])[^\S\n]+(?=[A-Z(\"“])")
# `SOUNDBITE: (English) Jane Roe, IMF Spokesman:` after the shot number (or alone).
_BITE = lazy_pattern(
    r"[^\S\n]*(?:\d{1,3}[.)][^\S\n]+|[-–•*][^\S\n]+)?(?:SOUNDBITE|SOUND[^\S\n]?BITE|SOT|"
    r"(?i:soundbite))[^\S\n]*:?[^\S\n]*(?:\((?P<language>[^()\n]{1,40})\)[^\S\n]*)?"
    r"(?P<who>[A-Z][^\n:]{1,160}?)[^\S\n]*:?[^\S\n]*$")
# `STORYLINE:`, `SHOTLIST`, `AP CLIENTS ONLY`: a heading in capitals ends a bite.
_HEADING = lazy_pattern(r"[^\S\n]*[A-Z][A-Z/&\-]+(?:[^\S\n]+[A-Z/&\-]+)*[^\S\n]*:?[^\S\n]*$")
_ANY_BITE = lazy_pattern(r"(?i:sound[^\S\n]?bite)|\bSOT\b")
# What every `_ANY_BITE` match holds: `SOT`, or `bite` in any case. Searched first: a
# case-blind pattern with no literal start tries every position (0.46 s on 10 MB), this
# one and a `str` search a sixth of that.
_BITE_WORD = lazy_pattern(r"(?i:bite)")
# `_ANY_BITE`'s two branches apart: the case-blind one needs `bite` in some case; `SOT` as a
# word is a search with a literal start (a text with `SOT` inside names, `MR SOTA`, no
# longer pays the case-blind scan: 0.33 CPU s on hostile-4's 5 MB).
_SOUND_BITE = lazy_pattern(r"(?i:sound[^\S\n]?bite)")
_SOT = lazy_pattern(r"\bSOT\b")
_MIN_SHOTS = 3  # numbered shot lines (sound bites included) a shot list has at least


def _bites(text: str) -> dict[int, tuple[str, str | None, int]]:
    """Sound-bite lines by line start: (name, role, where the line ends)."""
    return dict(_cached_bites(text))


@lru_cache(maxsize=1)
def _cached_bites(text: str) -> dict[int, tuple[str, str | None, int]]:
    # Once per text: the layout vote asks, then the parse of a labelled text again (the
    # case-blind search over the whole text is most of the cost on a long transcript).
    out: dict[int, tuple[str, str | None, int]] = {}
    if not ("SOT" in text and _SOT.search(text) is not None) and (
            _BITE_WORD.search(text) is None or _SOUND_BITE.search(text) is None):
        return out  # `_ANY_BITE` finds nothing
    for start, end in each_line(text):
        if end - start > 220:
            continue
        match = _BITE.match(text, start, end)
        if match is None:
            continue
        who = match.group("who").strip().rstrip(":").strip()
        name, _, stated = who.partition(",")
        name = name.strip()
        if not name or len(name.split()) > 5 or not name[0].isupper():
            continue
        role = roles.role_line(stated.strip()) or (stated.strip() or None)
        out[start] = (name, role, end)
    return out


def score(document: Document) -> bool:
    """A shot list: three numbered shots or more, one of them a sound bite naming who."""
    text = document.text
    bites = _bites(text)
    if not bites:
        return False
    shots = sum(1 for start, end in each_line(text)
                if end - start <= 220 and _SHOT.match(text, start, end) is not None)
    return shots >= _MIN_SHOTS


def parse(document: Document, layout: str) -> Transcript:
    """Each sound bite's quotation to the person its line names, until the next shot or
    the next unindented heading; everything else narration."""
    text = document.text
    bites = _bites(text)
    registry = SpeakerRegistry()
    keys: dict[tuple[str, str | None], str] = {}
    drafts: list[Draft] = []
    current: Draft | None = None
    for start, end in each_line(text):
        line = text[start:end]
        if not line.strip():
            continue
        if start in bites:
            name, role, _ = bites[start]
            if (name, role) not in keys:
                keys[(name, role)] = registry.label(name, role)
                if role is not None:
                    registry.state_role(keys[(name, role)], role)
            drafts.append(Draft(None, TurnKind.NARRATION, start, end))
            current = Draft(keys[(name, role)], TurnKind.STATEMENT, end, end)
            drafts.append(current)
            continue
        inline = _INLINE_ROLE.match(text, start, end) if current is not None else None
        if inline is not None:
            # `(Reporter question off camera): "..."` then `(Ana Ruiz): "..."` inside a bite:
            # an exchange, each line its bracketed speaker's
            key = _inline_speaker(registry, inline.group("who"))
            if key is not None:
                drafts.append(Draft(None, TurnKind.NARRATION, start, inline.end()))
                current = Draft(key, TurnKind.QUESTION if key == PRESS_ID
                                else TurnKind.STATEMENT, inline.end(), end)
                drafts.append(current)
                continue
        if _SHOT.match(text, start, end) is not None or current is None \
                or _HEADING.match(text, start, end) is not None or _ends_bite(text, current):
            drafts.append(Draft(None, TurnKind.NARRATION, start, end))
            current = None
            continue
        current.end = end
    drafts = [d for d in drafts if text[d.start:d.end].strip()]
    return build(document, layout, registry, drafts)


# `(Reporter question off camera): "..."`, `(Ana Ruiz): "..."`, `(Ana Ruiz, Mayor):` - a
# bracketed speaker opening a line inside a bite.
_INLINE_ROLE = lazy_pattern(r"[^\S\n]*\((?P<who>[A-Z][^()\n:]{1,80})\)[^\S\n]*:[^\S\n]*(?=\S)")
_INLINE_PRESS = lazy_pattern(r"(?i)\b(?:reporters?|journalists?|questions?|questioner|"
                             r"off[- ]camera|press|media)\b")
_INLINE_NAME = lazy_pattern(r"[A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){0,4}")


def _inline_speaker(registry: SpeakerRegistry, who: str) -> str | None:
    """Whose a bracketed inline role is: the press for a reporter's question, a named
    person (the bite's own speaker when the name fits), or None (`(English)`, a note)."""
    who = " ".join(who.split())
    if _INLINE_PRESS.search(who) is not None:
        return registry.press()
    name, _, stated = who.partition(",")
    name = name.strip()
    if _INLINE_NAME.fullmatch(name) is None or len(name.split()) < 2:
        return None  # `(English)`, `(Translation)`: no one
    known = registry.find(name)
    if known is not None:
        return known
    role = roles.role_line(stated.strip()) if stated.strip() else None
    return registry.label(name, role)


def _ends_bite(text: str, current: Draft) -> bool:
    """A quotation closed on its last line (`... It's an important point.”`) and a line
    after it: the bite is over (a usage note, a dateline)."""
    said = text[current.start:current.end].rstrip()
    return bool(said) and said.endswith(("”", '"')) and said.lstrip()[:1] in ("“", '"')


__all__ = ["parse", "score"]
