"""What the recognisers find in text: time expressions and quantities, each with its span.

These are the shared currency between the recognise stage (``_times``, ``_quantities``)
and the extract stage (actors, meetings, statistics). They are not part of an
:class:`~newsevents.Article`'s JSON; the facts built from them are.
"""

from __future__ import annotations

__all__ = ["Quantity", "TimeKind", "TimeMention"]

import enum

import attrs

from newsevents._model import Span, TimeSpan, _slot_setters


class TimeKind(enum.Enum):
    """What a time expression names."""

    DATE = "date"
    """A point or stretch of the calendar: "on Thursday", "February 2022"."""
    TIME = "time"
    """A time of day, resolved to its day where it can be: "this morning", "at 3 p.m."."""
    DURATION = "duration"
    """A length of time, not a place on the calendar: "four-year", "90-minute"."""
    SET = "set"
    """A recurrence: "every Monday", "weekly"."""
    VAGUE = "vague"
    """A reference to time that names no stretch of the calendar: "recently", "now"."""


@attrs.frozen(kw_only=True, init=False)
class TimeMention:
    """A time expression in the text, with the stretch of the calendar it names.

    ``when`` is None for durations, sets, vague references and dates that cannot be
    resolved (no reference date).

    >>> import pendulum
    >>> from newsevents import Span, TimeSpan
    >>> TimeMention(span=Span(start=0, end=8), text="Thursday", kind=TimeKind.DATE,
    ...             when=TimeSpan.day(pendulum.Date(2022, 4, 21)))
    ... # doctest: +ELLIPSIS
    TimeMention(span=Span(start=0, end=8), text='Thursday', kind=<TimeKind.DATE: 'date'>, ...)
    """

    span: Span
    text: str
    kind: TimeKind
    when: TimeSpan | None = None

    def __init__(
        self, *, span: Span, text: str, kind: TimeKind, when: TimeSpan | None = None
    ) -> None:
        """Store the fields as they come, through the slots: a parse makes dozens of these."""
        _TIME_SPAN(self, span)
        _TIME_TEXT(self, text)
        _TIME_KIND(self, kind)
        _TIME_WHEN(self, when)


_TIME_SPAN, _TIME_TEXT, _TIME_KIND, _TIME_WHEN = _slot_setters(
    TimeMention, "span", "text", "kind", "when"
)


@attrs.frozen(kw_only=True, init=False)
class Quantity:
    """A number in the text with its value and unit: "$3bn" is 3e9 USD.

    A range ("20 to 25 percent") gives two quantities that share ``range_span``, the
    span of the whole range.

    >>> from newsevents import Span
    >>> Quantity(span=Span(start=0, end=4), text="$3bn", value=3e9, unit="USD")
    ... # doctest: +ELLIPSIS
    Quantity(span=Span(start=0, end=4), text='$3bn', value=3000000000.0, unit='USD', ...)
    """

    span: Span
    text: str
    value: float
    unit: str | None = None
    """An ISO 4217 code for money, ``percent``, ``points``, ``tonnes``, ...; None for a
    plain count."""
    range_span: Span | None = None
    out_of: float | None = None
    """The whole that ``value`` is counted out of: "two out of 10" is 2 out of 10, "one in
    five" 1 out of 5; None for other quantities."""

    def __init__(
        self,
        *,
        span: Span,
        text: str,
        value: float,
        unit: str | None = None,
        range_span: Span | None = None,
        out_of: float | None = None,
    ) -> None:
        """Store the fields as they come, through the slots: a parse makes dozens of these."""
        set_span, set_text, set_value, set_unit, set_range_span, set_out_of = _QUANTITY_SLOTS
        set_span(self, span)
        set_text(self, text)
        set_value(self, value)
        set_unit(self, unit)
        set_range_span(self, range_span)
        set_out_of(self, out_of)


_QUANTITY_SLOTS = _slot_setters(Quantity, "span", "text", "value", "unit", "range_span", "out_of")
