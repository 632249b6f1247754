"""Tests for the time-expression recogniser: ``read_date`` and ``find_times``."""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents import find_times
from newsevents._mentions import TimeKind, TimeMention
from newsevents._model import Span, TimeSpan
from newsevents._times import (
    _AFTER_MONTH,
    _AFTER_THE,
    _AFTER_WEEKDAY,
    _ALTERNATIVES,
    _CUE_KINDS,
    _DIGITS_RUN,
    _ED_LISTED,
    _ED_WORD,
    _FUTURE_WORDS,
    _HEAD_WORDS,
    _HEADS,
    _LAST_BOUND,
    _LAST_FOREIGN,
    _MODIFIER,
    _MODIFIER_ALONE,
    _NEXT_WORD,
    _OPENINGS,
    _PAST_WORDS,
    _REACH,
    _REFUSED,
    _RUN_BACK,
    _STARTER_AFTER,
    _STARTER_FIRST,
    _TAIL,
    _TENSE_CUE_LOWER,
    _TIME_EXPRESSION,
    _UNREAD,
    FUTURE,
    INNER_RUN,
    MONTHS,
    NEUTRAL,
    PAST,
    STARTER,
    TIME_EXPRESSION,
    WEEKDAYS,
    _alternation,
    _Context,
    _heads,
    _match_at,
    _match_modified,
    _mention,
    _pick_year,
    _plus_months,
    _tense,
    _week,
    _without_repeats,
    _year_in_clause,
    read_date,
)
from newsevents.errors import InvalidValueError, TextInputError

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_ABBREVIATIONS = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 18th", (None, 4, 18)),
        ("March 23", (None, 3, 23)),
        ("may 07, 2011", (2011, 5, 7)),
        ("18 April 2022", (2022, 4, 18)),
        ("1996-08-22", (1996, 8, 22)),
        ("Aug. 22", (None, 8, 22)),
        ("Sept 3", (None, 9, 3)),
        ("Apr. 18, 2022", (2022, 4, 18)),
        ("  Monday, April 18 -", (None, 4, 18)),
        ("the 2nd of June", None),
        ("2nd of June", (None, 6, 2)),
        ("OCTOBER 1, 2019", (2019, 10, 1)),
        ("May. 1", (None, 5, 1)),
    ],
)
def test_read_date_reads_dateline_dates(text: str, expected: tuple[int | None, int, int]) -> None:
    """A dateline date in any common wire style reads as (year or None, month, day)."""
    assert expected == read_date(text)


@pytest.mark.parametrize(
    "text", ["May I come in", "Feb. 30", "2022-13-01", "$20", "April", "18", "Havana"]
)
def test_read_date_refuses_what_is_not_one_date(text: str) -> None:
    """Text that is not one whole, valid date phrase reads as None."""
    assert read_date(text) is None


@given(
    date=st.dates(min_value=pendulum.Date(1900, 1, 1), max_value=pendulum.Date(2099, 12, 31)),
    style=st.sampled_from(["long", "british", "iso", "abbreviated"]),
)
def test_read_date_reads_back_a_formatted_date(date: pendulum.Date, style: str) -> None:
    """A date written in a common news style reads back as the same date."""
    name, abbreviation = _MONTH_NAMES[date.month - 1], _MONTH_ABBREVIATIONS[date.month - 1]
    text = {
        "long": f"{name} {date.day}, {date.year}",
        "british": f"{date.day} {name} {date.year}",
        "iso": date.isoformat(),
        "abbreviated": f"{abbreviation} {date.day}, {date.year}",
    }[style]
    assert (date.year, date.month, date.day) == read_date(text)


# --- find_times ---------------------------------------------------------------------------

MONDAY = pendulum.Date(2022, 4, 18)
"""A Monday: the reference date of most examples below."""


def _read(text: str, reference: pendulum.Date | None = MONDAY) -> list[tuple[str, str | None]]:
    """Each time expression found in ``text`` with its value written the TIMEX3 way."""
    return [
        (m.text, None if m.when is None else m.when.iso())
        for m in find_times(text, reference=reference)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean and Peruvian envoys are due to meet on Thursday in Lima.",
            [("Thursday", "2022-04-21")],
        ),
        ("The two delegations met on Thursday in Quito.", [("Thursday", "2022-04-14")]),
        ("The ministry said on Monday it would reply.", [("Monday", "2022-04-18")]),
        ("Talks will resume on Friday, a diplomat said.", [("Friday", "2022-04-22")]),
        ("Envoys have until 9 a.m. Friday to reply.", [("9 a.m. Friday", "2022-04-22")]),
        ("Lawyers for Gen. Ruiz will appear on Friday.", [("Friday", "2022-04-22")]),
        ("The U.S. envoy will meet Gen. Ruiz Thursday.", [("Thursday", "2022-04-21")]),
        ("He will succeed the chairman on Friday.", [("Friday", "2022-04-22")]),
        ("The bid had been due to lapse on Friday.", [("Friday", "2022-04-15")]),
        ("Rebels agreed to a truce on Friday.", [("Friday", "2022-04-15")]),
        ("The two premiers meet separately Thursday in Oslo.", [("Thursday", "2022-04-21")]),
        ("Hearings resume Wednesday, the court said.", [("Wednesday", "2022-04-20")]),
        ("The vote on Friday was close.", [("Friday", "2022-04-15")]),
        ("The peace plan on Friday drew fire.", [("Friday", "2022-04-15")]),
        ("Envoys plan to meet again on Friday.", [("Friday", "2022-04-22")]),
        ("The mayor could not be reached on Friday.", [("Friday", "2022-04-15")]),
        ("Aides wouldn't say Thursday who will attend.", [("Thursday", "2022-04-14")]),
        ("He flew out last Friday.", [("last Friday", "2022-04-15")]),
        ("The vote is set for next Tuesday.", [("next Tuesday", "2022-04-26")]),
    ],
)
def test_weekdays_are_read_by_tense(text: str, expected: list[tuple[str, str]]) -> None:
    """A weekday is the coming one in a clause about the future, else the last one or today."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Union leaders are expected to sit down with the rail\noperators on Friday.",
            [("Friday", "2022-04-22")],
        ),
        (
            "Farm ministers will gather in\nBrussels on Thursday to talk about quotas.",
            [("Thursday", "2022-04-21")],
        ),
        ("Farm ministers will gather in Brussels\n\nThursday", [("Thursday", "2022-04-14")]),
    ],
)
def test_one_line_break_leaves_the_tense_of_the_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Hard-wrapped copy: a line break after a lower-case word ends no clause; a blank line does."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Envoys gathered in Oslo for Thursday's planned talks.", [("Thursday", "2022-04-21")]),
        ("Thursday's upcoming vote is the first in years.", [("Thursday", "2022-04-21")]),
        ("Aides briefed reporters ahead of Friday's scheduled summit.", [("Friday", "2022-04-22")]),
        ("The premier will attend Wednesday's cabinet meeting.", [("Wednesday", "2022-04-20")]),
        ("Saturday's match was called off after the storm.", [("Saturday", "2022-04-16")]),
        ("Lawyers would seek to overturn Friday's verdict.", [("Friday", "2022-04-15")]),
    ],
)
def test_a_possessive_weekday_is_past_unless_it_lies_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A possessive weekday is the past one, unless planned or under a firm future clause."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose today.", [("today", "2022-04-18")]),
        ("Prices rose yesterday.", [("yesterday", "2022-04-17")]),
        ("Markets open tomorrow.", [("tomorrow", "2022-04-19")]),
        ("The minister speaks tonight.", [("tonight", "2022-04-18")]),
        ("Police said this morning that two men were held.", [("this morning", "2022-04-18")]),
        ("Exports fell last week.", [("last week", "2022-W15")]),
        ("Exports fell this week.", [("this week", "2022-W16")]),
        ("Exports may fall next week.", [("next week", "2022-W17")]),
        ("Exports fell last month.", [("last month", "2022-03")]),
        ("Exports rose last quarter.", [("last quarter", "2022-Q1")]),
        ("Exports rose last year.", [("last year", "2021")]),
        ("Exports will rise next year.", [("next year", "2023")]),
        ("Growth slowed this year.", [("this year", "2022")]),
        ("The shops shut last weekend.", [("last weekend", "2022-04-16/2022-04-17")]),
    ],
)
def test_relative_dates_resolve_against_the_reference(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Today, yesterday, last week, next year and their kin count from the reference."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation peaked in November.", [("November", "2021-11")]),
        ("Elections are expected in June.", [("June", "2022-06")]),
        ("The deal was signed in January 2021.", [("January 2021", "2021-01")]),
        ("Talks opened on March 23.", [("March 23", "2022-03-23")]),
        ("The talks, set for April 18th, went ahead.", [("April 18th", "2022-04-18")]),
        ("The results, due on 4/20/2022, were late.", [("4/20/2022", "2022-04-20")]),
        ("The summit (1996-08-22) ended early.", [("1996-08-22", "1996-08-22")]),
        ("Rates rose on 18 April 2022.", [("18 April 2022", "2022-04-18")]),
        ("The plant opens in mid-February.", [("mid-February", "2022-02")]),
        ("A decision is due early next year.", [("early next year", "2023")]),
        ("Output had halved by end-1986.", [("end-1986", "1986")]),
        ("Debt soared in the 1990s.", [("the 1990s", "199X")]),
        ("Sales slumped in summer 2021.", [("summer 2021", "2021-SU")]),
        ("Profit rose in fiscal 2021.", [("fiscal 2021", "2021")]),
        ("Margins improved in the third quarter.", [("the third quarter", "2021-Q3")]),
        ("Profit rose in the first half of 2020.", [("the first half of 2020", "2020-H1")]),
        ("Prices have doubled since 1990.", [("1990", "1990")]),
    ],
)
def test_calendar_expressions_name_their_stretch(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Months, dates, seasons, decades, quarters and fiscal years name their span."""
    assert expected == _read(text)


