"""Tests for the statistic extractor, on documents built by hand from the team's own sentences."""

from __future__ import annotations

import re
from unittest import mock

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents import _statistics, parse_article
from newsevents._clauses import ActorIndex, TimeIndex, last_end_reversed, lower, read
from newsevents._document import Document
from newsevents._mentions import Quantity, TimeKind, TimeMention
from newsevents._model import Actor, ActorKind, Reference, ReferenceBasis, Span, TimeSpan
from newsevents._statistics import (
    _CLAUSE_START_BACKWARDS,
    _KEPT,
    _WORD,
    _phrase_before,
    _Story,
    _subject,
    _Tail,
    find_statistics,
)

TODAY = pendulum.Date(2022, 4, 12)
MARCH = TimeSpan.month(2022, 3)
MONDAY = TimeSpan.day(pendulum.Date(2022, 4, 11))


def _sentences(text: str) -> tuple[Span, ...]:
    return tuple(
        Span(start=line.start() + part.start(), end=line.start() + part.end())
        for line in re.finditer(r"[^\n]+", text)
        for part in re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", line.group())
    )


def _span(text: str, phrase: str, nth: int = 0) -> Span:
    starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    return Span(start=starts[nth], end=starts[nth] + len(phrase))


def _document(
    text: str,
    quantities: tuple[tuple[str, float, str | None], ...],
    *,
    times: tuple[tuple[str, TimeSpan | None], ...] = (),
    headline: bool = False,
) -> Document:
    seen: dict[str, int] = {}
    found = []
    for phrase, value, unit in quantities:
        span = _span(text, phrase, seen.get(phrase, 0))
        seen[phrase] = seen.get(phrase, 0) + 1
        found.append(Quantity(span=span, text=phrase, value=value, unit=unit))
    mentions = [
        TimeMention(
            span=_span(text, phrase),
            text=phrase,
            kind=TimeKind.DATE if when is not None else TimeKind.DURATION,
            when=when,
        )
        for phrase, when in times
    ]
    sentences = _sentences(text)
    return Document(
        text=text,
        headline_span=sentences[0] if headline else None,
        reference=Reference(date=TODAY, basis=ReferenceBasis.PUBLISHED),
        paragraphs=(Span(start=0, end=len(text)),),
        sentences=sentences,
        times=tuple(mentions),
        quantities=tuple(found),
    )


def _actors(text: str) -> tuple[Actor, ...]:
    forms = {"Interior Ministry": "ministry", "the ministry": "ministry", "Acme": "acme"}
    spans: dict[str, list[Span]] = {"ministry": [], "acme": []}
    for form, actor_id in forms.items():
        spans[actor_id] += [
            Span(start=m.start(), end=m.end())
            for m in re.finditer(re.escape(form), text, re.IGNORECASE)
        ]
    return (
        Actor(
            id="ministry",
            name="Interior Ministry",
            kind=ActorKind.ORGANIZATION,
            spans=sorted(spans["ministry"]),
        ),
        Actor(id="acme", name="Acme", kind=ActorKind.ORGANIZATION, spans=sorted(spans["acme"])),
    )


BORDER = (
    "Refugee arrivals hit 12,400\n"
    "The number of refugees registered in the northern provinces reached 12,400 in March, "
    "the highest monthly figure on record, according to Interior Ministry data."
)


def _border() -> tuple[tuple[object, ...], ...]:
    document = _document(
        BORDER,
        (("12,400", 12400, None), ("12,400", 12400, None)),
        times=(("in March", MARCH),),
        headline=True,
    )
    return tuple(
        (s.value, s.unit, s.measure, s.period, s.source, s.qualifiers)
        for s in find_statistics(document, _actors(BORDER))
    )


def test_statistic_reads_measure_period_source_and_qualifiers() -> None:
    """“The number of X reached N in March, the highest on record, according to Y data”."""
    expected = (
        (
            12400.0,
            None,
            "refugees registered in the northern provinces",
            MARCH,
            "ministry",
            ("the highest monthly figure on record",),
        ),
    )
    assert expected == _border()


def test_headline_number_repeated_in_the_body_counts_once() -> None:
    """The headline's 12,400 is the body's 12,400."""
    assert 1 == len(_border())


MARKET = (
    "The main index fell 4.6% to 6,912.40 points on Monday, while Acme shares lost 20 to 25 "
    "percent."
)


