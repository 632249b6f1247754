"""The built-in actor recognisers: capitalised names, lower-case known bodies, unnamed actors.

:class:`NameRecognizer` reads every run of capitalised words (with the particles and
connectors names use: "Morales de Arce", "Bank of Japan") found by one compiled
regex, and decides from the lexicon what each run is: a title and a person, an
organisation, a country, a place, or a name whose kind the resolver decides.
"""

from __future__ import annotations

__all__ = ["BodyRecognizer", "NameRecognizer", "UnnamedRecognizer"]

import bisect
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newsevents._actors_base import ActorMention, Mention
from newsevents._actors_bodies import (
    body_after_country,
    body_opens_at,
    joined_portfolios,
    state_body_mentions,
)
from newsevents._actors_data import (
    SCAN_LIMIT,
    Body,
    Country,
    Lexicon,
    fold,
    given_names,
    lexicon,
    lower_words,
    stands_between,
)
from newsevents._model import ActorKind
from newsevents._text import ascii_text

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from newsevents._document import Document

_PERSON = ActorKind.PERSON
_ORG = ActorKind.ORGANIZATION
_COUNTRY = ActorKind.COUNTRY
_GROUP = ActorKind.GROUP  # module constants: reading a member off the enum class costs more
_ANONYMOUS = ActorKind.ANONYMOUS

# --- patterns ---------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ"
_DOTTED = rf"[{_UP}]\.(?:[{_UP}]\.)+"
r"""Two or more capitals, each with a full stop ("U.S."): ``(?:[...]\.){2,}``, written so that
an alternation opening with it is passed over at once where no capital stands (see ``_SP``)."""
_SP = r"(?:[ \t\u00a0][ \t\u00a0]*(?:\r?\n[ \t\u00a0]*|)|\r\n[ \t\u00a0]*|\n[ \t\u00a0]*)"
r"""Space between two words of a name: blanks with at most one line break (hard-wrapped
copy breaks a line inside a name), never a blank line.

That is ``[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?|\r?\n[ \t\u00a0]*``, written for the regex
engine: each alternative opens with one character or set, which the engine tests before it
tries the alternative; an optional part is an alternation with nothing, ``(?:X|)``, not
``(?:X)?`` (the same matches, but the engine sets up no repeat, which costs it a memory
allocation each time it is tried: for ``NAME_RUN``, once or more per word of every run)."""
_JOINERS = (
    r"of the|of|for the|for|and|on|&|de la|de los|de las|de|del|della|da|das|dos|du|di"
    r"|der|van der|van den|van|von der|von|bin|ibn|y|zu"
)

_WORD_CHARS = r"A-Za-z0-9\w&."
r"""``\w``, "&" and ".", with the ASCII letters and digits (which ``\w`` holds) listed first: the
regex engine then tests most characters against a bitmap before it asks the Unicode tables."""
_REST = rf"[{_WORD_CHARS}]*(?:[-'’][{_WORD_CHARS}]+(?:[-'’][{_WORD_CHARS}]+)*|)"
"""The rest of a word: word characters, and more after each hyphen or apostrophe inside it.

That is ``[...]*(?:[-'’][...]+)*``, with the repeat entered only where a hyphen or an
apostrophe follows (see ``_SP``)."""
_PREFIXES = "al|el|ad|as|ash|at|an|ar|az|bin|ibn|abu|abd|ul|ud"
_INNER = rf"(?:(?:{_PREFIXES})-|)[{_UP}]{_REST}"
_NEXT_WORD = "(?=[{}{}])".format(
    _UP, "".join(sorted({w[0] for w in f"{_JOINERS}|{_PREFIXES}".split("|")}))
)
"""The characters a joiner or a word of a run opens with: after a blank, any other ends the
run at once, before the engine tries each joiner and prefix."""
_NEXT_IN_RUN = rf"{_SP}{_NEXT_WORD}(?:(?:{_JOINERS}){_SP}|){_INNER}"
"""One more word of a run: a blank, maybe a joiner and a blank, and the word."""
NAME_RUN = re.compile(rf"[{_UP}]{_REST}(?:{_NEXT_IN_RUN}(?:{_NEXT_IN_RUN})*|)")
"""A run of capitalised words, with the particles and connectors names use inside.

More words are ``(?:{_NEXT_IN_RUN})*``, written so that the engine sets up its repeat only
after a second word (see ``_SP``).

It opens with a capital so that the regex engine can skip ahead to one; whether the
capital opens a word is checked after ("iPhone" is no run)."""
_WORDISH = frozenset("’'.&-_0123456789") | frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
_KEEP_DOT = re.compile(
    rf"(?:(?:[{_UP}]\.)+|Corp|Co|Inc|Ltd|Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt"
    rf"|Sgt|Prof|Rev|Bros|No|Nos)\.?"
)

_CHUNK = re.compile(r"\S+")
_CONNECTORS = frozenset({"of", "for", "and", "on", "&", "the"})
_SPLIT_AT = frozenset({"of", "for", "and", "on", "&"})
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"})
_ALL_CAPS = re.compile(rf"(?:[{_UP}][{_UP}0-9&-]+|(?:[{_UP}]\.){{2,}})")
_LOWER_AFFIX = re.compile(r"-(?:[a-z]+ed|based|run|born|era|style|made|wide|type|bound|owned|led)$")
_AFFIX = _LOWER_AFFIX
_CREDIT = re.compile(r"\b(?:Images?|Photos?|Pictures?|Videos?|Caption|Copyright)\b")
_CREDIT_WORDS = ("Photo", "Photos", "Photograph", "Picture", "Image", "Video")
_CREDIT_ENDS = (
    *(f"{word}{mark} " for word in _CREDIT_WORDS for mark in (":", " by", " credit:")),
    *("photo by ", "photograph by ", "Credit: ", "credit: ", "Copyright: "),
)
"""How the text before a picture's credit ends: "(Photo: Harbour Images)", "Picture by
Kestrel Press"; the name after it is the picture's source, no actor of the story."""
_CREDIT_LAST = frozenset(end[-2] for end in _CREDIT_ENDS)
"""The character before the blank that ends each of ``_CREDIT_ENDS``."""
_SAID = re.compile(
    r"\s*,?\s+(?:said|says|told|added|argued|explained|noted|wrote|insisted|warned|announced"
    r"|stated|replied|remarked|claimed|asked|urged|called|declared|admitted|confirmed)\b"
)
_LIST_AFTER = re.compile(
    rf",[ \n][{_UP}][\w&.-]*(?:[ \n][{_UP}][\w&.-]*)*,?[ \n](?:and|&|or)[ \n][{_UP}]"
)
"""More names in a list after a name ("Kestrel, Harcourt Motors and Vossler"); a space may be
the line break of hard-wrapped copy."""
_SP_FIRST = frozenset(" \t\u00a0\r\n")
"""The characters ``_SP`` can open with: a pattern opening with it matches nowhere else."""
_PLACE_AFTER = re.compile(rf",[ \n]([{_UP}][\w.]*(?:[ \n][{_UP}][\w.]*)?)(?=[,.;:)]|\s+[a-z])")
_SAID_BEFORE = re.compile(r"\b(?:said|says|according to|told)\s+$")
_PLACE_NOUNS = (
    "airport", "street", "avenue", "road", "square", "bridge", "stadium", "hotel", "building",
    "tower", "park", "river", "valley", "county", "province", "district", "region", "state",
    "city", "area", "caption",
)  # fmt: skip
_PLACE_NOUN_OR_CAPTION = re.compile(rf"{_SP}(?:{'|'.join(_PLACE_NOUNS)})\b")
"""A place noun after a name ("Hollis Grant airport": a place) or "caption" ("Media
caption": page furniture): either way the name is no actor."""
_PLACE_NOUN_NEXT = frozenset(noun[0] for noun in _PLACE_NOUNS) | frozenset(" \t\u00a0\r\n")
"""The characters that may follow the first blank of ``_PLACE_NOUN_OR_CAPTION``."""
_NUMBER_AFTER = re.compile(rf"{_SP}\d")
_VENUE_BEFORE = re.compile(r"\b(?:at|in)[ \n](?:the[ \n]|)$")
"""What places a building before its name: "at", "in the" ("at Harbour Convention Center")."""
_LOWER_WORD_AFTER = re.compile(r"[ \t\u00a0\n]([a-z]+)(?![\w'’-])")
"""The lower-case word after a name ("laptops" in "Corvex laptops")."""
_APPOSITION_BEFORE = re.compile(
    r",[ \n](?:[a-z][\w-]*[ \n]){0,4}(?:of|at|from|for|with)[ \n](?:[^\s,]+[ \n]){0,3}$"
)
"""A phrase set off by a comma before a name: ", of ", ", a host at Harbour Radio's "."""
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
"""Searched in the four characters before a name: "the" and a blank fill them."""
_THE_H = frozenset({"h", "H", ""})
"""What stands three characters before a name where ``_THE_BEFORE`` may match ("" at the
text's start, where the search is left to the pattern)."""
_OPENING_QUOTES = frozenset('“"‘\n')
_QUOTE_OPENS = frozenset("“\"‘'")
_QUOTE_CLOSES = frozenset("”\"’'")
_NAME_MONTHS = frozenset({"may", "june", "april", "august", "march"})
_LOCATIVE_WORDS = (
    "in", "near", "outside", "across", "throughout", "around", "city of", "town of",
    "village of", "province of", "region of", "district of", "state of", "capital of", "port of",
)  # fmt: skip
_LOCATIVE = re.compile(rf"\b(?:{'|'.join(_LOCATIVE_WORDS)})\s+(?:the\s+)?$")
"""Words that place the name after them: "in Brackley", "the city of Fairlow"."""
_LOCATIVE_ENDS = ("in", "near", "outside", "across", "throughout", "around", "of", "the")
"""How the text before a name that ``_LOCATIVE`` matches ends, white space aside."""
_LOCATIVE_LAST = frozenset(end[-1] for end in _LOCATIVE_ENDS)
"""The last letters of ``_LOCATIVE_ENDS``: a word ending in another ends in none of them."""
_SENTENCE_OPENING = re.compile(r"[\s\"“”‘’'(\[—–-]*")
_BACK_WORDS = re.compile(rf"{_DOTTED}|[\w’'&-]+|,")


def _back_words(text: str, lo: int, hi: int) -> list[str]:
    r"""The words ``_BACK_WORDS`` finds in ``text[lo:hi]``, read with string methods where it can.

    None of its words holds white space, so each chunk between blanks is read alone: a
    chunk of letters and digits (``\w`` without "_") is one word, and one with a comma
    after it two; only the others go to the pattern.
    """
    return _chunk_words(text[max(lo, 0) : hi].split())


def _chunk_words(chunks: list[str]) -> list[str]:
    """The words ``_BACK_WORDS`` finds in chunks of text between blanks (:func:`_back_words`)."""
    out: list[str] = []
    found = out.append
    for chunk in chunks:
        if chunk.isalnum():
            found(chunk)
        elif chunk[-1] == "," and chunk[:-1].isalnum():
            found(chunk[:-1])
            found(",")
        else:
            out += _BACK_WORDS.findall(chunk)
    return out


