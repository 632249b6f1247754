"""Tests for the segmenter: headline, dateline, paragraphs, sentences and reference date."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents import ReferenceBasis
from newsevents._model import country_codes
from newsevents._segment import _cities, _read_table, _regions, segment
from newsevents.errors import DateInputError, NewsEventsError, TextInputError

APRIL_19 = pendulum.Date(2022, 4, 19)

STORY = """\
FARM MINISTERS TO RESUME TALKS ON GRAIN EXPORTS

FARM MINISTERS TO RESUME TALKS ON GRAIN EXPORTS

NAIROBI, June 2 (Reuters) - Agriculture ministers from Kenya and Tanzania will meet \
on Friday to settle a dispute over maize exports, officials said.

The talks follow a meeting in Arusha last month. Mr. Otieno said the U.S. Department \
of Agriculture expects output to fall 3.5 percent.

"We want a deal," said J. Mwangi, a spokesman. "Nothing less."
"""


def _sentences(text: str, **kwargs: pendulum.Date) -> list[str]:
    document = segment(text, **kwargs)
    return [s.slice(text) for s in document.sentences]


# --- headline ------------------------------------------------------------------------------


def test_headline_is_the_first_non_blank_line() -> None:
    """The headline is the first line with text, kept as written, in capitals too."""
    document = segment("\n\n  FARM MINISTERS TO RESUME TALKS  \n\nThe talks resume today.")
    assert "FARM MINISTERS TO RESUME TALKS" == document.headline
    assert document.headline_span is not None
    assert document.headline == document.headline_span.slice(document.text)


def test_a_repeated_headline_counts_once() -> None:
    """A headline that a scraped copy repeats is not a paragraph."""
    document = segment(STORY, published=APRIL_19)
    assert "FARM MINISTERS TO RESUME TALKS ON GRAIN EXPORTS" == document.headline
    first = document.paragraphs[0].slice(STORY)
    assert first.startswith("Agriculture ministers from Kenya")


def test_a_repeat_differing_only_in_spacing_and_case_counts_once() -> None:
    """The repeat is matched without regard to spacing and case."""
    text = "Grain talks resume\n\ngrain  talks RESUME\n\nThe talks resume today."
    assert ["The talks resume today."] == [p.slice(text) for p in segment(text).paragraphs]


def test_a_single_line_is_body_not_headline() -> None:
    """Text of one line has no headline: it is a paragraph to read."""
    document = segment("Kenya and Tanzania will meet on Friday.")
    assert document.headline is None
    assert ["Kenya and Tanzania will meet on Friday."] == [
        s.slice(document.text) for s in document.sentences
    ]


@pytest.mark.parametrize(
    ("first", "headline"),
    [
        ("Ministers met on Friday to settle the dispute.", None),
        ('"We will not give in," the minister said.', None),
        ("Trade gap widens in the U.S.", "Trade gap widens in the U.S."),
        ("Who will pay for the new port?", "Who will pay for the new port?"),
        ("Ports reopen after the strike", "Ports reopen after the strike"),
        ("A" * 251, None),
    ],
)
def test_a_first_line_of_body_text_is_not_a_headline(first: str, headline: str | None) -> None:
    """A first line ending in a full stop (not an abbreviation's) or very long is body."""
    text = f"{first}\n\nOfficials said talks would go on."
    document = segment(text)
    assert headline == document.headline
    expected = 1 if headline else 2
    assert expected == len(document.paragraphs)


def test_a_dateline_on_the_first_line_is_not_a_headline() -> None:
    """A story that opens with its dateline has no headline."""
    text = "WASHINGTON (Reuters) - The talks ended on Friday.\n\nBoth sides left."
    document = segment(text)
    assert document.headline is None
    assert document.dateline is not None
    assert document.dateline.place is not None
    assert "Washington" == document.dateline.place.name


def test_a_headline_that_looks_like_a_dateline_stays_a_headline() -> None:
    """LONDON: Markets fall" on the first line, with no full stop, is a headline."""
    text = "LONDON: Markets fall on rate fears\n\nShares fell sharply on Monday."
    assert "LONDON: Markets fall on rate fears" == segment(text).headline


# --- dateline --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place", "country", "source", "date"),
    [
        ("HAVANA, April 18th  Cuban officials said", "Havana", "CU", None, (2022, 4, 18)),
        ("HAVANA, April 18th\xa0 Cuban officials said", "Havana", "CU", None, (2022, 4, 18)),
        ("LONDON, March 17 - Delegates met", "London", "GB", None, (2022, 3, 17)),
        ("WASHINGTON (Reuters) - The Senate voted", "Washington", "US", "Reuters", None),
        ("TOKYO/UNITED NATIONS (AP) -- The council met", "Tokyo", "JP", "AP", None),
        ("UNITED NATIONS, March 5 (Reuters) - Envoys met", "United Nations", None, "Reuters",
         (2022, 3, 5)),
        ("NEW YORK (AP) — Stocks rose", "New York", "US", "AP", None),
        ("NAIROBI, June 2 — Kenya's cabinet met", "Nairobi", "KE", None, (2021, 6, 2)),
        ("TOKYO, Aug. 30 (REUTERS) - Shares fell", "Tokyo", "JP", "Reuters", (2021, 8, 30)),
        ("havana, april 18th - Cuban officials said", "Havana", "CU", None, (2022, 4, 18)),
        ("LONDON ,March 17-Delegates met", "London", "GB", None, (2022, 3, 17)),
        ("GENEVA, March 9th: Delegates met", "Geneva", "CH", None, (2022, 3, 9)),
        ("KOMBOLCHA, Ethiopia, March 2 (Reuters) - Troops", "Kombolcha", "ET", "Reuters",
         (2022, 3, 2)),
        ("SPRINGFIELD, Ill. (AP) — Lawmakers met", "Springfield", "US", "AP", None),
        ("SAN PEDRO SULA, Honduras (AP) — Police said", "San Pedro Sula", "HN", "AP", None),
        ("PORT-AU-PRINCE, Haiti (AP) — Police said", "Port-au-Prince", "HT", "AP", None),
        ("SAO PAULO, May 4 (Reuters) - Brazil's", "Sao Paulo", "BR", "Reuters", (2022, 5, 4)),
        ("SINGAPORE, May 4 (Reuters) - Oil rose", "Singapore", "SG", "Reuters", (2022, 5, 4)),
        ("BRUSSELS 1996-08-22", "Brussels", "BE", None, (1996, 8, 22)),
        ("ADDIS ABABA, Ethiopia (AP) _ Envoys met", "Addis Ababa", "ET", "AP", None),
        ("TRENTON, N.J. _ A task force met", "Trenton", "US", None, None),
        ("HAMILTON (AP)_ Police said", "Hamilton", None, "AP", None),
        ("Washington (CNN)The Senate voted", "Washington", "US", "CNN", None),
        ("NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme said", "New York", "US", "PRNewswire",
         (2024, 1, 5)),
        ("LONDON, Monday - Shares rose", "London", "GB", None, None),
        ("London — Britain's economy grew", "London", "GB", None, None),
        ("Hong Kong (CNN Business)Shares in the city fell", "Hong Kong", "HK", "CNN Business",
         None),
    ],
)  # fmt: skip
def test_dateline_forms(
    line: str,
    place: str,
    country: str | None,
    source: str | None,
    date: tuple[int, int, int] | None,
) -> None:
    """Each dateline form gives its place as a reader writes it, country, agency and date."""
    published = pendulum.Date(*date).add(days=1) if date else APRIL_19
    text = f"HEADLINE OF THE STORY\n\n{line} on Monday.\n\nMore text follows here."
    dateline = segment(text, published=published).dateline
    assert dateline is not None
    assert dateline.place is not None
    assert (place, country, source) == (dateline.place.name, dateline.place.country,
                                        dateline.source)  # fmt: skip
    assert (pendulum.Date(*date) if date else None) == dateline.date
    assert dateline.span is not None
    assert line.startswith(dateline.span.slice(text).split("/")[0].split(",")[0].split(" (")[0])