def test_an_expression_after_a_date_is_anchored_on_it() -> None:
    """The day before and a day after count from the date named before them."""
    text = "The accord was signed on March 3, 2020; rebels had attacked the day before."
    assert [("March 3, 2020", "2020-03-03"), ("the day before", "2020-03-02")] == _read(text)
    text = "Voting ended on June 5, 2021, and the count began a day after."
    assert [("June 5, 2021", "2021-06-05"), ("a day after", "2021-06-06")] == _read(text)


def test_days_later_count_from_the_day_an_earlier_sentence_named() -> None:
    """Days and months later count from a time an earlier sentence named, if none is nearer."""
    text = "The plant closed on March 3, 2021. Two days later, workers marched."
    assert [("March 3, 2021", "2021-03-03"), ("Two days later", "2021-03-05")] == _read(text)
    text = "The strike began in June 2020. The following month, talks resumed."
    assert [("June 2020", "2020-06"), ("The following month", "2020-07")] == _read(text)
    text = "Rebels took the town on March 3, 2021. Earlier that day, jets struck."
    assert [("March 3, 2021", "2021-03-03"), ("Earlier that day", "2021-03-03")] == _read(text)


def test_a_year_earlier_counts_from_the_story_not_an_earlier_sentence() -> None:
    """A year earlier is the story's own comparison: it counts from the reference."""
    text = "Sales peaked in 2019. Profit rose 5% from a year earlier."
    assert [("2019", "2019"), ("a year earlier", "2021")] == _read(text)