_FORWARD_WORDS = re.compile(rf"{_DOTTED}|[\w’'&-]+|[^\w\s]")
_GOVERNMENT_AFTER = re.compile(rf"{_SP}(government|administration|authorities)\b")
_GOVERNMENT_NEXT = frozenset("ga") | _SP_FIRST
"""The characters that may follow the first blank of ``_GOVERNMENT_AFTER``: more blank, or
the first letter of its word."""
_GOVERNMENT_BEFORE = re.compile(r"\b(?:the )?government of (?:the )?$", re.IGNORECASE)
_APPOSITIVE_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_GROUP_HEADS = frozenset(
    {
        "officials",
        "leaders",
        "ministers",
        "diplomats",
        "lawmakers",
        "negotiators",
        "delegates",
        "troops",
        "forces",
        "authorities",
        "envoys",
        "legislators",
    }
)
_TITLE_TAIL = frozenset({"of", "for", "to"})


def _wrapped_at(text: str, at: int) -> bool:
    """Whether the line break at ``at`` only wraps a sentence.

    It does where a lower-case word or a comma ends the line before it: "according to" at
    a line's end, "Granta said" on the next.
    """
    if text[at] != "\n":
        return False
    last = text[max(0, at - 8) : at].rstrip(" \t\r")[-1:]
    return last == "," or last.islower()


def _is_acronym(token: str) -> bool:
    """An all-capital token of two to six letters ("IBM", "U.N.", "EFGA")."""
    second = token[1:2]  # _ALL_CAPS needs a capital, digit, "&", "-" or "." second
    if not (second.isupper() or second.isdigit() or second in _ACRONYM_SECOND):
        return False
    return 2 <= len(token.replace(".", "")) <= 6 and bool(_ALL_CAPS.fullmatch(token))


_ACRONYM_SECOND = frozenset("&-.")
_OF_FOR_AND = frozenset({"of", "for", "and"})


_POSSESSIVE_ENDS = ("’s", "'s", "’", "'")
"""How a word with a possessive ends (see :func:`_strip_possessive`)."""
_POSSESSIVE_LAST = frozenset("s'’")
"""The last characters of the words :func:`_strip_possessive` may change."""


def _strip_possessive(token: str) -> tuple[str, bool]:
    """The token without "'s" or a trailing apostrophe, and whether it had one."""
    if token.endswith(("’s", "'s")):
        return token[:-2], True
    if token.endswith(("’", "'")) and len(token) > 2:
        return token[:-1], True
    return token, False


# --- the context of a name: sentence starts and titles ------------------------------------


def _sentence_starts(document: Document) -> list[int]:
    """The offsets where a sentence's first word starts, in order."""
    spans = document.sentences or document.paragraphs
    text = document.text
    starts = [span.start for span in spans]
    starts = [at if text[at : at + 1].isalnum() else _opening_end(text, at) for at in starts]
    if not starts:
        starts.append(_opening_end(text, 0))
    starts.sort()
    return starts


def _opening_end(text: str, at: int) -> int:
    """Where a sentence starting at ``at`` has its first word, after quotes and dashes."""
    m = _SENTENCE_OPENING.match(text, at)
    return m.end() if m else at


class _Token:
    """One word of a run.

    Its offsets, its text (without a possessive), and whether it had a possessive or ends a
    sentence.
    """

    __slots__ = ("end", "possessive", "start", "stop", "text")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        possessive: bool,  # noqa: FBT001 - positional for speed
        stop: bool = False,  # noqa: FBT001, FBT002 - positional for speed
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.possessive = possessive
        self.stop = stop


def _tokens(run: str, offset: int) -> list[_Token]:
    """The words of a run, each without its possessive.

    A word ending in a full stop that is not an abbreviation ("States.") loses it and ends the
    run's sentence.
    """
    if (
        " " not in run
        and "\n" not in run
        and "." not in run
        and "'" not in run
        and "’" not in run
        and "\t" not in run
        and "\u00a0" not in run
    ):
        return [_Token(offset, offset + len(run), run, False)]  # noqa: FBT003 - common: positional
    out = []
    for chunk in _CHUNK.finditer(run):
        word = chunk.group()
        stop = False
        if word.endswith(".") and _KEEP_DOT.fullmatch(word) is None:
            word = word.rstrip(".")
            stop = True
        word, possessive = _strip_possessive(word)
        if not word:
            continue
        start = offset + chunk.start()
        out.append(_Token(start, start + len(word), word, possessive, stop))
    return out


def _lone_connector(part: str) -> bool:
    """Whether a part of a run is one word, and that word a connector ("of", "&").

    A run's words each open with a letter or "&", so none is lost to the full stop or
    possessive :func:`_tokens` takes off: a part with no blank in it is one word.
    """
    if len(part.split()) > 1:
        return False
    word = part
    if word.endswith(".") and _KEEP_DOT.fullmatch(word) is None:
        word = word.rstrip(".")
    return _strip_possessive(word)[0].lower() in _CONNECTORS


_LONGEST_NAME = 12
"""The most words a name is read from; a longer run is cut, which keeps reading linear."""


def _bounded(tokens: list[_Token]) -> list[_Token]:
    """A long run cut into pieces of at most ``_LONGEST_NAME`` words.

    It is cut at connectors where it has them, and at a fixed length where it does not.
    """
    out: list[_Token] = []
    count = 0
    for tok in tokens:
        count += 1
        if tok.text.lower() in _CONNECTORS or count >= _LONGEST_NAME:
            out.append(_Token(tok.start, tok.end, tok.text, tok.possessive, stop=True))
            count = 0
        else:
            out.append(tok)
    return out


def _in_lower_case(text: str, word: str) -> bool:
    """Whether ``word`` stands in the text in lower case ("Leading ... leading").

    A short text is scanned for the word; a long one is read into a set once, so the
    cost stays linear whatever the input.
    """
    if len(text) > SCAN_LIMIT:
        return word in lower_words(text)
    return stands_between(text, word, " \n", " ,.;:")


def _country_word(lex: Lexicon, word: str) -> Country | None:
    """The country a name, short form or demonym stands for ("Bahrain", "Peruvian"), or None."""
    key = fold(word)
    return lex.countries.get(key) or lex.demonyms.get(key)


class _Title(NamedTuple):
    """A title read around a name, the country it names and the body it names."""

    title: str | None
    affiliation: str | None
    employer: str | None = None


def _title_before(lex: Lexicon, text: str, start: int, floor: int) -> _Title | None:
    """A title written before a name.

    "Bahrain oil minister X", "the deputy foreign minister, X", "Kenya's ambassador to the African
    Union, X", "flood expert X".

    The words just before the name are read backwards while they are title words, country words
    or capitalised words of a body; up to two other lower-case words may open the title when a
    determiner, a comma or the sentence start comes before them. A comma is allowed right before
    the name when the title before it opens with a determiner or a country; such a title may end
    in "of", "for" or "to" and a name.
    """
    lo = start - 90 if start - 90 > floor else floor  # noqa: FURB136 - max() without its call
    window = text[lo:start]
    chunks = window.rsplit(None, 1)
    if not chunks:
        return None  # no word before the name
    last = chunks[-1]
    if last.isalpha() and last.isascii() and last.islower() and last not in lex.title_words:
        return None  # "said X", "and X": a plain word next to the name opens no title
    chunks = window.rsplit(None, 8)
    if len(chunks) > 8:  # the last eight chunks mostly decide; all of them only where not
        decided, found = _title_in(lex, text, start, floor, _chunk_words(chunks[1:]))
        if decided:
            return found
    return _title_in(lex, text, start, floor, _chunk_words(window.split()), complete=True)[1]


def _title_in(
    lex: Lexicon, text: str, start: int, floor: int, words: list[str], *, complete: bool = False
) -> tuple[bool, _Title | None]:
    """The title ``words`` before a name give (see :func:`_title_before`).

    Whether they decide it, and the title. They do not decide it where they are not
    ``complete`` (only the last few words before the name) and the reading would go on
    past them.
    """
    if not words:
        return complete, None
    words.reverse()
    comma = words[0] == ","
    if comma:
        words = words[1:]
        # "ambassador to the African Union, X": a tail of capitalised words
        for i, raw in enumerate(words[:7]):
            low = raw.lower()
            if low in _TITLE_TAIL and i > 0:
                if i + 1 == len(words) and not complete:
                    return False, None
                if i + 1 < len(words) and words[i + 1].lower() in lex.title_heads:
                    tail = [w.lower() for w in reversed(words[:i])]
                    found = _title_before(lex, text, _offset_of(text, start, words, i), floor)
                    if found is not None and found.title:
                        title = " ".join([found.title, low, *tail])
                        return True, _Title(title, found.affiliation)
                break
            if not (raw[:1].isupper() or low == "the"):
                break
        else:
            if len(words) < 7 and not complete:
                return False, None
    taken: list[str] = []
    unknown: list[str] = []
    affiliation: str | None = None
    employer: str | None = None
    stopped_at = ""
    stop = -1  # where the reading stopped, in ``words``
    title_words, function_words = lex.title_words, lex.function_words
    for stop, raw in enumerate(words):  # noqa: B007 - ``stop`` is read after the loop
        # _strip_possessive and _country_word, inline: this loop reads every word back
        if raw[-1] in _POSSESSIVE_LAST:
            word, possessive = _strip_possessive(raw)
        else:
            word, possessive = raw, False
        low = word.lower()
        upper = word[:1].isupper()
        key = ""
        if upper:
            key = fold(word)
            country = lex.countries.get(key) or lex.demonyms.get(key)
            if country is not None:
                affiliation = country.code
                stopped_at = "country"
                break
        if possessive:
            stopped_at = "possessive"
            break
        if low in title_words or (low in _OF_FOR_AND and taken):
            taken.extend(unknown)
            unknown = []
            taken.append(low)
            continue
        if upper and word not in function_words:
            body = lex.bodies.get(key)
            acronym = body is None and _is_acronym(word)
            if body is not None or acronym or key in lex.org_suffixes:
                taken.extend(unknown)
                unknown = []
                taken.append(low)
                if body is not None and body.country and affiliation is None:
                    affiliation = body.country
                if employer is None and (body is not None or acronym):
                    employer = body.name if body is not None else word
                continue
        if (
            taken
            and len(unknown) < 2
            and word[:1].islower()
            and low not in function_words
            and word[-2:] not in {"ed", "ly"}
        ):
            unknown.append(low)
            continue
        stopped_at = low
        break
    else:
        stop = -1
        if not complete:
            return False, None
    if unknown and (stopped_at in {"", ",", "country"} or stopped_at in function_words):
        taken.extend(unknown)
    while taken and taken[-1] in _OF_FOR_AND:
        taken.pop()
    head = -1  # where the first title head is
    for i, w in enumerate(taken):
        if w in lex.title_heads:
            head = i
            break
    if head < 0 or (head > 0 and "of" not in taken[:head] and "for" not in taken[:head]):
        return True, None
    if comma and stopped_at not in {"the", "a", "an", "country", "possessive"}:
        return True, None
    if affiliation is None and employer is None and stop >= 0:
        affiliation = _company_at(lex, words, stop)
    taken.reverse()
    return True, _Title(" ".join(taken), affiliation, employer)


