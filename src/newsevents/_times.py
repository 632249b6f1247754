"""Time expressions: find them in text and resolve them against a reference date."""

from __future__ import annotations

__all__ = ["find_times", "read_date"]

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pendulum

    from newsevents._mentions import TimeMention

# --- vocabulary -------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
"""Month names and the abbreviations news copy uses, lower case, to the month number."""

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?:{_MONTH_ALT})\.?"
_WEEKDAY_PREFIX = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"

DATE_PHRASE = re.compile(
    rf"""
    \s*{_WEEKDAY_PREFIX}
    (?:
        (?P<iso_y>\d{{4}})[-/](?P<iso_m>\d\d?)[-/](?P<iso_d>\d\d?)      # 1996-08-22
      | (?P<md_m>{_MONTH})\s*(?P<md_d>{_DAY})(?:,?\s*(?P<md_y>{_YEAR4}))? # April 18th, 2022
      | (?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH}),?(?:\s*(?P<dm_y>{_YEAR4}))? # 18 April
    )
    [\s.,;:–—-]*
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""One whole date phrase as a dateline writes it, nothing else around it."""


def _month_number(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _day_number(word: str) -> int:
    return int(word.rstrip("stndrhSTNDRH"))


def _valid(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    if month == 2:
        leap = year is None or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        return day <= (29 if leap else 28)
    return day <= (30 if month in {4, 6, 9, 11} else 31)


def read_date(text: str) -> tuple[int | None, int, int] | None:
    """Read one whole date phrase, as a dateline writes it, into ``(year, month, day)``.

    The year is None where the phrase gives none; the result is None where ``text`` is
    not just a date (surrounding spaces and trailing punctuation are allowed).

    >>> read_date("April 18th"), read_date("18 April 2022"), read_date("1996-08-22")
    ((None, 4, 18), (2022, 4, 18), (1996, 8, 22))
    >>> read_date("May I come in") is None
    True
    """
    match = DATE_PHRASE.fullmatch(text)
    if match is None:
        return None
    g = match.group
    year: int | None
    if g("iso_y"):
        year, month, day = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
    elif g("md_m"):
        month, day = _month_number(g("md_m")), _day_number(g("md_d"))
        year = int(g("md_y")) if g("md_y") else None
    else:
        month, day = _month_number(g("dm_m")), _day_number(g("dm_d"))
        year = int(g("dm_y")) if g("dm_y") else None
    if not _valid(year, month, day):
        return None
    return year, month, day


def find_times(text: str, *, reference: pendulum.Date | None = None) -> tuple[TimeMention, ...]:
    """Every time expression in ``text``, resolved against ``reference``."""
    raise NotImplementedError  # being written: issue 3
