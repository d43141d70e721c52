"""Reading input: encodings and line ends; the decoded text is never otherwise altered."""

from __future__ import annotations

import codecs
import io

import pytest

from briefing_cli.errors import InputError
from briefing_cli.source import decode, read_source
from briefing_cli.transcript import parse

TEXT = "MS.\u00a0LEE:\tWe said «no» and ''no''.\r\nQ: “Really?”\rMS. LEE: Yes — really.\n"
EXPECTED = "MS.\u00a0LEE:\tWe said «no» and ''no''.\nQ: “Really?”\nMS. LEE: Yes — really.\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16-le", "utf16-be", "cp1252"])
def test_encodings_and_line_ends_decode_to_the_same_text(data: bytes) -> None:
    assert decode(data, "t") == EXPECTED


def test_only_line_ends_change() -> None:
    # Non-breaking spaces, tabs, guillemets and doubled apostrophes are kept as they are:
    # every span in the output indexes into exactly this text.
    text = decode(TEXT.encode("utf-8"), "t")
    assert text.replace("\n", "") == TEXT.replace("\r\n", "").replace("\r", "").replace("\n", "")


def test_attribution_reads_through_nbsp_tabs_and_marks() -> None:
    document = read_source("-", io.BytesIO(TEXT.encode("cp1252")))
    transcript = parse(document)
    assert transcript.layout == "labelled"
    names = {t.text: (transcript.speaker(t.speaker).name if t.speaker else None)
             for t in transcript.turns}
    assert names["We said «no» and ''no''."] == "Ms. Lee"
    assert names["Yes — really."] == "Ms. Lee"


def test_undecodable_bytes_never_crash() -> None:
    assert "\ufffd" in decode(b"caf\x81 au lait\n", "t")  # 0x81 is undefined in cp1252


def test_binary_and_empty_inputs_are_refused() -> None:
    with pytest.raises(InputError):
        decode(b"\x00\x01\x02" * 100, "t")
    with pytest.raises(InputError):
        read_source("-", io.BytesIO(b"  \n\n"))
