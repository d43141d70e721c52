"""JSON export: the `briefing.digest/1` contract other tools read."""

from __future__ import annotations

import functools
import json
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from briefing_cli import shape
from briefing_cli.models import (
    Digest,
    Document,
    KeyPoint,
    SpeakerDigest,
    SpeakerKind,
    Transcript,
    TurnKind,
)

SCHEMA = "briefing.digest/1"


def to_dict(digest: Digest) -> dict[str, Any]:
    """The digest as plain data; text is carried exactly as in the input."""
    return _to_dict(digest, None)


def _to_dict(digest: Digest, ready: _Prepared | None, *, with_speakers: bool = True
             ) -> dict[str, Any]:
    """`to_dict`, with the transcript's own parts taken from `prepare` when `ready`."""
    transcript = digest.transcript
    shares = ready.shares if ready is not None else _shares(transcript)
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
        "speakers": _speaker_records(digest.speakers, shares) if with_speakers else [],
        "turns": ready.turns if ready is not None else _turns(transcript),
        "timeline": ready.timeline if ready is not None else _timeline(transcript),
        "summary": [_point(p, with_speaker=True) for p in digest.summary],
    }


def _speaker_records(speakers: Sequence[SpeakerDigest], shares: dict[str, tuple[float, float]]
                     ) -> list[dict[str, Any]]:
    kinds = {kind: kind.value for kind in SpeakerKind}
    return [
        {
            "id": sd.speaker.id,
            "name": sd.speaker.name,
            "role": sd.speaker.role,
            "kind": kinds[sd.speaker.kind],
            "aliases": list(sd.speaker.aliases),
            "turns": sd.turns,
            "words": sd.words,
            "share_words": shares.get(sd.speaker.id, _NO_SHARE)[0],
            "share_turns": shares.get(sd.speaker.id, _NO_SHARE)[1],
            "summary": [_point(p, with_speaker=False) for p in sd.points],
            "key_terms": list(sd.key_terms),
        }
        for sd in speakers
    ]


def _shares(transcript: Transcript) -> dict[str, tuple[float, float]]:
    # Plain rows, not `shape.measure`'s frozen objects: one per speaker and turn adds up.
    shares: dict[str, tuple[float, float]] = {}
    for speaker_id, _, _, share_turns, share_words in shape.share_rows(transcript):
        shares.setdefault(speaker_id, (share_words, share_turns))
    return shares


def _turns(transcript: Transcript) -> list[dict[str, Any]]:
    turn_kinds = {kind: kind.value for kind in TurnKind}
    return [
        {
            "index": i,
            "speaker": turn.speaker,
            "kind": turn_kinds[turn.kind],
            "line": turn.line,
            "text": turn.text,
            "reply_to": turn.reply_to,
        }
        for i, turn in enumerate(transcript.turns)
    ]


def _timeline(transcript: Transcript) -> list[dict[str, Any]]:
    return [
        {"speaker": speaker, "start_line": start_line, "end_line": end_line}
        for speaker, start_line, end_line, _, _ in shape.timeline_rows(transcript)
    ]


class _Raw(str):
    """A value already encoded at its place in the document (see `prepare`)."""


@dataclass(frozen=True)
class _Prepared:
    transcript: Transcript
    shares: dict[str, tuple[float, float]]
    turns: _Raw
    timeline: _Raw


_READY: list[_Prepared] = []  # the last transcript prepared (a transcript is frozen)
_TOP = "\n  "  # the indentation of the document's top-level values


def prepare(transcript: Transcript) -> None:
    """Encode the parts of a digest's JSON that depend on the transcript alone (its turns,
    timeline and speakers' shares) ahead of `render`: the digest calls this while a child
    process finds the key terms (`build_digest`'s `meanwhile`). `render` of a digest of
    this transcript then writes them as they are: the same text either way."""
    _READY.clear()
    try:
        turns = _Raw(_encode(_turns(transcript), _TOP))
        timeline = _Raw(_encode(_timeline(transcript), _TOP))
    except (_Unusual, RecursionError):
        return  # `render` encodes everything itself (`dumps`)
    _READY.append(_Prepared(transcript, _shares(transcript), turns, timeline))