def _company_at(lex: Lexicon, words: list[str], stop: int) -> str | None:
    """The home country of a well-known company named where a title's reading stopped.

    ``words`` run backwards from the name, and the reading stopped at ``words[stop]``:
    the capitalised words there and before it, with the capitalised words of a body read
    after it ("Bank" in "Deutsche Bank analyst"), may name a company ("Toyota president",
    "Barclays Capital economist").
    """
    if not words[stop][:1].isupper():
        return None
    first = stop
    while first + 1 < len(words) and first - stop < 3 and words[first + 1][:1].isupper():
        first += 1
    last = stop
    while last > 0 and words[last - 1][:1].isupper():
        last -= 1
    run = words[last : first + 1]
    run.reverse()  # in reading order
    # the whole run names the company, once a title word or a function word before it
    # ("Senior Toyota executive") and title words after it ("Toyota President") are
    # left out; "Aylesbury Vale council leader" names none, for all that "Vale" might
    while run and (run[0].lower() in lex.title_words or run[0] in lex.function_words):
        del run[0]
    while run:
        code = lex.company_country(run)
        if code is not None or run[-1].lower() not in lex.title_words:
            return code
        del run[-1]
    return None


def _offset_of(text: str, start: int, words: list[str], i: int) -> int:
    """The offset where the ``i``-th word back before ``start`` (after a comma) starts."""
    at = start
    for word in [",", *words[: i + 1]]:
        at = text.rfind(word, 0, at)
    return max(at, 0)


def _title_after(lex: Lexicon, text: str, end: int, ceiling: int) -> _Title | None:
    """A title in apposition after a name.

    "Maria Solberg, secretary for fisheries and ports, said".

    After a comma and an optional determiner come up to two modifiers and a title head, then
    optionally "of", "for" or "to" and a few words, up to the next punctuation.
    """
    limit = min(ceiling, end + 110)
    follows = text[end : end + 1]
    if follows == " ":  # the common case, decided without slicing the whole stretch
        follows = text[end + 1 : end + 2]
    if follows != "," and not follows.isspace():
        return None  # only a comma opens an appositive
    if not text[end:limit].lstrip().startswith(","):
        return None
    words = _FORWARD_WORDS.findall(text, end, limit)
    if len(words) < 2 or words[0] != ",":
        return None
    i = 1
    if words[i].lower() in _APPOSITIVE_DETERMINERS:
        i += 1
    taken: list[str] = []
    affiliation: str | None = None
    head_at = -1
    unknown = 0
    while i < len(words):
        raw = words[i]
        word, possessive = _strip_possessive(raw)
        low = word.lower()
        if not (word[:1].isalnum()):
            break
        if head_at >= 0 and low not in lex.title_words:
            break
        country = _country_word(lex, word) if word[:1].isupper() else None
        if country is not None:
            if affiliation is None:
                affiliation = country.code
            if not possessive:
                taken.append(low)
        elif low in lex.title_heads:
            taken.append(low)
            head_at = len(taken)
        elif low in lex.title_words:
            taken.append(low)
        elif word[:1].isupper() and (lex.bodies.get(fold(word)) or _is_acronym(word)):
            body = lex.bodies.get(fold(word))
            if body is not None and body.country and affiliation is None:
                affiliation = body.country
            taken.append(low)
        elif (word[:1].isupper() and low not in lex.function_words and unknown < 3) or (
            word[:1].islower() and unknown < 2 and low not in lex.function_words
        ):
            taken.append(low)
            unknown += 1
        else:
            return None
        i += 1
    if head_at < 0:
        return None
    taken = taken[:head_at]
    # an "of"/"for"/"to" tail: "secretary for fisheries and ports", "envoy to the UN"
    if i < len(words) and words[i].lower() in _TITLE_TAIL:
        tail: list[str] = []
        j = i
        while j < len(words) and len(tail) < 7 and words[j][:1].isalnum():
            low = words[j].lower()
            if low in {
                "who",
                "which",
                "said",
                "says",
                "told",
                "has",
                "had",
                "is",
                "was",
                "in",
                "at",
            }:
                break
            tail.append(low)
            j += 1
            country = _country_word(lex, words[j - 1])
            if country is not None and affiliation is None and words[j - 1][:1].isupper():
                affiliation = country.code
        if (
            j >= len(words)
            or not words[j][:1].isalnum()
            or words[j].lower() in {"who", "said", "says", "told"}
        ):
            taken += tail
    title = " ".join(w for w in taken if _country_word(lex, w.capitalize()) is None)
    return _Title(title or None, affiliation)


def _affiliation_before(lex: Lexicon, text: str, start: int, floor: int) -> str | None:
    """The country an organisation is placed in by the words before it.

    "Portuguese carrier Aerolusa", "Norway's Brannock", "Toronto-based Corvex".
    """
    lo = start - 50 if start - 50 > floor else floor  # noqa: FURB136 - max() without its call
    chunks = text[lo:start].rsplit(None, 3)
    if not chunks:
        return None  # no word before the name
    last = chunks[-1]
    if last.isalpha() and last.isascii() and last.islower() and last in lex.function_words:
        return None  # "the Corvex", "of Corvex": a function word next to the name places it not
    # the words of the last three chunks, or of all the chunks if those hold fewer than three
    words = _chunk_words(chunks[1:] if len(chunks) > 3 else chunks)
    if len(chunks) > 3 and len(words) < 3:
        words = _back_words(text, lo, start)
    return _affiliation_in(lex, words)


def _affiliation_in(lex: Lexicon, words: list[str]) -> str | None:
    """The country the last words before an organisation place it in, read backwards.

    Up to three words, to the first that decides: a place with a lower-case affix
    ("Toronto-based"), a capitalised word (a country or demonym, "Portuguese carrier
    Aerolusa", else none), a function word or a comma (none).
    """
    for count, raw in enumerate(reversed(words)):
        if count > 2 or raw == ",":
            return None
        word, _ = _strip_possessive(raw)
        affix = _LOWER_AFFIX.search(word) if "-" in word else None
        if affix is not None:
            place = fold(word[: affix.start()])
            country = lex.countries.get(place) or lex.capitals.get(place)
            if country is not None:
                return country.code
            return lex.cities.get(place)
        if word[:1].isupper():
            country = _country_word(lex, word)
            return country.code if country is not None else None
        if word.lower() in lex.function_words:
            return None
    return None


# --- what a name is by its words alone -----------------------------------------------------

# the verdicts of NameRecognizer._shape
_NO_ACTOR = "no actor"
_PAIR = "a hyphenated pair of countries or bodies"
_BODY = "a known body"
_COUNTRY_NAME = "a country, its short form, demonym or capital"
_NAME_AND_ACRONYM = "a name and its acronym"
_ORGANISATION = "an organisation, or a title naming one"
_TITLED = "a person after a title or honorific"
_COUNTRY_LEAD = "a country word before a name"
_TWO_NAMES = "an acronym or body before another name"
_ACRONYM = "an acronym"
_SINGLE = "a single word whose kind the resolver decides"
_EPITHET = "an epithet before a given name"
_LISTED_ORG = "an organisation named with connectors"
_PERSON_NAME = "a person's name"


class _Shape:
    """What a name segment is by its words alone (see :meth:`NameRecognizer._shape`).

    The verdict, the segment's text and folded key, its folded and lower-case words, and
    what the verdict needs: the body or country it names, whether a single word only
    joins names found elsewhere, whether a person's first word is a known given name.
    """

    __slots__ = (
        "body",
        "body_of",
        "common",
        "country",
        "demonym",
        "given",
        "key",
        "known",
        "lone",
        "lows",
        "office",
        "surface",
        "verdict",
        "words",
    )

    def __init__(
        self,
        verdict: str,
        surface: str,
        *,
        key: str = "",
        words: list[str] | None = None,
        lows: list[str] | None = None,
        body: Body | None = None,
        country: Country | None = None,
        lone: bool = False,
        given: bool = False,
    ) -> None:
        self.verdict = verdict
        self.surface = surface
        self.key = key
        self.words: list[str] = words or []
        self.lows: list[str] = lows or []
        self.body = body
        self.country = country
        self.lone = lone
        self.given = given
        self.known = verdict is _BODY or verdict is _COUNTRY_NAME
        """A known body or a country: its mention needs little more reading."""
        self.demonym = False
        """Whether the name is a demonym ("Cuban"): set by the recogniser, which knows them."""
        self.common = False
        """Whether a single word is a common word ("Breakfast"): set by the recogniser."""
        self.office: tuple[int, int, int, bool] | None = None
        """For a person after title words, where the office opens and ends, where the name
        opens (see :meth:`NameRecognizer._office`), and whether the words after the office
        name a body or country instead ("Prime Minister of Canada"): set by the recogniser."""
        self.body_of = False
        """Whether the office opens with an "X of Y" body whose words all stay in the title
        ("Bank of Japan Governor"): set by the recogniser."""


_Words = tuple[tuple[int, int, str, bool], ...]
_Pieces = tuple[tuple[_Words, _Shape], ...]
_Plan = tuple[_Pieces, tuple[int, int, str | None, _Shape] | None]
"""A run's name segments, each with its words and shape; and where the run is one known
body or country ("Cuba", "United States"), where it starts and ends, its word if it has
only one, and its shape (see :meth:`NameRecognizer._cut_and_judge`), else None."""
_PLANS = 8192
"""How many distinct runs the recogniser keeps the plans of (the most recently used)."""


# --- reading one run of capitalised words --------------------------------------------------


