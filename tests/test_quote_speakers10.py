"""Who said a direct quotation in news (issue 9, session 10): an adverb in -ly between the
subject and the cue's verb (`Brandt jokingly said, "`, `," Brandt quietly added.`,
`Brandt, visibly tired, famously responded: "`) and the subject of a question opened by an
auxiliary (`Was Szlachta satisfied ...? "To a point," he said.`).
Articles are generated from name lists and templates written for this test; each rule is
also switched off (`news.RULES`) to show the test sees it."""

from __future__ import annotations

import itertools

import pytest
from helpers import quote_speaker

from briefing_cli.models import Document, Transcript
from briefing_cli.transcript import news

_PEOPLE = [("Marta", "Okafor"), ("Daniel", "Moreno"), ("Irene", "Castell"), ("Tomas", "Brandt")]
_ADVERBS = ["jokingly", "quietly", "famously", "angrily", "emphatically"]


def _parse(text: str) -> Transcript:
    return news.parse(Document(name="t", text=text))


_BEFORE = [
    "{s} {adv} said, \"The bridge will open in May.\"",
    "{s} {adv} told reporters: \"The bridge will open in May.\"",
    "{s}, visibly tired, {adv} responded: \"The bridge will open in May.\"",
    "After the vote, {s} {adv} added, \"The bridge will open in May.\"",
]
_AFTER = [
    "\"The bridge will open in May,\" {s} {adv} said.",
    "\"The bridge will open in May,\" {s} {adv} added, before leaving the hall.",
]


def _meeting(a: tuple[str, str], b: tuple[str, str], sentence: str, adv: str) -> str:
    return (f"{a[0]} {a[1]} and {b[0]} {b[1]} met the council on Monday to discuss the "
            f"bridge.\n\n{b[1]} said the budget was short by a third.\n\n"
            + sentence.format(s=a[1], adv=adv) + "\n")


@pytest.mark.parametrize(("pair", "sentence", "adv"), list(itertools.product(
    itertools.permutations(_PEOPLE[:3], 2), _BEFORE + _AFTER, _ADVERBS)))
def test_an_adverb_before_the_cue_verb_is_no_speaker(pair: tuple[tuple[str, str], ...],
                                                     sentence: str, adv: str) -> None:
    a, b = pair
    t = _parse(_meeting(a, b, sentence, adv))
    assert quote_speaker(t, "bridge will open") == " ".join(a)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Okafor jokingly said, ", "Okafor"),
    ("After the vote, Okafor quietly told reporters at the door: ", "Okafor"),
    ("Okafor, visibly tired, famously responded: ", "Okafor"),
    ("A campaign spokesman angrily added, ", "A campaign spokesman"),
])
def test_the_cue_before_skips_the_adverb(monkeypatch: pytest.MonkeyPatch, sentence: str,
                                         subject: str) -> None:
    colon = sentence.rstrip().endswith(":")

    def cue() -> news._Cue | None:
        found = news._colon_subject(sentence, 0, len(sentence)) if colon else None
        return found or news.cue_before(sentence, 0, len(sentence))

    found = cue()
    assert found is not None and found.subject == subject
    monkeypatch.setitem(news.RULES, "adverb_cue", False)
    found = cue()
    assert found is None or found.subject != subject


