"""The working state of one parse: the text cut into parts, and what was recognised in it.

A :class:`Document` flows down the pipeline: segmenting fills the structure, the
recognisers add time mentions and quantities, and the extractors read it to build the
facts of an :class:`~newsevents.Article`. Extractors written outside this package take a
``Document`` too.
"""

from __future__ import annotations

__all__ = ["Document"]

import bisect

import attrs
import pendulum

from newsevents._mentions import Quantity, TimeMention
from newsevents._model import Dateline, Reference, Span


@attrs.frozen(kw_only=True)
class Document:
    """A story's text with its structure and its recognised times and quantities.

    Every span is an offset range into ``text``.
    """

    text: str
    headline: str | None = None
    headline_span: Span | None = None
    dateline: Dateline | None = None
    published: pendulum.Date | None = None
    reference: Reference | None = None
    """The date relative expressions are resolved against, and where it came from."""
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    times: tuple[TimeMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence that holds character ``offset``, or None."""
        # sentences are in text order and do not overlap: the last one starting at or
        # before the offset is the only candidate
        i = bisect.bisect_right(self.sentences, offset, key=_start) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


def _start(span: Span) -> int:
    return span.start
