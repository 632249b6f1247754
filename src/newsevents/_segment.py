"""Segmenting a story: headline, dateline, paragraphs, sentences and the reference date.

This is the first stage of a parse. It reads a story the way a wire editor does: the
first line is the headline (a scraped copy that repeats it counts once), the body opens
with a dateline ("HAVANA, April 18th", "WASHINGTON (Reuters) -", or a date on a line of
its own), and the rest is paragraphs of sentences. Every part is kept as a
:class:`~newsevents.Span` into the text, so later stages can point back at it.

The reference date, the "today" of every relative expression, comes from the dateline's
date, its year taken from ``published``; failing a dated dateline, from ``published``;
failing ``published``, the dateline's year is inferred from the text, and the
:class:`~newsevents.Reference` says so and shows from what.
"""

from __future__ import annotations

__all__ = ["segment"]

import collections
import functools
import itertools
import re
import unicodedata
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

import pendulum

from newsevents._document import Document
from newsevents._model import (
    _SPAN_END,
    _SPAN_START,
    Dateline,
    Place,
    Reference,
    ReferenceBasis,
    Span,
    _unchecked_span,
    country_codes,
)
from newsevents._times import read_date
from newsevents.errors import DateInputError, TextInputError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

# --- knowledge: places a dateline names ---------------------------------------------------


def _key(name: str) -> str:
    """A place name folded for lookup: no accents, no case, no dots, hyphens as spaces.

    "SÃO PAULO", "Sao Paulo" and "sao-paulo" share one key; so do "St. Louis" and
    "ST LOUIS".
    """
    bare = name
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.casefold().replace("’", "'").replace(".", " ").replace("-", " ")
    return " ".join(bare.split())


def _read_table(filename: str) -> Iterator[tuple[str, str | None, tuple[str, ...]]]:
    """Rows of a ``name<TAB>code<TAB>alias|alias`` data file, without comments."""
    text = resources.files("newsevents").joinpath(f"_data/{filename}").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, rest = line.partition("\t")
        code, _, aliases = rest.partition("\t")
        yield (
            name.strip(),
            code.strip() or None,
            tuple(a.strip() for a in aliases.split("|") if a.strip()),
        )


@functools.cache
def _cities() -> dict[str, tuple[str, str | None]]:
    """Dateline cities by folded name or alias: the name a reader writes, and the country."""
    table: dict[str, tuple[str, str | None]] = {}
    for name, code, aliases in _read_table("cities.tsv"):
        for spelling in (name, *aliases):
            table.setdefault(_key(spelling), (name, code))
    return table


@functools.cache
def _city_first_words() -> frozenset[str]:
    """The first words of the known cities, folded: "new" for New York, "rio" for Rio.

    "The" (of The Hague) is left out: body text opens with it far more often than a
    dateline does, and "THE HAGUE" in capitals is read anyway.
    """
    return frozenset(key.split()[0] for key in _cities()) - {"the"}


@functools.cache
def _regions() -> dict[str, str]:
    """Regions named after a dateline's city (states, provinces, countries), by key.

    The value is the region's country code.
    """
    table: dict[str, str] = {}
    clashes: set[str] = set()
    iso = resources.files("newsevents").joinpath("_data/iso3166.tsv").read_text("utf-8")
    for line in iso.splitlines():
        if not line or line.startswith("#"):
            continue
        code, _, name = line.partition("\t")
        # "Korea (North)" and "Korea (South)" both give "Korea": such a name decides nothing.
        plain = _key(name.split("(", 1)[0].replace("&", "and"))
        if plain in table and table[plain] != code:
            clashes.add(plain)
        table[plain] = code
    for plain in clashes:
        del table[plain]
    for region, country, aliases in _read_table("dateline_regions.tsv"):
        if country is None:
            continue
        for spelling in (region, *aliases):
            table[_key(spelling)] = country
    return table


_LOWER_PARTICLES = frozenset((
    "a", "al", "am", "an", "and", "as", "au", "aux", "d", "da", "das", "de", "del",
    "della", "der", "des", "di", "do", "dos", "du", "el", "en", "es", "et", "im", "la",
    "las", "le", "les", "los", "of", "on", "op", "sur", "the", "upon", "van", "von", "y",
    "zu",
))  # fmt: skip
"""Words a place name keeps in lower case unless they open it ("Rio de Janeiro")."""

_AGENCIES = {
    "ap": "AP",
    "afp": "AFP",
    "ani": "ANI",
    "ians": "IANS",
    "pti": "PTI",
    "upi": "UPI",
    "cnn": "CNN",
    "bbc": "BBC",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "apa": "APA",
    "kyodo": "Kyodo",
    "xinhua": "Xinhua",
    "reuters": "Reuters",
    "bloomberg": "Bloomberg",
}
"""News agencies whose names a dateline spells in its own way, by folded name."""


