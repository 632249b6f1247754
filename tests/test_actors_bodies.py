"""Tests for lower-case state bodies: "the interior ministry said", "the central bank"."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsevents import parse_article
from newsevents._actors import ActorFinder, find_actors
from newsevents._actors_bodies import (
    _NEEDLES,
    _WORD,
    _read_at,
    _read_body,
    _words_from,
    body_after_country,
    body_opens_at,
    state_bodies,
    state_body_mentions,
)
from newsevents._actors_data import lexicon
from newsevents._actors_names import BodyRecognizer
from newsevents._document import Document
from newsevents._model import ActorKind
from newsevents._parse import Parser

_ORG = ActorKind.ORGANIZATION


def _orgs(text: str) -> list[tuple[str, str | None, list[str]]]:
    """The organisations of a story: name, country and the text of each span."""
    document = Parser().document(text)
    return [
        (a.name, a.affiliation, [s.slice(text) for s in a.spans])
        for a in find_actors(document)
        if a.kind is _ORG
    ]


def _kinds(text: str) -> list[tuple[str, str]]:
    """Every actor of a story, by name and kind."""
    return [(a.name, a.kind.value) for a in find_actors(Parser().document(text))]


def _sources(text: str) -> list[tuple[float, str | None]]:
    """Each statistic's value and the name of its source."""
    article = parse_article(text)
    names = {a.id: a.name for a in article.actors}
    return [(s.value, names.get(s.source) if s.source else None) for s in article.statistics]


def test_a_portfolio_ministry_of_a_dateline_country_is_an_organisation_of_that_country() -> None:
    """'the interior ministry said' in a story datelined ANKARA is the Turkish ministry."""
    text = (
        "ANKARA, May 4 (Reuters) - Floods killed 38 people in the north, the interior "
        "ministry said on Monday."
    )
    assert [("interior ministry", "TR", ["interior ministry"])] == _orgs(text)


def test_the_ministry_is_the_source_of_the_number_it_gives() -> None:
    """'exports fell 4.2 percent, the economy ministry said': the ministry is the source."""
    text = "CAIRO, May 4 (Reuters) - Exports fell 4.2 percent in April, the economy ministry said."
    assert [(4.2, "economy ministry")] == _sources(text)


def test_according_to_a_lower_case_ministry_names_the_source() -> None:
    """'according to the health ministry' gives the ministry as the number's source."""
    text = "LIMA, June 2 (Reuters) - According to the health ministry, 52 people have died."
    assert [(52.0, "health ministry")] == _sources(text)


def test_a_demonym_before_a_body_gives_its_country_and_is_part_of_its_name() -> None:
    """'the Turkish central bank' is one organisation, Turkish, and no country actor."""
    text = "Reserves fell to $12 billion, the Turkish central bank said on Friday."
    assert [("Turkish central bank", "organization")] == _kinds(text)
    assert [("Turkish central bank", "TR", ["Turkish central bank"])] == _orgs(text)


def test_a_country_possessive_before_a_body_gives_its_country() -> None:
    """'Turkey's central bank': the bank is Turkish, named with the country; Turkey stays."""
    text = "Turkey's central bank held rates at 50 percent on Thursday."
    assert [("Turkey", "country"), ("Turkey's central bank", "organization")] == _kinds(text)
    assert [("Turkey's central bank", "TR", ["central bank"])] == _orgs(text)


def test_the_ministry_of_a_portfolio_is_an_organisation() -> None:
    """'the ministry of defence' and 'the ministry of the interior' are ministries."""
    text = "The ministry of defence said 300 troops would go. The ministry of the interior agreed."
    assert [
        ("ministry of defence", None, ["ministry of defence"]),
        ("ministry of the interior", None, ["ministry of the interior"]),
    ] == _orgs(text)


