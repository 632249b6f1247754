"""Statistics: read from the sentences of a story, with the evidence for each.

Every quantity the scanner found is a candidate. The rules, in order:

1. Drop what measures nothing: durations ("a five-year hiatus"), ages ("aged 42"),
   lone "one", the anaphoric "the two men", counts of sources ("two diplomats said"),
   and any number inside a time expression.
2. Read the rest from their sentence: the measure (the noun phrase after the number,
   "500 engineers", or the subject before the verb, "the number of asylum claims ... reached
   12,400"), the period (the time mention that governs it, else the one the paragraph
   set), the place, the source (the speaker of "X said", "according to X data"), and the
   qualifiers ("at least", "record", "down from").
3. One statistic per value and measure: a number the headline repeats, or the body
   states twice for the same thing, is kept once.
"""

from __future__ import annotations

__all__ = ["find_statistics"]

import bisect
import functools
import math
import operator
import re
from typing import TYPE_CHECKING, NamedTuple

from newsevents._clauses import (
    SOURCE_KEYS,
    ActorIndex,
    TimeIndex,
    Zones,
    _gazetteer,
    attribution,
    backwards_words,
    data_rows,
    first_place,
    inside,
    key_starts,
    last_end_reversed,
    place_country,
    place_phrases,
    place_starts,
    read,
    reference_date,
    word_set,
)
from newsevents._model import _STATISTIC_SLOTS, ActorKind, Place, Span, Statistic, TimeSpan
from newsevents._quantities import DURATION_UNITS, trie

if TYPE_CHECKING:
    from collections.abc import Iterable

    from newsevents._document import Document
    from newsevents._mentions import Quantity, TimeMention
    from newsevents._model import Actor

# --- what is not a statistic ------------------------------------------------------------

_TIME_UNITS = word_set(
    """second seconds minute minutes hour hours day days week weeks month months year years
    decade decades century centuries"""
)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", re.IGNORECASE)
_DURATION_AFTER = re.compile(
    r"-?\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b(?!\s+(?:ago|"
    r"earlier|before|after|later)\b)",
    re.IGNORECASE,
)
_DURATION_OPENERS = frozenset("-ymwdhsYMWDHS \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")
"""The ASCII characters :data:`_DURATION_AFTER` can open with: a hyphen, white space, or
the first letter of a unit of time (other text always runs it)."""
_ANAPHORIC_COUNT = re.compile(
    r"\b(?:the|these|those|both|all|its|their|his|her)\s+$", re.IGNORECASE
)
_SOURCE_COUNT = re.compile(
    r"\s+(?:\w+\s+)?(?:sources?|officials?|diplomats?|people\s+familiar|persons?\s+familiar|"
    r"aides?|analysts?|witnesses?|sides|men|women|leaders|countries|parties)\b",
    re.IGNORECASE,
)
_NAME_WORDS = ("No.", "Number", "number", "Nos.", "Flight", "flight", "Route", "route")
_NAME_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _NAME_WORDS))})\s*$")
_ONE_ON_ONE = re.compile(r"-on-", re.IGNORECASE)
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
"""The first character of a number written as a word ("two", "a dozen")."""
_AGE_ENDS = frozenset({"age", "ged", "ges"})
"""The last three letters of "age", "aged" and "ages", the words :data:`_AGE_BEFORE`
reads (lower case): a cheap test before the pattern."""


@functools.lru_cache(maxsize=4096)
def _time_unit(unit: str) -> bool:
    """Whether a unit measures time ("years", "hours"): what a duration or an age has."""
    return unit in DURATION_UNITS or unit.lower() in _TIME_UNITS


def _not_statistic(text: str, q: Quantity, start: int) -> bool:
    """Whether a quantity measures nothing in the world.

    Rule: durations ("five-year hiatus", "three days of talks"), ages ("aged 42", "a
    42-year-old"), a lone "one", "the two men" (a count that points back), a count of the
    sources or sides of a story ("two diplomats said"), and numbers of a name ("No. 10")
    are not statistics.
    Example: in "the two sides met for three days", neither number is one.
    """
    unit = q.unit
    if unit is not None and _time_unit(unit):
        # a length of time or an age: the scanner reads "42-year-old", "John Smith, 42,"
        # and "aged 42" in "years old"
        return True
    span = q.span
    s, e = span.start, span.end
    before = text[max(start, s - 12) : s]
    # the patterns of what comes before run only where its last word is one they read
    last = before.rstrip()
    if last[-3:].lower() in _AGE_ENDS and _AGE_BEFORE.search(before):
        return True
    if unit is None:
        # the pattern runs only where the character after the number, or after a space
        # there, can open it: a hyphen, a space or the first letter of a unit of time
        opener = text[e : e + 1]
        if opener == " ":
            opener = text[e + 1 : e + 2]
        if (not opener.isascii() or opener in _DURATION_OPENERS) and _DURATION_AFTER.match(text, e):
            return True
    if last.endswith(_NAME_WORDS) and _NAME_BEFORE.search(before):
        return True
    if unit is None and q.text[:1] in _ASCII_LETTERS:
        if q.value == 1 and q.text.lower() in {"one", "a", "an", "single"}:
            return True
        if _ONE_ON_ONE.match(text, e) or (q.value <= 10 and _ANAPHORIC_COUNT.search(before)):
            return True
        if q.value <= 10 and _SOURCE_COUNT.match(text, e):
            return True
    return False


# --- measure ----------------------------------------------------------------------------