def _title_word(word: str, *, first: bool) -> str:
    """One word of an all-capitals place name as a reader writes it.

    "AL-MUKALLA" is "Al-Mukalla", "O'HARE" is "O'Hare", and "DE" is "de" after the first
    word.
    """
    out = []
    for i, part in enumerate(word.split("-")):
        lower = part.lower()
        if (i > 0 or not first) and lower in _LOWER_PARTICLES:
            out.append(lower)
            continue
        head, apostrophe, tail = lower.partition("'")
        if apostrophe and len(head) == 1 and tail:
            out.append(head.upper() + "'" + tail[:1].upper() + tail[1:])
        else:
            out.append(lower[:1].upper() + lower[1:])
    return "-".join(out)


def _reader_name(raw: str, city: tuple[str, str | None] | None) -> str:
    """A place as a reader writes it.

    The known spelling if the place is a known city, else capitals turned to title case
    ("KOMBOLCHA" is "Kombolcha"), else as written.
    """
    if city is not None:
        return city[0]
    words = raw.replace("’", "'").split()
    if raw != raw.upper():
        return " ".join(words)
    return " ".join(_title_word(w, first=i == 0) for i, w in enumerate(words))


def _place(raw: str, city: tuple[str, str | None] | None, region: str | None, span: Span) -> Place:
    """The :class:`Place` a dateline names, with its country.

    The country comes from the region after the city ("SPRINGFIELD, Ill." is in the US),
    else from the city itself, else from the place being a country ("SINGAPORE").
    """
    country = None
    if region is not None:
        country = _regions().get(_key(region))
    if country is None and city is not None:
        country = city[1]
    if country is None:
        country = _regions().get(_key(raw))
    if country is not None and country not in country_codes():
        country = None
    return Place(name=_reader_name(raw, city), country=country, spans=(span,))


def _is_agency(raw: str) -> bool:
    """Whether a dateline's brackets name a news agency or a service of one: "CNN Business"."""
    words = raw.split()
    return bool(words) and (
        " ".join(words).casefold() in _AGENCIES or words[0].casefold() in _AGENCIES
    )


def _agency(raw: str) -> str:
    """The agency in a dateline's brackets, spelled the usual way: "REUTERS" is "Reuters"."""
    words = " ".join(raw.split())
    known = _AGENCIES.get(words.casefold())
    if known is not None:
        return known
    return words


# --- patterns ----------------------------------------------------------------------------


def _letter_class(predicate: str) -> str:
    """The Latin, Greek and Cyrillic letters for which ``str.<predicate>`` holds."""
    return "".join(
        c
        for c in map(chr, (*range(0x41, 0x250), *range(0x370, 0x530)))
        if c.isalpha() and getattr(c, predicate)()
    )


_UPPER = _letter_class("isupper")
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’.\-]*"
_ANY_WORD = r"[^\W\d_](?:[^\W\d_]|['’.\-])*"
_CAPS_NAME = rf"{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,4}}"
_CAPS_PLACE = rf"{_CAPS_NAME}(?:[ ]?/[ ]?{_CAPS_NAME}){{0,3}}"
_ANY_NAME = rf"{_ANY_WORD}(?:[ ]{_ANY_WORD}){{0,4}}"
_ANY_PLACE = rf"{_ANY_NAME}(?:[ ]?/[ ]?{_ANY_NAME}){{0,3}}"
_ORDINAL = r"(?i:st|nd|rd|th)?"
_WEEKDAY = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+"
_DATE = rf"""
    (?:
        \d{{4}}-\d\d?-\d\d?                                          # 1996-08-22
      | (?:{_WEEKDAY})?[^\W\d_]{{3,9}}\.?[ ]?\d\d?{_ORDINAL}(?:,?[ ]\d{{4}})?  # April 18th, 2022
      | (?:{_WEEKDAY})?\d\d?{_ORDINAL}[ ][^\W\d_]{{3,9}}\.?(?:,?[ ]\d{{4}})?    # 18 April 2022
    )(?!\w)
"""

DATELINE = re.compile(
    rf"""
    [^\S\n]*
    (?P<place>{_CAPS_PLACE}|{_ANY_PLACE})(?![^\W\d_])
    (?:[ ]?,[ ]?(?P<region>{_ANY_WORD}(?:[ ]{_ANY_WORD}){{0,2}})(?![^\W\d_]|[ ]?\d))?
    (?:[ ]?,?[ ]?(?<!\w)(?P<date>{_DATE}))?
    (?:[ ]?\((?P<source>[^\W\d_][^()\n]{{0,39}})\)|[ ]/(?P<wire>[^\W\d_][^/\s]{{0,39}})/)?
    (?P<sep>[^\S\n]*(?:--|[-–—:_])|[^\S\n]*\Z|[^\S\n]{{2,}}|[ ]|(?<=\))(?=[^\W\d_]))
    """,
    re.VERBOSE,
)
"""The head of a story's first paragraph: a place, maybe a region and a date, maybe an
agency in brackets or slashes, then a dash, two spaces, the end of the line, or (after
an agency) the body itself: "Washington (CNN)The Senate voted"."""

