"""What the meeting and statistic extractors share: where things sit in a sentence.

A story is read sentence by sentence. For the sentences that matter (those with a
meeting trigger or a number), the extractors ask the same questions: which actors and
time mentions lie in this stretch of text, which part of the sentence is an attribution
("people familiar with the matter said") rather than the fact itself, who is the speaker,
and which place does "in Washington" or "here" name. The indexes below answer them with
``bisect`` over spans sorted once per document, so nothing loops over every actor for
every sentence.
"""

from __future__ import annotations

__all__ = [
    "CLAUSE_MARK",
    "SOURCE_SPEECH",
    "ActorIndex",
    "Reading",
    "TimeIndex",
    "Units",
    "Zones",
    "ascii_lower",
    "ascii_words",
    "attribution",
    "backwards_words",
    "find_place",
    "first_place",
    "held_keys",
    "key_starts",
    "last_end",
    "last_end_reversed",
    "lower",
    "place_country",
    "place_phrases",
    "place_starts",
    "read",
    "reference_date",
    "scan",
    "scan_starts",
    "word_set",
]

import bisect
import functools
import itertools
import operator
import re
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from newsevents import _text
from newsevents._mentions import TimeKind
from newsevents._model import ActorKind, Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pendulum

    from newsevents._document import Document
    from newsevents._mentions import TimeMention
    from newsevents._model import Actor


def word_set(text: str) -> frozenset[str]:
    """The words of ``text``, split on white space: word lists read best as words."""
    return frozenset(text.split())


def _start(span: Span) -> int:
    return span.start


def reference_date(document: Document) -> pendulum.Date | None:
    """The date relative expressions are read against: the reference, else ``published``."""
    if document.reference is not None:
        return document.reference.date
    return document.published


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower(text: str) -> str:
    """``text`` in lower case, offset for offset (a few letters lengthen in ``str.lower``).

    Each line break is a space in it, as hard-wrapped copy means it ("will sit down" at a
    line's end, "with the unions" on the next); a blank line becomes two spaces, which
    joins no words.
    """
    low = _text.lower(text)
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)
    return low.replace("\n", " ") if "\n" in low else low


def ascii_lower(text: str, low: str) -> str:
    """A stand-in for ``low``, the :func:`lower` of ``text``, to find ASCII keys in.

    While the story is parsed, the ASCII stand-in of its lower case
    (:func:`newsevents._text.ascii_lower`), line breaks spaces in it as in ``low``; else
    ``low`` itself. A key of ASCII characters other than "?" is found in it where, and
    only where, it is in ``low``: one ``str.find`` in a text of two bytes a character (a
    curly quote, a dash) costs more than in one of one byte.
    """
    stand_in = _text.ascii_lower(text)
    if stand_in is None or len(stand_in) != len(low):  # ASCII, no parse, or a long "İ"
        return low
    return stand_in.replace("\n", " ") if "\n" in stand_in else stand_in


def last_end(backwards: re.Pattern[str], low: str, lo: int, at: int) -> int | None:
    r"""Where the last match in ``low[lo:at]`` of a pattern ends, or None.

    ``backwards`` is the pattern written backwards, searched in the reversed stretch:
    the search stops at the first match from the right, so it costs the distance back
    to the last match rather than a pass over the whole stretch. The last of a comma or
    "and " in "a, b and c" (the pattern ``,|\band\s``) ends after "and ":

    >>> last_end(re.compile(r",|\s(?:dna)\b"), "a, b and c", 0, 10)
    9
    """
    match = backwards.search(low[lo:at][::-1])
    return None if match is None else at - match.start()


def last_end_reversed(
    backwards: re.Pattern[str], reversed_low: str, lo: int, at: int
) -> int | None:
    r""":func:`last_end`, searched in the whole lower-case text reversed once.

    ``reversed_low`` is ``low[::-1]``: the stretch ``low[lo:at]`` reversed is
    ``reversed_low[n - at : n - lo]``, searched in place instead of sliced and reversed
    for each call. A backwards pattern may not look behind where it starts (its ``\b``
    come after a character it reads), so the two searches agree.

    >>> low = "a, b and c"
    >>> last_end_reversed(re.compile(r",|\s(?:dna)\b"), low[::-1], 0, 10)
    9
    """
    n = len(reversed_low)
    match = backwards.search(reversed_low, n - at, n - lo)
    return None if match is None else n - match.start()


