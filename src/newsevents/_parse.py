"""The pipeline: text in, :class:`~newsevents.Article` out.

A :class:`Parser` holds its stages as plain callables, so a downstream package builds its
own parser by replacing or wrapping a piece, with no registry and no global state::

    segment ──> find_times + find_quantities ──> actors ──> meetings, statistics ──> Article

:func:`parse_article` is the default parser's :meth:`Parser.parse`.
"""

from __future__ import annotations

__all__ = ["Parser", "parse_article"]

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from newsevents import _text
from newsevents._actors import find_actors
from newsevents._document import Document
from newsevents._meetings import find_meetings
from newsevents._mentions import Quantity, TimeMention
from newsevents._model import Actor, Article, Meeting, Statistic
from newsevents._quantities import find_quantities
from newsevents._segment import check_published, segment
from newsevents._statistics import find_statistics
from newsevents._times import find_times
from newsevents.errors import InvalidValueError, TextInputError

if TYPE_CHECKING:
    import pendulum

Segmenter = Callable[..., Document]
"""``segmenter(text, *, published=None) -> Document``: structure and reference date."""

TimeFinder = Callable[..., tuple[TimeMention, ...]]
"""``times(text, *, reference=None) -> tuple[TimeMention, ...]``."""

QuantityFinder = Callable[[str], tuple[Quantity, ...]]
ActorStage = Callable[[Document], tuple[Actor, ...]]
MeetingStage = Callable[[Document, tuple[Actor, ...]], tuple[Meeting, ...]]
StatisticStage = Callable[[Document, tuple[Actor, ...]], tuple[Statistic, ...]]


def _callable(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not callable(value):
        raise InvalidValueError(
            f"{type(instance).__name__} {attribute.name} must be callable: got {value!r}"
        )


@attrs.frozen(kw_only=True)
class Parser:
    r"""Reads wire stories into :class:`~newsevents.Article` values, stage by stage.

    Every stage is a field, so a parser with one piece replaced is one
    :func:`attrs.evolve` away. Here, a parser that finds no statistics:

    >>> import attrs
    >>> quiet = attrs.evolve(Parser(), statistics=lambda document, actors: ())
    >>> article = quiet.parse("OIL FALLS\n\nLONDON, March 3 - Prices fell 4 percent.")
    >>> article.headline, article.dateline.place.name, article.statistics
    ('OIL FALLS', 'London', ())
    """

    segmenter: Segmenter = attrs.field(default=segment, validator=_callable)
    """Cuts the text into headline, dateline, paragraphs and sentences and fixes the
    reference date: ``segmenter(text, *, published=None) -> Document``."""
    times: TimeFinder = attrs.field(default=find_times, validator=_callable)
    """Finds the time expressions, resolved: ``times(text, *, reference=None)``."""
    quantities: QuantityFinder = attrs.field(default=find_quantities, validator=_callable)
    """Finds the numbers with their units: ``quantities(text)``."""
    actors: ActorStage = attrs.field(default=find_actors, validator=_callable)
    """Finds the actors of the story, each once: ``actors(document)``."""
    meetings: MeetingStage = attrs.field(default=find_meetings, validator=_callable)
    """Finds the meetings: ``meetings(document, actors)``."""
    statistics: StatisticStage = attrs.field(default=find_statistics, validator=_callable)
    """Finds the statistics: ``statistics(document, actors)``."""

    def document(self, text: str, *, published: pendulum.Date | None = None) -> Document:
        """Run the segmenter and the recognisers: the working state the extractors read.

        A non-``str`` text raises :class:`~newsevents.errors.TextInputError`; a
        ``published`` that is not a ``pendulum.Date``,
        :class:`~newsevents.errors.DateInputError`.
        """
        if not isinstance(text, str):
            raise TextInputError("text", text)
        published = check_published(published)
        with _text.sharing(text):  # the stages lower-case the story once between them
            document = self.segmenter(text, published=published)
            reference = document.reference.date if document.reference is not None else None
            return attrs.evolve(
                document,
                times=tuple(self.times(text, reference=reference)),
                quantities=tuple(self.quantities(text)),
            )

    def parse(self, text: str, *, published: pendulum.Date | None = None) -> Article:
        """Read one story into an :class:`~newsevents.Article`.

        ``published`` is the story's publication date where it is known: it gives the
        year of a dateline that has none ("HAVANA, April 18th").
        """
        with _text.sharing(text):
            document = self.document(text, published=published)
            actors = tuple(self.actors(document))
            meetings = tuple(self.meetings(document, actors))
            statistics = tuple(self.statistics(document, actors))
        return Article(
            text=document.text,
            headline=document.headline,
            dateline=document.dateline,
            published=document.published,
            reference=document.reference,
            paragraphs=document.paragraphs,
            sentences=document.sentences,
            actors=actors,
            meetings=meetings,
            statistics=statistics,
        )


_DEFAULT = Parser()


def parse_article(text: str, *, published: pendulum.Date | None = None) -> Article:
    r"""Read a wire story into an :class:`~newsevents.Article`, with the default parser.

    ``published``, a ``pendulum.Date``, gives the year of a dateline that has none; without
    it the year is inferred from the text, and ``article.reference`` says so and from what.

    >>> import pendulum
    >>> article = parse_article(
    ...     "CUBA AND US TO HOLD TALKS\n\n"
    ...     "HAVANA, April 18th - Cuban and American officials will meet on Thursday.",
    ...     published=pendulum.Date(2022, 4, 19),
    ... )
    >>> article.dateline.place.name, article.dateline.date.isoformat()
    ('Havana', '2022-04-18')
    """
    return _DEFAULT.parse(text, published=published)