@attrs.frozen
class NameRecognizer:
    """Finds people, organisations and countries in runs of capitalised words.

    A run is first cut at sentence starts, calendar words ("Thursday"), words that
    open sentences ("The", "But"), page furniture ("Photo") and possessives, and at
    "and", "of" and "for" unless the whole names an organisation ("Bank of Japan",
    "Customs and Border Protection"). Then, for each piece, in order:

    - a known body ("the State Department"), country, short form, demonym or capital
      ("Washington wants") is that body or country;
    - a name ending in an organisation word, or opening with one before "of"
      ("Bank of Japan"), is an organisation;
    - title words ending in a head before a name make a person with that title
      ("Finance Minister Tunde Adebayo"); "Mr" makes a person ("Mr Kessler");
    - a place ("Central America", "Wall Street", "in Brackley"), an event ("Growers
      Conference") or an adjective standing alone ("Western") is no actor;
    - an all-capital word is an organisation ("IBM");
    - two or more words make a person ("Andres Morales de Arce");
    - one word is left for the resolver ("Okafor" joins Daniel Okafor, "Corvex" stands alone);
    - a headline's names and a sentence's first word only join actors found elsewhere.

    >>> from newsevents._document import Document
    >>> [m.text for m in NameRecognizer()(Document(text="Peru said Daniel Okafor met IBM."))]
    ['Peru', 'Daniel Okafor', 'IBM']
    """

    lex: Lexicon = attrs.field(factory=lexicon)
    given_names: frozenset[str] = attrs.field(factory=given_names)
    _memo: dict[str, bool] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    _plan: Callable[[str], _Plan] = attrs.field(init=False, eq=False, repr=False)

    _shape_of: Callable[[tuple[str, ...], str], _Shape] = attrs.field(
        init=False, eq=False, repr=False
    )
    # word sets made once per recogniser; plain fields, for a cached_property on this slotted
    # class makes attrs add a __getattr__, which slows every attribute read of the instance
    _stoppers: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    _quick: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    _product_first: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """The first three letters of the product nouns (see :meth:`_names_product`)."""

    @_plan.default
    def _plan_memo(self) -> Callable[[str], _Plan]:
        return functools.lru_cache(maxsize=_PLANS)(self._cut_and_judge)

    @_shape_of.default
    def _shape_memo(self) -> Callable[[tuple[str, ...], str], _Shape]:
        return functools.lru_cache(maxsize=_PLANS)(self._shape)

    def _cut_and_judge(self, run: str) -> _Plan:
        """A run cut into name segments, each with what its words alone make of it.

        This holds wherever the run stands, outside a headline and with no sentence
        starting inside it; each segment's words are given as (start, end, text,
        possessive), the offsets counted from the run's start.
        """
        if _CREDIT.search(run) and len(run.split()) > 1:
            return (), None  # "Pool Photo", "Harbour Images": a picture credit
        tokens = _tokens(run, 0)
        if len(tokens) > _LONGEST_NAME:
            tokens = _bounded(tokens)
        plan = []
        for seg in self._segments(tokens, frozenset()):
            shape = self._shape_of(tuple(t.text for t in seg), run[seg[0].start : seg[-1].end])
            if len(seg) > 1 or shape.verdict is not _NO_ACTOR:  # else it makes nothing
                plan.append((tuple((t.start, t.end, t.text, t.possessive) for t in seg), shape))
        if len(plan) == 1 and plan[0][1].known:  # "Cuba", "United States"
            words, known = plan[0]
            one = words[0][2] if len(words) == 1 else None
            return tuple(plan), (words[0][0], words[-1][1], one, known)
        return tuple(plan), None

    def __call__(self, document: Document) -> list[ActorMention]:
        """The mentions in ``document``'s capitalised runs."""
        return [m.public() for m in self.mentions(document)]

    def mentions(self, document: Document) -> list[Mention]:
        """The mentions in ``document``'s capitalised runs, in their working form."""
        text = document.text
        starts = _sentence_starts(document)
        start_set = frozenset(starts)
        skip = document.dateline.span if document.dateline and document.dateline.span else None
        skip_start, skip_end = (skip.start, skip.end) if skip is not None else (-1, -1)
        place = document.dateline.place if document.dateline else None
        here = place.name if place is not None else None  # "Brackley" later is a place
        if here is not None and self.lex.country_of(here) is not None:
            here = None  # "LIMA, May 2": Lima may still speak for Peru
        head = document.headline_span
        head_start, head_end = (head.start, head.end) if head is not None else (-1, -1)
        quick = self._quick
        plan_of = self._plan
        out: list[Mention] = []
        found = out.append
        floor = ceiling = -1  # the sentence of the last run: [floor, ceiling)
        special_end = max(skip_end, head_end)  # past it, no run is in the dateline or headline
        for run in NAME_RUN.finditer(text):
            word = run[0]
            if word in quick:
                continue  # "The", "Thursday", "Europe": no actor, no need to look closer
            r_start = run.start()
            before = text[r_start - 1 : r_start]
            if before in _WORDISH:
                if text[r_start - 3 : r_start] not in {"al-", "el-"}:
                    continue  # "iPhone", "0-Hamad": not the start of a word
                r_start -= 3
                word = text[r_start : run.end()]
                before = text[r_start - 1 : r_start]
            if (
                before == " "
                and text[r_start - 2] in _CREDIT_LAST  # r_start > 0: a blank stands before it
                and text.endswith(_CREDIT_ENDS, max(0, r_start - 24), r_start)
            ):
                continue  # "(Photo: Harbour Images)": a picture's credit
            in_head = False
            if r_start < special_end:
                if skip_start <= r_start < skip_end:
                    continue
                in_head = head_start <= r_start < head_end
            if not floor <= r_start < ceiling:  # runs come in order: most share a sentence
                k = bisect.bisect_right(starts, r_start) - 1
                floor = starts[k] if k >= 0 else 0
                ceiling = starts[k + 1] if k + 1 < len(starts) else len(text)
            if in_head or ceiling < run.end():
                if _CREDIT.search(word) and len(word.split()) > 1:
                    continue  # "Pool Photo", "Harbour Images": a picture credit
                # a headline, or a run across a sentence start: cut where this text says
                pieces: list[tuple[list[_Token], _Shape | None]] | _Pieces | None = (
                    self._planned_parts(text, word, r_start, ceiling, starts, in_head=in_head)
                )
                if pieces is None:
                    tokens = _tokens(word, r_start)
                    if in_head and len(tokens) > 3:
                        # a headline in title case: each word only joins a name of the body
                        tokens = [
                            _Token(t.start, t.end, t.text, t.possessive, stop=True) for t in tokens
                        ]
                    elif len(tokens) > _LONGEST_NAME:
                        tokens = _bounded(tokens)
                    pieces = [(seg, None) for seg in self._segments(tokens, start_set)]
            else:  # cut and judged by its words once, wherever it stands
                plan, single = plan_of(word)
                if single is not None:  # "Cuba", "United States"
                    a, b, one, known = single
                    at = r_start + a
                    if one is not None or not (
                        at in start_set
                        or (
                            at == r_start
                            and before in _OPENING_QUOTES
                            and not _wrapped_at(text, r_start - 1)
                        )
                    ):  # a known name, and no sentence-opening word that may be dropped
                        if (one is None or one != here) and text[at - 1 : at] != "<":
                            found(self._known_mention(known, at, r_start + b, text, floor))
                        continue
                if not plan:
                    continue
                pieces = plan  # its words are counted from the run's start: placed below
            opened = before in _OPENING_QUOTES and not _wrapped_at(text, r_start - 1)
            for cut, planned in pieces:
                if isinstance(cut, tuple):
                    if len(cut) == 1:
                        ((a, b, t, p),) = cut
                        segment = [_Token(r_start + a, r_start + b, t, p)]
                    else:
                        segment = [_Token(r_start + a, r_start + b, t, p) for a, b, t, p in cut]
                else:
                    segment = cut
                shape = planned
                first = segment[0]
                if len(segment) == 1 and first.text == here:
                    continue
                initial = first.start in start_set or (opened and first.start == r_start)
                if initial and self._opens_with_noun_of(segment, shape):
                    # "Shares of Kestrel Bank fell": Kestrel Bank; "Officials of the
                    # European Union": European Union, as "the" before a name reads
                    segment = segment[3:] if segment[2].text == "the" else segment[2:]
                    initial = False
                    shape = None
                elif (
                    initial
                    and len(segment) > 1
                    and first.text[1:].islower()
                    and segment[1].text != "of"  # "Port of Brackley Authority": whole
                    and not self._known(first.text)
                    and not self._place(fold(text[first.start : segment[-1].end]))
                    and _in_lower_case(text, first.text.lower())
                ):  # "Leading Peruvian officials": "leading" is a word of the text
                    segment = segment[1:]
                    initial = False
                    shape = None
                for mention in self._read(segment, text, floor, ceiling, shape):
                    if in_head or (
                        initial
                        and mention.kind is None
                        # "Corvex said", "Kestrel's profit": a name, though it opens a sentence
                        and not segment[-1].possessive
                        and _SAID.match(text, mention.end) is None
                        # "Kestrel, Harcourt Motors and Vossler said": a list of names
                        and not (
                            _LIST_AFTER.match(text, mention.end) and not first.text.endswith("ly")
                        )
                    ):
                        if (
                            initial
                            and not in_head
                            and " " not in mention.text
                            and body_opens_at(self.lex, text, mention.start, mention.end)
                        ):
                            continue  # "Interior ministry data showed": a body's first word
                        mention.tentative = True  # a mention _read has just made: no copy
                        found(mention)
                    else:
                        found(mention)
        return out

    def _opens_with_noun_of(self, segment: list[_Token], shape: _Shape | None) -> bool:
        """Whether a sentence's first name opens with a common noun and "of", no part of it.

        A sentence (or a headline line) that opens with a common noun before "of" names
        what follows: "Shares of Kestrel Bank fell" names Kestrel Bank, "Members of
        Parliament voted" Parliament. A noun that heads names stays ("Bank of Japan",
        "Museum of Modern Art", "Secretary of State Anne Porter"), and so does a body the
        lexicon knows by its whole name. A common noun heading an organisation ("Friends of
        ...") is cut too: in news such a sentence far more often counts or quotes people.
        """
        if len(segment) < 3 or segment[1].text != "of" or (shape is not None and shape.known):
            return False
        if len(segment) == 3 and segment[2].text == "the":
            return False
        first = segment[0].text
        return first.lower() in self.lex.of_heads and first[1:].islower()

    def _planned_parts(
        self, text: str, run: str, start: int, ceiling: int, starts: list[int], *, in_head: bool
    ) -> list[tuple[list[_Token], _Shape | None]] | None:
        """The pieces of a run in a headline or across sentence starts, from its parts' plans.

        A run cut at the sentence starts inside it reads as its parts each read alone
        ("Trade Association. Japan" as "Trade Association." and "Japan"): each part is
        planned once per distinct text (see :meth:`_cut_and_judge`) and its pieces placed.
        None where the plans do not hold: a headline of more than three words (each word
        read alone), a run too long to read whole, a sentence start inside a word.
        """
        words = len(run.split())
        if words > _LONGEST_NAME or (in_head and words > 3):  # as mentions reads them
            return None
        end = start + len(run)
        cuts: list[int] = []
        if ceiling < end:
            i = bisect.bisect_left(starts, ceiling)
            while i < len(starts) and starts[i] < end:
                at = starts[i]
                if not text[at - 1].isspace():
                    return None  # a start inside a word: the run is read whole
                if not cuts or cuts[-1] != at:
                    cuts.append(at)
                i += 1
        cuts.append(end)
        parts = []
        at = start
        for cut in cuts:
            part = text[at:cut].rstrip()
            if len(cuts) > 1 and _lone_connector(part):
                return None  # read whole, a lone "of" or "&" is dropped as a connector
            parts.append((at, part))
            at = cut
        pieces: list[tuple[list[_Token], _Shape | None]] = []
        for at, part in parts:
            plan, _ = self._plan(part)
            for placed, shape in plan:
                segment = [_Token(at + a, at + b, t, p) for a, b, t, p in placed]
                pieces.append((segment, shape))
        return pieces

    @_stoppers.default
    def _stopper_words(self) -> frozenset[str]:
        """The words that may cut a run: calendar and function words, and page furniture."""
        lex = self.lex
        words = lex.function_words | lex.calendar_words
        return frozenset({w.capitalize() for w in words} | {w.upper() for w in words}) | (
            lex.not_names
        )

    @_quick.default
    def _quick_words(self) -> frozenset[str]:
        """Single words that are never an actor.

        Capitalised function words ("The"), calendar words, places, adjectives, page
        furniture.
        """
        lex = self.lex
        words = {w.capitalize() for w in lex.function_words | lex.calendar_words}
        words |= {w for w in lex.places | lex.adjectives | lex.not_names if " " not in w}
        words |= {w for w in lex.cities if " " not in w and w not in lex.capitals}
        words -= set(lex.bodies) | set(lex.countries) | set(lex.demonyms) | set(lex.capitals)
        return frozenset(words)

    @_product_first.default
    def _product_first_letters(self) -> frozenset[str]:
        """The first three letters of the product nouns."""
        return frozenset(noun[:3] for noun in self.lex.product_nouns)

    def _settled(self, word: str) -> bool:
        """Whether a single word makes no actor whatever its context (memoised).

        Such words are adjectives, page furniture, places and cities, lone title heads
        and honorifics, and nouns for unnamed people ("Officials").
        """
        memo = self._memo
        found = memo.get(word)
        if found is None:
            lex = self.lex
            key = fold(word)
            low = word.lower()
            found = (
                key not in lex.bodies
                and lex.country_of(key) is None
                and (
                    key in lex.adjectives
                    or key in lex.not_names
                    or key in lex.places
                    or key in lex.cities
                    or low in lex.title_heads
                    or word in _HONORIFICS
                    or low in lex.group_nouns
                    or low in lex.source_nouns
                )
            )
            if len(memo) < 65536:  # bounded, whatever the input
                memo[word] = found
        return found

    def _known(self, word: str) -> bool:
        """Whether the lexicon knows a word as part of a name or title."""
        lex = self.lex
        key = fold(word)
        return (
            key in lex.org_heads
            or key in lex.org_suffixes
            or word.lower() in lex.title_words
            or lex.country_of(key) is not None
            or key in lex.bodies
        )

    # -- cutting a run into name segments --

    def _boundary(self, tokens: list[_Token], i: int, current: list[_Token]) -> bool:
        """Whether token ``i`` is no part of a name, and cuts the run."""
        lex = self.lex
        text = tokens[i].text
        if text not in self._stoppers:
            return "-" in text and _AFFIX.search(text) is not None
        if text in lex.not_names:
            return True
        low = text.lower()
        if low in lex.calendar_words:
            # "Helen May" keeps its May; "in May" and "Thursday" do not
            return not current or low not in _NAME_MONTHS
        if current and low in {"today", "tonight"}:
            return False  # "Harbour Today": a name
        return (
            low in lex.function_words
            and (len(text) == 1 or text[1:].islower())
            and text not in _HONORIFICS
        )

    def _segments(self, tokens: list[_Token], starts: frozenset[int]) -> Iterator[list[_Token]]:
        """Cut a run at sentence starts, calendar and other non-name words, and possessives.

        Then at connectors unless the whole names an organisation.
        """
        if len(tokens) == 1:
            if not self._boundary(tokens, 0, []):
                yield tokens
            return
        current: list[_Token] = []
        pieces: list[list[_Token]] = []
        for i, tok in enumerate(tokens):
            if current and (tok.start in starts or current[-1].stop):
                pieces.append(current)
                current = []
            if self._boundary(tokens, i, current):
                if current:
                    pieces.append(current)
                    current = []
                continue
            current.append(tok)
            if tok.possessive and not self._possessive_inside(tokens, i):
                pieces.append(current)
                current = []
        if current:
            pieces.append(current)
        for piece in pieces:
            lo, hi = 0, len(piece)
            while hi > lo and piece[hi - 1].text.lower() in _CONNECTORS:
                hi -= 1
            while lo < hi and piece[lo].text.lower() in _CONNECTORS:
                lo += 1
            if lo < hi:
                yield from self._split_connectors(piece[lo:hi])

    def _possessive_inside(self, tokens: list[_Token], i: int) -> bool:
        """Whether a possessive is inside an organisation's name.

        It is in "Lakeland People's Army" and "Prime Minister's Office"; it ends the name
        in "China's".
        """
        lex = self.lex
        if i + 1 >= len(tokens) or lex.country_of(tokens[i].text) is not None:
            return False
        if fold(tokens[i].text) in lex.bodies:
            return False
        for tok in tokens[i + 1 :]:
            key = fold(tok.text)
            if key in lex.org_suffixes or tok.text in lex.event_suffixes:
                return True
            if tok.possessive or not tok.text[:1].isupper():
                return False
        return False

    def _split_connectors(self, piece: list[_Token]) -> Iterator[list[_Token]]:
        """Keep "Bank of Japan" and "Customs and Border Protection" whole.

        Cut "London and Lima", "Kestrel and Harcourt Motors", "African Development Bank
        and World Trade Organization", "Lars Eriksen of the Union of Independent Engineers"
        and "Brannock Bank of Norway".
        """
        if len(piece) == 1:
            if piece[0].text.lower() not in _CONNECTORS:
                yield piece
            return
        while piece and piece[0].text.lower() in _CONNECTORS:
            piece = piece[1:]
        if not piece:
            return
        lows = [t.text.lower() for t in piece]
        conns = [i for i, low in enumerate(lows) if low in _SPLIT_AT]
        if not conns:
            yield piece
            return
        lex = self.lex
        whole = fold(" ".join(t.text for t in piece))
        if whole in lex.bodies or whole in lex.countries:
            yield piece
            return
        if fold(piece[-1].text) in lex.org_suffixes and joined_portfolios(lows[:-1]):
            yield piece  # "Trade and Industry Ministry": one body of two portfolios
            return
        words = [fold(t.text) for t in piece]
        if any(
            lows[i] in {"of", "for"} and i > 0 and lows[i - 1] in lex.title_heads for i in conns
        ):
            yield piece  # "Secretary of State Anne Porter": the title reader cuts it
            return
        if any(
            lows[i] == "and"
            and 0 < i < len(lows) - 1
            and lows[i - 1] in lex.title_words
            and lows[i + 1] in lex.title_words
            and self._titled_after(lows, i)
            for i in conns
        ):
            yield piece  # "Transport and Tourism Commissioner Ines Duarte"
            return
        for i in conns:
            left, right = piece[:i], piece[i + 1 :]
            if lows[i] in {"and", "&"}:
                if (
                    self._whole_org(left)
                    or self._whole_org(right, opening=True)
                    or (len(left) == 1 and fold(left[0].text) in lex.org_generic)
                    or (lows[i] == "and" and right and not self._inner_and(lows, words, i))
                ):
                    yield from self._split_connectors(left)
                    yield from self._split_connectors(right)
                    return
            elif lows[i] == "of" and len(left) > 1:
                lwords, rwords = words[:i], [w for w in words[i + 1 :] if w.lower() != "the"]
                if not any(w in lex.org_suffixes or w in lex.org_heads for w in lwords) and any(
                    w in lex.org_suffixes or w in lex.org_heads for w in rwords
                ):  # a person of an organisation
                    yield from self._split_connectors(left)
                    yield from self._split_connectors(right)
                    return
                if lwords[-1] in lex.org_suffixes and lex.country_of(" ".join(rwords)):
                    yield from self._split_connectors(left)
                    yield from self._split_connectors(right)
                    return
        org_at = [i for i, w in enumerate(words) if w in lex.org_suffixes or w in lex.org_heads]
        if org_at:
            first_conn = conns[0]
            keep = org_at[0] < first_conn or lows[first_conn] in {"of", "for", "on"}
            if keep and not (lows[first_conn] in {"and", "&"} and org_at[0] > first_conn):
                yield piece
                return
        current: list[_Token] = []
        for tok, low in zip(piece, lows, strict=True):
            if low in _SPLIT_AT:
                if current:
                    yield current
                current = []
            else:
                current.append(tok)
        if current:
            yield current

    def _titled_after(self, lows: list[str], i: int) -> bool:
        """Whether title words after position ``i`` reach a title head and then a name."""
        lex = self.lex
        j = i + 1
        while j < len(lows) and lows[j] in lex.title_words:
            j += 1
        return j < len(lows) and lows[j - 1] in lex.title_heads

    def _inner_and(self, lows: list[str], words: list[str], i: int) -> bool:
        """Whether the "and" at ``i`` is inside one organisation's name.

        It is between two organisation words ("Customs and Border Protection"), or after
        "of", "for" or "on" before a common noun ("Department of Trade and Industry");
        it is not in "Harcourt Motors and Vossler".
        """
        lex = self.lex
        if (
            words[i - 1] in lex.org_suffixes
            and words[i - 1] not in lex.org_generic  # "Kaito Motor Corp and ..." ends a name
            and words[-1] in lex.org_suffixes
        ):
            return True
        after = lows[i + 1] if i + 1 < len(lows) else ""
        return any(low in {"of", "for", "on"} for low in lows[:i]) and (
            after in lex.title_words or words[i + 1] in lex.org_suffixes
        )

    def _whole_org(self, part: list[_Token], *, opening: bool = False) -> bool:
        """Whether the words are a known body, or an organisation name of their own.

        With ``opening``, words that open with an organisation word count too
        ("International Monetary Fund").
        """
        if not part:
            return False
        lex = self.lex
        key = fold(" ".join(t.text for t in part))
        if key in lex.bodies:
            return True
        return opening and len(part) > 1 and fold(part[0].text) in lex.org_heads

    # -- deciding what a segment is --

    def _shape(self, texts: tuple[str, ...], surface: str) -> _Shape:
        """What a name segment is by its words alone, whatever text stands around it.

        The checks of :meth:`_read` that read only the words run here, in the same
        order, and the first that decides gives the verdict ("Peru" is a country,
        "Thursday" no actor, "Finance Minister Tunde Adebayo" a titled person). The
        checks that read the text around the name stay in :meth:`_read`: each of them
        can only find no actor, so they may run after this one has spoken, and a
        verdict is worked out once per distinct name, not once per mention.
        """
        lex = self.lex
        n = len(texts)
        if n == 1 and self._settled(surface):
            return _Shape(_NO_ACTOR, surface)  # never an actor on its own, wherever it stands
        key = fold(surface)
        if key in lex.adjectives or key in lex.not_names:
            return _Shape(_NO_ACTOR, surface)
        if n == 1 and "." in surface.strip(".") and not _ALL_CAPS.fullmatch(surface):
            return _Shape(_NO_ACTOR, surface)  # "KST.N": a ticker
        # hyphenated pairs of countries or bodies: "US-Canada", "EU-Japan"
        if n == 1 and "-" in surface:
            parts = surface.split("-")
            if all(lex.country_of(p) or fold(p) in lex.bodies for p in parts if p):
                return _Shape(_PAIR, surface, key=key)
        if n == 1 and key.isupper() and len(key) > 3:
            place = key.title()
            if place in lex.cities or place in lex.capitals or place in lex.countries:
                return _Shape(_NO_ACTOR, surface)  # "SEOUL, March 3": a dateline's city
        body = lex.bodies.get(key)
        if body is not None:
            return _Shape(_BODY, surface, key=key, body=body)
        found = lex.countries.get(key) or lex.demonyms.get(key) or lex.capitals.get(key)
        if found is not None:
            named = _Shape(_COUNTRY_NAME, surface, key=key, country=found)
            named.demonym = key in lex.demonyms
            return named
        if n > 1 and all(_ALL_CAPS.fullmatch(t) for t in texts):
            return _Shape(_NO_ACTOR, surface)  # a heading in capitals: "PORT STRIKE ENDS"
        if n == 1 and len(key) > 6 and key.isupper():
            return _Shape(_NO_ACTOR, surface)
        if key in lex.places or key in lex.cities:
            return _Shape(_NO_ACTOR, surface)
        words = [fold(t) for t in texts]
        lows = [w.lower() for w in words]
        if n > 1 and texts[-1] in lex.event_suffixes:
            return _Shape(_NO_ACTOR, surface)  # "Growers Conference"
        shape = functools.partial(_Shape, surface=surface, key=key, words=words, lows=lows)
        if (
            n > 2
            and _is_acronym(texts[-1])
            and not _is_acronym(texts[-2])
            and words[-1] not in lex.org_suffixes
        ):
            return shape(_NAME_AND_ACRONYM)  # "Kenyan Dock Workers KDW"
        if n > 1 and words[-1] in lex.org_suffixes:
            return shape(_ORGANISATION)
        if n > 1 and words[0] in lex.org_heads and lows[1] in {"of", "for", "on"}:
            return self._body_office(texts, lows, shape) or shape(_ORGANISATION)
        if n > 1 and (texts[0] in {"Sheikh", "Sheikha"} or texts[0].rstrip(".") in _HONORIFICS):
            return shape(_TITLED)  # "Sheikh Khalid al-Mansour", "Mr Kessler"
        office = self._office(texts, lows)
        if office is not None:  # "Finance Minister Tunde Adebayo"
            titled = shape(_TITLED)
            name_key = fold(" ".join(texts[office[2] :]))
            known = name_key in lex.bodies or lex.country_of(name_key) is not None
            titled.office = (*office, known)
            return titled
        if (
            (n > 1 and texts[-1] in lex.place_suffixes)
            or (lows[0] in lex.compass and (n == 1 or self._place(" ".join(words[1:]))))
            or (n > 1 and self._place(words[0]) and self._place(" ".join(words[1:])))
        ):
            return _Shape(_NO_ACTOR, surface)  # "Central America", "Wall Street"
        lead = _country_word(lex, texts[0])
        if lead is not None and n > 1:
            return shape(_COUNTRY_LEAD, country=lead)  # "Kenyan Customs and Border Protection"
        if (n > 2 and _is_acronym(texts[0]) and not _is_acronym(texts[1])) or (
            n > 1 and fold(texts[0]) in lex.bodies
        ):
            return shape(_TWO_NAMES)  # "KEPA Export Drive", "Congress Okafor"
        if n == 1:
            low = surface.lower()
            if low in lex.group_nouns or low in lex.source_nouns:
                return _Shape(_NO_ACTOR, surface)  # "Officials said"
            if "-" in surface and surface.rsplit("-", 1)[1][:1].islower():
                return _Shape(_NO_ACTOR, surface)  # "T-shirts", "X-rays": things
            if _is_acronym(surface):
                return shape(_ACRONYM)
            if surface[-1] == "s" and surface[:-1].isupper():
                return _Shape(_NO_ACTOR, surface)  # "SUVs": a plural of things
            if low in lex.title_heads or surface in _HONORIFICS:
                return _Shape(_NO_ACTOR, surface)
            # "Case 240", a lone "Company": only joins a name found elsewhere
            single = shape(
                _SINGLE, lone=key in lex.org_suffixes or any(c.isdigit() for c in surface)
            )
            single.common = low in lex.common_words and surface[1:].islower()
            return single
        if all(
            low in lex.title_words or low in _CONNECTORS or lex.country_of(w) is not None
            for low, w in zip(lows, words, strict=True)
        ):
            return _Shape(_NO_ACTOR, surface)  # "Prime Minister", "Minister of Industry"
        if any(low in _SPLIT_AT for low in lows):
            return shape(_LISTED_ORG)  # "Agreement on Tariffs and Trade"
        if lows[0] in lex.epithets and texts[1] in self.given_names:
            return shape(_EPITHET)  # "Lazy Tomas": the adjective is no part of the name
        return shape(_PERSON_NAME, given=texts[0] in self.given_names)

    def _body_office(
        self,
        texts: tuple[str, ...],
        lows: list[str],
        shape: Callable[..., _Shape],
    ) -> _Shape | None:
        """A person after an "X of Y" organisation and capitalised title words, or None.

        In "Bank of Japan Deputy Governor Ryozo Himino" the body "Bank of Japan" is a
        mention of its own, and the person's title is all the words before the name, as
        written ("bank of japan deputy governor"), as for "Federal Reserve Chairman". The
        body runs up to the title words that end in the head ("Deputy Governor"); where
        they follow "of" at once, it takes in those before the first head ("Ministry of
        Foreign Affairs Spokesman"); a known body before the head wins. An "X of Y" name
        with no title head and name after it stays one organisation ("Bank of Japan
        Policy Board"), and so does one whose body would end in a connector ("Office of
        the Prime Minister").
        """
        office = self._office(texts, lows)
        if office is None:
            return None
        lex = self.lex
        block_start, head_at, j = office
        cut = block_start
        if cut < 3:  # "Ministry of Foreign Affairs Spokesman": the body takes "Foreign Affairs"
            cut = next((i for i in range(2, head_at + 1) if lows[i] in lex.title_heads), 0)
        for k in range(head_at, 2, -1):
            if fold(" ".join(texts[:k])) in lex.bodies:
                cut = k
                break
        if cut < 3 or lows[cut - 1] in _CONNECTORS:
            return None  # "Office of the Prime Minister": no body before the office
        titled = shape(_TITLED)
        name_key = fold(" ".join(texts[j:]))
        known = name_key in lex.bodies or lex.country_of(name_key) is not None
        titled.office = (cut, head_at, j, known)
        titled.body_of = True
        return titled

    def _read(
        self,
        seg: list[_Token],
        text: str,
        floor: int,
        ceiling: int,
        shape: _Shape | None = None,
    ) -> list[Mention]:
        """The mentions one name segment makes (see the class docstring).

        ``shape`` is what the words alone make of it (:meth:`_shape`); here the text
        around the name has its say: "in" before a name makes a place, so do a place
        noun or a state after it; a title before or after it goes to a person.
        """
        start, end = seg[0].start, seg[-1].end
        if shape is None:
            shape = self._shape_of(tuple(t.text for t in seg), text[start:end])
        verdict = shape.verdict
        if verdict is _NO_ACTOR or text[start - 1 : start] == "<":
            return []
        lex = self.lex
        surface = shape.surface
        if verdict is _PAIR:
            out: list[Mention] = []
            offset = start
            for part in surface.split("-"):
                if part:
                    piece = [_Token(offset, offset + len(part), part, possessive=False)]
                    out += self._read(piece, text, floor, ceiling)
                offset += len(part) + 1
            return out
        if verdict is _BODY or verdict is _COUNTRY_NAME:
            return [self._known_mention(shape, start, end, text, floor)]
        follows = text[end : end + 1]  # each pattern after the name opens with one sort
        if follows in _SP_FIRST:
            if (
                text[end + 1 : end + 2] in _PLACE_NOUN_NEXT
                and _PLACE_NOUN_OR_CAPTION.match(text, end) is not None
            ):
                return []  # "Hollis Grant airport": a place; "Media caption": page furniture
        elif follows == ",":
            after = _PLACE_AFTER.match(text, end)
            if after is not None and len(seg) < 3 and self._place(fold(after.group(1))):
                return []  # "Fairlow, Virginia": a place named with its state or country
        words, lows = shape.words, shape.lows
        if verdict is _NAME_AND_ACRONYM:  # "Kenyan Dock Workers KDW": a name and its acronym
            return [
                *self._read(seg[:-1], text, floor, ceiling),
                *self._read(seg[-1:], text, floor, ceiling),
            ]
        if verdict is _ORGANISATION:
            found = self._org_or_title(seg, words, lows, text=text, floor=floor, ceiling=ceiling)
            if (
                words[-1] in lex.venue_suffixes
                and not seg[-1].possessive
                and _VENUE_BEFORE.search(text, max(floor, start - 8), start) is not None
            ):
                # "at Harbour Convention Center": a building, which only joins a body of
                # its name that the story names elsewhere
                for mention in found:
                    mention.tentative = True
            return found
        if verdict is _TITLED:
            return self._titled(seg, lows, text=text, floor=floor, ceiling=ceiling, shape=shape)
        if not seg[-1].possessive and self._located(text, start, floor):
            return []  # "in Brackley", "in Port Elwin": a place
        if verdict is _COUNTRY_LEAD:
            lead = shape.country
            assert lead is not None  # noqa: S101 - the verdict carries the leading country
            led = self._read(seg[1:], text, floor, ceiling)
            for mention in led:
                if mention.affiliation is None and mention.kind is not _COUNTRY:
                    mention.affiliation = lead.code
            return led
        if verdict is _TWO_NAMES:
            return [
                *self._read(seg[:1], text, floor, ceiling),
                *self._read(seg[1:], text, floor, ceiling),
            ]
        if (
            verdict is _EPITHET
            and text[start - 1 : start] in _QUOTE_OPENS
            and text[end : end + 1] in _QUOTE_CLOSES
        ):
            return self._epithet(seg, text, floor, ceiling)
        product = (
            follows in _SP_FIRST
            and text[end + 1 : end + 4] in self._product_first
            and self._names_product(text, end)
        )
        if verdict is _ACRONYM:
            if (
                text[end : end + 1] == "$"
                or (text[end : end + 1] == "." and text[end + 1 : end + 2].isalnum())
                or surface.lower() in lex.function_words
            ):
                return []  # "CA$42", "<KST.N>": a currency or a ticker; "IT"
            # "IBM computers": a brand, which only joins a name found elsewhere
            return [Mention(start, end, surface, _ORG, None, None, None, product)]
        if verdict is _SINGLE:
            # "the Skyhawk", "Case 240", a lone "Company", "Corvex laptops": only joins a
            # name found elsewhere ("the Commission" joins "the European Commission"); so
            # does a common word that nothing marks as a name ("Breakfast", "Reply")
            lone = (
                shape.lone
                or product
                or (shape.common and not self._marked(seg, text, start, end, floor))
                or (
                    follows in _SP_FIRST  # the patterns tried only where they may match
                    and (
                        text[end + 1 : end + 2] in _SP_FIRST or text[end + 1 : end + 2].isdecimal()
                    )
                    and _NUMBER_AFTER.match(text, end) is not None
                )
                or (
                    text[start - 3 : start - 2] in _THE_H
                    and _THE_BEFORE.search(text, max(floor, start - 4), start) is not None
                )
            )
            affiliation = lex.company_country([surface]) or _affiliation_before(
                lex, text, start, floor
            )
            return [Mention(start, end, surface, None, None, None, affiliation, lone)]
        if verdict is _LISTED_ORG:
            return [self._org(seg, words, text, floor)]
        if product:  # "Corvex Skyhawk laptops": a product, which only joins a name
            return [Mention(start, end, surface, None, None, None, None, True)]  # noqa: FBT003
        named = self._person(seg, text, floor, ceiling)
        if not (named.title or shape.given or self._speaks(text, start, end, floor)):
            # "Money Hour", "Corvex Skyhawk": a person only if named alone elsewhere
            named.tentative = True
        return [named]

    def _names_product(self, text: str, end: int) -> bool:
        """Whether a product noun follows a name, which then names a product, brand or law.

        "Corvex laptops", "Harlow crude", "Skyhawk users", "the HOME act": no actor there,
        though it may join an actor the story names elsewhere. ``text[end]`` is a blank,
        and the next three letters open a product noun.
        """
        m = _LOWER_WORD_AFTER.match(text, end)
        return m is not None and m[1] in self.lex.product_nouns

    def _marked(self, seg: list[_Token], text: str, start: int, end: int, floor: int) -> bool:
        """Whether a single word carries a mark of a name: a possessive, or it speaks.

        "Dragon's sales", "Dragon said": a name; "copies of Dragon sold": nothing says so.
        """
        return seg[-1].possessive or self._speaks(text, start, end, floor)

    @staticmethod
    def _speaks(text: str, start: int, end: int, floor: int) -> bool:
        """Whether a speech verb after or before a name makes it the speaker.

        "Kestrel said", "said Kestrel"; but not a name that closes a phrase set off by
        commas after the speaker's name: in "Dana Reyes, of Harbour Radio's Money Hour,
        said", Dana Reyes speaks.
        """
        if _SAID.match(text, end) is not None:
            if text[end : end + 1] != ",":
                return True
            lo = start - 60 if start - 60 > floor else floor  # noqa: FURB136 - max() without its call
            return _APPOSITION_BEFORE.search(text, lo, start) is None
        return _SAID_BEFORE.search(text, max(floor, start - 16), start) is not None

    def _epithet(self, seg: list[_Token], text: str, floor: int, ceiling: int) -> list[Mention]:
        """A given name after an adjective that is no part of it, the two in quotes.

        A nickname is quoted: in 'attacks on "Sleepy Joe"' the given name alone, which
        only joins a person the story names in full; before a full name ("Lazy Tomas
        Ruiz"), that name. Unquoted, the two are a name ("Crazy Eddie", a shop).
        """
        named = self._read(seg[1:], text, floor, ceiling)
        if len(seg) == 2:
            for mention in named:
                mention.tentative = True
        return named

    def _org_or_title(
        self,
        seg: list[_Token],
        words: list[str],
        lows: list[str],
        *,
        text: str,
        floor: int,
        ceiling: int,
    ) -> list[Mention]:
        """An organisation, unless title words open it.

        "Assistant Director of the Coastal Forestry Agency" is a title, and names the
        agency.
        """
        lex = self.lex
        i = 0
        while i < len(seg) and lows[i] in lex.title_words and seg[i].text[:1].isupper():
            i += 1
        if 0 < i < len(seg) - 1 and lows[i - 1] in lex.title_heads and lows[i] in {"of", "for"}:
            j = i + 1
            while j < len(seg) and lows[j] in _CONNECTORS:
                j += 1
            if j < len(seg):
                return self._read(seg[j:], text, floor, ceiling)
        return [self._org(seg, words, text, floor)]

    def _known_mention(self, shape: _Shape, start: int, end: int, text: str, floor: int) -> Mention:
        """The mention of a known body, or of a country by its name, demonym or capital."""
        body = shape.body
        if body is not None:
            return Mention(start, end, shape.surface, body.kind, body.name, None, body.country)
        found = shape.country
        assert found is not None  # noqa: S101 - a country verdict carries its country
        if text[end : end + 1] == " " and text[end + 1 : end + 2].islower():
            body_end = body_after_country(self.lex, text, start, end)
            if body_end is not None:  # "the Turkish interior ministry": one organisation
                return Mention(start, body_end, text[start:body_end], _ORG, None, None, found.code)
        mention = self._country(found.code, found.name, start, end, text)
        if not shape.demonym and self._located(text, start, floor):
            # "in Washington", "demand in China": a place, which joins the country
            # only if the story names it as an actor too
            mention.tentative = True
        return mention

    @staticmethod
    def _located(text: str, start: int, floor: int) -> bool:
        """Whether a name follows "in", "near" or "the city of": a place."""
        lo = start - 24 if start - 24 > floor else floor  # noqa: FURB136 - max() without its call
        if start - 2 >= lo and text[start - 1] == " ":
            # one space before the name (the common case): what ends before it, unsliced,
            # first by its last letter alone
            last = text[start - 2]
            if last not in _LOCATIVE_LAST:
                if not last.isspace():
                    return False
            elif not text.endswith(_LOCATIVE_ENDS, lo, start - 1):
                return False
        if not text[lo:start].rstrip().endswith(_LOCATIVE_ENDS):
            return False  # the pattern cannot match: no need to try it at every offset
        return _LOCATIVE.search(text, lo, start) is not None

    def _place(self, key: str) -> bool:
        lex = self.lex
        return key in lex.places or key in lex.cities or key in lex.countries

    def _country(self, code: str | None, name: str, start: int, end: int, text: str) -> Mention:
        """A country mention.

        "the Peruvian government" and "government of Canada" are kept whole as the form the
        text uses.
        """
        m = (
            _GOVERNMENT_AFTER.match(text, end)
            if text[end : end + 1] in _SP_FIRST and text[end + 1 : end + 2] in _GOVERNMENT_NEXT
            else None
        )
        surface_start, surface_end = start, end
        if m is not None:
            surface_end = m.end()
        else:
            lo = start - 30 if start > 30 else 0
            before = (
                _GOVERNMENT_BEFORE.search(text, lo, start)
                if text.find("overnment of", lo, start) >= 0
                else None
            )
            if before is not None:
                surface_start = before.start()
                if text[surface_start : surface_start + 4].lower() == "the ":
                    surface_start += 4
        surface = text[surface_start:surface_end]
        if surface.endswith(_POSSESSIVE_ENDS):
            surface = _strip_possessive(surface)[0]
        return Mention(surface_start, surface_end, surface, _COUNTRY, name, None, code)

    def _org(self, seg: list[_Token], words: list[str], text: str, floor: int) -> Mention:
        """An organisation.

        Its country from a country word in its name ("Bank of Chile", "Kenyan Customs and
        Border Protection"), else from the table of well-known companies, else from the
        words before it.
        """
        lex = self.lex
        start, end = seg[0].start, seg[-1].end
        affiliation: str | None = None
        for word in words:
            country = _country_word(lex, word)
            if country is not None:
                affiliation = country.code
                break
        if affiliation is None:  # a well-known company's home ("Kaito Motor Corp")
            affiliation = lex.company_country(words)
        if affiliation is None:
            affiliation = _affiliation_before(lex, text, start, floor)
        return Mention(start, end, text[start:end], _ORG, None, None, affiliation)

    def _office(self, texts: tuple[str, ...], lows: list[str]) -> tuple[int, int, int] | None:
        """Where capitalised title words before a name open and end, and where the name opens.

        "Dutch Trade Minister Pieter Van Aalst" gives (1, 2, 3); "Secretary of State Anne
        Porter" gives (0, 0, 3); None where no title head comes before a name.
        """
        lex = self.lex
        block_start, head_at = -1, -1
        i, n = 0, len(texts)
        while i < n - 1:
            if lows[i] in lex.title_words and texts[i][:1].isupper():
                first, last_head = i, -1
                while i < n and (
                    (lows[i] in lex.title_words and texts[i][:1].isupper())
                    # "Transport and Tourism Commissioner": "and" inside the office
                    or (lows[i] == "and" and i + 1 < n and lows[i + 1] in lex.title_words)
                ):
                    if lows[i] in lex.title_heads:
                        last_head = i
                    i += 1
                if last_head >= 0:
                    block_start, head_at = first, last_head
            else:
                i += 1
        if head_at < 0:
            return None
        j = head_at + 1
        while j < n - 1 and lows[j] in lex.title_tails:  # "President Elect Ana Ruiz"
            j += 1
        if j < n and lows[j] in {"of", "for"}:  # "Secretary of State Anne Porter"
            j += 1
            while j < n and (
                lows[j] in lex.title_words
                or lows[j] in {"and", "the"}
                # "Chancellor of the Exchequer Edwin Hale": the office runs up to the name
                or (j < n - 2 and texts[j] not in self.given_names)
            ):
                j += 1
        if j >= n or any(low in _SPLIT_AT for low in lows[j:]):
            return None
        return block_start, head_at, j

    def _titled(
        self,
        seg: list[_Token],
        lows: list[str],
        *,
        text: str,
        floor: int,
        ceiling: int,
        shape: _Shape,
    ) -> list[Mention]:
        """A person after capitalised title words or an honorific.

        "Dutch Trade Minister Pieter Van Aalst", "Corvex Executive Vice President Dana
        Whitfield", "Mr Kessler". The segment is one :meth:`_shape` found titled.
        """
        lex = self.lex
        if seg[0].text in {"Sheikh", "Sheikha"} and len(seg) > 1:
            return [self._person(seg, text, floor, ceiling)]  # the name keeps its Sheikh
        if seg[0].text.rstrip(".") in _HONORIFICS and len(seg) > 1:
            return [self._person(seg[1:], text, floor, ceiling, alias_start=seg[0].start)]
        office = shape.office
        if office is None:  # pragma: no cover - the shape of the segment said it has one
            return []
        block_start, head_at, j, known = office
        name = seg[j:]
        if known:
            return list(self._read(name, text, floor, ceiling))  # "Prime Minister of Canada"
        out: list[Mention] = []
        affiliation: str | None = None
        prefix_words: list[str] = []
        for i in range(block_start):
            country = _country_word(lex, seg[i].text)
            if country is not None:
                affiliation = country.code
            else:
                prefix_words.append(lows[i])
        if shape.body_of:  # "Bank of Japan Governor": the body's words stay in the title
            prefix_words = lows[:block_start]
        if prefix_words:
            prefix = seg[:block_start]
            while prefix and _country_word(lex, prefix[0].text) is not None:
                prefix = prefix[1:]
            if prefix:
                out.extend(self._read(prefix, text, floor, ceiling))
                for m in out:
                    if m.affiliation and affiliation is None and m.kind is not _COUNTRY:
                        affiliation = m.affiliation
        for i in range(head_at + 1, j):
            country = _country_word(lex, seg[i].text)
            if country is not None and affiliation is None:
                affiliation = country.code
        title_words = prefix_words[:]
        for low in lows[block_start:j]:
            if low in lex.title_tails and title_words:
                title_words[-1] = f"{title_words[-1]}-{low}"  # "president-elect"
            else:
                title_words.append(low)
        if block_start == 0:  # "former Secretary of State X"
            before = _back_words(text, max(floor, seg[0].start - 30), seg[0].start)
            while before and before[-1].islower() and before[-1] in lex.title_words:
                title_words.insert(0, before.pop())
        title = " ".join(title_words)
        person = self._person(name, text, floor, ceiling)
        employer = next((m.key_name for m in out if m.kind is not _COUNTRY), None)
        # the person with the office's title: a mention just made, changed in place
        person.title = title
        if affiliation is not None:
            person.affiliation = affiliation
        person.employer = employer or person.employer
        out.append(person)
        return out

    def _person(
        self,
        seg: list[_Token],
        text: str,
        floor: int,
        ceiling: int,
        *,
        alias_start: int | None = None,
    ) -> Mention:
        """A person, with a title and country from the words around the name."""
        start, end = seg[0].start, seg[-1].end
        name = text[start:end]
        surface_start = start if alias_start is None else alias_start
        found = _title_before(self.lex, text, surface_start, floor) or _title_after(
            self.lex, text, end, ceiling
        )
        if found is None:
            return Mention(surface_start, end, text[surface_start:end], _PERSON, name)
        return Mention(
            surface_start,
            end,
            text[surface_start:end],
            _PERSON,
            name,
            found.title,
            found.affiliation,
            False,  # noqa: FBT003 - not tentative, given in place (positional is faster)
            found.employer,
        )