def test_dateline_span_and_place_span_slice_back() -> None:
    """The dateline's span covers place to agency; the place's span covers the first place."""
    document = segment(STORY, published=pendulum.Date(2021, 6, 2))
    dateline = document.dateline
    assert dateline is not None
    assert dateline.span is not None
    assert dateline.place is not None
    assert "NAIROBI, June 2 (Reuters)" == dateline.span.slice(STORY)
    assert ["NAIROBI"] == [s.slice(STORY) for s in dateline.place.spans]


def test_a_date_on_its_own_line_is_a_dateline_without_place() -> None:
    """May 07, 2011" on a line of its own is the dateline's date; there is no place."""
    text = "Bus makers win state aid\n\nMay 07, 2011\n\nTwo bus makers will receive aid."
    document = segment(text)
    assert document.dateline is not None
    assert document.dateline.place is None
    assert pendulum.Date(2011, 5, 7) == document.dateline.date
    assert ["Two bus makers will receive aid."] == [p.slice(text) for p in document.paragraphs]


def test_a_date_line_then_a_place_line_make_one_dateline() -> None:
    """A date line followed by "WASHINGTON -" gives one dateline with both."""
    text = "Bus makers win state aid\n\nMay 07, 2011\n\nWASHINGTON - Two bus makers got aid."
    dateline = segment(text).dateline
    assert dateline is not None
    assert dateline.place is not None
    assert ("Washington", pendulum.Date(2011, 5, 7)) == (dateline.place.name, dateline.date)


