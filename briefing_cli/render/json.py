"""JSON export: the `briefing.digest/1` contract other tools read."""

from __future__ import annotations

import json
from typing import Any

from briefing_cli import shape
from briefing_cli.models import Digest, Document, KeyPoint

SCHEMA = "briefing.digest/1"


def to_dict(digest: Digest) -> dict[str, Any]:
    """The digest as plain data; text is carried exactly as in the input."""
    transcript = digest.transcript
    figures = shape.measure(transcript)
    return {
        "schema": SCHEMA,
        "source": {
            "name": transcript.document.name,
            "format": transcript.layout,
            "lines": transcript.document.line_count,
            "words": digest.words,
            **origin(transcript.document),
        },
        "method": digest.method,
        "focus": None if digest.focus is None else {
            "query": digest.focus.query,
            "terms": list(digest.focus.terms),
            "expanded": list(digest.focus.expanded),
        },
        "speakers": [
            {
                "id": sd.speaker.id,
                "name": sd.speaker.name,
                "role": sd.speaker.role,
                "kind": sd.speaker.kind.value,
                "aliases": list(sd.speaker.aliases),
                "turns": sd.turns,
                "words": sd.words,
                "share_words": _share(figures, sd.speaker.id, "words"),
                "share_turns": _share(figures, sd.speaker.id, "turns"),
                "summary": [_point(p, with_speaker=False) for p in sd.points],
                "key_terms": list(sd.key_terms),
            }
            for sd in digest.speakers
        ],
        "turns": [
            {
                "index": i,
                "speaker": turn.speaker,
                "kind": turn.kind.value,
                "line": turn.line,
                "text": turn.text,
                "reply_to": turn.reply_to,
            }
            for i, turn in enumerate(transcript.turns)
        ],
        "timeline": [
            {"speaker": s.speaker, "start_line": s.start_line, "end_line": s.end_line}
            for s in figures.timeline
        ],
        "summary": [_point(p, with_speaker=True) for p in digest.summary],
    }


def _share(figures: shape.Shape, speaker_id: str, what: str) -> float:
    share = figures.share(speaker_id)
    if share is None:
        return 0.0
    return share.share_words if what == "words" else share.share_turns


def origin(document: Document) -> dict[str, Any]:
    """For a web page, PDF or Word input: where it came from (absent for plain text)."""
    if document.origin is None:
        return {}
    found = document.origin
    return {"url": found.url, "title": found.title, "date": found.date,
            "extracted_from": found.extracted_from}


def _point(point: KeyPoint, *, with_speaker: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"text": point.sentence.text}
    if with_speaker:
        out["speaker"] = point.speaker
    out["line"] = point.sentence.line
    out["score"] = point.score
    out["repeats"] = point.repeats
    out["turn"] = point.sentence.turn
    if point.matched:
        out["matched"] = list(point.matched)
    return out


def render(digest: Digest) -> str:
    return dumps(to_dict(digest)) + "\n"


# The standard library encodes with `indent` in pure Python, one generator step per token
# (millions on a 100,000-turn digest); this builds the same text with str.join and the C
# string escaper. Anything it does not know falls back to json.dumps for the whole value.
_escape = json.encoder.encode_basestring  # the C escaper when the _json module is there
_INFINITY = float("inf")


class _Unusual(Exception):
    """A value this encoder leaves to the standard library."""


def dumps(obj: Any) -> str:
    """Exactly `json.dumps(obj, ensure_ascii=False, indent=2)`, faster on big values."""
    try:
        return _encode(obj, "\n")
    except (_Unusual, RecursionError):
        return json.dumps(obj, ensure_ascii=False, indent=2)


def _encode(o: Any, nl: str) -> str:
    """`o` encoded at the indentation `nl` (a newline and the current indent)."""
    if type(o) is str:
        return _escape(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, str):
        return _escape(o)
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float(o)
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        inner = nl + "  "
        return "[" + inner + ("," + inner).join(
            [_escape(v) if type(v) is str else _encode(v, inner) for v in o]) + nl + "]"
    if isinstance(o, dict):
        if not o:
            return "{}"
        inner = nl + "  "
        items = []
        for key, value in o.items():
            if type(key) is not str:
                raise _Unusual
            items.append(_escape(key) + ": " + (
                _escape(value) if type(value) is str else _encode(value, inner)))
        return "{" + inner + ("," + inner).join(items) + nl + "}"
    raise _Unusual


def _float(o: float) -> str:
    # as json.encoder's floatstr with allow_nan=True
    if o != o:
        return "NaN"
    if o == _INFINITY:
        return "Infinity"
    if o == -_INFINITY:
        return "-Infinity"
    return float.__repr__(o)
