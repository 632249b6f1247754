"""The errors newsevents raises.

Every error is a :class:`NewsEventsError` and also subclasses the builtin that fits, so
``except ValueError`` keeps working for callers who do not know this library.

>>> from newsevents.errors import NewsEventsError, DecodeError
>>> issubclass(DecodeError, NewsEventsError) and issubclass(DecodeError, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "DateInputError",
    "DecodeError",
    "EncodeError",
    "InvalidValueError",
    "NewsEventsError",
    "Problem",
    "TextInputError",
]

from typing import NamedTuple


class NewsEventsError(Exception):
    """The base class of every error newsevents raises on purpose."""


class InvalidValueError(NewsEventsError, ValueError):
    """A model constructor was given a value that cannot be true.

    >>> from newsevents import Span
    >>> Span(start=5, end=2)
    Traceback (most recent call last):
    ...
    newsevents.errors.InvalidValueError: Span end must not precede its start: got start=5, end=2

    ``path`` says where in the object the bad value is, as field names and indexes
    (``("statistics", 0, "source")``); it is empty where no one field is to blame.
    ``from_dict`` adds it to the JSON path of the problem.
    """

    def __init__(self, message: str, *, path: tuple[str | int, ...] = ()) -> None:
        """Keep the message, and where the value is."""
        super().__init__(message)
        self.path = path


class Problem(NamedTuple):
    """One thing wrong with a piece of input data: where it is, and what was wrong.

    >>> Problem("$.meetings[0].when.start", "expected an ISO date, got '2022-13-01'")
    Problem(path='$.meetings[0].when.start', message="expected an ISO date, got '2022-13-01'")
    """

    path: str
    message: str

    def __str__(self) -> str:
        """The problem as one line, ``path: message``."""
        return f"{self.path}: {self.message}"


class DecodeError(NewsEventsError, ValueError):
    """Data given to ``from_json``, ``from_dict`` or ``read_jsonl`` could not be decoded.

    ``problems`` lists every problem found, each with its JSON path; ``line`` is the line
    number in a JSON Lines stream, where there is one.
    """

    def __init__(
        self,
        problems: tuple[Problem, ...] | list[Problem],
        *,
        what: str = "data",
        line: int | None = None,
    ) -> None:
        """Collect the problems into one error."""
        self.problems = tuple(problems)
        self.what = what
        self.line = line
        where = f" on line {line}" if line is not None else ""
        count = len(self.problems)
        head = f"cannot decode {what}{where}: {count} problem{'s' if count != 1 else ''}"
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems)]))


class EncodeError(NewsEventsError, TypeError):
    """A value given to ``to_dict``, ``to_json`` or ``to_jsonl`` cannot be written as asked.

    The converter writes a class it was configured for; a subclass in a field declared as
    its base would lose its own fields and class, so it is refused, never cut down.
    """


class TextInputError(NewsEventsError, TypeError):
    """A parser was given something that is not text.

    >>> from newsevents.errors import TextInputError
    >>> raise TextInputError("text", b"bytes")
    Traceback (most recent call last):
    ...
    newsevents.errors.TextInputError: text: expected a str, got bytes (decode bytes first)
    """

    def __init__(self, name: str, value: object) -> None:
        """Name the argument and the type that came instead of ``str``."""
        got = type(value).__name__
        hint = " (decode bytes first)" if isinstance(value, (bytes, bytearray)) else ""
        super().__init__(f"{name}: expected a str, got {got}{hint}")


class DateInputError(NewsEventsError, TypeError):
    """A parser was given a publication date that is not a ``pendulum.Date``.

    >>> from newsevents.errors import DateInputError
    >>> raise DateInputError("published", 20220419)
    Traceback (most recent call last):
    ...
    newsevents.errors.DateInputError: published: expected a pendulum.Date, got int
    """

    def __init__(self, name: str, value: object) -> None:
        """Name the argument and the type that came instead of ``pendulum.Date``."""
        got = type(value).__name__
        if isinstance(value, str):
            hint = " (read it with pendulum.parse(text).date())"
        elif type(value).__module__.startswith("pendulum") and hasattr(value, "date"):
            hint = " (a date and time: pass its .date())"
        elif all(hasattr(value, a) for a in ("year", "month", "day")):
            hint = " (make one with pendulum.Date(d.year, d.month, d.day))"
        else:
            hint = ""
        super().__init__(f"{name}: expected a pendulum.Date, got {got}{hint}")
