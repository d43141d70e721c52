"""An office with its country or body before the name, a lower-case `of` inside the label
(`President of Veltria Ivo Dane:`), as a government's transcript writes it (the twelfth real
set, session 10). Original text only."""

from __future__ import annotations

import pytest
from helpers import family_totals, parse_text, speaker_at


@pytest.mark.parametrize("office", ["President of Veltria", "Prime Minister of Tarsal",
                                    "Minister of Foreign Affairs", "Secretary of State",
                                    "Governor of the Central Bank",
                                    "Minister of Ports and Harbours"])
@pytest.mark.parametrize("indent", ["", "    "])
def test_an_office_of_a_body_before_the_name_is_a_label(office: str, indent: str) -> None:
    text = (f"Joint press statements\n\n"
            f"{indent}{office} Ivo Dane: Friends, the harbour talks went well today and the\n"
            f"{indent}rail line opens in May.\n\n"
            f"{indent}Question: Will the ferry fares rise this year?\n\n"
            f"{indent}{office} Ivo Dane: No. The fares stay as they are until the audit.\n")
    transcript = parse_text(text)
    assert speaker_at(transcript, "the harbour talks went well") == "Ivo Dane"
    assert speaker_at(transcript, "The fares stay as they are") == "Ivo Dane"
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Ivo Dane"] == office


@pytest.mark.parametrize("line", [
    "The head of the delegation of Tarsal met the press: nothing was agreed.",
    "Statement of the Ministry of Foreign Affairs: the talks will resume.",
])
def test_a_sentence_with_of_before_a_colon_is_no_label(line: str) -> None:
    text = f"Harbour talks\n\n{line}\n\nThe ferry fares stay as they are until the audit.\n"
    transcript = parse_text(text)
    assert all(s.kind.value == "press" or "Tarsal" not in s.name and "Ministry" not in s.name
               for s in transcript.speakers)


def test_the_generated_family() -> None:
    right, total, roles_right, roles, leaked = family_totals("office_of_labels")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles
    assert leaked == 0


@pytest.mark.parametrize("marker", ["(As delivered)", "  • 03 Mar. 2031 -",
                                    "(Check against delivery)"])
def test_a_by_line_opening_a_speech_page_names_its_voice(marker: str) -> None:
    text = ("by Secretary General Mara Quill (hosted by the Harbour Institute)\n\n"
            f"{marker}\n\n"
            "Thank you, Professor, for the kind words.\n\n"
            "It is an honour to be here, and I will speak about the harbour.\n\n"
            "We have kept the ferries running through a hard winter.\n")
    transcript = parse_text(text)
    assert speaker_at(transcript, "It is an honour to be here") == "Mara Quill"
    assert speaker_at(transcript, "We have kept the ferries") == "Mara Quill"
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Mara Quill"] == "Secretary General"


def test_a_by_line_in_an_article_names_no_voice() -> None:
    # a byline opening a news story, with no speech header after it, is no speech page
    text = ("by Tomas Lind, Staff Writer\n\n"
            "The harbour reopened on Tuesday after a week of repairs, the port said.\n\n"
            "Ferries will run on the winter timetable until March.\n")
    transcript = parse_text(text)
    assert speaker_at(transcript, "Ferries will run on the winter timetable") is None


def test_the_generated_by_first_line_family() -> None:
    right, total, roles_right, roles, leaked = family_totals("by_first_line")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles
    assert leaked == 0
