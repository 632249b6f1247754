"""Tests for the time-expression recogniser: ``read_date`` and ``find_times``."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents._times import read_date

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
        ("april 03, 2009", (2009, 4, 3)),
        ("18 April 2022", (2022, 4, 18)),
        ("1996-08-22", (1996, 8, 22)),
        ("Aug. 22", (None, 8, 22)),
        ("Sept 3", (None, 9, 3)),
        ("Apr. 18, 2022", (2022, 4, 18)),
        ("  Monday, April 18 -", (None, 4, 18)),
        ("the 2nd of June", None),
        ("2nd of June", (None, 6, 2)),
        ("OCTOBER 1, 2019", (2019, 10, 1)),
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
