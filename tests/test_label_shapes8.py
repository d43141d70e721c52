"""Real-transcript shapes found in session 8 (issue 10, branch labels13): the sixth and
seventh sets' leftovers, then the eighth set's families. Original text imitating those
layouts; the generated families are in tests/layoutgen.py."""

from __future__ import annotations

import random

import pytest
from helpers import parse_text as _parse
from helpers import speaker_at as _owner
from layoutgen import LABEL_SHAPES, score, synthetic_turns

_FAMILIES = ["member_page"]


@pytest.mark.parametrize("family", _FAMILIES)
def test_generated_families_come_back(family: str) -> None:
    right = total = roles = roles_right = 0
    for seed in range(5):
        rng = random.Random(f"{family}-{seed}")
        rendered = LABEL_SHAPES[family](synthetic_turns(rng, 24, speakers=3), rng)
        result = score(rendered, _parse(rendered.text))
        right, total = right + result.right, total + result.turns
        roles, roles_right = roles + result.roles, roles_right + result.roles_right
        assert result.furniture_leaked == 0
    assert right >= 0.95 * total
    assert roles_right >= 0.9 * roles


_MEMBER = ("Assembly of the Isles\n\n"
           "Go to\n\n"
           "– Mac Brightwater, Nell\n\n"
           "Wednesday, 4 June 2031\n\n"
           "Assembly Debate\n\n"
           "Ferry Services and the Winter Timetable: Statements\n\n"
           "I call on the Minister to open the debate. I understand she will take ten "
           "minutes.More Button\n\n"
           "Ferry Services and the Winter Timetable: Statements (Continued)\n\n"
           "I remind Members that the time for this debate is limited.More Button\n\n"
           "  Members rose.More Button\n\n"
           "We will take the amendment first, and then we will vote on the motion as "
           "amended.More Button\n\n"
           "I thank the Member, but the proposal must come from the Government-----More "
           "Button\n\n"
           "Let us keep this orderly.More Button\n")


def test_a_members_page_names_its_voice_surname_first() -> None:
    transcript = _parse(_MEMBER)
    assert _owner(transcript, "I call on the Minister") == "Nell Mac Brightwater"
    assert _owner(transcript, "I thank the Member") == "Nell Mac Brightwater"
    assert _owner(transcript, "Let us keep") == "Nell Mac Brightwater"
    assert _owner(transcript, "Ferry Services and the Winter Timetable: Statements (") is None
    assert _owner(transcript, "Members rose") is None
    assert _owner(transcript, "Wednesday, 4 June") is None


def test_a_dateline_over_third_person_news_is_no_member() -> None:
    text = ("Eastport, Veltria\n\n"
            "The harbour board met on Tuesday to discuss the winter timetable.\n\n"
            "Its chair said the ferries would run twice a day until March.\n\n"
            "Councillors asked for a third sailing on Fridays, which the board refused.\n\n"
            "A decision on fares is expected next month.\n")
    transcript = _parse(text)
    assert not transcript.speakers