def test_a_weekday_after_a_date_is_counted_from_it() -> None:
    """The following Monday is the Monday after the date named before it."""
    text = "The plant closed on March 3, 2022, and reopened the following Monday."
    assert [("March 3, 2022", "2022-03-03"), ("the following Monday", "2022-03-07")] == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finance ministers meet in Vienna on May 12 and 13.",
            [("May 12", "2022-05-12"), ("13", "2022-05-13")],
        ),
        (
            "The runoff is set for June 5 or 6, the commission said.",
            [("June 5", "2022-06-05"), ("6", "2022-06-06")],
        ),
        (
            "The trade fair runs from Sept. 8-11, 2023, in Leipzig.",
            [("Sept. 8", "2023-09-08"), ("11, 2023", "2023-09-11")],
        ),
        (
            "Strikes are called for 9 and 10 May.",
            [("9", "2022-05-09"), ("10 May", "2022-05-10")],
        ),
        (
            "The fair ran from Oct. 30-Nov. 2.",
            [("Oct. 30", "2021-10-30"), ("Nov. 2", "2021-11-02")],
        ),
        (
            "The fair ran from Dec. 30-Jan. 2, 2021, in Basel.",
            [("Dec. 30", "2020-12-30"), ("Jan. 2, 2021", "2021-01-02")],
        ),
        (
            "Talks ran from June 1 to July 5, 2019.",
            [("June 1", "2019-06-01"), ("July 5, 2019", "2019-07-05")],
        ),
        (
            "Delegates gather between July 4 and July 6.",
            [("July 4", "2022-07-04"), ("July 6", "2022-07-06")],
        ),
        (
            "Polls open on May 3 and 4 p.m. is the deadline.",
            [("May 3", "2022-05-03"), ("4 p.m.", "2022-05-03")],
        ),
        ("On May 3 and 40 percent voted.", [("May 3", "2022-05-03")]),
        ("Voting on May 9 and 3 others failed.", [("May 9", "2022-05-09")]),
    ],
)
def test_two_days_of_one_month_are_two_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    """Two days joined by "and" or a dash are two mentions, in the year the last names."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accord was signed on the second of March.", [("the second of March", "2022-03-02")]),
        ("The ballot is on the fifth of May, 2023.", [("the fifth of May, 2023", "2023-05-05")]),
        (
            "Parliament reconvenes on June the twenty-first.",
            [("June the twenty-first", "2022-06-21")],
        ),
        (
            "Talks resume on June twenty first, at noon.",
            [("June twenty first", "2022-06-21"), ("noon", "2022-06-21")],
        ),
        ("Talks resume on June first at noon.", [("June", "2022-06"), ("noon", "2022-04-18")]),
        ("The levy ends on the first day of July.", [("the first day of July", "2022-07-01")]),
        ("In May first lady Ana Ruiz toured the port.", [("May", "2022-05")]),
        (
            "Net profit rose in the March third quarter.",
            [("March", "2022-03"), ("third quarter", "2021-Q3")],
        ),
    ],
)
def test_days_in_words_name_their_day(text: str, expected: list[tuple[str, str]]) -> None:
    """Days in words name their day ("the second of March"), but not in "May first lady"."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is the third day of the dock strike.", [("the third day", "2022-04-18")]),
        ("Shares fell for the fifth straight day.", [("the fifth straight day", "2022-04-18")]),
        (
            "On Tuesday, the 2nd day of the summit, envoys met.",
            [("Tuesday", "2022-04-12"), ("the 2nd day", "2022-04-12")],
        ),
        ("On the first day of the trial, a witness wept.", [("the first day", "2022-04-18")]),
        ("A witness testified on the first day of the trial.", []),
        ("Rent falls due on the first day of the month.", []),
    ],
)
def test_a_day_counted_in_a_run_is_the_day_spoken_of(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The third day of a strike is the reference day, or the day named before it."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orders for the full year rose 4%.", [("the full year", "2022")]),
        (
            "Output rose in March 2020, the best for the year.",
            [("March 2020", "2020-03"), ("the year", "2020")],
        ),
        ("Prices have doubled so far in the year.", [("the year", "2022")]),
        ("She was named Banker of the Year.", []),
        ("Net fell 3% the year before.", [("the year before", "2021")]),
        ("Shares peaked by mid-afternoon.", [("mid-afternoon", "2022-04-18")]),
        ("Fighting eased in the early evening.", [("the early evening", "2022-04-18")]),
        (
            "Riot police moved in late afternoon yesterday.",
            [("late afternoon yesterday", "2022-04-17")],
        ),
        ("The ferry leaves at 6 in the morning.", [("6 in the morning", "2022-04-18")]),
        ("The verdict is due at midday.", [("midday", "2022-04-18")]),
        ("A midday meal was served.", []),
    ],
)
def test_the_year_and_parts_of_the_day_name_their_stretch(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The full year is the story's year; a part of the day under "mid-" or "late" is a time."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pilgrims crowded the basilica for Easter.", [("Easter", "2022-04-17")]),
        ("Banks will close on Good Friday.", [("Good Friday", "2023-04-07")]),
        ("Markets reopen on Easter Monday.", [("Easter Monday", "2022-04-18")]),
        ("Vigils were held as Easter week began.", [("Easter week", "2022-W15")]),
        ("The yacht sailed for Easter Island.", []),
        ("Losses shrank over the latest fiscal year.", [("the latest fiscal year", "2021")]),
        ("Sirens sounded the night the dam burst.", []),
        (
            "On Friday, police came in the night.",
            [("Friday", "2022-04-15"), ("the night", "2022-04-15")],
        ),
    ],
)
def test_holidays_fiscal_years_and_nights_name_their_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Easter and its days are reckoned each year; "the night the dam burst" is no sentence day."""
    assert expected == _read(text)


@given(year=st.integers(min_value=1901, max_value=2098))
def test_easter_falls_on_a_sunday_in_spring(year: int) -> None:
    """The computus gives a Sunday between March 22 and April 25."""
    (mention,) = find_times("Churches filled at Easter.", reference=pendulum.Date(year, 4, 1))
    assert mention.when is not None
    day = mention.when.start
    assert (6, True) == (day.weekday(), dt.date(day.year, 3, 22) <= day <= dt.date(day.year, 4, 25))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic was bombed in March nineteen ninety-four.",
            [("March nineteen ninety-four", "1994-03")],
        ),
        (
            "Crops froze during the winter of nineteen eighty-two.",
            [("winter of nineteen eighty-two", "1982-WI")],
        ),
        ("Demand slowed in the last half of 2019.", [("the last half of 2019", "2019-H2")]),
        ("Orders rose in the final quarter of 2020.", [("the final quarter of 2020", "2020-Q4")]),
        ("Orders rose last quarter.", [("last quarter", "2022-Q1")]),
    ],
)
def test_years_in_words_and_last_halves_name_their_stretch(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A month or season takes a year in words; the last half of a year is its second."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents are due on the 25th.", [("the 25th", "2022-04-25")]),
        ("The rent was paid on the 3rd, the agent said.", [("the 3rd", "2022-04-03")]),
        ("The fee will be due by the 10th.", [("the 10th", "2022-05-10")]),
        (
            "The talks opened on June 2, 2021, and ended on the 5th.",
            [("June 2, 2021", "2021-06-02"), ("the 5th", "2021-06-05")],
        ),
        ("Staff moved to offices on the 15th floor.", []),
        (
            "Sales slowed in the second half of the year.",
            [("the second half of the year", "2022-H2")],
        ),
        (
            "In 2019, sales slowed in the second half of the year.",
            [("2019", "2019"), ("the second half of the year", "2019-H2")],
        ),
    ],
)
def test_a_day_of_the_month_alone_falls_in_the_month_spoken_of(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A day of the month alone is in the sentence's month, or the month around the reference."""
    assert expected == _read(text)


def test_days_counted_from_an_event_are_not_known() -> None:
    """A day after the vote counts from an event, whose day the text does not give there."""
    assert [("a day after", None)] == _read("Talks open a day after the vote.")
    text = "Rebels took the town on March 3, 2021. Two days after that, jets struck."
    assert [("March 3, 2021", "2021-03-03"), ("Two days after", "2021-03-05")] == _read(text)


def test_a_quarter_of_a_named_year_is_the_storys_quarter_in_that_year() -> None:
    """In a story about third-quarter results, the 2020 quarter is the third of 2020."""
    text = "Third-quarter profit fell to $3 million from $5 million in the 2020 quarter."
    assert [("Third-quarter", "2021-Q3"), ("the 2020 quarter", "2020-Q3")] == _read(text)


def test_a_year_earlier_in_a_quarter_story_is_that_quarter_a_year_back() -> None:
    """A year earlier, beside a quarter, names the same quarter of the year before."""
    text = "Third-quarter profit rose 5% from a year earlier."
    assert [("Third-quarter", "2021-Q3"), ("a year earlier", "2020-Q3")] == _read(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a five-year hiatus", TimeKind.DURATION),
        ("a 90-minute meeting", TimeKind.DURATION),
        ("for three months", TimeKind.DURATION),
        ("The council meets every Monday.", TimeKind.SET),
        ("The paper is published weekly.", TimeKind.SET),
        ("The board meets twice a year.", TimeKind.SET),
        ("Inspectors call three times a week.", TimeKind.SET),
        ("Prices are now higher.", TimeKind.VAGUE),
        ("The firm recently cut jobs.", TimeKind.VAGUE),
        ("Rates are currently low.", TimeKind.VAGUE),
    ],
)
def test_durations_sets_and_vague_references_name_no_span(text: str, kind: TimeKind) -> None:
    """Durations, recurrences and vague references are found, with no calendar span."""
    (mention,) = find_times(text, reference=MONDAY)
    assert (kind, None) == (mention.kind, mention.when)


@pytest.mark.parametrize(
    "text",
    [
        "The ticket costs $20.",
        "Officials may meet again.",
        "Some 2500 people marched.",
        "She is a nine-year-old girl.",
        "He fought in the Six Day War.",
        "It was high noon for the government.",
        "The quarter-to-quarter change was small.",
        "It rose 1990 points.",
        "The strike will march on.",
    ],
)
def test_money_verbs_and_counts_are_not_dates(text: str) -> None:
    """Money, the verb may, ages and counts are not time expressions."""
    assert [] == _read(text)