def backwards_words(words: Iterable[str]) -> str:
    """An alternation of ``words``, each spelled backwards, for a :func:`last_end` pattern."""
    return "|".join(sorted(word[::-1] for word in words))


def scan(
    text: str,
    low: str,
    keys: tuple[str, ...],
    pattern: re.Pattern[str],
    *,
    lo: int = 0,
    hi: int | None = None,
    inner: frozenset[str] = frozenset(),
) -> list[re.Match[str]]:
    """Every match of ``pattern`` in ``text[lo:hi]`` at a word that starts with a key.

    Rule: ``str.find`` on the lower-cased text finds the keys, far faster than a regex
    over the whole text; ``pattern`` is matched only there. A key in ``inner`` may sit
    inside its match ("phone" in "spoke by phone"), so the pattern is searched around it.
    Overlapping matches keep the first.
    """
    end = len(text) if hi is None else hi
    # most keys are absent from a sentence: one ``in`` test on its slice rules each out
    window = low if lo == 0 and end == len(low) else low[lo:end]
    found: dict[int, re.Match[str]] = {}
    for key in keys:
        if key not in window:
            continue
        pos = window.find(key)
        while pos >= 0:
            at = lo + pos
            if key in inner:
                match = pattern.search(text, max(lo, at - 24), min(end, at + 40))
                if match is not None and match.start() <= at < match.end():
                    found.setdefault(match.start(), match)
            elif pos == 0 or not window[pos - 1].isalnum():
                match = pattern.match(text, at, end)
                if match is not None:
                    found.setdefault(at, match)
            pos = window.find(key, pos + 1)
    if len(found) < 2:
        return list(found.values())
    kept: list[re.Match[str]] = []
    for start in sorted(found):
        if not kept or start >= kept[-1].end():
            kept.append(found[start])
    return kept


class KeyStarts(NamedTuple):
    """Where the keys of a :func:`scan` stand in a whole story, found once for its sentences."""

    starts: list[int]
    """The offsets where a key starts, in order, each once."""
    ends: list[int]
    """For each start, where the shortest key that starts there ends."""


def key_starts(low: str, keys: tuple[str, ...]) -> KeyStarts:
    """Every offset of the lower-case story ``low`` where one of ``keys`` starts.

    A caller that scans many sentences of one story for the same keys finds them once
    (``str.find`` on the whole text), then hands them to :func:`scan_starts` for each.
    """
    shortest: dict[int, int] = {}
    for key in keys:
        pos = low.find(key)
        size = len(key)
        while pos >= 0:
            known = shortest.get(pos)
            if known is None or size < known:
                shortest[pos] = size
            pos = low.find(key, pos + 1)
    starts = sorted(shortest)
    return KeyStarts(starts, [at + shortest[at] for at in starts])


def scan_starts(
    text: str, low: str, keys: KeyStarts, pattern: re.Pattern[str], *, lo: int, hi: int
) -> list[re.Match[str]]:
    """What :func:`scan` (with no ``inner`` keys) finds in ``text[lo:hi]``, from ``keys``.

    ``keys`` are the :func:`key_starts` of the story: a key counts where it lies wholly
    inside the stretch and starts it or follows a character that is not a letter or digit.
    """
    starts = keys.starts
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi, i)
    if i == j:
        return []
    ends = keys.ends
    kept: list[re.Match[str]] = []
    reach = lo
    for k in range(i, j):
        at = starts[k]
        if at < reach or ends[k] > hi or (at != lo and low[at - 1].isalnum()):
            continue
        match = pattern.match(text, at, hi)
        if match is not None:
            kept.append(match)
            reach = match.end()
    return kept


_ASCII_WORDS = bytes(c if chr(c).isascii() and chr(c).isalnum() else 0x20 for c in range(256))
"""A ``bytes.translate`` table: ASCII letters and digits kept, every other byte a space."""


def ascii_words(low: str, lo: int, hi: int) -> list[bytes]:
    """The runs of ASCII letters and digits in ``low[lo:hi]``, each other character a break.

    All of it in C (encode, translate, split): a tenth of the time of a word regex.

    >>> ascii_words("“said,” he", 0, 10)
    [b'said', b'he']
    """
    return low[lo:hi].encode("ascii", "replace").translate(_ASCII_WORDS).split()


