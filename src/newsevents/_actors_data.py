"""The knowledge actor recognition reads: countries, bodies, titles and name words.

Everything here is data written by the team from public facts and kept in
``newsevents/_data``; it is read once, on first use, into a :class:`Lexicon` of sets and
dicts so that recognition is all lookups.
"""

from __future__ import annotations

__all__ = [
    "SCAN_LIMIT",
    "Body",
    "Country",
    "Lexicon",
    "fold",
    "given_names",
    "lexicon",
    "lower_words",
    "stands_between",
    "word_sections",
]

import functools
import re
from importlib import resources

import attrs

from newsevents._model import ActorKind

_POSSESSIVE = re.compile(r"['’]s?$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*")

SCAN_LIMIT = 20_000
"""The length of text above which a word is looked up in :func:`lower_words` rather than
searched for with :func:`stands_between`, one pass for all words instead of one a word."""


@functools.lru_cache(maxsize=16384)
def fold(name: str) -> str:
    """A name folded for lookup: no dots, no possessive, one space, case kept.

    >>> fold("U.S.")
    'US'
    >>> fold("Okafor’s")
    'Okafor'
    """
    if "." in name:
        name = name.replace(".", "")
    if "'" in name or "’" in name:
        name = _POSSESSIVE.sub("", name)
    return " ".join(name.split()) if "  " in name or "\n" in name else name.strip()


def stands_between(text: str, word: str, before: str, after: str) -> bool:
    """Whether ``word`` stands in ``text`` between a character of ``before`` and one of ``after``.

    The word's first few occurrences are checked; a word that occurs more often is looked
    for with each pair of characters around it, so the cost stays linear in the text.

    >>> stands_between("the leading group", "leading", " ", " ,")
    True
    """
    n = len(word)
    i = text.find(word)
    for _ in range(8):
        if i < 0:
            return False
        if i and text[i - 1] in before and i + n < len(text) and text[i + n] in after:
            return True
        i = text.find(word, i + 1)
    if i < 0:
        return False
    return any(f"{b}{word}{a}" in text for b in before for a in after)


@functools.lru_cache(maxsize=4)
def lower_words(text: str) -> frozenset[str]:
    """The lower-case words of a text, read once per text.

    >>> sorted(lower_words("Leading officials met in Lima"))
    ['in', 'met', 'officials']
    """
    return frozenset(_LOWER_WORD.findall(text))


@attrs.frozen(kw_only=True)
class Country:
    """A country as actor recognition knows it.

    ``code`` is None for a former state that has no ISO 3166-1 code (Yugoslavia).
    """

    code: str | None
    name: str


@attrs.frozen(kw_only=True)
class Body:
    """A well-known body: its name, kind, country code (None if international)."""

    name: str
    kind: ActorKind
    country: str | None


def _read(name: str) -> str:
    return resources.files("newsevents").joinpath(f"_data/{name}").read_text("utf-8")


def _rows(name: str) -> list[list[str]]:
    return [
        line.split("\t")
        for line in _read(name).splitlines()
        if line.strip() and not line.startswith("#")
    ]


def word_sections(name: str) -> dict[str, list[str]]:
    """A word list file in ``newsevents/_data`` cut at its ``[section]`` lines."""
    out: dict[str, list[str]] = {}
    current: list[str] = []
    for raw in _read(name).splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return out


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split("|") if item.strip()]


