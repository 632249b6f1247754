"""Tests that the statistics stage's shortcuts find what the plain rules they skip find."""

from __future__ import annotations

from typing import cast

import attrs
import pendulum
from hypothesis import example, given
from hypothesis import strategies as st

from newsevents._clauses import ActorIndex, TimeIndex, last_end, last_end_reversed, lower
from newsevents._document import Document
from newsevents._mentions import Quantity, TimeKind, TimeMention
from newsevents._model import (
    Actor,
    ActorKind,
    Reference,
    ReferenceBasis,
    Span,
    Statistic,
    TimeSpan,
)
from newsevents._statistics import (
    _CLAUSE_START_BACKWARDS,
    _DURATION_AFTER,
    _DURATION_OPENERS,
    _LEVEL_AFTER_MOVE,
    _LEVEL_AFTER_MOVE_BACKWARDS,
    _LIMITS,
    _NOT_A_PERIOD,
    _NOT_PERIOD,
    _NOT_PERIOD_BACKWARDS,
    _PERIOD_OPENERS,
    _QUALIFIER_BEFORE,
    _compares,
    _period,
    _qualifiers,
    _Story,
    find_statistics,
)

_QUALIFIER_WORDS = (
    "at", "least", "most", "about", "around", "more", "than", "less", "fewer", "over",
    "under", "up", "to", "some", "as", "many", "much", "just", "an", "estimated", "a",
    "record", "near-record", "only", "below", "above", "close", "upwards", "of", "moreover",
    "US$", "$", "£", "€", "rose", "the", "_about", "éabout", "5", "12,400", "highest",
)  # fmt: skip
_GAPS = (" ", " ", "  ", "\n", "\t", "\u00a0", "")

phrases = st.lists(
    st.tuples(st.sampled_from(_QUALIFIER_WORDS), st.sampled_from(_GAPS)), max_size=12
).map(lambda parts: "".join(word + gap for word, gap in parts))


@given(phrases, st.integers(0, 80), st.integers(0, 40))
def test_the_qualifier_read_backwards_is_the_one_the_search_finds(
    text: str, at: int, lo: int
) -> None:
    """Before any number, the backwards reading gives what the forward search gives."""
    start = min(at, len(text))
    lo = min(lo, start)
    low = lower(text)
    lead = max(lo, start - 25)
    match = _QUALIFIER_BEFORE.search(low, lead, start)
    expected = (" ".join(match.group("q").split()),) if match else ()
    story = _Story(text, low, ActorIndex(()), TimeIndex(()))
    assert expected == _qualifiers(story, start, start, lo, start)


_LIMIT_WORDS = (
    *sorted({word for limit in _LIMITS for word in limit.split()}),
    "the", "The", "SINCE", "ſince", "Since", "nearby", "x",
)  # fmt: skip


@given(
    st.lists(st.tuples(st.sampled_from(_LIMIT_WORDS), st.sampled_from(_GAPS)), max_size=6).map(
        lambda parts: "".join(word + gap for word, gap in parts)
    ),
    st.integers(0, 40),
)
def test_the_backwards_limit_holds_every_limit(text: str, lo: int) -> None:
    """Wherever a limit ends a stretch, the backwards pattern matches at its end."""
    low = lower(text)
    end = len(text)
    if _NOT_PERIOD.search(text, min(lo, end), end):
        assert _NOT_PERIOD_BACKWARDS.match(low[::-1], 0)


@given(
    st.sampled_from(("", " ", "  ", "-", " -", "\u00a0")),
    st.sampled_from(("years", "Days", "hour", "ſeconds", "decade", "month", "weeks", "x", "9")),
    st.sampled_from(("", " ago", " of talks", "-old", ".")),
)
def test_a_duration_opens_with_one_of_its_openers(gap: str, word: str, tail: str) -> None:
    """Wherever the duration pattern matches, the opener test lets it run."""
    text = gap + word + tail
    opener = text[:1]
    if opener == " ":
        opener = text[1:2]
    if _DURATION_AFTER.match(text, 0):
        assert not opener.isascii() or opener in _DURATION_OPENERS


@given(
    st.lists(
        st.tuples(
            st.sampled_from(("to", "TO", "at", "At", "into", "US$", "us$", "$", "£", "€", "x")),
            st.sampled_from(_GAPS),
        ),
        max_size=4,
    ).map(lambda parts: "".join(word + gap for word, gap in parts)),
    st.integers(0, 20),
)
@example("rose to US$\n", 0)  # ``$`` matches before the line break too
def test_the_backwards_level_holds_every_level(text: str, lo: int) -> None:
    """Wherever 'to' or 'at' (and a sign) ends a stretch, the backwards pattern matches."""
    end = len(text)
    if _LEVEL_AFTER_MOVE.search(text, min(lo, end), end):
        assert _LEVEL_AFTER_MOVE_BACKWARDS.match(lower(text)[::-1], 0)


@given(st.text(max_size=30))
def test_a_time_that_opens_with_no_opener_names_a_period(text: str) -> None:
    """Where an ASCII text opens with no character the pattern can open with, it matches not."""
    if text[:1].isascii() and text[:1] not in _PERIOD_OPENERS:
        assert _NOT_A_PERIOD.match(text) is None


STORY = (
    "Acme sold 1,250 tractors in 2021, up from about 900 a year earlier, the company said.\n\n"
    "Output at its Wexford plant rose 4.5% to a record 310 units a week, according to Acme."
)