class Units:
    """The sentences of a document (and its headline, if no sentence covers it), in order.

    ``index(offset)`` finds the unit that holds a character offset with ``bisect``.
    """

    def __init__(self, document: Document) -> None:
        """Collect the sentence spans, the headline first where it stands apart."""
        spans = sorted(document.sentences, key=_start)
        head = document.headline_span
        if head is not None and not any(
            s.start < head.end and head.start < s.end for s in spans[:3]
        ):
            spans.insert(0, head)
        if not spans and document.text.strip():
            spans = [Span(start=0, end=len(document.text))]
        self.spans: list[Span] = spans
        self.starts: list[int] = [s.start for s in spans]
        self.headline: Span | None = head

    def index(self, offset: int) -> int | None:
        """The index of the unit that holds ``offset``, or None."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.spans[i].end:
            return i
        return None


class Located(NamedTuple):
    """An actor mention: where it is, and whose."""

    start: int
    end: int
    actor: Actor


_START_OF_ROW = operator.itemgetter(0)
_END_OF_ROW = operator.itemgetter(1)


class ActorIndex:
    """Every actor mention of the story sorted by offset, for range look-ups."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        """Sort the mentions of all ``actors`` once."""
        rows = [(span.start, span.end, actor) for actor in actors for span in actor.spans]
        # by start, the longer first: two stable sorts on C key functions, the minor first
        rows.sort(key=_END_OF_ROW, reverse=True)
        rows.sort(key=_START_OF_ROW)
        # ``tuple.__new__`` makes each Located at C speed (its generated ``__new__`` is Python)
        items: list[Located] = list(map(tuple.__new__, itertools.repeat(Located), rows))
        self.items = items
        # read from the plain rows, in the same order, by C key functions
        self.starts: list[int] = list(map(_START_OF_ROW, rows))
        self.ends: list[int] = list(map(_END_OF_ROW, rows))
        self.by_id: dict[str, Actor] = {actor.id: actor for actor in actors}
        self.countries: dict[str, Actor] = {}
        for actor in actors:
            if actor.kind is ActorKind.COUNTRY and actor.affiliation:
                self.countries.setdefault(actor.affiliation, actor)

    def within(self, start: int, end: int) -> list[Located]:
        """The actor mentions that lie inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)
        if lo == hi or max(self.ends[lo:hi]) <= end:
            return self.items[lo:hi]  # none ends past the stretch, as a rule
        return [item for item in self.items[lo:hi] if item.end <= end]

    def ends_at(self, offset: int, kind: ActorKind | None) -> bool:
        """Whether a mention of an actor (of ``kind``, where given) ends at ``offset``."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0 and offset - self.items[i].start < 80:
            item = self.items[i]
            if item.end == offset and kind in (None, item.actor.kind):
                return True
            i -= 1
        return False

    def opening_across(self, offset: int, floor: int, limit: int) -> int:
        """Where the mention that runs across ``offset`` opens, or ``offset`` if none does.

        Only a mention that opens at ``floor`` or later and ends by ``limit`` counts: "the
        trade and industry ministry said" keeps its "trade and" though a clause may open
        after "and".
        """
        i = bisect.bisect_left(self.starts, offset) - 1
        opening = offset
        starts, ends = self.starts, self.ends
        while i >= 0 and starts[i] >= floor and offset - starts[i] < 80:
            if offset < ends[i] <= limit:
                opening = starts[i]
            i -= 1
        return opening

    def before(self, offset: int, kinds: frozenset[ActorKind]) -> Actor | None:
        """The actor of one of ``kinds`` mentioned last before ``offset``."""
        i = bisect.bisect_left(self.starts, offset) - 1
        stop = max(-1, i - 50)  # a pronoun points back a few names, not through the story
        while i > stop:
            item = self.items[i]
            if item.actor.kind in kinds and item.end <= offset:
                return item.actor
            i -= 1
        return None


_SPAN_START = operator.attrgetter("span.start")
_DATED_KINDS = (TimeKind.DATE, TimeKind.TIME)


class TimeIndex:
    """The time mentions that name a stretch of the calendar, sorted by offset."""

    def __init__(self, times: tuple[TimeMention, ...]) -> None:
        """Keep the dated mentions (dates and times of day with a resolved ``when``)."""
        everything = sorted(times, key=_SPAN_START)
        self.all: list[TimeMention] = everything
        self.all_starts: list[int] = [t.span.start for t in everything]
        self.all_ends: list[int] = [t.span.end for t in everything]
        # a stable sort keeps the order of equal starts, so filtering the sorted list
        # gives what sorting the filtered one would
        self.items: list[TimeMention] = [
            t for t in everything if t.when is not None and t.kind in _DATED_KINDS
        ]
        self.starts: list[int] = [t.span.start for t in self.items]
        self.rows: list[tuple[int, int, TimeMention]] = [
            (t.span.start, t.span.end, t) for t in self.items
        ]
        self.ends: list[int] = [row[1] for row in self.rows]

    def within(self, start: int, end: int) -> list[TimeMention]:
        """The dated mentions inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [t for t in self.items[lo:hi] if t.span.end <= end]

    def rows_within(self, start: int, end: int) -> list[tuple[int, int, TimeMention]]:
        """The dated mentions inside ``[start, end)`` as (start, end, mention), in order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)
        if lo == hi or max(self.ends[lo:hi]) <= end:
            return self.rows[lo:hi]  # none ends past the stretch, as a rule
        return [row for row in self.rows[lo:hi] if row[1] <= end]

    def any_within(self, start: int, end: int) -> list[TimeMention]:
        """Every time mention (durations and sets too) inside ``[start, end)``."""
        lo = bisect.bisect_left(self.all_starts, start)
        hi = bisect.bisect_left(self.all_starts, end, lo)
        if lo == hi or max(self.all_ends[lo:hi]) <= end:
            return self.all[lo:hi]  # none ends past the stretch, as a rule
        return [t for t in self.all[lo:hi] if t.span.end <= end]


class Reading(NamedTuple):
    """What both extractors index once per story: its units, lower-case text, actors, times."""

    units: Units
    low: str
    actors: ActorIndex
    times: TimeIndex
    ascii_low: str
    """A stand-in for ``low`` in which ASCII keys are found where they are in it
    (:func:`ascii_lower`)."""


_LAST_READING: list[tuple[Document, tuple[Actor, ...], Reading]] = []
"""The last story read, so that the meetings and statistics of one parse share its indexes."""


def read(document: Document, actors: tuple[Actor, ...]) -> Reading:
    """The indexes of ``document`` and its ``actors``, built once for both extractors.

    The parser hands the same document and the same actors tuple to the meetings and
    then the statistics; the second call finds the first one's indexes. Both are
    immutable, and the story is recognised by identity, held here until the next one.
    """
    last = _LAST_READING
    if last:
        held_document, held_actors, held = last[0]
        if held_document is document and held_actors is actors:
            return held
    text = document.text
    low = lower(text)
    reading = Reading(
        Units(document), low, ActorIndex(actors), TimeIndex(document.times), ascii_lower(text, low)
    )
    last[:] = [(document, actors, reading)]
    return reading


# --- attribution ------------------------------------------------------------------------

_SPEECH_WORDS = (
    r"said|says|say|told|tells|added|adds|reported|reports|announced|announces|stated|"
    r"noted|estimated|estimates|showed|shows|according\s+to|figures\s+from|data\s+from|"
    r"statistics\s+from|citing"
)
SPEECH = re.compile(rf"\b(?:{_SPEECH_WORDS})\b", re.IGNORECASE)
"""A verb or phrase that attributes what the sentence says to someone."""

SPEECH_KEYS = (
    "said", "say", "told", "tell", "added", "adds", "report", "announc", "stated", "noted",
    "estimat", "show", "according", "figures", "data from", "statistics", "citing",
)  # fmt: skip
"""Where an attribution can start, for :func:`scan`."""
SOURCE_KEYS = (
    *SPEECH_KEYS, "spoke", "explained", "insisted", "warned", "argued", "claimed", "wrote",
    "predicted", "disclosed", "revealed", "confirmed", "remarked", "boasted", "forecast",
)  # fmt: skip

SOURCE_SPEECH = re.compile(
    rf"\b(?:{_SPEECH_WORDS}|spoke\s+out|explained|insisted|warned|argued|claimed|wrote|"
    r"predicted|disclosed|revealed|confirmed|remarked|boasted|forecast)\b",
    re.IGNORECASE,
)
"""Attribution, with the verbs that name a source of figures but also say what a party
to a meeting did ("insisted", "warned"), so are no attribution zones for meetings."""


def held_keys(low: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The ``keys`` that stand anywhere in ``low``: the only ones its sentences can hold.

    A :func:`scan` of each sentence of a story for these finds what a scan for all the
    keys does, at a fraction of the ``in`` tests (a story says "said" but seldom
    "boasted").
    """
    return tuple(key for key in keys if key in low)


