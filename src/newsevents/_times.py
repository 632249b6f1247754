"""Time expressions: find them in text and resolve them against a reference date.

Every time expression holds a head word: a month, a weekday, "quarter", "year", a
four-digit year, a clock time. A cheap scan (``_heads``) finds the heads; at each,
the one big alternation of rules (``TIME_EXPRESSION``) is tried from the few words just
before it, so that "the end of last year" is read whole. Each alternative is a named
group with a rule function that says what it means. At a start, only the alternatives
that can open with its word are tried (after "the", with the word after it): the same
match, several times quicker.

The rules read the tense of the clause around a weekday or a month ("met on Thursday" is
the past Thursday, "are due to meet on Thursday" the coming one) and anchor relative
expressions ("a day later", "a year earlier") on the time named before them in the same
sentence, or on the reference date where there is none; days, weeks and months later
("two days later", "the following month") count from the time an earlier sentence named
where their own names none. The tense is read only where it changes the answer. Every
pattern is free of nested quantifiers and each start is tried once, so the scan runs in
linear time on any text.
"""

from __future__ import annotations

__all__ = ["find_times", "read_date"]

import datetime as dt
import functools
import re
import sys
from typing import TYPE_CHECKING, Any

import pendulum

from newsevents import _text
from newsevents._mentions import (
    _TIME_KIND,
    _TIME_SPAN,
    _TIME_TEXT,
    _TIME_WHEN,
    TimeKind,
    TimeMention,
)
from newsevents._model import Granularity, Span, TimeSpan, _unchecked_span
from newsevents.errors import InvalidValueError, TextInputError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

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

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tues": 1, "tue": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
"""Weekday names and abbreviations to ``date.weekday()`` numbers (Monday is 0)."""

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3, "many": 3,
}  # fmt: skip
"""Numbers in words, as durations and shifts use them; vague ones count as a few."""

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip

_UNIT_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9}  # fmt: skip
DAY_ORDINALS: dict[str, int] = {
    **_UNIT_ORDINALS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{word}": 20 + n for word, n in _UNIT_ORDINALS.items()},
    "thirty-first": 31,
}  # fmt: skip
"""The days of a month in words, as speech and some copy write them: "the fifth of May".
A hyphen in a key also stands for a space ("twenty first")."""

SEASONS = {"spring": "spring", "summer": "summer", "fall": "fall", "autumn": "autumn",
           "winter": "winter"}  # fmt: skip

HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year's eve": (12, 31), "new year's day": (1, 1), "valentine's day": (2, 14),
    "halloween": (10, 31), "independence day": (7, 4), "may day": (5, 1),
}  # fmt: skip
"""Holidays on a fixed day of the year; Thanksgiving and Election Day are reckoned in
``_rule_holiday``."""

_UNIT_GRANULARITY = {
    "day": Granularity.DAY, "week": Granularity.WEEK, "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER, "year": Granularity.YEAR,
    "decade": Granularity.DECADE, "century": Granularity.CENTURY,
}  # fmt: skip

_FINENESS = {g: i for i, g in enumerate(Granularity)}

_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
               "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
_DIGIT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
_DECADE_WORDS = {f"{word[:-1]}ies": tens for word, tens in _TENS_WORDS.items()}
"""The decades in words, to their tens: "the nineties" (of the 1900s)."""


def _alternation(words: Iterable[str], *, ending: str = "", bare: bool = False) -> str:
    """A regex alternation of ``words``, written as a trie: "jan(?:uary)?".

    The regex engine tries a trie one letter at a time instead of once per word; a space
    in a word matches any run of blanks. ``ending`` closes each branch of the first
    letter, so that every branch opens with its letter: the engine skips a branch whose
    letter is wrong at once, without entering it. ``bare`` leaves the branches of the
    first letter ungrouped, for the caller to join to branches of its own.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]], end: str = "") -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + emit(child) + end
            for char, child in sorted(node.items())
            if char
        ]
        if bare and node is root:
            return "|".join(branches)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body}|)" if "" in node else body  # "|)": see _without_repeats

    return emit(root, ending)


def _without_repeats(pattern: str) -> str:
    """``pattern`` with each optional group ``(?:X)?`` written ``(?:X|)``: the same matches.

    Both try ``X`` first and then nothing, but Python's regex engine runs a ``?`` on a
    group through its general repeat machinery, and an empty branch far more cheaply:
    the big pattern below, full of optional words, matches half again as fast. Escapes,
    character sets and lazy ``??`` are left alone; the pattern has no comments.
    """
    groups: list[int] = []  # where each open group starts
    rewrites: list[tuple[int, int]] = []  # (start, end) of each optional group
    i, size = 0, len(pattern)
    while i < size:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a set: skip to its end; "]" right after "[" or "[^" is a member
            i += 2 if pattern[i + 1 : i + 2] != "^" else 3
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            groups.append(i)
        elif char == ")":
            start = groups.pop()
            if (
                pattern[i + 1 : i + 2] == "?"
                and pattern[i + 2 : i + 3] not in {"?", "+"}
                and pattern.startswith(("(?:", "(?P<"), start)
            ):
                rewrites.append((start, i))
        i += 1
    # innermost last-opened first: a "(?:" put before a named group shifts what follows
    inserted: list[int] = []
    for start, close in sorted(rewrites, reverse=True):
        end = close + 3 * sum(1 for at in inserted if start < at <= close)
        group = pattern[start:end]  # without its ")"
        if pattern.startswith("(?:", start):
            pattern = f"{pattern[:start]}{group}|){pattern[end + 2 :]}"
        else:
            pattern = f"{pattern[:start]}(?:{group})|){pattern[end + 2 :]}"
            inserted.append(start)
    return pattern


# --- the date-phrase reader used by datelines ------------------------------------------

_MONTH = (
    rf"(?:{_alternation(m for m in MONTHS if len(m) > 4 or m in {'may', 'june', 'july'})}"
    rf"|{_alternation(m for m in MONTHS if len(m) <= 4 and m not in {'may', 'june', 'july'})}"
    r"\.?)"
)
_DATELINE_MONTH = rf"(?:{_alternation(MONTHS)})\.?"
"""A month in a dateline, where a whole line is a date: "May. 1" is May 1 there."""
_WEEKDAY = rf"(?:{_alternation(WEEKDAYS)})\.?"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+)?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"

DATE_PHRASE = re.compile(
    rf"""
    \s*{_WEEKDAY_PREFIX}
    (?:
        (?P<iso_y>\d{{4}})[-/](?P<iso_m>\d\d?)[-/](?P<iso_d>\d\d?)      # 1996-08-22
      | (?P<md_m>{_DATELINE_MONTH})\s*(?P<md_d>{_DAY})(?:,?\s*(?P<md_y>{_YEAR4}))? # April 18th
      | (?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_DATELINE_MONTH}),?(?:\s*(?P<dm_y>{_YEAR4}))?
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
    """Whether ``month`` of ``year`` has a day ``day``; with no year, Feb. 29 is allowed."""
    # 2000, a leap year, stands for an unknown year: every month at its longest
    return 1 <= month <= 12 and 1 <= day <= _month_length(2000 if year is None else year, month)


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


# --- the one pattern --------------------------------------------------------------------