@attrs.frozen(kw_only=True)
class Lexicon:
    """Lookup tables for actor recognition, keyed by folded names (see :func:`fold`).

    ``countries`` maps names and short forms ("US", "Britain"), ``demonyms`` maps
    "Cuban" and "Cubans", ``capitals`` maps seats of government ("Washington"),
    ``cities`` maps other cities to their country code (or None), ``bodies`` maps the
    names and aliases of well-known bodies, ``companies`` those of well-known companies
    to their home country (empty by default: a lexicon built by hand knows none); word
    sets are lower case.
    """

    countries: dict[str, Country]
    demonyms: dict[str, Country]
    capitals: dict[str, Country]
    cities: dict[str, str | None]
    bodies: dict[str, Body]
    lower_bodies: dict[str, Body]
    title_heads: frozenset[str]
    title_words: frozenset[str]
    org_suffixes: frozenset[str]
    org_heads: frozenset[str]
    org_generic: frozenset[str]
    function_words: frozenset[str]
    calendar_words: frozenset[str]
    places: frozenset[str]
    place_suffixes: frozenset[str]
    compass: frozenset[str]
    not_names: frozenset[str]
    adjectives: frozenset[str]
    event_suffixes: frozenset[str]
    group_nouns: frozenset[str]
    source_nouns: frozenset[str]
    source_modifiers: frozenset[str]
    companies: dict[str, str] = attrs.field(factory=dict)
    company_tails: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    """Lower-case common English words that a capitalised word alone may be ("Breakfast",
    "Reply"), without the forms other tables know as names (see :func:`_common_words`)."""
    epithets: frozenset[str] = frozenset()
    """The adjectives of ``common_words`` ("crooked"): before a given name, an epithet."""
    of_heads: frozenset[str] = frozenset()
    """Lower-case nouns that, opening a sentence before "of", are no part of the name after
    it ("Shares of Kestrel Bank fell"): the nouns of ``common_words`` but not its buildings
    ("Museum of Modern Art"), and the nouns for groups and sources ("Officials of")."""
    product_nouns: frozenset[str] = frozenset()
    """Lower-case nouns for products ("laptops", "crude") and laws ("act"): a name right
    before one names a product, a brand or a law, not an actor."""
    title_tails: frozenset[str] = frozenset()
    venue_suffixes: frozenset[str] = frozenset()
    """Organisation words that also end a building's name ("Center"): after "at" or "in",
    the name is a place."""
    """Lower-case words that may follow a title's head and belong to it ("elect")."""

    def country_of(self, name: str) -> Country | None:
        """The country a name, short form, demonym or capital stands for, or None."""
        key = fold(name)
        return self.countries.get(key) or self.demonyms.get(key) or self.capitals.get(key)

    def company_country(self, words: list[str]) -> str | None:
        """The home country of the well-known company a name's words make, or None.

        The name is looked up whole, then with its last word dropped while that word is a
        legal form or a line of business (``company_tails``): "Kaito Motor Corp" is
        looked up as itself, "Kaito Motor" and "Kaito".
        """
        companies = self.companies
        if not companies:
            return None
        n = len(words)
        while n:
            code = companies.get(fold(" ".join(words[:n])))
            if code is not None:
                return code
            n -= 1
            if fold(words[n]) not in self.company_tails:
                return None
        return None


def _countries() -> tuple[dict[str, Country], dict[str, Country], dict[str, Country]]:
    names: dict[str, Country] = {}
    demonyms: dict[str, Country] = {}
    capitals: dict[str, Country] = {}
    for row in _rows("countries.tsv"):
        code, name, aliases, people, seats = [*row, "", "", "", ""][:5]
        country = Country(code=None if code == "-" else code, name=name)
        for form in [name, *_split(aliases)]:
            names.setdefault(fold(form), country)
            if form.startswith(("The ", "the ")):
                names.setdefault(fold(form[4:]), country)
        for form in _split(people):
            demonyms.setdefault(fold(form), country)
        for form in _split(seats):
            capitals.setdefault(fold(form), country)
    return names, demonyms, capitals


def _cities() -> dict[str, str | None]:
    """Cities, states and provinces, from the dateline stage's data (read only here)."""
    out: dict[str, str | None] = {}
    rows: list[list[str]] = []
    data = resources.files("newsevents").joinpath("_data")
    for name in ("cities.tsv", "dateline_regions.tsv"):
        if data.joinpath(name).is_file():  # recognition works without them
            rows += _rows(name)
    for row in rows:
        name, code = row[0], (row[1] if len(row) > 1 else "")
        for form in [name, *_split(row[2] if len(row) > 2 else "")]:
            out.setdefault(fold(form), code or None)
    return out


def _companies() -> dict[str, str]:
    """Well-known companies' names and other forms, folded, to their home country."""
    out: dict[str, str] = {}
    for row in _rows("companies.tsv"):
        name, code, aliases = [*row, "", ""][:3]
        for form in [name, *_split(aliases)]:
            out.setdefault(fold(form), code)
    return out


def _bodies() -> tuple[dict[str, Body], dict[str, Body]]:
    exact: dict[str, Body] = {}
    lower: dict[str, Body] = {}
    for row in _rows("bodies.tsv"):
        name, kind, code, aliases = [*row, "", "", ""][:4]
        body = Body(name=name, kind=ActorKind(kind), country=None if code == "-" else code)
        for raw in [name, *_split(aliases)]:
            form = raw.removeprefix("the ")
            if form[:1].islower() and " " in form:
                lower.setdefault(form, body)
            else:
                exact.setdefault(fold(form), body)
    return exact, lower


