"""State bodies that wire copy names in lower case and without a name.

"the interior ministry said", "the ministry of defence", "Turkey's central bank", "the
national statistics office": each is an organisation that speaks for its country, and
is often the source of a story's numbers. A body is read where its words are written
in lower case (a capitalised "Interior Ministry" is a name, read by the name recogniser)
and after an article or a country; the words are listed in ``_data/state_bodies.txt``.

The country of such a body is the one the text gives before it ("the Turkish interior
ministry", "Turkey's central bank"); else, for a body named once in a story with a
country, that one again ("the interior ministry" later in the same story); else the
country of the story's dateline place: a wire story datelined ANKARA that says "the
interior ministry said" means the Turkish ministry. Without any of them it is None.
"""

from __future__ import annotations

__all__ = [
    "StateBodies",
    "body_after_country",
    "body_opens_at",
    "state_bodies",
    "state_body_mentions",
]

import bisect
import functools
import re
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newsevents._actors_base import Mention
from newsevents._actors_data import Lexicon, fold, lexicon, word_sections
from newsevents._model import ActorKind

if TYPE_CHECKING:
    from newsevents._document import Document

_ORG = ActorKind.ORGANIZATION
_WORD = re.compile(r"[A-Za-z]+")
_NEEDLES = (("ministry", 0), ("entral bank", 1), ("statistic", 0))
"""What every body holds, in the case it is written, and how far before it the body's word
starts ("central bank" and "Central bank" both hold "entral bank"): one ``str.find`` each
gates the scan, and is most of its cost (some 1.5 us for each of them in a story)."""
_MINISTRY = "ministry"
_REACH = 90
"""More characters than a body and a country word before it hold, with a line's wrap."""
_MOST_WORDS = 7
"""The most words a body's name has ("trade and industry ministry", "ministry of public
health and social affairs" has eight, and is read from "ministry" on)."""
_SENTENCE_END = frozenset('.!?"“”\n')
_ARTICLES = ("the ", "The ")
_INDEFINITE = frozenset({"a", "an", "A", "An"})
_POSSESSIVE = ("'s ", "’s ")


@attrs.frozen(kw_only=True)
class StateBodies:
    """The words lower-case state bodies are read from (``_data/state_bodies.txt``)."""

    portfolios: frozenset[str]
    bodies: frozenset[str]
    modifiers: frozenset[str]
    country_references: frozenset[str]
    data_words: frozenset[str]
    not_after: frozenset[str]
    locatives: frozenset[str]
    openers: frozenset[str] = attrs.field(init=False)
    """The words a body can open with, in lower case: only there is a body read."""
    inner: frozenset[str] = attrs.field(init=False)
    """Every word a body can hold, in lower case."""

    @openers.default
    def _openers(self) -> frozenset[str]:
        phrases = self.portfolios | self.bodies | self.modifiers | {_MINISTRY}
        return frozenset(phrase.split(" ", 1)[0] for phrase in phrases)

    @inner.default
    def _inner(self) -> frozenset[str]:
        phrases = self.portfolios | self.bodies | self.modifiers
        words = {word for phrase in phrases for word in phrase.split()}
        return frozenset(words | {_MINISTRY, "of", "the", "and"})


@functools.cache
def state_bodies() -> StateBodies:
    """The package's state-body words, read from ``newsevents/_data`` on first use."""
    words = word_sections("state_bodies.txt")
    lex = lexicon()
    return StateBodies(
        portfolios=frozenset(words["portfolios"]),
        bodies=frozenset(words["bodies"]),
        modifiers=frozenset(words["body_modifiers"]),
        country_references=frozenset(words["country_references"]),
        data_words=frozenset(words["data_words"]),
        # a title, an anonymous source or a group after the body: "the ministry spokesman"
        not_after=frozenset(words["not_after"])
        | lex.title_heads
        | lex.source_nouns
        | {"officials", "leaders", "ministers", "diplomats", "negotiators", "envoys"},
        locatives=frozenset(words["locatives"]),
    )


class _Body(NamedTuple):
    """A body's words read forward from their first: where they end, and the body's key."""

    end: int
    key: str


def _words_from(text: str, at: int, inner: frozenset[str]) -> list[tuple[int, int, str]]:
    """The words from ``at`` a body may hold: (start, end, word).

    Up to ``_MOST_WORDS`` of them, each after one space, up to the first that no body
    holds (``inner``): "central bank held" gives "central" and "bank".
    """
    out: list[tuple[int, int, str]] = []
    pos = at
    while len(out) < _MOST_WORDS:
        m = _WORD.match(text, pos)
        if m is None:
            break
        word = m.group()
        if word.lower() not in inner:
            break
        end = m.end()
        out.append((pos, end, word))
        if text[end : end + 1] != " ":
            break
        pos = end + 1
    return out