# --- scanning for listed words ----------------------------------------------------------


def _boundary(text: str, i: int) -> bool:
    r"""Whether a regex ``\b`` holds at offset ``i`` of ``text``."""
    # a character a regex \w matches is alphanumeric or "_"
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    after = i < len(text) and (text[i].isalnum() or text[i] == "_")
    return before != after


def _listed(text: str, words: Iterable[str], finder: str | None = None) -> list[tuple[int, int]]:
    r"""Where the listed words stand in ``text`` as whole words: (start, end), left to right.

    Where two overlap, the one that starts first wins, and of those the longest: what a
    regex alternation with ``\b`` at both ends finds. Each group of words that share an
    opening (see :func:`_word_groups`) is looked for with one ``str.find`` of that opening,
    which skips through the text far faster than a regex engine trying an alternation of
    words at every position. An opening of ASCII characters other than "?" is looked for
    in ``finder``, where given: a stand-in of ``text`` in which it stands where it stands
    in the text (:func:`newsevents._text.ascii_text`), at less cost.
    """
    found: dict[int, int] = {}
    for opening, group in _word_groups(frozenset(words)):
        find = (
            finder.find
            if finder is not None and opening.isascii() and "?" not in opening
            else text.find
        )
        at = find(opening)
        while at >= 0:
            if _boundary(text, at):  # where a word opens: the same for every word of the group
                for word in group:
                    end = at + len(word)
                    if (
                        found.get(at, -1) < end
                        and text.startswith(word, at)
                        and _boundary(text, end)
                    ):
                        found[at] = end
            at = find(opening, at + 1)
    out: list[tuple[int, int]] = []
    last = 0
    for start in sorted(found):
        if start >= last:
            last = found[start]
            out.append((start, last))
    return out


