"""The immutable domain model: articles, actors, meetings, statistics and their values.

Every class is a frozen, slotted, keyword-only attrs class; collections are tuples;
invariants live in validators whose messages quote the bad value. Nothing here knows
about JSON: serialization is the converter's job (``newsevents.serialize``).
"""

from __future__ import annotations

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Dateline",
    "Granularity",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Place",
    "Reference",
    "ReferenceBasis",
    "Span",
    "Statistic",
    "TimeSpan",
    "country_codes",
]

import datetime as dt
import enum
import functools
import math
import operator
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs
import pendulum

from newsevents.errors import InvalidValueError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator


@functools.cache
def country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes the model accepts (the assigned ones, and ``XK``).

    >>> "CU" in country_codes(), "XX" in country_codes()
    (True, False)
    """
    text = resources.files("newsevents").joinpath("_data/iso3166.tsv").read_text("utf-8")
    return frozenset(
        line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")
    )


# --- validators -------------------------------------------------------------------------


def _non_empty(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidValueError(
            f"{type(instance).__name__} {attribute.name} must be a str: got {value!r}",
            path=(attribute.name,),
        )
    if not value.strip():
        raise InvalidValueError(
            f"{type(instance).__name__} {attribute.name} must not be empty: got {value!r}",
            path=(attribute.name,),
        )


def _optional_non_empty(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _non_empty(instance, attribute, value)


def _country(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or value not in country_codes():
        raise InvalidValueError(
            f"{type(instance).__name__} {attribute.name} must be an ISO 3166-1 alpha-2 "
            f"country code such as 'US': got {value!r}",
            path=(attribute.name,),
        )


def _offset(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidValueError(
            f"{type(instance).__name__} {attribute.name} must be a non-negative int: got {value!r}",
            path=(attribute.name,),
        )


def _date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.default is None:
        return
    if not isinstance(value, pendulum.Date) or isinstance(value, pendulum.DateTime):
        raise InvalidValueError(
            f"{type(instance).__name__} {attribute.name} must be a pendulum.Date: got {value!r}",
            path=(attribute.name,),
        )


def _index(items: tuple[object, ...], item: object) -> int:
    """The position of ``item`` itself in ``items``, found only for an error message.

    The validators loop without counting, for speed; this counts once, when one fails.
    """
    return next(i for i, other in enumerate(items) if other is item)


def _strings(instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise InvalidValueError(
                f"{type(instance).__name__} {attribute.name} must hold non-empty strings: "
                f"got {item!r}",
                path=(attribute.name, _index(value, item)),
            )


def _spans(instance: object, attribute: attrs.Attribute[Any], value: tuple[Span, ...]) -> None:
    for item in value:
        if not isinstance(item, Span):
            raise InvalidValueError(
                f"{type(instance).__name__} {attribute.name} must hold Span values: got {item!r}",
                path=(attribute.name, _index(value, item)),
            )


def _text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    r"""Accept a str that UTF-8 can write: no lone surrogate (``'\ud800'``) in it.

    ASCII text is decided at once; other text by one encode to UTF-16, in C (faster
    than to UTF-8, and it refuses the same lone surrogates).
    """
    if not isinstance(value, str):
        raise InvalidValueError(
            f"{type(instance).__name__} {attribute.name} must be a str: got {value!r}",
            path=(attribute.name,),
        )
    if value.isascii():
        return
    try:
        value.encode("utf-16-le")
    except UnicodeEncodeError as exc:
        raise InvalidValueError(
            f"{type(instance).__name__} {attribute.name} must be text that UTF-8 can write: "
            f"got a lone surrogate {value[exc.start]!r} at offset {exc.start}",
            path=(attribute.name,),
        ) from None


def _a(name: str) -> str:
    """``name`` with its indefinite article: ``a Place``, ``an ActorKind``.

    >>> _a("Place"), _a("ActorKind"), _a("Integer")
    ('a Place', 'an ActorKind', 'an Integer')
    """
    return f"{'an' if name[:1] in 'AEIOUaeiou' else 'a'} {name}"


def _is(kind: type, *, optional: bool = False) -> Any:
    """A validator that accepts only ``kind`` (or None, if ``optional``), naming both."""
    expected = _a(kind.__name__) + (" or None" if optional else "")

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) and not (optional and value is None):
            raise InvalidValueError(
                f"{type(instance).__name__} {attribute.name} must be {expected}: got {value!r}",
                path=(attribute.name,),
            )

    return check


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Accept any iterable for a collection field, store a tuple; a lone str is refused.

    Each class's collection fields get their own copy, from :func:`_named_converters`,
    whose errors name the class and field:

    >>> Place(name="Havana", spans=[Span(start=0, end=6)]).spans
    (Span(start=0, end=6),)
    >>> Place(name="Havana", spans=5)
    Traceback (most recent call last):
    ...
    newsevents.errors.InvalidValueError: Place spans must be a collection of items: got 5
    """
    if value.__class__ is tuple:  # the common case, from the parser and the converter
        return value
    return _make_tuple(value, "a collection field", "")