def test_two_portfolios_joined_by_and_make_one_ministry() -> None:
    """'the trade and industry ministry' is one body."""
    text = "Output rose, the trade and industry ministry said."
    assert [("trade and industry ministry", None, ["trade and industry ministry"])] == _orgs(text)


def test_statistics_offices_are_organisations() -> None:
    """'the national statistics office' and 'the bureau of statistics' are bodies."""
    text = (
        "Prices rose 3 percent, the national statistics office said. Jobs fell, the bureau "
        "of statistics said."
    )
    assert [
        ("national statistics office", None, ["national statistics office"]),
        ("bureau of statistics", None, ["bureau of statistics"]),
    ] == _orgs(text)


def test_the_countrys_central_bank_is_the_dateline_countrys() -> None:
    """'the country's central bank' in a story datelined SANTIAGO is Chile's."""
    text = "SANTIAGO, Oct 2 (Reuters) - The country's central bank cut its rate to 5 percent."
    assert [("central bank", "CL", ["central bank"])] == _orgs(text)


def test_a_body_with_no_country_and_no_dateline_has_none() -> None:
    """With no country word and no dateline, the recogniser gives the body no country."""
    document = Parser().document("Inflation slowed, the central bank said.")
    assert [("central bank", None)] == [
        (m.key_name, m.affiliation) for m in state_body_mentions(document)
    ]


def test_a_body_named_again_without_its_country_is_the_same_actor() -> None:
    """'the Greek finance ministry' then 'the finance ministry': one actor, both spans."""
    text = (
        "Debt rose to 160 percent of output, the Greek finance ministry said. The finance "
        "ministry also said 4,000 jobs would go."
    )
    assert [
        ("Greek finance ministry", "GR", ["Greek finance ministry", "finance ministry"])
    ] == _orgs(text)


def test_a_body_named_first_without_its_country_takes_the_later_one() -> None:
    """'the finance ministry' before 'the Greek finance ministry' in an Athens story: one actor."""
    text = (
        "ATHENS, May 4 (Reuters) - The finance ministry said debt rose. Later the Greek "
        "finance ministry said 4,000 jobs would go."
    )
    assert [
        ("Greek finance ministry", "GR", ["finance ministry", "Greek finance ministry"])
    ] == _orgs(text)


def test_a_bare_ministry_joins_the_last_ministry_named_before_it() -> None:
    """'the ministry' joins the ministry named last before it, capitalised or not."""
    text = (
        "The Interior Ministry said 40 people were held. Later the finance ministry said "
        "3 banks shut. The ministry said 12 more would close."
    )
    assert [
        ("Interior Ministry", None, ["Interior Ministry"]),
        ("finance ministry", None, ["finance ministry", "ministry"]),
    ] == _orgs(text)


def test_a_bare_ministry_is_the_source_of_its_numbers() -> None:
    """'The ministry said 12 were freed' after 'the interior ministry' has that source."""
    text = (
        "ANKARA, May 4 (Reuters) - Police held 40 people, the interior ministry said. "
        "Separately, 12 were freed on Sunday, the ministry said."
    )
    assert [(40.0, "interior ministry"), (12.0, "interior ministry")] == _sources(text)


def test_a_bare_ministry_with_none_named_before_is_no_actor() -> None:
    """'the ministry said' with no ministry named before it gives no actor."""
    assert [] == _orgs("The ministry said 12 people were freed on Sunday.")


def test_indefinite_plural_place_and_title_uses_are_no_bodies() -> None:
    """'a ministry', 'ministries', 'outside the ministry', a body inside a title: no actors."""
    texts = [
        "A ministry said 12 people were freed.",
        "Two ministries said 12 people were freed.",
        "Central banks cut rates by 0.5 percentage point.",
        "Protesters gathered outside the interior ministry on Sunday.",
        "The interior ministry's building was set on fire.",
        "The central bank governor said rates would stay at 5 percent.",
        "A foreign ministry spokesman said 3 people died.",
        "Interior ministry officials said 3 people died.",
        "The ministry-run clinics treated 300 people.",
    ]
    assert [[] for _ in texts] == [_orgs(text) for text in texts]


