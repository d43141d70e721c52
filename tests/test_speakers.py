"""One identity per person: the speaker registry merges the forms a person is called by."""

from __future__ import annotations

from briefing_cli.models import PRESS_ID, SpeakerKind
from briefing_cli.speakers import SpeakerRegistry, display_case, role_label, split_name


def _names(registry: SpeakerRegistry, keys: list[str]) -> dict[str, str]:
    speakers, ids = registry.speakers(list(dict.fromkeys(keys)))
    by_id = {s.id: s for s in speakers}
    return {key: by_id[ids[key]].name for key in keys}


def test_label_surname_full_name_and_titled_name_are_one_person() -> None:
    registry = SpeakerRegistry()
    keys = [registry.add("MR MILLER"), registry.add("Miller"), registry.add("Matthew Miller"),
            registry.add("Spokesperson Matthew Miller", role="Spokesperson")]
    assert len(set(keys)) == 1
    (speaker,), _ = registry.speakers(keys[:1])
    assert speaker.name == "Matthew Miller"
    assert speaker.role == "Spokesperson"
    assert {"MR MILLER", "Miller", "Spokesperson Matthew Miller"} <= set(speaker.aliases)


def test_different_first_names_are_different_people() -> None:
    registry = SpeakerRegistry()
    bill, hillary = registry.add("Bill Clinton"), registry.add("Hillary Clinton")
    assert bill != hillary
    assert registry.find("Clinton") == hillary  # the most recently mentioned


def test_honorifics_keep_men_and_women_apart() -> None:
    registry = SpeakerRegistry()
    assert registry.add("Mr. Lee") != registry.add("Mrs. Lee")


def test_first_name_label_joins_the_one_person_of_that_name() -> None:
    registry = SpeakerRegistry()
    maya = registry.add("Maya Chen")
    assert registry.label("Maya") == maya
    early = SpeakerRegistry()
    bare = early.label("Omar")
    assert early.add("Omar Haddad") == bare  # a full name completes an earlier bare one
    assert _names(early, [bare])[bare] == "Omar Haddad"


def test_long_label_then_short_label() -> None:
    registry = SpeakerRegistry()
    long = registry.label("DEPUTY PRESS SECRETARY SABRINA SINGH")
    assert registry.label("MS. SINGH") == long
    (speaker,), _ = registry.speakers([long])
    assert (speaker.name, speaker.role) == ("Sabrina Singh", "Deputy Press Secretary")


def test_press_labels_and_outlets_are_the_press() -> None:
    registry = SpeakerRegistry()
    for label in ("Q", "Q.", "QUESTION", "Question", "Reporter", "AFP", "Reuters"):
        assert registry.label(label) == PRESS_ID
    (press,), _ = registry.speakers([PRESS_ID])
    assert press.kind is SpeakerKind.PRESS


def test_bare_role_label_is_the_one_holder_of_the_role() -> None:
    registry = SpeakerRegistry()
    wells = registry.label("Chairman WELLS")
    assert registry.label("The CHAIRMAN") == wells
    reyes = registry.add("Daniel Reyes", role="Spokesperson")
    assert registry.label("Spokesperson") == reyes


def test_role_labels_without_a_holder_stand_alone() -> None:
    registry = SpeakerRegistry()
    moderator = registry.label("MODERATOR")
    assert registry.label("Moderator") == moderator
    officials = {registry.label("SENIOR STATE DEPARTMENT OFFICIAL"),
                 registry.label("SENIOR DEFENSE OFFICIAL")}
    assert len(officials) == 2  # never merged on the "surname" Official
    names = _names(registry, [moderator, *officials])
    assert names[moderator] == "Moderator"
    assert "Senior Defense Official" in names.values()


def test_answer_label_is_the_interviewee() -> None:
    registry = SpeakerRegistry()
    registry.interviewee = registry.add("Jana Novak", role="Foreign Minister")
    assert registry.label("A") == registry.interviewee


def test_organisations_merge_on_their_head_noun() -> None:
    registry = SpeakerRegistry()
    full = registry.organization("the Foreign Ministry")
    assert registry.organization("the ministry") == full
    assert registry.kind(full) is SpeakerKind.ORGANIZATION
    assert registry.organization("White House") != full


def test_ids_are_unique_slugs_and_press_is_reserved() -> None:
    registry = SpeakerRegistry()
    keys = [registry.add("Ann Lee"), registry.fixed("Ann-Lee"), registry.label("Q")]
    speakers, ids = registry.speakers(keys)
    assert len({s.id for s in speakers}) == 3
    assert ids[keys[2]] == PRESS_ID


def test_name_helpers() -> None:
    assert display_case("JEAN-PIERRE") == "Jean-Pierre"
    assert display_case("O'BRIEN") == "O'Brien"
    assert display_case("MCDONOUGH") == "McDonough"
    assert split_name("MR. MILLER") == (["MR."], ["MILLER"])
    assert role_label("The SPEAKER pro tempore") == "speaker"
    assert role_label("Chairman WELLS") is None


def test_split_name_gives_fresh_lists() -> None:
    """Each distinct label is split once (issue 14): callers still get lists of their own."""
    titles, names = split_name("MR. MILLER")
    titles.append("changed")
    names.clear()
    assert split_name("MR. MILLER") == (["MR."], ["MILLER"])


def test_an_office_before_a_bare_surname_is_shown_whole() -> None:
    # `Press Secretary Yoshida:` was shown as `Press Yoshida` (the office's first word taken
    # for an honorific); an honorific still opens the name alone (`Mr. Yoshida`).
    for office, role in (("Press Secretary", "Press Secretary"),
                         ("DEPUTY PRESS SECRETARY", "Deputy Press Secretary"),
                         ("Foreign Minister", "Foreign Minister"),
                         ("Defense Secretary", "Defense Secretary")):
        registry = SpeakerRegistry()
        key = registry.label(f"{office} Okonjo")
        speaker = registry.speakers([key])[0][0]
        assert speaker.name == f"{role} Okonjo"
        assert speaker.role == role
    for mention, shown in (("Mr. Okonjo", "Mr. Okonjo"), ("SECRETARY OKONJO", "Secretary Okonjo"),
                           ("Dr. Okonjo", "Dr. Okonjo")):
        registry = SpeakerRegistry()
        assert registry.speakers([registry.label(mention)])[0][0].name == shown


def test_a_whole_word_honorific_is_shown_without_a_full_stop() -> None:
    # `Professor Doe:` was shown as `Professor. Doe` and `Father Brown:` as `Father. Brown`:
    # only abbreviations take a full stop (`MR OKONJO` -> `Mr. Okonjo`).
    for mention, shown in (("Professor Okonjo", "Professor Okonjo"),
                           ("FATHER OKONJO", "Father Okonjo"), ("Miss Okonjo", "Miss Okonjo"),
                           ("Sir Okonjo", "Sir Okonjo"), ("Shri Okonjo", "Shri Okonjo"),
                           ("MR OKONJO", "Mr. Okonjo"), ("Prof Okonjo", "Prof. Okonjo"),
                           ("MRS. OKONJO", "Mrs. Okonjo"), ("Rev Okonjo", "Rev. Okonjo")):
        registry = SpeakerRegistry()
        assert registry.speakers([registry.label(mention)])[0][0].name == shown, mention