_FUNCTION = word_set(
    """to in on at from for of and or but the a an is are was were be been being has have
    had will would could should may might said says say told than as by with into over
    under per against compared versus vs this that these those it its their his her
    which who whom whose when while where after before since until during"""
)
_MOVE_VERBS = word_set(
    """fell rose dropped gained lost climbed slid jumped declined increased decreased
    surged plunged tumbled slumped eased added shed advanced retreated grew shrank
    rallied sank soared dipped edged fall rise drop gain lose climb slide jump decline
    increase decrease surge plunge tumble slump ease add shed advance grow shrink"""
)
_WORD = re.compile(r"[A-Za-z][\w’'&.-]*|[%$€£]|\d[\d,.]*")
_GAP_AND_WORD = re.compile(r"([^A-Za-z%$€£\d]*)([A-Za-z][\w’'&.-]*|[%$€£]|\d[\d,.]*)")
"""A word (as :data:`_WORD`) with what stands between it and the word before."""
_CLAUSE_WORDS = word_set(
    "and but while whereas as after which who that said says told say would will could"
)
_CLAUSE_START_BACKWARDS = re.compile(
    rf"[,;:(\"“”]|\s(?:[-–—]\s|(?:{backwards_words(_CLAUSE_WORDS)})\b)"
)
"""Where a clause starts (a comma, a dash, "and", "which", "said"...), written backwards
for :func:`last_end` on lower-case text; the white space before a dash or a word is one
branch, tried once at each character."""
_LEAD = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:total|number|count|amount|value|level|rate|share|sum|"
    r"figure|tally)\s+of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def _phrase_after(
    text: str, end: int, limit: int, *, money: bool, share: bool = False
) -> str | None:
    """The noun phrase right after a number: "12,400 migrants detained at the border".

    Rule: up to six words, from a word that is not a function word, through "of", "at",
    "in" and "from" chains, stopping at punctuation, verbs of saying and clause words.
    """
    stop = min(limit, end + 90)
    # the first word alone decides about half the numbers: read it before the rest
    first = _GAP_AND_WORD.match(text, end, stop)
    if first is None:
        return None
    gap, word = first.groups()
    if gap != " " and (gap.strip(" -\n") or gap.count("\n") > 1):
        return None
    low = word.lower()
    words: list[str] = []
    if (money and low in _MONEY_LEADS) or (share and low == "of"):
        words.append(word)
    elif low in _NO_MEASURE_LEADS or not word[0].isalpha():  # a digit is no letter
        return None
    else:
        abbreviation = "." in word[:-1]
        words.append(word if abbreviation else word.rstrip(".,"))
        if word.endswith((".", ",")) and not abbreviation:
            return _phrase_of(words)
    # ``finditer``: the loop mostly stops after a word or two of the 90 characters
    for match in _GAP_AND_WORD.finditer(text, first.end(), stop):
        gap, word = match.groups()
        if gap != " " and (gap.strip(" -\n") or gap.count("\n") > 1):
            break  # punctuation or a blank line; one line break is hard-wrapped copy
        if word.lower() in {
            "said",
            "says",
            "told",
            "and",
            "but",
            "was",
            "were",
            "is",
            "are",
            "to",
            "will",
            "would",
            "has",
            "have",
            "had",
            "than",
            "which",
            "who",
            "that",
            "this",
            "last",
            "next",
            "on",
            "since",
            "after",
            "before",
            "compared",
        }:
            break
        abbreviation = "." in word[:-1]  # "U.S.", "a.m." end no phrase
        words.append(word if abbreviation else word.rstrip(".,"))
        if len(words) >= 6 or (word.endswith((".", ",")) and not abbreviation):
            break
    return _phrase_of(words)


_NO_MEASURE_LEADS = _FUNCTION | _MOVE_VERBS
"""The words that open no measure after a number: function words and move verbs."""
_MONEY_LEADS = frozenset({"in", "on", "for", "of", "worth"})
"""What an amount of money is spent on or worth starts with ("$5m for roads")."""


def _phrase_of(words: list[str]) -> str | None:
    """The words of a phrase joined, without the function words it ends with."""
    while words and words[-1].lower() in _FUNCTION:
        words.pop()
    return " ".join(words) or None


def _phrase_before(story: _Story, start: int, lo: int) -> str | None:
    """The subject of the clause that leads to a number, with a move verb.

    Example: "The Nikkei fell 4.6%" gives "Nikkei fell".

    Rule: the words from the start of the clause to the verb before the number, without
    "the number of", and with the verb where it is a move (fell, rose, gained). The clause
    starts at the last clause mark in the :data:`_CLAUSE_REACH` characters before the
    number, else at the start of the sentence: the words of a long sentence are then read
    once for all its numbers (see :class:`_Tail`), each number taking only the few the
    rule keeps, so that a sentence of thousands of numbers costs no more than its length.
    """
    reach = start - _CLAUSE_REACH
    clause_lo = last_end_reversed(_CLAUSE_START_BACKWARDS, story.rlow, max(lo, reach), start)
    if clause_lo is None and reach > lo:
        tail = story.tails.get(lo)
        if tail is None:
            tail = story.tails[lo] = _Tail(story.text, lo)
        words = tail.words_before(start)
    else:
        words = _WORD.findall(story.text, lo if clause_lo is None else clause_lo, start)
    return _subject(words)


def _subject(words: list[str]) -> str | None:
    """The subject and move verb that ``words``, those of a clause up to a number, end with.

    Rule: drop the words that stand before a number at the end ("to", "about", "$"), then
    the verb with its auxiliaries, and keep the last :data:`_KEPT` words but "the number
    of"; the verb is kept after them where it is a move. After "at" or "around" with no
    verb, the noun phrase they follow.
    Example: the words of "The Nikkei fell" (before "4.6%") give "Nikkei fell".
    """
    if not words:
        return None
    ends_in_preposition = words[-1].lower() in {"at", "around"}
    while words and _before_number(words[-1]):
        words.pop()
    verb = None
    if words and _verb_before_number(words[-1]):
        verb = words.pop()
        while words and words[-1].lower() in _AUXILIARIES:
            words.pop()
    if verb is None and ends_in_preposition:
        # "expected to keep interest rates at 5.25%": the noun phrase before "at"
        k = len(words)
        while k > 0 and len(words) - k < 4 and not _verb_like(words[k - 1]):
            k -= 1
        if len(words) - k >= 2:  # one word ("level", "receive") says too little
            words = words[k:]
    joined = " ".join(words[-_KEPT:])
    lead = _LEAD.match(joined)
    phrase = joined[lead.end() :] if lead else joined
    if not phrase:
        return None
    if verb and verb.lower() in _MOVE_VERBS:
        phrase = f"{phrase} {verb}"
    return phrase


_CLAUSE_REACH = 160
"""How far before its number, in characters, :func:`_phrase_before` looks for a clause mark."""
_KEPT = 8
"""The most words :func:`_phrase_before` keeps before a number (before the verb it drops)."""


