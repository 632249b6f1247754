"""Views of a story's text that several stages read: in lower case, and in ASCII.

The times, the quantities and the clauses each read the story in lower case, and the
quantities and the clauses look for their openings in an ASCII skeleton of it
(:func:`skeleton`): a pass over the text each. Where the text holds a character beyond
ASCII, a curly quote or a dash, ``str.lower`` looks every character up in the Unicode
case tables and costs eight times what it costs on ASCII text. So the lower case is made
from the skeleton (:func:`_lower`), and while :class:`~newsevents.Parser` parses a story
(:class:`sharing`), each view is made once, at the first ask, for every stage that asks
about that same text object. Asked about another text, or outside a parse, a view is made
anew: nothing outlives the parse.

A ``str`` with one character beyond U+00FF holds two bytes a character, and each call
that looks for an ASCII word in it (``find``, ``startswith``, ``in``) first widens the
word to match. While a story is parsed, :func:`ascii_text` and :func:`ascii_lower` give
for such a text a stand-in of one byte a character, each character beyond ASCII a ``?``,
in which a word of ASCII characters other than ``?`` is found where it is in the text.
"""

from __future__ import annotations

__all__ = ["ascii_lower", "ascii_text", "lower", "sharing", "skeleton"]

from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contextvars import Token
    from types import TracebackType


class _Views:
    """The views of one text, each made at the first ask."""

    __slots__ = ("ascii_lower", "ascii_text", "lower", "skeleton", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.skeleton: bytes | None = None
        self.lower: str | None = None
        self.ascii_text: str | None = None
        self.ascii_lower: str | None = None


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


def _views(text: str) -> _Views | None:
    """The views of ``text`` if it is the story being parsed."""
    views = _STORY.get()
    return views if views is not None and views.text is text else None


def skeleton(text: str) -> bytes:
    """``text`` as ASCII bytes, offset for offset, each other character a ``?``.

    A pattern that needs an ASCII character at a place finds its candidates there with
    ``bytes.find``; a ``?`` may stand for any character and must be read in ``text``.

    >>> skeleton("“Hi,” said Zoë")
    b'?Hi,? said Zo?'
    """
    views = _views(text)
    if views is None:
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
    views = _views(text)
    if views is None:
        return text.lower() if text.isascii() else _lower(text, skeleton(text))[0]
    made = views.lower
    if made is None:
        if text.isascii():
            made = views.lower = views.ascii_lower = text.lower()
        else:
            made, views.ascii_lower = _lower(text, skeleton(text))
            views.lower = made
    return made


def ascii_text(text: str) -> str:
    """A stand-in for ``text`` in which to look for ASCII words, at the same offsets.

    While ``text`` is parsed and holds a character beyond ASCII, its skeleton as a
    ``str`` (made once); else ``text`` itself. A needle of ASCII characters other than
    ``?`` is found in it where, and only where, it is in ``text``: every ASCII character
    stands as it is, and every other is a ``?``, which no character of the needle is.

    >>> text = "“Talks,” she said"
    >>> with sharing(text):
    ...     ascii_text(text), ascii_text(text).find("said") == text.find("said")
    ('?Talks,? she said', True)
    """
    views = _views(text)
    if views is None or text.isascii():
        return text
    made = views.ascii_text
    if made is None:
        made = views.ascii_text = skeleton(text).decode("ascii")
    return made


def ascii_lower(text: str) -> str | None:
    """A stand-in for ``lower(text)``, as :func:`ascii_text` is for the text, or None.

    While ``text`` is parsed and holds a character beyond ASCII, the lower case's
    skeleton as a ``str`` (made once); else None, the lower case being its own stand-in.

    >>> text = "“TALKS,” she said"
    >>> with sharing(text):
    ...     ascii_lower(text)
    '?talks,? she said'
    """
    views = _views(text)
    if views is None or text.isascii():
        return None
    made = views.ascii_lower
    if made is None:
        low = lower(text)
        made = views.ascii_lower
        if made is None:  # a letter beyond ASCII changed case: the lower case's skeleton
            made = views.ascii_lower = low.encode("ascii", "replace").decode("ascii")
    return made


def _lower(text: str, ascii_text: bytes) -> tuple[str, str | None]:
    """``text.lower()``, made from the skeleton ``ascii_text`` of ``text`` where it can be.

    Also the skeleton of the lower case, as a ``str``, where it is made on the way.

    Rule: ``str.lower`` changes the ASCII capitals of a text to small letters, as
    ``bytes.lower`` of its skeleton does, and each other character to its own lower case;
    where none of these has one ("’", "é", "—"), the lower case is the skeleton's, each
    ``?`` that stands for another character given that character back. Otherwise (an "É",
    a "Σ", whose lower case hangs on the letters around it) ``str.lower`` is called.
    Example: "Zoë’s" lower-cases to "zoë’s".
    """
    low = ascii_text.lower().decode("ascii")
    pieces: list[str] = []
    last = 0
    find = ascii_text.find
    at = find(b"?")
    while at >= 0:
        char = text[at]
        if char != "?":
            if char.lower() != char:
                return text.lower(), None
            pieces += (low[last:at], char)
            last = at + 1
        at = find(b"?", at + 1)
    if not pieces:
        return low, low
    pieces.append(low[last:])
    return "".join(pieces), low