def test_statistics_equal_those_the_constructor_builds() -> None:
    """Statistics made by filling their slots equal, and hash as, the constructor's."""
    quantities = tuple(
        Quantity(span=Span(start=start, end=start + len(text)), text=text, value=value, unit=unit)
        for text, value, unit in (
            ("1,250", 1250.0, None),
            ("900", 900.0, None),
            ("4.5%", 4.5, "percent"),
            ("310", 310.0, None),
        )
        for start in (STORY.index(text),)
    )
    acme = Actor(
        id="acme",
        name="Acme",
        kind=ActorKind.ORGANIZATION,
        spans=[Span(start=i, end=i + 4) for i in (0, STORY.index("to Acme") + 3)],
    )
    cut = STORY.index("\n\n")
    document = Document(
        text=STORY,
        reference=Reference(date=pendulum.Date(2022, 1, 5), basis=ReferenceBasis.PUBLISHED),
        paragraphs=(Span(start=0, end=cut), Span(start=cut + 2, end=len(STORY))),
        sentences=(Span(start=0, end=cut), Span(start=cut + 2, end=len(STORY))),
        quantities=quantities,
    )
    found = find_statistics(document, (acme,))
    assert 4 == len(found)
    for statistic in found:
        built = Statistic(**{f.name: getattr(statistic, f.name) for f in attrs.fields(Statistic)})
        assert (built, hash(built), repr(built)) == (statistic, hash(statistic), repr(statistic))


def test_a_value_that_is_no_float_goes_through_the_constructor() -> None:
    """An int value (a user's quantity) is made a float, as the constructor does."""
    text = "Acme sold 1250 tractors."
    start = text.index("1250")
    document = Document(
        text=text,
        sentences=(Span(start=0, end=len(text)),),
        quantities=(Quantity(span=Span(start=start, end=start + 4), text="1250", value=1250),),
    )
    (statistic,) = find_statistics(document, ())
    assert (1250.0, float) == (statistic.value, type(statistic.value))


def test_a_long_sentence_of_many_numbers_and_dates_gives_each_figure() -> None:
    """A sentence of thousands of figures and dates gives one statistic for each figure.

    Its time against its length is measured by the bench (``nox -s bench``, part d).
    """
    part = "output rose 5 units in 2001 and "
    count = 12000
    text = part * count
    quantities = tuple(
        Quantity(span=Span(start=at + 12, end=at + 13), text="5", value=float(k))
        for k, at in enumerate(range(0, len(text), len(part)))
    )
    times = tuple(
        TimeMention(
            span=Span(start=at + 20, end=at + 27),
            text="in 2001",
            kind=TimeKind.DATE,
            when=TimeSpan.year(2001),
        )
        for at in range(0, len(text), len(part))
    )
    document = Document(
        text=text, sentences=(Span(start=0, end=len(text)),), quantities=quantities, times=times
    )
    assert count == len(find_statistics(document, ()))


@given(st.from_regex(_NOT_A_PERIOD, fullmatch=True))
def test_whatever_names_no_period_opens_with_an_opener(text: str) -> None:
    """Every text the no-period pattern reads opens with an opener or a non-ASCII character."""
    assert text[:1] in _PERIOD_OPENERS or not text[:1].isascii()


@given(st.from_regex(_DURATION_AFTER, fullmatch=True))
def test_whatever_reads_as_a_duration_opens_with_an_opener(text: str) -> None:
    """Every text the duration pattern reads opens, after one space, with one of its openers."""
    opener = text[1:2] if text[:1] == " " else text[:1]
    assert opener in _DURATION_OPENERS or not opener.isascii()


def _plain_period(
    text: str, q_start: int, q_end: int, rows: list[tuple[int, int, TimeMention]]
) -> TimeMention | None:
    """The rule of :func:`_period` read through every time, with no early stop."""
    best: TimeMention | None = None
    best_distance = 0
    for t_start, t_end, t in rows:
        if t_start >= q_end:
            if _compares(text, lower(text), q_end, t_start):
                continue
            distance = t_start - q_end
        else:
            distance = int(1.5 * (q_start - t_end))
        if best is None or distance < best_distance:
            best, best_distance = t, distance
    return best


@given(
    st.lists(st.sampled_from(("in", "from", "than", "down", "compared", "with", "x")), max_size=12),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=6),
    st.integers(0, 60),
    st.integers(1, 8),
)
def test_the_period_search_stops_at_no_other_time_than_the_plain_rule(
    words: list[str], times: list[tuple[int, int]], q_start: int, size: int
) -> None:
    """Stopping at the first time after the number that is no comparison picks what all do."""
    text = " ".join(words).ljust(80)
    rows = sorted(
        (start, start + length, cast("TimeMention", k)) for k, (start, length) in enumerate(times)
    )
    q_end = q_start + size
    expected = _plain_period(text, q_start, q_end, rows)
    assert expected == _period(text, lower(text), q_start, q_end, rows)


_CLAUSE_TEXT_WORDS = (
    "and", "And", "which", "said", "that", "sand", "saids", "as", "–", "-", ",", "(", "“", "x",
    "ﬁ", "İ", "5",
)  # fmt: skip


@given(
    st.lists(
        st.tuples(st.sampled_from(_CLAUSE_TEXT_WORDS), st.sampled_from(_GAPS)), max_size=10
    ).map(lambda parts: "".join(word + gap for word, gap in parts)),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_a_clause_start_read_in_the_reversed_story_is_the_one_last_end_finds(
    text: str, a: int, b: int
) -> None:
    """The clause-start pattern finds the same end in the story reversed once as in a slice."""
    low = lower(text)
    lo, at = sorted((min(a, len(low)), min(b, len(low))))
    expected = last_end(_CLAUSE_START_BACKWARDS, low, lo, at)
    assert expected == last_end_reversed(_CLAUSE_START_BACKWARDS, low[::-1], lo, at)