_SAID_WHEN = re.compile(
    r"\s+(?:(?:late\s+|early\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
    r"today|last\s+(?:week|month|night)|this\s+(?:week|month|morning))\b",
    re.IGNORECASE,
)
"""When a statement was made ("said on Monday"): part of the attribution, not of the fact."""
_APPOSITIVE = re.compile(r"\s*(?:the|a|an|its|his|her|of)\s+[a-zA-Z]")
_CONJUNCTION_BEFORE = re.compile(r"\s(?:and|but)\s$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(
    r"according\s+to|figures\s+from|data\s+from|statistics\s+from|citing", re.IGNORECASE
)
CLAUSE_MARK = re.compile(r"[,;:\"“”(]|\s[-–—]\s")
_PRONOUN_BEFORE = re.compile(r"\b(he|she|it|they)\s+(?:also\s+)?$", re.IGNORECASE)
_KINDS_OF_PRONOUN = {
    "he": frozenset({ActorKind.PERSON}),
    "she": frozenset({ActorKind.PERSON}),
    "it": frozenset({ActorKind.ORGANIZATION, ActorKind.COUNTRY}),
    "they": frozenset({ActorKind.GROUP, ActorKind.ANONYMOUS, ActorKind.ORGANIZATION}),
}


_new_tuple = tuple.__new__


