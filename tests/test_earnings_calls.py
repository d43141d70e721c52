"""Conference-call boilerplate stays out of digests: the operator's script, the safe-harbour
notice and hand-overs, generated from templates and perturbed (issue 12 item 3)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_cli import nlp, procedure
from briefing_cli.digest import build_digest
from briefing_cli.models import Document
from briefing_cli.rank import get_ranker, priors
from briefing_cli.transcript import parse

COMPANIES = ["Acme", "Globex Holdings", "Northwind Traders", "Vantor Systems", "Kessler & Co"]
PERIODS = ["Q3 2025", "third quarter 2025", "fiscal 2026 second quarter", "Q1 FY26",
           "fourth quarter and full year 2024"]
EVENTS = ["earnings conference call", "earnings call", "results conference call",
          "quarterly earnings webcast", "financial results call"]
PEOPLE = [("Jane Doe", "Head of Investor Relations"), ("Bob Lee", "Chief Executive Officer"),
          ("Ann Park", "Chief Financial Officer"), ("Ravi Menon", "Vice President, Treasury")]
BANKS = ["Morgan Stanley", "Goldman Sachs", "J.P. Morgan", "Bernstein", "Wells Fargo Securities"]
NOTICE_TERMS = ["forward-looking statements", "forward looking statements"]
OPERATOR = [
    "Good day, and welcome to the {company} {period} {event}",
    "Good morning, ladies and gentlemen, and welcome to the {company} {period} {event}",
    "Thank you for standing by",
    "My name is {first}, and I will be your conference operator today",
    "At this time, all participants are in a {listen} mode",
    "After the speakers' presentation, there will be a {qa} session",
    "To ask a question during the session, you will need to press star one one on your "
    "telephone",
    "If you would like to withdraw your question, please press star one again",
    "Please be advised that today's conference is being recorded",
    "All lines have been placed on mute to prevent any background noise",
    "I would now like to hand the conference over to your speaker today, {name}, {title}",
    "Your next question comes from the line of {analyst} with {bank}",
    "Our first question comes from {analyst} with {bank}",
    "Our next question comes from {analyst} of {bank}. Your line is open",
    "Please limit yourself to one question and one follow-up",
    "There are no further questions at this time",
    "I would now like to turn the call back over to {name} for closing remarks",
    "Ladies and gentlemen, this concludes today's conference call",
    "You may now disconnect",
    "Thank you for participating", "Thank you all for your participation",
    "[Operator Instructions]",
    "A replay of this call will be available on our investor relations website",
]
HOSTS = [
    "Thank you, operator",
    "I'll now turn the call over to our {title}, {name}",
    "With that, I'll turn the call over to {first}",
    "Joining me today are {name}, our {title}, and {name2}, our {title2}",
    "With me today are our {title}, {name}, and our {title2}, {name2}",
    "Thanks, {first}, and good morning, everyone",
]
NOTICE = [
    "This call contains {fls}, which are subject to risks and uncertainties, and actual "
    "results may differ materially",
    "Actual results may differ materially from those expressed or implied in the {fls}",
    "Before we begin, I'd like to remind everyone that today's discussion may include {fls} "
    "based on our current expectations",
    "These statements are subject to risks and uncertainties that could cause actual results "
    "to differ materially, as described in our most recent Form 10-K",
    "Please refer to our SEC filings for a discussion of the risk factors",
    "We undertake no obligation to update any {fls}",
    "During this call, we will also refer to certain non-GAAP financial measures; "
    "reconciliations are in our earnings release",
    "Our comments today are made under the {harbour} provisions of the Private Securities "
    "Litigation Reform Act of 1995",
]
# Substance that shares words with the boilerplate: never procedure.
SUBSTANCE = [
    "Revenue grew 12% to $4.1 billion, driven by strong demand in our cloud segment.",
    "We expect results to improve in the second half as demand recovers in Europe.",
    "Operating margin expanded 150 basis points on lower freight costs and a better mix.",
    "Our guidance assumes no change in tariffs and a stable dollar for the rest of the year.",
    "On the line of credit, we drew $200 million to fund the acquisition of Northwind.",
    "We see no further questions about demand from our largest customers, who renewed every "
    "contract this quarter.",
    "The risk factors we flagged last year, chiefly supply of memory chips and freight rates, "
    "have eased and our inventories are back to normal.",
    "Welcome to the new world of pricing, where customers pay for usage rather than seats, "
    "and churn fell to two percent.",
    "This concludes a three-year program that cut our debt by half and lifted free cash flow "
    "to a record.",
    "Free cash flow was $900 million, and we returned $600 million through buybacks.",
    "The question of pricing comes from every customer we visit, and we answer it with data.",
    "The trouble with me is patience.",
]
NAMES = {w.lower() for name, _ in PEOPLE for w in nlp.words(name)}


def _fill(draw: st.DrawFn, template: str) -> str:
    (name, title), (name2, title2) = draw(st.permutations(PEOPLE))[:2]
    text = template.format(
        company=draw(st.sampled_from(COMPANIES)), period=draw(st.sampled_from(PERIODS)),
        event=draw(st.sampled_from(EVENTS)), name=name, title=title, name2=name2,
        title2=title2, first=name.split()[0], analyst=draw(st.sampled_from(
            ["John Smith", "Mary Jones", "Li Wei", "Carlos Ortega"])),
        bank=draw(st.sampled_from(BANKS)), listen=draw(st.sampled_from(
            ["listen-only", "listen only", "listen-only"])),
        qa=draw(st.sampled_from(["question-and-answer", "question and answer", "Q&A"])),
        fls=draw(st.sampled_from(NOTICE_TERMS)),
        harbour=draw(st.sampled_from(["safe harbor", "safe harbour", "safe-harbor"])))
    if draw(st.booleans()):
        text = text.replace("'", "’")
    if draw(st.integers(0, 4)) == 0:
        text = text.upper()
    return text + draw(st.sampled_from([".", ".", "!", ""]))


@st.composite
def boilerplate(draw: st.DrawFn) -> str:
    return _fill(draw, draw(st.sampled_from(OPERATOR + HOSTS + NOTICE)))


@settings(max_examples=300, deadline=None)
@given(text=boilerplate())
def test_generated_call_boilerplate_is_procedure(text: str) -> None:
    for sentence in (text[s:e] for s, e in nlp.sentence_spans(text)):
        if len(nlp.words(sentence)) >= 3:
            assert priors.is_procedural(sentence, NAMES), sentence


def test_substance_that_shares_their_words_is_kept() -> None:
    for text in SUBSTANCE:
        assert not priors.is_procedural(text, NAMES), text


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.from_regex(procedure.CALL), st.from_regex(procedure.NOTICE)))
def test_every_construction_has_a_key_word(text: str) -> None:
    # The expressions run only when one of their key words is present: a construction
    # added without its word in _CALL_KEYS / _NOTICE_KEYS fails here.
    words = {w.lower().replace("’", "'") for w in nlp.words(text)}
    if procedure.CALL.search(text):
        assert not procedure._CALL_KEYS.isdisjoint(words), text
    if procedure.NOTICE.search(text):
        assert not procedure._NOTICE_KEYS.isdisjoint(words), text


@st.composite
def earnings_call(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A labelled earnings call: operator script, notice, prepared remarks, questions."""
    boiler: list[str] = []

    def say(templates: list[str], k: int) -> str:
        picked = [_fill(draw, t) for t in draw(st.lists(st.sampled_from(templates),
                                                        min_size=1, max_size=k, unique=True))]
        picked = [p if p[-1:] in ".!" else p + "." for p in picked]
        boiler.extend(picked)
        return " ".join(picked)

    substance = draw(st.permutations(SUBSTANCE))
    turns = [f"Operator: {say(OPERATOR[:11], 4)}",
             f"Jane Doe: {say(HOSTS[:1], 1)} {say(NOTICE, 3)} {say(HOSTS[1:3], 1)}",
             f"Bob Lee: {say(HOSTS[4:], 1)} {' '.join(substance[:4])}",
             f"Operator: {say(OPERATOR[11:14], 2)}",
             "John Smith: Could you talk about pricing in Europe and what drove the margin?",
             f"Ann Park: {' '.join(substance[4:7])}",
             f"Operator: {say(OPERATOR[14:], 3)}"]
    return "\n\n".join(turns) + "\n", boiler


@settings(max_examples=20, deadline=None)
@given(call=earnings_call())
def test_call_boilerplate_is_never_a_point(call: tuple[str, list[str]]) -> None:
    text, boiler = call
    digest = build_digest(parse(Document("call.txt", text)), get_ranker("lexrank"),
                          sentences=8, per_speaker=5)
    shown = [p.sentence.text for p in
             (*digest.summary, *(p for s in digest.speakers for p in s.points))]
    assert shown
    said = {b.rstrip(".!") for b in boiler}
    for point in shown:
        assert point.rstrip(".!") not in said, point
        assert not any(point in b for b in boiler), point
    terms = " ".join(t.lower() for s in digest.speakers for t in s.key_terms)
    for word in ("listen", "forward-looking", "harbor", "disconnect", "operator"):
        assert word not in terms, terms
