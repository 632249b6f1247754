r"""newsevents: wire stories in, typed and immutable news-event facts out, with evidence.

>>> import newsevents, pendulum
>>> article = newsevents.parse_article(
...     "TALKS SET\n\nLONDON, March 23 - British and French ministers will meet on Friday.",
...     published=pendulum.Date(2023, 3, 23),
... )
>>> article.headline, article.dateline.place.name
('TALKS SET', 'London')
>>> newsevents.from_json(newsevents.to_json(article), newsevents.Article) == article
True
"""

from __future__ import annotations

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorFinder",
    "ActorKind",
    "ActorMention",
    "Article",
    "DateInputError",
    "Dateline",
    "DecodeError",
    "Document",
    "EncodeError",
    "EntityRecognizer",
    "GazetteerRecognizer",
    "Granularity",
    "InvalidValueError",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "MentionResolver",
    "NewsEventsError",
    "Parser",
    "Place",
    "Quantity",
    "Recognizer",
    "Reference",
    "ReferenceBasis",
    "SkippedLineWarning",
    "Span",
    "Statistic",
    "TextInputError",
    "TimeKind",
    "TimeMention",
    "TimeSpan",
    "__version__",
    "find_actors",
    "find_quantities",
    "find_times",
    "from_dict",
    "from_json",
    "json_schema",
    "make_converter",
    "parse_article",
    "read_jsonl",
    "to_dict",
    "to_json",
    "to_jsonl",
]

from newsevents._actors import (
    ActorFinder,
    ActorMention,
    EntityRecognizer,
    GazetteerRecognizer,
    MentionResolver,
    Recognizer,
    find_actors,
)
from newsevents._document import Document
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
from newsevents._parse import Parser, parse_article
from newsevents._quantities import find_quantities
from newsevents._times import find_times
from newsevents._version import __version__
from newsevents.errors import (
    DateInputError,
    DecodeError,
    EncodeError,
    InvalidValueError,
    NewsEventsError,
    TextInputError,
)
from newsevents.serialize import (
    SCHEMA_VERSION,
    SkippedLineWarning,
    from_dict,
    from_json,
    json_schema,
    make_converter,
    read_jsonl,
    to_dict,
    to_json,
    to_jsonl,
)