class Attribution(NamedTuple):
    """The parts of a sentence that say who says it, and the speaker found there."""

    zones: list[tuple[int, int]]
    speaker: Actor | None


def _clause_start(text: str, lo: int, at: int) -> int:
    """The offset after the last clause mark in ``text[lo:at]``, at most 200 back."""
    lo = max(lo, at - 200)
    last = lo
    for mark in CLAUSE_MARK.finditer(text, lo, at):
        last = mark.end()
    return last


_SPEAKER_BREAK_BACKWARDS = re.compile(
    r"[,;:\"“”(]|\s(?:[-–—]|"
    + backwards_words(("and", "but", "while", "as", "after", "because", "when", "so"))
    + r")\s"
)
"""A clause mark or a conjunction, written backwards for :func:`last_end` on lower case;
the white space before a dash or a conjunction is one branch, tried once at each character."""


def _speaker_start(low: str, lo: int, at: int, reversed_low: str | None = None) -> int:
    """Where the speaker of a "X said" starts.

    Rule: after the last clause mark or conjunction before the verb ("the talks began
    and the agency said"), at most 80 characters back. ``reversed_low``, where given, is
    ``low`` reversed, searched in place (:func:`last_end_reversed`).
    """
    last = max(lo, at - 80)
    if reversed_low is not None:
        return last_end_reversed(_SPEAKER_BREAK_BACKWARDS, reversed_low, last, at) or last
    return last_end(_SPEAKER_BREAK_BACKWARDS, low, last, at) or last


def _clause_end(text: str, at: int, hi: int) -> int:
    """The offset of the next clause mark in ``text[at:hi]``, at most 200 characters on."""
    hi = min(hi, at + 200)
    mark = CLAUSE_MARK.search(text, at, hi)
    return mark.start() if mark else hi


def _comma_before(text: str, lo: int, at: int) -> int:
    """Where a comma stands in ``text[lo:at]`` with nothing but white space after it, or -1.

    Rule: walk back from ``at`` over white space; the character reached must be a comma
    ("the UN envoy, Koro Bessho, told reporters": the comma before "told"). Only the white
    space before one verb is read, so the verbs of a long sentence read it once in all.
    """
    before = at - 1
    while before >= lo and text[before].isspace():
        before -= 1
    return before if before >= lo and text[before] == "," else -1


def _named_head(appositive: re.Match[str], verb: int, actors: ActorIndex) -> bool:
    """Whether "the X" before a speech verb names a body itself ("the State Department")."""
    if appositive.group().strip().lower().startswith("of"):
        return False
    head = actors.within(appositive.end() - 1, verb)
    return bool(head) and head[0].start == appositive.end() - 1


