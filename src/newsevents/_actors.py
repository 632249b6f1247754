"""Actors: people, organisations, countries, groups and anonymous sources.

Recognition is built from parts that a downstream package can add to or replace: an
:class:`ActorFinder` holds a list of recognisers (each a callable from a
:class:`~newsevents._document.Document` to :class:`ActorMention` values) and a resolver
that merges the mentions into actors. The built-in recognisers read capitalised names,
lower-case known bodies and unnamed actors; :class:`GazetteerRecognizer` adds a user's
own list of names, and :class:`EntityRecognizer` adapts a spaCy-like pipeline the user
already has.
"""

from __future__ import annotations

__all__ = [
    "ActorFinder",
    "ActorMention",
    "EntityRecognizer",
    "GazetteerRecognizer",
    "MentionResolver",
    "Recognizer",
    "find_actors",
]

import operator
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

import attrs

from newsevents._actors_base import ActorMention, Mention, Recognizer
from newsevents._actors_data import lexicon
from newsevents._actors_names import BodyRecognizer, NameRecognizer, UnnamedRecognizer
from newsevents._actors_resolve import MentionResolver
from newsevents._document import Document
from newsevents._model import Actor, ActorKind
from newsevents.errors import InvalidValueError, TextInputError

_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_M = TypeVar("_M", ActorMention, Mention)
_GROUP = ActorKind.GROUP  # a module constant: reading it off the enum class costs more
_ANONYMOUS = ActorKind.ANONYMOUS


def _without_overlaps(found: list[list[_M]]) -> list[_M]:
    """All mentions, where two named mentions overlap keeping the earlier recogniser's.

    Group and anonymous mentions may overlap names ("Peruvian officials" holds "Peruvian").
    Mentions come in the order of their start, the longest first, then the earlier
    recogniser's; named ones first, then the others.
    """
    ordered = [m for ms in found for m in ms]
    ordered.sort(key=_END, reverse=True)  # two stable sorts: by start, the longest first,
    ordered.sort(key=_START)  # and recognisers in their order where both tie
    kept: list[_M] = []
    other: list[_M] = []
    last_end = -1
    rank: dict[int, int] | None = None  # the recogniser of each mention, on a first overlap
    for m in ordered:
        kind = m.kind
        if kind is _GROUP or kind is _ANONYMOUS:
            other.append(m)
        elif m.start < last_end:  # an overlap, which the earlier recogniser wins
            if len(found) > 1:
                if rank is None:
                    rank = {id(m): i for i in reversed(range(len(found))) for m in found[i]}
                if rank[id(m)] < rank[id(kept[-1])]:
                    kept[-1] = m
                    last_end = m.end
        else:
            kept.append(m)
            last_end = m.end
    return kept + other


def _recognizer_tuple(value: Iterable[Recognizer]) -> tuple[Recognizer, ...]:
    return tuple(value)


_BUILT_IN = frozenset({NameRecognizer, BodyRecognizer, UnnamedRecognizer})
"""The built-in recognisers, whose working mentions the built-in resolver reads directly."""


def _working(recognize: Recognizer, document: Document) -> list[Mention]:
    """The mentions a recogniser finds, in their working form.

    A built-in recogniser gives them as it makes them; a user's is read through its
    public call (a subclass of a built-in one too, which may have changed that call).
    """
    if type(recognize) in _BUILT_IN:
        built_in = cast("NameRecognizer | BodyRecognizer | UnnamedRecognizer", recognize)
        return list(built_in.mentions(document))
    found = list(recognize(document))
    for m in found:
        if not isinstance(m, ActorMention):
            raise InvalidValueError(
                f"a recogniser must return ActorMention values: got {m!r} from {recognize!r}"
            )
    return [Mention.of(m) for m in found]


def _default_recognizers() -> tuple[Recognizer, ...]:
    return (NameRecognizer(), BodyRecognizer(), UnnamedRecognizer())


@attrs.frozen
class ActorFinder:
    """Finds a story's actors: recognisers find mentions, the resolver merges them.

    ``ActorFinder()`` is the built-in finder; :meth:`with_recognizers` gives a finder
    with more recognisers, ahead of the built-in ones (so that they win an overlap).

    >>> from newsevents._document import Document
    >>> finder = ActorFinder()
    >>> doc = Document(text="Finance Minister Tunde Adebayo met Mr Adebayo's aides in Lagos.")
    >>> [(a.name, a.title, a.aliases) for a in finder(doc) if a.kind.value == "person"]
    [('Tunde Adebayo', 'finance minister', ('Mr Adebayo', 'Adebayo'))]
    """

    recognizers: tuple[Recognizer, ...] = attrs.field(
        factory=_default_recognizers, converter=_recognizer_tuple
    )
    resolver: Callable[[Document, Iterable[ActorMention]], tuple[Actor, ...]] = attrs.field(
        factory=MentionResolver
    )

    def __call__(self, document: Document) -> tuple[Actor, ...]:
        """Every actor of ``document``, once, with all its mentions."""
        if not isinstance(document, Document):
            raise TextInputError("document", document)
        if not isinstance(document.text, str):
            raise TextInputError("document.text", document.text)
        resolver = self.resolver
        if type(resolver) is not MentionResolver:  # a user's resolver gets what it always got
            found = [list(recognize(document)) for recognize in self.recognizers]
            return resolver(document, _without_overlaps(found))
        working = [_working(recognize, document) for recognize in self.recognizers]
        return resolver._resolve(document, _without_overlaps(working))  # noqa: SLF001 - built in

    def with_recognizers(self, *recognizers: Recognizer, first: bool = True) -> ActorFinder:
        """A finder that also runs ``recognizers``.

        Before the current ones if ``first`` (they win overlaps), else after them.
        """
        combined = (*recognizers, *self.recognizers) if first else (*self.recognizers, *recognizers)
        return ActorFinder(recognizers=combined, resolver=self.resolver)