def test_without_a_reference_only_what_the_text_fixes_is_resolved() -> None:
    """With no reference, "Thursday" stays unresolved and "April 18, 2022" is a day."""
    text = "Officials met on Thursday, April 18, 2022, and again on Friday."
    expected = [("Thursday, April 18, 2022", "2022-04-18"), ("Friday", None)]
    assert expected == _read(text, reference=None)


def test_a_clock_time_before_a_day_is_on_that_day() -> None:
    """A clock time before a weekday is one time expression on that day."""
    (mention,) = find_times("Polls close at 9 p.m. Tuesday.", reference=MONDAY)
    assert ("9 p.m. Tuesday", TimeKind.TIME, "2022-04-12") == (
        mention.text,
        mention.kind,
        None if mention.when is None else mention.when.iso(),
    )


def test_a_datetime_reference_counts_by_its_date() -> None:
    """A datetime (pendulum's or the standard library's) as reference counts by its date."""
    for reference in (pendulum.datetime(2022, 4, 18, 23, 59), dt.date(2022, 4, 18)):
        (mention,) = find_times("Prices rose yesterday.", reference=reference)  # type: ignore[arg-type]  # a date subclass
        assert mention.when is not None
        assert "2022-04-17" == mention.when.iso()


def test_find_times_refuses_what_is_not_text() -> None:
    """A non-str is refused with TextInputError naming the type that came."""
    with pytest.raises(TextInputError) as info:
        find_times(b"Thursday")  # type: ignore[arg-type]  # the wrong type on purpose
    assert "text: expected a str, got bytes (decode bytes first)" == str(info.value)


def test_find_times_refuses_a_reference_that_is_not_a_date() -> None:
    """A reference that is not a date is refused with a message that quotes it."""
    with pytest.raises(InvalidValueError) as info:
        find_times("on Thursday", reference="2022-04-18")  # type: ignore[arg-type]  # on purpose
    assert "reference must be a pendulum.Date or None: got '2022-04-18'" == str(info.value)


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@given(
    reference=st.dates(
        min_value=pendulum.Date(1900, 1, 1), max_value=pendulum.Date(2099, 12, 31)
    ).map(lambda d: pendulum.Date(d.year, d.month, d.day)),
    weekday=st.integers(min_value=0, max_value=6),
    clause=st.sampled_from(
        ["Officials met on {}.", "Officials will meet on {}.", "Talks are due to open {}.",
         "The minister said on {} that talks had failed.", "They spoke {} by phone."]
    ),
)  # fmt: skip
def test_a_resolved_weekday_lies_within_a_week_and_falls_on_its_day(
    reference: pendulum.Date, weekday: int, clause: str
) -> None:
    """A weekday resolves to that weekday, at most six days from the reference."""
    (mention,) = find_times(clause.format(_WEEKDAY_NAMES[weekday]), reference=reference)
    assert mention.when is not None
    day = mention.when.start
    assert (weekday, True) == (day.weekday(), abs((day - reference).days) <= 6)


@given(
    date=st.dates(min_value=pendulum.Date(1900, 1, 1), max_value=pendulum.Date(2099, 12, 31)),
    style=st.sampled_from(["long", "british", "iso", "abbreviated"]),
)
def test_find_times_reads_back_a_formatted_date(date: pendulum.Date, style: str) -> None:
    """A date written in a common news style, inside a sentence, is found as that day."""
    name, abbreviation = _MONTH_NAMES[date.month - 1], _MONTH_ABBREVIATIONS[date.month - 1]
    written = {
        "long": f"{name} {date.day}, {date.year}",
        "british": f"{date.day} {name} {date.year}",
        "iso": date.isoformat(),
        "abbreviated": f"{abbreviation} {date.day}, {date.year}",
    }[style]
    (mention,) = find_times(f"The agreement was signed on {written} in Geneva.")
    assert (written, date.isoformat()) == (
        mention.text,
        None if mention.when is None else mention.when.iso(),
    )


@given(text=st.text())
def test_find_times_returns_mentions_that_slice_back_for_any_text(text: str) -> None:
    """For any str, find_times returns mentions whose spans slice back to their text."""
    for mention in find_times(text, reference=MONDAY):
        assert mention.text == mention.span.slice(text)