def _before_number(word: str) -> bool:
    """Whether a word stands between a subject and its number; :func:`_phrase_before` drops it.

    Rule: a figure, a sign, a preposition or a qualifier ("to", "at", "least", "about").
    Example: in "exports rose to about $5 billion", "to", "about" and "$".
    """
    return word[0].isdigit() or word in _SIGN_WORDS or word.lower() in _BEFORE_NUMBER


def _verb_before_number(word: str) -> bool:
    """Whether a word is the verb that leads to a number, which :func:`_phrase_before` takes.

    Rule: a move ("fell"), a link ("reached", "was") or a word in "-ed".
    Example: in "unemployment has climbed 4%", "climbed" (with "has" dropped).
    """
    low = word.lower()
    return low in _MOVE_VERBS or low.endswith("ed") or low in _LINKS


class _Tail:
    """The words of one long sentence read left to right once, for the numbers in it.

    :func:`_phrase_before` reads the words from the start of the clause to the number,
    drops those at the end that stand before a number (:func:`_before_number`, a run as
    long as "5 5 5 5 ..."), then a verb and its auxiliaries (another run), and keeps the
    last :data:`_KEPT` of the rest. So the words it reads up to any point can be summed up
    by a few: the last :data:`_KEPT`, the last :data:`_KEPT` before the auxiliaries they
    end with, and, while they end in a run of words before a number, the same two as they
    stood before the run. :meth:`words_before` gives, for a number after the words read so
    far, a list of at most ``_KEPT + 2`` words that the rule reads as it reads all the
    words before it: each word of the sentence is read once, however many numbers follow.

    Example: in "output rose 5 5 5 5", the words before the last 5 sum up as "output rose"
    and one "5".
    """

    __slots__ = (
        "_at",
        "_lo",
        "_matches",
        "_next",
        "_noaux",
        "_prev_noaux",
        "_run",
        "_tail",
        "_text",
    )

    def __init__(self, text: str, lo: int) -> None:
        """Start reading at ``lo``, the start of the sentence."""
        self._text = text
        self._lo = lo
        self._matches = _WORD.finditer(text, lo)
        self._next = next(self._matches, None)
        self._at = lo
        self._tail: tuple[str, ...] = ()
        """The last words read."""
        self._noaux: tuple[str, ...] = ()
        """The last words read before the auxiliaries they end with."""
        self._prev_noaux: tuple[str, ...] = ()
        """:attr:`_noaux` before the last word was read."""
        self._run: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        """:attr:`_tail` and :attr:`_prev_noaux` before the run of words before a number
        that the words read end with; ``None`` where they end in no such word."""

    def _read(self, word: str) -> None:
        """Read one more word."""
        if _before_number(word):
            if self._run is None:
                self._run = (self._tail, self._prev_noaux)
        else:
            self._run = None
        self._prev_noaux = self._noaux
        tail = self._tail = (*self._tail[1 - _KEPT :], word)
        if word.lower() not in _AUXILIARIES:
            self._noaux = tail

    def words_before(self, start: int) -> list[str]:
        """Words that :func:`_phrase_before` reads as all those from the start to ``start``.

        The numbers of a sentence come in order; one before a number asked for already
        gets all its words read again from the start of the sentence.
        """
        text = self._text
        if start < self._at:
            return _WORD.findall(text, self._lo, start)
        self._at = start
        match = self._next
        while match is not None and match.end() <= start:
            self._read(match.group())
            match = next(self._matches, None)
        self._next = match
        # a word that runs on into the number is cut there, as a search stopping there cuts it
        cut = text[match.start() : start] if match is not None and match.start() < start else ""
        run, tail, prev_noaux = self._run, self._tail, self._prev_noaux
        if cut:
            if not _before_number(cut):
                run = None
                prev_noaux = self._noaux
                tail = (*tail[1 - _KEPT :], cut)
            elif run is None:
                run = (tail, prev_noaux)
            last = cut
        elif tail:
            last = tail[-1]
        else:
            return []
        if run is not None:
            tail, prev_noaux = run
        # ``tail`` is what stands before the run: its last word the verb, if it is one
        words = [*prev_noaux, tail[-1]] if tail and _verb_before_number(tail[-1]) else list(tail)
        if run is not None:
            words.append(last)
        return words


_SIGN_WORDS = frozenset({"$", "%", "€", "£"})

_VERBS_BEFORE_OBJECTS = word_set(
    """keep keeps kept hold holds held set sets raise raises raised cut cuts lift lifts
    leave leaves left put puts bring brings brought take takes took provide provides
    lower lowers lowered boost boosts boosted trim trims trimmed"""
)


def _verb_like(word: str) -> bool:
    """Whether a word ends a noun phrase leftwards: a verb, a function word, a number."""
    low = word.lower()
    return (
        low in _FUNCTION
        or low in _VERBS_BEFORE_OBJECTS
        or low in _MOVE_VERBS
        or low in _LINKS
        or low.endswith(("ed", "ing"))
        or not word[0].isalpha()
    )


_LINKS = word_set("is are was were reached hit stood totalled totaled topped stands reaches hits")
_AUXILIARIES = word_set("has have had was were is are been also reportedly")

# --- qualifiers -------------------------------------------------------------------------

_QUALIFIER_WORDS = word_set(
    """least about around approximately roughly nearly almost over under some more less upwards
    fewer than up just an estimated only than"""
)
_BEFORE_NUMBER = _QUALIFIER_WORDS | word_set("to at by of from about some between")
"""What stands between a subject and its number: a qualifier or a preposition ("rose to",
"stood at")."""
_QUALIFIERS_BEFORE = (
    r"at\s+least", r"at\s+most", "about", "around", "approximately", "roughly", "nearly",
    "almost", r"more\s+than", "over", r"less\s+than", r"fewer\s+than", "under", r"up\s+to",
    "some", r"as\s+many\s+as", r"as\s+much\s+as", r"just\s+over", r"just\s+under",
    r"an\s+estimated", "estimated", r"a\s+record", "record", "only", "below", "above",
    r"close\s+to", r"upwards\s+of",
)  # fmt: skip
"""The qualifiers a number can follow, as patterns ("at least", "more than", "some")."""
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<q>{'|'.join(_QUALIFIERS_BEFORE)})\s+(?:\$|us\$|£|€)?$")
"""A qualifier right before a number, matched in lower-case text."""