_SHARED_OPENING = 5


def _shared_opening(a: str, b: str) -> str:
    """The letters two words open with alike: "spokesman", "spokeswoman" give "spokes"."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]


"""The fewest letters words share for :func:`_word_groups` to look for them together."""


@functools.lru_cache(maxsize=64)
def _word_groups(words: frozenset[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words in groups that open alike, each with its shared opening.

    "official" and "officials" are found by one search for "official"; "spokesman" and
    "spokeswoman" by one for "spokes". Each word stands wherever its opening stands, so
    searching for the opening misses none.
    """
    groups: list[tuple[str, list[str]]] = []
    for word in sorted(w for w in words if w):
        if groups:
            opening = _shared_opening(groups[-1][0], word)
            if len(opening) >= _SHARED_OPENING or opening == groups[-1][0]:
                groups[-1] = (opening, [*groups[-1][1], word])
                continue
        groups.append((word, [word]))
    return tuple((opening, tuple(group)) for opening, group in groups)


_BEFORE_HEAD_WORDS = 4
"""The most words the pattern of what comes before a head noun reads."""


def _last_words_start(text: str, lo: int, hi: int, count: int) -> int:
    """Where the last ``count`` whitespace-separated chunks of ``text[lo:hi]`` start.

    ``lo`` if there are no more than ``count`` of them.
    """
    window = text[lo:hi]
    parts = window.rsplit(maxsplit=count)
    if len(parts) <= count:
        return lo
    tail = window[len(parts[0]) :]
    return lo + len(window) - len(tail.lstrip())