def test_a_move_and_a_level_are_two_statistics_and_a_range_is_two() -> None:
    """“Fell 4.6% to 6,912.40” gives a move and a level; "20 to 25 percent" gives two."""
    document = _document(
        MARKET,
        (
            ("4.6%", 4.6, "percent"),
            ("6,912.40 points", 6912.4, "points"),
            ("20", 20, "percent"),
            ("25 percent", 25, "percent"),
        ),
        times=(("on Monday", MONDAY),),
    )
    actual = [(s.value, s.unit, s.period) for s in find_statistics(document, _actors(MARKET))]
    expected = [
        (4.6, "percent", MONDAY),
        (6912.4, "points", MONDAY),
        (20.0, "percent", MONDAY),
        (25.0, "percent", MONDAY),
    ]
    assert expected == actual


def test_a_move_carries_its_subject_and_verb_as_measure() -> None:
    """“The main index fell 4.6%” is measured as "main index fell"."""
    document = _document(MARKET, (("4.6%", 4.6, "percent"),))
    assert ["main index fell"] == [s.measure for s in find_statistics(document, ())]


@pytest.mark.parametrize(
    ("sentence", "quantity"),
    [
        ("Two diplomats said the plan would fail.", ("Two", 2, None)),
        ("The two men met in Bergen.", ("two", 2, None)),
        ("She resigned after a four-year stint.", ("four", 4, None)),
        ("They talked for three days.", ("three", 3, None)),
        ("The envoy, aged 42, arrived.", ("42", 42, None)),
        ("He is a 42-year-old lawyer.", ("42", 42, None)),
        ("One of them left early.", ("One", 1, None)),
        ("The deal took six months.", ("six", 6, "month")),
    ],
)
def test_what_is_not_a_statistic(sentence: str, quantity: tuple[str, float, str | None]) -> None:
    """Sources, "the two men", durations, ages and a lone "one" are not statistics."""
    assert () == find_statistics(_document(sentence, (quantity,)), ())


@pytest.mark.parametrize(
    ("sentence", "quantity"),
    [
        ("A 13-year-old boy was hurt in the crash.", ("13-year-old", 13, "years old")),
        ("The mayor, Ana Ruiz, 58, won again.", ("58", 58, "years old")),
        ("The treaty ran for 12 years.", ("12 years", 12, "years")),
    ],
)
def test_an_age_or_a_length_read_by_the_scanner_is_not_a_statistic(
    sentence: str, quantity: tuple[str, float, str | None]
) -> None:
    """A quantity the scanner reads in "years old" (or any length of time) is no statistic."""
    assert () == find_statistics(_document(sentence, (quantity,)), ())


def test_down_from_is_a_second_value_of_the_same_measure() -> None:
    """“300 children, down from 410 in February”: February is the 410's, not the 300's."""
    text = "The ministry said at least 300 children were held, down from 410 in February."
    february = TimeSpan.month(2022, 2)
    document = _document(
        text, (("300", 300, None), ("410", 410, None)), times=(("in February", february),)
    )
    actual = [
        (s.value, s.measure, s.period, s.period_inferred, s.source, s.qualifiers)
        for s in find_statistics(document, _actors(text))
    ]
    expected = [
        (300.0, "children", TimeSpan.day(TODAY), True, "ministry", ("at least", "down from")),
        (410.0, "children", february, False, "ministry", ()),
    ]
    assert expected == actual


def test_money_takes_what_it_is_spent_on() -> None:
    """“$1.2 billion on new camps” measures what the money is for."""
    text = "Acme will spend $1.2 billion on new camps."
    document = _document(text, (("$1.2 billion", 1.2e9, "USD"),))
    assert [(1.2e9, "USD", "on new camps")] == [
        (s.value, s.unit, s.measure) for s in find_statistics(document, _actors(text))
    ]


def test_speaker_of_the_sentence_is_the_source() -> None:
    """“Acme said it sold 500 cars” has Acme as its source."""
    text = "Acme said it sold 500 cars last year."
    document = _document(text, (("500", 500, None),))
    assert ["acme"] == [s.source for s in find_statistics(document, _actors(text))]


def test_the_same_value_for_two_measures_is_two_statistics() -> None:
    """Two equal numbers that count different things are both kept."""
    text = "Acme closed 5 plants. The ministry said 5 inspectors were hurt."
    document = _document(text, (("5", 5, None), ("5", 5, None)))
    assert ["plants", "inspectors"] == [s.measure for s in find_statistics(document, _actors(text))]


def test_every_statistic_carries_the_span_of_its_number() -> None:
    """Each statistic's spans slice back to its number and its time mention."""
    document = _document(
        BORDER,
        (("12,400", 12400, None), ("12,400", 12400, None)),
        times=(("in March", MARCH),),
        headline=True,
    )
    spans = [[s.slice(BORDER) for s in st.spans] for st in find_statistics(document, ())]
    assert [["12,400", "in March"]] == spans