def attribution(
    text: str,
    low: str,
    start: int,
    end: int,
    actors: ActorIndex,
    *,
    source: bool = False,
    keys: tuple[str, ...] | None = None,
    starts: KeyStarts | None = None,
    reversed_low: str | None = None,
) -> Attribution:
    """The attribution zones of the sentence ``text[start:end]`` and its speaker.

    Rule: "X said" takes the clause before the verb ("people familiar with the matter
    said"); "according to X", "figures from X" and an inverted "said X" take the clause
    after it. The speaker is the actor nearest the verb in its zone; a pronoun ("he
    said") is the last person (or body, for "it") named before the sentence.

    ``keys``, where given, are the keys to :func:`scan` for: those of
    :data:`SOURCE_KEYS` (or :data:`SPEECH_KEYS`) the whole story holds, which a caller
    reading many of its sentences finds once (:func:`held_keys`). ``starts``, where
    given, are where those keys stand in the whole story (:func:`key_starts`), for
    :func:`scan_starts`; ``keys`` is then not read. ``reversed_low``, where given, is
    ``low`` reversed once for the story, for :func:`last_end_reversed`.

    >>> # "Pelora Radio said Vantia met the banks": the zone is "Pelora Radio said".
    """
    zones: list[tuple[int, int]] = []
    speaker: Actor | None = None
    speech, every = (SOURCE_SPEECH, SOURCE_KEYS) if source else (SPEECH, SPEECH_KEYS)
    matches = (
        scan(text, low, every if keys is None else keys, speech, lo=start, hi=end)
        if starts is None
        else scan_starts(text, low, starts, speech, lo=start, hi=end)
    )
    for match in matches:
        # a match starts at a key, whose first letter opens "according to", "figures
        # from", "data from", "statistics from" or "citing" only as a, f, d, s or c
        first = low[match.start()]
        if (
            first in "afdc" or (first == "s" and low.startswith("statistics", match.start()))
        ) and _SOURCE_AFTER.match(match.group()):
            zone = (match.start(), _clause_end(text, match.end(), end))
            found = actors.within(*zone)
            if speaker is None and found:
                speaker = found[0].actor
            zones.append(zone)
            continue
        left = _speaker_start(low, start, match.start(), reversed_low)
        comma = -1
        if not text[left : match.start()].strip(" \t\n'’"):
            comma = _comma_before(text, start, match.start())
        if 0 <= comma < left and actors.ends_at(comma, None):
            # "the UN envoy, Koro Bessho, told reporters": the speaker before the comma
            left = _speaker_start(low, start, comma, reversed_low)
        elif (
            text[left - 1 : left].isspace()  # where the pattern's last white space must be
            and _CONJUNCTION_BEFORE.search(text, left - 5, left)
            and not text[left : match.start()].strip()
        ):
            # "Jobs welcomed everyone and announced": the subject of the first verb
            left = _clause_start(text, start, left - 5)
        # a clause word inside a name ("the trade and industry ministry said") cuts no name
        left = actors.opening_across(left, start, match.start())
        if text[left : match.start()].strip(" \t\n'’"):
            appositive = _APPOSITIVE.match(text, left)
            if (
                appositive
                and left - 1 > start
                and text[left - 1] == ","
                and actors.ends_at(left - 1, ActorKind.PERSON)
                # "Xi Jinping, the State Department said": a named body is the speaker
                and not _named_head(appositive, match.start(), actors)
            ):
                # "Tom Smith, the president of Acme, said": the person is the speaker
                left = _speaker_start(low, start, left - 1, reversed_low)
            said_when = _SAID_WHEN.match(text, match.end(), end)
            zone = (left, said_when.end() if said_when else match.end())
            found = actors.within(*zone)
            if speaker is None:
                people = [item for item in found if item.actor.kind is ActorKind.PERSON]
                if people or found:
                    speaker = (people or found)[-1].actor
                else:
                    pronoun = _PRONOUN_BEFORE.search(text, left, match.start())
                    if pronoun:
                        kinds = _KINDS_OF_PRONOUN[pronoun.group(1).lower()]
                        speaker = actors.before(start, kinds)
        else:
            zone = (match.start(), _clause_end(text, match.end(), end))
            found = actors.within(*zone)
            if speaker is None and found:
                speaker = found[0].actor
        zones.append(zone)
    # ``tuple.__new__`` makes the named tuple at C speed (its generated ``__new__`` is Python)
    return _new_tuple(Attribution, (zones, speaker))