# --- lower-case known bodies ---------------------------------------------------------------


@attrs.frozen
class BodyRecognizer:
    """Finds bodies written in lower case: "the state department said".

    The known bodies of the lexicon, and the state bodies wire copy names by their
    portfolio ("the interior ministry said", "the central bank", see
    :mod:`newsevents._actors_bodies`).

    >>> from newsevents._document import Document
    >>> [m.name for m in BodyRecognizer()(Document(text="the state department said"))]
    ['State Department']
    """

    lex: Lexicon = attrs.field(factory=lexicon)
    _forms: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """The lower-case forms, as one set made once: :func:`_listed` groups them once too."""

    @_forms.default
    def _lower_forms(self) -> frozenset[str]:
        return frozenset(self.lex.lower_bodies)

    def __call__(self, document: Document) -> list[ActorMention]:
        """The lower-case body mentions in ``document`` (see :meth:`mentions`)."""
        return [m.public() for m in self.mentions(document)]

    def mentions(self, document: Document) -> Iterator[Mention]:
        """The lower-case body mentions in ``document``, in their working form.

        A line break inside a body's words is a space, as hard-wrapped copy writes it
        ("the state" at a line's end, "department said" on the next); a blank line is not.
        """
        text = document.text
        finder: str | None = ascii_text(text)
        if finder is text:
            finder = None  # the text is its own stand-in
        if "\n" in text:  # the same length, so every offset still points at the text
            text = text.replace("\n", " ")
            finder = None if finder is None else finder.replace("\n", " ")
        for start, end in _listed(text, self._forms, finder):
            form = text[start:end]
            body = self.lex.lower_bodies[form]
            yield Mention(start, end, form, body.kind, body.name, None, body.country)
        yield from state_body_mentions(document, self.lex)