def test_a_byline_before_the_dateline_is_skipped() -> None:
    """A "By" line between headline and dateline does not hide the dateline."""
    text = "Grain talks resume\n\nBy Amina Yusuf\n\nNAIROBI, June 2 - Ministers met today."
    dateline = segment(text, published=pendulum.Date(2023, 6, 2)).dateline
    assert dateline is not None
    assert dateline.place is not None
    assert "Nairobi" == dateline.place.name


@pytest.mark.parametrize(
    "line",
    [
        "Harbor Motors (HM) and Kestrel will receive loans.",
        "US officials said on Monday that talks would resume.",
        "The Group (of Seven) met.",
        "Monday, April 18 was a holiday in the capital.",
        "NATO allies met on Monday.",
        "Paris - based groups met on Monday.",
        "Washington-based groups met on Monday.",
    ],
)
def test_sentences_that_are_not_datelines(line: str) -> None:
    """A first paragraph that opens with a name, a weekday or an abbreviation has no dateline."""
    text = f"Headline of the story\n\n{line}\n\nMore text."
    assert segment(text).dateline is None


def test_dateline_text_is_not_part_of_the_first_paragraph() -> None:
    """The first paragraph and sentence begin after the dateline and its dash."""
    document = segment(STORY, published=APRIL_19)
    assert document.sentences[0].slice(STORY).startswith("Agriculture ministers")


# --- paragraphs and sentences -------------------------------------------------------------


def test_paragraphs_are_separated_by_blank_lines() -> None:
    """Where the text has blank lines, they separate paragraphs; single newlines do not."""
    text = "Headline\n\nFirst paragraph,\nwrapped here.\n\n  Second paragraph.  \n\n\n"
    document = segment(text)
    assert ["First paragraph,\nwrapped here.", "Second paragraph."] == [
        p.slice(text) for p in document.paragraphs
    ]


def test_long_lines_in_a_blank_line_block_are_paragraphs() -> None:
    """A block whose lines are too long to be wrapping is one paragraph a line."""
    first = (
        "The port handled more cargo than ever in the first quarter, the ports authority "
        "said on Monday, as shippers moved freight away from congested routes."
    )
    second = (
        "Officials from Kenya and Uganda will meet on Friday to discuss the delays at the "
        "gates, which truckers say have doubled since January."
    )
    text = f"Headline\n\n{first}\n{second}\n\nREUTER"
    assert [first, second, "REUTER"] == [p.slice(text) for p in segment(text).paragraphs]