def inside(zones: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one of a few ``zones``."""
    return any(lo <= start and end <= hi for lo, hi in zones)


class Zones:
    """Stretches of a sentence, merged where they overlap, for look-ups with ``bisect``.

    However many zones a (pathological) sentence holds, a look-up costs a logarithm.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        """Sort and merge ``spans``."""
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(spans):
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        self.spans: list[tuple[int, int]] = merged
        self.starts: list[int] = [lo for lo, _ in merged]

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies within a zone."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.spans[i][1]

    def first_start(self, lo: int, hi: int) -> int | None:
        """The start of the first zone that starts in ``(lo, hi)``, or None."""
        i = bisect.bisect_right(self.starts, lo)
        if i < len(self.starts) and self.starts[i] < hi:
            return self.starts[i]
        return None

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The zones that overlap ``[lo, hi)``."""
        i = max(0, bisect.bisect_right(self.starts, lo) - 1)
        j = bisect.bisect_left(self.starts, hi)
        return [z for z in self.spans[i:j] if z[1] > lo]


# --- places -----------------------------------------------------------------------------


def data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of ``newsevents/_data/<name>``, comments left out.

    None where the file is missing: a stage reads another stage's data if it is there.
    """
    try:
        text = resources.files("newsevents").joinpath(f"_data/{name}").read_text("utf-8")
    except (FileNotFoundError, OSError):  # another stage's data, read if it is there
        return []
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def _gazetteer() -> dict[str, str]:
    """Place names (lower case) to ISO country codes: countries, capitals, cities."""
    places: dict[str, str] = {}
    for row in data_rows("iso3166.tsv"):
        if len(row) >= 2:
            places[row[1].lower()] = row[0]
    for row in data_rows("countries.tsv"):
        if len(row) >= 2 and len(row[0]) == 2:
            code = row[0]
            names = [row[1]]
            if len(row) > 2:
                names += row[2].split("|")
            if len(row) > 4:
                names += row[4].split("|")
            for name in names:
                if name:
                    places.setdefault(name.lower(), code)
    for row in data_rows("cities.tsv"):
        if len(row) >= 2 and row[1]:
            names = [row[0]] + (row[2].split("|") if len(row) > 2 else [])
            for name in names:
                if name:
                    places.setdefault(name.lower(), row[1])
    return places


@functools.cache
def _demonyms() -> frozenset[str]:
    """Demonyms ("Yugoslav", "Cuban"), which name people, not places."""
    found: set[str] = set()
    for row in data_rows("countries.tsv"):
        if len(row) > 3:
            found.update(word.lower() for word in row[3].split("|") if word)
    return frozenset(found)


def place_country(name: str) -> str | None:
    """The country code of a known place name, or None.

    >>> place_country("Havana"), place_country("Atlantis")
    ('CU', None)
    """
    return _gazetteer().get(name.lower())


_CAP = r"[A-Z][\w'’.&-]*"
PLACE_PHRASE = re.compile(
    rf"\b(?P<prep>[Ii]n|[Aa]t|to)\s+(?:the\s+)?(?:[A-Za-z]+\s+(?:city|capital|town|port)\s+of\s+)?"
    rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|of|de|du|la|el))"
    r"{0,4})"
    r"|\b(?P<here>here)\b",
)
"""A place as news names it: "in Washington", "at the White House", "to the Brazilian city
of Recife", "In Lagos," opening a sentence, or "here" (the dateline's place)."""

_NOT_PLACE = word_set(
    """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday the a an i
    congress parliament talks"""
)


_PLACE_STARTS = tuple(
    re.compile(pattern)
    for pattern in (
        r"[Ii]n(?<!\w\w\w)\s",
        r"[Aa]t(?<!\w\w\w)\s",
        r"to(?<!\w\w\w)\s",
        r"here(?<!\w{5})",
    )
)
"""Where a :data:`PLACE_PHRASE` can start: "in", "at" (also "In", "At" opening a
sentence) or "to" as a word and a space, or "here". Each pattern starts with its
letters, which ``re`` finds about as fast as ``str.find``; the look-behind (after them,
so as not to hide them) refuses a letter before them."""


_ASCII_SKELETON = bytes(
    ord(chr(c).lower()) if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 0x20
    for c in range(256)
)
"""A ``bytes.translate`` table for a skeleton: what ``\\w`` reads in ASCII (letters, in
lower case, digits and "_") kept, every other byte a space, the ``?`` that stands for a
character beyond ASCII too."""
_ASCII_SPACE = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")
"""The characters ``\\s`` matches in ASCII text."""
_START_NEEDLES = (
    (b" in ", ("in", "In"), True),
    (b" at ", ("at", "At"), True),
    (b" to ", ("to",), True),
)
"""The words of :data:`_PLACE_STARTS` in a skeleton (:data:`_ASCII_SKELETON`) after a
space, with their spellings and whether white space must follow them."""
_HERE_NEEDLE = (b" here", ("here",), False)