def _starts_before(data: StateBodies, text: str, hit: int) -> list[int]:
    """Where a body holding the word at ``hit`` may start before it, the earliest first.

    The words right before the hit are read backwards while they are words a body holds
    ("trade and industry" before "ministry"); those a body can open with are the starts.
    """
    out: list[int] = []
    at = hit
    for _ in range(_MOST_WORDS - 1):
        if at < 2 or text[at - 1] != " ":
            break
        lo = max(0, at - 24)
        space = text.rfind(" ", lo, at - 1)
        if space < 0 and lo > 0:
            break  # a word longer than any a body holds
        start = space + 1
        low = text[start : at - 1].lower()
        if low not in data.inner:
            break
        if low in data.openers:
            out.append(start)
        at = start
    out.reverse()
    return out


def joined_portfolios(words: list[str]) -> bool:
    """Whether lower-case ``words`` are two portfolios joined by "and": "trade and industry".

    A capitalised body of two portfolios ("Trade and Industry Ministry") is one name, not
    a word and a ministry.
    """
    return "and" in words and _portfolio(state_bodies(), words, 0) == len(words)


def _portfolio(data: StateBodies, words: list[str], i: int) -> int:
    """How many words from ``words[i]`` name a portfolio ("foreign affairs"), else 0.

    A portfolio may be two joined by "and" ("trade and industry").
    """
    k = _portfolio_one(data, words, i)
    if k and i + k + 1 < len(words) and words[i + k] == "and":
        more = _portfolio_one(data, words, i + k + 1)
        if more:
            return k + 1 + more
    return k


def _portfolio_one(data: StateBodies, words: list[str], i: int) -> int:
    """How many words from ``words[i]`` name one portfolio, without "and", else 0."""
    for k in (3, 2, 1):
        if i + k <= len(words) and " ".join(words[i : i + k]) in data.portfolios:
            return k
    return 0