def test_paragraphs_are_lines_where_the_text_has_no_blank_lines() -> None:
    """Where the body has single newlines only, each line is a paragraph."""
    text = "Headline\nFirst paragraph.\nSecond paragraph.\r\nThird."
    assert ["First paragraph.", "Second paragraph.", "Third."] == [
        p.slice(text) for p in segment(text).paragraphs
    ]


def test_hard_wrapped_lines_without_blank_lines_are_joined_into_paragraphs() -> None:
    """Without blank lines, a line that only wraps a sentence goes on in the next line."""
    text = (
        "Harvest falls short\n"
        "Grain prices rose sharply in the north of the country, according to\n"
        "Granta, a consultancy that tracks harvests across the\n"
        "region.\n"
        "Bakers raised prices.\n"
        "Millers said stocks would last\n"
        "until June, according to a survey of 12\n"
        "mills carried out over the spring by the NGB\n"
        "Farmers' Union."
    )
    assert [
        (
            "Grain prices rose sharply in the north of the country, according to\n"
            "Granta, a consultancy that tracks harvests across the\nregion."
        ),
        "Bakers raised prices.",
        (
            "Millers said stocks would last\nuntil June, according to a survey of 12\n"
            "mills carried out over the spring by the NGB\nFarmers' Union."
        ),
    ] == [p.slice(text) for p in segment(text).paragraphs]


def test_a_short_line_without_a_stop_stays_a_paragraph() -> None:
    """A heading of a few words between one-line paragraphs is not joined to the next."""
    text = "Headline\nFirst paragraph.\nMarket reaction\nShares fell."
    assert ["First paragraph.", "Market reaction", "Shares fell."] == [
        p.slice(text) for p in segment(text).paragraphs
    ]


def test_sentences_of_a_story() -> None:
    """Abbreviations, initials, decimals and quotes do not cut sentences in the wrong place."""
    assert [
        (
            "Agriculture ministers from Kenya and Tanzania will meet on Friday to settle a "
            "dispute over maize exports, officials said."
        ),
        "The talks follow a meeting in Arusha last month.",
        "Mr. Otieno said the U.S. Department of Agriculture expects output to fall 3.5 percent.",
        '"We want a deal," said J. Mwangi, a spokesman.',
        '"Nothing less."',
    ] == _sentences(STORY, published=APRIL_19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Ortega met Dr. Lee. They spoke.", ["Mr. Ortega met Dr. Lee.", "They spoke."]),
        ("Acme Corp. said sales rose. The shares fell.",
         ["Acme Corp. said sales rose.", "The shares fell."]),
        ("He works for Acme Corp. The firm grew.", ["He works for Acme Corp.", "The firm grew."]),
        ("Talks start Jan. 5 in Lima. Both sides agree.",
         ["Talks start Jan. 5 in Lima.", "Both sides agree."]),
        ("Aid went to the U.S. Treasury. It grew.", ["Aid went to the U.S. Treasury.", "It grew."]),
        ("She moved to the U.S. The move was quick.",
         ["She moved to the U.S.", "The move was quick."]),
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        ("Output grew 2.5 percent. Prices rose.", ["Output grew 2.5 percent.", "Prices rose."]),
        ('He said: "We will win." Then he left.', ['He said: "We will win."', "Then he left."]),
        ("Did they meet? Nobody knows!", ["Did they meet?", "Nobody knows!"]),
        ('"Why now?" she asked.', ['"Why now?" she asked.']),
        ("The vote (held late.) Then more.", ["The vote (held late.)", "Then more."]),
        ("It was No. 1 in sales. Rivals trailed.", ["It was No. 1 in sales.", "Rivals trailed."]),
        ("Talks ended at 3 p.m. Tuesday in Oslo.", ["Talks ended at 3 p.m. Tuesday in Oslo."]),
        ("It names Messrs. Ruiz and Okafor. Both agree.",
         ["It names Messrs. Ruiz and Okafor.", "Both agree."]),
        ("Gen. Smith and Sen. Ruiz met. Aides waited.",
         ["Gen. Smith and Sen. Ruiz met.", "Aides waited."]),
        ('It will collapse. " said the minister.', ['It will collapse. " said the minister.']),
        ("No full stop at the end", ["No full stop at the end"]),
    ],
)  # fmt: skip
def test_sentence_rules(text: str, expected: list[str]) -> None:
    """Each rule of sentence ends, on one line of wire copy."""
    assert expected == _sentences(text)