_FULL_MONTH = (
    "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_FULL_WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SEASON = "(?:spring|summer|fall|autumn|winter)"
_TENS = _alternation(_TENS_WORDS)
_DIGITS = _alternation(_DIGIT_WORDS)
_NUM = (
    rf"(?:(?<![\w.,])\d+(?:\.\d+)?(?:\s+1/2)?|(?:{_TENS})[\s-](?:{_DIGITS})"
    rf"|{_alternation(NUMBER_WORDS)})"
)
_UNIT = "(?:year|month|week|day|hour|minute|second|decade|century|centuries|night)"
_PART = "(?:morning|afternoon|evening|night)"
_ORDINAL = _alternation(ORDINALS)
_DAY_WORD = "(?=[efnst])(?:{})".format(
    "|".join(word.replace("-", "[\\s-]") for word in sorted(DAY_ORDINALS, key=len, reverse=True))
)
# whole words, not a trie: ``_INNER_WORDS`` reads the words of the pattern; the first
# letters in a lookahead turn a digit away at once
_DAY_WORD_OPENERS = " ".join(sorted({word.split("-")[0] for word in DAY_ORDINALS}))
_AND_DAY = r"(?:\s+(?:and|or|to|through)\s+|\s*[-–&]\s*)"
"""What joins two days of one month: "May 14 and 15", "May 3-5"."""
_NOT_A_YEAR_OR_DAY = r"(?!\d|[.,:]\d)"

_YEAR_WORDS = rf"nineteen[\s-](?:{_TENS})(?:[\s-](?:{_DIGITS}))?(?!\w)"
"""A year of the 1900s in words, as broadcast transcripts write it: "nineteen ninety-four"."""

_ZONE = (
    r"(?:(?:est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|mt|pt|gmt|utc|bst|cet|cest)(?!\w)"
    r"|local\s+time)"
)
_MODIFIER = r"""
    (?P<mod>
        the\s+(?:very\s+)?(?:end|beginning|start|middle|close|rest|remainder|latter\s+part
            |early\s+part|first\s+part|second\s+part)\s+of\s+
      | (?:the\s+)?(?:early|earlier|late|later|mid)(?:-|\s+)(?:in\s+)?
      | (?:end|start)-
    )?
"""

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTH_WORDS = " ".join(MONTHS)
_WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday"
_WEEKDAY_PLURALS = " ".join(f"{day}s" for day in _WEEKDAY_NAMES.split())
_SEASON_NAMES = " ".join(SEASONS)
_DECADE_NAMES = " ".join(_DECADE_WORDS)
_NUMBER_OPENERS = " ".join(sorted({word.split()[0] for word in NUMBER_WORDS} | set(_TENS_WORDS)))
_SET_OPENERS = f"biweekly {_NUMBER_OPENERS} {_WEEKDAY_PLURALS}"

_ALTERNATIVES: dict[str, tuple[str, str]] = {
    "clock": (
        "noon midnight midday 0",
        rf"""
        (?P<clock>
            (?:(?<![\d.,:])\d{{1,2}}(?::[0-5]\d)?
               (?:\s*(?:a\.m\.|p\.m\.|am|pm)(?![\w])(?:\s+{_ZONE})?
                | \s+(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening)(?!\w))
             | (?<![\d.,:])(?:[01]\d|2[0-3]):?[0-5]\d\s+{_ZONE}
             | noon(?:\s+{_ZONE})? | midnight(?:\s+{_ZONE})? | midday))""",
    ),
    "iso": (
        "0",
        r"""
        (?P<iso>(?<![\w.-])\d{4}-\d\d-\d\d(?![\w-]))""",
    ),
    "numeric": (
        "0",
        r"""
        (?P<numeric>(?<![\w./])(?P<num_m>\d{1,2})/(?P<num_d>\d{1,2})/(?P<num_y>\d{4}|\d\d)
            (?![\w/]))""",
    ),
    "holiday": (
        "christmas easter election good halloween independence may new thanksgiving valentine",
        rf"""
        (?P<holiday>thanksgiving(?:\s+day)?|election\s+day|good\s+friday
          | easter(?:\s+(?P<easter>sunday|monday|week))?(?!\s+(?:island|rising|egg|bunny))
          | {_alternation(HOLIDAYS)})""",
    ),
    "md": (
        f"the {_WEEKDAY_NAMES} {_MONTH_WORDS}",
        rf"""
        (?P<md>(?P<md_week>the\s+week\s+of\s+)?(?:{_FULL_WEEKDAY},?\s+)?(?:the\s+)?
            (?P<md_m>{_MONTH})
            (?:\s*(?P<md_d>{_DAY}){_NOT_A_YEAR_OR_DAY}
               (?:(?P<md_and>{_AND_DAY})(?P<md_d2>{_DAY}){_NOT_A_YEAR_OR_DAY})?
             | \s+(?P<md_the>the\s+)?(?P<md_dw>{_DAY_WORD})(?![\w-])(?(md_the)|(?!\s+[a-z])))
            (?:,?\s*(?P<md_y>{_YEAR4})(?!\d))?)""",
    ),
    "dm": (
        f"0 the {_WEEKDAY_NAMES} {_DAY_WORD_OPENERS}",
        rf"""
        (?P<dm>(?<![\w.,])(?:{_FULL_WEEKDAY},?\s+)?(?:the\s+)?
            (?:(?P<dm_d>{_DAY})(?:(?P<dm_and>{_AND_DAY})(?:the\s+)?(?P<dm_d2>{_DAY}))?\s+(?:of\s+)?
             | (?P<dm_dw>{_DAY_WORD})(?:\s+day)?\s+of\s+)
            (?P<dm_m>{_MONTH})(?:,?\s*(?P<dm_y>{_YEAR4})(?!\d))?)""",
    ),
    "my": (
        _MONTH_WORDS,
        rf"""
        (?P<my>(?P<my_m>{_MONTH}),?\s+(?:of\s+)?
            (?:(?P<my_y>{_YEAR4})(?!\d)|(?P<my_yw>{_YEAR_WORDS})))""",
    ),
    "mrel": (
        _MONTH_NAMES,
        rf"""
        (?P<mrel>(?P<mrel_m>{_FULL_MONTH})\s+(?P<mrel_w>this|last|next)\s+year)""",
    ),
    "quarter": (
        "0 the this last next fiscal q h first second third fourth final latter",
        rf"""
        (?P<quarter>(?:the\s+)?
            (?:(?P<q_y>{_YEAR4})\s+|(?P<q_rel>this|last|next)\s+year'?s\s+)?
            (?:fiscal\s+)?(?P<q_n>{_ORDINAL})(?:\s+|-)(?:fiscal\s+)?(?P<q_u>quarter|half)
            (?:\s+of\s+(?:(?:fiscal\s+)?(?P<q_y2>{_YEAR4})|(?P<q_rel2>this|last|next|the)\s+year)
              |,?\s+(?P<q_y4>{_YEAR4})(?!\d))?
          | (?:the\s+)?(?:last|final|latter)\s+(?P<q_last>quarter|half)\s+of\s+(?:fiscal\s+)?
            (?P<q_y5>{_YEAR4})(?!\d)
          | (?P<q_q>[qh][1-4])(?:\s*|-)(?P<q_y3>{_YEAR4})?)""",
    ),
    "fiscal": (
        "the fiscal fy current next last previous coming past latest most",
        rf"""
        (?P<fiscal>(?:the\s+)?(?:fiscal|fy)(?:\s+year)?\s*(?P<fy>{_YEAR4}|'?\d\d)(?!\d)
          | (?:the\s+)?(?P<fy_w>current|next|last|previous|coming|past|latest|most\s+recent)
            \s+fiscal\s+year
          | the\s+fiscal\s+year)""",
    ),
    "fin": (
        "the last this",
        rf"""
        (?P<fin>the\s+(?:latest|current|recent|most\s+recent|comparable|same|year-ago
            |year-earlier|prior-year|year-before)\s+(?:quarter|period|three\s+months)
          | the\s+quarter
          | the\s+(?P<fin_y>{_YEAR4})\s+quarter
          | (?P<fin_ly>last|this)\s+year'?s\s+(?:quarter|period))""",
    ),
    "ya": (
        "the year prior",
        r"""
        (?P<ya>(?:the\s+)?(?:year-earlier|year-ago|prior-year|year-before)
            (?:\s+(?:quarter|period))?)""",
    ),
    "decade": (
        f"0 ' the {_DECADE_NAMES}",
        r"""
        (?P<decade>(?:the\s+)?(?:(?P<dec_y>1\d\d0|20\d0)'?s|['’](?P<dec_2>\d0)s
            |(?P<dec_w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))
            (?!\w))""",
    ),
    "century": (
        "0 the twenty twentieth nineteenth eighteenth seventeenth sixteenth",
        r"""
        (?P<century>(?:the\s+)?(?P<cent>\d{1,2}(?:st|nd|rd|th)|twenty-first|twentieth
            |nineteenth|eighteenth|seventeenth|sixteenth)\s+century)""",
    ),
    "season": (
        _SEASON_NAMES,
        rf"""
        (?P<season>(?P<sea_s>{_SEASON})(?:\s+of)?,?\s+
            (?:(?P<sea_y>{_YEAR4})(?!\d)|(?P<sea_yw>{_YEAR_WORDS})))""",
    ),
    "amount": (
        "0 the past last next first previous coming following final remaining latest initial more"
        " less nearly almost about around roughly at up over some another just "
        + _NUMBER_OPENERS,
        rf"""
        (?P<amount>(?P<amt_lead>(?:the\s+)?(?:past|last|next|first|previous|coming|following
            |final|remaining|latest|initial)\s+)?
            (?:(?:more\s+than|less\s+than|nearly|almost|about|around|roughly|at\s+least
              |up\s+to|over|some|another|just)\s+)?
            (?P<amt_n>{_NUM})[\s-]+(?P<amt_u>{_UNIT})s?(?!\w)(?P<amt_old>-old)?(?:-long)?
            (?:\s+or\s+so)?
            (?:\s+(?P<amt_dir>ago|earlier|later|before|after|from\s+now|hence|previously
              |prior)(?!\w))?)""",
    ),
    "nthday": (
        "the",
        rf"""
        (?P<nthday>the\s+(?P<nth>{_DAY_WORD}|\d{{1,3}}(?:st|nd|rd|th))\s+
            (?P<nth_streak>(?:straight|consecutive|successive)\s+)?day(?!\w)
            (?!\s+of\s+(?:the\s+|this\s+|that\s+|next\s+|last\s+)?(?:week|month|year)))""",
    ),
    "ordday": (
        "the",
        r"""
        (?P<ordday>the\s+(?P<od>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?!\w))""",
    ),
    "anchored": (
        "the day week month year night morning that over",
        rf"""
        (?P<anchored>(?:the\s+)?(?P<anc_u>day|week|month|year|night|morning)\s+
            (?P<anc_d>before|after)(?:\s+(?P<anc_y>yesterday|tomorrow))?(?!\w)
          | the\s+(?P<anc_w>next|following|previous|preceding|prior|same)\s+
            (?P<anc_u2>day|week|month|year|morning|afternoon|evening|night|weekend
              |{_FULL_WEEKDAY})(?!\w)
          | (?P<anc_that>that|(?(mod)the|(?!)))\s+(?P<anc_u3>day|week|month|quarter|year)(?!\w)
          | the\s+(?:(?:full|whole|entire)\s+)?(?P<anc_year>year)(?!\w)
            (?!\s+(?:\d|two\s+thousand|of\s+the\s))
          | (?P<weekend>(?:over\s+)?(?:the|that)\s+weekend)(?!\w)
          | (?P<yearend>(?:the\s+)?(?:year-end|year\s+end|year's\s+end)(?!\w)))""",
    ),
    "rel": (
        "the this last next past coming current",
        rf"""
        (?P<rel>(?:the\s+)?(?P<rel_w>this\s+past|this\s+coming|last|this|next|past|coming
            |current)\s+(?P<rel_u>weekend|week|month|quarter|year|decade|century|{_SEASON}
            |{_FULL_MONTH}|{_FULL_WEEKDAY}|{_PART})(?!\w))""",
    ),
    "deictic": (
        "today tonight yesterday tomorrow overnight",
        rf"""
        (?P<deictic>(?P<dei>today|tonight|yesterday|tomorrow|overnight)
            (?:\s+(?P<dei_p>{_PART}))?(?!\w))""",
    ),
    "part": (
        "this that the morning afternoon evening night",
        rf"""
        (?P<part>(?:(?:this|that|the)\s+|(?(mod)|(?!)))(?P<part_p>{_PART})(?!\w))""",
    ),
    "set": (
        f"0 every each once twice daily weekly monthly yearly hourly nightly {_SET_OPENERS}",
        rf"""
        (?P<set>(?:every|each)\s+(?:other\s+|single\s+)?(?:{_FULL_WEEKDAY}|{_FULL_MONTH}
            |day|week|month|year|quarter|weekend|{_PART}|{_SEASON}|hour|minute)(?!\w)
          | (?:once|twice|(?:{_NUM})\s+times)\s+(?:a|an|per|each|every)\s+
            (?:day|week|month|year|quarter|decade)(?!\w)
          | (?:daily|weekly|monthly|yearly|hourly|nightly|biweekly)(?!\w)
          | {_FULL_WEEKDAY}s(?!\w))""",
    ),
    "weekday": (
        _WEEKDAY_NAMES,
        rf"""
        (?P<weekday>(?P<wd>{_FULL_WEEKDAY})(?:\s+(?P<wd_p>{_PART}))?(?!\w))""",
    ),
    "month": (
        _MONTH_NAMES,
        rf"""
        (?P<month>(?P<mo>{_FULL_MONTH})(?!\w))""",
    ),
    "bareseason": (
        _SEASON_NAMES,
        rf"""
        (?P<bareseason>(?P<bs>{_SEASON})(?!\w))""",
    ),
    "year": (
        "0 ' nineteen the",
        rf"""
        (?P<year>(?<![\w$£€.,/])(?:(?P<y4>\d{{4}})(?![\w%]|[.,]\d)|['’](?P<y2>\d\d)(?!\w))
          | nineteen[\s-](?P<y_t>{_TENS})(?:[\s-](?P<y_d>{_DIGITS}))?(?!\w)
          | the\s+year\s+two\s+thousand(?!\s+and))""",
    ),
    "vague": (
        "now currently recently nowadays lately the in recent these",
        r"""
        (?P<vague>now|currently|recently|nowadays|lately
          | the\s+(?:near\s+|distant\s+|foreseeable\s+)?future
          | the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six))
          | (?:in\s+)?recent\s+(?:years|months|weeks|days|times)
          | these\s+days | the\s+coming\s+(?:days|weeks|months|years))""",
    ),
}  # fmt: skip
"""Each alternative of ``TIME_EXPRESSION``, in the order they are tried, by the name of
its rule: the words an expression of it can open with ("0" for a digit, "'" for an
apostrophe before a digit), and its pattern. ``_expression_for`` tries only the
alternatives that can open with the word at hand; ``tests/test_times.py`` checks, from
each pattern, that no word it can open with is missing."""

_LEAD = r"(?<![\w'’])" + _MODIFIER
_TAIL = (
    r"(?!\w|-(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mon|tue|wed|thu|fri|sat|sun))[a-z])"
)
"""No expression ends inside a word or before a hyphen and a word ("third-quarter"),
unless that word is a month or a weekday: "Oct. 30-Nov. 2", "Monday-Friday"."""

_TIME_EXPRESSION = rf"""
    {_LEAD}
    (?:{"|".join(pattern for _openers, pattern in _ALTERNATIVES.values())}
    )
    {_TAIL}
    """
TIME_EXPRESSION = re.compile(_without_repeats(_TIME_EXPRESSION), re.VERBOSE)
"""Every time expression the rules know, as one alternation tried left to right, in
lower-case text."""
_TIME_EXPRESSION_ANY_CASE = re.compile(TIME_EXPRESSION.pattern, re.IGNORECASE | re.VERBOSE)

_TAKES_MODIFIER = frozenset(
    {"md", "dm", "my", "mrel", "quarter", "fiscal", "decade", "century", "season", "rel",
     "deictic", "part", "weekday", "month", "bareseason", "year", "anchored", "holiday", "iso"}
)  # fmt: skip
"""Rules whose expressions take "early", "mid-" or "the end of" as part of their span."""

_FUTURE_WORDS = (
    "will", "'ll", "’ll", "shall", "would", "going to", "due", "scheduled", "slated",
    "set to", "plan to", "plans to", "planned", "planning", "expect", "expects", "expected",
    "hope to", "hopes to", "intend", "intends", "aim to", "aims to", "to be", "is to", "are to",
    "upcoming", "as soon as", "as early as", "could", "might", "until", "till", "tomorrow",
    # a plan in the present, as news writes what is set: "the two leaders meet Monday"
    # (verbs that are seldom nouns: not "vote", "visit" or "face")
    "meet", "meets", "visits", "begin", "begins", "resume", "resumes", "arrive", "arrives",
    "travels",
)  # fmt: skip
_PAST_WORDS = (
    "said", "says", "told", "was", "were", "had", "did", "been", "met", "went", "came",
    "took", "gave", "made", "found", "left", "sent", "began", "rose", "fell", "won", "lost",
    "held", "saw", "spoke", "became", "brought", "bought", "sold", "paid", "struck", "got",
    "ran", "led", "kept", "thought", "wrote", "drew", "broke", "chose", "flew", "grew",
    "knew", "shot", "stood", "fought", "caught", "sought", "spent", "built", "ago",
    "yesterday", "last", "earlier",
    # a plan told in the past perfect looks back: "the bid had been due to lapse on
    # Friday" is the Friday gone (one cue, read before "due" alone)
    "had been due", "had been scheduled", "had been slated", "had been set", "had been expected",
    "had been supposed", "had planned", "had expected", "had hoped", "had intended",
)  # fmt: skip
_ED_LISTED = ("agreed", "disagreed", "freed", "guaranteed")
"""Verbs in "-ed" with an "e" before the ending, which the shape of ``_ED_WORD`` leaves out."""
_ED_WORD = rf"(?:[a-z]{{2,}}[a-df-z]ed|{_alternation(_ED_LISTED)})"
"""A verb in "-ed", as the past and participles write it; not "succeed", "proceed",
"exceed" or "indeed", which only look like one ("will succeed" looks ahead)."""
_REFUSING = ("could", "would")
_NEGATION = r"(?:\s+not|n['’]t)"
_REFUSED = rf"(?:{'|'.join(_REFUSING)}){_NEGATION}"
"""What could not be done looks back, not ahead: "he could not be reached on Friday",
"officials would not say Tuesday whether ..."."""
TENSE_CUE = re.compile(
    rf"\b(?:(?P<refused>{_REFUSED})|(?P<future>{_alternation(_FUTURE_WORDS)})"
    rf"|(?P<participle>be(?:en|ing)?\s+(?:{_alternation(_PAST_WORDS)}|(?-i:{_ED_WORD})))"
    rf"|(?P<past>{_alternation(_PAST_WORDS)}|(?-i:{_ED_WORD})))\b",
    re.IGNORECASE,
)
"""Words that show whether a clause speaks of what is to come or what has been; a
participle after "be" ("will be held") takes its tense from the auxiliary."""
_LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_CUE_KINDS: list[str] = [""]
"""The kind of tense cue each group of ``_TENSE_CUE_LOWER`` closes, by its number."""


def _cue_branches() -> str:
    """``TENSE_CUE``'s alternatives for lower-case text, in one branch per first character.

    Under each character come the alternatives that open with it, in ``TENSE_CUE``'s
    order, each closed by an empty group that ``_CUE_KINDS`` names: the regex engine
    turns a branch away by its character at once, where it would enter each of six
    named groups at every word.
    """
    cues = [  # each kind, the words it opens with and what follows them
        ("refused", _REFUSING, _NEGATION),
        ("future", _FUTURE_WORDS, ""),
        ("participle", ("be",), rf"(?:en|ing|)\s+{_alternation(_PAST_WORDS)}"),
        ("participle_ed", ("be",), rf"(?:en|ing|)\s+{_ED_WORD}"),
        ("past", _PAST_WORDS, ""),
        ("past_ed", _LOWER_LETTERS, r"[a-z]+[a-df-z]ed"),  # ``_ED_WORD``'s shape
        ("past_ed", _ED_LISTED, ""),
    ]
    branches = []
    for char in sorted({*_LOWER_LETTERS, "'", "’"}):
        body = []
        for kind, words, after in cues:
            rests = [word[1:] for word in words if word[0] == char]
            if rests:
                _CUE_KINDS.append(kind)
                body.append(f"(?:{_alternation(rests)}{after})()")
        branches.append(re.escape(char) + "(?:" + "|".join(body) + ")")
    return "|".join(branches)


_TENSE_CUE_LOWER = re.compile(rf"\b(?:{_cue_branches()})\b")
"""``TENSE_CUE`` for lower-case text, several times quicker: one branch per first
character, which the regex engine rejects at once, and the kind of cue in the number of
the group that closes last (``_CUE_KINDS``). Case does matter for the words in "-ed" (a
name such as "Ahmed" is no verb), so these are kinds of their own ("past_ed",
"participle_ed"), for ``_cues`` to check against the text as written."""
_QUARTERLY = re.compile(r"quarter|period|three\s+months", re.IGNORECASE)
_CLOCK_CONTEXT = re.compile(
    r"\b(?:at|by|until|till|before|after|around|about|from|since|to|past|near)\s+$",
    re.IGNORECASE,
)
_DAY_AFTER = re.compile(
    rf"[\s,]+(?:on\s+)?(?:{_FULL_WEEKDAY}|today|tomorrow|yesterday|tonight|{_MONTH}\s*\d)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")
_PLANNED = re.compile(
    r"['’]s\s+(?:planned|upcoming|scheduled|proposed|expected|forthcoming|impending"
    r"|anticipated|coming)\b",
    re.IGNORECASE,
)
"""A possessive followed by a word that puts the event ahead: "Thursday's planned talks"."""
_CLAUSE_BREAK = re.compile(
    r"[.!?;:\n\"“”()']"
    r"(?:(?<=[!?;:])\s"
    r"|(?<=\.)(?<![\s.(][A-Za-z]\.)(?<!Mr\.)(?<!Ms\.)(?<!Mrs\.)(?<!Dr\.)(?<!Gen\.)(?<!Sen\.)"
    r"(?<!Rep\.)(?<!Gov\.)(?<!Lt\.)(?<!Col\.)(?<!St\.)\s(?![a-z0-9])"
    r"|(?<=\n)(?<![a-z0-9,%]\n)|(?<=[\"“”()])|(?<=')')"
)
"""Where a clause ends: a stop or colon before a space, a line end, a quotation mark or
bracket, two apostrophes. A full stop after one letter ("a.m.", "U.S.", an initial) or
a title ("Gen.") ends no clause, nor one before a small letter or a digit ("Sept. 30"):
"a deadline of 9 a.m. Tuesday" is one clause. A line end after a lower-case word, a
number or a comma is hard-wrapped copy ("will gather in" at a line's end,
"Lima on Friday" on the next), and no break; a blank line always is. It opens
with a set of characters, which the regex engine skips ahead to quickly."""
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])|(?<=\n)\s*\n)")
"""Where a sentence ends; it opens with a set of characters, which the regex engine
skips ahead to quickly."""
_MAY_MARCH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|to|through|of|during|before|after|last|this|next"
    r"|and|or|between|early|late|mid|on|for|that|each|every|the)[\s-]+|mid-)$",
    re.IGNORECASE,
)
_OLD_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|by|until|till|from|to|through|of|during|before|after|around|circa|c\.)"
    r"\s+$",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"\s*(?:%|percent|per\s*cent|pct|points?|people|persons|troops|soldiers|men|women"
    r"|children|workers|jobs|shares|units|tons|tonnes|barrels|cars|homes|members"
    r"|students|employees|feet|meters|metres|miles|kilometers|kilometres|dollars|dlrs"
    r"|yen|marks|francs|pounds|euros|cases|votes|deaths|copies|acres)\b",
    re.IGNORECASE,
)