def _backwards(pattern: str) -> str:
    r"""A qualifier pattern spelled backwards: "just\s+over" gives "revo\s+tsuj"."""
    return r"\s+".join(word[::-1] for word in reversed(pattern.split(r"\s+")))


_QUALIFIER_BEFORE_BACKWARDS = re.compile(
    r"(?:\$|\$su|£|€)?\s+(?P<q>"
    + "|".join(sorted(map(_backwards, _QUALIFIERS_BEFORE), key=len, reverse=True))
    + ")"
)
""":data:`_QUALIFIER_BEFORE` backwards (without its ``\\b``), matched at the number in the
reversed lower-case text: the longer phrases first ("just over" before "over"), so that it
finds the phrase that starts first, as the search does."""
_QUALIFIER_AFTER = re.compile(
    r"\b(?P<q>(?:the\s+)?(?:highest|lowest|biggest|largest|smallest|steepest|sharpest)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:on\s+record|ever|since\s+\w+(?:\s+\d{4})?|in\s+\w+\s+\w+)|"
    r"(?:a\s+|an\s+)?(?:record|all-time)\s+(?:high|low)|on\s+record|"
    r"(?:down|up)\s+from|a\s+record)\b"
)
"""A qualifier after a number, matched in lower-case text."""


_SUPERLATIVES = ("highest", "lowest", "biggest", "largest", "smallest", "steepest", "sharpest")
"""The superlatives :data:`_QUALIFIER_AFTER` reads; each holds "est". Every qualifier it
reads holds one of them, "record" or "all-time", but "down from" and "up from"."""


def _qualifiers(story: _Story, start: int, end: int, lo: int, hi: int) -> tuple[str, ...]:
    """The words that hedge or rank the number at ``[start, end)`` of a sentence ``[lo, hi)``.

    Rule: "at least", "about", "more than" before it; "the highest on record", "a record
    high", "down from" after it. Before it, :data:`_QUALIFIER_BEFORE_BACKWARDS` reads the
    phrase from the number leftwards, and the search runs only where that phrase does not
    start as the search finds (in the sentence, after no letter); after it, the pattern
    runs only where a word each qualifier after holds is there ("record", "highest",
    "from"), which most numbers lack.
    """
    found: list[str] = []
    low = story.low
    n = len(low)
    backwards = _QUALIFIER_BEFORE_BACKWARDS.match(story.rlow, n - start)
    if backwards is not None:
        lead = max(lo, start - 25)
        q_start, q_end = n - backwards.end("q"), n - backwards.start("q")
        if q_start >= lead and (q_start == 0 or not _word_char(low[q_start - 1])):
            found.append(" ".join(low[q_start:q_end].split()))
        else:
            before = _QUALIFIER_BEFORE.search(low, lead, start)
            if before:
                found.append(" ".join(before.group("q").split()))
    stop = min(hi, end + 80)
    window = low[end:stop]
    run = (
        "record" in window
        or "all-time" in window
        or ("est" in window and any(key in window for key in _SUPERLATIVES))
        or ("from" in window and ("down" in window or "up" in window))
    )
    if run:
        after = _QUALIFIER_AFTER.search(low, end, stop)
        if after:
            text = story.text
            found.append(" ".join(text[after.start("q") : after.end("q")].split()))
    return tuple(found)


def _word_char(char: str) -> bool:
    """Whether ``re`` reads a character as part of a word: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


_NOT_A_PERIOD = re.compile(
    r"(?:the\s+)?(?:past|last|next|coming)\s+(?:\w+\s+)?(?:decades?|years|centur|months|weeks|days)"
    r"|(?:a|an|one|two|three|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier|later)",
    re.IGNORECASE,
)
_PERIOD_OPENERS = frozenset("tTpPlLnNcCaAoO0123456789")
"""The ASCII characters :data:`_NOT_A_PERIOD` can start with: elsewhere in ASCII it cannot
match (other text runs it, as ``re`` folds some letters ``str.lower`` does not)."""
_BETWEEN_COMPARISON = re.compile(
    r"\b(?:down|up)\s+from\b|\bcompared\s+(?:with|to)\b|\bagainst\b|\bthan\b", re.IGNORECASE
)
"""A comparison between a number and a time: each holds "from", "compared", "against" or
"than"."""


def _compares(text: str, low: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sets up a comparison ("down from", "compared with").

    The pattern runs only where one of its words is there at all, in the lower-case text
    ``low``: a comparison word ("from", "than") is ASCII, as lower case as in ``text``.
    """
    window = low[start:end]
    return (
        "from" in window or "than" in window or "compared" in window or "against" in window
    ) and bool(_BETWEEN_COMPARISON.search(text, start, end))


# --- period -----------------------------------------------------------------------------

_LIMITS = (
    "since", "until", "by", "from", "compared with", "compared to", "than", "versus", "vs",
    "vs.", "before", "after", "due in",
)  # fmt: skip
"""The words that make a time after them a limit, not a period ("since 2008")."""