# --- the reference date -----------------------------------------------------------------


def test_dateline_year_comes_from_published() -> None:
    """HAVANA, April 18th" published 2022-04-19 is 2022-04-18, and the reference says why."""
    text = "Headline here\n\nHAVANA, April 18th - Officials will meet on Thursday."
    document = segment(text, published=APRIL_19)
    assert document.reference is not None
    assert pendulum.Date(2022, 4, 18) == document.reference.date
    assert ReferenceBasis.DATELINE_AND_PUBLISHED == document.reference.basis


def test_dateline_year_is_the_nearest_to_published() -> None:
    """A dateline "Dec 31" published on January 1 is the previous year's December 31."""
    text = "Headline here\n\nLONDON, Dec 31 - Markets closed early."
    document = segment(text, published=pendulum.Date(2023, 1, 1))
    assert document.dateline is not None
    assert pendulum.Date(2022, 12, 31) == document.dateline.date


def test_dateline_after_published_is_kept_in_its_year() -> None:
    """A dateline a day after ``published`` (time zones) stays in the same year."""
    text = "Headline here\n\nLUXEMBOURG, April 29 - Ministers met."
    document = segment(text, published=pendulum.Date(1987, 4, 28))
    assert document.dateline is not None
    assert pendulum.Date(1987, 4, 29) == document.dateline.date


def test_february_29_takes_the_nearest_leap_year() -> None:
    """A dateline "Feb 29" resolves to a year that has the day."""
    text = "Headline here\n\nLONDON, Feb 29 - Markets closed."
    document = segment(text, published=pendulum.Date(2025, 3, 1))
    assert document.dateline is not None
    assert pendulum.Date(2024, 2, 29) == document.dateline.date


def test_dateline_with_a_year_needs_no_published() -> None:
    """A dateline that gives its year is the reference date by itself."""
    document = segment("Headline here\n\nBRUSSELS 1996-08-22\n\nMinisters met.")
    assert document.reference is not None
    assert (pendulum.Date(1996, 8, 22), ReferenceBasis.DATELINE) == (
        document.reference.date,
        document.reference.basis,
    )


def test_without_a_dated_dateline_the_reference_is_published() -> None:
    """No date in the dateline: the reference date is the publication date."""
    document = segment("WASHINGTON (Reuters) - The Senate voted.", published=APRIL_19)
    assert document.reference is not None
    assert (APRIL_19, ReferenceBasis.PUBLISHED) == (
        document.reference.date,
        document.reference.basis,
    )


def test_without_dateline_date_or_published_there_is_no_reference() -> None:
    """Nothing fixes the day: no reference date, rather than a guessed one."""
    assert segment("Headline\n\nOfficials met on Monday.").reference is None


def test_year_inferred_from_a_relative_year_and_a_dated_event() -> None:
    """A relative year ("took office last year") paired with "took office in March 2023"."""
    text = (
        "Minister sets out plan\n\n"
        "NAIROBI, June 2 - The finance minister, who took office last year, set out a plan.\n\n"
        "She took office in March 2023 after the election."
    )
    document = segment(text)
    assert document.reference is not None
    assert (pendulum.Date(2024, 6, 2), ReferenceBasis.INFERRED) == (
        document.reference.date,
        document.reference.basis,
    )
    assert ["last year", "2023"] == [s.slice(text) for s in document.reference.evidence]
    assert document.dateline is not None
    assert pendulum.Date(2024, 6, 2) == document.dateline.date


