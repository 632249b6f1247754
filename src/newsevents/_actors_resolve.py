"""Merging actor mentions into actors: one actor per entity, with all its mentions.

"Daniel Okafor", "Okafor" and "Okafor's" are one person; "Mr Kessler" joins Martin
Kessler; "EFGA" joins "Export Finance Guarantee Agency"; "Washington" and "the US" join
the United States.
"""

from __future__ import annotations

__all__ = ["MentionResolver", "slug"]

import bisect
import functools
import operator
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newsevents._actors_base import ActorMention, Mention
from newsevents._actors_data import (
    SCAN_LIMIT,
    Lexicon,
    fold,
    given_names,
    lexicon,
    lower_words,
    stands_between,
)
from newsevents._model import Actor, ActorKind, Span, _unchecked_span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from newsevents._document import Document

_PERSON = ActorKind.PERSON
_ORG = ActorKind.ORGANIZATION
_COUNTRY = ActorKind.COUNTRY
_GROUP = ActorKind.GROUP
_ANONYMOUS = ActorKind.ANONYMOUS
"""The kinds, as module constants: reading a member off the enum class costs a call of the
enum's ``__getattr__`` hook on Python 3.11, some ten times a global's cost."""
_NOT_INITIAL = frozenset({"of", "the", "and", "for", "on", "&", "de", "du", "des", "la", "le"})
_LEGAL_FORMS = frozenset(
    {
        "Co",
        "Company",
        "Corp",
        "Corporation",
        "Inc",
        "Incorporated",
        "Ltd",
        "Limited",
        "plc",
        "PLC",
        "Plc",
        "LLC",
        "SA",
        "AG",
        "NV",
        "Group",
        "Holdings",
    }
)
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_FIRST = operator.attrgetter("first")
_FIRST_ITEM = operator.itemgetter(0)
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_INITIAL_SPLIT = re.compile(r"[\s-]+")


@functools.lru_cache(maxsize=16384)
def slug(name: str) -> str:
    """An id made from a name: lower-case ASCII words joined by hyphens.

    >>> slug("Andrés Morales de Arce")
    'andres-morales-de-arce'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _SLUG_DROP.sub("-", ascii_name.lower()).strip("-") or "actor"


@functools.lru_cache(maxsize=16384)
def _key(name: str) -> str:
    return fold(name).casefold()


_OPEN_BRACKET = frozenset({" (", "\n("})
"""A space or a line break (hard-wrapped copy), then an opening bracket."""


def _bracketed(text: str, m: Mention) -> bool:
    """Whether a mention is an acronym in brackets beside a name, or has one beside it."""
    return (text[m.start - 2 : m.start] in _OPEN_BRACKET and text[m.end : m.end + 1] == ")") or (
        m.key_name.isupper() and text[m.end : m.end + 2] in _OPEN_BRACKET
    )


def _names(
    full: tuple[str, ...], short: tuple[str, ...], plural: tuple[str, ...] | None, rule: int
) -> bool:
    """Whether a short name names the person of a full name, by one rule.

    Rule 0 is the surname ("Okafor"), 1 the first name ("Grace"), 2 the same name, 3 a
    plural ("the Okafors").
    """
    n = len(short)
    if rule == 0:
        return len(full) > n and full[-n:] == short
    if rule == 1:
        return len(full) > n and full[:n] == short
    if rule == 2:
        return full == short
    return plural is not None and len(full) > n and full[-n:] == plural


def _span(start: int, end: int) -> Span:
    """The span of offsets that passed no check yet: ``Span``'s own checks raise our errors."""
    return Span(start=start, end=end)


class _OrgKeys(NamedTuple):
    """The keys an organisation's name is found by (see ``MentionResolver._keys_of_org``)."""

    names: tuple[str, ...]
    initials: tuple[str, ...]
    generic: str | None
    head: str | None


def _add(index: dict[str, dict[int, _Group]], key: str, group: _Group) -> None:
    index.setdefault(key, {})[id(group)] = group