@given(
    text=st.lists(
        st.sampled_from(
            ["May", "may", "1990", "the", "end", "of", "last", "Thursday", "quarter", "'98",
             "3", "p.m.", ",", ".", "a", "year", "ago", "mid-", "Q3", "fiscal", "İ", "\n",
             "every", "week", "earlier", "2/30/2021", "Feb. 29", "1999-02-29", "12:75 a.m."]
        )
    ).map(" ".join)
)  # fmt: skip
def test_find_times_never_fails_on_time_words_in_any_order(text: str) -> None:
    """Time words in any order, impossible dates among them, never make find_times fail."""
    for mention in find_times(text, reference=MONDAY):
        assert mention.text == mention.span.slice(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This may be the last round.", []),
        ("The vote will be held on 8 November.", [("8 November", "2022-11-08")]),
        ("Debt has tripled over the past decade.", [("the past decade", None)]),
        ("Tuesday's verdict was appealed.", [("Tuesday", "2022-04-12")]),
        ("Two helicopters crashed last March.", [("last March", "2021-03")]),
        ("The strike began last June.", [("last June", "2021-06")]),
        ("Prices peaked last February.", [("last February", "2022-02")]),
        ("Trading resumes at 1500 GMT.", [("1500 GMT", "2022-04-18")]),
        ("Net profit rose in the first quarter 2021.", [("the first quarter 2021", "2021-Q1")]),
        ("Talks ended by the end of the month.", [("the end of the month", "2022-04")]),
        ("Bids are due in the week of May 9.", [("the week of May 9", "2022-W19")]),
    ],
)
def test_edge_cases_of_news_style(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A verb is no month, a full stop no part of a date, a past decade a duration.

    "last March" written in April is the March of the year before: the month just gone
    would be "last month".
    """
    assert expected == _read(text)


@given(
    date=st.dates(min_value=pendulum.Date(1900, 1, 8), max_value=pendulum.Date(2099, 12, 24)).map(
        lambda d: pendulum.Date(d.year, d.month, d.day)
    )
)
def test_the_quick_week_is_the_model_week(date: pendulum.Date) -> None:
    """The week built by day number is the week TimeSpan.week builds."""
    assert TimeSpan.week(date) == _week(date)


@given(
    date=st.dates(min_value=pendulum.Date(1900, 1, 1), max_value=pendulum.Date(2099, 12, 31)).map(
        lambda d: pendulum.Date(d.year, d.month, d.day)
    ),
    months=st.integers(min_value=-1200, max_value=1200),
)
def test_the_quick_month_step_is_pendulums(date: pendulum.Date, months: int) -> None:
    """Moving a date by whole months by month number lands where pendulum's add lands."""
    assert date.add(months=months) == _plus_months(date, months)


def test_optional_groups_are_written_as_empty_branches() -> None:
    """``(?:X)?`` becomes ``(?:X|)``; escapes, sets and lazy ``??`` are left as they were."""
    pattern = r"(?:a)?b(?P<x>c(?:d)?)?[)(?]e\)?(?:f)??"
    assert r"(?:a|)b(?:(?P<x>c(?:d|))|)[)(?]e\)?(?:f)??" == _without_repeats(pattern)


_PLAIN_TIME_EXPRESSION = re.compile(_TIME_EXPRESSION, re.VERBOSE)


@given(
    text=st.lists(
        st.sampled_from(
            ["the", "end", "of", "last", "year", "early", "mid-", "March", "3", "1990", "'98",
             "p.m.", "EST", "a", "few", "days", "ago", "fiscal", "Q3", "first", "quarter",
             "every", "Monday", "morning", "this", "past", "week", "noon", ",", "-", "the 1990s"]
        )
    ).map(" ".join)
)  # fmt: skip
def test_the_rewritten_pattern_matches_as_written(text: str) -> None:
    """At every position the pattern with empty branches matches what the plain one does."""
    lowered = text.lower()
    for pos in range(len(lowered)):
        quick, plain = (
            TIME_EXPRESSION.match(lowered, pos),
            _PLAIN_TIME_EXPRESSION.match(lowered, pos),
        )
        assert (plain and (plain.span(), plain.lastgroup, plain.groupdict())) == (
            quick and (quick.span(), quick.lastgroup, quick.groupdict())
        )


# --- the alternatives tried at a start are those that can open there -------------------

if sys.version_info >= (3, 11):
    from re import _constants as _sre
    from re import _parser as _sre_parse
else:  # pragma: no cover  # 3.10 has the parser under its old name, not yet deprecated
    import sre_constants as _sre
    import sre_parse as _sre_parse

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_PROBES = [chr(code) for code in range(0x20, 0x7F)] + ["\n", "\t", "’", "‘", "é", "٣", "\xa0"]
"""The characters a set or class is probed with: enough to tell letters, digits,
apostrophes and the rest apart."""
_CLASSES = {
    name: re.compile(text)
    for names, text in [
        (("CATEGORY_DIGIT", "CATEGORY_UNI_DIGIT"), r"\d"),
        (("CATEGORY_NOT_DIGIT", "CATEGORY_UNI_NOT_DIGIT"), r"\D"),
        (("CATEGORY_SPACE", "CATEGORY_UNI_SPACE"), r"\s"),
        (("CATEGORY_NOT_SPACE", "CATEGORY_UNI_NOT_SPACE"), r"\S"),
        (("CATEGORY_WORD", "CATEGORY_UNI_WORD"), r"\w"),
        (("CATEGORY_NOT_WORD", "CATEGORY_UNI_NOT_WORD"), r"\W"),
    ]
    for name in names
}


def _member(op: Any, av: Any, char: str) -> bool:
    """Whether one character item of a parsed pattern matches ``char``."""
    if op is _sre.LITERAL:
        return chr(av) == char
    if op is _sre.NOT_LITERAL:
        return chr(av) != char
    if op is _sre.ANY:
        return char != "\n"
    if op is _sre.RANGE:
        return bool(av[0] <= ord(char) <= av[1])
    if op is _sre.CATEGORY:
        return _CLASSES[str(av)].match(char) is not None
    assert op is _sre.IN
    negated = any(item_op is _sre.NEGATE for item_op, _ in av)
    hit = any(_member(item_op, item, char) for item_op, item in av if item_op is not _sre.NEGATE)
    return hit != negated


def _bars_letters(av: Any) -> bool:
    r"""Whether a negative lookahead turns away every letter: "(?!\w)", "(?!\w|-[a-z])"."""
    direction, seq = av
    if direction != 1 or len(seq) != 1:
        return False
    op, item = seq[0]
    branches = item[1] if op is _sre.BRANCH else [seq]
    return any(
        len(branch) == 1
        and branch[0][0] in {_sre.LITERAL, _sre.IN, _sre.CATEGORY}
        and all(_member(branch[0][0], branch[0][1], letter) for letter in _LETTERS)
        for branch in branches
    )


def _walk(pattern: str, state: str, read: Any, end: Any) -> set[str]:
    """What ``read`` and ``end`` find along every way a match of ``pattern`` can open.

    ``read(state, char)`` takes the state after one more character: a new state to go
    on with, or a string in a one-item tuple to keep and stop. ``end(state)`` says what
    to keep where the pattern ends, or a lookahead bars a letter after a word (then its
    state is passed with "|" after it). Lookarounds count as passed otherwise, so what
    is kept is never too little.
    """
    found: set[str] = set()
    seen: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
    repeats: dict[tuple[Any, ...], list[Any]] = {}

    def walk(state: str, stack: tuple[tuple[Any, int], ...]) -> None:
        key = (state, tuple((id(seq), at) for seq, at in stack))
        if key in seen:
            return
        seen.add(key)
        if not stack or len(state) > 40:
            found.add(end(state))
            return
        (seq, at), rest = stack[-1], stack[:-1]
        if at >= len(seq):
            walk(state, rest)
            return
        op, av = seq[at]
        after = rest if at + 1 >= len(seq) else (*rest, (seq, at + 1))  # no spent frames
        if op in {_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN, _sre.CATEGORY}:
            for char in _PROBES:
                if _member(op, av, char):
                    went = read(state, char)
                    if isinstance(went, tuple):
                        found.update(went)
                    else:
                        walk(went, after)
        elif op is _sre.ASSERT_NOT and state[-1:].isalpha() and _bars_letters(av):
            found.add(end(state + "|"))  # "(?!\w)": the word ends here
        elif op in {_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT}:
            walk(state, after)
        elif op is _sre.SUBPATTERN:
            walk(state, (*after, (av[3], 0)))
        elif op is _sre.BRANCH:
            for branch in av[1]:
                walk(state, (*after, (branch, 0)))
        elif op is _sre.GROUPREF_EXISTS:
            walk(state, (*after, (av[1], 0)))
            walk(state, after if av[2] is None else (*after, (av[2], 0)))
        elif op in {_sre.MAX_REPEAT, _sre.MIN_REPEAT}:
            low, high, item = av
            if low == 0:
                walk(state, after)
            if high != 0:  # once more round, then the repeat with one fewer to go
                less = (op, max(low - 1, 0), high if high == _sre.MAXREPEAT else high - 1, id(item))
                again = repeats.setdefault(less, [(op, (less[1], less[2], item))])
                walk(state, (*after, (again, 0), (item, 0)))
        elif op is _sre.FAILURE:  # Python 3.13 parses a match that cannot be ("(?!)") so
            return  # nothing gets through it
        else:  # pragma: no cover  # the pattern uses nothing else
            raise AssertionError(op)

    walk(state, ((_sre_parse.parse(pattern, re.VERBOSE), 0),))
    found.discard("")
    return found


def _opening_words(pattern: str) -> set[str]:
    """Every word a match of ``pattern`` (lower-case, VERBOSE) can open with.

    A word is the run of letters a match opens with, "+" after it where the analysis
    cannot tell that the run ends there; a match that opens with no letter gives its
    first character ("7", "'").
    """

    def read(word: str, char: str) -> str | tuple[str]:
        return word + char if char in _LETTERS else (word or char,)

    def end(word: str) -> str:
        return word[:-1] if word.endswith("|") else word + "+"

    return _walk(pattern, "", read, end)


def _words_after_the(pattern: str, first: str = "the") -> set[str]:
    """Every word a match of ``pattern`` that opens with ``first`` and a space can go on with.

    As ``_opening_words`` has them, and "*" where any word can follow.
    """

    def read(state: str, char: str) -> str | tuple[str]:
        _first, space, second = state.partition(" ")
        if not space:  # still in the first word
            if char in _LETTERS:
                return state + char
            return state + " " if state == first and char.isspace() else ("",)
        if char in _LETTERS:
            return state + char
        if second:
            return (second,)
        return state if char.isspace() else (char,)

    def end(state: str) -> str:
        opener, space, second = state.rstrip("|").partition(" ")
        if opener != first:
            return ""
        if not space or not second:
            return "*"
        return second if state.endswith("|") else second + "+"

    return _walk(pattern, "", read, end)


def _can_open(words: set[str], opener: str) -> bool:
    return any(
        word == opener or (word.endswith("+") and opener.startswith(word[:-1])) for word in words
    )


def _first_word(start: str) -> str:
    """The word a start opens with as ``_OPENINGS`` reads it: a digit or apostrophe alone."""
    return start.split(maxsplit=1)[0] if start[0].isalpha() else start[0]


def test_each_start_is_tried_with_every_alternative_that_can_open_there() -> None:
    """No alternative is left out at a start whose word it can open with: read from its pattern."""
    opening_words = {
        name: _opening_words(f"(?P<mod>(?!))?{pattern}")
        for name, (_words, pattern) in _ALTERNATIVES.items()
    }
    missing = sorted(
        (start, name)
        for start, opening in _OPENINGS.items()
        for name, words in opening_words.items()
        if name not in opening.names and _can_open(words, _first_word(start))
    )
    assert [] == missing


def test_a_start_the_modifier_can_open_is_tried_with_the_whole_pattern() -> None:
    """Where "the end of" or "early" may open, the whole pattern is tried if they are there."""
    words = _opening_words(_MODIFIER.rstrip().removesuffix("?"))
    assert [] == [
        start
        for start, opening in _OPENINGS.items()
        if _can_open(words, _first_word(start)) and not opening.modifier
    ]


def test_after_the_each_alternative_lists_every_word_it_can_go_on_with() -> None:
    """After "the" and a space, no alternative is left out for a word it can go on with."""
    missing = []
    for name in _OPENINGS["the"].names:
        listed = _AFTER_THE[name].split()
        for word in _words_after_the(f"(?P<mod>(?!))?{_ALTERNATIVES[name][1]}{_TAIL}"):
            if _NEXT_WORD.fullmatch(f" {word}") is None:
                continue  # no word ``_NEXT_WORD`` reads: the whole pattern is tried there
            key = "0" if word.isdigit() else "'" if word in "'’" else word
            if key not in listed:
                missing.append((name, word))
    assert [] == missing


@pytest.mark.parametrize("opener", [*MONTHS, *(name.lower() for name in _WEEKDAY_NAMES)])
def test_after_a_month_or_weekday_each_alternative_lists_every_word_it_can_go_on_with(
    opener: str,
) -> None:
    """After a month or a weekday, no alternative is left out for a word it can go on with."""
    opening = _OPENINGS[opener]
    assert opening.then is not None or not opening.names
    missing = []
    for name in opening.names:
        words = _words_after_the(f"(?P<mod>(?!))?{_ALTERNATIVES[name][1]}{_TAIL}", opener)
        listed = (_AFTER_WEEKDAY if opener in WEEKDAYS else _AFTER_MONTH).get(name)
        if listed is None:
            assert name in opening.otherwise.names
            continue
        for word in words:
            if _NEXT_WORD.fullmatch(f" {word}") is None:
                continue  # no word ``_NEXT_WORD`` reads: the whole opening is tried there
            key = "0" if word.isdigit() else "'" if word in "'’" else word
            if key not in listed.split():
                missing.append((name, word))
    assert [] == missing


@given(
    text=st.lists(
        st.sampled_from(
            ["the", "end", "of", "last", "year", "early", "mid-", "March", "3", "1990", "'98",
             "p.m.", "EST", "a", "few", "days", "ago", "fiscal", "Q3", "first", "quarter",
             "every", "Monday", "morning", "this", "past", "week", "noon", ",", "-", "the 1990s",
             "a  few", "Christmas", "year-earlier", "that", "day", "twenty-five", "spring",
             "٣", "fy", "2nd", "the week of", "late", "start-", "deficit", "same", "near",
             "future", "the  2nd", "’90s", "previous"]
        )
    ).map(" ".join)
)  # fmt: skip
def test_a_start_matches_as_the_whole_pattern_does(text: str) -> None:
    """At every start, the alternatives that can open there match what the whole pattern does."""
    _assert_every_start_matches_as_the_whole_does(text.lower())


def _assert_every_start_matches_as_the_whole_does(text: str) -> None:
    """At every start of ``text``, ``_match_at`` matches what ``TIME_EXPRESSION`` does."""
    for start in STARTER.finditer(text):
        whole = TIME_EXPRESSION.match(text, start.start())
        quick = _match_at(text, start.start(), start.group())
        assert (whole and (whole.span(), whole.lastgroup)) == (
            quick and (quick.span(), quick.lastgroup)
        )


_MARKED_WORDS = [
    "may", "june", "march", "dec", "sept", "jan", "monday", "friday", "the", "day", "5", "1990",
    "of", "nineteen", "ninety", "next", "year", "fifth", "may day", "2nd", ",", ".", "-", ";",
    "'", "’s", "”", ")", "/", "—", ":", "?",
]  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_MARKED_WORDS)),
    glues=st.lists(st.sampled_from(["", " ", "  ", "\n"]), min_size=1),
)
def test_a_month_or_weekday_before_a_mark_matches_as_the_whole_pattern_does(
    words: list[str], glues: list[str]
) -> None:
    """A month or a weekday narrowed by the mark right after it matches as the whole does."""
    _assert_every_start_matches_as_the_whole_does(
        "".join(word + glues[i % len(glues)] for i, word in enumerate(words))
    )


