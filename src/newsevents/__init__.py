"""newsevents: wire stories in, typed and immutable news-event facts out, with evidence.

>>> import newsevents
>>> sorted(newsevents.__all__)[:3]
['Actor', 'ActorKind', 'Article']
"""

from __future__ import annotations

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Dateline",
    "DecodeError",
    "Granularity",
    "InvalidValueError",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "NewsEventsError",
    "Place",
    "Quantity",
    "Reference",
    "ReferenceBasis",
    "Span",
    "Statistic",
    "TextInputError",
    "TimeKind",
    "TimeMention",
    "TimeSpan",
    "__version__",
]

from newsevents._mentions import Quantity, TimeKind, TimeMention
from newsevents._model import (
    Actor,
    ActorKind,
    Article,
    Dateline,
    Granularity,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Place,
    Reference,
    ReferenceBasis,
    Span,
    Statistic,
    TimeSpan,
)
from newsevents._version import __version__
from newsevents.errors import DecodeError, InvalidValueError, NewsEventsError, TextInputError
