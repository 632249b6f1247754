"""Hypothesis strategies for every class of the newsevents model.

Install the ``strategies`` extra (``pip install newsevents[strategies]``) to use them.
They build only valid values: spans that lie within the text, time spans whose bounds
line up with their granularity, articles whose meetings and statistics refer to actors
the article holds. Hypothesis loads them through its plugin entry point, so
``st.from_type(Article)`` works as soon as both packages are installed.

>>> from hypothesis import given, strategies as st
>>> from newsevents import Article
>>> @given(st.from_type(Article))
... def test_ids_resolve(article):
...     ids = {actor.id for actor in article.actors}
...     assert all(p in ids for m in article.meetings for p in m.participants)
>>> test_ids_resolve()

Downstream packages build their own strategies from these, for instance
``st.builds(Summit, participants=..., status=st.sampled_from(MeetingStatus), ...)``.
"""

from __future__ import annotations

__all__ = [
    "actor_kinds",
    "actors",
    "articles",
    "country_codes",
    "datelines",
    "dates",
    "meetings",
    "names",
    "places",
    "references",
    "spans",
    "statistics",
    "time_spans",
]

import datetime as dt
from typing import TYPE_CHECKING, Any

import pendulum

from newsevents._model import (
    Actor,
    ActorKind,
    Article,
    Dateline,
    Granularity,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Place,
    Reference,
    ReferenceBasis,
    Span,
    Statistic,
    TimeSpan,
)
from newsevents._model import country_codes as _codes


def _hypothesis_setup_hook() -> None:
    """Register a strategy for each model class, so ``st.from_type`` builds valid ones.

    Hypothesis calls this through the ``hypothesis`` entry point in ``pyproject.toml``
    while it is itself being imported, which may be from the import of this very module
    below: so the hook is defined before that import, and registers deferred strategies
    that look the functions of this module up only when they are first drawn from.
    """
    from hypothesis import strategies as hst  # noqa: PLC0415 - see the docstring

    for cls, name in (
        (Span, "spans"),
        (TimeSpan, "time_spans"),
        (Place, "places"),
        (Reference, "references"),
        (Dateline, "datelines"),
        (Actor, "actors"),
        (Meeting, "meetings"),
        (Statistic, "statistics"),
        (Article, "articles"),
    ):
        hst.register_type_strategy(cls, hst.deferred(_lookup(name)))


def _lookup(name: str) -> Callable[[], Any]:
    """A function that calls the strategy function ``name`` of this module, when called."""
    return lambda: globals()[name]()  # noqa: PLW0108 - looked up late, on purpose


from hypothesis import strategies as st  # noqa: E402 - after the hook, see its docstring

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

# Far enough from year 1 and year 9999 that a week, a season or a century around any
# date stays inside what pendulum can hold.
_MIN_DATE = dt.date(100, 1, 1)
_MAX_DATE = dt.date(9899, 12, 31)

# Text without surrogates (which UTF-8 and so JSON cannot carry).
_TEXT = st.characters(codec="utf-8")