def _any_phrase(phrases: Iterable[str]) -> str:
    r"""An alternation of plain ``phrases``, any white space between words: "due\s+in"."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)


_NOT_PERIOD = re.compile(rf"\b(?:{_any_phrase(_LIMITS)})\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_PERIOD_BACKWARDS = re.compile(
    rf"\s+(?:eht\s+)?(?:{_any_phrase(limit[::-1] for limit in _LIMITS)})", re.IGNORECASE
)
""":data:`_NOT_PERIOD` backwards, without its ``\\b`` and reading on past the window: what
it matches at a time in the reversed lower-case text holds every match of the other."""


def _period(
    text: str, low: str, q_start: int, q_end: int, times: list[tuple[int, int, TimeMention]]
) -> TimeMention | None:
    """The time mention that governs the number at ``[q_start, q_end)``.

    Rule: the nearest in its sentence, after it first ("reached 12,400 in March"),
    skipping those that set a comparison ("compared with March"). ``times`` are the dated
    mentions of its sentence not set as a limit (see :func:`_read_unit`), as (start, end,
    mention).
    """
    best: TimeMention | None = None
    best_distance = 0
    for t_start, t_end, t in times:
        if t_start >= q_end:
            if _compares(text, low, q_end, t_start):
                continue
            distance = t_start - q_end
            if best is None or distance < best_distance:
                best = t
            # in order of start, the times after this one lie farther after the number
            break
        distance = int(1.5 * (q_start - t_end))
        if best is None or distance < best_distance:
            best, best_distance = t, distance
    return best


_LEVEL_AFTER_MOVE = re.compile(r"\b(?:to|at)\s+(?:\$|US\$|£|€)?$", re.IGNORECASE)
_LEVEL_AFTER_MOVE_BACKWARDS = re.compile(r" ?(?:\$|\$SU|£|€)?\s+(?:ot|ta)", re.IGNORECASE)
""":data:`_LEVEL_AFTER_MOVE` backwards, without its ``\\b`` and reading past its window:
what it matches at a number in the reversed lower-case text holds every match of the
other, which runs only there. It may start with a space, which is what the lower-case
text makes of a line break: the other's ``$`` also matches before a line break that ends
its window ("rose to US$" at the end of a line)."""
_COMPARISON = re.compile(
    r"\b(?:down\s+from|up\s+from|compared\s+(?:with|to)|from|against)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|more\s+than|less\s+than)\s+)?"
    r"(?:\$|US\$|£|€)?$",
    re.IGNORECASE,
)


def _compared(text: str, low: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a comparison ("down from", "compared with").

    Each :data:`_COMPARISON` holds "from", "compared" or "aga(inst)", so the pattern runs
    only where the lower-case text holds one; "aga", not "against", as ``re`` matches
    the "i" and "s" of a pattern with more letters than ``str.lower`` gives.
    """
    window = low[start:end]
    return ("from" in window or "compared" in window or "aga" in window) and bool(
        _COMPARISON.search(text, start, end)
    )


# --- the extractor ----------------------------------------------------------------------


_LETTERS = re.compile(r"[a-z]+")


def _words(measure: str | None) -> set[str]:
    if not measure:
        return set()
    return set(_LETTERS.findall(measure.lower())).difference(_FUNCTION)


_START = operator.attrgetter("span.start")
_new = object.__new__
_new_tuple = tuple.__new__
(
    _set_value,
    _set_unit,
    _set_measure,
    _set_period,
    _set_place,
    _set_source,
    _set_qualifiers,
    _set_spans,
    _set_period_inferred,
) = _STATISTIC_SLOTS


def find_statistics(document: Document, actors: tuple[Actor, ...]) -> tuple[Statistic, ...]:
    """Every statistic in the story, once, each with the spans it was read from.

    >>> # "Asylum claims filed in the northern provinces reached 12,400 in March,
    >>> # according to Interior Ministry data" is 12,400 asylum claims filed in the
    >>> # northern provinces, in March, from the Interior Ministry.
    """
    text = document.text
    if not document.quantities:
        return ()
    units, low, index, times, ascii_low = read(document, actors)
    today = reference_date(document)
    paragraphs = sorted(document.paragraphs, key=_span_key)
    paragraph_starts = [p.start for p in paragraphs]
    unit_spans = units.spans
    unit_starts = units.starts
    time_starts = times.all_starts
    time_ends = times.all_ends
    facts: dict[int, _UnitFacts] = {}
    long_starts: dict[int, list[int]] = {}
    made: dict[int, Place] = {}
    body: list[Statistic] = []
    head: list[Statistic] = []
    keys: dict[tuple[float, str | None], list[str | None]] = {}
    last_measure: tuple[int, str | None] = (-1, None)
    head_span = units.headline
    story_day = TimeSpan.day(today) if today is not None else None
    story = _Story(text, low, index, times, ascii_low)
    rlow = story.rlow
    n = len(rlow)
    ordered = sorted(document.quantities, key=_START)
    h_start, h_end = -1, -1
    if head_span is not None:
        # the body first: a figure the headline repeats is the body's
        h_start, h_end = head_span.start, head_span.end
        ordered = [q for q in ordered if not h_start <= q.span.start < h_end] + [
            q for q in ordered if h_start <= q.span.start < h_end
        ]
    for q in ordered:
        span = q.span
        q_start, q_end = span.start, span.end
        i = bisect.bisect_right(unit_starts, q_start) - 1
        if i < 0:
            continue
        unit = unit_spans[i]
        u_start, u_end = unit.start, unit.end
        if q_start >= u_end or not math.isfinite(q.value) or _not_statistic(text, q, u_start):
            continue
        # inside a time expression ("in 1986", "April 18"): one of the few before it
        t = bisect.bisect_right(time_starts, q_start)
        if t and max(time_ends[t - 4 if t > 4 else 0 : t]) >= q_end:
            continue
        fact = facts.get(i)
        if fact is None:
            fact = facts[i] = _read_unit(story, u_start, u_end)
        speaker, dated, phrase, places, breaks = fact
        if speaker is None and i - 1 in facts:
            paragraph = bisect.bisect_right(paragraph_starts, q_start) - 1
            if paragraph >= 0 and unit_spans[i - 1].start >= paragraphs[paragraph].start:
                # a figure in the sentence after "X said ..." in the same paragraph
                speaker = facts[i - 1].speaker
        if last_measure[0] == i and (
            _compared(text, low, max(u_start, q_start - 24), q_start)
            or (
                _LEVEL_AFTER_MOVE_BACKWARDS.match(rlow, n - q_start) is not None
                and _LEVEL_AFTER_MOVE.search(text, max(u_start, q_start - 8), q_start)
            )
        ):
            # "down from 410", "fell 4.6% to 6,912.40": the same measure as the number before
            measure = last_measure[1]
        else:
            q_unit = q.unit
            money = q_unit is not None and len(q_unit) == 3 and q_unit.isupper()
            after = q_end
            joined = q.range_span
            if joined is not None and joined.start == q_start and q_end < joined.end <= u_end:
                after = joined.end  # "between 20 and 30 people": the range's first measures it
            measure = _phrase_after(
                text, after, u_end, money=money, share=q_unit == "percent"
            ) or _phrase_before(story, q_start, u_start)
        last_measure = (i, measure)
        is_head = u_start == h_start and u_end == h_end
        key = (q.value, q.unit)
        measured = keys.get(key)
        if measured is None:
            keys[key] = [measure]
        elif _seen(measured, q.value, measure, headline=is_head):
            continue
        else:
            measured.append(measure)
        # however long the sentence, a number reads only the time mentions near it
        if not dated:
            governing = None
        else:
            if dated[0][0] >= q_start - _REACH and dated[-1][0] <= q_end + _REACH:
                near = dated  # a sentence shorter than the reach, as most are
            else:
                # a long sentence: its time starts listed once, for the bisects
                dated_starts = long_starts.get(i)
                if dated_starts is None:
                    dated_starts = long_starts[i] = [row[0] for row in dated]
                near = dated[
                    bisect.bisect_left(dated_starts, q_start - _REACH) : bisect.bisect_right(
                        dated_starts, q_end + _REACH
                    )
                ]
            governing = _period(text, low, q_start, q_end, near) if near else None
        spans: tuple[Span, ...] = (span,)
        if governing is not None:
            other = governing.span
            o_start, o_end = other.start, other.end
            if o_start != q_start or o_end != q_end:
                spans = (span, other) if (q_start, q_end) <= (o_start, o_end) else (other, span)
        value = q.value
        q_unit = q.unit
        source = speaker.id if speaker is not None else None
        # a figure the story gives no time is as of the day of the report
        period = governing.when if governing is not None else story_day
        qualifiers = _qualifiers(story, q_start, q_end, u_start, u_end)
        place = None
        if places:
            row = _place_of(places, breaks, phrase, q_start, q_end)
            if row is not None:
                # one Place for each place named, made only for a figure that takes it
                place = made.get(row[0])
                if place is None:
                    p_start, p_end, name = row[0], row[1], row[2]
                    place = made[p_start] = Place(
                        name=name,
                        country=place_country(name),
                        spans=(Span(start=p_start, end=p_end),),
                    )
        if place is None:
            place = _currency_place(q_unit)
        if (
            value.__class__ is float
            and (q_unit is None or (q_unit.__class__ is str and q_unit.strip()))
            and (source is None or (source.__class__ is str and source.strip()))
        ):
            # the other fields are valid by construction: the slots are filled directly,
            # as Statistic's own fast path does after its checks
            statistic = _new(Statistic)
            _set_value(statistic, value)
            _set_unit(statistic, q_unit)
            _set_measure(statistic, measure)
            _set_period(statistic, period)
            _set_place(statistic, place)
            _set_source(statistic, source)
            _set_qualifiers(statistic, qualifiers)
            _set_spans(statistic, spans)
            _set_period_inferred(statistic, governing is None and story_day is not None)
        else:
            statistic = Statistic(
                value=value,
                unit=q_unit,
                measure=measure,
                period=period,
                place=place,
                source=source,
                qualifiers=qualifiers,
                spans=spans,
                period_inferred=governing is None and story_day is not None,
            )
        (head if is_head else body).append(statistic)
    return tuple(body + head)