def _make_tuple(value: Iterable[Any], label: str, name: str) -> tuple[Any, ...]:
    path = (name,) if name else ()
    if isinstance(value, (str, bytes, bytearray)):
        raise InvalidValueError(
            f"{label} must be a collection of items, not a string: got {value!r}", path=path
        )
    try:
        return tuple(value)
    except TypeError:
        raise InvalidValueError(
            f"{label} must be a collection of items: got {value!r}", path=path
        ) from None


def _tuple_for(owner: str, name: str) -> Any:
    """:func:`_tuple` for field ``name`` of class ``owner``, naming both in its errors."""
    label = f"{owner} {name}"

    def convert(value: Iterable[Any]) -> tuple[Any, ...]:
        if value.__class__ is tuple:  # no more work than _tuple on the common case
            return value
        return _make_tuple(value, label, name)

    return convert


def _named_converters(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """Give each collection field of ``cls`` a :func:`_tuple` that names class and field.

    A field transformer, so the classes still say ``converter=_tuple`` (which type
    checkers read) and a converter call costs what it did.
    """
    return [
        field.evolve(converter=_tuple_for(cls.__name__, field.name))
        if field.converter is _tuple  # type: ignore[comparison-overlap, redundant-expr]  # attrs types converters narrowly
        else field
        for field in fields
    ]


def _slot_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of fields ``names`` of ``cls``, for its hand-written ``__init__``.

    A frozen class refuses ``setattr``; its slots' own setters are the cheapest way to
    fill a new instance, cheaper than the ``object.__setattr__`` the generated one uses.
    """
    return tuple(cls.__dict__[name].__set__ for name in names)


_BOOL: type = bool
"""``bool``, as a plain type: a fast path tests a flag that is annotated ``bool`` but may not be."""


def _only(items: Iterable[object], kind: type) -> bool:
    """Whether every item is exactly a ``kind``: a fast path's test of a collection."""
    for item in items:  # noqa: SIM110  # a loop is cheaper than all() on a generator
        if item.__class__ is not kind:
            return False
    return True


def _only_text(items: Iterable[object]) -> bool:
    """Whether every item is exactly a ``str`` with more than white space in it."""
    for item in items:  # noqa: SIM110  # ditto
        if item.__class__ is not str or not item.strip():
            return False
    return True


# --- value types ------------------------------------------------------------------------


@attrs.frozen(kw_only=True, order=True, init=False)
class Span:
    """A stretch of the article text, as character offsets ``[start, end)``.

    >>> text = "HAVANA, April 18th"
    >>> span = Span(start=0, end=6)
    >>> span.slice(text)
    'HAVANA'
    """

    start: int
    end: int

    def __init__(self, *, start: int, end: int) -> None:
        """Take two offsets, the end not before the start.

        Spans are the most numerous objects of a parse, so the common case is decided in
        one test and stored through the slots; any other goes through the generated
        ``__attrs_init__``, whose checks raise the errors.
        """
        if start.__class__ is int and end.__class__ is int and 0 <= start <= end:
            _SPAN_START(self, start)
            _SPAN_END(self, end)
        else:
            self.__attrs_init__(start=start, end=end)

    def __attrs_post_init__(self) -> None:
        """Check the offsets are non-negative ints and the span does not end before it starts."""
        start, end = self.start, self.end
        if start.__class__ is int and end.__class__ is int and 0 <= start <= end:
            return
        offsets: tuple[tuple[str, object], ...] = (("start", start), ("end", end))
        for name, value in offsets:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise InvalidValueError(
                    f"Span {name} must be a non-negative int: got {value!r}", path=(name,)
                )
        if end < start:
            raise InvalidValueError(
                f"Span end must not precede its start: got start={start}, end={end}",
                path=("end",),
            )

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        """The number of characters covered."""
        return self.end - self.start


_SPAN_START, _SPAN_END = _slot_setters(Span, "start", "end")

_new = object.__new__


def _unchecked_span(start: int, end: int) -> Span:
    """A :class:`Span` made without its checks, for the package's own stages only.

    A stage whose offsets are ints with ``0 <= start <= end`` by construction (the
    segmenter's sentences, the scanners' matches) uses this rather than ``Span(...)``:
    spans are the most numerous objects of a parse, and the keyword call alone is half of
    their cost. The result equals ``Span(start=start, end=end)``; a test checks it.
    """
    span: Span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


class Granularity(enum.Enum):
    """How precisely a :class:`TimeSpan` is known: "February 2022" is a month."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


@attrs.frozen(kw_only=True, field_transformer=_named_converters, init=False)
class TimeSpan:
    """A stretch of the calendar, from its first to its last day, with its granularity.

    "February 2022" is a month, not a midnight datetime:

    >>> feb = TimeSpan.month(2022, 2)
    >>> feb.start, feb.end, feb.granularity.value
    (Date(2022, 2, 1), Date(2022, 2, 28), 'month')
    >>> feb.iso()
    '2022-02'
    """

    start: pendulum.Date = attrs.field(validator=_date)
    end: pendulum.Date = attrs.field(validator=_date)
    granularity: Granularity = attrs.field(validator=_is(Granularity))

    def __init__(
        self, *, start: pendulum.Date, end: pendulum.Date, granularity: Granularity
    ) -> None:
        """Take two dates in order and a granularity; see :class:`Span` for the two paths."""
        if (
            start.__class__ is _DATE
            and end.__class__ is _DATE
            and granularity.__class__ is Granularity
            and start <= end
        ):
            _TIME_SPAN_START(self, start)
            _TIME_SPAN_END(self, end)
            _TIME_SPAN_GRANULARITY(self, granularity)
        else:
            self.__attrs_init__(start=start, end=end, granularity=granularity)

    def __attrs_post_init__(self) -> None:
        """Check that the span does not end before it starts."""
        if self.end < self.start:
            raise InvalidValueError(
                f"TimeSpan end must not precede its start: got start={self.start.isoformat()}, "
                f"end={self.end.isoformat()}",
                path=("end",),
            )

    @classmethod
    def day(cls, date: pendulum.Date) -> TimeSpan:
        """The one day ``date``."""
        return cls(start=date, end=date, granularity=Granularity.DAY)

    @classmethod
    def week(cls, date: pendulum.Date) -> TimeSpan:
        """The ISO week (Monday to Sunday) that holds ``date``."""
        if date.__class__ is _DATE and date.year < 9999:
            # by day numbers, in C: pendulum's own date arithmetic costs many times more
            day = date.toordinal() - date.weekday()
            first, last = _from_ordinal(day), _from_ordinal(day + 6)
            start = _DATE(first.year, first.month, first.day)
            end = _DATE(last.year, last.month, last.day)
            return cls(start=start, end=end, granularity=Granularity.WEEK)
        monday = date.subtract(days=date.weekday())
        return cls(start=monday, end=monday.add(days=6), granularity=Granularity.WEEK)

    @classmethod
    def month(cls, year: int, month: int) -> TimeSpan:
        """The whole of ``month`` in ``year``."""
        first = pendulum.Date(year, month, 1)
        return cls(start=first, end=_last_of_month(year, month), granularity=Granularity.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> TimeSpan:
        """Quarter 1 to 4 of ``year``."""
        first = pendulum.Date(year, 3 * quarter - 2, 1)
        last = _last_of_month(year, 3 * quarter)
        return cls(start=first, end=last, granularity=Granularity.QUARTER)

    @classmethod
    def half_year(cls, year: int, half: int) -> TimeSpan:
        """The first (1) or second (2) half of ``year``."""
        first = pendulum.Date(year, 1 if half == 1 else 7, 1)
        last = pendulum.Date(year, 6, 30) if half == 1 else pendulum.Date(year, 12, 31)
        return cls(start=first, end=last, granularity=Granularity.HALF_YEAR)

    @classmethod
    def year(cls, year: int) -> TimeSpan:
        """The calendar year ``year``."""
        return cls(
            start=pendulum.Date(year, 1, 1),
            end=pendulum.Date(year, 12, 31),
            granularity=Granularity.YEAR,
        )

    @classmethod
    def decade(cls, year: int) -> TimeSpan:
        """The decade that holds ``year`` ("the 1990s")."""
        first = year - year % 10
        return cls(
            start=pendulum.Date(first, 1, 1),
            end=pendulum.Date(first + 9, 12, 31),
            granularity=Granularity.DECADE,
        )

    @classmethod
    def century(cls, year: int) -> TimeSpan:
        """The century that holds ``year``, by its hundreds ("the 1900s" is 1900-1999)."""
        first = year - year % 100
        return cls(
            start=pendulum.Date(first, 1, 1),
            end=pendulum.Date(first + 99, 12, 31),
            granularity=Granularity.CENTURY,
        )

    @classmethod
    def season(cls, year: int, season: str) -> TimeSpan:
        """A meteorological season of ``year``.

        ``spring`` is March to May, ``summer`` June to August, ``autumn`` (or ``fall``)
        September to November, ``winter`` December of ``year`` to February of the next.
        """
        months = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
        if season not in months:
            raise InvalidValueError(
                f"TimeSpan season must be one of {sorted(months)}: got {season!r}"
            )
        month = months[season]
        first = pendulum.Date(year, month, 1)
        last = _last_of_month(year + 1, 2) if month == 12 else _last_of_month(year, month + 2)
        return cls(start=first, end=last, granularity=Granularity.SEASON)

    def iso(self) -> str:
        """The span written the ISO/TIMEX3 way: ``2022-04-21``, ``2022-W16``, ``2022-Q1``.

        A span whose bounds do not line up with its granularity is written ``start/end``.

        >>> TimeSpan.quarter(2022, 1).iso(), TimeSpan.decade(1994).iso()
        ('2022-Q1', '199X')
        """
        start, g = self.start, self.granularity
        if (start, self.end) != _aligned_bounds(g, start):
            return f"{start.isoformat()}/{self.end.isoformat()}"
        seasons = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
        return {
            Granularity.DAY: start.isoformat(),
            Granularity.WEEK: "{:04d}-W{:02d}".format(*start.isocalendar()[:2]),
            Granularity.MONTH: f"{start.year:04d}-{start.month:02d}",
            Granularity.QUARTER: f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}",
            Granularity.HALF_YEAR: f"{start.year:04d}-H{1 if start.month <= 6 else 2}",
            Granularity.SEASON: f"{start.year:04d}-{seasons.get(start.month, '')}",
            Granularity.YEAR: f"{start.year:04d}",
            Granularity.DECADE: f"{start.year // 10:03d}X",
            Granularity.CENTURY: f"{start.year // 100:02d}XX",
        }[g]


def _aligned_bounds(
    g: Granularity, start: pendulum.Date
) -> tuple[pendulum.Date, pendulum.Date] | None:
    """The first and last day of the ``g``-long stretch of the calendar holding ``start``."""
    y, m = start.year, start.month
    if g is Granularity.DAY:
        span = TimeSpan.day(start)
    elif g is Granularity.WEEK:
        span = TimeSpan.week(start)
    elif g is Granularity.MONTH:
        span = TimeSpan.month(y, m)
    elif g is Granularity.QUARTER:
        span = TimeSpan.quarter(y, (m - 1) // 3 + 1)
    elif g is Granularity.HALF_YEAR:
        span = TimeSpan.half_year(y, 1 if m <= 6 else 2)
    elif g is Granularity.SEASON:
        if m % 3:  # seasons start in March, June, September or December
            return None
        last = _last_of_month(y + 1, 2) if m == 12 else _last_of_month(y, m + 2)
        return pendulum.Date(y, m, 1), last
    elif g is Granularity.YEAR:
        span = TimeSpan.year(y)
    elif g is Granularity.DECADE:
        span = TimeSpan.decade(y)
    else:
        span = TimeSpan.century(y)
    return span.start, span.end


_TIME_SPAN_START, _TIME_SPAN_END, _TIME_SPAN_GRANULARITY = _slot_setters(
    TimeSpan, "start", "end", "granularity"
)
_DATE = pendulum.Date
_from_ordinal = dt.date.fromordinal
_MONTH_DAYS = {
    1: 31,
    2: 28,
    3: 31,
    4: 30,
    5: 31,
    6: 30,
    7: 31,
    8: 31,
    9: 30,
    10: 31,
    11: 30,
    12: 31,
}


def _last_of_month(year: int, month: int) -> pendulum.Date:
    """The last day of ``month`` in ``year``, as ``end_of("month")`` gives it, for less.

    A month out of 1-12 or a year out of range raises what ``pendulum.Date`` raises.
    """
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return _DATE(year, 2, 29)
    return _DATE(year, month, _MONTH_DAYS.get(month, 1))


@attrs.frozen(kw_only=True, field_transformer=_named_converters, init=False)
class Place:
    """A place as the text names it, with its country where known.

    >>> Place(name="Havana", country="CU")
    Place(name='Havana', country='CU', spans=())
    """

    name: str = attrs.field(validator=_non_empty)
    country: str | None = attrs.field(default=None, validator=_country)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_tuple, validator=_spans)

    def __init__(self, *, name: str, country: str | None = None, spans: Iterable[Any] = ()) -> None:
        """Take the fields; see :class:`Span` for the fast path and the checked one."""
        if (
            name.__class__ is str
            and name.strip()
            and (country is None or (country.__class__ is str and country in country_codes()))
            and spans.__class__ is tuple
            and _only(spans, Span)
        ):
            _PLACE_NAME(self, name)
            _PLACE_COUNTRY(self, country)
            _PLACE_SPANS(self, spans)
        else:
            self.__attrs_init__(name=name, country=country, spans=spans)


_PLACE_NAME, _PLACE_COUNTRY, _PLACE_SPANS = _slot_setters(Place, "name", "country", "spans")


class ReferenceBasis(enum.Enum):
    """Where an article's reference date (the "today" of relative dates) came from."""

    DATELINE = "dateline"
    """The dateline gives day, month and year."""
    DATELINE_AND_PUBLISHED = "dateline+published"
    """The dateline gives day and month; the year is taken from ``published``."""
    PUBLISHED = "published"
    """No dated dateline: the publication date."""
    INFERRED = "inferred"
    """The year was inferred from the text; ``Reference.evidence`` shows from what."""


@attrs.frozen(kw_only=True, field_transformer=_named_converters, init=False)
class Reference:
    """The date that relative expressions ("on Thursday", "last month") are resolved against.

    >>> Reference(date=pendulum.Date(2022, 4, 18), basis=ReferenceBasis.PUBLISHED)
    Reference(date=Date(2022, 4, 18), basis=<ReferenceBasis.PUBLISHED: 'published'>, evidence=())
    """

    date: pendulum.Date = attrs.field(validator=_date)
    basis: ReferenceBasis = attrs.field(validator=_is(ReferenceBasis))
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_tuple, validator=_spans)

    def __init__(
        self, *, date: pendulum.Date, basis: ReferenceBasis, evidence: Iterable[Any] = ()
    ) -> None:
        """Take the fields; see :class:`Span` for the fast path and the checked one."""
        if (
            date.__class__ is _DATE
            and basis.__class__ is ReferenceBasis
            and evidence.__class__ is tuple
            and _only(evidence, Span)
        ):
            _REFERENCE_DATE(self, date)
            _REFERENCE_BASIS(self, basis)
            _REFERENCE_EVIDENCE(self, evidence)
        else:
            self.__attrs_init__(date=date, basis=basis, evidence=evidence)


