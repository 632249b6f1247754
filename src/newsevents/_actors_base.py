"""What actor recognisers return: mentions, and the protocol a recogniser follows."""

from __future__ import annotations

__all__ = ["ActorMention", "Mention", "Recognizer"]

from typing import TYPE_CHECKING, Any, Protocol

import attrs

from newsevents._model import (
    ActorKind,
    _country,
    _is,
    _non_empty,
    _offset,
    _optional_non_empty,
)
from newsevents.errors import InvalidValueError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from newsevents._document import Document


@attrs.frozen(kw_only=True)
class ActorMention:
    """One mention of an actor in the text, before mentions are merged into actors.

    ``text`` is the form as written (without a possessive "'s"); ``name`` is the name the
    mention stands for where the recogniser knows it ("United States" for "Washington"),
    else the name part of the text ("Kessler" for "Mr Kessler"). ``kind`` None means "a
    name whose kind the resolver decides": it joins a person or organisation named
    elsewhere, or stands as an organisation of its own. A ``tentative`` mention only
    joins an actor found elsewhere (a headline word, a sentence's first word).

    >>> ActorMention(start=0, end=6, text="Okafor", kind=ActorKind.PERSON)
    ... # doctest: +ELLIPSIS
    ActorMention(start=0, end=6, text='Okafor', kind=<ActorKind.PERSON: 'person'>, ...)
    """

    start: int = attrs.field(validator=_offset)
    end: int = attrs.field(validator=_offset)
    text: str = attrs.field(validator=_non_empty)
    kind: ActorKind | None = attrs.field(validator=_is(ActorKind, optional=True))
    name: str | None = attrs.field(default=None, validator=_optional_non_empty)
    title: str | None = attrs.field(default=None, validator=_optional_non_empty)
    affiliation: str | None = attrs.field(default=None, validator=_country)
    tentative: bool = attrs.field(default=False, validator=_is(bool))
    employer: str | None = attrs.field(default=None, validator=_optional_non_empty)
    """For a person, the organisation its title names ("Corvex" in "Corvex Executive Vice
    President Dana Whitfield"), whose country the person shares if the text gives no other."""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError(
                f"ActorMention end must not precede its start: got start={self.start}, "
                f"end={self.end}",
                path=("end",),
            )

    def copy_with(
        self, *, tentative: bool | None = None, affiliation: str | None = None
    ) -> ActorMention:
        """This mention with ``tentative`` or ``affiliation`` changed (None keeps it).

        >>> m = ActorMention(start=0, end=6, text="Okafor", kind=ActorKind.PERSON)
        >>> m.copy_with(tentative=True).tentative
        True
        """
        changes: dict[str, Any] = {}
        if tentative is not None:
            changes["tentative"] = tentative
        if affiliation is not None:
            changes["affiliation"] = affiliation
        return attrs.evolve(self, **changes)

    @property
    def key_name(self) -> str:
        """The name this mention stands for: ``name`` where known, else ``text``."""
        return self.name if self.name is not None else self.text


class Recognizer(Protocol):
    """Anything that finds actor mentions in a document.

    A recogniser is a callable; the mentions may come in any order and may overlap
    other recognisers' mentions (the earlier recogniser in an
    :class:`~newsevents.ActorFinder` wins an overlap). A plain function will do:

    >>> import re
    >>> def tickers(document):
    ...     return [ActorMention(start=m.start(), end=m.end(), text=m.group(),
    ...                          kind=ActorKind.ORGANIZATION)
    ...             for m in re.finditer(r"[$][A-Z]+", document.text)]
    >>> from newsevents._document import Document
    >>> [m.text for m in tickers(Document(text="Traders sold $ACME."))]
    ['$ACME']
    """

    def __call__(self, document: Document, /) -> Iterable[ActorMention]:
        """The actor mentions found in ``document``."""
        ...  # pragma: no cover


def _flat(words: str | None) -> str | None:
    """The words with each run of white space one space, a line break too."""
    return " ".join(words.split()) if words is not None else None


class Mention:
    """The working form of an :class:`ActorMention` inside the built-in finder.

    The same fields, in a plain class with slots: the built-in recognisers and resolver make
    and copy dozens of mentions per story, and a frozen attrs class costs several times as
    much to build. ``key_name`` is worked out once, when the mention is made. Only the
    public entry points (a recogniser called on its own) turn these into
    :class:`ActorMention` values.
    """

    __slots__ = (
        "affiliation",
        "employer",
        "end",
        "key",
        "key_name",
        "kind",
        "name",
        "start",
        "tentative",
        "text",
        "title",
    )

    def __init__(  # noqa: PLR0917 - positional, which is faster to call than keywords
        self,
        start: int,
        end: int,
        text: str,
        kind: ActorKind | None,
        name: str | None = None,
        title: str | None = None,
        affiliation: str | None = None,
        tentative: bool = False,  # noqa: FBT001, FBT002 - positional for speed, as in ActorMention
        employer: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.name = name
        self.title = title
        self.affiliation = affiliation
        self.tentative = tentative
        self.employer = employer
        self.key_name = name if name is not None else text
        self.key = ""
        """The resolver's key of ``key_name`` (folded, case-folded), once it works it out."""

    @classmethod
    def of(cls, m: ActorMention) -> Mention:
        """The working form of a public mention, on one line (see :meth:`one_line`).

        A built-in recogniser's name and title hold a line break only where its text does;
        a public mention may hold one anywhere, and is put on one line here, where it comes
        in, so that the resolver need only look at each mention's text.
        """
        mention = cls(
            m.start, m.end, m.text, m.kind, m.name, m.title, m.affiliation, m.tentative, m.employer
        )
        if "\n" in m.text or "\n" in (m.name or "") or "\n" in (m.title or ""):
            return mention.one_line()
        return mention

    def one_line(self) -> Mention:
        """This mention with its text, name and title on one line (and its employer).

        Hard-wrapped copy breaks a line inside a name ("the Marine Management" at a line's
        end, "Organisation" on the next); the span still covers the text as written.
        """
        return Mention(
            self.start,
            self.end,
            " ".join(self.text.split()),
            self.kind,
            _flat(self.name),
            _flat(self.title),
            self.affiliation,
            self.tentative,
            _flat(self.employer),
        )

    def public(self) -> ActorMention:
        """The public, frozen form of this mention."""
        return ActorMention(
            start=self.start,
            end=self.end,
            text=self.text,
            kind=self.kind,
            name=self.name,
            title=self.title,
            affiliation=self.affiliation,
            tentative=self.tentative,
            employer=self.employer,
        )

    def copy_with(
        self,
        *,
        tentative: bool | None = None,
        affiliation: str | None = None,
        name: str | None = None,
    ) -> Mention:
        """This mention with ``tentative``, ``affiliation`` or ``name`` changed (None keeps it)."""
        return Mention(
            self.start,
            self.end,
            self.text,
            self.kind,
            self.name if name is None else name,
            self.title,
            self.affiliation if affiliation is None else affiliation,
            self.tentative if tentative is None else tentative,
            self.employer,
        )