def test_the_adverb_rule_finds_the_speaker_after_a_quotation(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the rule the cue after the second quotation finds no subject, and the
    quotation goes on in the first one's voice."""
    text = ("Marta Okafor and Daniel Moreno met the council on Monday.\n\n"
            "\"Costs are up by a third,\" Moreno said. \"The bridge will open in May,\" "
            "Okafor jokingly said.\n")
    assert quote_speaker(_parse(text), "bridge will open") == "Marta Okafor"
    monkeypatch.setitem(news.RULES, "adverb_cue", False)
    assert quote_speaker(_parse(text), "bridge will open") != "Marta Okafor"


def test_nouns_in_ly_are_no_adverbs() -> None:
    assert news._adverb("jokingly") and news._adverb("famously")
    assert not any(news._adverb(w) for w in ("ally", "family", "rally", "Kelly", "fly"))


_QUESTIONS = [
    "Was {s} satisfied with the answer?",
    "Did {s} believe the promise?",
    "Had {s} expected the delay?",
    "Would {s} support it next year?",
]


def _town_hall(asker: tuple[str, str], host: tuple[str, str], question: str,
               pronoun: str) -> str:
    return (f"{host[0]} {host[1]} took questions at the library in Exeter. {asker[0]} "
            f"{asker[1]}, a retired teacher, asked about the bridge.\n\n"
            f"{host[1]} said the plan would cut waste and open the bridge by May.\n\n"
            + question.format(s=asker[1]) + f" \"To a point,\" {pronoun} said.\n")


_MEN = [("Tomas", "Brandt"), ("Daniel", "Vesely"), ("Peter", "Lindqvist")]
_WOMEN = [("Marta", "Okafor"), ("Irene", "Castell"), ("Susan", "Achebe")]


@pytest.mark.parametrize(("pair", "question"), [
    (pair, q) for people in (_MEN, _WOMEN)
    for pair, q in itertools.product(itertools.permutations(people, 2), _QUESTIONS)])
def test_a_questions_subject_is_who_the_pronoun_is(pair: tuple[tuple[str, str], ...],
                                                   question: str) -> None:
    asker, host = pair
    pronoun = "he" if pair[0] in _MEN else "she"
    t = _parse(_town_hall(asker, host, question, pronoun))
    assert quote_speaker(t, "To a point") == " ".join(asker)


def test_the_question_rule_is_what_finds_them(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _town_hall(_MEN[0], _MEN[1], _QUESTIONS[0], "he")
    assert quote_speaker(_parse(text), "To a point") == "Tomas Brandt"
    monkeypatch.setitem(news.RULES, "question_subject", False)
    assert quote_speaker(_parse(text), "To a point") != "Tomas Brandt"


def test_only_a_question_has_its_subject_after_the_auxiliary() -> None:
    question = "Was Moreno satisfied with the answer? "
    cue = news.sentence_subject(question, 0, len(question))
    assert cue is not None and cue.subject == "Moreno"
    statement = "Was Moreno satisfied with the answer. "
    assert news.sentence_subject(statement, 0, len(statement)) is None


_OPENERS = ["But", "And", "So", "Yet", "Or"]


@pytest.mark.parametrize(("opener", "person"), list(itertools.product(_OPENERS, _MEN)))
def test_a_conjunction_before_the_subject_is_skipped(opener: str,
                                                     person: tuple[str, str]) -> None:
    """`But Brandt wanted more time.`: the subject a later `he` finds (the sentence had
    none, and the pronoun went to the person named before)."""
    other = next(p for p in _MEN if p != person)
    text = (f"{other[0]} {other[1]} opened the hearing on the bridge on Monday.\n\n"
            f"{opener} {person[1]}, the council's treasurer, wanted more time for the "
            f"vote. \"We are not ready,\" he said.\n")
    t = _parse(f"{person[0]} {person[1]} and " + text)
    assert quote_speaker(t, "We are not ready") == " ".join(person)


def test_the_conjunction_rule_is_what_finds_the_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "But Brandt, the treasurer, wanted more time. "
    cue = news.sentence_subject(sentence, 0, len(sentence))
    assert cue is not None and cue.subject == "Brandt"
    then = "Then he left the hall. "
    cue = news.sentence_subject(then, 0, len(then))
    assert cue is not None and cue.subject == "he"
    earlier = "Earlier Wednesday the union voted. "  # an adverb before a capital: a lead-in
    cue = news.sentence_subject(earlier, 0, len(earlier))
    assert cue is None or cue.subject != "Wednesday"
    monkeypatch.setitem(news.RULES, "conjunction_lead", False)
    cue = news.sentence_subject(sentence, 0, len(sentence))
    assert cue is None or cue.subject != "Brandt"


@pytest.mark.parametrize(("sub", "verb"), list(itertools.product(
    ["After", "When", "As", "Because", "Although"], ["said", "told reporters", "added"])))
def test_a_fronted_clause_holds_no_cue(monkeypatch: pytest.MonkeyPatch, sub: str,
                                       verb: str) -> None:
    """`RULES["fronted_subject"]` is off (measured: 2 fewer right on train CV); switched on
    here."""
    monkeypatch.setitem(news.RULES, "fronted_subject", True)
    sentence = (f"{sub} former Gov. Daniel Moreno criticized the plan during the debate, "
                f"Okafor shot back at him, ")
    cue = news.cue_before(sentence, 0, len(sentence))
    assert cue is None or cue.subject == "Okafor"
    text = ("Marta Okafor and Daniel Moreno debated the bridge in Exeter on Monday.\n\n"
            f"{sub} Moreno {verb.split()[0]} the plan was too costly, Okafor shot back, "
            "\"Then you have not read it.\"\n")
    assert quote_speaker(_parse(text), "have not read it") == "Marta Okafor"


def test_the_fronted_clause_rule_is_what_finds_the_speaker(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(news.RULES, "fronted_subject", True)
    sentence = "After Moreno criticized the plan, Okafor shot back, "
    cue = news.cue_before(sentence, 0, len(sentence))
    assert cue is not None and cue.subject == "Okafor"
    monkeypatch.setitem(news.RULES, "fronted_subject", False)
    cue = news.cue_before(sentence, 0, len(sentence))
    assert cue is None or cue.subject != "Okafor"