def test_year_inferred_across_a_line_break() -> None:
    """In hard-wrapped copy the words before a year may end the line before it."""
    text = (
        "Minister sets out plan\n\n"
        "NAIROBI, June 2 - The finance minister, who took office last\n"
        "year, set out a plan.\n\n"
        "She took office in March\n2023 after the election."
    )
    reference = segment(text).reference
    assert reference is not None
    assert pendulum.Date(2024, 6, 2) == reference.date
    assert ["last\nyear", "2023"] == [s.slice(text) for s in reference.evidence]


def test_year_inferred_from_the_latest_dated_year_without_a_pair() -> None:
    """With no relative year to pair, the latest year the text dates is taken, and shown."""
    text = (
        "Port reopens\n\n"
        "MOMBASA, May 4 - The port reopened after repairs begun in January 2019.\n\n"
        "It had been closed since 2017."
    )
    document = segment(text)
    assert document.reference is not None
    assert pendulum.Date(2019, 5, 4) == document.reference.date
    assert ["2019"] == [s.slice(text) for s in document.reference.evidence]


def test_a_year_ahead_of_the_story_is_not_its_year() -> None:
    """A year the story puts ahead of itself ("will start in 2030") does not date it."""
    text = (
        "Output rises\n\n"
        "LONDON, March 3 - Output rose in 2021. Deliveries will start in 2030.\n\n"
        "The plant is due to close by 2035."
    )
    reference = segment(text).reference
    assert reference is not None
    assert pendulum.Date(2021, 3, 3) == reference.date


def test_no_year_to_infer_leaves_the_dateline_undated() -> None:
    """A dateline without year, no published date and no year in the text: no date."""
    document = segment("Headline\n\nLONDON, March 3 - Shares rose on Monday.")
    assert document.dateline is not None
    assert document.dateline.date is None
    assert document.reference is None


# --- bad input --------------------------------------------------------------------------


def test_non_str_text_is_refused() -> None:
    """Bytes get our TextInputError, with a hint."""
    with pytest.raises(TextInputError) as info:
        segment(b"LONDON - Shares rose.")  # type: ignore[arg-type]
    assert "text: expected a str, got bytes (decode bytes first)" == str(info.value)


@pytest.mark.parametrize(
    ("published", "message"),
    [
        ("2022-04-19", ("published: expected a pendulum.Date, got str "
                        "(read it with pendulum.parse(text).date())")),
        (dt.date(2022, 4, 19), ("published: expected a pendulum.Date, got date "
                                "(make one with pendulum.Date(d.year, d.month, d.day))")),
        (pendulum.datetime(2022, 4, 19), ("published: expected a pendulum.Date, got DateTime "
                                          "(a date and time: pass its .date())")),
    ],
)  # fmt: skip
def test_published_must_be_a_pendulum_date(published: object, message: str) -> None:
    """A publication date of another type gets our DateInputError, saying what to pass."""
    with pytest.raises(DateInputError) as info:
        segment("Shares rose.", published=published)  # type: ignore[arg-type]
    assert message == str(info.value)


# --- data -------------------------------------------------------------------------------


def test_data_files_hold_valid_country_codes() -> None:
    """Every country code in the dateline tables is one the model accepts."""
    codes = {code for _, code, _ in _read_table("cities.tsv") if code is not None}
    codes |= {code for _, code, _ in _read_table("dateline_regions.tsv") if code is not None}
    assert set() == codes - country_codes()
    assert set() == set(_regions().values()) - country_codes()
    assert all(code is None or code in country_codes() for _, code in _cities().values())


# --- properties -------------------------------------------------------------------------