class _UnitFacts(NamedTuple):
    """What a sentence says once for all its numbers: who says it, when, where."""

    speaker: Actor | None
    dated: list[tuple[int, int, TimeMention]]
    """The dated time mentions that can be a period, as (start, end, mention)."""
    phrase: tuple[int, int, str, bool] | None
    """The place the sentence gives with "in", "at" or "to", as a row of ``places``."""
    places: list[tuple[int, int, str, bool]]
    """The places the sentence names, as (start, end, name, locative), left to right."""
    breaks: list[int]
    """Where its clauses break, for the places of its numbers."""


class _Story:
    """What the sentences of one story share: its text and indexes.

    Also, found once for all its sentences: where its speech keys stand, where a place
    phrase can start, and its lower-case text reversed, which the backwards patterns
    read at a number or a time without a slice of their own.
    """

    __slots__ = (
        "index",
        "low",
        "named",
        "named_starts",
        "place_starts",
        "rlow",
        "speech_starts",
        "tails",
        "text",
        "times",
    )

    def __init__(
        self,
        text: str,
        low: str,
        index: ActorIndex,
        times: TimeIndex,
        ascii_low: str | None = None,
    ) -> None:
        """Find the speech keys and the place starts, and reverse the lower-case text.

        The speech keys are found in ``ascii_low``, a stand-in of ``low``
        (:func:`~newsevents._clauses.ascii_lower`), if given.
        """
        self.text = text
        self.low = low
        self.index = index
        self.times = times
        self.speech_starts = key_starts(low if ascii_low is None else ascii_low, SOURCE_KEYS)
        self.rlow = low[::-1]
        self.place_starts = place_starts(text, here=False)  # statistics take no "here"
        self.named: list[tuple[int, int, str]] | None = None
        """The places the story names (:func:`_place_names`), found at the first ask."""
        self.named_starts: list[int] = []
        self.tails: dict[int, _Tail] = {}
        """The long sentences read so far by :func:`_phrase_before`, by their start."""

    def places_within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The places the story names inside ``[start, end)``, read once for the story."""
        named = self.named
        if named is None:
            named = self.named = _place_names(self.text, 0, len(self.text))
            self.named_starts = [row[0] for row in named]
        starts = self.named_starts
        return named[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def _read_unit(story: _Story, start: int, end: int) -> _UnitFacts:
    """The speaker, the dated time mentions and the place of the sentence ``[start, end)``.

    A dated mention inside the attribution ("said on Monday"), one that names no period
    ("the past two years"), or one that sets a limit ("since 2008", "due in 1988") is no
    number's period.
    """
    text, low, index, times = story.text, story.low, story.index, story.times
    said = attribution(
        text,
        low,
        start,
        end,
        index,
        source=True,
        starts=story.speech_starts,
        reversed_low=story.rlow,
    )
    zones, speaker = said
    dated: list[tuple[int, int, TimeMention]] = []
    rlow = story.rlow
    n = len(rlow)
    rows = times.rows_within(start, end)
    if rows:
        # a sentence holds one attribution zone at most, as a rule: a bisect only past that
        covered = Zones(zones) if len(zones) > 1 else None
        for row in rows:
            t_start, t_end, t = row
            if (
                covered.covers(t_start, t_end)
                if covered is not None
                else inside(zones, t_start, t_end)
            ):
                continue
            opener = t.text[:1]
            if (
                (opener in _PERIOD_OPENERS or not opener.isascii()) and _NOT_A_PERIOD.match(t.text)
            ) or (
                # a limit ("since", "compared with"): its pattern runs only where its
                # backwards form matches at the time, which most times, after "in" or
                # "on", fail at once (both ignore case, so they read "ſince" alike)
                _NOT_PERIOD_BACKWARDS.match(rlow, n - t_start) is not None
                and _NOT_PERIOD.search(text, max(start, t_start - 16), t_start) is not None
            ):
                continue
            dated.append(row)
    phrase = None
    places: list[tuple[int, int, str, bool]] = []
    phrases = place_phrases(text, start, end, story.place_starts)
    named = story.places_within(start, end)
    if (phrases or named) and not text[start:end].isupper():
        skip = Zones(
            zones
            + [(t.span.start, t.span.end) for t in times.any_within(start, end)]
            + [
                (item.start, item.end)
                for item in index.within(start, end)
                if item.actor.kind is not ActorKind.COUNTRY
            ]
        )
        found = first_place(phrases, here=None, skip=skip) if phrases else None
        kept = _kept(text, start, named, skip)
        if found is not None:
            p_start, p_end = found[1].start, found[1].end
            kept = [row for row in kept if row[1] <= p_start or row[0] >= p_end]
            side = _side(text, start, p_start, p_end)
            if side != _PARTNER:
                phrase = (p_start, p_end, found[0], side == _LOCATIVE)
                kept.append(phrase)
        places = kept
        if len(places) > 1:
            places.sort(key=_FIRST)
    # ``tuple.__new__`` makes the named tuple at C speed (its generated ``__new__`` is Python)
    breaks = _clause_breaks(text, start, end) if len(places) > 1 else []
    return _new_tuple(_UnitFacts, (speaker, dated, phrase, places, breaks))


def _seen(measured: list[str | None], value: float, measure: str | None, *, headline: bool) -> bool:
    """Whether a figure is one the story already gave, with the ``measured`` it gave it for.

    Rule: the same value and unit, where the figure is in the headline, is distinctive
    (1,000 or more), or measures mostly the same words.
    Example: "31 million Britons" after "31 million postal voters" is the same figure.
    """
    if headline or abs(value) >= _DISTINCTIVE:
        return True
    words = _words(measure)
    if not words:
        return False
    for known_measure in measured[-20:]:
        known = _words(known_measure)
        if known and 2 * len(words & known) >= min(len(words), len(known)):
            return True
    return False


# --- the place of each figure -----------------------------------------------------------


@functools.cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """Demonym adjectives (lower case) and ISO codes to countries' common English names."""
    by_code: dict[str, str] = {}
    for row in data_rows("iso3166.tsv"):
        if len(row) >= 2 and row[1]:
            by_code[row[0]] = row[1]
    by_demonym: dict[str, str] = {}
    for row in data_rows("countries.tsv"):
        if len(row) >= 2 and len(row[0]) == 2 and row[1]:
            by_code[row[0]] = row[1]
            if len(row) > 3:
                for word in row[3].split("|"):
                    if word:
                        by_demonym.setdefault(word.lower(), row[1])
    return by_demonym, by_code


