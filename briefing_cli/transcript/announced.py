"""A briefing page whose title names the voice in the possessive: `Foreign Ministry
Spokesperson Ana Ruiz's Regular Press Conference on May 3, 2031`. A narration line may
follow (`Spokesperson Ana Ruiz started the press conference with the following
announcements:`, part of the header); the unlabelled paragraphs after it are the voice's
announcements, and any labels after them (`Q:`) are read as usual (monologue layout).
"""

from __future__ import annotations

from briefing_cli.transcript import roles
from briefing_cli.transcript.common import lazy_pattern, line_spans

_POSSESSIVE = lazy_pattern(
    r"[^\S\n]*(?P<who>[^\n]{3,100}?)['’]s[^\S\n]+(?:(?i:regular|daily|weekly|special|"
    r"joint)[^\S\n]+)?(?i:press\s+conference|news\s+conference|press\s+briefing|briefing|"
    r"remarks|statement)\b")
# `Spokesperson Ana Ruiz started the press conference with the following announcements:`
_STARTED = lazy_pattern(r"\b(?i:started|opened|began|begins|opens|starts)\b[^\n]{0,80}"
                        r"\b(?i:announcements?|statement|remarks|following)\b[^\n]{0,20}:?"
                        r"[^\S\n]*$")

# `Published on May 3, 2031`, `2031/05/03`, `Updated: 3 May 2031`: the page's date line
_DATED = lazy_pattern(r"[^\S\n]*(?:(?i:published|updated|posted|released|date)[^\S\n]*"
                      r"(?:on[^\S\n]+|:[^\S\n]*)?)?(?:[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},?"
                      r"[^\S\n]+\d{4}|\d{1,2}[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{4}|"
                      r"\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})[^\S\n]*$")


def voice(text: str, lines: list[tuple[int, int]]) -> tuple[str, str | None, int] | None:
    """(name, role, where the header ends) when one of the header's `lines` names the
    voice in the possessive, with a role (`Spokesperson Ana Ruiz's ...`)."""
    for n, (start, end) in enumerate(lines):
        match = _POSSESSIVE.match(text, start, end)
        if match is None or "interview" in text[match.end():end].lower():
            continue  # `... Press Conference Interview`: questions and answers, no voice
        who = match.group("who").lstrip(" >•·|-")
        found = roles.titled_name(who)
        if found is None or found[1] is None or not who.rstrip().endswith(
                found[0].split()[-1]):
            continue
        name, role = found
        header_end = end
        surname = name.split()[-1]
        for after_start, after_end in lines[n + 1:n + 4]:
            line = text[after_start:after_end]
            if not (_DATED.match(line) or (surname in line and _STARTED.search(line))):
                break
            header_end = after_end
        return name, role, header_end
    return None


def titled(text: str, header_end: int) -> bool:
    """Whether the header (the text before `header_end`) is such a possessive title: its
    announcements may run as one paragraph (no blank lines) and still be the voice's."""
    head = text[:header_end]
    lines = [(s, e) for s, e in line_spans(head) if head[s:e].strip()][-8:]
    return voice(head, lines) is not None


__all__ = ["titled", "voice"]