_WIRE_PIECES = st.sampled_from(
    [
        "HAVANA, April 18th ", "LONDON (Reuters) - ", "Mr. ", "U.S. ", "Jan. 5 ", "J. Smith ",
        "3.5 ", "said. ", '"We will." ', "? ", "! ", "\n", "\n\n", "  ", "\xa0", "—", "Talks ",
        "officials met ", "in 2021 ", "last year ", "The ", "April 03, 2009\n", "By Ann Li\n",
        "…", ".", "(AP) ", "/", "\r\n", "\u202e", "\ud800", "🙂",
    ]
)  # fmt: skip
_WIRE_TEXT = st.lists(st.one_of(_WIRE_PIECES, st.text(max_size=8)), max_size=40).map("".join)


@given(text=st.one_of(st.text(), _WIRE_TEXT))
def test_every_span_slices_back_to_its_text(text: str) -> None:
    """Headline, dateline, paragraphs and sentences are trimmed, ordered, nested spans."""
    document = segment(text, published=APRIL_19)
    for span in (*document.paragraphs, *document.sentences):
        piece = span.slice(text)
        assert piece
        assert piece == piece.strip()
        assert 0 <= span.start < span.end <= len(text)
    for earlier, later in itertools.pairwise(document.paragraphs):
        assert earlier.end <= later.start
    for earlier, later in itertools.pairwise(document.sentences):
        assert earlier.end <= later.start
        assert not text[earlier.end : later.start].strip() or any(
            p.end <= later.start and earlier.end <= p.end for p in document.paragraphs
        )
    for sentence in document.sentences:
        assert any(p.start <= sentence.start and sentence.end <= p.end for p in document.paragraphs)
    if document.headline_span is not None:
        assert document.headline == document.headline_span.slice(text)
    if document.dateline is not None and document.dateline.span is not None:
        assert document.dateline.span.slice(text).strip()


@given(text=st.one_of(st.text(), _WIRE_TEXT))
def test_sentences_cover_each_paragraph(text: str) -> None:
    """A paragraph is its sentences and the white space between them, nothing lost."""
    document = segment(text)
    for paragraph in document.paragraphs:
        inside = [s for s in document.sentences if paragraph.start <= s.start < paragraph.end]
        assert inside
        assert paragraph.start == inside[0].start
        assert paragraph.end == inside[-1].end
        for earlier, later in itertools.pairwise(inside):
            assert not text[earlier.end : later.start].strip()


@given(text=st.one_of(st.text(), _WIRE_TEXT), published=st.none() | st.dates().map(
    lambda d: pendulum.Date(d.year, d.month, d.day)))  # fmt: skip
def test_any_text_gives_a_document_or_our_error(text: str, published: pendulum.Date | None) -> None:
    """For any str, segmenting returns a Document or raises only our errors."""
    with contextlib.suppress(NewsEventsError):
        segment(text, published=published)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_STYLES = (
    "{CITY}, {Month} {d} - ",
    "{CITY}, {Mon}. {d} (Reuters) - ",
    "{CITY}, {Month} {d}th  ",
    "{CITY}, {d} {Month} — ",
    "{CITY} {iso}\n\n",
    "{Month} {dd}, {y}\n\n",
)


@given(
    day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
    style=st.sampled_from(_STYLES),
    city=st.sampled_from(["HAVANA", "LONDON", "NEW YORK", "SAN JOSE", "Kyiv"]),
)
def test_a_dateline_written_in_any_style_reads_back_its_date(
    day: dt.date, style: str, city: str
) -> None:
    """Formatting a date in the datelines' styles and segmenting gives the same date back."""
    if "th" in style and day.day in {1, 2, 3, 21, 22, 23, 31}:
        style = style.replace("{d}th", "{d}")
    line = style.format(
        CITY=city,
        Month=_MONTHS[day.month - 1],
        Mon=_MONTHS[day.month - 1][:3],
        d=day.day,
        dd=f"{day.day:02d}",
        y=day.year,
        iso=day.isoformat(),
    )
    text = f"Headline of the story\n\n{line}Ministers met on Monday."
    published = pendulum.Date(day.year, day.month, day.day).add(days=1)
    dateline = segment(text, published=published).dateline
    assert dateline is not None
    assert pendulum.Date(day.year, day.month, day.day) == dateline.date
