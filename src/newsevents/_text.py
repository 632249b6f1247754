"""Two views of a story's text that several stages read: in lower case, and as ASCII bytes.

The times, the quantities and the clauses each read the story in lower case, and the
quantities and the clauses look for their openings in an ASCII skeleton of it
(:func:`skeleton`): a pass over the text each. Where the text holds a character beyond
ASCII, a curly quote or a dash, ``str.lower`` looks every character up in the Unicode
case tables and costs eight times what it costs on ASCII text. So the lower case is made
from the skeleton (:func:`_lower`), and while :class:`~newsevents.Parser` parses a story
(:class:`sharing`), each view is made once, at the first ask, for every stage that asks
about that same text object. Asked about another text, or outside a parse, a view is made
anew: nothing outlives the parse.
"""

from __future__ import annotations

__all__ = ["lower", "sharing", "skeleton"]

from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contextvars import Token
    from types import TracebackType


class _Views:
    """The views of one text, each made at the first ask."""

    __slots__ = ("lower", "skeleton", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower: str | None = None
        self.skeleton: bytes | None = None


_STORY: ContextVar[_Views | None] = ContextVar("newsevents_story", default=None)
"""The views of the story being parsed, in this thread or task."""


class sharing:  # noqa: N801  # read as a verb in ``with sharing(text):``
    """Within the block, the stages that read ``text`` share its views.

    >>> text = "Talks in São Paulo"
    >>> with sharing(text):
    ...     lower(text) is lower(text)
    True
    """

    __slots__ = ("_text", "_token")

    def __init__(self, text: str) -> None:
        self._text = text
        self._token: Token[_Views | None] | None = None

    def __enter__(self) -> None:
        held = _STORY.get()
        if held is None or held.text is not self._text:
            self._token = _STORY.set(_Views(self._text))

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._token is not None:
            _STORY.reset(self._token)
            self._token = None


def skeleton(text: str) -> bytes:
    """``text`` as ASCII bytes, offset for offset, each other character a ``?``.

    A pattern that needs an ASCII character at a place finds its candidates there with
    ``bytes.find``; a ``?`` may stand for any character and must be read in ``text``.

    >>> skeleton("“Hi,” said Zoë")
    b'?Hi,? said Zo?'
    """
    views = _STORY.get()
    if views is None or views.text is not text:
        return text.encode("ascii", "replace")
    made = views.skeleton
    if made is None:
        made = views.skeleton = text.encode("ascii", "replace")
    return made


def lower(text: str) -> str:
    """``text.lower()``, made once per story while it is parsed.

    >>> lower("Talks in SÃO PAULO, “soon”")
    'talks in são paulo, “soon”'
    """
    views = _STORY.get()
    if views is None or views.text is not text:
        return _lower(text, text.encode("ascii", "replace"))
    made = views.lower
    if made is None:
        made = views.lower = _lower(text, skeleton(text))
    return made


def _lower(text: str, ascii_text: bytes) -> str:
    """``text.lower()``, from the skeleton ``ascii_text`` of ``text`` where that is cheaper.

    Rule: ``str.lower`` changes the ASCII capitals of a text to small letters, as
    ``bytes.lower`` of its skeleton does, and each other character to its own lower case;
    where none of these has one ("’", "é", "—"), the lower case is the skeleton's, each
    ``?`` that stands for another character given that character back. Otherwise (an "É",
    a "Σ", whose lower case hangs on the letters around it) ``str.lower`` is called.
    Example: "Zoë’s" lower-cases to "zoë’s".
    """
    if text.isascii():
        return text.lower()
    low = ascii_text.lower().decode("ascii")
    pieces: list[str] = []
    last = 0
    find = ascii_text.find
    at = find(b"?")
    while at >= 0:
        char = text[at]
        if char != "?":
            if char.lower() != char:
                return text.lower()
            pieces += (low[last:at], char)
            last = at + 1
        at = find(b"?", at + 1)
    pieces.append(low[last:])
    return "".join(pieces)