def _read_body(
    data: StateBodies, text: str, found: list[tuple[int, int, str]], *, opening: bool
) -> _Body | None:
    """The body whose words are the first of ``found`` (see :func:`_chain`), or None.

    "interior ministry", "trade and industry ministry", "ministry of the interior",
    "central bank", "national statistics office". Its words are in lower case, but for
    the first where it opens a sentence (``opening``: "Interior ministry data showed").
    """
    if not found:
        return None
    words = [w for _, _, w in found]
    if opening and words[0][:1].isupper() and words[0][1:].islower():
        words[0] = words[0].lower()
    n = _portfolio(data, words, 0)
    key: str | None = None
    used = 0
    if n and n < len(words) and words[n] == _MINISTRY:
        used, key = n + 1, f"{' '.join(words[:n])} {_MINISTRY}"
    elif len(words) > 2 and words[0] == _MINISTRY and words[1] == "of":
        first = 3 if words[2] == "the" else 2  # "ministry of the interior"
        n = _portfolio(data, words, first)
        if n:
            used = n + first
            key = f"{' '.join(words[first:used])} {_MINISTRY}"
    else:
        first = 1 if words[0] in data.modifiers else 0
        for k in (3, 2):
            if first + k <= len(words) and " ".join(words[first : first + k]) in data.bodies:
                used = first + k
                key = " ".join(words[:used])
                break
    if key is None:
        return None
    end = found[used - 1][1]
    after = text[end : end + 1]
    if after.isalnum() or after in {"-", "_"}:
        return None  # "central banks", "ministry-run": no body
    return _Body(end, key)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` is where a sentence's first word stands."""
    before = text[max(0, at - 4) : at].rstrip(" ")
    return not before or before[-1] in _SENTENCE_END


def _word_after(text: str, end: int) -> str:
    """The lower-case word after a body, past a possessive ("ministry's building")."""
    if text.startswith(("'s", "’s"), end):
        end += 2
    if text[end : end + 1] != " ":
        return ""
    m = _WORD.match(text, end + 1)
    return m.group() if m is not None else ""


class _Before(NamedTuple):
    """What stands before a body: where the mention starts, its country, its name's start."""

    start: int
    code: str | None
    named_from: int
    explicit: bool
    """Whether the text gives the country (a country word, a possessive)."""


def _country_before(lex: Lexicon, text: str, at: int) -> tuple[int, str | None] | None:
    """A country word of up to three words ending just before ``at`` ("South Korean ").

    Its start and code, or None.
    """
    if text[at - 1 : at] != " ":
        return None
    space = text.rfind(" ", max(0, at - 41), at - 1)
    if not text[space + 1 : space + 2].isupper() or text[at - 3 : at - 1] in {"'s", "’s"}:
        return None  # "the interior ministry", "Chile's central bank": decided here
    window = text[max(0, at - 40) : at - 1]
    parts = window.split(" ")
    for k in (3, 2, 1):
        if len(parts) < k:
            continue
        words = parts[-k:]
        if not all(w[:1].isupper() for w in words) or words[-1].endswith(("'s", "’s")):
            continue  # "Turkey's central bank" is the bank of a country, read as a possessive
        phrase = " ".join(words)
        country = lex.countries.get(fold(phrase)) or lex.demonyms.get(fold(phrase))
        if country is not None:
            return at - 1 - len(phrase), country.code
    return None


def _before(
    lex: Lexicon, data: StateBodies, text: str, at: int, home: str | None
) -> _Before | None:
    """What makes the words at ``at`` a body: an article, a country or a possessive.

    None where nothing does ("a ministry", "his ministry", "said interior ministry
    spokesman"), or where a word of place stands before it ("outside the ministry").
    """
    lead = _country_before(lex, text, at)
    if lead is not None:
        start, code = lead
        if _last_word(text, start) in _INDEFINITE:
            return None  # "a Turkish ministry": no one body
        if _located(data, text, start):
            return None
        return _Before(start, code, start, explicit=True)
    if text[at - 4 : at] in _ARTICLES:
        if _located(data, text, at - 4):
            return None
        return _Before(at, home, at, explicit=False)
    if text[at - 3 : at] in _POSSESSIVE:
        owner_start = text.rfind(" ", max(0, at - 40), at - 3) + 1
        owner = text[owner_start : at - 3]
        country = lex.countries.get(fold(owner))
        if country is not None and owner[:1].isupper():  # "Turkey's central bank"
            return _Before(at, country.code, owner_start, explicit=True)
        reference = text[owner_start : at - 1].replace("’", "'")
        if reference in data.country_references and text[owner_start - 4 : owner_start] in (
            _ARTICLES
        ):  # "the country's central bank": the story's country
            return _Before(at, home, at, explicit=False)
    return None


def _last_word(text: str, at: int) -> str:
    """The word that ends just before ``at`` (a space between), else ""."""
    if text[at - 1 : at] != " ":
        return ""
    return text[max(0, at - 20) : at - 1].rsplit(" ", 1)[-1]


def _located(data: StateBodies, text: str, at: int) -> bool:
    """Whether a word of place stands before ``at`` ("outside the ministry")."""
    return _last_word(text, at) in data.locatives


class _Found(NamedTuple):
    start: int
    end: int
    name: str
    key: str
    code: str | None
    explicit: bool


def _read_at(
    lex: Lexicon, data: StateBodies, text: str, hit: int, home: str | None
) -> _Found | None:
    """The body that holds the word found at ``hit``, or None.

    Its words may start at the hit ("ministry of defence", "central bank") or a few words
    before it ("trade and industry ministry", "national statistics office"); the earliest
    start whose words reach past the hit is taken.
    """
    starts = _starts_before(data, text, hit) if text[hit - 1 : hit] == " " else []
    for at in [*starts, hit]:
        opening = _opens_sentence(text, at)
        body = _read_body(data, text, _words_from(text, at, data.inner), opening=opening)
        if body is None or body.end <= hit:
            continue
        word = _word_after(text, body.end)
        if word in data.not_after:
            return None  # "the central bank governor", "the ministry's building"
        before = _before(lex, data, text, at, home)
        if before is None:
            if (
                word in data.data_words
                and (opening or text[at - 1 : at] in {" ", ""})
                and _last_word(text, at) not in _INDEFINITE
            ):
                before = _Before(at, home, at, explicit=False)  # "central bank data showed"
            else:
                return None
        name = text[before.named_from : body.end]
        if opening and before.named_from == at:
            name = name[:1].lower() + name[1:]
        return _Found(before.start, body.end, name, body.key, before.code, before.explicit)
    return None


def _bare_ministry(data: StateBodies, text: str, hit: int) -> Mention | None:
    """A bare "the ministry": a mention that joins the last ministry named before it.

    Not "the ministry of ..." (a portfolio not listed), "the ministry's building", a
    ministry after a word of place.
    """
    end = hit + len(_MINISTRY)
    if text[hit - 4 : hit] not in _ARTICLES or _located(data, text, hit - 4):
        return None
    after = text[end : end + 1]
    if after.isalnum() or after in {"-", "_"} or text.startswith(" of ", end):
        return None
    if _word_after(text, end) in data.not_after:
        return None
    return Mention(hit, end, _MINISTRY, _ORG, None, None, None, True)  # noqa: FBT003


def state_body_mentions(document: Document, lex: Lexicon | None = None) -> list[Mention]:
    """The lower-case state bodies of a story, in their working form, in order.

    "the interior ministry said", "exports fell, the central bank said", "the ministry of
    defence". Each body's name is its words as written, without the article, with the
    country word where the text gives one ("Turkish interior ministry"); a body named
    again without a country takes the name and country of the same body named before
    (or, if none, after) with one; a body with no country of its own or of such a
    namesake is the dateline country's (a story datelined ANKARA that says "the
    interior ministry said" means the Turkish one), else has none. A bare "the ministry"
    is a tentative mention that the resolver joins to the last ministry named before it.

    >>> from newsevents._document import Document
    >>> doc = Document(text="Exports fell 4.2 percent, the Turkish central bank said.")
    >>> [(m.text, m.affiliation) for m in state_body_mentions(doc)]
    [('Turkish central bank', 'TR')]
    """
    text = document.text
    hits = [
        i - back
        for needle, back in _NEEDLES
        for i in _find_all(text, needle)
        if i - back == 0 or (i - back > 0 and not text[i - back - 1].isalnum())
    ]
    if not hits:
        return []
    if "\n" in text:  # the same length: a line break inside a body's words is a space
        text = text.replace("\n", " ")
    lex = lex or lexicon()
    data = state_bodies()
    place = document.dateline.place if document.dateline else None
    home = place.country if place is not None else None
    found: list[_Found | Mention] = []
    last_end = -1
    for hit in sorted(set(hits)):
        if hit < last_end:
            continue  # inside the body read last ("ministry of national statistics")
        body = _read_at(lex, data, text, hit, home)
        if body is not None:
            found.append(body)
            last_end = body.end
        elif text.startswith(_MINISTRY, hit):
            bare = _bare_ministry(data, text, hit)
            if bare is not None:
                found.append(bare)
    return _named(found, text, home)


def _find_all(text: str, needle: str) -> list[int]:
    """Every offset where ``needle`` stands in ``text``."""
    out = []
    at = text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _named(found: list[_Found | Mention], text: str, home: str | None) -> list[Mention]:
    """The mentions of the bodies found, each body named by its first form with a country.

    A body named without a country takes the name and country of the last one with the
    same key named before it with a country; else of the first named after it with the
    story's country (or any, where the story has none).
    """
    explicit: dict[str, tuple[list[int], list[_Found]]] = {}  # in order of start
    for f in found:
        if isinstance(f, _Found) and f.explicit:
            starts, bodies = explicit.setdefault(f.key, ([], []))
            starts.append(f.start)
            bodies.append(f)
    out: list[Mention] = []
    for f in found:
        if isinstance(f, Mention):
            out.append(f)
            continue
        name, code = f.name, f.code
        if not f.explicit and f.key in explicit:
            starts, bodies = explicit[f.key]
            i = bisect.bisect_left(starts, f.start)
            chosen = bodies[i - 1] if i else _first_at_home(bodies, home)
            if chosen is not None:
                name, code = chosen.name, chosen.code
        surface = text[f.start : f.end]
        out.append(
            Mention(f.start, f.end, surface, _ORG, None if name == surface else name, None, code)
        )
    return out


def _needle_in(text: str, at: int) -> bool:
    """Whether a word of the gate stands in the body's reach from ``at`` (its longest)."""
    hi = at + _REACH
    return any(text.find(needle, at, hi) >= 0 for needle, _ in _NEEDLES)


def _first_at_home(bodies: list[_Found], home: str | None) -> _Found | None:
    """The first body of the story's country (of any, where the story has none)."""
    for body in bodies:
        if home is None or body.code == home:
            return body
    return None


def body_after_country(lex: Lexicon, text: str, start: int, end: int) -> int | None:
    """Where a lower-case body after a country word ends ("Turkish| interior ministry").

    The name recogniser asks this of each country word it reads, so that "the Turkish
    interior ministry" is one organisation, as "the Turkish Interior Ministry" is; None
    where no body follows, or the body is no actor ("a Turkish ministry official").
    """
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return None
    word = _WORD.match(text, end + 1)
    if word is None or word.group() not in state_bodies().openers or not _needle_in(text, end):
        return None  # "Peruvian officials", "Japanese foreign minister": decided here
    return _body_from(lex, text, start, end, end + 1)


def body_opens_at(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start`` opens a lower-case body.

    "Interior ministry data showed": the name recogniser leaves such a sentence's first
    word to the body.
    """
    if (
        text[end : end + 1] != " "
        or text[start:end].lower() not in state_bodies().openers
        or not _needle_in(text, start)
    ):
        return False  # the common case, decided by a lookup and a short search
    return _body_from(lex, text, start, end, start) is not None


def _body_from(lex: Lexicon, text: str, start: int, end: int, hit: int) -> int | None:
    """Where the body read from ``hit`` ends, if its mention starts at the word ``start:end``.

    The body is read in a window of the text around the word, its line breaks as spaces.
    """
    lo = max(0, start - 60)
    window = text[lo : end + 120].replace("\n", " ")  # the same length: offsets hold
    body = _read_at(lex, state_bodies(), window, hit - lo, None)
    if body is None or body.start != start - lo:
        return None
    return body.end + lo