_DEFAULT_FINDER = ActorFinder()


def find_actors(document: Document) -> tuple[Actor, ...]:
    """Every actor of the story, once, with all its mentions (the built-in finder).

    >>> from newsevents._document import Document
    >>> actors = find_actors(Document(text="London wants Peru to act, Daniel Okafor said."))
    >>> [(a.name, a.kind.value, a.affiliation) for a in actors]
    [('United Kingdom', 'country', 'GB'), ('Peru', 'country', 'PE'),
     ('Daniel Okafor', 'person', None)]
    """
    return _DEFAULT_FINDER(document)


# --- extension: a user's gazetteer ---------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Entry:
    name: str
    kind: ActorKind
    affiliation: str | None
    title: str | None


@attrs.frozen
class GazetteerRecognizer:
    """Finds the names of a user's own list, written exactly as listed.

    Build one with :meth:`from_names`; each form maps to the actor's name, kind and
    country.

    >>> from newsevents._document import Document
    >>> acme = GazetteerRecognizer.from_names(
    ...     {"Acme Widgets": ("Acme Widgets Ltd", ActorKind.ORGANIZATION, "GB")})
    >>> [(m.text, m.name) for m in acme(Document(text="Shares in Acme Widgets rose."))]
    [('Acme Widgets', 'Acme Widgets Ltd')]
    """

    entries: Mapping[str, _Entry]
    pattern: re.Pattern[str]

    @classmethod
    def from_names(
        cls, names: Mapping[str, tuple[str, ActorKind, str | None]]
    ) -> GazetteerRecognizer:
        """A recogniser for ``{form: (name, kind, country code or None)}``."""
        entries: dict[str, _Entry] = {}
        for form, value in names.items():
            checked: object = form
            if not isinstance(checked, str) or not checked.strip():
                raise InvalidValueError(f"gazetteer forms must be non-empty strings: got {form!r}")
            name, kind, code = value
            if not isinstance(kind, ActorKind):
                raise InvalidValueError(
                    f"gazetteer entry {form!r} must give an ActorKind: got {kind!r}"
                )
            entries[form] = _Entry(name=name, kind=kind, affiliation=code, title=None)
        forms = sorted(entries, key=len, reverse=True)
        body = "|".join(re.escape(f) for f in forms) or "(?!)"
        return cls(entries=entries, pattern=re.compile(rf"(?<!\w)(?:{body})(?!\w)"))

    def __call__(self, document: Document) -> list[ActorMention]:
        """The listed names in ``document``."""
        out = []
        for m in self.pattern.finditer(document.text):
            entry = self.entries[m.group()]
            out.append(
                ActorMention(
                    start=m.start(),
                    end=m.end(),
                    text=m.group(),
                    kind=entry.kind,
                    name=entry.name,
                    affiliation=entry.affiliation,
                )
            )
        return out


# --- extension: a spaCy-like pipeline the user already has -------------------------------

_SPACY_KINDS = {
    "PERSON": ActorKind.PERSON,
    "PER": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "GPE": ActorKind.COUNTRY,
    "NORP": ActorKind.COUNTRY,
}


@attrs.frozen
class EntityRecognizer:
    """Adapts a spaCy-like pipeline the user already has into a recogniser.

    The pipeline is any callable whose ``nlp(text).ents`` have ``text``, ``label_``,
    ``start_char`` and ``end_char``; nothing of spaCy is imported. People and
    organisations are taken as the pipeline labels them; a place label (GPE, NORP) counts
    only where it names a country, demonym or capital the lexicon knows, so cities stay
    places.

    >>> from types import SimpleNamespace
    >>> from newsevents._document import Document
    >>> def nlp(text):
    ...     return SimpleNamespace(ents=[
    ...         SimpleNamespace(text="Ana Ruiz", label_="PERSON", start_char=0, end_char=8),
    ...         SimpleNamespace(text="Cusco", label_="GPE", start_char=17, end_char=22)])
    >>> doc = Document(text="Ana Ruiz flew to Cusco.")
    >>> [(m.text, m.kind.value) for m in EntityRecognizer(nlp)(doc)]
    [('Ana Ruiz', 'person')]
    """

    nlp: Callable[[str], Any]
    labels: Mapping[str, ActorKind] = attrs.field(factory=lambda: dict(_SPACY_KINDS))

    def __call__(self, document: Document) -> list[ActorMention]:
        """The pipeline's entities as mentions."""
        lex = lexicon()
        out = []
        for ent in self.nlp(document.text).ents:
            kind = self.labels.get(ent.label_)
            if kind is None:
                continue
            text = str(ent.text)
            start, end = int(ent.start_char), int(ent.end_char)
            if text.endswith(("'s", "’s")):
                text, end = text[:-2], end - 2
            if kind is ActorKind.COUNTRY:
                country = lex.country_of(text)
                if country is None:
                    continue
                out.append(
                    ActorMention(
                        start=start,
                        end=end,
                        text=text,
                        kind=kind,
                        name=country.name,
                        affiliation=country.code,
                    )
                )
            else:
                out.append(ActorMention(start=start, end=end, text=text, kind=kind))
        return out
