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
    return json.dumps(to_dict(digest), ensure_ascii=False, indent=2) + "\n"