def _plural(noun: str) -> str:
    """A noun's plural in the regular way ("story" -> "stories", "box" -> "boxes")."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return f"{noun}es"
    if noun.endswith("y") and noun[-2:-1] not in {"a", "e", "i", "o", "u"}:
        return f"{noun[:-1]}ies"
    return f"{noun}s"


def _common_words(
    lex: Lexicon, names: frozenset[str]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The common words of ``common_words.txt`` that name nothing the lexicon knows.

    Nouns and buildings count with their plurals. A word whose capitalised form is a given
    name, a company, a body, a country, a place, a title word or an organisation word is
    left out: there the capitalised word may well be a name. Also the adjectives among
    them, and the heads that "of" may follow at a sentence's start (see
    ``Lexicon.of_heads``): the nouns but not the buildings, and the group and source nouns,
    where a title's modifier is no name ("Sales of Kestrel fell") but its head is.
    """
    sections = {
        name: [word for line in lines for word in line.split()]
        for name, lines in word_sections("common_words.txt").items()
    }
    nouns = sections.get("nouns", [])
    buildings = sections.get("buildings", [])
    heads = {*nouns, *map(_plural, nouns)}
    words = {*heads, *buildings, *map(_plural, buildings)}
    for name in ("verbs", "adjectives", "interjections"):
        words.update(sections.get(name, []))

    def names_something(word: str, titles: frozenset[str] = lex.title_words) -> bool:
        upper = word.capitalize()
        key = fold(upper)
        return (
            upper in names
            or key in lex.companies
            or key in lex.bodies
            or lex.country_of(key) is not None
            or key in lex.cities
            or key in lex.places
            or key in lex.org_suffixes
            or upper in lex.org_heads
            or word in titles
            or word in lex.function_words
            or word in lex.calendar_words
            or upper in lex.adjectives
            or upper in lex.not_names
        )

    common = frozenset(word for word in words if not names_something(word))
    heads |= lex.group_nouns | lex.source_nouns
    # a title's modifier makes no title before "of", as in "Sales of Kestrel fell", but
    # its head does, as in "Secretary of State Anne Porter"
    of_heads = frozenset(word for word in heads if not names_something(word, lex.title_heads))
    return common, common & frozenset(sections.get("adjectives", [])), of_heads


@functools.cache
def given_names() -> frozenset[str]:
    """Common given names ("Amy"), read from ``newsevents/_data/given_names.txt``."""
    return frozenset(
        word
        for line in _read("given_names.txt").splitlines()
        if not line.startswith("#")
        for word in line.split()
    )


@functools.cache
def lexicon() -> Lexicon:
    """The package's lexicon, read from ``newsevents/_data`` on first use."""
    countries, demonyms, capitals = _countries()
    exact, lower = _bodies()
    titles = word_sections("titles.txt")
    orgs = word_sections("org_words.txt")
    words = word_sections("actor_words.txt")
    heads = frozenset(w.lower() for w in titles["heads"])
    lex = Lexicon(
        countries=countries,
        demonyms=demonyms,
        capitals=capitals,
        cities=_cities(),
        bodies=exact,
        lower_bodies=lower,
        title_heads=heads,
        title_words=heads | frozenset(w.lower() for w in titles["modifiers"]),
        org_suffixes=frozenset(fold(w) for w in orgs["suffixes"]),
        org_heads=frozenset(orgs["heads"]),
        org_generic=frozenset(fold(w) for w in orgs["generic"]),
        function_words=frozenset(words["function"]),
        calendar_words=frozenset(words["weekdays"] + words["months"]),
        places=frozenset(fold(w) for w in words["places"]),
        place_suffixes=frozenset(words["place_suffixes"]),
        compass=frozenset(words["compass"]),
        not_names=frozenset(words["not_names"]),
        adjectives=frozenset(words["adjectives"]),
        event_suffixes=frozenset(words["event_suffixes"]),
        group_nouns=frozenset(words["group_nouns"]),
        source_nouns=frozenset(words["source_nouns"]),
        source_modifiers=frozenset(words["source_modifiers"]),
        companies=_companies(),
        company_tails=frozenset(fold(w) for w in orgs["generic"] + orgs["company_tails"]),
        product_nouns=frozenset(words["product_nouns"]),
        title_tails=frozenset(w.lower() for w in titles["tails"]),
        venue_suffixes=frozenset(words["venue_suffixes"]),
    )
    common, epithets, of_heads = _common_words(lex, given_names())
    return attrs.evolve(lex, common_words=common, epithets=epithets, of_heads=of_heads)