_DIGIT_WORDS = [
    "1", "12", "123", "1990", "12345", "2022-04-18", "4/18/2022", "1st", "21st", "1990s",
    "1990's", "’90s", "1430", "14:30", "9", "a.m.", "pm", "gmt", "in the morning", ",", ".", "-",
    "years", "times a", "a", "year", "century", "quarter", "first", "days", "150,000", "1.5",
    "٣", "%", "may", "of", "the", "/", "and", "s", "30", "05",
]  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_DIGIT_WORDS)),
    glues=st.lists(st.sampled_from(["", " ", "  "]), min_size=1),
)
def test_a_digit_narrowed_by_its_run_matches_as_the_whole_pattern_does(
    words: list[str], glues: list[str]
) -> None:
    """A digit's alternatives narrowed by its run of digits match what the whole does."""
    _assert_every_start_matches_as_the_whole_does(
        "".join(word + glues[i % len(glues)] for i, word in enumerate(words))
    )


def test_every_alternative_that_opens_with_a_digit_says_how_many_open_it() -> None:
    """``_DIGITS_RUN`` names each alternative that can open with a digit, and no other."""
    assert sorted(_OPENINGS["0"].names) == sorted(_DIGITS_RUN)


_MODIFIED_WORDS = [
    "the", "end", "of", "very", "beginning", "start", "middle", "close", "rest", "early", "part",
    "earlier", "late", "later", "mid", "mid-", "end-", "start-", "in", "first", "second", "latter",
    "year", "month", "week", "day", "quarter", "decade", "century", "march", "may", "june",
    "monday", "2026", "1990s", "3", "'98", "’90s", "this", "next", "last", "fiscal", "20th",
    "twentieth", "nineties", "summer", "morning", "afternoon", "today", "q3", "a", "few", "-",
    ",", "  ", "the  end", "that", "said",
]  # fmt: skip