_REFERENCE_DATE, _REFERENCE_BASIS, _REFERENCE_EVIDENCE = _slot_setters(
    Reference, "date", "basis", "evidence"
)


@attrs.frozen(kw_only=True, field_transformer=_named_converters, init=False)
class Dateline:
    """The place and date at the head of a story: "HAVANA, April 18th".

    >>> Dateline(place=Place(name="Havana", country="CU"), date=pendulum.Date(2022, 4, 18))
    ... # doctest: +ELLIPSIS
    Dateline(place=Place(name='Havana', ...), date=Date(2022, 4, 18), source=None, span=None)
    """

    place: Place | None = attrs.field(default=None, validator=_is(Place, optional=True))
    date: pendulum.Date | None = attrs.field(default=None, validator=_date)
    source: str | None = attrs.field(default=None, validator=_optional_non_empty)
    """The agency named in the dateline, such as ``Reuters`` in "WASHINGTON (Reuters) -"."""
    span: Span | None = attrs.field(default=None, validator=_is(Span, optional=True))

    def __init__(
        self,
        *,
        place: Place | None = None,
        date: pendulum.Date | None = None,
        source: str | None = None,
        span: Span | None = None,
    ) -> None:
        """Take the fields; see :class:`Span` for the fast path and the checked one."""
        if (
            (place is None or place.__class__ is Place)
            and (date is None or date.__class__ is _DATE)
            and (source is None or (source.__class__ is str and source.strip()))
            and (span is None or span.__class__ is Span)
        ):
            _DATELINE_PLACE(self, place)
            _DATELINE_DATE(self, date)
            _DATELINE_SOURCE(self, source)
            _DATELINE_SPAN(self, span)
        else:
            self.__attrs_init__(place=place, date=date, source=source, span=span)