# --- resolution helpers -----------------------------------------------------------------

PAST, NEUTRAL, FUTURE = -1, 0, 1


_HEDGES = frozenset({"would", "could", "might", "until", "till", "hope", "hopes"})
"""Future cues too weak to put a thing already named ahead: "ways to soften
Tuesday's verdict" may follow "would look for"."""


def _cues(window: str) -> Iterator[tuple[str, str]]:
    """The tense cues in ``window``, left to right, as ``TENSE_CUE`` finds them.

    Each comes as its kind ("future", "participle", "past") and its words in lower case.
    """
    lowered = window.lower()
    if len(lowered) != len(window):  # "İ" lowers to two characters
        for each in TENSE_CUE.finditer(window):
            yield each.lastgroup or "", each.group().lower()
        return
    pos = 0
    while (cue := _TENSE_CUE_LOWER.search(lowered, pos)) is not None:
        kind = _CUE_KINDS[cue.lastindex or 0]
        if kind.endswith("_ed"):
            kind = kind[:-3]
            if window[cue.start() : cue.end()] != lowered[cue.start() : cue.end()]:
                # a capital in a word in "-ed": let the case-aware pattern decide here
                found = TENSE_CUE.search(window, cue.start())
                if found is None:
                    return
                cue, kind = found, found.lastgroup or ""
        yield kind, lowered[cue.start() : cue.end()]
        pos = cue.end()


def _tense(text: str, start: int, end: int, *, firm: bool = False) -> int:
    """Whether the clause around ``text[start:end]`` looks back (-1) or ahead (+1).

    The nearest tense cue before the expression, in its clause, decides; failing one,
    the first cue after it does: "met on Thursday" looks back, "are due to meet on
    Thursday" ahead. Where ``firm``, only the cues before count, hedges ("would")
    not among them.
    """
    window = text[max(0, start - 90) : start]
    cut = 0
    for brk in _CLAUSE_BREAK.finditer(window):
        cut = brk.end()
    if cut:
        window = window[cut:]
    last = _last_cue(window, firm=firm)
    if last is None and not firm:
        after = text[end : end + 90]
        stop = _CLAUSE_BREAK.search(after)
        if stop is not None:
            after = after[: stop.start()]
        last = _first_cue(after)
    if last is None:
        return NEUTRAL
    return FUTURE if last == "future" else PAST


def _last_cue(window: str, *, firm: bool) -> str | None:
    """The kind of the last cue in ``window`` that says a tense, as ``_cues`` reads them.

    A participle says none; where ``firm``, neither does a hedge. One ``finditer`` over
    the lower-case window where that reads as ``_cues`` does, which is always but where
    a word in "-ed" has a capital: there ``_cues`` itself decides.
    """
    lowered = window.lower()
    if len(lowered) != len(window):
        return _last_of_cues(window, firm=firm)
    last = None
    cased = lowered != window
    for cue in _TENSE_CUE_LOWER.finditer(lowered):
        kind = _CUE_KINDS[cue.lastindex or 0]
        if kind[-3:] == "_ed":
            if cased and window[cue.start() : cue.end()] != cue.group():
                return _last_of_cues(window, firm=firm)
            kind = kind[:-3]
        if kind != "participle" and not (firm and cue.group() in _HEDGES):
            last = kind
    return last


def _last_of_cues(window: str, *, firm: bool) -> str | None:
    """``_last_cue`` the long way, through ``_cues``."""
    last = None
    for kind, words in _cues(window):
        if kind != "participle" and not (firm and words in _HEDGES):
            last = kind
    return last


def _first_cue(window: str) -> str | None:
    """The kind of the first cue in ``window`` that says a tense (no participle)."""
    lowered = window.lower()
    if len(lowered) == len(window):
        cased = lowered != window
        for cue in _TENSE_CUE_LOWER.finditer(lowered):
            kind = _CUE_KINDS[cue.lastindex or 0]
            if kind[-3:] == "_ed":
                if cased and window[cue.start() : cue.end()] != cue.group():
                    break  # a capital in a word in "-ed": let ``_cues`` decide
                kind = kind[:-3]
            if kind != "participle":
                return kind
        else:
            return None
    for kind, _words in _cues(window):
        if kind != "participle":
            return kind
    return None


# Spans are frozen, and a story names the same few days, months and years again and
# again: each is built once (with its validators) and then shared.
_SPAN_CACHE = 4096


def _day(date: pendulum.Date) -> TimeSpan:
    """The one day ``date``, as ``TimeSpan.day`` has it."""
    return _day_by_number(date.toordinal())


@functools.lru_cache(maxsize=_SPAN_CACHE)
def _day_by_number(day_number: int) -> TimeSpan:
    return TimeSpan.day(pendulum.Date.fromordinal(day_number))


_month_span = functools.lru_cache(maxsize=_SPAN_CACHE)(TimeSpan.month)
_quarter_span = functools.lru_cache(maxsize=_SPAN_CACHE)(TimeSpan.quarter)
_half_year_span = functools.lru_cache(maxsize=_SPAN_CACHE)(TimeSpan.half_year)
_year_span = functools.lru_cache(maxsize=_SPAN_CACHE)(TimeSpan.year)
_decade_span = functools.lru_cache(maxsize=_SPAN_CACHE)(TimeSpan.decade)
_century_span = functools.lru_cache(maxsize=_SPAN_CACHE)(TimeSpan.century)
_season_span = functools.lru_cache(maxsize=_SPAN_CACHE)(TimeSpan.season)


def _plus_days(date: pendulum.Date, days: int) -> pendulum.Date:
    """``date`` moved by ``days``: by day number, several times quicker than ``add``."""
    return pendulum.Date.fromordinal(date.toordinal() + days)


def _week(date: pendulum.Date) -> TimeSpan:
    """The ISO week (Monday to Sunday) that holds ``date``, as ``TimeSpan.week`` has it.

    Built by day number: ``TimeSpan.week`` goes through pendulum's slower arithmetic, and
    weeks are common ("last week", "this week").
    """
    return _week_by_monday(date.toordinal() - date.weekday())


@functools.lru_cache(maxsize=_SPAN_CACHE)
def _week_by_monday(monday: int) -> TimeSpan:
    return TimeSpan(
        start=pendulum.Date.fromordinal(monday),
        end=pendulum.Date.fromordinal(monday + 6),
        granularity=Granularity.WEEK,
    )


def _day_from(date: pendulum.Date, days: int) -> TimeSpan:
    """The day ``days`` after ``date`` (before it, where negative), by day number."""
    return _day_by_number(date.toordinal() + days)


def _weekday_day(ref: pendulum.Date, weekday: int, direction: int, *, strict: bool) -> TimeSpan:
    """The ``weekday`` nearest ``ref`` in ``direction``, ``ref`` itself allowed unless strict."""
    sign = 1 if direction >= 0 else -1
    days = sign * (weekday - ref.weekday()) % 7
    if strict and days == 0:
        days = 7
    return _day_from(ref, sign * days)


_TENSE_REACH_DAYS = 75
"""How far ahead or back the nearest reading may lie before the clause's tense decides."""