@given(text=st.lists(st.sampled_from(_MODIFIED_WORDS)).map(" ".join))
def test_a_start_after_a_modifier_matches_as_the_whole_pattern_does(text: str) -> None:
    """After a modifier, the alternatives of the word after it match what the whole does."""
    for start in range(len(text)):
        modifier = _MODIFIER_ALONE.match(text, start)
        if modifier is None:
            continue
        whole = TIME_EXPRESSION.match(text, start)
        quick = _match_modified(text, start, modifier)
        assert (whole is None) == (quick is None)
        if whole is not None and quick is not None:
            assert (whole.span(), whole.lastgroup) == (quick.span(), quick.lastgroup)
            groups = {name for name, value in whole.groupdict().items() if value is not None}
            assert {name: whole.span(name) for name in groups} == {
                name: quick.span(name) for name in groups
            }


@given(
    text=st.lists(
        st.sampled_from(
            ["the", "end", "of", "last", "year", "said", "on", "Monday", "a", "few", "days",
             "ago", "in", "March", "3", "'98", "1990", ",", "-", "officials", "early", "5th",
             "fiscal", "quarter", "twenty-five", "years", "a few", "’", "(", "mid-", "é"]
        )
    ).map(" ".join)
)  # fmt: skip
def test_the_starts_that_reach_a_head_are_those_after_the_last_foreign_word(text: str) -> None:
    """A start reaches a head just where no word an expression cannot hold stands between."""
    lowered = text.lower()
    for at, head_end in _heads(lowered):
        lo = max(0, at - _REACH)
        foreign = _LAST_FOREIGN.match(lowered, lo, at)
        cut = lo if foreign is None else foreign.end()
        every = [word.span() for word in STARTER.finditer(lowered, lo, head_end + 1)]
        assert [span for span in every if span[0] >= cut] == [
            word.span() for word in STARTER.finditer(lowered, cut, head_end + 1)
        ]
        for start, _end in every:
            if start < at:
                reaches = INNER_RUN.fullmatch(lowered, start, at) is not None
                assert reaches == (start >= cut)


@given(
    reference=st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)).map(
        lambda d: pendulum.Date(d.year, d.month, d.day)
    ),
    month=st.integers(min_value=1, max_value=12),
    day=st.one_of(st.none(), st.integers(min_value=1, max_value=28)),
    clause=st.sampled_from(["Prices fell in", "Talks will resume in", "The report covers"]),
)
def test_the_year_of_a_month_is_read_with_the_tense_only_where_it_matters(
    reference: pendulum.Date, month: int, day: int | None, clause: str
) -> None:
    """A month's year is the one ``_pick_year`` gives for the clause's tense."""
    text = f"{clause} {_MONTH_NAMES[month - 1]}."
    m = re.search(_MONTH_NAMES[month - 1], text)
    assert m is not None
    tense = _tense(text, m.start(), m.end())
    assert tense in {PAST, NEUTRAL, FUTURE}
    expected = _pick_year(reference, month, day, tense)
    assert expected == _year_in_clause(_Context(text, reference), m, reference, month, day)


def test_a_quick_mention_equals_one_the_constructor_builds() -> None:
    """A mention built through its slots is equal to the one the constructor builds."""
    when = TimeSpan.day(pendulum.Date(2022, 4, 14))
    text = "They met on Thursday."
    expected = TimeMention(span=Span(start=12, end=20), text="Thursday", kind=TimeKind.DATE,
                           when=when)  # fmt: skip
    assert expected == _mention(text, 12, 20, TimeKind.DATE, when)
    assert repr(expected) == repr(_mention(text, 12, 20, TimeKind.DATE, when))


def _consumed(pattern: str, flags: int) -> list[tuple[Any, Any]]:
    """Every item of ``pattern`` that consumes a character, outside lookarounds."""
    found: list[tuple[Any, Any]] = []

    def walk(items: Any) -> None:
        for op, av in items:
            if op in {_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT, _sre.GROUPREF, _sre.FAILURE}:
                continue  # consumes nothing, or what a group read ("(?!)" is FAILURE on 3.13)
            if op in {_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY, _sre.CATEGORY}:
                found.append((op, av))
            elif op is _sre.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op is _sre.SUBPATTERN:
                walk(av[-1])
            elif op in {_sre.MAX_REPEAT, _sre.MIN_REPEAT}:
                walk(av[2])
            elif op is _sre.GROUPREF_EXISTS:
                walk(av[1])
                if av[2] is not None:
                    walk(av[2])
            else:  # pragma: no cover  # the pattern uses nothing else
                raise AssertionError(f"unexpected regex item {op}")

    walk(_sre_parse.parse(pattern, flags))
    return found


@pytest.mark.parametrize("char", list(_UNREAD))
def test_no_time_expression_holds_an_unread_character(char: str) -> None:
    """``TIME_EXPRESSION`` consumes none of the characters ``_UNREAD`` lists."""
    consumed = _consumed(TIME_EXPRESSION.pattern, TIME_EXPRESSION.flags)
    assert [] == [(op, av) for op, av in consumed if _member(op, av, char)]


_START_WORDS = [
    "the", "end", "of", "last", "year", "said", "on", "Monday", "a", "few", "couple", "days",
    "ago", "in", "March", "3", "'98", "1990", ",", "-", "officials", "early", "5th", "fiscal",
    "quarter", "twenty-five", "years", "a few", "’", "(", "mid-", "é", "4.1%", "rose", "said,",
    "2023.", "(ine)", "\n", "\n\n", "", "a.m.", "150,000", "Sept.", "week", "this", "next",
    "Wednesday,", "December", "18", "more", "than", "9:30", "p.m.", "weeks", "an", "hour",
]  # fmt: skip


@given(text=st.lists(st.sampled_from(_START_WORDS)).map(" ".join))
def test_a_start_before_an_unread_character_never_reaches_the_head(text: str) -> None:
    """The starts ``_LAST_BOUND`` leaves out and ``_LAST_FOREIGN`` keeps stop short of the head."""
    lowered = text.lower()
    for at, head_end in _heads(lowered):
        lo = max(0, at - _REACH)
        foreign, bound = _LAST_FOREIGN.match(lowered, lo, at), _LAST_BOUND.match(lowered, lo, at)
        cut = lo if foreign is None else foreign.end()
        kept = lo if bound is None else bound.end()
        assert cut <= kept
        for word in STARTER.finditer(lowered, cut, head_end + 1):
            if word.start() < min(kept, at + 1):  # tried from ``_LAST_FOREIGN``, not now
                m = TIME_EXPRESSION.match(lowered, word.start())
                assert m is None or m.end() <= at