# --- unnamed actors: groups and anonymous sources ------------------------------------------


_DETERMINERS = ("a", "an", "one", "two", "three", "four", "five", "several", "another", "other")
_SENIOR = ("senior", "top", "local")


_QUALIFIER_OPENING = rf"(?=\b\w|[{_UP}]|$)"
"""What a match of the words before a head noun opens with (a word, a capital of "U.S.", or
the end): the engine tries the pattern at every offset, and fails the others at once."""


def _unnamed_patterns(
    lex: Lexicon,
) -> tuple[frozenset[str], re.Pattern[str], tuple[str, ...]]:
    """The head nouns of unnamed actors, and the pattern of the words that may come before one.

    That pattern reads at most ``_BEFORE_HEAD_WORDS`` words, each in one chunk of text
    between spaces; its optional words are alternations with nothing (see ``_SP``), as it is
    tried at each word before a head noun. Third, the lower-case words one of those chunks
    can end in, when it is no country (see :func:`_may_qualify`).
    """
    heads = lex.source_nouns | _GROUP_HEADS
    mods = "|".join(sorted(lex.source_modifiers, key=len, reverse=True))
    before = re.compile(
        rf"{_QUALIFIER_OPENING}(?:\b(?P<det>(?i:{'|'.join(_DETERMINERS)}))\s+|)"
        rf"(?:\b(?P<senior>{'|'.join(_SENIOR)})\s+|)"
        rf"(?:(?P<country>{_DOTTED}|\b[{_UP}][\w-]*)\s+|)"
        rf"(?:\b(?P<mod>{mods})\s+|)$"
    )
    ends = {*_DETERMINERS, *_SENIOR} | {
        mod.split()[-1] for mod in lex.source_modifiers if mod.split()
    }
    return frozenset(heads), before, tuple(sorted(ends))


def _may_qualify(window: str, ends: tuple[str, ...]) -> bool:
    """Whether the words before a head noun may qualify it: a cheap test before the pattern.

    The pattern of :func:`_unnamed_patterns` matches some words only where the text ends
    in white space after a chunk that ends in a determiner, "senior", a source modifier
    or holds a capital (a country), those words being ``ends``; else it matches nothing,
    and the noun qualifies none.
    A chunk that is not plain ASCII goes to the pattern too (its case-blind determiners
    match letters such as the long s).
    """
    if not window[-1:].isspace():
        return False
    chunks = window.rsplit(None, 1)
    if not chunks:
        return False
    chunk = chunks[-1]
    return not chunk.isascii() or not chunk.islower() or chunk.endswith(ends)


@attrs.frozen
class UnnamedRecognizer:
    """Finds anonymous sources and unnamed groups.

    A source is a source noun with a determiner, a country or a qualifier before it
    ("two sources", "a US official", "banking sources", "a spokesman"); a group is a
    plural noun for people in office with a country word before it ("Peruvian officials").

    >>> from newsevents._document import Document
    >>> doc = Document(text="Peruvian officials briefed a US official, then two sources.")
    >>> [(m.name, m.kind.value) for m in UnnamedRecognizer()(doc)]
    [('Peruvian officials', 'group'), ('US official', 'anonymous'), ('two sources', 'anonymous')]
    """

    lex: Lexicon = attrs.field(factory=lexicon)
    patterns: tuple[frozenset[str], re.Pattern[str], tuple[str, ...]] = attrs.field(init=False)

    @patterns.default
    def _compile(self) -> tuple[frozenset[str], re.Pattern[str], tuple[str, ...]]:
        return _unnamed_patterns(self.lex)

    def __call__(self, document: Document) -> list[ActorMention]:
        """The unnamed actors in ``document``."""
        return [m.public() for m in self.mentions(document)]

    def mentions(self, document: Document) -> list[Mention]:
        """The unnamed actors in ``document``, in their working form."""
        lex = self.lex
        text = document.text
        heads, before, ends = self.patterns
        out = []
        finder = ascii_text(text)
        for at, end in _listed(text, heads, None if finder is text else finder):
            noun = text[at:end]
            # the pattern cannot start before the last few words: it need not try there
            lo = _last_words_start(text, max(0, at - 60), at, _BEFORE_HEAD_WORDS)
            if not _may_qualify(text[lo:at], ends):
                continue  # no word before the noun qualifies it
            m = before.search(text, lo, at)
            if m is None:  # pragma: no cover - the pattern matches the empty string
                continue
            det, country, mod = m.group("det"), m.group("country"), m.group("mod")
            code = None
            if country:
                found = lex.country_of(country)
                if found is not None and noun in _GROUP_HEADS and country[1:].islower():
                    found = lex.demonyms.get(country)  # "Peruvian officials", not "Peru officials"
                if found is None:
                    country = None
                    if det or m.group("senior"):
                        continue  # "a Tamrat spokesman": not a country's
                else:
                    code = found.code
            plural = noun.endswith("s")
            if noun in lex.source_nouns and (noun.startswith("source") or not plural):
                if not (det or country or mod):
                    continue
                if noun.startswith("source") and text.startswith(" of ", end):
                    continue  # "a source of friction": a cause, no one who speaks
                kind = _ANONYMOUS
            elif country and noun in _GROUP_HEADS:
                kind = _GROUP
            else:
                continue
            words = [w for w in (m.group("senior"), country, mod, noun) if w]
            if det:
                det = det.lower()
            if det and det not in {"a", "an", "other", "another", "one"}:
                words.insert(0, det)  # "two sources"; "a US official" is named "US official"
            start = m.start() if m.end() > m.start() else at
            while text[start : start + 1].isspace():
                start += 1
            out.append(Mention(start, end, text[start:end], kind, " ".join(words), None, code))
        return out
