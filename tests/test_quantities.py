"""Tests for the quantity scanner ``find_quantities``."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsevents import Quantity, Span, find_quantities
from newsevents import _quantities as _q
from newsevents.errors import NewsEventsError, TextInputError


def _read(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arrivals reached 12,408 in the month.", [("12,408", 12408.0, None)]),
        ("Turnout rose to 8,26% in the region.", [("8,26%", 8.26, "percent")]),
        ("The index closed at 6,912.40 on Friday.", [("6,912.40", 6912.4, None)]),
        ("Output was 1.234.567 units.", [("1.234.567", 1234567.0, None)]),
        ("Factory prices rose 6.4% last month.", [("6.4%", 6.4, "percent")]),
        ("Unemployment fell to 5 percent.", [("5 percent", 5.0, "percent")]),
        ("Sales fell 4.5 per cent.", [("4.5 per cent", 4.5, "percent")]),
        ("Profits rose 70 pct.", [("70 pct", 70.0, "percent")]),
        ("Rents rose 5pc.", [("5pc", 5.0, "percent")]),
        ("The bonds pay 7-1/2 pct.", [("7-1/2 pct", 7.5, "percent")]),
        ("Shares rose 1 1/4 to 41 5/8.", [("1 1/4", 1.25, None), ("41 5/8", 41.625, None)]),
        ("Inflation hit 3½%.", [("3½%", 3.5, "percent")]),
        ("Rates rose half a percentage point, or 0.5 percentage points.",
         [("half a percentage point", 0.5, "percentage points"),
          ("0.5 percentage points", 0.5, "percentage points")]),
        ("The index lost 412 points.", [("412 points", 412.0, "points")]),
        ("Output is 1.2 million bpd.", [("1.2 million bpd", 1_200_000.0, "barrels per day")]),
        ("Output is 400,000 barrels a day.",
         [("400,000 barrels a day", 400_000.0, "barrels per day")]),
        ("The mill makes 3.5 mln tonnes a year.", [("3.5 mln tonnes", 3_500_000.0, "tonnes")]),
        ("The rocket flew 1,850 km.", [("1,850 km", 1850.0, "km")]),
        ("The convoy drove 40 miles.", [("40 miles", 40.0, "miles")]),
        ("They built a 30ft wall.", [("30ft", 30.0, "feet")]),
        ("A 44-storey tower rose.", [("44-storey", 44.0, "storeys")]),
        ("The 15-member council voted.", [("15-member", 15.0, None)]),
        ("The 1987 tonnes were shipped.", [("1987 tonnes", 1987.0, "tonnes")]),
        ("Jane Doe, 42, and a man aged 37 were hurt.",
         [("42", 42.0, "years old"), ("37", 37.0, "years old")]),
    ],
)  # fmt: skip
def test_digits_with_units(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    """Digits with separators, decimal points or commas, scales and units read as values."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank lent $3bn.", [("$3bn", 3e9, "USD")]),
        ("It posted a 622 mln dlr loss.", [("622 mln dlr", 622e6, "USD")]),
        ("Ottawa offered CA$6 billion.", [("CA$6 billion", 6e9, "CAD")]),
        ("The deal is worth US$1.6 billion.", [("US$1.6 billion", 1.6e9, "USD")]),
        ("Borrowing hit £21bn.", [("£21bn", 21e9, "GBP")]),
        ("The cabinet approved 25 million shekels.", [("25 million shekels", 25e6, "ILS")]),
        ("Tokyo injected 5 billion yen.", [("5 billion yen", 5e9, "JPY")]),
        ("Aid of 2 billion Canadian dollars was pledged.",
         [("2 billion Canadian dollars", 2e9, "CAD")]),
        ("Exports were 300 mln Australian dlrs.", [("300 mln Australian dlrs", 300e6, "AUD")]),
        ("The EC asked for a 450 mln ECU loan.", [("450 mln ECU", 450e6, "XEU")]),
        ("The bill costs 450 billion USD.", [("450 billion USD", 450e9, "USD")]),
        ("Bonds worth EUR 3.5 billion were sold.", [("EUR 3.5 billion", 3.5e9, "EUR")]),
        ("The central bank added ¥ 1 trillion.", [("¥ 1 trillion", 1e12, "JPY")]),
        ("Exports were 385 mln stg.", [("385 mln stg", 385e6, "GBP")]),
        ("Crude fell 37 cents.", [("37 cents", 0.37, "USD")]),
        ("Brent settled at $61.27 a barrel.", [("$61.27", 61.27, "USD")]),
        ("It paid $2021 in fees.", [("$2021", 2021.0, "USD")]),
        ("Rivals bid £40m.", [("£40m", 40e6, "GBP")]),
        ("It signed a $2.3-billion deal.", [("$2.3-billion", 2.3e9, "USD")]),
        ("A 5-million-dollar fund opened.", [("5-million-dollar", 5e6, "USD")]),
        ("India set aside Rs 500 crore.", [("Rs 500 crore", 5e9, "INR")]),
    ],
)  # fmt: skip
def test_money(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    """Money carries its value in units and its currency as an ISO 4217 code."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only ten senators and thirty-one members voted.",
         [("ten", 10.0, None), ("thirty-one", 31.0, None)]),
        ("Police arrested two men.", [("two", 2.0, None)]),
        ("Rebels freed a dozen hostages.", [("a dozen", 12.0, None)]),
        ("About three hundred people marched.", [("three hundred", 300.0, None)]),
        ("The fund lost seven million dollars.", [("seven million dollars", 7e6, "USD")]),
        ("Some two and a half million people voted.",
         [("two and a half million", 2.5e6, None)]),
        ("He sold half a dozen paintings.", [("half a dozen", 6.0, None)]),
        ("Half of the workers struck.", [("Half", 0.5, "fraction")]),
        ("Two thirds of voters agreed.", [("Two thirds", 2 / 3, "fraction")]),
        ("A quarter of the crop was lost.", [("A quarter", 0.25, "fraction")]),
        ("At least one person died.", [("one", 1.0, None)]),
        ("NINE KILLED IN BLAST", [("NINE", 9.0, None)]),
        ("The plan runs for five years.", [("five years", 5.0, "years")]),
        ("A five-year hiatus ended.", [("five-year", 5.0, "years")]),
    ],
)  # fmt: skip
def test_numbers_in_words(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    """Numbers written in words read as their values, with what follows them."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "One of the largest lenders failed.",
        "No one was hurt in the one-on-one meeting.",
        "The two leaders shook hands.",
        "Its three partners may sign; the Big Three will wait.",
        "A spokesman said talks may resume.",
        "The first half was slow and the third quarter worse.",
        "He came third in a third round.",
        "A one-time charge and a two-handed shake.",
        "They spoke for an hour-and-a-half.",
        "Dozens were hurt and thousands of people fled.",
        "Several hundred banks took part.",
    ],
)
def test_words_that_are_not_quantities(text: str) -> None:
    """Pronoun "one", references, names, ordinals, periods and vague amounts are skipped."""
    assert [] == _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks began in 1987.",
        "The troops arrived in nineteen seventy-nine.",
        "Elections are due in 2021, after the 1990s boom.",
        "The ministers met on April 18 and again on 8 November.",
        "They met on May 14 and 15.",
        "BRUSSELS 1996-08-22 - Talks resumed.",
        "The deadline is 22/08/1996.",
        "The vote is at 3 p.m. and the count at 10:30.",
        "Trading opened at 0900 GMT and closed at 4pm.",
        "She served from 2011 to 2015 and in 2011-15 again.",
        "It was the 3rd attempt and the 21st vote.",
        "Boeing 787 jets, the iPhone 4 and the G20 summit.",
        "The Nikkei 225 and the FTSE-100 index both fell.",
        "Section 8 housing and COVID-19 tests.",
        "Windows 95 ran on x86 chips; flight 370 vanished.",
        "3M said 4K screens sell.",
        "Protesters gathered outside 10 Downing Street.",
        "The S&P 500 and Case 1000 made news in the '87 crash.",
    ],
)
def test_years_dates_times_and_names_are_not_quantities(text: str) -> None:
    """Years, dates, clock times, ordinals and numbers inside names are not quantities."""
    assert [] == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 1500 people were evacuated overnight.", [("1500", 1500.0, None)]),
        ("Some 2000 troops crossed the border.", [("2000", 2000.0, None)]),
        ("The carmaker will cut another 1200 jobs.", [("1200", 1200.0, None)]),
        ("Floods damaged 1850 homes and 1100 farms.",
         [("1850", 1850.0, None), ("1100", 1100.0, None)]),
        ("More than 1300 were hurt, and at least 1050 are missing.",
         [("1300", 1300.0, None), ("1050", 1050.0, None)]),
        ("Nearly 2000 attended; about 1400 left early.",
         [("2000", 2000.0, None), ("1400", 1400.0, None)]),
        ("As many as 1600 could be laid off.", [("1600", 1600.0, None)]),
        ("1500 PEOPLE FLEE STORM", [("1500", 1500.0, None)]),
        ("Some 1500 to 2000 migrants arrived.",
         [("1500", 1500.0, None), ("2000", 2000.0, None)]),
        ("In 2019 the firm had 1200 staff.", [("1200", 1200.0, None)]),
        ("Between them, 1500 to 2000 people fled.",
         [("1500", 1500.0, None), ("2000", 2000.0, None)]),
        ("Crowds (1500 to 2000 people) marched.",
         [("1500", 1500.0, None), ("2000", 2000.0, None)]),
        ("Between 1500 and 2000 people were moved.",
         [("1500", 1500.0, None), ("2000", 2000.0, None)]),
        ("Police put it at between 1200 and 1500 PEOPLE.",
         [("1200", 1200.0, None), ("1500", 1500.0, None)]),
    ],
)  # fmt: skip
def test_numbers_in_the_year_range_that_count(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    """A year-range number before a counted noun or after a word of amount is a count."""
    assert expected == _read(text)


def test_a_range_of_counts_in_the_year_range_shares_one_span() -> None:
    """A range of year-range counts ("1500 to 2000 people") shares one range span."""
    text = "Officials said 1500 to 2000 people fled."
    spans = [q.range_span.slice(text) if q.range_span else None for q in find_quantities(text)]
    assert ["1500 to 2000", "1500 to 2000"] == spans


@pytest.mark.parametrize(
    "text",
    [
        "The fort fell in 1500 after a siege.",
        "He lost the 2000 election and the 2004 race.",
        "The 1999 figures were revised.",
        "Prices have risen since 1998.",
        "Output fell in 2000 and 2001.",
        "Between 1990 and 2000, people moved to the cities.",
        "Between 1990 and 2000 prices doubled.",
        "Between 1990 and 2000 people moved to the cities.",
        "The vote closes at 1500 GMT, or at about 1600 GMT.",
        "In 2008 workers struck for a week.",
        "By 2030 jobs will have moved abroad.",
        "Since 1998 cases have doubled.",
        "Sales peaked in March 1998 when shares hit a record.",
        "The plant opened in about 1990.",
        "The years up to 2008 were good.",
        "Profits grew from 1998 to 2001 workers said.",
        "Output rose in 1998 to 2001 units and in 2004 and 2005 cases.",
        "Plans for 2000 to 2001 jobs fell.",
        "The 2012 Jobs Act passed.",
        "The 1998 tests, the 2016 voters and the 1992 protests.",
    ],
)
def test_years_before_nouns_stay_years(text: str) -> None:
    """Years stay out of quantities: after a word of time, a month, or before other nouns."""
    assert [] == _read(text)


@given(
    year=st.integers(min_value=1000, max_value=2099),
    before=st.sampled_from(sorted(_q._YEAR_BEFORE)),
    noun=st.sampled_from(sorted(_q._COUNT_NOUNS)),
)
def test_a_year_after_a_word_of_time_is_never_a_count(year: int, before: str, noun: str) -> None:
    """After "in", "since", "by" and the other words of time, a year is no quantity."""
    assert [] == _read(f"Officials said that {before} {year} {noun} were affected.")


@given(
    number=st.integers(min_value=1000, max_value=2099),
    noun=st.sampled_from(sorted(_q._COUNT_NOUNS)),
)
def test_a_year_range_number_before_a_counted_noun_is_a_count(number: int, noun: str) -> None:
    """Four digits in the year range right before a counted noun read as that many."""
    assert [(str(number), float(number), None)] == _read(f"Officials said {number} {noun} left.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overnight lows reached -5 in the valley.", [("-5", -5.0, None)]),
        ("It was minus 3 degrees at dawn.", [("minus 3 degrees", -3.0, "degrees")]),
        ("Minus eight degrees was forecast.", [("Minus eight degrees", -8.0, "degrees")]),
        ("GDP fell to -0.3% in the quarter.", [("-0.3%", -0.3, "percent")]),
        ("Growth slowed to −2.1 percent.", [("−2.1 percent", -2.1, "percent")]),
        ("The balance was (-12.5) billion dlrs.", [("-12.5", -12.5, None)]),
        ("The bond yield hit -0.25 percent.", [("-0.25 percent", -0.25, "percent")]),
        ("Readings ran from -5 to -10 degrees.",
         [("-5", -5.0, "degrees"), ("-10 degrees", -10.0, "degrees")]),
        ("Its score was -2 1/2 points.", [("-2 1/2 points", -2.5, "points")]),
    ],
)  # fmt: skip
def test_negative_numbers(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    """A minus sign or the word "minus" before a number makes it negative, and is in its span."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds of 10-20 people gathered.", [("10", 10.0, None), ("20", 20.0, None)]),
        ("He flew F-16 jets and took COVID-19 tests.", []),
        ("The poll has a margin of plus or minus 3 percentage points.",
         [("3 percentage points", 3.0, "percentage points")]),
        ("Ten minus 4 leaves six.", [("Ten", 10.0, None), ("4", 4.0, None), ("six", 6.0, None)]),
        ("The firm's rating was cut to B-minus 2 weeks ago.", [("2 weeks", 2.0, "weeks")]),
        ("The score was 52 - 35 at half time.", [("52", 52.0, None), ("35", 35.0, None)]),
    ],
)  # fmt: skip
def test_hyphens_that_are_not_minus_signs(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    """A hyphen that joins words or a range, a margin or a sum, makes no number negative."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border agents stopped 16\u202f531 people.", [("16\u202f531", 16531.0, None)]),
        ("The fund holds 1\u2009250\u2009000 shares.",
         [("1\u2009250\u2009000", 1_250_000.0, None)]),
        ("Turnout was 48\xa0210.", [("48\xa0210", 48210.0, None)]),
        ("Some 16 531 people crossed.", [("16 531", 16531.0, None)]),
        ("The mill shipped 1 250 000 tonnes.", [("1 250 000 tonnes", 1_250_000.0, "tonnes")]),
        ("The state paid 2 500 million euros.", [("2 500 million euros", 2.5e9, "EUR")]),
        ("In 2019 500 000 people fled.", [("500 000", 500_000.0, None)]),
    ],
)  # fmt: skip
def test_thousands_parted_by_spaces(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    """Groups of three parted by a thin or no-break space, or by spaces before a unit, are one."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in 2019 2020 and 2021.", []),
        ("The airline flies Boeing 747 400 aircraft.", []),
        ("On May 5 100 people were hurt.", []),
        ("The ward had 16 531 beds? No: 16 531 said yes.",
         [("16 531", 16531.0, None), ("16", 16.0, None), ("531", 531.0, None)]),
        ("Scores were 12 345 and 678.",
         [("12", 12.0, None), ("345", 345.0, None), ("678", 678.0, None)]),
        ("Shares rose 1.5 000 times.", [("1.5", 1.5, None), ("000", 0.0, None)]),
        ("It rose 2.5\u202f000 points.", [("2.5", 2.5, None), ("000 points", 0.0, "points")]),
    ],
)  # fmt: skip
def test_spaced_numbers_read_apart(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    """Numbers parted by a plain space with no unit after, or after a name or month, stay apart."""
    assert expected == _read(text)


@given(
    number=st.integers(min_value=0, max_value=10**15),
    space=st.sampled_from(["\xa0", "\u2009", "\u202f"]),
)
def test_thousands_parted_by_thin_spaces_read_back(number: int, space: str) -> None:
    """An integer written in groups parted by a thin or no-break space reads back whole."""
    written = f"{number:,}".replace(",", space)
    text = f"Officials counted {written} ballots."
    assert [(written, float(number), None)] == _read(text)


@given(number=st.integers(min_value=1000, max_value=999_999_999_999))
def test_thousands_parted_by_spaces_before_a_unit_read_back(number: int) -> None:
    """An integer in groups parted by plain spaces reads back whole before a unit."""
    written = f"{number:,}".replace(",", " ")
    text = f"The mines produced {written} tonnes last year."
    assert [(f"{written} tonnes", float(number), "tonnes")] == _read(text)


@given(cents=st.integers(min_value=1, max_value=10**9), minus=st.sampled_from(["-", "\u2212"]))
def test_negative_decimals_read_back(cents: int, minus: str) -> None:
    """A decimal after a minus sign reads back as its negative value, sign in the span."""
    written = f"{minus}{cents / 100:.2f}%"
    text = f"Growth was {written} in the quarter."
    assert [(written, -cents / 100, "percent")] == _read(text)


def test_range_shares_its_span_and_carries_the_unit() -> None:
    """A range gives two quantities with one range span; the unit and scale reach both."""
    text = "Margins widened 20 to 25 percent on loans of 2.1 to 2.4 billion dlrs."
    found = find_quantities(text)
    expected = [
        ("20", 20.0, "percent", "20 to 25 percent"),
        ("25 percent", 25.0, "percent", "20 to 25 percent"),
        ("2.1", 2.1e9, "USD", "2.1 to 2.4 billion dlrs"),
        ("2.4 billion dlrs", 2.4e9, "USD", "2.1 to 2.4 billion dlrs"),
    ]
    actual = [
        (q.text, q.value, q.unit, q.range_span.slice(text) if q.range_span else None) for q in found
    ]
    assert expected == actual


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estimates range between 10 and 12 percent.", [(10.0, "percent"), (12.0, "percent")]),
        ("Contracts bring US$420 to 480 million.", [(420e6, "USD"), (480e6, "USD")]),
        ("Debt is between 2.1 billion and 2.4 billion dlrs.", [(2.1e9, "USD"), (2.4e9, "USD")]),
        ("Bids came in at $1.5bn-$2bn.", [(1.5e9, "USD"), (2e9, "USD")]),
        ("Arrears are estimated at 3.5 to four billion dlrs.", [(3.5e9, "USD"), (4e9, "USD")]),
        ("Output may fall by 2 to 3 million tonnes.", [(2e6, "tonnes"), (3e6, "tonnes")]),
        ("Bids of 1,300 to 1,700 mln dlrs came in.", [(1.3e9, "USD"), (1.7e9, "USD")]),
        ("The poll gave him a six- to seven-point lead.", [(6.0, "points"), (7.0, "points")]),
        ("The talks were to last 20 - 25 minutes.", [(20.0, "minutes"), (25.0, "minutes")]),
    ],
)
def test_ranges(text: str, expected: list[tuple[float, str]]) -> None:
    """Ranges in the common wire forms give both ends, joined by one range span."""
    found = find_quantities(text)
    assert expected == [(q.value, q.unit) for q in found]
    assert len({q.range_span for q in found}) == 1
    assert found[0].range_span is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index fell 4.6% to 6,912.40.", [(4.6, "percent"), (6912.4, None)]),
        ("The House vote was 61-38.", [(61.0, None), (38.0, None)]),
        ("Harbour Telecom slid 12 to 310.", [(12.0, None), (310.0, None)]),
        ("Factory jobs rose by 57,000 to 2.9 million.", [(57000.0, None), (2.9e6, None)]),
        ("Sales grew 120,500 to 1.6 million units.", [(120500.0, None), (1.6e6, None)]),
        ("The fleet grew by 4 to 2.5 million tonnes.", [(4.0, None), (2.5e6, "tonnes")]),
    ],
)
def test_moves_levels_and_scores_are_not_ranges(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    """A move and a level, or a vote count, are two quantities with no range span."""
    found = find_quantities(text)
    assert expected == [(q.value, q.unit) for q in found]
    assert [None, None] == [q.range_span for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only three out of 10 bids succeed.", ("three out of 10", 3.0, 10.0)),
        ("One in five adults smokes.", ("One in five", 1.0, 5.0)),
    ],
)
def test_ratios(text: str, expected: tuple[str, float, float]) -> None:
    """A count out of a whole ("three out of 10", "one in five") is one quantity."""
    (found,) = find_quantities(text)
    assert expected == (found.text, found.value, found.out_of)


def test_spans_point_at_the_text() -> None:
    """Each quantity's span covers its text, sign, scale and unit included."""
    text = "LIMA, May 9th  Crossings reached 12,408, up 6.4%, costing $2.7 billion."
    expected = [
        Quantity(span=Span(start=33, end=39), text="12,408", value=12408.0),
        Quantity(span=Span(start=44, end=48), text="6.4%", value=6.4, unit="percent"),
        Quantity(span=Span(start=58, end=70), text="$2.7 billion", value=2.7e9, unit="USD"),
    ]
    assert expected == list(find_quantities(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bank has raised rates by 225 basis\npoints since spring.",
            [("225 basis\npoints", 225.0, "basis points")],
        ),
        ("Fares rose to 18 Hong\nKong dollars a ride.", [("18 Hong\nKong dollars", 18.0, "HKD")]),
        ("Rates rose 25 basis\n\npoints were never in doubt.", [("25", 25.0, None)]),
    ],
)
def test_a_line_break_inside_a_unit_is_a_space(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    """One line break inside a two-word unit is a space (hard-wrapped copy); a blank line is not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(b"12,408", "text: expected a str, got bytes (decode bytes first)"),
     (12408, "text: expected a str, got int"), (None, "text: expected a str, got NoneType")],
)  # fmt: skip
def test_non_text_is_refused(value: object, expected: str) -> None:
    """Anything but a str is refused with a TextInputError that says what came."""
    with pytest.raises(TextInputError) as caught:
        find_quantities(value)  # type: ignore[arg-type]  # the point of the test
    assert expected == str(caught.value)


@given(number=st.integers(min_value=0, max_value=10**15))
def test_thousands_separators_read_back(number: int) -> None:
    """An integer written with thousands separators reads back as the same value."""
    written = f"{number:,}"
    text = f"Officials counted {written} ballots."
    assert [(written, float(number), None)] == _read(text)


@given(
    cents=st.integers(min_value=0, max_value=10**12),
    unit=st.sampled_from([("%", "percent"), (" points", "points"), (" tonnes", "tonnes")]),
)
def test_decimals_with_units_read_back(cents: int, unit: tuple[str, str]) -> None:
    """A decimal with thousands separators and a unit reads back as its value and unit."""
    written = f"{cents / 100:,.2f}"
    text = f"The figure was {written}{unit[0]} on the day."
    assert [(f"{written}{unit[0]}", float(written.replace(",", "")), unit[1])] == _read(text)


_WIRE_PIECES = (
    "12,408", "$3bn", "6.4%", "in 1987", "April 18", "two", "one of the", "a dozen", " ",
    "twenty-one", "between 10 and 12", "2.1 to 2.4 billion dlrs", "G20", "3 p.m.", "-", "to",
    "Boeing 787", "half", "of", "one in five", "CA$", "US$", "£", "mln", "pct", ",", ".", "\n",
    "1,1,1", "1.1.1", "İ", "\u202e", "\ud800", "\x00", "😀", "1/2", ":", "'", "year-old",
    "minus", "−", "-5", "1500 people", "some", "\u202f531", " 000", "\xa0", "more than",
)  # fmt: skip


@given(
    st.one_of(
        st.text(),
        st.lists(st.sampled_from(_WIRE_PIECES), max_size=30).map("".join),
        st.lists(st.sampled_from(_WIRE_PIECES), max_size=30).map(" ".join),
    )
)
@example("0- ONE in FIVE")
def test_any_text_gives_spans_that_slice_back(text: str) -> None:
    """For any str, the scanner raises nothing; spans slice back, in order, never overlapping."""
    try:
        found = find_quantities(text)
    except NewsEventsError:  # pragma: no cover - our own errors are allowed, none expected
        return
    for first, second in itertools.pairwise(found):
        assert first.span.end <= second.span.start
    for q in found:
        assert q.text == q.span.slice(text)
        if q.range_span is not None:
            assert q.range_span.start <= q.span.start
            assert q.span.end <= q.range_span.end


@given(
    st.one_of(
        st.lists(st.sampled_from(_WIRE_PIECES), max_size=30).map(" ".join),
        st.lists(st.sampled_from(_WIRE_PIECES), max_size=30).map("".join),
    )
)
@example("Output rose from 20 to 25 percent, one in five wells, to $3bn on April 18.")
def test_quantities_equal_what_their_constructors_build(text: str) -> None:
    """Each quantity equals, and hashes as, the Quantity and Span its constructors build."""
    for q in find_quantities(text):
        rebuilt = Quantity(
            span=Span(start=q.span.start, end=q.span.end),
            text=q.text,
            value=q.value,
            unit=q.unit,
            range_span=q.range_span,
            out_of=q.out_of,
        )
        assert (rebuilt, hash(rebuilt), repr(rebuilt)) == (q, hash(q), repr(q))


_PREFILTER_TEXT = st.lists(
    st.sampled_from(
        [*" \n-.,%°½$", "0", "7", "12", "aA", "pP", "m", "k", "GMT", "ET", "o'clock", "local",
         " time", "Downing", "Street", " St", "bn", "mln", "pct", "points", "dlrs", "USD",
         "Canadian", "dollars", "cents", "storey", "year-old", "1/2", "x"]
    ),
    max_size=8,
).map("".join)  # fmt: skip


@given(_PREFILTER_TEXT)
@example("-storey")
@example(" ½")
def test_the_suffix_gate_never_rules_out_a_suffix(tail: str) -> None:
    """The look-ahead before the scale and unit branches changes no match of either pattern."""
    ungated = [
        re.compile(pattern.pattern.replace(_q._SUFFIX_GATE, ""), re.VERBOSE)
        for pattern in (_q.DIGIT_QUANTITY, _q.WORD_QUANTITY)
    ]
    for pattern, plain, text in zip(
        (_q.DIGIT_QUANTITY, _q.WORD_QUANTITY), ungated, ("42" + tail, " two" + tail), strict=True
    ):
        lowered = text.lower()
        expected = [(m.span(), m.groups(), m.lastindex) for m in plain.finditer(lowered)]
        assert expected == [(m.span(), m.groups(), m.lastindex) for m in pattern.finditer(lowered)]


@given(_PREFILTER_TEXT)
@example(" p.m.")
@example("\tGMT")
def test_the_clock_and_address_filters_never_rule_out_a_match(after: str) -> None:
    """A clock word follows a number only after its opening letter; an address only after " X"."""
    if _q._CLOCK_AFTER.match(after):
        assert after[:1] in _q._CLOCK_OPENERS or (
            after[:1].isspace() and after[1:2] in _q._CLOCK_OPENERS
        )
    if _q._ADDRESS_AFTER.match(after):
        assert after[:1] == " "
        assert after[1:2].isupper()


@pytest.mark.parametrize("phrase", sorted(_q._HEADS))
def test_one_phrase_reads_as_the_word_run_reader_reads_it(phrase: str) -> None:
    """The table of opening phrases holds what the word-run reader gives for each alone."""
    ((start, end, value, is_fraction, words),) = _q._read_word_run(phrase, 0)
    assert (0, (end, value, is_fraction, words)) == (start, _q._HEADS[phrase])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation fell to zero percent.", [("zero percent", 0.0, "percent")]),
        ("Aid reached half of the camps.", [("half", 0.5, "fraction")]),
        ("A third of the wells and a dozen rigs shut.",
         [("A third", 1 / 3, "fraction"), ("a dozen", 12.0, None)]),
        ("Rates rose half a point.", [("half a point", 0.5, "points")]),
        ("The strike lasted three months.", [("three months", 3.0, "months")]),
        ("It was the third day and a quarter century.", []),
    ],
)  # fmt: skip
def test_one_phrase_numbers(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    """Numbers made of one opening phrase read as before: fractions, dozens, units after."""
    assert expected == _read(text)


@given(
    st.lists(
        st.sampled_from(["USD", "EUR", "Rs", "Rs.", "Rp", "RM", "DM", "SFr", "Sfr", "usd", "x"]),
        max_size=3,
    ).map("".join)
)
def test_a_code_before_a_number_ends_in_one_of_the_code_ends(prefix: str) -> None:
    """Where a code stands before "<space>5", its last character is one the scanner looks for."""
    text = prefix + " 5"
    start = len(text) - 1
    currency, _ = _q._code_before(text, text.lower(), max(0, start - 5), start)
    if currency is not None:
        assert text[start - 2] in _q._CODE_ENDS


@given(st.from_regex(_q._CLOCK_AFTER, fullmatch=True))
def test_whatever_reads_as_a_clock_opens_with_a_clock_opener(after: str) -> None:
    """Every text the clock pattern reads opens, after at most one space, with an opener."""
    assert after[:1] in _q._CLOCK_OPENERS or (
        after[:1].isspace() and after[1:2] in _q._CLOCK_OPENERS
    )


_ASCII_NUMBER_TEXT = st.lists(
    st.sampled_from(
        [*" \n\t-.,/:%$\0", "0", "7", "12", "1987", "2 1/2", "aA", "m", "k", "bn", "pct",
         "dlrs", "USD", "cents", "storey", "x", "$ ", "US$"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@given(_ASCII_NUMBER_TEXT)
@example("$$5 $ 6 $\n7")
@example("5$6\x001")
def test_the_ascii_digit_scan_finds_what_the_pattern_finds(text: str) -> None:
    """In ASCII text the skeleton scan finds the matches DIGIT_QUANTITY.finditer finds."""
    lowered = text.lower()
    expected = [m.span() for m in _q.DIGIT_QUANTITY.finditer(lowered)]
    assert expected == [m.span() for m in _q._digit_matches(lowered, text.encode("ascii"))]


_TYPOGRAPHIC_NUMBER_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [*" \n\t-.,/:%$?\0", "0", "7", "12", "1987", "2 1/2", "aA", "m", "bn", "US$", "€",
             "£", "₹", "¥ ", "€?", "\xa0", "\u2009", "\u202f", "\u2019", "\u201c", "\u2014", "½",
             "٣", "٣4", "\uff15", "é", "İ", "Σ", "\u212a", "\ud800"]
        ),
        st.characters(),
    ),
    max_size=12,
).map("".join)  # fmt: skip


@given(_TYPOGRAPHIC_NUMBER_TEXT)
@example("€5 £ 6 ?7 €€8")
@example("İ€5\xa0000 ½")
@example("٣٣ 1\u202f000")
def test_the_skeleton_digit_scan_finds_what_the_pattern_finds(text: str) -> None:
    """Beyond ASCII too (signs, other digits, spaces) the scan finds what finditer finds."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    expected = [m.span() for m in _q.DIGIT_QUANTITY.finditer(lowered)]
    skeleton = text.encode("ascii", "replace")
    assert expected == [m.span() for m in _q._digit_matches(lowered, skeleton)]