_DASHES = frozenset(("--", "–", "—"))
"""Dashes that set a dateline apart; a hyphen may join words ("Washington-based")."""

_MAX_DATELINE = 160
"""A dateline is read from the first characters of its line only; none is longer."""

_MAX_HEADLINE = 250
"""The longest first line read as a headline; a longer one is a paragraph."""

_MAX_WRAPPED_LINE = 100
"""Text wrapped by hand keeps its lines to about 80 characters; a longer line is a
paragraph of its own."""

_MIN_WRAPPED_LINE = 40
"""A line ending mid-sentence is taken for wrapping only from this length: a shorter
one is a heading or a caption of its own."""

_MAX_DATE_LINE = 40
"""The longest line read as a date on its own: "Wednesday, September 30, 2009" fits."""

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
"""A blank line (with any spaces on it) and the white space after it."""

_LINE_BREAK = re.compile(r"\n\s*")
"""A line break and the white space after it."""

_STOP_TAIL = r"[.!?…]*(?P<close>[\"'”’»)\]]*)\s+(?=(?P<next>\S))"
_STOPS = {
    stop: re.compile(re.escape(stop) + _STOP_TAIL) for stop in (".", "?", "!", "…")
}  # fmt: skip
"""For each mark that can end a sentence: the mark, any more marks, any closing quotes
or brackets, then white space before the next character ("said. The", 'over?" she').

Each mark has its own pattern because a pattern that opens with one character is found
by a fast scan; a mark that the text does not hold is not searched for at all.
"""

_CLOSE, _NEXT = _STOPS["."].groupindex["close"], _STOPS["."].groupindex["next"]

_INITIALISM = re.compile(r"[A-Za-z](?:\.[A-Za-z])+")
"""Letters joined by dots, the last dot cut off: "U.S", "p.m", "U.N"."""

_BYLINE = re.compile(r"(?i:by)[ ]+[^\W\d_]")
"""A byline opens with "By" and a name: "By Maria Ortega"."""

_YEAR = re.compile(r"(?<![\d,.$£€])(?:1[89]|20)\d\d(?![\d,]\d|\.\d|\d)")
"""Four digits that may be a year, from 1800 to 2099, not part of a longer number."""

_YEAR_CONTEXT = re.compile(
    r"(?i:\b(?:in|since|from|until|till|during|of|by|early|late|mid|end|spring|summer"
    r"|autumn|fall|winter|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[\s-]|\d(?:st|nd|rd|th)?,\s)\Z"
)
"""What stands before a year the text writes out: a month, a day or a preposition
("in June 2021", "on March 3, 2021", "since 2019"), one space or one line break
before the year. Searched in the few characters before each candidate year only."""

_FUTURE = re.compile(
    r"\b(?i:will|would|shall|expects?|expected|plans?|planned|aims?|targets?|forecasts?"
    r"|projected|by|until|till|through)\b(?![^.!?]*[.!?])"
)
"""Words that put a year ahead of the story ("will be delivered in 2030", "by 2030"),
searched in the same sentence before the year; such a year does not date the story."""