def names(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-empty strings that are not all whitespace: names, titles, measures, ids.

    >>> from hypothesis import find
    >>> find(names(), lambda name: " " in name).strip() != ""
    True
    """
    return st.text(_TEXT, min_size=1, max_size=max_size).filter(str.strip)


def country_codes() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 codes that the model accepts.

    >>> from hypothesis import find
    >>> find(country_codes(), lambda code: code.startswith("C"))
    'CA'
    """
    return st.sampled_from(sorted(_codes()))


def dates(
    *, min_value: dt.date = _MIN_DATE, max_value: dt.date = _MAX_DATE
) -> st.SearchStrategy[pendulum.Date]:
    """Pendulum dates (never datetimes) between ``min_value`` and ``max_value``.

    >>> from hypothesis import find
    >>> find(dates(), lambda date: date.year > 2000)
    Date(2001, 1, 1)
    """
    return st.dates(min_value, max_value).map(lambda d: pendulum.Date(d.year, d.month, d.day))


def spans(*, text_length: int | None = None) -> st.SearchStrategy[Span]:
    """Spans ``[start, end)``; within ``text_length`` characters where it is given.

    >>> from hypothesis import find
    >>> find(spans(text_length=10), lambda span: len(span) > 3)
    Span(start=0, end=4)
    """
    limit = 10_000 if text_length is None else text_length
    return (
        st.tuples(st.integers(0, limit), st.integers(0, limit))
        .map(sorted)
        .map(lambda pair: Span(start=pair[0], end=pair[1]))
    )


def _span_tuples(text_length: int | None, max_size: int = 3) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(spans(text_length=text_length), max_size=max_size).map(tuple)


_SEASONS = ("spring", "summer", "autumn", "winter")


@st.composite
def _aligned_time_span(draw: st.DrawFn, granularity: Granularity) -> TimeSpan:
    day = draw(dates())
    year = day.year
    if granularity is Granularity.DAY:
        return TimeSpan.day(day)
    if granularity is Granularity.WEEK:
        return TimeSpan.week(day)
    if granularity is Granularity.MONTH:
        return TimeSpan.month(year, day.month)
    if granularity is Granularity.QUARTER:
        return TimeSpan.quarter(year, (day.month - 1) // 3 + 1)
    if granularity is Granularity.HALF_YEAR:
        return TimeSpan.half_year(year, 1 if day.month <= 6 else 2)
    if granularity is Granularity.SEASON:
        return TimeSpan.season(year, draw(st.sampled_from(_SEASONS)))
    if granularity is Granularity.YEAR:
        return TimeSpan.year(year)
    if granularity is Granularity.DECADE:
        return TimeSpan.decade(year)
    return TimeSpan.century(year)


@st.composite
def _free_time_span(draw: st.DrawFn, granularity: Granularity | None) -> TimeSpan:
    first, last = sorted((draw(dates()), draw(dates())))
    g = granularity if granularity is not None else draw(st.sampled_from(Granularity))
    return TimeSpan(start=first, end=last, granularity=g)


def time_spans(
    *, granularity: Granularity | None = None, aligned: bool = True
) -> st.SearchStrategy[TimeSpan]:
    """Time spans of every granularity, or of ``granularity`` only.

    With ``aligned`` (the default) the bounds are those of a real day, week, month,
    quarter, half-year, season, year, decade or century; without it they are any two
    ordered dates, as a parser may produce for "between March 3 and April 9".

    >>> from hypothesis import find
    >>> find(time_spans(granularity=Granularity.QUARTER), lambda span: span.start.year > 2000).iso()
    '2001-Q1'
    """
    if not aligned:
        return _free_time_span(granularity)
    if granularity is not None:
        return _aligned_time_span(granularity)
    return st.sampled_from(Granularity).flatmap(_aligned_time_span)


def places(*, text_length: int | None = None) -> st.SearchStrategy[Place]:
    """Places with a name, a country code or none, and spans within ``text_length``.

    >>> from hypothesis import find
    >>> find(places(), lambda place: place.country is not None)
    Place(name='0', country='AD', spans=())
    """
    return st.builds(
        Place,
        name=names(),
        country=st.none() | country_codes(),
        spans=_span_tuples(text_length),
    )


def references(*, text_length: int | None = None) -> st.SearchStrategy[Reference]:
    """Reference dates with their basis and evidence spans.

    >>> from hypothesis import find
    >>> find(references(), lambda ref: ref.basis is ReferenceBasis.INFERRED).date
    Date(2000, 1, 1)
    """
    return st.builds(
        Reference,
        date=dates(),
        basis=st.sampled_from(ReferenceBasis),
        evidence=_span_tuples(text_length),
    )


def datelines(*, text_length: int | None = None) -> st.SearchStrategy[Dateline]:
    """Datelines, each part present or not.

    >>> from hypothesis import find
    >>> find(datelines(), lambda dateline: dateline.source is not None).source
    '0'
    """
    return st.builds(
        Dateline,
        place=st.none() | places(text_length=text_length),
        date=st.none() | dates(),
        source=st.none() | names(),
        span=st.none() | spans(text_length=text_length),
    )


def actor_kinds() -> st.SearchStrategy[ActorKind]:
    """Every kind of actor.

    >>> from hypothesis import find
    >>> find(actor_kinds(), lambda kind: kind.value.startswith("o"))
    <ActorKind.ORGANIZATION: 'organization'>
    """
    return st.sampled_from(ActorKind)


def actors(
    *, ids: st.SearchStrategy[str] | None = None, text_length: int | None = None
) -> st.SearchStrategy[Actor]:
    """Actors, with ids drawn from ``ids`` (any non-empty string by default).

    >>> from hypothesis import find
    >>> find(actors(ids=st.just("a1")), lambda actor: True).id
    'a1'
    """
    return st.builds(
        Actor,
        id=names(max_size=12) if ids is None else ids,
        name=names(),
        kind=actor_kinds(),
        title=st.none() | names(),
        affiliation=st.none() | country_codes(),
        aliases=st.lists(names(), max_size=3).map(tuple),
        spans=_span_tuples(text_length),
    )


def _refs(actor_ids: Sequence[str] | None) -> st.SearchStrategy[str]:
    return names(max_size=12) if actor_ids is None else st.sampled_from(actor_ids)


def meetings(
    *, actor_ids: Sequence[str] | None = None, text_length: int | None = None
) -> st.SearchStrategy[Meeting]:
    """Meetings whose participants are drawn from ``actor_ids`` (any ids if None).

    With an empty ``actor_ids`` the meetings have no participants.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(meetings(actor_ids=["us", "cu"]))
    ... def check(meeting):
    ...     assert set(meeting.participants) <= {"us", "cu"}
    >>> check()
    """
    participants: st.SearchStrategy[tuple[str, ...]] = (
        st.just(())
        if actor_ids is not None and not actor_ids
        else st.lists(_refs(actor_ids), max_size=4, unique=True).map(tuple)
    )
    return st.builds(
        Meeting,
        participants=participants,
        status=st.sampled_from(MeetingStatus),
        kind=st.sampled_from(MeetingKind),
        place=st.none() | places(text_length=text_length),
        when=st.none() | time_spans(),
        when_inferred=st.booleans(),
        topic=st.none() | names(),
        spans=_span_tuples(text_length),
    )


def statistics(
    *, actor_ids: Sequence[str] | None = None, text_length: int | None = None
) -> st.SearchStrategy[Statistic]:
    """Statistics with finite values, whose source is one of ``actor_ids`` or None.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(statistics(actor_ids=["us"]))
    ... def check(statistic):
    ...     assert statistic.source in (None, "us")
    >>> check()
    """
    source: st.SearchStrategy[str | None] = st.none()
    if actor_ids is None or actor_ids:
        source = st.none() | _refs(actor_ids)
    return st.builds(
        Statistic,
        value=st.integers(-(10**12), 10**12) | st.floats(allow_nan=False, allow_infinity=False),
        unit=st.none() | names(max_size=16),
        measure=st.none() | names(),
        period=st.none() | time_spans(),
        period_inferred=st.booleans(),
        place=st.none() | places(text_length=text_length),
        source=source,
        qualifiers=st.lists(names(), max_size=2).map(tuple),
        spans=_span_tuples(text_length),
    )


@st.composite
def articles(draw: st.DrawFn, *, max_actors: int = 5) -> Article:
    """Articles that hold together: references resolve, spans lie within the text.

    Every meeting participant and statistic source is the id of an actor the article
    holds, and every span ends within the text.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(articles())
    ... def check(article):
    ...     assert all(span.end <= len(article.text) for span in article.sentences)
    >>> check()
    """
    text = draw(st.text(_TEXT, max_size=300))
    n = len(text)
    cast = draw(st.lists(actors(text_length=n), max_size=max_actors, unique_by=lambda a: a.id))
    ids = [actor.id for actor in cast]
    return Article(
        text=text,
        headline=draw(st.none() | names(max_size=80)),
        dateline=draw(st.none() | datelines(text_length=n)),
        published=draw(st.none() | dates()),
        reference=draw(st.none() | references(text_length=n)),
        paragraphs=draw(_span_tuples(n)),
        sentences=draw(_span_tuples(n, max_size=5)),
        actors=tuple(cast),
        meetings=tuple(draw(st.lists(meetings(actor_ids=ids, text_length=n), max_size=3))),
        statistics=tuple(draw(st.lists(statistics(actor_ids=ids, text_length=n), max_size=3))),
    )
