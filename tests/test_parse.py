"""Tests for the pipeline: ``Parser`` and ``parse_article``."""

# Stand-in stages keep the signatures of the real ones, arguments they ignore included.
# ruff: noqa: ARG001, ARG005

from __future__ import annotations

import contextlib
from importlib import resources
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsevents
from newsevents import (
    Actor,
    ActorKind,
    Document,
    Meeting,
    MeetingStatus,
    Parser,
    Quantity,
    ReferenceBasis,
    Span,
    Statistic,
    TimeKind,
    TimeMention,
    TimeSpan,
    parse_article,
)
from newsevents.errors import (
    DateInputError,
    InvalidValueError,
    NewsEventsError,
    TextInputError,
)

STORY = (
    "PORT TALKS SET FOR FRIDAY\n\n"
    "MOMBASA, May 4 - Port officials from Kenya and Uganda will meet on Friday to discuss "
    "delays, the ports authority said.\n\n"
    "Cargo handled at the port rose 6 percent to 34.6 million tonnes last year."
)
MAY_5 = pendulum.Date(2024, 5, 5)


def _kenya(document: Document) -> tuple[Actor, ...]:
    return (Actor(id="ke", name="Kenya", kind=ActorKind.COUNTRY, affiliation="KE"),)


def _trivial() -> Parser:
    """A parser whose recognisers and extractors are stand-ins, to test the wiring."""
    return Parser(
        times=lambda text, *, reference=None: (),
        quantities=lambda text: (),
        actors=lambda document: (),
        meetings=lambda document, actors: (),
        statistics=lambda document, actors: (),
    )


def test_parse_article_reads_structure_and_facts() -> None:
    """The default parser gives headline, dateline, reference date, sentences and facts."""
    article = parse_article(STORY, published=MAY_5)
    assert "PORT TALKS SET FOR FRIDAY" == article.headline
    assert article.dateline is not None
    assert article.dateline.place is not None
    assert ("Mombasa", "KE", pendulum.Date(2024, 5, 4)) == (
        article.dateline.place.name,
        article.dateline.place.country,
        article.dateline.date,
    )
    assert article.reference is not None
    assert ReferenceBasis.DATELINE_AND_PUBLISHED == article.reference.basis
    assert MAY_5 == article.published
    assert 2 == len(article.sentences)
    assert article.actors
    assert article.meetings
    assert article.statistics


def test_the_example_story_is_read_with_an_inferred_year() -> None:
    """The bundled example has no year in its dateline: the year is inferred, with evidence."""
    text = resources.files("newsevents").joinpath("_data/example.txt").read_text("utf-8")
    article = parse_article(text)
    assert article.reference is not None
    assert (pendulum.Date(2024, 3, 9), ReferenceBasis.INFERRED) == (
        article.reference.date,
        article.reference.basis,
    )
    assert ["last year", "2023"] == [s.slice(text) for s in article.reference.evidence]


def test_stages_run_in_order_with_what_they_need() -> None:
    """Each stage gets the document (with times and quantities) and the actors found."""
    seen: dict[str, Any] = {}
    when = TimeSpan.day(pendulum.Date(2024, 5, 10))
    friday = TimeMention(span=Span(start=0, end=6), text="Friday", kind=TimeKind.DATE, when=when)
    six = Quantity(span=Span(start=1, end=2), text="6", value=6.0, unit="percent")

    def times(text: str, *, reference: pendulum.Date | None = None) -> tuple[TimeMention, ...]:
        seen["reference"] = reference
        return (friday,)

    def meetings(document: Document, actors: tuple[Actor, ...]) -> tuple[Meeting, ...]:
        seen["times"], seen["quantities"] = document.times, document.quantities
        return (Meeting(participants=[a.id for a in actors], status=MeetingStatus.PLANNED),)

    def statistics(document: Document, actors: tuple[Actor, ...]) -> tuple[Statistic, ...]:
        return (Statistic(value=document.quantities[0].value, unit="percent", source="ke"),)

    parser = attrs.evolve(
        _trivial(),
        times=times,
        quantities=lambda text: (six,),
        actors=_kenya,
        meetings=meetings,
        statistics=statistics,
    )
    article = parser.parse(STORY, published=MAY_5)
    assert pendulum.Date(2024, 5, 4) == seen["reference"]
    assert ((friday,), (six,)) == (seen["times"], seen["quantities"])
    assert ("ke",) == article.meetings[0].participants
    assert (6.0, "ke") == (article.statistics[0].value, article.statistics[0].source)


def test_a_replaced_segmenter_is_used() -> None:
    """A downstream segmenter replaces the built-in one; its document is what stages read."""

    def segmenter(text: str, *, published: pendulum.Date | None = None) -> Document:
        return Document(text=text, headline="Mine", sentences=(Span(start=0, end=len(text)),))

    article = attrs.evolve(_trivial(), segmenter=segmenter).parse("Any text at all")
    assert ("Mine", (Span(start=0, end=15),)) == (article.headline, article.sentences)


def test_the_document_method_stops_before_the_extractors() -> None:
    """``Parser.document`` gives the working state the extractors read, without running them."""
    document = Parser().document(STORY, published=MAY_5)
    assert isinstance(document, Document)
    assert document.times
    assert document.quantities


def test_parser_and_document_are_public() -> None:
    """``Parser`` and ``Document`` are exported from the package."""
    assert {"Parser", "Document", "DateInputError"} <= set(newsevents.__all__)


def test_a_stage_must_be_callable() -> None:
    """A parser refuses a stage that cannot be called, naming it."""
    with pytest.raises(InvalidValueError) as info:
        Parser(actors=None)  # type: ignore[arg-type]
    assert "Parser actors must be callable: got None" == str(info.value)


def test_non_str_text_is_refused() -> None:
    """Bytes get our TextInputError, whatever the stages are."""
    with pytest.raises(TextInputError) as info:
        _trivial().parse(b"PORT TALKS")  # type: ignore[arg-type]
    assert "text: expected a str, got bytes (decode bytes first)" == str(info.value)


def test_published_of_the_wrong_type_is_refused() -> None:
    """A publication date given as text gets our DateInputError, before any stage runs."""
    with pytest.raises(DateInputError) as info:
        parse_article(STORY, published="2024-05-05")  # type: ignore[arg-type]
    assert (
        "published: expected a pendulum.Date, got str (read it with pendulum.parse(text).date())"
        == str(info.value)
    )


_PIECES = st.sampled_from(
    [
        "MOMBASA, May 4 - ", "WASHINGTON (Reuters) -- ", "Port officials will meet on Friday. ",
        "Cargo rose 6 percent to 34.6 million tonnes ", "last year ", "in March 2023 ",
        "Mr. ", "U.S. ", "\n", "\n\n", "\xa0", "—", "1,2,3,4,", "A.B.C.", "\u202e", "\ud800",
        "🙂", "\x00", "\u05e9\u05dc\u05d5\u05dd ", "$", "%", "talks with ", "said ", "(AP) ",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30).map("".join)
)


@given(text=_TEXT, published=st.none() | st.just(MAY_5))
def test_any_text_gives_an_article_or_our_error(text: str, published: pendulum.Date | None) -> None:
    """For any str, the default parser returns an Article or raises only our errors."""
    with contextlib.suppress(NewsEventsError):
        article = parse_article(text, published=published)
        assert text == article.text
        for span in article.sentences:
            assert span.slice(text).strip() == span.slice(text)