_NO_SHARE = (0.0, 0.0)


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
    ready = _READY[0] if _READY and _READY[0].transcript is digest.transcript else None
    if ready is not None:
        try:
            data = _to_dict(digest, ready, with_speakers=len(digest.speakers) < PARALLEL_SPEAKERS)
            if len(digest.speakers) >= PARALLEL_SPEAKERS:
                data["speakers"] = _speakers_in_halves(digest, ready)
            return _encode(data, "\n") + "\n"
        except (_Unusual, RecursionError):
            pass  # as `dumps` does: the standard library writes the whole document
    return dumps(to_dict(digest)) + "\n"


PARALLEL_SPEAKERS = 20_000  # more speakers: their records written in two processes


def _speakers_in_halves(digest: Digest, ready: _Prepared) -> _Raw:
    """The encoded list of the speakers' records, each half built and encoded by one process
    (`parallel.fork_map`: a failed child's half is redone here): records are encoded one by
    one or column by column, the same text however the list is cut."""
    from briefing_cli import parallel

    n = len(digest.speakers)
    inner = _TOP + "  "

    def half(bounds: tuple[int, int]) -> str:
        records = _speaker_records(digest.speakers[bounds[0]:bounds[1]], ready.shares)
        return ("," + inner).join(_items(records, inner))

    first, second = parallel.fork_map(half, [(0, n // 2), (n // 2, n)])
    return _Raw("[" + inner + first + "," + inner + second + _TOP + "]")


# The standard library encodes with `indent` in pure Python, one generator step per token
# (millions on a 100,000-turn digest). Here each flat record (a turn, a point, a list of
# terms) goes through the C encoder with the newline and indent as its item separator, and
# the nesting is assembled with str.join. Anything unusual falls back to json.dumps whole.
_escape = json.encoder.encode_basestring  # the C escaper when the _json module is there
_SCALARS = frozenset({str, int, float, bool, type(None)})
_INFINITY = float("inf")


class _Unusual(Exception):
    """A value this encoder leaves to the standard library."""


def _refuse(o: Any) -> Any:
    raise _Unusual


@functools.cache
def _flat_encoder(inner: str) -> Callable[[Any, int], Sequence[str]] | None:
    """The C encoder writing a flat list or dict's items one per line at indent `inner`."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return None
    encoder: Callable[[Any, int], Sequence[str]] = make(
        None, _refuse, _escape, None, ": ", "," + inner, False, False, True)
    return encoder


def dumps(obj: Any) -> str:
    """Exactly `json.dumps(obj, ensure_ascii=False, indent=2)`, faster on big values."""
    try:
        return _encode(obj, "\n")
    except (_Unusual, RecursionError):
        return json.dumps(obj, ensure_ascii=False, indent=2)


def _encode(o: Any, nl: str) -> str:
    """`o` encoded at the indentation `nl` (a newline and the current indent)."""
    if type(o) is _Raw:
        return str(o)
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        inner = nl + "  "
        values: Iterable[Any] = o
        opening, closing = "[", "]"
    elif isinstance(o, dict):
        if not o:
            return "{}"
        inner = nl + "  "
        values = o.values()
        opening, closing = "{", "}"
    else:
        return _scalar(o)
    flat = _flat_encoder(inner)
    if flat is not None and _SCALARS.issuperset(map(type, values)):
        return opening + inner + "".join(flat(o, 0))[1:-1] + nl + closing
    if opening == "[":
        items = _items(o, inner) if flat is not None else [_encode(v, inner) for v in o]
    elif flat is not None:
        items = _mixed_items(o, inner, flat)
    else:
        if not all(type(k) is str for k in o):
            raise _Unusual
        items = [_escape(k) + ": " + _encode(v, inner) for k, v in o.items()]
    return opening + inner + ("," + inner).join(items) + nl + closing


@functools.cache
def _column_encoder() -> Callable[[Any, int], Sequence[str]]:
    """The C encoder writing a flat list's items one per line (a raw newline is never inside
    an item: strings escape it), to be split into the items."""
    # (untyped in the stubs; present whenever `_flat_encoder` found it)
    make = getattr(json.encoder, "c_make_encoder")  # noqa: B009
    encoder: Callable[[Any, int], Sequence[str]] = make(
        None, _refuse, _escape, None, ": ", "\n", False, False, True)
    return encoder


def _items(values: Sequence[Any], nl: str) -> list[str]:
    """Each of `values` encoded at the indentation `nl`, alike values in bulk: scalars in one
    C call, dicts with the same keys column by column (`_records`), lists by encoding all
    their items together and regrouping them; anything else one by one."""
    kinds = set(map(type, values))
    if kinds <= _SCALARS:
        return "".join(_column_encoder()(list(values), 0))[1:-1].split("\n") if values else []
    if kinds == {dict}:
        records = _records(values, nl)
        if records is None:
            records = _flat_records(values, nl)
        if records is not None:
            return records
    elif kinds <= _LISTS:
        inner = nl + "  "
        encoded = _items([item for value in values for item in value], inner)
        separator, out, start = "," + inner, [], 0
        for value in values:
            if value:
                end = start + len(value)
                out.append("[" + inner + separator.join(encoded[start:end]) + nl + "]")
                start = end
            else:
                out.append("[]")
        return out
    return [_encode(v, nl) for v in values]


_LISTS = frozenset({list, tuple})


def _records(o: Sequence[Any], nl: str) -> list[str] | None:
    """A list of dicts with the same string keys in the same order, holding lists or dicts
    (the digest's speakers), encoded column by column: each column of scalars in one C call
    however many records there are. None for any other list."""
    first = o[0]
    if not first or _SCALARS.issuperset(map(type, first.values())):
        return None  # flat records: one C call each writes them whole, faster than columns
    keys = tuple(first)
    if not all(type(k) is str for k in keys):
        return None
    for record in o:
        if type(record) is not dict or len(record) != len(keys) or tuple(record) != keys:
            return None
    inner = nl + "  "
    columns = []
    for key in keys:
        columns.append(_items([record[key] for record in o], inner))
    prefixes = [_escape(k) + ": " for k in keys]
    separator, opening, closing = "," + inner, "{" + inner, nl + "}"
    return [opening + separator.join(map(operator.add, prefixes, values)) + closing
            for values in zip(*columns, strict=True)]


def _flat_records(o: Sequence[Any], nl: str) -> list[str] | None:
    """A list of non-empty dicts holding only scalars (turns, timeline entries, points),
    each encoded at the indentation `nl`, all in one C call: with a bare newline as the
    item separator, `}\n{` is found only between records and a newline only between
    items (strings escape theirs), so the output is cut and re-indented with str methods.
    None for any other list."""
    for record in o:
        if not record or not _SCALARS.issuperset(map(type, record.values())):
            return None
    inner = nl + "  "
    text = "".join(_column_encoder()(list(o), 0))
    separator, opening, closing = "," + inner, "{" + inner, nl + "}"
    return [opening + body.replace("\n", separator) + closing
            for body in text[2:-2].split("}\n{")]


def _mixed_items(o: dict[Any, Any], inner: str, flat: Callable[[Any, int], Sequence[str]]
                 ) -> list[str]:
    """The `key: value` items of a dict holding lists or dicts among its scalars: the
    scalars written by the C encoder in one call (nested values stood in by null), then
    each nested value in its place. No item of the flat output holds a raw newline (the
    encoder escapes it in strings), so splitting at the separator cuts exactly between
    items."""
    nested = [k for k, v in o.items() if type(v) not in _SCALARS]
    stand_in = {**o, **dict.fromkeys(nested)} if len(nested) < len(o) else None
    items = ("".join(flat(stand_in, 0))[1:-1].split("," + inner) if stand_in is not None
             else [""] * len(o))
    for i, (k, v) in enumerate(o.items()):
        if type(v) not in _SCALARS:
            if type(k) is not str:
                raise _Unusual
            items[i] = _escape(k) + ": " + _encode(v, inner)
    return items


def _scalar(o: Any) -> str:
    if isinstance(o, str):
        return _escape(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        # as json.encoder's floatstr with allow_nan=True
        if o != o:
            return "NaN"
        if o == _INFINITY:
            return "Infinity"
        if o == -_INFINITY:
            return "-Infinity"
        return float.__repr__(o)
    raise _Unusual