@functools.lru_cache(maxsize=_SPAN_CACHE)
def _pick_year(ref: pendulum.Date, month: int, day: int | None, tense: int) -> int | None:
    """The year that puts ``month`` (and ``day``) nearest ``ref``, as the tense allows.

    Where the nearest lies further than ``_TENSE_REACH_DAYS`` away and against the
    clause's tense, the nearest on the tense's side wins: "profit fell in March", written
    in October, is the March just gone.
    """
    nearest: tuple[int, int] | None = None
    nearest_by_tense: tuple[int, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if day is not None and not _valid(year, month, day):
            continue
        if day is None:
            first = pendulum.Date(year, month, 1)
            last = pendulum.Date(year, month, _month_length(year, month))
        else:
            first = last = pendulum.Date(year, month, day)
        if first <= ref <= last:
            return year
        day_number = ref.toordinal()
        distance = min(abs(first.toordinal() - day_number), abs(last.toordinal() - day_number))
        if nearest is None or distance < nearest[1]:
            nearest = (year, distance)
        agrees = (tense == FUTURE and first > ref) or (tense == PAST and last < ref)
        if agrees and (nearest_by_tense is None or distance < nearest_by_tense[1]):
            nearest_by_tense = (year, distance)
    if nearest is None:
        return None
    if nearest_by_tense is not None and nearest[1] > _TENSE_REACH_DAYS:
        return nearest_by_tense[0]
    return nearest[0]


def _year_in_clause(
    ctx: _Context, m: re.Match[str], ref: pendulum.Date, month: int, day: int | None
) -> int | None:
    """``_pick_year`` with the tense of the clause around ``m``, read only where it matters.

    Most months a story names lie close to its date, where the nearest year wins
    whatever the tense: the clause is read only where the tenses pick different years.
    """
    years = _years_by_tense(ref, month, day)
    if not isinstance(years, tuple):  # every tense picks the same year
        return years
    return years[_tense(ctx.text, m.start(), m.end()) + 1]


@functools.lru_cache(maxsize=_SPAN_CACHE)
def _years_by_tense(
    ref: pendulum.Date, month: int, day: int | None
) -> int | tuple[int | None, int | None, int | None] | None:
    """The year ``_pick_year`` picks for each tense, as one call.

    One year where all three agree, else the picks looking back, neutral and ahead, in
    that order (indexed by tense + 1).
    """
    back, neutral, ahead = (_pick_year(ref, month, day, tense) for tense in (PAST, NEUTRAL, FUTURE))
    if back == ahead == neutral:
        return back
    return (back, neutral, ahead)


def _unit_span(date: pendulum.Date, granularity: Granularity) -> TimeSpan:
    """The stretch of the calendar of ``granularity`` that holds ``date``."""
    y = date.year
    if granularity is Granularity.DAY:
        return _day(date)
    if granularity is Granularity.WEEK:
        return _week(date)
    if granularity is Granularity.MONTH:
        return _month_span(y, date.month)
    if granularity is Granularity.QUARTER:
        return _quarter_span(y, (date.month - 1) // 3 + 1)
    if granularity is Granularity.HALF_YEAR:
        return _half_year_span(y, 1 if date.month <= 6 else 2)
    if granularity is Granularity.SEASON:
        months = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring",
                  5: "spring", 6: "summer", 7: "summer", 8: "summer"}  # fmt: skip
        season = months.get(date.month, "fall")
        return _season_span(y - 1 if date.month < 3 else y, season)
    if granularity is Granularity.YEAR:
        return _year_span(y)
    if granularity is Granularity.DECADE:
        return _decade_span(y)
    return _century_span(y)


def _month_length(year: int, month: int) -> int:
    """How many days ``month`` of ``year`` has."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in {4, 6, 9, 11} else 31


def _plus_months(date: pendulum.Date, months: int) -> pendulum.Date:
    """``date`` moved by whole months, its day cut to the month's last as ``add`` does it.

    By month number: several times quicker than pendulum's ``add(months=...)``.
    """
    year, month = divmod(date.year * 12 + date.month - 1 + months, 12)
    return pendulum.Date(year, month + 1, min(date.day, _month_length(year, month + 1)))


_MONTHS_IN = {"month": 1, "quarter": 3, "decade": 120, "century": 1200}


def _shift(date: pendulum.Date, unit: str, count: int) -> pendulum.Date:
    """``date`` moved by ``count`` (negative: back) of ``unit``."""
    if unit in {"day", "night"}:
        return _plus_days(date, count)
    if unit == "week":
        return _plus_days(date, 7 * count)
    return _plus_months(date, _MONTHS_IN.get(unit, 12) * count)


def _number(word: str) -> int | None:
    """The whole number a duration's count stands for, or None for one past reckoning."""
    word = " ".join(word.lower().split())
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    parts = re.split(r"[\s-]", word)
    if len(parts) == 2 and parts[0] in _TENS_WORDS and parts[1] in _DIGIT_WORDS:
        return _TENS_WORDS[parts[0]] + _DIGIT_WORDS[parts[1]]
    try:
        value = float(word.split()[0])
    except ValueError:
        return None
    if value != int(value) or value > 10_000:
        return None
    return int(value)


def _weekend(date: pendulum.Date) -> TimeSpan:
    """The Saturday and Sunday of the ISO week that holds ``date``, known to the day."""
    saturday = _plus_days(date, 5 - date.weekday())
    return TimeSpan(start=saturday, end=_plus_days(saturday, 1), granularity=Granularity.DAY)


def _election_day(year: int) -> pendulum.Date:
    """The Tuesday after the first Monday of November: US Election Day."""
    first = pendulum.Date(year, 11, 2)
    return first.add(days=(1 - first.weekday()) % 7)


def _easter(year: int) -> pendulum.Date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return pendulum.Date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


def _thanksgiving(year: int) -> pendulum.Date:
    """The fourth Thursday of November: US Thanksgiving."""
    first = pendulum.Date(year, 11, 1)
    return first.add(days=(3 - first.weekday()) % 7 + 21)


# --- the rules --------------------------------------------------------------------------


class _Context:
    """What the rules need while reading one text: the reference and the anchors so far."""

    __slots__ = ("_anchor", "all_lower", "last", "quarter", "reference", "stretches", "text")

    def __init__(self, text: str, reference: pendulum.Date | None) -> None:
        self.text = text
        self.reference = reference
        self.all_lower = text.islower()
        """Whether the text is all lower case, so that case says nothing about names."""
        self._anchor: TimeSpan | None = None
        self.stretches: list[tuple[int, int]] = []
        """The stretches of text since the anchor was set, not yet searched for the end of
        its sentence: each as ``(start, end)`` of one search of ``_SENTENCE_END``."""
        self.last: TimeSpan | None = None
        """The last calendar span resolved in the text, in whatever sentence."""
        self.quarter: TimeSpan | None = None
        """The last quarter named in the text, for "the quarter" and "the year-ago period"."""

    @property
    def anchor(self) -> TimeSpan | None:
        """The last calendar span resolved in the current sentence.

        A sentence end in a stretch read since it was set clears it. The stretches are
        searched only here, when a rule asks: most rules never do, and the anchor is
        set anew at most dates, so most stretches are never searched.
        """
        if self.stretches:
            search, text = _SENTENCE_END.search, self.text
            for start, end in self.stretches:
                if search(text, start, end):
                    self._anchor = None
                    break
            self.stretches.clear()
        return self._anchor

    @anchor.setter
    def anchor(self, when: TimeSpan | None) -> None:
        self._anchor = when
        self.stretches.clear()


_Found = tuple[TimeKind, TimeSpan | None]
"""What a rule reads an expression as: its kind and the stretch it names (a plain pair:
a parse builds dozens)."""


def _date(when: TimeSpan | None) -> _Found:
    return (TimeKind.DATE, when)


def _rule_clock(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A clock time is a time of day, on the day the sentence speaks of: "at 3 p.m.".

    "noon" and "midnight" alone need a word such as "at" or "by" before them ("high noon"
    is no time), unless a day follows ("noon Saturday").
    """
    if (
        m.group("clock")[0] in "nm"
        and not _CLOCK_CONTEXT.search(ctx.text, max(0, m.start() - 8), m.start())
        and not _DAY_AFTER.match(ctx.text, m.end())
    ):
        return None
    anchor = ctx.anchor
    if anchor is not None and anchor.granularity is Granularity.DAY and anchor.start == anchor.end:
        return (TimeKind.TIME, anchor)
    if ctx.reference is None:
        return (TimeKind.TIME, None)
    return (TimeKind.TIME, _day(ctx.reference))


def _rule_iso(m: re.Match[str], _ctx: _Context) -> _Found | None:
    """An ISO date names its day: "1996-08-22"."""
    year, month, day = (int(part) for part in m.group("iso").split("-"))
    if not _valid(year, month, day):
        return None
    return _date(_day(pendulum.Date(year, month, day)))


def _rule_numeric(m: re.Match[str], _ctx: _Context) -> _Found | None:
    """A slashed date is month/day/year, as US wire copy writes it: "10/15/98"."""
    month, day, year = int(m.group("num_m")), int(m.group("num_d")), int(m.group("num_y"))
    if year < 100:
        year += 1900 if year >= 50 else 2000
    if not _valid(year, month, day):
        month, day = day, month  # a day above 12 first: the European order
        if not _valid(year, month, day):
            return None
    return _date(_day(pendulum.Date(year, month, day)))


def _rule_holiday(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A holiday names its day in the year nearest the reference: "on Christmas Eve".

    The clause's tense picks the one gone or the one to come; "Easter week" is the week
    that ends on Easter Sunday.
    """
    name = " ".join(m.group("holiday").lower().replace("’", "'").split())
    ref = ctx.reference
    if ref is None:
        return _date(None)
    tense = _tense(ctx.text, m.start(), m.end())
    if name.startswith("thanksgiving"):
        dates = [_thanksgiving(y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    elif name.startswith(("easter", "good")):
        # Easter week by its Monday: it has begun once that is past
        days = {"good friday": -2, "easter monday": 1, "easter week": -6}.get(name, 0)
        dates = [_plus_days(_easter(y), days) for y in (ref.year - 1, ref.year, ref.year + 1)]
    elif name == "election day":
        dates = [_election_day(y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    else:
        month, day = HOLIDAYS[name]
        dates = [pendulum.Date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if tense == FUTURE:
        dates = [d for d in dates if d >= ref]
    elif tense == PAST:
        dates = [d for d in dates if d <= ref]
    nearest = min(dates, key=lambda d: abs(d.toordinal() - ref.toordinal()))
    return _date(_week(nearest) if name == "easter week" else _day(nearest))


def _capital_ok(m: re.Match[str], group: str, ctx: _Context) -> bool:
    """Whether a month word can be a month here: "may" in lower case is a verb.

    Lower-case "may", "march" and "mar" are refused, unless the whole text is lower case.
    """
    word = ctx.text[m.start(group) : m.end(group)]
    return word[0].isupper() or ctx.all_lower or word.lower() not in {"may", "march", "mar"}


def _day_of(m: re.Match[str], digits: str, words: str) -> int:
    """The day of the month a date names, in digits ("5th") or in words ("fifth")."""
    written = m.group(digits)
    if written:
        return _day_number(written)
    return DAY_ORDINALS["-".join(m.group(words).lower().split())]


def _month_day(
    m: re.Match[str], ctx: _Context, month_group: str, day_group: str, year_group: str
) -> _Found | None:
    if not _capital_ok(m, month_group, ctx):
        return None
    month, day = _month_number(m.group(month_group)), _day_of(m, day_group, day_group + "w")
    year_text = m.group(year_group)
    if year_text:
        year = int(year_text)
        if not _valid(year, month, day):
            return None
        return _date(_day(pendulum.Date(year, month, day)))
    if not _valid(None, month, day):
        return None
    if ctx.reference is None:
        return _date(None)
    picked = _year_in_clause(ctx, m, ctx.reference, month, day)
    if picked is None:
        return _date(None)
    return _date(_day(pendulum.Date(picked, month, day)))


def _rule_md(m: re.Match[str], ctx: _Context) -> _Found | None:
    """Month and day, with or without year, the year nearest by tense: "March 23"."""
    found = _month_day(m, ctx, "md_m", "md_d", "md_y")
    if found is not None and found[1] is not None and m.group("md_week"):
        return _date(_week(found[1].start))  # "the week of May 12"
    return found


def _rule_dm(m: re.Match[str], ctx: _Context) -> _Found | None:
    """Day and month, British style: "18 April 2022", "the 2nd of June"."""
    return _month_day(m, ctx, "dm_m", "dm_d2" if m.group("dm_d2") else "dm_d", "dm_y")


def _rule_my(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A month and its year name that month: "January 2021"."""
    if not _capital_ok(m, "my_m", ctx):
        return None
    year = _year_of(m, "my_y")
    return _date(_month_span(year, _month_number(m.group("my_m"))))


def _rule_mrel(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A month of this, last or next year: "in June last year"."""
    if ctx.reference is None:
        return _date(None)
    year = ctx.reference.year + _year_offset(m.group("mrel_w"))
    return _date(_month_span(year, _month_number(m.group("mrel_m"))))


def _year_offset(word: str | None) -> int:
    """How many years from the reference's "this", "last" or "next" year lies; else 0."""
    return {"this": 0, "last": -1, "next": 1}.get((word or "this").lower(), 0)


def _rule_quarter(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A quarter or half of a year, of the year named or the latest begun.

    "the first half of 2021", "Q3 2022"; "third-quarter profit" without a year is the
    most recent third quarter that has begun by the reference.
    """
    if m.group("q_last"):  # "the last half of 1994"
        year = int(m.group("q_y5"))
        if m.group("q_last").lower() == "half":
            return _date(_half_year_span(year, 2))
        ctx.quarter = _quarter_span(year, 4)
        return _date(ctx.quarter)
    if m.group("q_q"):
        letter, number = m.group("q_q")[0].upper(), int(m.group("q_q")[1])
        half = letter == "H"
        year_text = m.group("q_y3")
    else:
        number = ORDINALS[m.group("q_n").lower()]
        half = m.group("q_u").lower() == "half"
        year_text = m.group("q_y") or m.group("q_y2") or m.group("q_y4")
    if half and number > 2:
        return None
    if year_text:
        year = int(year_text)
    elif ctx.reference is None:
        return _date(None)
    else:
        rel = m.group("q_rel") or m.group("q_rel2")
        year = ctx.reference.year + _year_offset(rel)
        if rel is not None and rel.lower() == "the":  # "of the year": the sentence's, or this
            anchor = ctx.anchor
            if anchor is not None and _FINENESS[anchor.granularity] <= _FINENESS[Granularity.YEAR]:
                year = anchor.start.year
        if rel is None:
            first_month = 6 * number - 5 if half else 3 * number - 2
            # an unnamed year: the most recent such quarter that has begun
            if first_month > ctx.reference.month:
                year -= 1
    span = _half_year_span(year, number) if half else _quarter_span(year, number)
    if not half:
        ctx.quarter = span
    return _date(span)


def _rule_fiscal(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A fiscal year is named by its year: "fiscal 1989", "the current fiscal year"."""
    fy = m.group("fy")
    if fy:
        digits = fy.lstrip("'")
        year = int(digits)
        if len(digits) == 2:
            year += 1900 if year >= 50 else 2000
        return _date(_year_span(year))
    if ctx.reference is None:
        return _date(None)
    word = " ".join((m.group("fy_w") or "current").lower().split())
    offset = {"next": 1, "coming": 1}.get(word, -1 if word in _FISCAL_GONE else 0)
    return _date(_year_span(ctx.reference.year + offset))


_FISCAL_GONE = frozenset({"last", "previous", "past", "latest", "most recent"})
"""Words for the fiscal year before the reference's: "the latest fiscal year" is the
last one closed."""


def _last_quarter(ctx: _Context) -> TimeSpan | None:
    """The quarter a financial story speaks of.

    That is the one it last named, else the last quarter that ended before the reference.
    """
    if ctx.quarter is not None:
        return ctx.quarter
    if ctx.reference is None:
        return None
    return _unit_span(_plus_months(ctx.reference, -3), Granularity.QUARTER)


def _rule_fin(m: re.Match[str], ctx: _Context) -> _Found | None:
    """Earnings copy's periods are quarters: "the latest quarter", "the year-ago period".

    "the latest quarter" is the last one ended before the reference, "the current
    quarter" the reference's own, "the quarter" the one the story last named, and "the
    year-ago period" that one a year back. "The 1988 quarter" is the story's quarter in
    the year named: "the 1988 quarter brought net profit of $7 million".
    """
    words = " ".join(m.group("fin").lower().split())
    if m.group("fin_y"):
        named = _last_quarter(ctx)
        if named is None:
            return _date(None)
        return _date(_quarter_span(int(m.group("fin_y")), (named.start.month - 1) // 3 + 1))
    if ctx.reference is None:
        return _date(None)
    if "current" in words:
        return _date(_unit_span(ctx.reference, Granularity.QUARTER))
    latest = _unit_span(_plus_months(ctx.reference, -3), Granularity.QUARTER)
    quarter = ctx.quarter or latest
    if "latest" in words or "recent" in words:
        quarter = latest
    if any(w in words for w in ("ago", "earlier", "prior", "before")) or words.startswith("last"):
        return _date(_unit_span(_plus_months(quarter.start, -12), Granularity.QUARTER))
    return _date(quarter)


def _rule_ya(m: re.Match[str], ctx: _Context) -> _Found | None:
    """The same period a year back: "sales rose from year-earlier levels".

    The period is the quarter the story speaks of, else the year before the reference.
    """
    quarter = _year_back(ctx, m)
    if quarter is not None:
        return _date(quarter)
    if ctx.reference is None:
        return _date(None)
    return _date(_year_span(ctx.reference.year - 1))


def _rule_decade(m: re.Match[str], _ctx: _Context) -> _Found | None:
    """A decade: "the 1990s", "the '80s", "the nineties" (of the 1900s)."""
    if m.group("dec_y"):
        year = int(m.group("dec_y"))
        if year % 100 == 0 and year != 2000:
            return _date(_century_span(year))
        return _date(_decade_span(year))
    if m.group("dec_2"):
        two = int(m.group("dec_2"))
        return _date(_decade_span(1900 + two if two >= 30 else 2000 + two))
    return _date(_decade_span(1900 + _DECADE_WORDS[m.group("dec_w").lower()]))


def _rule_century(m: re.Match[str], _ctx: _Context) -> _Found | None:
    """A century by its ordinal: "the 20th century" is 1900 to 1999."""
    word = m.group("cent").lower()
    number = DAY_ORDINALS.get(word) or int(word[:-2])
    if not 1 <= number <= 21:
        return None
    return _date(_century_span(100 * (number - 1)))


def _rule_season(m: re.Match[str], _ctx: _Context) -> _Found | None:
    """A season and its year: "summer 2021", "the winter of 1994"."""
    return _date(_season_span(_year_of(m, "sea_y"), m.group("sea_s").lower()))


def _year_of(m: re.Match[str], group: str) -> int:
    """The year in ``group`` in digits, or in ``group`` + "w" in words ("nineteen ninety")."""
    digits = m.group(group)
    if digits:
        return int(digits)
    words = m.group(group + "w").lower().replace("-", " ").split()  # "nineteen", tens, ones
    year = 1900 + _TENS_WORDS[words[1]]
    return year + _DIGIT_WORDS[words[2]] if len(words) > 2 else year


_DIRECTION = {"ago": -1, "earlier": -1, "before": -1, "previously": -1, "prior": -1,
              "later": 1, "after": 1, "from now": 1, "hence": 1}  # fmt: skip


_NARRATED = frozenset({Granularity.DAY, Granularity.WEEK, Granularity.MONTH})
"""Units a story counts in from a time named in an earlier sentence ("two days later",
"the following month"); a year earlier is the story's own comparison, from the
reference."""


def _shifted(ctx: _Context, unit: str, count: int, *, from_reference: bool) -> TimeSpan | None:
    """The span ``count`` ``unit`` away from the sentence's anchor, as long as the unit.

    Without an anchor (or with ``from_reference``) the span counts from the reference.

    A year away from a quarter is that quarter a year off ("third-quarter profit rose
    from a year earlier"); an anchor coarser than the unit ("a day after" next to "1990")
    is no anchor.
    """
    unit_granularity = _UNIT_GRANULARITY.get(unit, Granularity.DAY)
    anchor = None if from_reference else ctx.anchor
    if anchor is None and not from_reference and unit_granularity in _NARRATED:
        anchor = ctx.last  # "The plant closed on March 3. Two days later, ..."
    if anchor is not None and _FINENESS[anchor.granularity] > _FINENESS[unit_granularity]:
        anchor = None
    if anchor is not None:
        granularity = unit_granularity
        if unit_granularity is Granularity.YEAR and anchor.granularity in {
            Granularity.QUARTER,
            Granularity.HALF_YEAR,
        }:
            granularity = anchor.granularity
        return _unit_span(_shift(anchor.start, unit, count), granularity)
    if ctx.reference is None:
        return None
    return _unit_span(_shift(ctx.reference, unit, count), unit_granularity)


def _year_back(ctx: _Context, m: re.Match[str]) -> TimeSpan | None:
    """A year before, in a story about a quarter's results: that quarter a year back.

    The quarter is the sentence's, or the one the story last named where "quarter" or
    "period" stands near: "net income fell from $2 million in the period a year ago".
    """
    anchor = ctx.anchor
    if anchor is not None and anchor.granularity in {Granularity.QUARTER, Granularity.HALF_YEAR}:
        return _unit_span(_plus_months(anchor.start, -12), anchor.granularity)
    if ctx.quarter is not None and _QUARTERLY.search(
        ctx.text, max(0, m.start() - 200), m.end() + 60
    ):
        return _unit_span(_plus_months(ctx.quarter.start, -12), Granularity.QUARTER)
    return None


_COUNTING_FROM = frozenset({"after", "before"})
_EVENT_AFTER = re.compile(r"[ \t]+(?!(?:that|then|this)\b)[A-Za-z]")
"""A word after "a day after" names the event it counts from ("comes a day after the
vote"): which day that is, the text does not say here."""


def _rule_amount(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A count of units is a duration: "a four-year term", "a 90-minute meeting".

    With "ago", "earlier" or "later" it is a date that far from its anchor ("a year
    ago", "two days later"). An age ("a nine-year-old girl") and a name ("the Six Day War")
    are no time expressions.
    """
    if m.group("amt_old"):
        return None
    unit_word = ctx.text[m.start("amt_u") : m.end("amt_u")]
    if unit_word.istitle() and not ctx.text[m.start("amt_n")].islower():
        return None  # a name: "the Six Day War", "the Hundred Years' War"
    unit = m.group("amt_u").lower()
    if unit == "centuries":
        unit = "century"
    direction = m.group("amt_dir")
    count = _number(m.group("amt_n"))
    if direction is None:
        if m.group("amt_n").lower() in {"a", "an"} and not m.group("amt_lead"):
            return None  # "a day" alone is too often no time expression at all
        return (TimeKind.DURATION, None)
    if unit in {"hour", "minute", "second"}:
        return (TimeKind.TIME, None)
    if count is None or m.group("amt_n").lower() in {"a few", "few", "several", "many"}:
        return _date(None)
    word = " ".join(direction.lower().split())
    if word in _COUNTING_FROM and _EVENT_AFTER.match(ctx.text, m.end()):
        return _date(None)  # "a day after the vote": the day of an event the text names
    sign = _DIRECTION[word]
    if unit == "year" and count == 1 and sign < 0:
        quarter = _year_back(ctx, m)
        if quarter is not None:
            return _date(quarter)
    return _date(_shifted(ctx, unit, sign * count, from_reference=direction.lower() == "ago"))


def _rule_anchored(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A day, week or year next to its anchor: "rebels attacked the day before".

    The anchor of "the day before", "the following year" or "that day" is the time named
    before it in the sentence, else the reference.
    """
    if m.group("anc_d"):
        sign = 1 if m.group("anc_d").lower() == "after" else -1
        if m.group("anc_y"):
            if ctx.reference is None:
                return _date(None)
            base = 1 if m.group("anc_y").lower() == "tomorrow" else -1
            return _date(_day_from(ctx.reference, base + sign))
        unit = m.group("anc_u").lower()
        unit = "day" if unit in {"night", "morning"} else unit
        return _date(_shifted(ctx, unit, sign, from_reference=False))
    if m.group("anc_w"):
        word, unit = m.group("anc_w").lower(), m.group("anc_u2").lower()
        sign = 0 if word == "same" else (1 if word in {"next", "following"} else -1)
        if unit in {"morning", "afternoon", "evening", "night"}:
            span = _shifted(ctx, "day", sign, from_reference=False)
            return (TimeKind.TIME, span)
        if unit == "weekend":
            span = _shifted(ctx, "week", sign, from_reference=False)
            return _date(None if span is None else _weekend(span.start))
        if unit in WEEKDAYS:
            return _date(_weekday_beside_anchor(ctx, WEEKDAYS[unit], sign))
        return _date(_shifted(ctx, unit, sign, from_reference=False))
    if m.group("weekend"):
        return _date(_nearest_weekend(ctx, m))
    if m.group("yearend"):
        anchor = ctx.anchor
        year = anchor.start.year if anchor is not None else None
        if year is None and ctx.reference is not None:
            year = ctx.reference.year
        return _date(None if year is None else _day(pendulum.Date(year, 12, 31)))
    if m.group("anc_year"):
        return _the_year(m, ctx)
    # "that day", or "the year" under a modifier ("the end of the year")
    unit = m.group("anc_u3").lower()
    from_reference = m.group("anc_that").lower() == "the"
    return _date(_shifted(ctx, unit, 0, from_reference=from_reference))


def _rule_nthday(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A day counted in a run of days is the day the sentence speaks of, else today.

    "It is the second day of the strike" and "shares fell for the third straight day"
    name the reference day, or the day named before in the sentence. Where the clause
    before it looks back with no day named ("on the first day of the trial, a witness
    said"), which day it was is not known: no mention.
    """
    anchor = ctx.anchor
    if anchor is not None and anchor.granularity is Granularity.DAY and anchor.start == anchor.end:
        return _date(anchor)
    if ctx.reference is None:
        return _date(None)
    if m.group("nth_streak") or _tense(ctx.text, m.start(), m.end(), firm=True) != PAST:
        return _date(_day(ctx.reference))
    return None


def _the_year(m: re.Match[str], ctx: _Context) -> _Found | None:
    """The year, or the full year, is the year the sentence speaks of, else the reference's.

    "Revenue for the whole year climbed 9%" in a story of 1989 is 1989; "Person of the Year"
    is a title, no time.
    """
    if ctx.text[m.start("anc_year")] == "Y" and not ctx.text[m.start() : m.end()].isupper():
        return None
    anchor = ctx.anchor
    if anchor is not None and _FINENESS[anchor.granularity] <= _FINENESS[Granularity.YEAR]:
        return _date(_year_span(anchor.start.year))
    if ctx.reference is None:
        return _date(None)
    return _date(_year_span(ctx.reference.year))


_DAY_BEFORE = re.compile(r"\b(?:on|by|until|till|from|to|since|before|after|through|and|or)\s+$")
"""What stands before a day of the month named alone: "on the 15th", "from the 3rd"."""
_DAY_GOES_ON = re.compile(r"\s+(?:and|or|to|at|in|of|when|through|until|with|for|but|as)\b")
"""Words after "the 15th" that leave it a day; another word makes it a noun's ordinal:
"on the 15th floor"."""


def _rule_ordday(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A day of the month named alone, after "on" or "by": "payment is due on the 15th".

    It falls in the month the sentence speaks of, else in the month around the
    reference that the clause's tense allows; "on the 15th floor" is no day.
    """
    text = ctx.text
    if not _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    after = m.end()
    if (
        text[after : after + 1] == " "
        and text[after + 1 : after + 2].isalpha()
        and not _DAY_GOES_ON.match(text, after)
    ):
        return None  # "on the 15th floor"
    day = _day_number(m.group("od"))
    base = ctx.anchor or ctx.last
    if base is not None and base.granularity in {Granularity.DAY, Granularity.MONTH}:
        start = base.start
        if not _valid(start.year, start.month, day):
            return None
        return _date(_day(pendulum.Date(start.year, start.month, day)))
    ref = ctx.reference
    if ref is None:
        return _date(None)
    tense = _tense(text, m.start(), m.end())
    candidates = [
        pendulum.Date(first.year, first.month, day)
        for first in (_plus_months(ref.replace(day=1), step) for step in (-1, 0, 1))
        if _valid(first.year, first.month, day)
    ]
    if tense == PAST:
        candidates = [d for d in candidates if d <= ref] or candidates
    elif tense == FUTURE:
        candidates = [d for d in candidates if d >= ref] or candidates
    nearest = min(candidates, key=lambda d: abs(d.toordinal() - ref.toordinal()))
    return _date(_day(nearest))


def _weekday_beside_anchor(ctx: _Context, weekday: int, sign: int) -> TimeSpan | None:
    """A weekday before or after the day the sentence speaks of: "the following Monday".

    Without a day in the sentence, the reference is the day; "the same Friday" is the one
    on or before it.
    """
    anchor = ctx.anchor
    if anchor is not None and anchor.granularity is Granularity.DAY:
        base: pendulum.Date | None = anchor.start
    else:
        base = ctx.reference
    if base is None:
        return None
    direction = FUTURE if sign > 0 else PAST
    return _weekday_day(base, weekday, direction, strict=sign != 0)


def _nearest_weekend(ctx: _Context, m: re.Match[str]) -> TimeSpan | None:
    """The weekend a clause speaks of: the one just gone, or, looking ahead, the next."""
    ref = ctx.reference
    if ref is None:
        return None
    if _tense(ctx.text, m.start(), m.end()) == FUTURE:
        return _weekend(ref)
    return _weekend(ref if ref.weekday() >= 5 else _plus_days(ref, -7))


def _rule_rel(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A unit, season, month or weekday called last, this or next: "exports fell last month".

    Also "this week", "next year", "last April", "this summer" and "next Tuesday" (the
    Tuesday of the week after the reference's).
    """
    ref = ctx.reference
    if ref is None:
        return _date(None)
    word = " ".join(m.group("rel_w").lower().split())
    unit = m.group("rel_u").lower()
    back = word in {"last", "past", "this past"}
    ahead = word in {"next", "coming", "this coming"}
    sign = -1 if back else (1 if ahead else 0)
    if unit in WEEKDAYS:
        weekday = WEEKDAYS[unit]
        if back:
            return _date(_weekday_day(ref, weekday, PAST, strict=True))
        if word == "next":  # the one in the week after the reference's
            return _date(_day_from(ref, 7 - ref.weekday() + weekday))
        return _date(_weekday_day(ref, weekday, FUTURE, strict=False))
    if unit in MONTHS:
        if not ctx.text[m.start("rel_u")].isupper() and not ctx.all_lower:
            return None  # "this may be": the verb
        month = MONTHS[unit]
        year = ref.year
        # "last February" written in March is not the month just gone (that would be
        # "last month") but the February of the year before
        if back and (month >= ref.month or month == ref.month - 1):
            year -= 1
        elif ahead and month <= ref.month:
            year += 1
        return _date(_month_span(year, month))
    if unit in SEASONS:
        if sign:
            # step a whole season at a time until the named one comes round
            date = _unit_span(ref, Granularity.SEASON).start
            for _ in range(4):
                date = _plus_months(date, 3 * sign)
                span = _unit_span(date, Granularity.SEASON)
                if _season_name(span) == _season_canonical(unit):
                    return _date(span)
        return _date(_season_of(ref, unit))
    if unit in {"morning", "afternoon", "evening", "night"}:
        day = _plus_days(ref, -1 if back else (1 if ahead else 0))
        return (TimeKind.TIME, _day(day))
    if unit == "weekend":
        return _date(_weekend(_plus_days(ref, 7 * sign)))
    if (
        unit in {"decade", "century"}
        and word in {"last", "past"}
        and m.group("rel").startswith("the")
    ):
        return (TimeKind.DURATION, None)  # "over the past decade": ten years to now
    granularity = _UNIT_GRANULARITY[unit]
    return _date(_unit_span(_shift(ref, unit, sign), granularity))


def _season_of(ref: pendulum.Date, name: str) -> TimeSpan:
    """The season ``name`` of the year of ``ref``: "this winter" in January began in December."""
    return _season_span(ref.year - 1 if name == "winter" and ref.month < 3 else ref.year, name)


def _season_canonical(name: str) -> str:
    return "fall" if name == "autumn" else name


def _season_name(span: TimeSpan) -> str:
    return {3: "spring", 6: "summer", 9: "fall", 12: "winter"}[span.start.month]


def _rule_deictic(m: re.Match[str], ctx: _Context) -> _Found | None:
    """Today, tonight, yesterday, tomorrow, with a part of the day: "yesterday morning"."""
    if ctx.reference is None:
        return _date(None)
    word = m.group("dei").lower()
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    kind = TimeKind.TIME if m.group("dei_p") or word in {"tonight", "overnight"} else TimeKind.DATE
    return (kind, _day_from(ctx.reference, offset))


_CLAUSE_AFTER = re.compile(
    r"\s+(?:the|a|an|when|his|her|their|its|he|she|they|it|we|i|you)\s", re.IGNORECASE
)
"""A clause or a subject after "the night": "the night the plane went down" names the
night of that event, which the sentence's day need not be."""


def _rule_part(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A part of the day named by "this" or "that": "this morning", "that evening".

    Also "the evening" on the day the sentence names, and one under a modifier ("late
    afternoon"); not "the night the plane went down", which a clause names.
    """
    words = m.group("part").lower()
    if words.startswith("this"):
        if ctx.reference is None:
            return (TimeKind.TIME, None)
        return (TimeKind.TIME, _day(ctx.reference))
    if words.startswith("the") and _CLAUSE_AFTER.match(ctx.text, m.end()):
        return None
    anchor = ctx.anchor
    if anchor is not None and anchor.granularity is Granularity.DAY:
        return (TimeKind.TIME, anchor)
    if words.startswith("the") and not m.group("mod"):
        return None
    return (TimeKind.TIME, None if ctx.reference is None else _day(ctx.reference))


def _rule_set(_m: re.Match[str], _ctx: _Context) -> _Found | None:
    """A recurrence is a set, not a date: "every Monday", "weekly", "on Sundays"."""
    return (TimeKind.SET, None)


def _rule_weekday(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A weekday is the one within a week of the reference, as the clause's tense says.

    "met on Thursday" is the past one, "are due to meet on Thursday" the coming one, and
    "said on Friday" in Friday's report the reference day itself. A possessive weekday
    ("Tuesday's verdict") is a past one unless it is planned ("Thursday's planned
    talks") or the clause before it looks ahead ("will attend Thursday's summit").
    """
    if not ctx.text[m.start("wd")].isupper() and not ctx.all_lower:
        return None
    ref = ctx.reference
    kind = TimeKind.TIME if m.group("wd_p") else TimeKind.DATE
    if ref is None:
        return (kind, None)
    weekday = WEEKDAYS[m.group("wd").lower()]
    if weekday == ref.weekday():  # the reference day, looking back or ahead
        return (kind, _day(ref))
    if _POSSESSIVE.match(ctx.text, m.end()) is None:
        future = _tense(ctx.text, m.start(), m.end()) == FUTURE
    else:
        # "Tuesday's verdict was appealed" is a thing done, whatever follows; but
        # "Thursday's planned talks" and "will attend Thursday's summit" lie ahead
        future = _PLANNED.match(ctx.text, m.end()) is not None or (
            _tense(ctx.text, m.start(), m.end(), firm=True) == FUTURE
        )
    direction = FUTURE if future else PAST
    return (kind, _weekday_day(ref, weekday, direction, strict=False))


def _rule_month(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A month named alone is the nearest the clause's tense allows: "in November".

    "May" and "March" need a word such as "in" or "last" before them, or a modifier.
    """
    word = ctx.text[m.start("mo") : m.end("mo")]
    if not word[0].isupper():
        return None
    if word.lower() in {"may", "march"} and not m.group("mod"):
        before = ctx.text[max(0, m.start("mo") - 12) : m.start("mo")]
        if not _MAY_MARCH_CONTEXT.search(before):
            return None
    month = MONTHS[word.lower()]
    if ctx.reference is None:
        return _date(None)
    year = _year_in_clause(ctx, m, ctx.reference, month, None)
    if year is None:
        return _date(None)
    return _date(_month_span(year, month))


_SEASON_BEFORE = re.compile(r"\b(?:in|during|the|this|by|until)\s+$")
"""What stands before a season named alone, in lower case: "in the summer"."""


def _rule_bareseason(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A season alone, after "in", "during" or "the", is this year's: "in the summer"."""
    before = ctx.text[max(0, m.start("bs") - 12) : m.start("bs")].lower()
    if not m.group("mod") and not _SEASON_BEFORE.search(before):
        return None
    after = ctx.text[m.end() : m.end() + 4].lower()
    if after.startswith(" of"):
        return None
    if ctx.reference is None:
        return _date(None)
    return _date(_season_of(ctx.reference, m.group("bs").lower()))


def _rule_year(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A year, in digits or words: "in 1990", "in '98", "nineteen ninety-six".

    Four digits followed by a unit such as "percent" or "people" are a number, not a year.
    """
    if m.group("y4"):
        year = int(m.group("y4"))
        if not 1000 <= year <= 2099:
            return None
        if _COUNTED.match(ctx.text, m.end()):
            return None
        if year < 1900 and not m.group("mod"):
            before = ctx.text[max(0, m.start() - 10) : m.start()]
            if not _OLD_YEAR_CONTEXT.search(before):
                return None
    elif m.group("y2"):
        two = int(m.group("y2"))
        year = 1900 + two if two >= 30 else 2000 + two
    elif m.group("y_t"):
        year = 1900 + _TENS_WORDS[m.group("y_t").lower()]
        if m.group("y_d"):
            year += _DIGIT_WORDS[m.group("y_d").lower()]
    else:
        year = 2000
    return _date(_year_span(year))


def _rule_vague(_m: re.Match[str], _ctx: _Context) -> _Found | None:
    """A reference to time that names no stretch of the calendar: "now", "recently"."""
    return (TimeKind.VAGUE, None)


_RULES: dict[str, Callable[[re.Match[str], _Context], _Found | None]] = {
    "clock": _rule_clock,
    "iso": _rule_iso,
    "numeric": _rule_numeric,
    "holiday": _rule_holiday,
    "md": _rule_md,
    "dm": _rule_dm,
    "my": _rule_my,
    "mrel": _rule_mrel,
    "quarter": _rule_quarter,
    "fiscal": _rule_fiscal,
    "fin": _rule_fin,
    "ya": _rule_ya,
    "decade": _rule_decade,
    "century": _rule_century,
    "season": _rule_season,
    "amount": _rule_amount,
    "nthday": _rule_nthday,
    "ordday": _rule_ordday,
    "anchored": _rule_anchored,
    "rel": _rule_rel,
    "deictic": _rule_deictic,
    "part": _rule_part,
    "set": _rule_set,
    "weekday": _rule_weekday,
    "month": _rule_month,
    "bareseason": _rule_bareseason,
    "year": _rule_year,
    "vague": _rule_vague,
}
"""Each alternative of ``TIME_EXPRESSION`` by name, and the rule that reads it."""


def _as_date(reference: object) -> pendulum.Date | None:
    """The reference as a plain ``pendulum.Date``; a datetime gives its date."""
    if reference is None:
        return None
    if isinstance(reference, (dt.datetime, dt.date)):
        return pendulum.Date(reference.year, reference.month, reference.day)
    raise InvalidValueError(f"reference must be a pendulum.Date or None: got {reference!r}")


_DAY_RULES = frozenset({"weekday", "md", "dm", "iso", "numeric", "deictic", "holiday"})
"""Rules naming a day that a clock time just before them falls on: "9 p.m. Tuesday"."""

_TIMES_OF_DAY = frozenset({"clock", "part"})
"""Rules naming a time of day that a day's name just after it holds: "mid-afternoon
yesterday", "9 p.m. Tuesday"."""
_JOIN_CLOCK = re.compile(r"[\s,]*(?:on\s+)?", re.IGNORECASE)


_HEAD_WORDS = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sept sep oct nov dec monday tuesday wednesday thursday
    friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays
    today tonight yesterday tomorrow overnight year years month months week weeks weekend
    weekends day days night nights quarter quarters half decade decades century centuries
    hour hours minute minutes second seconds spring summer fall autumn winter morning
    afternoon evening noon midnight midday now currently recently recent nowadays lately future
    past daily weekly monthly yearly hourly nightly biweekly fiscal christmas thanksgiving
    halloween easter nineteen twenties thirties forties fifties sixties seventies eighties nineties
    q1 q2 q3 q4 h1 h2 fy period
""".split()  # noqa: SIM905  # a list of words reads best as one block of words
_HEAD_NUMBER = (
    r"(?:\d\d\d(?!\d)|\d?(?::\d\d)?\s?[ap]\.?m|\d?/\d{1,2}/\d|\d?:\d\d"
    r"|\d?(?:st|nd|rd|th)(?![a-z]))"
)
"""What makes a digit a head: a year, a clock time, a slashed date, a day ("5th")."""
_HEAD_BODY = rf"(?:{_alternation(_HEAD_WORDS)}(?![a-z])|(?<![\d.,])\d{_HEAD_NUMBER}|['’]\d\d)"
_HEADS = rf"(?<![a-z]){_HEAD_BODY}"
"""The words one of which every time expression holds (a month, "quarter", a year...),
in lower-case text: a cheap scan that finds where to try ``TIME_EXPRESSION``, so that
the big alternation runs only there."""
_HEAD_WORD_ANY_CASE = re.compile(_HEADS, re.IGNORECASE)
# ``_HEADS`` split in two scans that find the same heads several times quicker: the
# regex engine skips ahead to a literal first character in a tight loop, and to one of
# a set of characters in a slower one, but tries a pattern that opens with a
# lookbehind at every position. Most heads follow a space; the rest follow some other
# character that is no letter (a hyphen, a newline, a bracket, a digit), read in a
# lookahead there, so that a head right after another ("-1990may") is not skipped.
# Each branch opens with a letter, a digit or a quote, for the engine to skip at once;
# after another character, one test of the next ("[a-y\d'’]": no head opens with a "z")
# turns away the spaces, stops and digits that follow most such characters. A branch
# that opens with one character is quicker to turn away than one that opens with a set.
_HEAD_BRANCHES = _alternation(_HEAD_WORDS, ending="(?![a-z])", bare=True)
_HEAD_AFTER_SPACE = re.compile(
    _without_repeats(rf" (?:{_HEAD_BRANCHES}|'\d\d|’\d\d|\d{_HEAD_NUMBER})")
)
_HEAD_AFTER_OTHER = re.compile(
    _without_repeats(
        rf"[^ a-z](?=[a-y\d'’])(?=({_HEAD_BRANCHES}|\d(?<![\d.,]\d){_HEAD_NUMBER}|'\d\d|’\d\d))"
    )
)
_HEAD_AT_START = re.compile(_HEAD_BODY)


def _heads(lowered: str) -> list[tuple[int, int]]:
    """Where the head words of lower-case ``lowered`` start and end, left to right.

    The same heads as a scan of ``_HEADS`` finds, from the quicker scans.
    """
    heads = [(m.start() + 1, m.end()) for m in _HEAD_AFTER_SPACE.finditer(lowered)]
    others = [m.span(1) for m in _HEAD_AFTER_OTHER.finditer(lowered)]
    first = _HEAD_AT_START.match(lowered)
    if first is not None:
        others.insert(0, first.span())
    if not others:
        return heads
    merged: list[tuple[int, int]] = []
    end = 0
    for head in sorted(heads + others):
        if head[0] >= end:  # as one scan, no head starts inside the one before ("3:30pm")
            merged.append(head)
            end = head[1]
    return merged


_STARTERS = frozenset(
    [*MONTHS, *WEEKDAYS, *NUMBER_WORDS, *ORDINALS, *_DAY_WORD_OPENERS.split(), *SEASONS,
     *_DECADE_WORDS, *_TENS_WORDS,
     *"""the this that last next past coming current today tonight yesterday tomorrow
    overnight every each daily weekly monthly yearly hourly nightly biweekly early earlier
    late later mid end start noon midnight midday thanksgiving christmas new valentine halloween
    easter good
    independence election fiscal fy q h first second third fourth year month week day
    night morning afternoon evening weekend quarter half final remaining latest initial
    following previous preceding prior same now currently recently nowadays lately these
    recent more less nearly almost roughly up over some another just several many few
    couple twentieth nineteenth eighteenth seventeenth sixteenth twenty mondays tuesdays
    wednesdays thursdays fridays saturdays sundays once twice""".split()]  # noqa: SIM905  # as above
)  # fmt: skip
"""The words a time expression can start with; other words are not tried as starts.

A leading preposition ("at", "by", "in", "around") is left out of the span, as TIMEX3
leaves it out: "by the end of the month" gives "the end of the month".
"""
STARTER = re.compile(rf"(?<![\w'’])(?:(?:{_alternation(sorted(_STARTERS))})(?![^\W\d_])|\d|['’]\d)")
"""Where, in lower-case text, a time expression may start."""
_STARTER_BODY = STARTER.pattern.removeprefix(r"(?<![\w'’])")
_STARTER_FIRST = re.compile(rf"(?<![\w'’])({_STARTER_BODY})")
"""``STARTER`` with its start as group 1."""
_STARTER_ANY_CASE = re.compile(_STARTER_FIRST.pattern, re.IGNORECASE)
_REACH = 36
"""How far before its head word an expression may start: "at the very beginning of"."""

_VOCABULARIES = (MONTHS, WEEKDAYS, NUMBER_WORDS, ORDINALS, DAY_ORDINALS, HOLIDAYS,
                 _TENS_WORDS, _DIGIT_WORDS, _DECADE_WORDS)  # fmt: skip
_INNER_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        " ".join([TIME_EXPRESSION.pattern, *_HEAD_WORDS, *_STARTERS]
                 + [key for vocabulary in _VOCABULARIES for key in vocabulary]),
    )
)  # fmt: skip
"""Every word an expression can hold: those the pattern spells out and its vocabularies."""
_INNER_RUN = rf"(?:[^a-z0-9]*(?:(?:{_alternation(sorted(_INNER_WORDS))})(?![a-z])|\d))*[^a-z0-9]*"
# One word or one digit at a time, each word whole: the run parses one way only, and it
# is only ever matched across the few words before a head.
INNER_RUN = re.compile(_INNER_RUN)
"""A run of words that can stand inside a time expression, in lower-case text: an
expression that starts before its head word reaches it only across such a run ("the end
of last year"), never across "said on"."""
_INNER_RUN_ANY_CASE = re.compile(_INNER_RUN, re.IGNORECASE)
_FOREIGN_WORD = rf"(?<![a-z])(?!(?:{_alternation(sorted(_INNER_WORDS))})(?![a-z]))[a-z]+"
"""A word in lower-case text that no time expression can hold ("said" in "said on")."""
_LAST_FOREIGN = re.compile(rf"(?s:.*){_FOREIGN_WORD}")
"""Up to the end of the last word in lower-case text that no time expression can hold
("said" in "said on"): matched up to a head, it says where ``INNER_RUN`` starts to reach
the head. The greedy opening runs to the end at once and backs off a letter at a time,
so only the words after the last such word are read twice. The stage reads
``_LAST_BOUND``, which also stops at a character no expression holds; the tests hold
the two to the same starts."""

_UNREAD = '%$()[]"“”;!?£€—'
"""Characters no time expression holds (``TIME_EXPRESSION`` consumes none of them, as
``tests/test_times.py`` checks from the pattern): no start before one reaches a head
after it ("rose 4.1% in September" is tried from "September" only)."""
_LAST_BOUND = re.compile(rf"(?s:.*)(?:{_FOREIGN_WORD}|[{re.escape(_UNREAD)}])")
"""``_LAST_FOREIGN``, or the last character of ``_UNREAD``, whichever ends later: the
starts after it are the ones that may reach the head."""


_BACK_OTHER = rf"[^a-z{re.escape(_UNREAD)}]*"
_RUN_BACK = re.compile(
    rf"{_BACK_OTHER}(?:(?:{_alternation(sorted(word[::-1] for word in _INNER_WORDS))})"
    rf"(?![a-z]){_BACK_OTHER})*"
)
"""What ``_LAST_BOUND`` leaves between its bound and a head, matched backwards: in the
reversed lower-case text, from just before the head, the characters that are no letter
and not in ``_UNREAD`` and the whole words an expression can hold, up to the first word
or character that stops ``_LAST_BOUND``. Where it ends is where ``_LAST_BOUND`` ends (or
somewhere inside a word cut by the left edge of the search, which no start lies in), at
a cost that grows with the few words read, not with the whole stretch before the head.
Each word is read whole and opens with a letter where the characters between hold none:
the text parses one way only, and the match never backtracks across a word."""
_STARTER_AFTER = re.compile(rf"[^\w'’]({_STARTER_BODY})")
"""``STARTER`` after the character before its start, that character consumed: the regex
engine skips ahead to such a character quickly, where ``STARTER``, opening with a
lookbehind, is tried at every position. The start is group 1."""


_MODIFIER_ALONE = re.compile(_without_repeats(_LEAD.rstrip().removesuffix("?")), re.VERBOSE)
"""The modifier of ``TIME_EXPRESSION`` alone ("the end of", "early"), not optional."""
_MODIFIER_OPENERS = frozenset({"the", "early", "earlier", "late", "later", "mid", "end", "start"})
_NEVER = re.compile("(?!)")


_LEAD_UNMODIFIED = r"(?<![\w'’])(?P<mod>(?!))?"
"""``_LEAD`` where no modifier opens: the group ``mod`` is there, for the rules and for
"that day" to ask after, but never matches, and costs nothing to try."""


_HELD_MODIFIER = "(?>" + _MODIFIER_ALONE.pattern + ")"
"""``_MODIFIER_ALONE`` as an atomic group: the modifier held as it first matches."""
_ATOMIC_GROUPS = sys.version_info >= (3, 11)
"""Whether ``re`` knows atomic groups (Python 3.11 and later): without them, a start
after a modifier tries the whole ``TIME_EXPRESSION``, with the same result."""


@functools.cache
def _expression_of(names: tuple[str, ...], lead: str = _LEAD_UNMODIFIED) -> re.Pattern[str]:
    """``TIME_EXPRESSION`` with only the alternatives ``names``, after ``lead``.

    ``lead`` is :data:`_LEAD_UNMODIFIED` where no modifier opens, :data:`_HELD_MODIFIER`
    after a modifier held as it first matches.
    """
    if not names:
        return _NEVER
    alternatives = "|".join(_ALTERNATIVES[name][1] for name in names)
    pattern = f"{lead}(?:{alternatives}){_TAIL}"
    return re.compile(_without_repeats(pattern), re.VERBOSE)


def _match_modified(lowered: str, start: int, modifier: re.Match[str]) -> re.Match[str] | None:
    """``TIME_EXPRESSION.match(lowered, start)``, where ``modifier`` opens the text there.

    ``TIME_EXPRESSION`` first tries its alternatives after the modifier as it first
    matches (``_MODIFIER_ALONE``'s match); there only those that can open with the word
    after it can match ("the end of June" tries "month" and the other alternatives of a
    month). Where one of them does, that is the whole pattern's match, several times
    quicker; where none does, the whole pattern is tried, for it goes on to read the
    modifier shorter or not at all. Before Python 3.11 (no atomic groups) the whole
    pattern is always tried.
    """
    word = _STARTER_FIRST.match(lowered, modifier.end()) if _ATOMIC_GROUPS else None
    if word is not None:
        opening = _OPENINGS.get(word.group(1))
        if opening is not None:
            m = _expression_of(opening.names, _HELD_MODIFIER).match(lowered, start)
            if m is not None:
                return m
    return TIME_EXPRESSION.match(lowered, start)


class _Opening:
    """The alternatives of ``TIME_EXPRESSION`` that can open with one word.

    Where no modifier ("the end of", "early") opens at a start, ``TIME_EXPRESSION``
    matches there what its alternatives that can open with the start's word match: the
    others fail at once, and so does the modifier. Trying only those, with no modifier,
    is several times quicker than the whole. After "the", a month or a weekday, several
    alternatives still can open: ``then`` narrows them by the word after it, and
    ``otherwise`` holds those left where that word is none ``then`` lists; where no word
    follows, ``marks`` narrows them by the character right after the start's word. At a
    digit, ``runs`` narrows them by the length of the run of digits and what follows it.
    """

    def __init__(self, names: tuple[str, ...], *, modifier: bool) -> None:
        self.names = names
        self.modifier = modifier
        self.then: dict[str, _Opening] | None = None
        self.otherwise: _Opening = self
        self.marks: dict[str, _Opening] = {}
        self.runs: dict[tuple[int, str], _Opening] | None = None

    @classmethod
    def of(cls, opener: str) -> _Opening:
        """The alternatives that can open with ``opener`` ("0" a digit, "'" an apostrophe)."""
        names = tuple(name for name, (words, _) in _ALTERNATIVES.items()
                      if opener in words.split())  # fmt: skip
        return cls(names, modifier=opener in _MODIFIER_OPENERS)

    @functools.cached_property
    def expression(self) -> re.Pattern[str]:
        """The pattern of ``names``, compiled at first use: a parse needs few of them."""
        return _expression_of(self.names)


_OPENINGS = {
    start: _Opening.of("0" if start[0].isdigit() else "'" if start[0] in "'’" else start.split()[0])
    for start in [*_STARTERS, *"0123456789", *(q + d for q in "'’" for d in "0123456789")]
}
"""Each start as ``STARTER`` finds it (a word or words, "a few", a digit, an apostrophe
and a digit), to the alternatives that can open with its first word. A start not here
("a  few", with two spaces) is tried with the whole pattern."""

_AFTER_THE = {
    "md": f"week {_MONTH_WORDS}",
    "dm": f"0 {_DAY_WORD_OPENERS}",
    "quarter": "0 this last next fiscal first second third fourth final latter",
    "fiscal": "fiscal fy current next last previous coming past latest most",
    "fin": "0 latest current recent most comparable same year prior quarter",
    "ya": "year prior",
    "decade": f"0 ' {_DECADE_NAMES}",
    "century": "0 twenty twentieth nineteenth eighteenth seventeenth sixteenth",
    "amount": "past last next first previous coming following final remaining latest initial",
    "nthday": f"0 {_DAY_WORD_OPENERS}",
    "ordday": "0",
    "anchored": "day week month year night morning next following previous preceding prior"
    " same quarter weekend full whole entire",
    "rel": "this last next past coming current",
    "part": "morning afternoon evening night",
    "year": "year",
    "vague": "near distant foreseeable future past coming",
}
"""The words that can follow "the" and a space in the alternatives that can open with
"the" ("0" a digit, "'" an apostrophe), all of them: ``tests/test_times.py`` reads them
from the patterns too."""
_NEXT_WORD = re.compile(r"\s+([a-z]+|[0-9'’])")
"""The word after a start's first, across a space, as ``_AFTER_THE`` keys it."""


_AFTER_MONTH = {
    "md": f"0 the {_DAY_WORD_OPENERS}",
    "my": "0 of nineteen",
    "mrel": "this last next",
    "holiday": "day",
}
"""The words that can follow a month and a space in the alternatives that can open with
one ("May 5", "May the fifth", "May 1990", "May of nineteen ninety", "May next year",
"May Day"): after any other word only "month" can match ("in May the talks")."""
_AFTER_WEEKDAY = {
    "md": f"the {_MONTH_WORDS}",
    "dm": f"0 the {_DAY_WORD_OPENERS}",
}
"""The words that can follow a weekday and a space in the alternatives that can open
with one ("Monday May 5", "Monday 5 May"): after any other word only "weekday" can."""


_MARKS = ",.;:!?)]}\"”'’-–—/"
"""Marks that can stand right after a month's or a weekday's name: "June, 2023", "June.",
"June-August"."""
_MARKS_AFTER_MONTH = {"my": ","}
"""The marks that can follow a month's name in the alternatives ``_AFTER_MONTH`` lists
("May, 1990"): after any other mark only those it does not list can match ("June-August"
is "month"). A month that takes a full stop ("Dec. 5") is not narrowed by one."""
_MARKS_AFTER_WEEKDAY = {"md": ",", "dm": ","}
"""The same for a weekday's name ("Monday, May 5", "Monday, 5 May")."""


def _then(
    opening: _Opening, after: dict[str, str], marks: dict[str, str] | None = None, opener: str = ""
) -> None:
    """Narrow ``opening`` by each word that can come next, into ``then`` and ``otherwise``.

    An alternative stays for a word ``after`` lists for it, and where ``after`` says
    nothing of it; those ``after`` says nothing of are all that stay for other words.
    Given ``marks``, where no word comes next, an alternative ``after`` lists stays only
    for the marks ``marks`` lists for it: ``opening.marks``, for each of ``_MARKS`` but a
    full stop after a month that takes one (``opener`` "dec"), which narrows nothing.
    """
    words = {*" ".join(after.values()).split()} - {"0"} | {*"0123456789", "'", "’"}
    opening.then = {}
    for word in sorted(words):
        key = "0" if word.isdigit() else "'" if word in "'’" else word
        names = tuple(
            name for name in opening.names if name not in after or key in after[name].split()
        )
        opening.then[word] = _Opening(names, modifier=False)
    opening.otherwise = _Opening(
        tuple(name for name in opening.names if name not in after), modifier=False
    )
    if marks is None:
        return
    for mark in _MARKS:
        if mark == "." and re.fullmatch(_MONTH, opener + "."):
            continue
        opening.marks[mark] = _Opening(
            tuple(
                name for name in opening.names if name not in after or mark in marks.get(name, "")
            ),
            modifier=False,
        )


# every alternative that opens with "the" lists the words it goes on with: before any
# other word ("the deficit") nothing is tried
_then(_OPENINGS["the"], _AFTER_THE)
for _word in [*MONTHS, *_WEEKDAY_NAMES.split()]:
    if _OPENINGS[_word].names:
        if _word in WEEKDAYS:
            _then(_OPENINGS[_word], _AFTER_WEEKDAY, _MARKS_AFTER_WEEKDAY, _word)
        else:
            _then(_OPENINGS[_word], _AFTER_MONTH, _MARKS_AFTER_MONTH, _word)


_DIGITS_RUN = {
    "clock": "1 2 4", "iso": "4", "numeric": "1 2", "dm": "1 2", "quarter": "1 4", "decade": "4",
    "century": "1 2", "amount": "1 2 3 4 5", "set": "1 2 3 4 5", "year": "4",
}  # fmt: skip
"""How many digits (5: five or more) open an expression of each alternative that can open
with a digit: "9 a.m." or "14:30" (one or two, or four in "1430 GMT"), "2022-04-18",
"4/18/2022", "18 April", "1st quarter" or "2022 first quarter", "1990s", "21st century",
"150 days" or "3 times a year", "1990". A start tries only those its run of digits allows."""
_DIGITS_MARKED = {",": "year", ".": "amount set year"}
"""The alternatives that go on after a run of digits and a comma ("1990, the year") or a
full stop ("1990.", "1.5 years", "2.5 times a year"): no other can."""
_DIGIT_RUN = re.compile(r"\d{1,5}")
"""A run of digits as far as ``_DIGITS_RUN`` tells lengths apart: after five digits, a
sixth stands where a mark would (the alternatives kept are then more, never fewer)."""


def _runs(opening: _Opening) -> dict[tuple[int, str], _Opening]:
    """``opening`` (that of a digit) narrowed by its run of digits: ``_DIGITS_RUN``.

    Keyed by the length of the run (5 for five or more) and the comma or full stop after
    it ("" for any other character, or none).
    """
    runs = {}
    for length in range(1, 6):
        for mark in ("", *_DIGITS_MARKED):
            runs[length, mark] = _Opening(
                tuple(
                    name
                    for name in opening.names
                    if str(length) in _DIGITS_RUN[name].split()
                    and (not mark or name in _DIGITS_MARKED[mark].split())
                ),
                modifier=False,
            )
    return runs


for _start, _opening in _OPENINGS.items():
    if _start[0].isdigit():
        _opening.runs = _runs(_opening)


def _by_run(opening: _Opening, lowered: str, start: int) -> _Opening:
    """The ``runs`` of ``opening`` for the run of digits at ``start``."""
    if opening.runs is None:
        return opening
    end = _DIGIT_RUN.match(lowered, start)
    if end is None:  # no digit here after all (cannot be: the opening is a digit's)
        return opening
    mark = lowered[end.end() : end.end() + 1]
    return opening.runs[min(end.end() - start, 5), mark if mark in _DIGITS_MARKED else ""]


def _match_at(lowered: str, start: int, opener: str) -> re.Match[str] | None:
    """``TIME_EXPRESSION.match(lowered, start)``, where ``opener`` opens the text there."""
    opening = _OPENINGS.get(opener)
    if opening is None:
        return TIME_EXPRESSION.match(lowered, start)
    if opening.modifier and (modifier := _MODIFIER_ALONE.match(lowered, start)) is not None:
        return _match_modified(lowered, start, modifier)
    if opening.then is not None:
        end = start + len(opener)
        word = _NEXT_WORD.match(lowered, end)
        if word is not None:
            opening = opening.then.get(word.group(1), opening.otherwise)
        else:  # no word next: a mark, or none of them
            opening = opening.marks.get(lowered[end : end + 1], opening)
    elif opening.runs is not None:
        opening = _by_run(opening, lowered, start)
    return opening.expression.match(lowered, start)


def _mentions(ctx: _Context) -> list[TimeMention]:
    """Each time expression in the text, left to right, as a mention.

    A head word ("quarter", "Thursday", a number) is found first; the expression that
    holds it starts at one of the few words before it, the leftmost from which
    ``TIME_EXPRESSION`` matches across the head and its rule accepts the match. Only
    starts joined to the head by words an expression can hold (``INNER_RUN``) are tried.
    A clock time or a part of the day just before a day's name is one mention with it:
    "9 p.m. Tuesday", "late afternoon yesterday". The first date of a range takes the
    year its last one names: "Oct. 30-Nov. 2, 2022".
    """
    text = ctx.text
    lowered = _text.lower(text)
    heads: Iterable[tuple[int, int]]
    if len(lowered) == len(text):
        heads, starters, expression = _heads(lowered), _STARTER_FIRST, TIME_EXPRESSION
        inner = INNER_RUN
    else:  # a few letters ("İ") lower to two characters: offsets would drift
        lowered = text
        heads = (m.span() for m in _HEAD_WORD_ANY_CASE.finditer(text))
        starters, expression = _STARTER_ANY_CASE, _TIME_EXPRESSION_ANY_CASE
        inner = _INNER_RUN_ANY_CASE
    size = len(lowered)
    backwards = lowered[::-1]
    found: list[TimeMention] = []
    previous_rule = ""
    yearless = -1  # where in ``found`` the last date whose year was guessed stands
    covered = 0
    last_end = 0
    tried = 0  # a start tried once is never worth trying again for a later head
    scanned = 0
    quick = expression is TIME_EXPRESSION
    run_back, openings, modifier_at = _RUN_BACK.match, _OPENINGS.get, _MODIFIER_ALONE.match
    starters_after = _STARTER_AFTER.search
    next_word, rules, stretches = _NEXT_WORD.match, _RULES, ctx.stretches
    for at, head_end in heads:
        if at < covered:
            continue
        lo = max(covered, at - _REACH, tried)
        tried = at + 1
        if quick and lo < at:
            # A start reaches the head across words an expression holds where no other
            # word or character stands between (starts are whole words, all of them such
            # words): the starts after the last other one (``_LAST_BOUND``, read
            # backwards from the head: ``_RUN_BACK``) are the ones that reach it.
            back = run_back(backwards, size - at, size - lo)
            if back is not None:  # always: the run may be empty
                lo = size - back.end()
        # the starts one search at a time, each from the end of the last, as ``finditer``
        # finds them: the first start most often holds the expression, and a search
        # costs less than an iterator and the search that ends it
        search, pos = (starters_after, lo - 1) if quick and lo else (starters.search, lo)
        while (word := search(lowered, pos, head_end + 1)) is not None:
            pos = word.end()
            start = word.start(1)
            if start > at:
                break
            if quick:  # ``_match_at``, written out: it runs for every start
                opening = openings(word.group(1))
                if opening is None:
                    m = expression.match(lowered, start)
                elif opening.modifier and (modifier := modifier_at(lowered, start)) is not None:
                    m = _match_modified(lowered, start, modifier)
                else:
                    if opening.then is not None:  # "the", a month: narrowed by the next word
                        word_end = word.end()
                        after = next_word(lowered, word_end)
                        if after is not None:
                            opening = opening.then.get(after.group(1), opening.otherwise)
                        else:  # or by the mark right after it
                            opening = opening.marks.get(lowered[word_end : word_end + 1], opening)
                    elif opening.runs is not None:  # a digit: narrowed by its run of digits
                        opening = _by_run(opening, lowered, start)
                    m = opening.expression.match(lowered, start)
            else:
                if start < at and inner.fullmatch(lowered, start, at) is None:
                    continue  # no expression from here can reach the head
                m = expression.match(lowered, start)
            if m is None:
                continue
            end = m.end()
            rule = m.lastgroup
            if end <= at or rule is None:  # every alternative is a named group
                continue
            # the stretch since the last look is searched once, if a rule asks for the
            # anchor (``_Context.anchor``): linear on any text; with no anchor there is
            # nothing for a sentence end to clear
            if ctx._anchor is not None:  # noqa: SLF001  # the stage's own context
                stretches.append((max(last_end, scanned), start + 1))
            scanned = start
            try:
                result = rules[rule](m, ctx)
            except (ValueError, OverflowError):
                # a date the calendar cannot hold ("Feb. 30, 1990" passed the rough check)
                continue
            if result is None:
                continue
            covered = last_end = end
            kind, when = result
            if rule not in _TAKES_MODIFIER:
                start = m.start(rule)
            if rule in _TWO_DAYS and when is not None and m.group(rule + "_and"):
                # "May 14 and 15": a mention for each day, the first one here
                second = _second_day(m, rule, when, text)
                if second is None:  # one day after all: "on May 3 and 4 p.m."
                    if rule == "md":
                        covered = last_end = end = m.end("md_d")
                    else:
                        start = m.end("dm_and")
                else:
                    found.append(
                        TimeMention(
                            span=Span(start=start, end=second[0]),
                            text=text[start : second[0]],
                            kind=kind,
                            when=second[2] if rule == "dm" else when,
                        )
                    )
                    start, when = second[1], when if rule == "dm" else second[2]
                    previous_rule = rule
            if (
                previous_rule in _TIMES_OF_DAY
                and rule in _DAY_RULES
                and when is not None
                and when.granularity is Granularity.DAY
                and _JOIN_CLOCK.fullmatch(text, found[-1].span.end, start)
            ):
                # "9 p.m. Tuesday", "4 p.m. EDT, Oct. 12": one time on the day that follows
                start = found[-1].span.start
                found[-1] = TimeMention(
                    span=Span(start=start, end=end),
                    text=text[start:end],
                    kind=TimeKind.TIME,
                    when=when,
                )
            else:
                found.append(_mention(text, start, end, kind, when))
            if rule in _TWO_DAYS and when is not None and when.granularity is Granularity.DAY:
                if m.group(rule + "_y") is None:
                    yearless = len(found) - 1
                else:
                    if yearless == len(found) - 2 and _RANGE_JOIN.fullmatch(
                        text, found[yearless].span.end, found[-1].span.start
                    ):
                        # "Oct. 30-Nov. 2, 2022": the first date is of the year the last names
                        found[yearless] = _in_year_of(found[yearless], when)
                    yearless = -1
            else:
                yearless = -1
            if when is not None and (kind is TimeKind.DATE or kind is TimeKind.TIME):
                # the kinds later expressions ("the day before") count from
                ctx.anchor = ctx.last = when
            previous_rule = rule
            break
    return found


_new = object.__new__


def _mention(text: str, start: int, end: int, kind: TimeKind, when: TimeSpan | None) -> TimeMention:
    """``TimeMention`` of ``text[start:end]``, its slots filled directly.

    The offsets of a match are valid by construction, and a parse makes dozens; the
    result equals the constructor's (a test checks it).
    """
    mention: TimeMention = _new(TimeMention)
    _TIME_SPAN(mention, _unchecked_span(start, end))
    _TIME_TEXT(mention, text[start:end])
    _TIME_KIND(mention, kind)
    _TIME_WHEN(mention, when)
    return mention


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|until|till|and)\s*", re.IGNORECASE)
"""What joins the two ends of a range of dates: "Oct. 30-Nov. 2", "June 1 to July 5"."""


def _in_year_of(first: TimeMention, last: TimeSpan) -> TimeMention:
    """``first``, a day whose year was guessed, moved to the year of the range's ``last`` day.

    The year before, where its month and day come later in the year: "Dec. 30-Jan. 2, 2023"
    opens on Dec. 30, 2022. Unchanged where that day does not exist.
    """
    if first.when is None:
        return first
    day = first.when.start
    year = last.start.year - ((day.month, day.day) > (last.start.month, last.start.day))
    if not _valid(year, day.month, day.day):
        return first
    when = _day(pendulum.Date(year, day.month, day.day))
    return TimeMention(span=first.span, text=first.text, kind=first.kind, when=when)


_TWO_DAYS = frozenset({"md", "dm"})
"""Rules whose match may hold two days of one month: "May 14 and 15"."""
_NOT_A_DAY = re.compile(
    r"\s*(?:[ap]\.?m\b|o['’]clock|(?:years?|months?|weeks?|days?|hours?|minutes?|times)\b)"
    r"|" + _COUNTED.pattern,
    re.IGNORECASE,
)
"""What shows a number after "and" is no day of the month: "on May 3 and 4 p.m.",
"on May 14 and 15 percent"."""


def _second_day(
    m: re.Match[str], rule: str, when: TimeSpan, text: str
) -> tuple[int, int, TimeSpan] | None:
    """Two days of one month joined by "and", "or", "to" or a dash, as two mentions.

    "talks on May 14 and 15" names May 14 and May 15; "14 and 15 May" too. The
    days go up, and the second is no count ("May 3 and 4 p.m."). Returns where the first
    mention ends, where the second starts, and the day the match did not resolve: the
    second of "May 14 and 15", the first of "14 and 15 May".
    """
    if rule == "md":
        first, other = m.group("md_d"), m.group("md_d2")
        if _NOT_A_DAY.match(text, m.end("md_d2")):
            return None
    else:
        first, other = m.group("dm_d"), m.group("dm_d2")
    if when.granularity is not Granularity.DAY or _day_number(first) >= _day_number(other):
        return None
    day = _day_number(other if rule == "md" else first)
    start = when.start
    if not _valid(start.year, start.month, day):
        return None
    return (
        m.end(rule + "_d"),
        m.end(rule + "_and"),
        _day(pendulum.Date(start.year, start.month, day)),
    )


def find_times(text: str, *, reference: pendulum.Date | None = None) -> tuple[TimeMention, ...]:
    """Every time expression in ``text``, resolved against ``reference``.

    With no reference, only what the text itself fixes ("April 18, 2022", "1990") is
    resolved; the rest keeps ``when=None``.

    >>> import pendulum
    >>> [(m.text, m.when.iso()) for m in find_times(
    ...     "They met on Thursday and will meet again next month.",
    ...     reference=pendulum.Date(2022, 4, 18))]
    [('Thursday', '2022-04-14'), ('next month', '2022-05')]
    """
    if not isinstance(text, str):
        raise TextInputError("text", text)
    return tuple(_mentions(_Context(text, _as_date(reference))))