_RELATIVE_YEAR = re.compile(
    r"\b(?P<which>last|this|next)\syear\b|\ba\syear\s(?:ago|earlier)\b", re.IGNORECASE
)
"""A year named relative to the story's own: "last year", "a year ago" (a line break
between the words is a space)."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
"""A word, for matching the phrase before a relative year to the one before a year."""

# --- sentence rules ------------------------------------------------------------------------

_TITLES = frozenset((
    "mr", "mrs", "ms", "mme", "mlle", "messrs", "dr", "prof", "sen", "rep", "gov", "gen",
    "lt", "col", "capt", "cpt", "sgt", "cmdr", "adm", "maj", "brig", "rev", "fr", "hon",
    "pres", "supt", "insp", "det", "st", "mt", "ft", "sec", "amb", "dep",
))  # fmt: skip
"""Abbreviations that stand before a name and so never end a sentence: "Mr. Smith"."""

_MONTH_ABBREVIATIONS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
"""Month abbreviations: "Jan. 5" goes on; "until Jan. The" ends."""

_ABBREVIATIONS = frozenset((
    "corp", "inc", "ltd", "co", "cos", "bros", "plc", "llc", "jr", "sr", "no", "nos", "vs",
    "etc", "approx", "dept", "est", "fig", "govt", "assn", "ave", "blvd", "rd", "univ",
    "intl", "natl", "mfg", "ref", "vol", "pp", "ch", "art",
))  # fmt: skip
"""Abbreviations that end a sentence only before a word that starts one: "Acme Corp. said"
goes on; "Acme Corp. The company" ends."""

_SENTENCE_STARTERS = frozenset((
    "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that",
    "these", "those", "there", "here", "his", "her", "their", "our", "my", "but", "and",
    "or", "so", "yet", "in", "on", "at", "for", "after", "before", "when", "while", "if",
    "as", "with", "by", "from", "since", "some", "many", "most", "all", "both", "other",
    "another", "one", "no", "not", "such", "what", "who", "why", "how", "however",
    "meanwhile", "also", "earlier", "later", "last", "still", "then", "thus",
))  # fmt: skip
"""Words that open sentences, read after an abbreviation that could end one."""

_OPENERS = "\"'“‘«(["
_CLOSERS = '"”'
_BEFORE_NUMBERS = frozenset(("no", "nos", "art", "ch", "vol", "pp", "fig"))
"""Abbreviations that stand before a number and so do not end a sentence: "No. 3"."""

_ABBREVIATION_TAILS = frozenset(
    word[-4:] for word in (*_TITLES, *_ABBREVIATIONS, *_MONTH_ABBREVIATIONS) if len(word) >= 4
)
"""The last four letters of the longer abbreviations ("Messrs." ends in "ssrs"): a full
stop after them gets the full look, not the quick one."""


_DatelineParts = tuple[Place | None, str | None, Span]
"""A dateline's place, agency and span, before its date is resolved: the
:class:`Dateline` is built once, with the date."""


class _Head(NamedTuple):
    """What the head of a story holds, and where its body begins."""

    headline: Span | None
    dateline: _DatelineParts | None
    date: tuple[int | None, int, int] | None
    body_start: int
    content_start: int


def _lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """The non-blank lines of ``text`` from ``start``, stripped, as (start, end)."""
    pos, size = start, len(text)
    while pos < size:
        nl = text.find("\n", pos)
        end = size if nl < 0 else nl
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield pos + lead, pos + lead + len(stripped)
        pos = end + 1


def _fold(line: str) -> str:
    return " ".join(line.split()).casefold()


def _may_open_dateline(text: str, start: int, end: int) -> bool:
    """Whether a line could open with a dateline, judged from its first word.

    A dateline's place is in capitals or is a known city; an unknown place in other case
    needs an agency in brackets or slashes. Most lines of body text fail this at once,
    which spares them the dateline pattern.
    """
    head = text[start : min(end, start + 40)]
    words = head.split(None, 1)
    if not words:
        return False
    first = words[0].rstrip(",:;(-–—_")
    if first.isupper():
        return True
    if _key(first) in _city_first_words():
        return True
    line = text[start:end]
    return "(" in line or "/" in line


def _read_dateline(
    text: str, start: int, end: int
) -> tuple[_DatelineParts, tuple[int | None, int, int] | None, int] | None:
    """The dateline opening the line ``text[start:end]``, its date, and where the body begins.

    The rule: a place (in capitals, or a known city), maybe a region after a comma, maybe
    a date, maybe an agency in brackets, then a dash, a colon, two spaces or the end of the
    line; a place alone needs a dash or colon, or must be a known city on a line of its own.
    "NAIROBI, May 9 - Envoys from Uganda met..." gives Nairobi and May 9.
    """
    line_end = min(end, start + _MAX_DATELINE)
    if not _may_open_dateline(text, start, line_end):
        return None
    match = DATELINE.match(text, start, line_end)
    if match is None:
        return None
    place_raw, region, date_raw, source_raw, wire, sep = match.group(
        "place", "region", "date", "source", "wire", "sep"
    )
    if wire is not None:
        source_raw = wire  # "NEW YORK, Jan. 5, 2024 /PRNewswire/ --"
    date = None
    if date_raw is not None:
        date = read_date(date_raw)
        if date is None:
            return None
    first_place = place_raw.split("/", 1)[0].rstrip()
    city = _cities().get(_key(first_place))
    caps = place_raw == place_raw.upper()
    dash = sep.strip() != ""
    at_end = match.end() == end
    if not dash and match.end() == line_end < end:
        return None  # the line runs on past what was read: no sign the dateline ends here
    if caps and len(place_raw.replace(".", "").strip()) < 2:
        return None
    # An agency in brackets counts when it is one ("CNN Business" is CNN's), or a dash
    # follows: "(GM) and" is not.
    agency_known = source_raw is not None and _is_agency(source_raw)
    agency = agency_known or (source_raw is not None and dash)
    if caps:
        if date is None and not agency and not dash and not (city is not None and at_end):
            return None
    elif city is not None and dash and sep.strip() in _DASHES:
        pass  # "London — Britain's economy": a known city, then a dash set apart
    elif not ((date is not None or agency) and (city is not None or agency_known)):
        return None
    place_start = match.start("place")
    place = _place(
        first_place, city, region, _unchecked_span(place_start, place_start + len(first_place))
    )
    source = _agency(source_raw) if source_raw is not None and source_raw.strip() else None
    return (place, source, _unchecked_span(place_start, match.start("sep"))), date, match.end()


def _is_body(text: str, start: int, end: int) -> bool:
    """Whether a first line reads as body text rather than a headline.

    The rule: headlines do not end with a full stop, nor run past a few lines of print;
    a line that does is a paragraph, unless its last word is an abbreviation ("Output
    rises in the U.S." is a headline). "Ministers met on Friday." is body.
    """
    if end - start > _MAX_HEADLINE:
        return True
    line = text[start:end].rstrip(_CLOSERS + "'’")
    if not line.endswith(".") or line.endswith(".."):
        return False
    token = line[:-1].rsplit(None, 1)[-1].lstrip(_OPENERS) if line[:-1].strip() else ""
    lower = token.casefold()
    abbreviation = (
        lower in _ABBREVIATIONS
        or lower in _MONTH_ABBREVIATIONS
        or _INITIALISM.fullmatch(token) is not None
        or (len(token) == 1 and token.isupper())
    )
    return not abbreviation


def _read_head(text: str) -> _Head:
    r"""Find the headline, its repeats, the dateline and where the body begins.

    The rule: the first non-blank line is the headline when more text follows it and it
    is not itself a dateline, a date or a sentence of body text; lines that repeat it are
    skipped; the next line (or the one after a byline) may open with a dateline, or be a
    date on its own.
    "CHILE AND PERU TO TALK\n\nLIMA, May 9th  Officials..." gives the headline, and
    the dateline Lima, May 9.
    """
    lines = _lines(text, 0)
    first = next(lines, None)
    if first is None:
        return _Head(None, None, None, len(text), len(text))
    headline: Span | None = None
    candidate: tuple[int, int] | None = first
    opening = _read_dateline(text, *first)
    # A first line that opens with a dateline is body, not headline, when it is the
    # dateline alone or runs on into a sentence ("LONDON: Markets fall" is a headline).
    opens_body = opening is not None and (
        opening[2] >= first[1] or text[first[1] - 1] in ".!?\"'”’"
    )
    date_line = first[1] - first[0] <= _MAX_DATE_LINE and read_date(text[first[0] : first[1]])
    if not opens_body and not date_line and not _is_body(text, *first):
        following = next(lines, None)
        if following is not None:
            headline = _unchecked_span(*first)
            size = first[1] - first[0]
            folded = _fold(text[first[0] : first[1]])
            # A repeat is about as long as the headline; only then is it worth folding.
            while (
                following is not None
                and abs(following[1] - following[0] - size) <= size // 4 + 2
                and _fold(text[following[0] : following[1]]) == folded
            ):
                following = next(lines, None)
            candidate = following
    body_start = candidate[0] if candidate is not None else len(text)
    content_start = body_start
    dateline: _DatelineParts | None = None
    date: tuple[int | None, int, int] | None = None
    for _ in range(3):  # a byline, a date line, then the place; no more
        if candidate is None:
            break
        start, end = candidate
        line = text[start:end]
        if len(line) <= _MAX_DATE_LINE and dateline is None:
            alone = read_date(line)
            if alone is not None:
                date = alone
                dateline = (None, None, _unchecked_span(start, end))
                content_start = end
                candidate = next(lines, None)
                continue
        found = _read_dateline(text, start, end)
        if found is not None:
            place_line, place_date, after = found
            # "May 07, 2011" on its own line, then "WASHINGTON -": one dateline, whose
            # date is the date line's unless the place line gives its own.
            if place_date is not None:
                date = place_date
            dateline = place_line
            content_start = after
            break
        if dateline is None and _BYLINE.match(line) and len(line) <= 80 and line[-1] not in ".!?":
            candidate = next(lines, None)
            continue
        break
    return _Head(headline, dateline, date, body_start, content_start)


_new = object.__new__


def _paragraphs(text: str, start: int, content_start: int) -> list[Span]:
    """The paragraphs of the body from ``start``, trimmed of white space.

    Paragraphs are separated by blank lines where the text after the head has them, else
    they are one a line; what lies before ``content_start`` (the dateline) is cut off.
    Within a blank-line block, single newlines are a paragraph's wrapping, unless a line
    runs longer than any wrapped line does: then the block is one paragraph a line.
    """
    blank = _PARAGRAPH_BREAK.search(text, content_start)
    breaks = _PARAGRAPH_BREAK if blank else _LINE_BREAK
    spans: list[Span] = []
    pos = start
    bounds = [m.span() for m in breaks.finditer(text, start)]
    bounds.append((len(text), len(text)))
    for end, after in bounds:
        a = max(pos, content_start)
        if a < end:
            piece = text[a:end]
            stripped = piece.strip()
            if stripped:
                a += len(piece) - len(piece.lstrip())
                if blank and "\n" in stripped and _unwrapped(stripped):
                    spans += _line_spans(stripped, a)
                else:
                    span = _new(Span)  # _unchecked_span, inline: the loop's one frequent call
                    _SPAN_START(span, a)
                    _SPAN_END(span, a + len(stripped))
                    spans.append(span)
        pos = after
    return spans if blank else _rewrapped(text, spans)


def _rewrapped(text: str, lines: list[Span]) -> list[Span]:
    """Lines that only wrap a sentence joined to the next: hard-wrapped copy without blank lines.

    A line of 40 characters or more that ends in a word, a number or a comma goes on in
    the next line ("Grain prices rose in the north of the country, according to" then
    "Granta, a consultancy."); a line ending in a full stop or another mark ends its
    paragraph, and so does a shorter line (a heading), so copy written one paragraph a line
    stays so. A line that opens with a lower-case letter goes on the line before: no
    paragraph opens so.
    """
    out: list[Span] = []
    joining = False
    for line in lines:
        if out and (joining or text[line.start].islower()):
            out[-1] = _unchecked_span(out[-1].start, line.end)
        else:
            out.append(line)
        last = text[line.end - 1]
        joining = line.end - line.start >= _MIN_WRAPPED_LINE and (last == "," or last.isalnum())
    return out


def _unwrapped(block: str) -> bool:
    """Whether a block's lines are too long to be one paragraph's wrapping."""
    return max(map(len, block.split("\n"))) > _MAX_WRAPPED_LINE


def _line_spans(block: str, offset: int) -> list[Span]:
    """The non-blank lines of ``block`` (which starts at ``offset``), trimmed, as spans."""
    spans = []
    pos = offset
    for line in block.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = pos + len(line) - len(line.lstrip())
            spans.append(_unchecked_span(lead, lead + len(stripped)))
        pos += len(line) + 1
    return spans


def _next_word(text: str, start: int, end: int) -> str:
    """The word at ``start``, folded, without opening quotes."""
    chunk = text[start : min(end, start + 24)].lstrip(_OPENERS)
    word = _WORD.match(chunk)
    return word.group().casefold() if word else ""


def _ends_sentence(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether a full stop, question or exclamation mark ends its sentence.

    The rule: it does when the next word starts with a capital, a digit or an opening
    quote, unless what stands before a full stop is a title ("Mr.", "Gen."), an initial
    ("J. Smith"), or an abbreviation ("U.S.", "Corp.", "Jan.") followed by a word that does
    not open sentences. "Mr. Ruiz met J. Okafor of Acme Corp. on Jan. 5. They spoke." has
    two sentences.
    """
    nxt = match.group("next")
    if nxt.islower() or nxt in ",;:-–—":
        return False
    after = match.end() + 1
    if nxt in _CLOSERS and (after >= end or text[after].isspace()):
        return False  # a closing quote set off by a space: 'collapse. " said Obama.'
    s = match.start()
    if text[s] != ".":
        return True
    chunk = text[max(start, s - 10) : s]
    cut = max(chunk.rfind(" "), chunk.rfind("\n"), chunk.rfind("\t"), chunk.rfind("\xa0"))
    token = chunk[cut + 1 :].lstrip(_OPENERS)
    if not token or (len(token) > 6 and "." not in token):
        return True  # no abbreviation is that long
    lower = token.casefold()
    if lower in _TITLES:
        return False
    if len(token) == 1 and token.isupper():
        return False
    if nxt.isdigit() and (lower in _MONTH_ABBREVIATIONS or lower in _BEFORE_NUMBERS):
        return False
    if lower in _MONTH_ABBREVIATIONS or lower in _ABBREVIATIONS or _INITIALISM.fullmatch(token):
        return _next_word(text, match.end(), end) in _SENTENCE_STARTERS
    return True


def _sentences(text: str, paragraphs: list[Span]) -> list[Span]:
    """The sentences of the paragraphs, each trimmed of white space.

    The marks are searched once over the whole body, and walked paragraph by paragraph:
    a sentence never runs past its paragraph's end.
    """
    if not paragraphs:
        return []
    lo, hi = paragraphs[0].start, paragraphs[-1].end
    stops: Iterable[re.Match[str]] = _STOPS["."].finditer(text, lo, hi)
    others = [pattern for mark, pattern in _STOPS.items() if mark != "." and mark in text]
    if others:
        found = list(stops)
        for pattern in others:
            found += pattern.finditer(text, lo, hi)
        stops = sorted(found, key=_match_start)
    spans: list[Span] = []
    append = spans.append
    index = 0
    start, end = lo, paragraphs[0].end
    pos = start
    for match in stops:
        s = match.start()
        if s >= end:
            if pos < end:  # the rest of the paragraph; all of it is the paragraph's own span
                append(paragraphs[index] if pos == start else _unchecked_span(pos, end))
            index += 1
            while paragraphs[index].end <= s:  # paragraphs with no mark: one sentence each
                append(paragraphs[index])
                index += 1
            start, end = paragraphs[index].start, paragraphs[index].end
            pos = start
        if s < pos:
            continue  # inside the dateline, between paragraphs, or a sentence already cut
        close = match.end(_CLOSE)
        if close >= end:
            continue  # the paragraph's end ends the sentence anyway
        nxt = match.group(_NEXT)
        if nxt.islower():
            continue
        # The common case first: a full stop after a lower-case word of four letters or
        # more (no abbreviation the rules know is one), or after a word too long to be an
        # abbreviation, then a capital.
        if nxt.isupper() and text[s] == "." and s >= 7:
            tail = text[s - 4 : s]
            common = (
                tail.isalpha() and tail.islower() and tail not in _ABBREVIATION_TAILS
            ) or text[s - 7 : s].isalpha()
        else:
            common = False
        if not common and not _ends_sentence(text, match, start, end):
            continue
        span = _new(Span)  # _unchecked_span, inline: the loop's one frequent call
        _SPAN_START(span, pos)
        _SPAN_END(span, close)
        append(span)
        pos = match.end()
    if pos < end:
        append(paragraphs[index] if pos == start else _unchecked_span(pos, end))
    spans += paragraphs[index + 1 :]
    return spans


def _match_start(match: re.Match[str]) -> int:
    return match.start()


# --- the reference date ------------------------------------------------------------------


def _nearest_year(month: int, day: int, around: pendulum.Date) -> pendulum.Date | None:
    """The date ``month``/``day`` nearest to ``around``, in its year or the one either side.

    A dateline "Dec 31" published on Jan 1 is the day before.
    """
    best: pendulum.Date | None = None
    target = around.toordinal()  # plain ordinals: pendulum's date arithmetic is slow
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            candidate = pendulum.Date(year, month, day)
        except ValueError:  # February 29 outside a leap year
            continue
        if best is None or abs(candidate.toordinal() - target) < abs(best.toordinal() - target):
            best = candidate
    return best


_MAX_YEARS = 64
"""Years and relative years read for inference: a story has fewer; the cap keeps the
pairing of the two linear in the length of the text."""

_RELATIVE_OFFSET = {"last": 1, "this": 0, "next": -1}
_LINK_STOPWORDS = frozenset((
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "since", "during", "from", "by",
    "until", "and", "or", "its", "his", "her", "their", "was", "were", "is", "are", "be",
    "been", "has", "have", "had", "this", "that",
))  # fmt: skip


def _phrase_before(text: str, start: int) -> tuple[str, ...]:
    """The last two content words before ``start``, folded: the event a year dates.

    "since the mine opened in" gives ("mine", "opened").
    """
    words = [w.casefold() for w in _WORD.findall(text[max(0, start - 48) : start])]
    while words and words[-1] in _LINK_STOPWORDS:
        words.pop()
    return tuple(words[-2:])


def _infer_year(text: str) -> tuple[int, tuple[Span, ...]] | None:
    """The year of the story, inferred from the text, with the spans it was read from.

    The rule: a relative year ("opened last year") whose event the text also dates
    with a year ("opened in June 2021") fixes the story's year (2022); failing
    such a pair, the latest year the text writes after a month or preposition.
    "the mine opened last year ... since the mine opened in June 2021" gives 2022.
    """
    years = [
        (match, int(match.group()))
        for match in _YEAR.finditer(text)
        if _YEAR_CONTEXT.search(text, max(0, match.start() - 12), match.start())
    ][:_MAX_YEARS]
    if not years:
        return None
    votes: collections.Counter[int] = collections.Counter()
    evidence: dict[int, list[Span]] = collections.defaultdict(list)
    dated: list[tuple[re.Match[str], int, tuple[str, ...], frozenset[tuple[str, str]]]] = []
    for relative in itertools.islice(_RELATIVE_YEAR.finditer(text), _MAX_YEARS):
        which = relative.group("which")
        offset = _RELATIVE_OFFSET[which.casefold()] if which else 1
        phrase = _phrase_before(text, relative.start())
        if len(phrase) < 2 or all(len(w) < 4 for w in phrase):
            continue
        if not dated:  # what stands before each year, read once for all relative years
            dated = [
                (match, year, _phrase_before(text, match.start()), _pairs_before(text, match))
                for match, year in years
            ]
        for match, year, window, near in dated:
            if phrase == window or phrase in near:  # ``phrase`` is two words
                votes[year + offset] += 1
                evidence[year + offset] += [
                    _unchecked_span(relative.start(), relative.end()),
                    _unchecked_span(match.start(), match.end()),
                ]
    if votes:
        year = votes.most_common(1)[0][0]
        return year, tuple(sorted(set(evidence[year])))
    past = [(m, y) for m, y in years if not _FUTURE.search(text, max(0, m.start() - 60), m.start())]
    if not past:
        return None
    match, year = max(past, key=lambda pair: (pair[1], -pair[0].start()))
    return year, (_unchecked_span(match.start(), match.end()),)


def _pairs_before(text: str, match: re.Match[str]) -> frozenset[tuple[str, str]]:
    """The pairs of consecutive words, folded, in the 64 characters before ``match``.

    A two-word phrase occurs in those words exactly when it is one of these pairs: "the
    mine opened in June 2021" holds ("mine", "opened").
    """
    start = match.start()
    near = [w.casefold() for w in _WORD.findall(text[max(0, start - 64) : start])]
    return frozenset(itertools.pairwise(near))


def _reference(
    text: str,
    date: tuple[int | None, int, int] | None,
    published: pendulum.Date | None,
) -> tuple[pendulum.Date | None, Reference | None]:
    """The dateline's resolved date and the story's reference date."""
    if date is not None:
        year, month, day = date
        if year is not None:
            try:
                resolved = pendulum.Date(year, month, day)
            except ValueError:
                resolved = None
            if resolved is not None:
                return resolved, Reference(date=resolved, basis=ReferenceBasis.DATELINE)
        elif published is not None:
            resolved = _nearest_year(month, day, published)
            if resolved is not None:
                return resolved, Reference(
                    date=resolved, basis=ReferenceBasis.DATELINE_AND_PUBLISHED
                )
        else:
            inferred = _infer_year(text)
            if inferred is not None:
                found, evidence = inferred
                try:
                    resolved = pendulum.Date(found, month, day)
                except ValueError:
                    resolved = None
                if resolved is not None:
                    return resolved, Reference(
                        date=resolved, basis=ReferenceBasis.INFERRED, evidence=evidence
                    )
    if published is not None:
        return None, Reference(date=published, basis=ReferenceBasis.PUBLISHED)
    return None, None


# --- the stage ---------------------------------------------------------------------------


def check_published(published: object) -> pendulum.Date | None:
    """``published`` itself, once checked to be None or a ``pendulum.Date``.

    A DateTime or anything else raises :class:`~newsevents.errors.DateInputError`.
    """
    if published is None:
        return None
    if not isinstance(published, pendulum.Date) or isinstance(published, pendulum.DateTime):
        raise DateInputError("published", published)
    return published


def segment(text: str, *, published: pendulum.Date | None = None) -> Document:
    r"""Cut a story into headline, dateline, paragraphs and sentences; fix its reference date.

    >>> doc = segment("CUBA AND US TO MEET\n\nHAVANA, April 18th - Officials will meet. "
    ...               "Mr. Ruiz said so.", published=pendulum.Date(2022, 4, 19))
    >>> doc.headline, doc.dateline.place.name, doc.dateline.date.isoformat()
    ('CUBA AND US TO MEET', 'Havana', '2022-04-18')
    >>> [s.slice(doc.text) for s in doc.sentences]
    ['Officials will meet.', 'Mr. Ruiz said so.']
    """
    if not isinstance(text, str):
        raise TextInputError("text", text)
    published = check_published(published)
    head = _read_head(text)
    paragraphs = _paragraphs(text, head.body_start, head.content_start)
    sentences = tuple(_sentences(text, paragraphs))
    date, reference = _reference(text, head.date, published)
    dateline = None
    if head.dateline is not None:
        place, source, span = head.dateline
        dateline = Dateline(place=place, date=date, source=source, span=span)
    headline_span = head.headline
    return Document(
        text=text,
        headline=headline_span.slice(text) if headline_span is not None else None,
        headline_span=headline_span,
        dateline=dateline,
        published=published,
        reference=reference,
        paragraphs=tuple(paragraphs),
        sentences=sentences,
    )