@given(
    words=st.lists(st.sampled_from([*_START_WORDS, "mayor", "ago-", "x", "quarters", "’s"])),
    glue=st.sampled_from([" ", "  ", "", "\n", "-"]),
    back=st.integers(min_value=0, max_value=_REACH),
)
def test_the_starts_read_backwards_from_a_head_are_those_after_the_last_bound(
    words: list[str], glue: str, back: int
) -> None:
    """``_RUN_BACK`` and ``_STARTER_AFTER`` give the starts ``_LAST_BOUND`` and ``STARTER`` do."""
    lowered = glue.join(words).lower()
    size, backwards = len(lowered), lowered[::-1]
    for at, head_end in _heads(lowered):
        lo = max(0, at - back)
        bound = _LAST_BOUND.match(lowered, lo, at)
        cut = lo if bound is None else bound.end()
        expected = [(w.span(), w.group()) for w in STARTER.finditer(lowered, cut, head_end + 1)]
        run = _RUN_BACK.match(backwards, size - at, size - lo)
        assert run is not None  # the run may be empty
        quick = size - run.end()
        found = (
            _STARTER_AFTER.finditer(lowered, quick - 1, head_end + 1)
            if quick
            else _STARTER_FIRST.finditer(lowered, 0, head_end + 1)
        )
        assert expected == [(w.span(1), w.group(1)) for w in found]


@given(text=st.lists(st.sampled_from(_START_WORDS)).map(" ".join))
def test_the_quick_head_scans_find_what_the_one_scan_finds(text: str) -> None:
    """``_heads`` finds the heads one scan of ``_HEADS`` finds."""
    lowered = text.lower()
    assert [m.span() for m in re.finditer(_HEADS, lowered)] == _heads(lowered)


def test_every_head_word_opens_with_a_letter_the_quick_scan_looks_for() -> None:
    """The scan after other characters looks ahead for "a" to "y", a digit or a quote."""
    assert [] == [word for word in _HEAD_WORDS if not "a" <= word[0] <= "y"]


_GROUPED_TENSE_CUE = re.compile(
    rf"\b(?=[a-z'’])(?:(?P<refused>{_REFUSED})|(?P<future>{_alternation(_FUTURE_WORDS)})"
    rf"|(?P<participle>be(?:en|ing|)\s+{_alternation(_PAST_WORDS)})"
    rf"|(?P<participle_ed>be(?:en|ing|)\s+{_ED_WORD})"
    rf"|(?P<past>{_alternation(_PAST_WORDS)})"
    rf"|(?P<past_ed>{_ED_WORD}))\b"
)
"""The tense cues in lower-case text as one named group per kind: what
``_TENSE_CUE_LOWER`` finds, written plainly."""

_CUE_TEST_WORDS = [
    *_FUTURE_WORDS, *_PAST_WORDS, "be", "been", "being", "could not", "wouldn't", "would n't",
    *_ED_LISTED, "succeed", "indeed", "wanted", "ahmed", "ted", "bed",
    "talks", "on", "friday", "the", "minister", "he", "'s", "’ll", "it'll", "x2", "rated9",
    "é", "startéd", ",", ".", "-", "_", "walked_", "sped", "abed",
]  # fmt: skip


@given(words=st.lists(st.sampled_from(_CUE_TEST_WORDS)), glue=st.sampled_from([" ", "  ", "-", ""]))
def test_the_quick_tense_cues_are_those_of_one_group_per_kind(words: list[str], glue: str) -> None:
    """One branch per first character finds the cues, and kinds, of one group per kind."""
    text = glue.join(words)
    expected = [(m.span(), m.lastgroup) for m in _GROUPED_TENSE_CUE.finditer(text)]
    found = [(m.span(), _CUE_KINDS[m.lastindex or 0]) for m in _TENSE_CUE_LOWER.finditer(text)]
    assert expected == found


@pytest.mark.parametrize(
    "text",
    [
        "officials said they would meet on friday",
        "the talks had been due to resume, but he sped off and abed",
        "it was agreed that it'll be held; ahmed wanted x2 rated9 walked_ startéd",
        "they couldn't say; would not; could n't; will be freed and guaranteed",
        "being sold been met be expected is to are to going to as soon as",
    ],
)
def test_the_quick_tense_cues_read_these_clauses_as_one_group_per_kind(text: str) -> None:
    """A few clauses whose cues, and kinds, the two patterns must agree on."""
    expected = [(m.span(), m.lastgroup) for m in _GROUPED_TENSE_CUE.finditer(text)]
    found = [(m.span(), _CUE_KINDS[m.lastindex or 0]) for m in _TENSE_CUE_LOWER.finditer(text)]
    assert expected == found


def test_the_anchor_is_cleared_by_a_sentence_end_in_a_stretch_read_since() -> None:
    """A stretch holding a sentence end clears the anchor when a rule asks for it."""
    text = "Talks opened on May 3. Two days later they broke down, on a Friday."
    ctx = _Context(text, pendulum.Date(2022, 5, 10))
    day = TimeSpan.day(pendulum.Date(2022, 5, 3))
    ctx.anchor = day
    ctx.stretches.append((text.index("opened"), text.index(" 3.")))  # no stop in it
    assert day == ctx.anchor
    assert [] == ctx.stretches
    ctx.stretches.append((text.index("May"), text.index("Two") + 1))  # "3. Two"
    ctx.stretches.append((text.index("Two"), text.index("on a")))
    assert _anchor_of(ctx) is None
    assert [] == ctx.stretches


def _anchor_of(ctx: _Context) -> TimeSpan | None:
    """The anchor as a rule reads it (the type checker holds it to what was set last)."""
    return ctx.anchor


def test_setting_the_anchor_forgets_the_stretches_read_before() -> None:
    """A stretch read before the anchor was set anew says nothing of the new anchor."""
    text = "Talks opened on May 3. Two days later they broke down."
    ctx = _Context(text, pendulum.Date(2022, 5, 10))
    ctx.anchor = TimeSpan.day(pendulum.Date(2022, 5, 3))
    ctx.stretches.append((text.index("May"), text.index("Two") + 1))
    ctx.anchor = day = TimeSpan.day(pendulum.Date(2022, 5, 5))
    assert day == ctx.anchor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plant closed on March 3. Two days later, workers returned.",
            [("March 3", "2022-03-03"), ("Two days later", "2022-03-05")],
        ),
        (
            "The plant closed on March 3 and reopened two days later.",
            [("March 3", "2022-03-03"), ("two days later", "2022-03-05")],
        ),
        (
            "The pact was signed on March 3, 2020, a year earlier than planned.",
            [("March 3, 2020", "2020-03-03"), ("a year earlier", "2019")],
        ),
        (
            "The pact was signed on March 3, 2020. A year earlier the two sides met in Geneva.",
            [("March 3, 2020", "2020-03-03"), ("A year earlier", "2021")],
        ),
        (
            "Exports rose 4.1% in September, and a year earlier fell.",
            [("September", "2021-09"), ("a year earlier", "2020")],
        ),
    ],
)
def test_a_count_later_or_earlier_counts_from_the_date_its_sentence_names(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A year earlier counts from a date in its own sentence; days from the last one named."""
    assert expected == _read(text)