_WORD_AFTER = re.compile(r"[ \t]+[A-Za-z]")
"""A word after a country's adjective, which it describes."""
_NAMED_PLACE = re.compile(
    r"[A-Z](?:(?<=[^\w]near\s[A-Z])|(?<=[^\w]outside\s[A-Z])|(?<=\sof\s[A-Z]))"
    r"[\w-]*(?:[ \t]+[A-Z][\w-]*)?"
)
"""A place after "near", "outside" or "the province of", known or not: "near Kunduz".
The plain rule of :data:`_AFTER_NEAR`, which finds the same names faster."""
_AFTER_NEAR = tuple(
    re.compile(rf"{word}(?<={before}{word})\s(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)")
    for word, before in (("near", r"[^\w]"), ("outside", r"[^\w]"), ("of", r"\s"))
)
""":data:`_NAMED_PLACE` split in three, each opening with its word ("near"), which ``re``
finds as fast as ``str.find`` (a capital opening a pattern is searched as a set of
letters, at several times the cost); the name is the group ``name``."""
_NEAR_REACH = 9
"""How far before its name :data:`_NAMED_PLACE` reads: "outside" and a character before."""


def _names_after_near(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """What :data:`_NAMED_PLACE` finds in ``text[start:end]``, as (start, end, name).

    Rule: each pattern of :data:`_AFTER_NEAR` is searched again one character after each
    match, so that every name it can match is listed (one whose word stands inside the
    name before it too), from :data:`_NEAR_REACH` before ``start``, as the look-behinds
    read there; then, left to right, a name that starts inside the one kept before it is
    dropped, as ``finditer`` skips it.
    Example: "talks near Kunduz and outside Herat" names Kunduz and Herat.
    """
    found: list[tuple[int, int, str]] = []
    for pattern in _AFTER_NEAR:
        search = pattern.search
        match = search(text, max(0, start - _NEAR_REACH), end)
        while match is not None:
            n_start = match.start("name")
            if n_start >= start:
                found.append((n_start, match.end(), match.group("name")))
            match = search(text, match.start() + 1, end)
    if len(found) > 1:
        found.sort()
        kept = [found[0]]
        for row in found:
            if row[0] >= kept[-1][1]:
                kept.append(row)
        return kept
    return found


_PLACE_HEAD = re.compile(r"\b(?:province|city|town|district|region|state|village)\s$")
"""The word before "of" in "the province of Helmand"."""
_SIDE_BEFORE = re.compile(
    r"\b(?:(?P<at>in|at|near|outside|from|across)|(?P<partner>with|against|between))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""What puts a place where a figure is ("in Kunduz") or as its other side ("with Japan")."""
_SIDE_GATE = word_set("in at near outside from across with against between the")
_LOCATIVE, _PARTNER = 1, -1
_OWN_CURRENCY_SKIP = frozenset({"USD", "EUR", "XAU", "XAG", "XDR", "XAF", "XOF"})
"""Currencies used beyond one country: a sum in them says nothing of its place."""


def _side(text: str, start: int, at: int, end: int) -> int:
    """Whether the place at ``[at, end)`` is where a figure is, its other side, or neither.

    Rule: a place after "in", "at", "near", "outside", "from" or "across" is where the
    figure is (:data:`_LOCATIVE`); one after "with", "against" or "between", unless
    possessive, is its other side, a partner, not its place (:data:`_PARTNER`).
    Example: "its trade surplus with the United States was $51 billion" is no US figure.
    """
    before = text[max(start, at - 13) : at].split()
    if not before or before[-1].lower() not in _SIDE_GATE:
        return 0
    match = _SIDE_BEFORE.search(text, max(start, at - 13), at)
    if match is None:
        return 0
    if match.group("at"):
        return _LOCATIVE
    return 0 if text.startswith(("'s", "’s"), end) else _PARTNER


@functools.cache
def _adjectives() -> frozenset[str]:
    """Countries' adjectives ("cuban"), without the people's plurals ("cubans")."""
    demonyms = _countries()[0]
    return frozenset(word for word in demonyms if word[:-1] not in demonyms)


@functools.cache
def _place_pattern() -> re.Pattern[str]:
    """A known place or a country's adjective that opens a word with a capital.

    One branch for each first letter, that letter in capitals and the rest as a trie in
    any case: ``re`` then finds the openings at C speed, as it does a set of letters.
    The look-behind after the first letter refuses a letter before it.
    """
    by_first: dict[str, list[str]] = {}
    for name in {name for name in _gazetteer() if name[:1].isalpha()} | _adjectives():
        by_first.setdefault(name[0].upper(), []).append(name[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        letter = re.escape(first)
        rest = trie((r for r in rests if r), gap=r"\s")
        body = f"(?i:{rest})" if rest else ""
        if rest and "" in rests:
            body = f"(?:{body})?"
        branches.append(f"{letter}(?<![\\w.&'’-]{letter}){body}")
    return re.compile(rf"(?:{'|'.join(branches)})(?:(?![\w$&-])|(?=[ \t]+[A-Za-z]))")


def _place_names(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The places the sentence ``[start, end)`` may name, as (start, end, name), for :func:`_kept`.

    Rule: a known place named anywhere in the sentence, whatever the words around it
    ("Japan's trade surplus", "the U.S. trade deficit", "exports from Nigeria", "London
    FTSE"), a country's adjective before a word ("the Russian RTS", "French
    unemployment") and a name after "near" or "the province of"; :func:`_kept` then drops
    those inside a speaker's words, a time or an organisation's name, and partners ("with
    Japan"). A currency sign ("US$") is no place.
    Example: "The Paris CAC 40 slipped 1.3% while Seoul's Kospi gained 0.6%" names Paris and
    Seoul.
    """
    demonyms = _countries()[0]
    found: list[tuple[int, int, str]] = []
    adjectives = _adjectives()
    for match in _place_pattern().finditer(text, start, end):
        name = match.group()
        key = name.lower()
        if place_country(name) is None:
            # a country's adjective, before a word ("the Russian RTS", "French jobs")
            if key not in adjectives or not _WORD_AFTER.match(text, match.end()):
                continue
            name = demonyms[key]
        found.append((match.start(), match.end(), name))
    known = {row[0] for row in found}
    for row in _names_after_near(text, start, end):
        n_start = row[0]
        if n_start not in known and (
            text[n_start - 2] != "f" or _PLACE_HEAD.search(text, max(0, n_start - 14), n_start - 3)
        ):
            found.append(row)
    found.sort()
    return found


def _kept(
    text: str, start: int, found: list[tuple[int, int, str]], skip: Zones
) -> list[tuple[int, int, str, bool]]:
    """The places :func:`_place_names` found that are no partner and lie in no ``skip`` span.

    Each with whether a locative word ("in", "near") gives it, in the order of ``found``
    (left to right, as :func:`_place_names` gives them).
    """
    kept = []
    for n_start, n_end, name in found:
        if not skip.covers(n_start, n_end):
            side = _side(text, start, n_start, n_end)
            if side != _PARTNER:
                kept.append((n_start, n_end, name, side == _LOCATIVE))
    return kept


_CLAUSE_BREAK = re.compile(
    r"[,;:](?=\s)(?!\s+(?:which|who|where)\b)|\s[-–—]\s|\b(?:while|whereas)\b"
)
"""Where a clause ends inside a sentence: a comma (not before "which"), a semicolon, a
dash, "while"; a relative clause ("X, which rose 3%") stays with the name before it."""


def _clause_breaks(text: str, start: int, end: int) -> list[int]:
    """Where the clauses of the sentence ``[start, end)`` break, in order."""
    return [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)]


def _place_of(
    places: list[tuple[int, int, str, bool]],
    breaks: list[int],
    phrase: tuple[int, int, str, bool] | None,
    q_start: int,
    q_end: int,
) -> tuple[int, int, str, bool] | None:
    """The place of the number at ``[q_start, q_end)`` among those its sentence names.

    Rule: in the number's own clause, the first place after it that "in", "at" or
    "near" gives, else the place named last before it, else the first after it; past
    its clause, the place the sentence gives with "in" or "at", else the place named
    last before the number.
    Example: "In London, Brent closed at $44.38, while New York crude closed at
    $48.64": $44.38 is London's, $48.64 New York's.
    """
    b = bisect.bisect_left(breaks, q_start)
    lo = breaks[b - 1] if b else -1
    hi = breaks[b] if b < len(breaks) else 1 << 62
    before = after = last = None
    for place in places:
        p_start, p_end = place[0], place[1]
        if p_end <= q_start:
            last = place
            if p_start > lo:
                before = place
        elif p_start >= q_end:
            if p_end > hi:
                break
            if place[3]:
                return place
            if after is None:
                after = place
    return before or after or phrase or last


@functools.lru_cache(maxsize=256)
def _currency_place(unit: str | None) -> Place | None:
    """The country whose own currency a sum is in, where the sentence names no place.

    Rule: a sum in a national currency other than the dollar and the euro, which are
    used far beyond their countries, is a figure of that country.
    Example: "Ottawa will lend the carmaker C$2 billion" is a Canadian figure.
    """
    if unit is None or len(unit) != 3 or not unit.isupper() or unit in _OWN_CURRENCY_SKIP:
        return None
    name = _countries()[1].get(unit[:2])
    return Place(name=name, country=unit[:2]) if name is not None else None


_FIRST = operator.itemgetter(0)


_REACH = 300
"""How far from its number, in characters, a statistic looks for its time."""
_DISTINCTIVE = 1000
"""From this size on, the same value and unit twice in a story is one figure."""


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end