def test_a_country_word_before_a_body_in_a_title_stays_a_country() -> None:
    """'a Turkish interior ministry official': no body, and 'Turkish' is Turkey as before."""
    text = "A Turkish interior ministry official said 3 people died."
    assert ("Turkey", "country") in _kinds(text)
    assert [] == _orgs(text)


def test_a_body_with_no_article_is_a_source_of_data() -> None:
    """'central bank data showed' names the bank as the source, even opening a sentence."""
    text = (
        "Central bank data showed reserves fell 4 percent. Interior ministry figures showed more."
    )
    assert [
        ("central bank", None, ["Central bank"]),
        ("interior ministry", None, ["Interior ministry"]),
    ] == _orgs(text)


def test_a_body_with_no_article_and_no_data_is_no_actor() -> None:
    """'said central bank chief Ana Ruiz': a body in a title, with no article, is no actor."""
    assert [] == _orgs("Reserves fell, said central bank chief Ana Ruiz.")


def test_a_line_break_inside_a_body_is_a_space() -> None:
    """Hard-wrapped copy breaks a line inside a body: it is read whole, spans as written."""
    text = "Floods killed 38 people, the interior\nministry said."
    assert [("interior ministry", None, ["interior\nministry"])] == _orgs(text)


def test_the_recogniser_gives_public_mentions_and_a_tentative_bare_ministry() -> None:
    """BodyRecognizer returns the state bodies too; a bare 'the ministry' is tentative."""
    text = "The energy ministry said oil output rose. The ministry said exports fell."
    found = BodyRecognizer()(Document(text=text))
    assert [("energy ministry", _ORG, False), ("ministry", _ORG, True)] == [
        (m.text, m.kind, m.tentative) for m in found
    ]


def test_the_name_recogniser_reads_a_body_after_a_country_word() -> None:
    """Where a demonym opens a body, the name recogniser hands it over whole."""
    text = "Oil output rose, the Iraqi oil ministry said."
    start = text.index("Iraqi")
    assert text.index(" said") == body_after_country(lexicon(), text, start, start + 5)
    assert body_after_country(lexicon(), "Iraqi officials said.", 0, 5) is None


def test_a_sentences_first_word_is_left_to_a_body_it_opens() -> None:
    """'Interior ministry data showed': the capitalised first word opens a body."""
    assert body_opens_at(lexicon(), "Interior ministry data showed a rise.", 0, 8)
    assert not body_opens_at(lexicon(), "Interior Minister Ana Ruiz spoke.", 0, 8)


def test_a_finder_without_the_body_recogniser_still_reads_a_demonym_body() -> None:
    """The name recogniser alone gives 'the Iraqi oil ministry' as one organisation."""
    from newsevents._actors_names import NameRecognizer  # noqa: PLC0415 - one test's need

    finder = ActorFinder(recognizers=[NameRecognizer()])
    actors = finder(Document(text="Oil output rose, the Iraqi oil ministry said."))
    assert [("Iraqi oil ministry", _ORG, "IQ")] == [(a.name, a.kind, a.affiliation) for a in actors]


_VOCABULARY = [
    "the",
    "The",
    "a",
    "ministry",
    "ministry's",
    "ministries",
    "of",
    "and",
    "central",
    "Central",
    "bank",
    "banks",
    "statistics",
    "office",
    "national",
    "interior",
    "foreign",
    "trade",
    "Turkish",
    "Turkey's",
    "country's",
    "said",
    "data",
    "spokesman",
    "outside",
    ",",
    ".",
    "\n",
]