def place_starts(text: str, *, here: bool = True) -> list[int]:
    """Where a place phrase can start in all of ``text``, in order, for :func:`place_phrases`.

    A caller that reads many sentences of one story finds them once. One that has no
    place for "here" (:func:`first_place` with ``here=None`` skips it) may leave out its
    starts (``here=False``): the other phrases are found the same, as none starts inside
    a "here".

    The words are found by ``bytes.find`` in a skeleton of the story, at a tenth of the
    cost of the patterns' scans (:data:`_PLACE_STARTS`, which find the same starts).

    Rule: in the skeleton (:data:`_ASCII_SKELETON` over :func:`newsevents._text.skeleton`)
    with a space put before it, a start is a space, the word and (but after "here") a
    space; the word is then spelled as the pattern spells it ("In", not "IN") and
    followed by white space, not by another character that is no letter or digit ("in,"
    opens no phrase); a character beyond ASCII before it (a ``?`` in the skeleton) must
    be no letter or digit ("Zoëin" holds no word "in"). Example: in "Talks in Paris,
    then at home; into town", "in" at 6 and "at" at 21.
    """
    # the space put before the skeleton shifts it one on: a needle found at ``at`` holds
    # the word from ``at`` on in ``text``
    skeleton = b" " + _text.skeleton(text).translate(_ASCII_SKELETON)
    plain = text.isascii()
    starts: list[int] = []
    for needle, spellings, spaced in (*_START_NEEDLES, _HERE_NEEDLE) if here else _START_NEEDLES:
        size = len(spellings[0])
        at = skeleton.find(needle)
        while at >= 0:
            # white space after the word, no letter or digit before it: ``\s`` and ``\w``
            # beyond ASCII are ``isspace`` and ``isalnum``
            if (
                text[at : at + size] in spellings
                and (
                    not spaced
                    or (after := text[at + size]) in _ASCII_SPACE
                    or (after > "\x7f" and after.isspace())
                )
                and (plain or at == 0 or (before := text[at - 1]) <= "\x7f" or not before.isalnum())
            ):
                starts.append(at)
            at = skeleton.find(needle, at + size + 1)
    starts.sort()
    return starts


def place_phrases(
    text: str, start: int, end: int, starts: list[int] | None = None
) -> list[re.Match[str]]:
    """The place phrases in ``text[start:end]``, left to right; of two that overlap, the first.

    What ``scan`` with the keys "in", "at", "to" and "here" finds, but the patterns above
    skip the many "in" and "to" inside words ("meeting", "today") in C. ``starts``, where
    given, are the story's :func:`place_starts`: a phrase can start only there.
    """
    if starts is None:
        starts = [
            m.start() for pattern in _PLACE_STARTS for m in pattern.finditer(text, start, end)
        ]
        if len(starts) > 1:
            starts.sort()
    else:
        starts = starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    kept: list[re.Match[str]] = []
    reach = start
    for at in starts:
        if at >= reach:
            match = PLACE_PHRASE.match(text, at, end)
            if match is not None:
                kept.append(match)
                reach = match.end()
    return kept


def find_place(
    text: str, start: int, end: int, *, here: str | None, skip: Zones
) -> tuple[str, Span] | None:
    """The first place phrase in ``text[start:end]`` that is not inside ``skip`` spans.

    A capitalised name after "in", "at" or "to" counts when it is a known place or
    follows "in"/"at"; "here" is ``here`` (the dateline's place). Trailing words that
    are not part of a name (``of`` at the end) are cut.
    """
    return first_place(place_phrases(text, start, end), here=here, skip=skip)


def first_place(
    phrases: list[re.Match[str]], *, here: str | None, skip: Zones
) -> tuple[str, Span] | None:
    """:func:`find_place` on the phrases :func:`place_phrases` found.

    A caller that builds ``skip`` at a cost asks for the phrases first: most sentences
    have none.
    """
    for match in phrases:
        if match.group("here"):
            if here and not skip.covers(match.start(), match.end()):
                return here, Span(start=match.start(), end=match.end())
            continue
        name = match.group("name")
        n_start = match.start("name")
        cut = skip.first_start(n_start, n_start + len(name))
        if cut is not None:
            name = name[: cut - n_start].rstrip()
        words = name.split()
        while words and words[-1] in {"of", "de", "du", "la", "el"}:
            words.pop()
        name = " ".join(words).rstrip(".,'’")
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        n_end = n_start + len(name)
        if (
            not name
            or name.lower() in _NOT_PLACE
            or name.lower() in _demonyms()
            or skip.covers(n_start, n_end)
        ):
            continue
        if match.group("prep") == "to" and place_country(name) is None:
            continue
        return name, Span(start=n_start, end=n_end)
    return None