def _pair_acronyms(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Give an organisation and the acronym in brackets beside it one name.

    "Export Finance Guarantee Agency (EFGA)", "NORFA (Northern Fisheries Authority)".
    """
    after: list[int] = []  # where a bracket opened after a space or a line break ends
    at = text.find("(")
    while at >= 0:
        if text[at - 1 : at] in {" ", "\n"}:
            after.append(at + 1)
        at = text.find("(", at + 1)
    if not after:
        return mentions
    starts = [m.start for m in mentions]
    pairs: set[int] = set()  # the mentions that a mention starting there may follow
    for opened in after:
        i = bisect.bisect_left(starts, opened)
        while i < len(starts) and starts[i] == opened:
            if i > 0:
                pairs.add(i - 1)
            i += 1
    out = list(mentions)
    for i in sorted(pairs):
        a, b = out[i], out[i + 1]
        if a.kind is not _ORG or b.kind is not _ORG:
            continue
        if text[a.end : b.start] not in _OPEN_BRACKET or text[b.end : b.end + 1] != ")":
            continue
        short, long_ = (a, b) if " " not in a.key_name and " " in b.key_name else (b, a)
        body = lex.bodies.get(fold(short.key_name))
        name = body.name if body is not None else long_.key_name
        out[i] = a.copy_with(name=name)
        out[i + 1] = b.copy_with(name=name)
    return out


def _other_country(group: _Group, code: str) -> bool:
    """Whether a group's first stated country is one other than ``code``."""
    for m in group.mentions:
        if m.affiliation:
            return m.affiliation != code
    return False


def _join_anaphors(groups: list[_Group], anaphors: list[Mention]) -> None:
    """Join each lower-case word alone ("the ministry") to the organisation it stands for.

    That is the one named last before it whose name holds the word ("Interior
    Ministry", "ministry of defence"); a word with none named before it joins nothing.
    The organisations' mentions are listed once per word, so that each anaphor is one
    search.
    """
    named: dict[str, tuple[list[int], list[_Group]]] = {}
    for word in {m.text for m in anaphors}:
        rows = sorted(
            (
                (other.start, group)
                for group in groups
                if group.kind is _ORG
                for other in group.mentions
                if word in _key(other.key_name).split()
            ),
            key=_FIRST_ITEM,
        )
        named[word] = [at for at, _ in rows], [group for _, group in rows]
    for m in anaphors:
        starts, owners = named[m.text]
        i = bisect.bisect_left(starts, m.start) - 1
        if i >= 0:
            owners[i].add(m)


def _initials(name: str) -> str:
    """The initials of a name, connectors skipped: "Bank of Japan" gives "BJ"."""
    words = [w for w in _INITIAL_SPLIT.split(fold(name)) if w]
    return "".join(w[0] for w in words if w.lower() not in _NOT_INITIAL).upper()


class _Group:
    """The mentions of one actor, as they are gathered.

    ``first`` is where the actor is first named, kept as mentions come so that lookups
    stay constant time.
    """

    __slots__ = ("first", "kind", "mentions", "name", "sure", "tokens")

    def __init__(
        self,
        kind: ActorKind | None,
        mentions: list[Mention],
        name: str | None = None,
        tokens: tuple[str, ...] = (),
        *,
        sure: bool = False,
    ) -> None:
        self.kind = kind
        self.mentions: list[Mention] = []
        self.tokens = tokens
        self.name = name
        self.sure = sure
        """For a person: a title or a known first name says it is one."""
        self.first = 1 << 62
        for m in mentions:
            self.add(m)

    def add(self, m: Mention) -> None:
        """Take one more mention."""
        self.mentions.append(m)
        if m.start < self.first:  # noqa: PLR1730 - a test is cheaper than a call of min()
            self.first = m.start


_POOL = 64
_FEMALE = ("Mrs", "Ms", "Miss")


class _PersonIndex:
    """People by the last and first words of their names, for lookups in constant time."""

    def __init__(self) -> None:
        self.by_last: dict[str, list[_Group]] = {}
        self.by_first: dict[str, list[_Group]] = {}

    def add(self, group: _Group) -> None:
        self.by_last.setdefault(group.tokens[-1], []).append(group)
        self.by_first.setdefault(group.tokens[0], []).append(group)

    def candidates(self, toks: tuple[str, ...]) -> list[_Group]:
        """The people who share the last word of ``toks``: the only ones it can join."""
        return self.by_last.get(toks[-1], [])

    def find(
        self,
        toks: tuple[str, ...],
        at: int,
        female: bool = False,  # noqa: FBT001, FBT002 - positional, which is faster to call
    ) -> _Group | None:
        """The person a short name stands for.

        By surname, else by first name, else the same name, else a plural ("the
        Okafors"); if several match, the first named in full (for "Mrs X", the latest
        named before ``at``).
        """
        last = toks[-1]
        plural = (*toks[:-1], last[:-1]) if last.endswith("s") else None
        by_last = self.by_last.get(last)
        by_first = self.by_first.get(toks[0])
        if by_last is None and by_first is None and plural is None:
            return None  # no one shares a word with the name: the common case, decided here
        plurals = self.by_last.get(plural[-1]) if plural else None
        for rule, pool in enumerate((by_last, by_first, by_last, plurals)):  # see _names
            if not pool:
                continue
            # a story names a handful of people per name: a longer pool is junk input,
            # and is cut so that lookups stay constant time
            found = [g for g in pool[:_POOL] if _names(g.tokens, toks, plural, rule)]
            if rule == 1:  # a first name alone names someone known to be a person
                found = [g for g in found if g.sure]
            if len(found) == 1:
                return found[0]  # the first and the latest of one
            if found:
                before = [g for g in found if g.first <= at] or found
                if female:  # "Mrs Okafor": the most recent Okafor named in full
                    return max(before, key=lambda g: g.first)
                return min(before, key=lambda g: g.first)
        return None


@attrs.frozen
class MentionResolver:
    """Merges mentions into actors.

    - Countries merge by ISO code; organisations by name, by alias, and an acronym
      with the initials of a name ("UDW", "United Dock Workers") or in brackets beside
      it.
    - People merge by full name ("Daniel K Okafor" and "Daniel Okafor" share first and
      last name); a single name joins the person whose surname, or failing that first
      name, it is (the nearest one before it, if there are several).
    - A single capitalised word of unknown kind joins a person or organisation it
      names, or else stands as an organisation; a tentative mention only joins.

    Each actor's name is its fullest form; its aliases are the other forms the text
    uses; its title and affiliation come from its first mention that gives them.

    >>> from newsevents._actors_base import ActorMention
    >>> from newsevents._document import Document
    >>> text = "Daniel Okafor spoke; Okafor left."
    >>> mentions = [ActorMention(start=0, end=13, text="Daniel Okafor", kind=ActorKind.PERSON),
    ...             ActorMention(start=21, end=27, text="Okafor", kind=None)]
    >>> [(a.name, a.aliases) for a in MentionResolver()(Document(text=text), mentions)]
    [('Daniel Okafor', ('Okafor',))]
    """

    lex: Lexicon = attrs.field(factory=lexicon)
    given_names: frozenset[str] = attrs.field(factory=given_names)
    infer_affiliation: bool = True
    """Whether a person or organisation whose country the text does not state takes the
    country its sentence, or else the story, is about."""
    _org_keys: Callable[[str], _OrgKeys] = attrs.field(init=False, eq=False, repr=False)
    _specific: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """The organisation words that name no kind of body in general ("Commission")."""

    @_specific.default
    def _specific_words(self) -> frozenset[str]:
        return self.lex.org_suffixes - self.lex.org_generic

    @_org_keys.default
    def _org_keys_memo(self) -> Callable[[str], _OrgKeys]:
        return functools.lru_cache(maxsize=16384)(self._keys_of_org)

    def _keys_of_org(self, name: str) -> _OrgKeys:
        """The keys an organisation's name is found by.

        Its folded name, also without a plural "s" and without legal forms ("Norvik
        Motors Corp"); its initials, also without a leading country ("Kenyan Customs and
        Border Protection"); its first word where all the others are generic organisation
        words; its last word where that is an organisation word ("Commission").
        """
        lex = self.lex
        key = _key(name)
        names = [key]
        if key.endswith("s"):  # "Norvik Motors" and "Norvik Motor's"
            names.append(key[:-1])
        words = fold(name).split()
        while len(words) > 1 and words[-1] in _LEGAL_FORMS:
            words = words[:-1]
            names.append(" ".join(words).casefold())
        words = fold(name).split()
        if len(words) < 2:
            return _OrgKeys(names=tuple(names), initials=(), generic=None, head=None)
        initials = [_initials(name)]
        if lex.country_of(words[0]) is not None:
            initials.append(_initials(" ".join(words[1:])))
            if len(words) > 2:  # "Turkish Interior Ministry" is also "Interior Ministry"
                names.append(" ".join(words[1:]).casefold())
        return _OrgKeys(
            names=tuple(names),
            initials=tuple(initials),
            generic=(words[0].casefold() if all(w in lex.org_generic for w in words[1:]) else None),
            head=words[-1].casefold() if words[-1] in lex.org_suffixes else None,
        )

    def __call__(self, document: Document, mentions: Iterable[ActorMention]) -> tuple[Actor, ...]:
        """The actors the mentions make, in the order of their first mention."""
        return self._resolve(document, [Mention.of(m) for m in mentions], checked=False)

    def _resolve(
        self, document: Document, mentions: Iterable[Mention], *, checked: bool = True
    ) -> tuple[Actor, ...]:
        """The actors the mentions make, from their working form (see :meth:`__call__`).

        The built-in :class:`~newsevents.ActorFinder` calls this with the working mentions
        of its recognisers, which the resolver may change as it goes. Their offsets are
        ``checked``: a built-in recogniser's come from the text, a user's recogniser's from
        an :class:`ActorMention`, whose checks they passed; those given to
        :meth:`__call__` may be anything, and their spans are made by ``Span``'s own checks.
        """
        # a line break inside a name: the mention on one line (a name or title holds one
        # only where the text does, see Mention.of)
        ordered = [m.one_line() if "\n" in m.text else m for m in mentions]
        ordered.sort(key=_END, reverse=True)  # by start, then the longest first: two
        ordered.sort(key=_START)  # stable sorts, with no key function of our own
        ordered = _pair_acronyms(document.text, ordered, self.lex)
        groups: list[_Group] = []
        countries: dict[str, _Group] = {}
        unnamed: dict[tuple[ActorKind, str], _Group] = {}
        persons: list[_Group] = []
        orgs: dict[str, _Group] = {}
        pending: list[Mention] = []
        # for _infer: where countries are named as actors, and how often each country is
        # named (by a country or an organisation, not by a company's home country), in
        # order of first naming; a former state
        # with no code ("Yugoslavia") counts as a country with no code; a country named as a
        # place ("in China") says little of who acts in its sentence
        positions: list[int] = []
        located: list[str | None] = []
        counts: dict[str, int] = {}
        for m in ordered:
            kind = m.kind
            if kind is _COUNTRY:
                code = m.affiliation
                if not m.tentative:
                    positions.append(m.start)
                    located.append(code)
                if code is not None:
                    counts[code] = counts.get(code, 0) + 1
                ckey = code or _key(m.key_name)
                group = countries.get(ckey)
                if group is None:
                    if m.tentative:
                        m.key = _key(m.key_name)
                        pending.append(m)
                        continue
                    group = countries[ckey] = _Group(_COUNTRY, [], m.key_name)
                    groups.append(group)
                group.add(m)
            elif kind is _GROUP or kind is _ANONYMOUS:
                # "two sources" and "another source" are one; so are all "Cuban officials"
                head = _key(m.key_name).rsplit(" ", 1)[-1].rstrip("s")
                ukey = (kind, f"{head} {m.affiliation}")
                group = unnamed.get(ukey)
                if group is None:
                    group = unnamed[ukey] = _Group(kind, [], m.key_name)
                    groups.append(group)
                group.add(m)
            else:
                if (
                    kind is _ORG
                    and m.affiliation is not None
                    # a well-known company's home says nothing of where the story is
                    and self.lex.company_country(m.text.split()) != m.affiliation
                ):
                    counts[m.affiliation] = counts.get(m.affiliation, 0) + 1
                m.key = _key(m.key_name)
                pending.append(m)
        self._people(pending, persons, groups)
        self._organisations(document, pending, orgs, groups)
        for m in pending:  # tentative country mentions of countries named elsewhere
            if m.kind is _COUNTRY:
                group = countries.get(m.affiliation or _key(m.key_name))
                if group is not None:
                    group.add(m)
        if self.infer_affiliation:
            self._infer(document, (positions, located, counts), groups, orgs)
        return self._actors(groups, _unchecked_span if checked else _span)

    def _infer(
        self,
        document: Document,
        named: tuple[list[int], list[str | None], dict[str, int]],
        groups: list[_Group],
        orgs: dict[str, _Group],
    ) -> None:
        """Give people and organisations with no stated country the one the story places them in.

        That is the country of the organisation a person's title names ("Corvex Executive
        Vice President Dana Whitfield"), else the one country named in the sentence of the
        first mention, else the country the story names most, if one clearly leads.
        """
        positions, located, counts = named  # gathered by resolve as it reads the mentions
        dateline = document.dateline.place if document.dateline else None
        if dateline is not None and dateline.country is not None:
            counts[dateline.country] = counts.get(dateline.country, 0) + 2  # the story's home
        if not counts:
            return
        # the country named most, if it clearly leads: the first of equals, as most_common
        top, top_count, second_count = "", -1, -1
        total = 0
        for country, count in counts.items():
            total += count
            if count > top_count:
                top, top_count, second_count = country, count, top_count
            elif count > second_count:
                second_count = count
        leader: str | None = None
        if top_count > 1 and top_count * 10 >= total * 4 and top_count > second_count:
            leader = top
        starts = [span.start for span in document.sentences]
        international = self._international
        # the groups that may take a country, read in one pass: employers first, then people
        people: list[_Group] = []
        people_last: list[_Group] = []
        for group in groups:
            kind = group.kind
            if kind is _PERSON:
                people.append(group)
            elif not (kind is _COUNTRY or kind is _GROUP or kind is _ANONYMOUS):
                people_last.append(group)
        people_last += people
        for group in people_last:
            employer: str | None = None
            for m in group.mentions:
                if m.affiliation or (m.name and international(m.name)):
                    break  # a stated country, or a body of no one country (the UN)
                if employer is None and m.employer:
                    employer = m.employer
            else:
                if employer is not None:
                    org = orgs.get(_key(employer))
                    found = (
                        next((m.affiliation for m in org.mentions if m.affiliation), None)
                        if org
                        else None
                    )
                    if found is not None:
                        group.mentions[0].affiliation = found  # each mention is in one group
                        continue
                code = leader
                first = group.first  # where the group's earliest mention starts
                k = bisect.bisect_right(starts, first) - 1
                if 0 <= k < len(starts):
                    lo = starts[k]
                    hi = starts[k + 1] if k + 1 < len(starts) else len(document.text)
                    i, j = bisect.bisect_left(positions, lo), bisect.bisect_left(positions, hi)
                    near = set(located[i:j])
                    if len(near) == 1:
                        code = near.pop()
                if code is not None:
                    group.mentions[0].affiliation = code

    def _international(self, name: str) -> bool:
        """Whether the lexicon knows ``name`` as a body of no one country (the UN)."""
        body = self.lex.bodies.get(fold(name))
        return body is not None and body.country is None

    # -- people --

    def _people(self, pending: list[Mention], persons: list[_Group], groups: list[_Group]) -> None:
        """Group the person mentions, then let single names join them."""
        singles: set[str] = set()  # single names of people, or of unknown kind
        named: list[Mention] = []  # people named in two or more words
        words: dict[Mention, tuple[str, ...]] = {}  # the words of each name, split once
        for m in pending:
            kind = m.kind
            if kind is _PERSON or kind is None:
                key = m.key
                toks = words[m] = tuple(key.split())
                if " " not in key:
                    singles.add(key)
                if kind is _PERSON and len(toks) > 1:
                    named.append(m)
        # a name with no other sign of a person is one if its surname stands alone
        full = [m for m in named if not m.tentative or words[m][-1] in singles]
        full.sort(key=lambda m: (-len(words[m]), m.start))
        index = _PersonIndex()
        used: set[Mention] = set()  # mentions hash by identity: no id() calls
        for m in full:
            toks = words[m]
            group = None
            for g in index.candidates(toks):
                if (
                    toks == g.tokens
                    or g.tokens[-len(toks) :] == toks
                    or (toks[0] == g.tokens[0] and toks[-1] == g.tokens[-1])
                ):
                    group = g
                    break
            if group is None:
                group = _Group(_PERSON, [], m.key_name, toks)
                index.add(group)
                persons.append(group)
                groups.append(group)
            if m.title or toks[0].title() in self.given_names:
                group.sure = True  # a title or a known first name
            group.add(m)
            used.add(m)
        for m in pending:
            if m in used or not (m.kind is _PERSON or m.kind is None):
                continue
            toks = words[m]
            if not toks:
                continue
            found = index.find(toks, m.start, m.text.startswith(_FEMALE))
            if found is not None:
                found.add(m)
                used.add(m)
            elif m.kind is _PERSON and not m.tentative:
                group = _Group(_PERSON, [m], m.key_name, toks, sure=True)
                index.add(group)
                persons.append(group)
                groups.append(group)
                used.add(m)
        # a name of two or more words with no sign of a person, named twice in full
        # outside the headline, is an organisation ("Harwell Grange", "Tolland Brook")
        unsure: dict[str, list[Mention]] = {}
        rest: list[Mention] = []
        for m in pending:
            if m in used:
                continue
            if m.kind is _PERSON and " " in m.key_name:
                unsure.setdefault(m.key, []).append(m)
            rest.append(m)
        taken = False
        for twice in unsure.values():
            if len(twice) > 1 and len({m.start for m in twice}) > 1:
                groups.append(_Group(_ORG, twice, name=twice[0].key_name))
                used.update(twice)
                taken = True
        pending[:] = [m for m in rest if m not in used] if taken else rest

    # -- organisations --

    def _organisations(
        self,
        document: Document,
        pending: list[Mention],
        orgs: dict[str, _Group],
        groups: list[_Group],
    ) -> None:
        """Group organisation mentions by name, then attach acronyms and single words."""
        text = document.text
        acronyms: dict[str, _Group] = {}
        generic: dict[str, dict[int, _Group]] = {}
        heads: dict[str, dict[int, _Group]] = {}

        registered: set[tuple[int, str]] = set()

        def register(group: _Group, name: str) -> None:
            seen = (id(group), name)
            if seen in registered:
                return  # registering a name again changes nothing
            registered.add(seen)
            keys = self._org_keys(name)
            for key in keys.names:
                orgs.setdefault(key, group)
            for key in keys.initials:
                acronyms.setdefault(key, group)
            if keys.generic is not None:
                _add(generic, keys.generic, group)
            if keys.head is not None:
                _add(heads, keys.head, group)

        # "the ministry": a lower-case word alone joins an organisation once all are grouped
        anaphors = [m for m in pending if m.kind is _ORG and m.tentative and m.text.islower()]
        named = pending
        if anaphors:
            aside = {id(m) for m in anaphors}
            named = [m for m in pending if id(m) not in aside]
        # a single word that also stands in the plural names a thing, not an actor
        bare = {m.key for m in named if m.kind is None}
        things = {word for word in bare if f"{word}s" in bare or f"{word}es" in bare}
        things |= {f"{word}s" for word in things} | {f"{word}es" for word in things}
        rest: list[Mention] = []
        # a mention that only joins ("Kestrel laptops") joins an organisation the story
        # names before or after it: it is read after those that may stand alone
        joining: list[Mention] = []
        for m in named:  # whole names first
            key_name = m.key_name
            if m.kind is _ORG and not m.tentative and (" " in key_name or m.name):
                group = (  # m.key is _key(key_name), worked out as the resolver read it
                    orgs.get(m.key) or orgs.get(_key(m.text)) or orgs.get(m.key.rstrip("s"))
                )
                if group is None:
                    words = fold(key_name).split()
                    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
                        words = words[:-1]
                    group = orgs.get(" ".join(words).casefold())
                    if (
                        group is None
                        and len(words) > 2
                        and self.lex.country_of(words[0]) is not None
                    ):
                        # "the interior ministry ... the Turkish Interior Ministry"
                        group = orgs.get(" ".join(words[1:]).casefold())
                if group is not None and m.affiliation and _other_country(group, m.affiliation):
                    group = None  # "Iraq's oil ministry" and "Iran's oil ministry": two bodies
                if group is None:
                    group = _Group(_ORG, [], key_name)
                    groups.append(group)
                register(group, key_name)
                register(group, m.text)
                group.add(m)
            elif m.tentative:
                joining.append(m)
            else:
                rest.append(m)
        rest += joining
        common: dict[str, bool] = {}  # whether a word is a common word, per story
        beside: tuple[dict[int, Mention], dict[int, Mention]] | None = None  # on first need
        late: list[Mention] = []
        for m in rest:
            if not (m.kind is _ORG or m.kind is None):
                late.append(m)
                continue
            key_name = m.key_name
            key = m.key
            group = orgs.get(key) or acronyms.get(fold(key_name).upper())
            if group is None and _bracketed(text, m):
                if beside is None:
                    beside = {b.end: b for b in pending}, {b.start: b for b in pending}
                group = self._beside(text, m, *beside, orgs)
                if group is None:  # "(QRS)" beside words that name no organisation
                    late.append(m)
                    continue
            if group is None:
                single = generic.get(key) or heads.get(key) or {}
                group = next(iter(single.values())) if len(single) == 1 else None
            is_common = False
            if group is None and m.kind is None:
                known = common.get(key_name)
                if known is None:
                    known = common[key_name] = self._common(text, key_name)
                is_common = known
            if is_common:
                late.append(m)  # "Share", "Government": a common word, capitalised
                continue
            if group is None and m.kind is None and key in things:
                late.append(m)  # "Skyhawk ... Skyhawks": a thing, counted
                continue
            if group is None and not m.tentative:
                group = _Group(_ORG, [], key_name)
                groups.append(group)
                register(group, key_name)
            if group is not None:
                group.add(m)
            else:
                late.append(m)
        # "the Commission ... Commission proposals": an organisation word named twice,
        # alone, is the organisation the story is about
        lone: dict[str, list[Mention]] = {}
        specific = self._specific
        for m in late:
            name = m.key_name
            if m.kind is None and m.tentative and name in specific:
                lone.setdefault(name, []).append(m)
        for name, found in lone.items():
            if len(found) > 1:
                groups.append(_Group(_ORG, list(found), name=name))
                taken = {id(f) for f in found}
                late = [m for m in late if id(m) not in taken]
        if anaphors:
            _join_anaphors(groups, anaphors)
        pending[:] = late

    @staticmethod
    def _common(text: str, word: str) -> bool:
        """Whether a capitalised word also stands in the text in lower case.

        Common words do: "Government ... the government".
        """
        if not word[1:].islower():
            return False
        low = word.lower()
        forms = [low, low[:-1]] if low.endswith("s") else [low]
        if len(text) > SCAN_LIMIT:  # a long text: one pass for its words, not one a word
            words = lower_words(text)
            return any(form in words for form in forms)
        for form in forms:  # noqa: SIM110 - a loop is cheaper than any() on a generator
            if stands_between(text, form, " ", " ,.;:"):
                return True
        return False

    @staticmethod
    def _beside(
        text: str,
        m: Mention,
        by_end: dict[int, Mention],
        by_start: dict[int, Mention],
        orgs: dict[str, _Group],
    ) -> _Group | None:
        """The organisation an acronym stands beside in brackets.

        "Export Finance Guarantee Agency (EFGA)", "NORFA (Northern Fisheries Authority)".
        """
        if text[m.start - 2 : m.start] in _OPEN_BRACKET:
            other = by_end.get(m.start - 2)
        else:
            other = by_start.get(m.end + 2)
        if other is None or other.kind is not _ORG:
            return None
        return orgs.get(_key(other.key_name))

    # -- building actors --

    def _actors(self, groups: list[_Group], span: Callable[[int, int], Span]) -> tuple[Actor, ...]:
        """One actor per group, ids unique, in the order of first mention.

        An actor's name is its fullest form (most words, then most letters, the first of
        equals); its aliases the other forms, each once; its title the fullest the story
        gives ("central bank governor" over "bank chief"); its affiliation that of its
        first mention that gives one (of a country, its first mention's). Each mention's
        span is made by ``span`` (see :meth:`_resolve`).
        """
        groups = [g for g in groups if g.mentions]
        groups.sort(key=_FIRST)
        out: list[Actor] = []
        ids: set[str] = set()
        counts: dict[str, int] = {}
        country_of, company_country = self.lex.country_of, self.lex.company_country
        for group in groups:
            mentions = group.mentions
            if len(mentions) > 1:
                mentions = sorted(mentions, key=_START)
            kind = group.kind or _ORG
            if kind is _COUNTRY or kind is _GROUP or kind is _ANONYMOUS:
                name = group.name or mentions[0].key_name
            else:
                name = mentions[0].key_name
                best = (len(name.split()), len(name))
                for m in mentions:
                    form = m.key_name
                    if form is not name and form != name:
                        fuller = (len(form.split()), len(form))
                        if fuller > best:
                            name, best = form, fuller
            seen = {_key(name)}
            aliases: list[str] = []
            shortened: set[str] = set()
            title: str | None = None
            title_size = 0
            affiliation: str | None = None
            spans: list[Span] = []
            last_start = last_end = -1
            forms: set[str] = set()  # the texts and names read already: their keys are seen
            for m in mentions:
                # each form once, in order: the text, the name, the name without a country
                text = m.text
                if text not in forms:
                    forms.add(text)
                    k = _key(text)
                    if k and k not in seen:
                        seen.add(k)
                        aliases.append(text)
                key_name = m.key_name
                if key_name is not text and key_name not in forms:
                    forms.add(key_name)
                    k = _key(key_name)
                    if k and k not in seen:
                        seen.add(k)
                        aliases.append(key_name)
                if kind is _ORG and key_name not in shortened:
                    # "Kenyan Customs and Border Protection" is also without "Kenyan"
                    shortened.add(key_name)
                    words = key_name.split()
                    if len(words) > 2 and country_of(words[0]) is not None:
                        short = " ".join(words[1:])
                        k = _key(short)
                        if k and k not in seen:
                            seen.add(k)
                            aliases.append(short)
                if m.title:
                    size = len(m.title.split())
                    if title is None or size > title_size:
                        title, title_size = m.title, size
                if (
                    affiliation is None
                    and m.affiliation
                    # "Honda said" of Rep. Mike Honda: a company's home, not his country
                    and not (
                        kind is _PERSON
                        and " " not in m.text
                        and m.affiliation == company_country([m.text])
                    )
                ):
                    affiliation = m.affiliation
                start, end = m.start, m.end
                if start != last_start or end != last_end:
                    last_start, last_end = start, end
                    spans.append(span(start, end))
            if kind is _COUNTRY:
                affiliation = mentions[0].affiliation
            base = slug(name)
            actor_id, n = base, counts.get(base, 1)
            while actor_id in ids:  # each base counts on from its last number: linear
                n += 1
                actor_id = f"{base}-{n}"
            counts[base] = n
            ids.add(actor_id)
            out.append(
                Actor(  # Actor's own fast path takes valid values; a user's bad ones raise
                    id=actor_id,
                    name=name,
                    kind=kind,
                    title=title,
                    affiliation=affiliation,
                    aliases=tuple(aliases),
                    spans=tuple(spans),
                )
            )
        return tuple(out)