def test_the_indexes_of_a_story_are_built_once_for_both_extractors() -> None:
    """The same document and actors give the same reading; another story a new one."""
    document = _document(BORDER, (("12,400", 12400, None),), times=(("in March", MARCH),))
    actors = _actors(BORDER)
    first = read(document, actors)
    assert first is read(document, actors)
    other = _document(BORDER, ())
    assert first is not read(other, actors)
    assert find_statistics(document, actors) == find_statistics(document, actors)


@given(st.text(max_size=200), st.lists(st.integers(0, 199), max_size=6))
def test_any_text_gives_statistics_whose_spans_slice_back(text: str, offsets: list[int]) -> None:
    """On any text, with numbers anywhere, statistics come without error and in range."""
    quantities = tuple(
        Quantity(span=Span(start=o, end=o + 1), text=text[o], value=float(o))
        for o in sorted(set(offsets))
        if o < len(text)
    )
    sentences = _sentences(text)
    document = Document(text=text, sentences=sentences, quantities=quantities)
    for statistic in find_statistics(document, ()):
        assert all(0 <= s.start < s.end <= len(text) for s in statistic.spans)


def test_pathological_text_gives_at_most_one_statistic_a_number() -> None:
    """Long runs of digits, commas and capitals around two numbers give two figures at most.

    Its time against its size is measured by the bench (``nox -s bench``, part d).
    """
    text = ("9,9" * 20000) + " fell " + ("A." * 20000) + " 5 " + ("x" * 40000)
    number = text.index(" 5 ") + 1
    quantities = (
        Quantity(span=Span(start=0, end=5), text=text[:5], value=9.9),
        Quantity(span=Span(start=number, end=number + 1), text="5", value=5.0),
    )
    document = Document(text=text, sentences=(Span(start=0, end=len(text)),), quantities=quantities)
    found = find_statistics(document, ())
    assert len(found) <= len(quantities)
    assert all(0 <= s.start < s.end <= len(text) for f in found for s in f.spans)


def test_a_number_the_text_gives_no_time_is_as_of_the_story_date() -> None:
    """An undated figure takes the reference date, marked as inferred."""
    text = "Acme has 109 stores."
    document = _document(text, (("109", 109, None),))
    statistic = find_statistics(document, _actors(text))[0]
    assert (TimeSpan.day(TODAY), True) == (statistic.period, statistic.period_inferred)


def test_up_from_about_is_the_same_measure_a_year_before() -> None:
    """“7,000 protesters, up from about 5,000 last year”: both count protesters."""
    text = "The summit drew 7,000 protesters, up from about 5,000 last year."
    last_year = TimeSpan.year(2021)
    document = _document(
        text, (("7,000", 7000, None), ("5,000", 5000, None)), times=(("last year", last_year),)
    )
    actual = [(s.value, s.measure, s.period) for s in find_statistics(document, ())]
    assert [
        (7000.0, "protesters", TimeSpan.day(TODAY)),
        (5000.0, "protesters", last_year),
    ] == actual


def test_a_rate_kept_at_a_level_is_measured_by_its_noun() -> None:
    """“Expected to keep interest rates at 5.25%” measures interest rates."""
    text = "The bank is expected to keep interest rates at 5.25% on Thursday."
    document = _document(text, (("5.25%", 5.25, "percent"),))
    assert ["interest rates"] == [s.measure for s in find_statistics(document, ())]


def test_a_line_break_inside_the_measure_is_a_space() -> None:
    """Hard-wrapped copy: the measure reads on past one line break, never past a blank line."""
    text = (
        "Dockers unloaded 4,200 containers of frozen\nfish, the port said in March.\n\n"
        "Inspectors turned back 310 crates\n\nof fruit."
    )
    document = _document(
        text, (("4,200", 4200, None), ("310", 310, None)), times=(("in March", MARCH),)
    )
    wrapped = attrs.evolve(
        document,
        sentences=(
            Span(start=0, end=text.index("\n\n")),
            Span(start=text.index("Inspectors"), end=len(text)),
        ),
    )
    actual = [(s.value, s.measure) for s in find_statistics(wrapped, ())]
    assert [(4200.0, "containers of frozen fish"), (310.0, "crates")] == actual


_SUBJECT_WORDS = (
    ("5", "12,400", "3.5", "$", "%", "€", "to", "at", "At", "around", "about", "least", "of"),
    ("has", "have", "been", "also", "Was", "is", "reportedly"),
    ("rose", "Fell", "reached", "totalled", "is", "Ged"),
    ("exports", "output", "rates", "the", "number", "keep", "level", "U.S.", "Ølja"),
    ("at5", "around9", "rose4", "has-been", "a5,6", "reached5", "Was7"),
    (",", "-", "(", "and", "said"),
)  # fmt: skip
"""Words of each kind the subject before a number reads: before a number, auxiliaries,
verbs, nouns, words a number can cut, and clause marks."""
_SUBJECT_GAPS = (" ", " ", " ", "  ", "\n", "", ", ")
_CLAUSES = st.lists(
    st.tuples(
        st.sampled_from(_SUBJECT_WORDS).flatmap(st.sampled_from), st.sampled_from(_SUBJECT_GAPS)
    ),
    min_size=1,
    max_size=100,
).map(lambda parts: "".join(word + gap for word, gap in parts))