@given(st.lists(st.sampled_from(_VOCABULARY), max_size=40))
@example(["the", "Turkish", "interior", "ministry", "said", ".", "the", "ministry"])
def test_every_body_holds_a_gate_word_and_its_span_slices_back(words: list[str]) -> None:
    """Each mention covers a word the gate looks for, and its text is the text it spans."""
    text = " ".join(words)
    for m in state_body_mentions(Document(text=text)):
        written = text[m.start : m.end]
        assert written.replace("\n", " ") == m.text
        assert any(needle in written for needle, _ in _NEEDLES)


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    """Any string gives a list of mentions, never an error."""
    assert isinstance(state_body_mentions(Document(text=text)), list)


def test_every_listed_word_is_lower_case() -> None:
    """The data lists words as they are written in lower-case copy."""
    data = state_bodies()
    words = data.portfolios | data.bodies | data.modifiers | data.data_words | data.locatives
    assert [] == sorted(w for w in words if w != w.lower())


def test_repeated_bodies_are_each_read() -> None:
    """A long run of bodies and bare ministries gives three mentions each time it repeats.

    Its time against its length is measured by the bench (``nox -s bench``, part d).
    """
    unit = "the Turkish interior ministry said. the ministry said. the central bank "
    assert [3, 6000] == [len(state_body_mentions(Document(text=unit * n))) for n in (1, 2000)]


def test_a_lower_case_body_joins_the_capitalised_name_with_its_country() -> None:
    """'the Turkish Interior Ministry' and later 'the interior ministry' are one actor."""
    text = (
        "The Turkish Interior Ministry said 40 people were held. The interior ministry said "
        "12 were freed."
    )
    assert [
        ("Turkish Interior Ministry", "TR", ["Turkish Interior Ministry", "interior ministry"])
    ] == _orgs(text)


def test_the_same_body_of_two_countries_is_two_actors() -> None:
    """'Iraq's oil ministry' and 'Iran's oil ministry' stay apart; 'the oil ministry' is Iran's."""
    text = (
        "Iraq's oil ministry said exports rose. Iran's oil ministry said output fell. The oil "
        "ministry added that 5 tankers sailed."
    )
    assert [
        ("Iraq's oil ministry", "IQ", ["oil ministry"]),
        ("Iran's oil ministry", "IR", ["oil ministry", "oil ministry"]),
    ] == _orgs(text)


def _data_words() -> list[str]:
    """Every word of the state-body data, one by one, with a few of other kinds."""
    data = state_bodies()
    phrases = data.portfolios | data.bodies | data.modifiers | data.not_after
    words = {w for phrase in phrases for w in phrase.split()}
    return sorted(words | {"the", "The", "ministry", "of", "and", "said", "Turkish", "Interior"})


_DATA_TEXT = st.lists(st.sampled_from(_data_words()), min_size=1, max_size=12).map(" ".join)


@given(_DATA_TEXT)
@example("the trade and industry ministry said")
@example("Interior ministry of the")
def test_every_body_read_holds_a_gate_word_and_opens_with_an_opener(text: str) -> None:
    """Wherever a body can be read, it holds a word of the gate and opens with an opener.

    So the gate (a ``str.find`` of each needle) and the opener filter of the starts tried
    rule out no body.
    """
    data = state_bodies()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    for at, _, word in words:
        body = _read_body(data, text, _words_from(text, at, data.inner), opening=at == 0)
        if body is None:
            continue
        assert word.lower() in data.openers
        assert any(text.find(needle, at - back, body.end) >= 0 for needle, back in _NEEDLES)


@given(_DATA_TEXT)
@example("interior ministry said")
@example("trade and industry ministry said")
def test_the_opener_gate_after_a_country_word_rules_out_no_body(rest: str) -> None:
    """``body_after_country`` finds what the ungated reading finds after 'the Turkish'."""
    text = f"Police said, the Turkish {rest}."
    start = text.index("Turkish")
    end = start + len("Turkish")
    found = _read_at(lexicon(), state_bodies(), text, end + 1, None)
    plain = found.end if found is not None and found.start == start else None
    assert plain == body_after_country(lexicon(), text, start, end)