_DATELINE_PLACE, _DATELINE_DATE, _DATELINE_SOURCE, _DATELINE_SPAN = _slot_setters(
    Dateline, "place", "date", "source", "span"
)


# --- facts ------------------------------------------------------------------------------


class ActorKind(enum.Enum):
    """What sort of actor an :class:`Actor` is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"
    ANONYMOUS = "anonymous"


@attrs.frozen(kw_only=True, field_transformer=_named_converters, init=False)
class Actor:
    """Someone who acts, speaks or is acted upon in a story, once, with all its mentions.

    >>> Actor(id="a1", name="Antony Blinken", kind=ActorKind.PERSON,
    ...       title="secretary of state", affiliation="US", aliases=("Blinken",))
    ... # doctest: +ELLIPSIS
    Actor(id='a1', name='Antony Blinken', kind=<ActorKind.PERSON: 'person'>, ...)
    """

    id: str = attrs.field(validator=_non_empty)
    name: str = attrs.field(validator=_non_empty)
    kind: ActorKind = attrs.field(validator=_is(ActorKind))
    title: str | None = attrs.field(default=None, validator=_optional_non_empty)
    affiliation: str | None = attrs.field(default=None, validator=_country)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_strings)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_tuple, validator=_spans)

    def __init__(
        self,
        *,
        id: str,  # noqa: A002  # the field's name
        name: str,
        kind: ActorKind,
        title: str | None = None,
        affiliation: str | None = None,
        aliases: Iterable[Any] = (),
        spans: Iterable[Any] = (),
    ) -> None:
        """Take the fields; see :class:`Span` for the fast path and the checked one."""
        if (
            id.__class__ is str
            and id.strip()
            and name.__class__ is str
            and name.strip()
            and kind.__class__ is ActorKind
            and (title is None or (title.__class__ is str and title.strip()))
            and (
                affiliation is None
                or (affiliation.__class__ is str and affiliation in country_codes())
            )
            and aliases.__class__ is tuple
            and spans.__class__ is tuple
            and _only_text(aliases)
            and _only(spans, Span)
        ):
            set_id, set_name, set_kind, set_title, set_affiliation, set_aliases, set_spans = (
                _ACTOR_SLOTS
            )
            set_id(self, id)
            set_name(self, name)
            set_kind(self, kind)
            set_title(self, title)
            set_affiliation(self, affiliation)
            set_aliases(self, aliases)
            set_spans(self, spans)
        else:
            self.__attrs_init__(
                id=id,
                name=name,
                kind=kind,
                title=title,
                affiliation=affiliation,
                aliases=aliases,
                spans=spans,
            )


_ACTOR_SLOTS = _slot_setters(
    Actor, "id", "name", "kind", "title", "affiliation", "aliases", "spans"
)


class MeetingStatus(enum.Enum):
    """Whether a meeting is planned, held, under way, called off or only suggested."""

    PLANNED = "planned"
    HELD = "held"
    ONGOING = "ongoing"
    CANCELLED = "cancelled"
    PROPOSED = "proposed"


class MeetingKind(enum.Enum):
    """The sort of occasion a :class:`Meeting` is."""

    MEETING = "meeting"
    TALKS = "talks"
    SUMMIT = "summit"
    CONFERENCE = "conference"
    NEGOTIATIONS = "negotiations"
    VISIT = "visit"
    CALL = "call"


@attrs.frozen(kw_only=True, field_transformer=_named_converters, init=False)
class Meeting:
    """An occasion where parties come together to talk: who, where, when, and whether.

    ``participants`` are actor ids of the :class:`Article` that holds the meeting.

    >>> Meeting(participants=("us", "cu"), status=MeetingStatus.PLANNED,
    ...         kind=MeetingKind.TALKS, topic="migration")
    ... # doctest: +ELLIPSIS
    Meeting(participants=('us', 'cu'), status=<MeetingStatus.PLANNED: 'planned'>, ...)
    """

    participants: tuple[str, ...] = attrs.field(converter=_tuple, validator=_strings)
    status: MeetingStatus = attrs.field(validator=_is(MeetingStatus))
    kind: MeetingKind = attrs.field(default=MeetingKind.MEETING, validator=_is(MeetingKind))
    place: Place | None = attrs.field(default=None, validator=_is(Place, optional=True))
    when: TimeSpan | None = attrs.field(default=None, validator=_is(TimeSpan, optional=True))
    topic: str | None = attrs.field(default=None, validator=_optional_non_empty)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_tuple, validator=_spans)
    when_inferred: bool = attrs.field(default=False, validator=_is(bool))
    """True where the text dates the meeting nowhere and ``when`` is the story's own date:
    a meeting the story reports as just held or under way, with no date of its own."""

    def __init__(
        self,
        *,
        participants: Iterable[Any],
        status: MeetingStatus,
        kind: MeetingKind = MeetingKind.MEETING,
        place: Place | None = None,
        when: TimeSpan | None = None,
        topic: str | None = None,
        spans: Iterable[Any] = (),
        when_inferred: bool = False,
    ) -> None:
        """Take the fields; see :class:`Span` for the fast path and the checked one."""
        if (
            participants.__class__ is tuple
            and spans.__class__ is tuple
            and status.__class__ is MeetingStatus
            and kind.__class__ is MeetingKind
            and (place is None or place.__class__ is Place)
            and (when is None or when.__class__ is TimeSpan)
            and (topic is None or (topic.__class__ is str and topic.strip()))
            and when_inferred.__class__ is _BOOL
            and _only_text(participants)
            and _only(spans, Span)
        ):
            (
                set_participants,
                set_status,
                set_kind,
                set_place,
                set_when,
                set_topic,
                set_spans,
                set_when_inferred,
            ) = _MEETING_SLOTS
            set_participants(self, participants)
            set_status(self, status)
            set_kind(self, kind)
            set_place(self, place)
            set_when(self, when)
            set_topic(self, topic)
            set_spans(self, spans)
            set_when_inferred(self, when_inferred)
        else:
            self.__attrs_init__(
                participants=participants,
                status=status,
                kind=kind,
                place=place,
                when=when,
                topic=topic,
                spans=spans,
                when_inferred=when_inferred,
            )


_MEETING_SLOTS = _slot_setters(
    Meeting,
    "participants",
    "status",
    "kind",
    "place",
    "when",
    "topic",
    "spans",
    "when_inferred",
)


def _finite(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidValueError(
            f"{type(instance).__name__} {attribute.name} must be a finite number: got {value!r}",
            path=(attribute.name,),
        )


def _to_float(value: Any) -> Any:
    # ints are stored as floats so that 12408 and 12408.0 are one value; others are left
    # for the validator to refuse with its message.
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            raise InvalidValueError(
                f"Statistic value must be a finite number: got an int of {value.bit_length()} bits"
            ) from None
    return value


@attrs.frozen(kw_only=True, field_transformer=_named_converters, init=False)
class Statistic:
    """A number that measures something in the world, with what, when, where and who says.

    ``source`` is the actor id of whoever the article attributes the number to.

    >>> Statistic(value=12408, measure="Hondurans stopped at the Guatemalan border",
    ...           period=TimeSpan.month(2022, 2), qualifiers=("most in a decade",))
    ... # doctest: +ELLIPSIS
    Statistic(value=12408.0, unit=None, measure='Hondurans stopped at the Guatemalan border', ...)
    """

    value: float = attrs.field(converter=_to_float, validator=_finite)
    unit: str | None = attrs.field(default=None, validator=_optional_non_empty)
    """``percent``, ``points``, an ISO 4217 currency code, ``barrels per day``...; None
    for a plain count."""
    measure: str | None = attrs.field(default=None, validator=_optional_non_empty)
    period: TimeSpan | None = attrs.field(default=None, validator=_is(TimeSpan, optional=True))
    place: Place | None = attrs.field(default=None, validator=_is(Place, optional=True))
    source: str | None = attrs.field(default=None, validator=_optional_non_empty)
    qualifiers: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_strings)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_tuple, validator=_spans)
    period_inferred: bool = attrs.field(default=False, validator=_is(bool))
    """True where the text gives the number no time and ``period`` is the story's own
    date: a figure reported as news is as of the day of the report."""

    def __init__(
        self,
        *,
        value: Any,
        unit: str | None = None,
        measure: str | None = None,
        period: TimeSpan | None = None,
        place: Place | None = None,
        source: str | None = None,
        qualifiers: Iterable[Any] = (),
        spans: Iterable[Any] = (),
        period_inferred: bool = False,
    ) -> None:
        """Take the fields; see :class:`Span` for the fast path and the checked one."""
        if value.__class__ is int and -_FLOAT_INTS < value < _FLOAT_INTS:
            value = float(value)
        if (
            value.__class__ is float
            and value - value == 0.0  # finite: inf - inf and nan - nan are nan
            and (unit is None or (unit.__class__ is str and unit.strip()))
            and (measure is None or (measure.__class__ is str and measure.strip()))
            and (period is None or period.__class__ is TimeSpan)
            and (place is None or place.__class__ is Place)
            and (source is None or (source.__class__ is str and source.strip()))
            and qualifiers.__class__ is tuple
            and spans.__class__ is tuple
            and period_inferred.__class__ is _BOOL
            and _only_text(qualifiers)
            and _only(spans, Span)
        ):
            (
                set_value,
                set_unit,
                set_measure,
                set_period,
                set_place,
                set_source,
                set_qualifiers,
                set_spans,
                set_period_inferred,
            ) = _STATISTIC_SLOTS
            set_value(self, value)
            set_unit(self, unit)
            set_measure(self, measure)
            set_period(self, period)
            set_place(self, place)
            set_source(self, source)
            set_qualifiers(self, qualifiers)
            set_spans(self, spans)
            set_period_inferred(self, period_inferred)
        else:
            self.__attrs_init__(
                value=value,
                unit=unit,
                measure=measure,
                period=period,
                place=place,
                source=source,
                qualifiers=qualifiers,
                spans=spans,
                period_inferred=period_inferred,
            )


_STATISTIC_SLOTS = _slot_setters(
    Statistic,
    "value",
    "unit",
    "measure",
    "period",
    "place",
    "source",
    "qualifiers",
    "spans",
    "period_inferred",
)
_FLOAT_INTS = 2**1000
"""Ints of smaller magnitude than this are finite as floats."""


_END = operator.attrgetter("end")

# --- the article ------------------------------------------------------------------------


def _instances(kind: type) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        for item in value:
            if not isinstance(item, kind):
                raise InvalidValueError(
                    f"{type(instance).__name__} {attribute.name} must hold {kind.__name__} "
                    f"values: got {item!r}",
                    path=(attribute.name, _index(value, item)),
                )

    return check


@attrs.frozen(kw_only=True, field_transformer=_named_converters, init=False)
class Article:
    """A news story and the facts read from it, each with the spans it came from.

    An article refuses a meeting or statistic that refers to an actor it does not hold:

    >>> Article(text="Cuba met Panama.", meetings=(
    ...     Meeting(participants=("cu", "pa"), status=MeetingStatus.HELD),))
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsevents.errors.InvalidValueError: Article meetings[0] refers to actor 'cu', which ...
    """

    text: str = attrs.field(validator=_text)
    headline: str | None = attrs.field(default=None, validator=_optional_non_empty)
    dateline: Dateline | None = attrs.field(default=None, validator=_is(Dateline, optional=True))
    published: pendulum.Date | None = attrs.field(default=None, validator=_date)
    reference: Reference | None = attrs.field(default=None, validator=_is(Reference, optional=True))
    paragraphs: tuple[Span, ...] = attrs.field(default=(), converter=_tuple, validator=_spans)
    sentences: tuple[Span, ...] = attrs.field(default=(), converter=_tuple, validator=_spans)
    actors: tuple[Actor, ...] = attrs.field(
        default=(), converter=_tuple, validator=_instances(Actor)
    )
    meetings: tuple[Meeting, ...] = attrs.field(
        default=(), converter=_tuple, validator=_instances(Meeting)
    )
    statistics: tuple[Statistic, ...] = attrs.field(
        default=(), converter=_tuple, validator=_instances(Statistic)
    )

    def __init__(
        self,
        *,
        text: str,
        headline: str | None = None,
        dateline: Dateline | None = None,
        published: pendulum.Date | None = None,
        reference: Reference | None = None,
        paragraphs: Iterable[Any] = (),
        sentences: Iterable[Any] = (),
        actors: Iterable[Any] = (),
        meetings: Iterable[Any] = (),
        statistics: Iterable[Any] = (),
    ) -> None:
        """Take the fields; see :class:`Span` for the fast path and the checked one."""
        if (
            text.__class__ is str
            and (text.isascii() or _writable(text))
            and (headline is None or (headline.__class__ is str and headline.strip()))
            and (dateline is None or dateline.__class__ is Dateline)
            and (published is None or published.__class__ is _DATE)
            and (reference is None or reference.__class__ is Reference)
            and paragraphs.__class__ is tuple
            and sentences.__class__ is tuple
            and actors.__class__ is tuple
            and meetings.__class__ is tuple
            and statistics.__class__ is tuple
            and _only(paragraphs, Span)
            and _only(sentences, Span)
            and _only(actors, Actor)
            and _only(meetings, Meeting)
            and _only(statistics, Statistic)
        ):
            (
                set_text,
                set_headline,
                set_dateline,
                set_published,
                set_reference,
                set_paragraphs,
                set_sentences,
                set_actors,
                set_meetings,
                set_statistics,
            ) = _ARTICLE_SLOTS
            set_text(self, text)
            set_headline(self, headline)
            set_dateline(self, dateline)
            set_published(self, published)
            set_reference(self, reference)
            set_paragraphs(self, paragraphs)
            set_sentences(self, sentences)
            set_actors(self, actors)
            set_meetings(self, meetings)
            set_statistics(self, statistics)
            self.__attrs_post_init__()
        else:
            self.__attrs_init__(
                text=text,
                headline=headline,
                dateline=dateline,
                published=published,
                reference=reference,
                paragraphs=paragraphs,
                sentences=sentences,
                actors=actors,
                meetings=meetings,
                statistics=statistics,
            )

    def __attrs_post_init__(self) -> None:
        """Check actor ids are unique, every reference to an actor resolves, spans fit."""
        actors = self.actors
        ids = {actor.id for actor in actors}
        if len(ids) == len(actors) and self._last_end() <= len(self.text):
            for meeting in self.meetings:
                if not ids.issuperset(meeting.participants):
                    break
            else:
                for statistic in self.statistics:
                    if statistic.source is not None and statistic.source not in ids:
                        break
                else:
                    return
        raise next(iter(self._invalid()))

    def _invalid(
        self, *, references: bool = True, spans: bool = True
    ) -> Iterator[InvalidValueError]:
        """Every broken reference and every span past the text, each with its path.

        ``from_dict`` also calls it on a partly read article, with the checks whose
        fields could not be read turned off.
        """
        if references:
            ids: set[str] = set()
            for i, actor in enumerate(self.actors):
                if actor.id in ids:
                    yield InvalidValueError(
                        f"Article actors[{i}] repeats the actor id {actor.id!r}",
                        path=("actors", i, "id"),
                    )
                ids.add(actor.id)
            for i, meeting in enumerate(self.meetings):
                for j, ref in enumerate(meeting.participants):
                    if ref not in ids:
                        yield InvalidValueError(
                            f"Article meetings[{i}] refers to actor {ref!r}, "
                            "which the article does not hold",
                            path=("meetings", i, "participants", j),
                        )
            for i, statistic in enumerate(self.statistics):
                if statistic.source is not None and statistic.source not in ids:
                    yield InvalidValueError(
                        f"Article statistics[{i}] names source {statistic.source!r}, "
                        "which the article does not hold",
                        path=("statistics", i, "source"),
                    )
        if not spans:
            return
        limit = len(self.text)
        if self._last_end() <= limit:
            return
        for where, path, span in self._located_spans():
            if span.end > limit:
                yield InvalidValueError(
                    f"Article {where} span {span.start}:{span.end} runs past the end of the "
                    f"text ({limit} characters)",
                    path=(*path, "end"),
                )

    def _last_end(self) -> int:
        """The largest end offset of all the spans :meth:`_spans` lists, found cheaply.

        The spans are gathered into one list (each group added in C) and measured once:
        one ``max`` per group cost more than the rest of the check.
        """
        spans = [*self.paragraphs, *self.sentences]
        dateline = self.dateline
        if dateline is not None:
            if dateline.span is not None:
                spans.append(dateline.span)
            if dateline.place is not None:
                spans += dateline.place.spans
        if self.reference is not None:
            spans += self.reference.evidence
        for actor in self.actors:
            spans += actor.spans
        facts: tuple[Meeting | Statistic, ...] = (*self.meetings, *self.statistics)
        for fact in facts:
            spans += fact.spans
            if fact.place is not None:
                spans += fact.place.spans
        return max(map(_END, spans), default=0)

    def _spans(self) -> Iterable[tuple[str, Span]]:
        """Every span of the article, with where the message says it is."""
        for where, _, span in self._located_spans():
            yield where, span

    def _located_spans(self) -> Iterable[tuple[str, tuple[str | int, ...], Span]]:
        """Every span of the article: where the message says it is, its path, the span."""
        for i, span in enumerate(self.paragraphs):
            yield f"paragraphs[{i}]", ("paragraphs", i), span
        for i, span in enumerate(self.sentences):
            yield f"sentences[{i}]", ("sentences", i), span
        if self.dateline is not None:
            if self.dateline.span is not None:
                yield "dateline", ("dateline", "span"), self.dateline.span
            if self.dateline.place is not None:
                for k, span in enumerate(self.dateline.place.spans):
                    yield "dateline.place", ("dateline", "place", "spans", k), span
        if self.reference is not None:
            for k, span in enumerate(self.reference.evidence):
                yield "reference", ("reference", "evidence", k), span
        for i, actor in enumerate(self.actors):
            for k, span in enumerate(actor.spans):
                yield f"actors[{i}]", ("actors", i, "spans", k), span
        facts: tuple[tuple[str, tuple[Meeting | Statistic, ...]], ...] = (
            ("meetings", self.meetings),
            ("statistics", self.statistics),
        )
        for name, group in facts:
            for i, fact in enumerate(group):
                for k, span in enumerate(fact.spans):
                    yield f"{name}[{i}]", (name, i, "spans", k), span
                for k, span in enumerate(fact.place.spans if fact.place is not None else ()):
                    yield f"{name}[{i}].place", (name, i, "place", "spans", k), span

    def actor(self, actor_id: str) -> Actor:
        """The actor with id ``actor_id``; a :class:`KeyError` if the article has none."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)


_ARTICLE_SLOTS = _slot_setters(
    Article,
    "text",
    "headline",
    "dateline",
    "published",
    "reference",
    "paragraphs",
    "sentences",
    "actors",
    "meetings",
    "statistics",
)


def _writable(text: str) -> bool:
    """Whether UTF-8 can write ``text`` (no lone surrogate), as :func:`_text` decides it."""
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError:
        return False
    return True