@settings(max_examples=300)  # an exact rewriting of a rule: many more than the default
@given(_CLAUSES, st.data())
def test_a_long_sentence_read_once_gives_each_number_the_subject_all_its_words_give(
    text: str, data: st.DataObject
) -> None:
    """The few words a sentence read once keeps give each number the subject all give."""
    lo = data.draw(st.integers(0, len(text) // 4))
    tail = _Tail(text, lo)
    for start in sorted(data.draw(st.lists(st.integers(lo, len(text)), max_size=16))):
        kept = tail.words_before(start)
        assert len(kept) <= _KEPT + 2
        assert _subject(_WORD.findall(text, lo, start)) == _subject(kept)


@settings(max_examples=300)
@given(_CLAUSES, st.data(), st.integers(0, 30))
def test_the_subject_before_a_number_is_read_from_the_clause_or_the_sentence_start(
    text: str, data: st.DataObject, reach: int
) -> None:
    """A number's subject: from the last clause mark within reach, else the sentence start."""
    lo = data.draw(st.integers(0, len(text) // 4))
    low = lower(text)
    story = _Story(text, low, ActorIndex(()), TimeIndex(()))
    with mock.patch.object(_statistics, "_CLAUSE_REACH", reach):
        for start in sorted(data.draw(st.lists(st.integers(lo, len(text)), max_size=16))):
            mark = last_end_reversed(
                _CLAUSE_START_BACKWARDS, low[::-1], max(lo, start - reach), start
            )
            expected = _subject(_WORD.findall(text, lo if mark is None else mark, start))
            assert expected == _phrase_before(story, start, lo)


def test_a_sentence_read_once_asked_again_before_reads_the_words_again() -> None:
    """A number before one already read gets its subject from all the words before it."""
    text = "Exports have reportedly risen 5 and imports fell 7"
    tail = _Tail(text, 0)
    later = _subject(tail.words_before(text.index("7")))
    assert "Exports have reportedly risen 5 and imports fell" == later
    assert "Exports have reportedly risen" == _subject(tail.words_before(text.index("5")))


def test_a_long_sentence_of_numbers_reads_each_word_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A comma-free sentence twice as long gives twice the statistics for twice the words read."""
    read_words: list[str] = []
    read_word = _Tail._read

    def counted(tail: _Tail, word: str) -> None:
        read_words.append(word)
        read_word(tail, word)

    monkeypatch.setattr(_Tail, "_read", counted)
    lead = "Output at the plant has reportedly climbed to about "
    measures = []
    for count in (2000, 4000):
        read_words.clear()
        text = lead + "5 " * count
        quantities = tuple(
            Quantity(span=Span(start=at, end=at + 1), text="5", value=float(k))
            for k, at in enumerate(range(len(lead), len(text), 2))
        )
        document = Document(
            text=text, sentences=(Span(start=0, end=len(text)),), quantities=quantities
        )
        found = find_statistics(document, ())
        assert count == len(found)
        # the words before the last number, each once: the lead's nine and the other fives
        assert 9 + count - 1 == len(read_words)
        measures.append({statistic.measure for statistic in found})
    assert [{"Output at the plant climbed"}] * 2 == measures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Between 20 and 30 people were hurt in the blast, police said.",
            [(20.0, "people"), (30.0, "people")],
        ),
        (
            "The firm will cut 7,000 to 8,000 jobs this year, it said.",
            [(7000.0, "jobs"), (8000.0, "jobs")],
        ),
    ],
)
def test_the_first_number_of_a_range_measures_what_the_range_does(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    """A range's first number takes the measure written after the range, as its last does."""
    article = parse_article(f"LAGOS, May 2 - {sentence}", published=pendulum.Date(2025, 5, 2))
    assert expected == [(s.value, s.measure) for s in article.statistics]


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports rose 5 percent in March, the trade and industry ministry said.",
        "The trade and industry ministry said exports rose 5 percent in March.",
    ],
)
def test_a_clause_word_inside_a_body_name_does_not_cut_the_source(sentence: str) -> None:
    """In "the trade and industry ministry said" the whole body is the source, "and" and all."""
    article = parse_article(f"TOKYO, April 2 - {sentence}", published=pendulum.Date(1987, 4, 2))
    ministry = next(a for a in article.actors if a.name == "trade and industry ministry")
    assert [(5.0, ministry.id)] == [(s.value, s.source) for s in article.statistics]
