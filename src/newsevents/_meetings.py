"""Meetings: read from the sentences of a story, with the evidence for each.

The rules, in the order they run:

1. One compiled pattern finds every trigger (meet, met, talks, summit, conference,
   negotiations, visit, phone call, "sit down with", gathering, forum); rules on the
   words around it drop what is not a meeting (a press conference, "meet the demands",
   "were met with boos", habits such as "meets regularly").
2. Each trigger becomes a *mention* read from its part of the sentence: the actors there
   (not the ones in an attribution such as "officials said", nor what a speaker says),
   with the subject a pronoun, a title ("The President") or a coordinated verb points
   to; the place ("in Washington", "here", the town of a venue); the time mention that
   governs it, the status from tense and modality, and the topic ("to discuss fishing
   quotas").
3. Mentions of one occasion are merged: "the meeting", "Thursday's planned talks" and
   "the envoys are expected to meet" join the meeting they refer to, unless time,
   place or the other party ("talks with lenders", "talks with Moldova") says otherwise.
4. Chains such as "a day after ... close a conference" date one meeting from another.
5. A meeting with no place named is held in the dateline's city where visitors meet
   their hosts that day; visiting office holders meet the host country.
"""

from __future__ import annotations

__all__ = ["find_meetings"]

import bisect
import functools
import itertools
import operator
import re
from importlib import resources
from typing import TYPE_CHECKING

import attrs

from newsevents._clauses import (
    CLAUSE_MARK,
    ActorIndex,
    Zones,
    ascii_words,
    attribution,
    find_place,
    inside,
    last_end,
    place_country,
    read,
    reference_date,
    scan,
    word_set,
)
from newsevents._model import (
    ActorKind,
    Granularity,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Place,
    Span,
    TimeSpan,
    _unchecked_span,
)

if TYPE_CHECKING:
    import pendulum

    from newsevents._clauses import Reading
    from newsevents._document import Document
    from newsevents._model import Actor

# --- triggers ---------------------------------------------------------------------------

TRIGGER = re.compile(
    r"""\b(?:
        (?P<call>(?:tele)?phone\s+(?:call|conversation|talk)s?|video\s*(?:call|conference|link)s?
          |(?:spoke|spoken|speaks|talked|talks)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone)
      | (?P<meet>meet(?:s|ings?)?|met)
      | (?P<talks>talks)
      | (?P<summit>summits?)
      | (?P<conference>conferences?)
      | (?P<negotiations>negotiations|negotiating\s+(?:round|session)s?|negotiat(?:e[sd]?|ing))
      | (?P<visit>visit(?:s|ed|ing)?)
      | (?P<sit>s[ai]t(?:s|ting)?\s+down\s+with)
      | (?P<discussions>discussions)
      | (?P<gather>gather(?:ings?|ed|s)?)
      | (?P<forum>forums?)
      | (?P<trip>trips?)
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Every word news uses for people coming together to talk."""
_TRIGGER_LOW = re.compile(TRIGGER.pattern, re.VERBOSE)
""":data:`TRIGGER` for the lower-cased text, where it need not fold case (far faster)."""

_TRIGGER_KEYS = (
    "meet", "met", "talk", "summit", "conferen", "negotiat", "visit", "phone", "video",
    "down with", "discussions", "gather", "forum", "trip",
)  # fmt: skip
"""Where a trigger can be, for a fast scan with ``str.find``."""
_INNER_KEYS = frozenset({"phone", "video", "down with"})


def _triggers(low: str, ascii_low: str) -> list[re.Match[str]]:
    """Every match of :data:`TRIGGER` in the lower-cased text ``low``, in order.

    Rule: ``str.find`` finds the keys of :data:`_TRIGGER_KEYS`, far faster than a regex
    over the whole text; the pattern is matched only at a key that starts a word, or,
    for a key that may sit inside its match ("phone" in "spoke by phone"), searched
    around it. Overlapping matches keep the first. As ``scan`` of the clauses, on the
    lower-cased text alone. The keys are found in ``ascii_low``, the stand-in of ``low``
    (:func:`~newsevents._clauses.ascii_lower`), where they are in ``low``.
    """
    found: dict[int, re.Match[str]] = {}
    size = len(low)
    match_at, search = _TRIGGER_LOW.match, _TRIGGER_LOW.search
    find = ascii_low.find
    for key in _TRIGGER_KEYS:
        pos = find(key)
        if pos < 0:
            continue
        if key in _INNER_KEYS:
            while pos >= 0:
                match = search(low, max(0, pos - 24), min(size, pos + 40))
                if match is not None and match.start() <= pos < match.end():
                    found.setdefault(match.start(), match)
                pos = find(key, pos + 1)
            continue
        while pos >= 0:
            if pos == 0 or not low[pos - 1].isalnum():
                match = match_at(low, pos)
                if match is not None:
                    found.setdefault(pos, match)
            pos = find(key, pos + 1)
    kept: list[re.Match[str]] = []
    for start in sorted(found):
        if not kept or start >= kept[-1].end():
            kept.append(found[start])
    return kept


_KIND = {
    "call": MeetingKind.CALL,
    "meet": MeetingKind.MEETING,
    "talks": MeetingKind.TALKS,
    "summit": MeetingKind.SUMMIT,
    "conference": MeetingKind.CONFERENCE,
    "negotiations": MeetingKind.NEGOTIATIONS,
    "visit": MeetingKind.VISIT,
    "sit": MeetingKind.MEETING,
    "discussions": MeetingKind.TALKS,
    "gather": MeetingKind.MEETING,
    "forum": MeetingKind.CONFERENCE,
    "trip": MeetingKind.VISIT,
}

# tuples, not sets: membership by identity, where a set would call ``Enum.__hash__`` (Python)
_TALKING = (MeetingKind.MEETING, MeetingKind.TALKS, MeetingKind.NEGOTIATIONS)
_OCCASIONS = (MeetingKind.SUMMIT, MeetingKind.CONFERENCE)

_CONFERENCE_AFTER = re.compile(r"\s*(?:call|board|room|cent(?:er|re)|hall|league)\b", re.IGNORECASE)
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:the|its|their|his|her|our|these|those|this|that|such|any|all|a|an|"
    r"growing|rising|increased|strict|minimum|new)\s+)?(?:[A-Z][\w.&-]*['’]s\s+)?[\"“]?"
    r"(?P<noun>[a-z]+(?:[\"”]?\s+[a-z]+){0,3})",
)
"""The object of "meet": its first words, of which one may be the head ("its corporate
goals", "the \"well capitalised\" criteria")."""
_NOT_MET_OBJECTS = word_set(
    """demand demands requirement requirements target targets deadline deadlines need
    needs criteria criterion standard standards expectation expectations goal goals
    obligation obligations condition conditions cost costs payment payments challenge
    challenges threshold thresholds quota quotas forecast forecasts estimate estimates
    end ends death fate resistance opposition criticism approval skepticism scepticism
    scrutiny objections shortfall shortfalls commitments commitment terms requests request
    definition cut cuts limit limits level levels test tests disaster
    disasters emergency emergencies crisis crises threat threats"""
)
_OBJECT_PHRASE_ENDS = word_set(
    """of in on at for from to by with and or as than that which who after before over
    under during since into against about despite although though because while when if
    but so is are was were be been being have has had will would can could should may
    might must do does did not set made laid put given drawn shown taken"""
)
"""Words that end a noun phrase (function words, auxiliaries, participles such as "set"):
a word before one of them heads its phrase."""


def _heads_a_thing(words: list[str]) -> bool:
    """Whether the object of "meet" is a thing met, not people: "meet its targets".

    Rule: a word of :data:`_NOT_MET_OBJECTS` counts where it heads the object: it ends
    the run of words, or a word of :data:`_OBJECT_PHRASE_ENDS` or a participle follows it
    ("met resistance from", "the threat posed", "its goals despite"). Before another noun
    it only qualifies the people met: "met crisis negotiators", "met opposition leaders".
    "met with" always names people.
    """
    if not words or words[0] == "with":
        return False
    for i, word in enumerate(words):
        if word in _OBJECT_PHRASE_ENDS:
            break  # what follows is another phrase: "the heads of the emergency services"
        if word in _NOT_MET_OBJECTS:
            after = words[i + 1] if i + 1 < len(words) else ""
            if not after or after in _OBJECT_PHRASE_ENDS or after.endswith(("ed", "ing")):
                return True
    return False


_HABIT_AFTER = re.compile(r"\s+(?:regularly|routinely|every\s+(?:week|month|year|day))\b")
_GATHER_AFTER = re.compile(r"\s+(?:in|at|for|on|to|of|outside|near|here)\b", re.IGNORECASE)
_VISIT_AFTER = re.compile(
    r"\s+(?:(?:our|the|its|their)\s+)?(?:web\s*site|site|page|www)", re.IGNORECASE
)


_TRIP_TO = re.compile(r"\s+to\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")
_NOT_TRIPS = word_set("round field school fishing camping shopping holiday vacation road day")
_MARK = re.compile(r"[,;:.!?\"“”()\[\]]")
"""A punctuation mark that ends a phrase; one character, so the same written backwards,
for :func:`last_end`."""
_HABIT_WORDS = word_set(
    """regularly routinely frequently often usually periodically occasionally sometimes
    always seldom rarely previous past prior such numerous many countless"""
)
_PRESS_WORDS = word_set("news press pre-match prematch post-match postmatch earnings media")
_PASSIVE_WORDS = word_set("was were been be being is are")
_GERUND_AFTER = word_set("of for about without by in")
_ARTICLES = word_set("a an the")
_PRONOUNS = word_set("he she it who one everyone nobody")
_GATHERING_OF = word_set("intelligence information data news fact evidence fund signature")
_DETERMINERS = word_set(
    "the a an that this these those its their his her our my your any every next first second last"
)
_DEFINITE = word_set("the that this these those such")
_POSSESSIVES = word_set("its their his her")
_SUBORDINATE_KEYS = (
    "since", "because", "although", "though", "until", "unless", "whereas", "amid", "if",
    "whether", "while",
)  # fmt: skip
_NEGATED_KEYS = ("not", "n't", "n’t", "never", "no longer", "refus", "declin")
_SUBORDINATE_WORDS = frozenset(key.encode() for key in _SUBORDINATE_KEYS)
"""The words of :data:`_SUBORDINATE` as :func:`ascii_words` gives them."""
_NEGATED_INNER = frozenset({"n't", "n’t"})
_NOUN_TRIGGERS = word_set(
    """talks summit summits conference conferences meeting meetings negotiations
    discussions gathering gatherings forum forums"""
)
_JOINED_NOUN = re.compile(
    r" and (?:(?:a|an|the|some|his|her|their|its)\s+)?(?:[a-z]+\s+)?"
    r"(?P<noun>(?!(?:talks|meetings?|summits?|conferences?|negotiations|discussions|"
    r"gatherings?|forums?|visits?|dinners?|lunch|lunches|receptions?|press)\b)[a-z]+)"
    r"\s+(?:from|by|of)\b"
)
"""A meeting joined to another noun that has its own source: "a meeting and sharp remarks
from X". Meals and receptions ("talks and a dinner with X") belong to the meeting."""
_THING_AFTER = re.compile(
    r"\s+(?:resolutions?|sanctions|demands?|plans?|proposals?|standards|rules|laws?|"
    r"polic(?:y|ies)|debts?|budgets?|economy|markets?|territory|borders?|soil|charter|"
    r"treaty|deals?|accords?|agreements?|exports?|imports?|currency|shares|stocks?)\b"
)
"""A thing a body's name can qualify, in lower case: "the EU quotas"."""
_ATTENDED = word_set("after following during at before since from")
"""Words that put a speaker at the meeting they report on: "told reporters after the talks"."""
_FRESH_WORDS = word_set("similar another further separate other")
_PREPOSITIONS = word_set("of in at on for with to and or from by")


_GATHERERS = word_set(
    """ministers leaders officials delegates representatives envoys heads diplomats
    negotiators executives governors presidents chiefs members"""
)


def _words_around(text: str, lo: int, start: int) -> set[str]:
    """The lower-case words of the 60 characters before ``start``."""
    return set(text[max(lo, start - 60) : start].lower().split())


_WORDS_BACK = 48
"""How far back, in characters, :func:`_words_before` reads."""


def _words_before(text: str, lo: int, start: int) -> list[str]:
    """The last few words before ``start`` in the same phrase (no punctuation between)."""
    back = max(lo, start - _WORDS_BACK)
    return text[last_end(_MARK, text, back, start) or back : start].split()[-5:]


_POSSESSIVE_ENDS = ("'s", "’s")
_SUBJECTS = word_set("i we you he she it they there")
_CONTRACTING = word_set("it he she that there what who here let where how")
"""Words whose "'s" is "is" or "has" ("it's continuing talks"), not a possessive."""


def _definite(words: list[str]) -> bool:
    """Whether a trigger is introduced as known: "the meeting", "Thursday's planned talks".

    Rule: a determiner (the, that, this...) or a possessive noun ("Thursday's", but not
    "it's") at most three lower-case words before it, none of them a preposition.
    """
    last = words[-4:]
    for k in range(len(last) - 1, -1, -1):
        word = last[k]
        lowered = word.lower()
        if lowered == "that" and k + 1 < len(last) and last[k + 1].lower() in _SUBJECTS:
            return False  # "said that it will hold talks": a clause, not "that meeting"
        if lowered in _DEFINITE or (
            word[-2:] in _POSSESSIVE_ENDS and lowered[:-2] not in _CONTRACTING
        ):
            return True
        if not word[:1].islower() or word in _PREPOSITIONS:
            return False
    return False


_VERB_FORMS = word_set("met meet meets negotiated negotiates negotiate visited gathered")
_AUXILIARIES = word_set("is are was were be been am")


def _verbal(match: re.Match[str], lowered: list[str]) -> bool:
    """Whether a trigger is a verb ("met", "are meeting"), which no determiner introduces."""
    word = match.group().lower()
    if word in _VERB_FORMS:
        return True
    return word.endswith("ing") and bool(lowered) and lowered[-1] in _AUXILIARIES


def _is_trigger(text: str, match: re.Match[str], lo: int, words: list[str]) -> bool:
    """Whether a trigger word names a meeting here, by the words around it.

    Rule: a press or news conference, a conference call, "meet the demands", "were met
    with boos", "a negotiated end", intelligence gathering, visiting a website, "he
    talks", a trip anywhere but to a known place ("a trip to Peru" is a visit, "a
    field trip" is not) and habits ("we meet regularly", "previous meetings") are not
    meetings.
    Example: "The two sides met on Monday" is one; "The plan failed to meet its targets"
    is not. ``words`` are the words before it (:func:`_words_before`) in its sentence,
    which starts at ``lo``, in lower case.
    """
    group = match.lastgroup
    start, end = match.start(), match.end()
    last = words[-1] if words else ""
    word = match.group().lower()
    if _HABIT_WORDS.intersection(words[-2:]) or _HABIT_AFTER.match(text, end):
        return False
    if group == "conference":
        return not (last in _PRESS_WORDS or _CONFERENCE_AFTER.match(text, end))
    if word == "negotiated" and last in _ARTICLES:
        # "a negotiated settlement of the strike" names an outcome, not talks
        return False
    if word.endswith("ing") and last in _GERUND_AFTER:
        # "the tactic of negotiating under pressure" names an activity, not an occasion
        return False
    if group == "meet":
        if word in {"met", "meet", "meets"} or (
            word == "meeting" and not _DETERMINERS.intersection(words[-4:])
        ):
            passive = last in _PASSIVE_WORDS or (
                last.endswith("ly") and len(words) > 1 and words[-2] in _PASSIVE_WORDS
            )
            if (word == "met" and passive) or last == "ends":
                return False
            obj = _OBJECT_AFTER.match(text, end)
            if obj and _heads_a_thing(
                obj.group("noun").replace("”", " ").replace('"', " ").split()
            ):
                return False
        return True
    if group == "talks":
        return last not in _PRONOUNS
    if group == "gather":
        # ministers gather to confer; crowds gather to protest
        if last in _GATHERING_OF or not _GATHERERS.intersection(_words_around(text, lo, start)):
            return False
        return word.startswith("gathering") or bool(_GATHER_AFTER.match(text, end))
    if group == "visit":
        return not _VISIT_AFTER.match(text, end)
    if group == "trip":
        # "a trip to Peru by farm ministry staff" is a visit; a field trip is not
        return last not in _NOT_TRIPS and _trip_place(text, end) is not None
    return True


# --- status -----------------------------------------------------------------------------

_CUE_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_BE = word_set("is are am was were")
_BE_CONTRACTED = word_set(
    """it's it’s he's he’s she's she’s they're they’re we're we’re there's there’s
    that's that’s"""
)
"""A pronoun with "is" or "are" in it: "it's holding talks" is "it is holding talks"."""
_PROGRESSIVE = word_set(
    "holding meeting negotiating discussing attending visiting gathering sitting having"
)
_CUE_PAIRS: dict[tuple[str, str], str] = {
    **{(v, "off"): "cancelled" for v in ("call", "called", "calls", "calling", "put")},
    ("under", "way"): "ongoing",
    **{
        (a, "to"): "planned"
        for a in ("due", "expected", "set", "plan", "plans", "planned", "agreed", *_BE)
    },
    **{
        ("to", v): "planned"
        for v in ("hold", "have", "meet", "attend", "host", "visit", "begin", "start", "open")
    },
    **{("would", v): "planned" for v in ("hold", "meet", "visit", "attend", "host")},
    **{
        (v, "for"): "proposed"
        for v in ("call", "called", "calls", "calling", "push", "pushed", "pushing", "pushes")
    },
    **{(v, "to"): "proposed" for v in ("want", "wants", "wanted", "ready", "return", "open")},
    **{(v, w): "proposed" for v in ("hope", "hopes", "hoped", "hoping") for w in ("to", "for")},
    ("would", "like"): "proposed",
    ("pave", "the"): "proposed",
    ("series", "of"): "proposed",
    ("idea", "of"): "proposed",
    ("broke", "down"): "held",
    ("wrapped", "up"): "held",
}
"""Two-word cues of tense and modality, each with the status it points to."""
_PAIR_FIRSTS = frozenset(first for first, _ in _CUE_PAIRS)
_CUE_WORDS: dict[str, str] = {
    **dict.fromkeys(
        word_set(
            """cancel cancels cancelled canceled cancelling canceling cancellation scrap
            scrapped scraps shelved suspend suspended suspends abandon abandoned abandons
            delayed"""
        ),
        "cancelled",
    ),
    **dict.fromkeys(
        word_set(
            """began begun begins opened opens started starts launched resumed resumes underway
            holds hosts"""
        ),
        "ongoing",
    ),
    **dict.fromkeys(
        word_set("will shall scheduled planned planning upcoming forthcoming next"), "planned"
    ),
    **dict.fromkeys(
        word_set(
            """may might could offer offered offers offering urged urges urging if possible
            possibility potential willing resume"""
        ),
        "proposed",
    ),
    **dict.fromkeys(
        word_set(
            """met held had was were after following during ended concluded leaving left last
            yesterday attended hosted visited negotiated gathered convened spoke talked sat"""
        ),
        "held",
    ),
}
"""One-word cues of tense and modality, each with the status it points to."""
_CUE_STEMS_ALL = (
    ("postpon", "cancelled"),
    ("boycott", "cancelled"),
    ("continu", "ongoing"),
    ("propos", "proposed"),
    ("suggest", "proposed"),
    ("invit", "proposed"),
    ("seek", "proposed"),
    ("consider", "proposed"),
    ("prepar", "planned"),
)
_CUE_STEM_HEADS: dict[str, list[tuple[str, str]]] = {}
for _stem, _status_name in _CUE_STEMS_ALL:
    _CUE_STEM_HEADS.setdefault(_stem[:4], []).append((_stem, _status_name))
"""Stems of cue words by their first four letters, so most words are looked up once."""


_CUE_HEADS = frozenset(
    {
        word[:4]
        for word in (*_BE, *_BE_CONTRACTED, "to", *(first for first, _ in _CUE_PAIRS), *_CUE_WORDS)
    }
    | _CUE_STEM_HEADS.keys()
)
"""The first four letters of every word a cue can start with, but "we'll" (:func:`_cue_at`)."""


_WILL_ENDS = ("'ll", "’ll")


def _cue_at(tokens: list[str], i: int) -> tuple[str | None, int]:
    """The status the cue starting at ``tokens[i]`` points to, and its length in tokens.

    ``(None, 1)`` where no cue starts there.
    """
    word = tokens[i]
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    if word in _BE or word in _BE_CONTRACTED:
        step = 2 if following.endswith("ly") and i + 2 < len(tokens) else 1
        if i + step < len(tokens) and tokens[i + step] in _PROGRESSIVE:
            return "ongoing", step + 1
        if i + 2 < len(tokens) and (
            tokens[i + 2] in {"holding", "having"}
            or (following == "in" and tokens[i + 2] in {"talks", "negotiations"})
        ):
            return "ongoing", 3
    elif word == "to" and following == "be" and i + 2 < len(tokens) and tokens[i + 2] == "held":
        return "planned", 3
    if word in _PAIR_FIRSTS:
        pair = _CUE_PAIRS.get((word, following))
        if pair is not None:
            return pair, 2
    single = _CUE_WORDS.get(word)
    if single is not None:
        return single, 1
    stems = _CUE_STEM_HEADS.get(word[:4])
    if stems is not None:
        for stem, status in stems:
            if word.startswith(stem):
                if stem == "prepar":
                    return (status, 2) if following in {"for", "to"} else (None, 1)
                return status, 1
    if word.endswith(("'ll", "’ll")):
        return "planned", 1
    return None, 1


_NOT_LETTERS = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
"""A ``bytes.translate`` table: a to z kept, every other byte a space."""


def _cue_words(text: str) -> list[str]:
    """The lower-case words of ``text`` that cues are read from (:data:`_CUE_TOKEN`)."""
    return _cue_reading(text)[0]


def _cue_reading(text: str) -> tuple[list[str], bool]:
    """:func:`_cue_words`, and whether ``text`` holds an apostrophe (else no word ends "'ll")."""
    low = text.lower()
    if "'" not in low and "’" not in low:
        # no apostrophe, so the words are the runs of a to z: split at C speed (each
        # character past ASCII becomes "?", a break)
        words = low.encode("ascii", "replace").translate(_NOT_LETTERS).decode("ascii").split()
        return words, False
    return _CUE_TOKEN.findall(low), True


def _cues(tokens: list[str], apostrophes: bool = True) -> set[str]:  # noqa: FBT001, FBT002
    """The statuses the cue words of ``tokens`` (from :func:`_cue_words`) point to.

    Rule: words of tense and modality, read left to right, two-word cues first ("called
    off", "due to", "is holding"). Example: "are due to meet" gives {"planned"}.
    ``apostrophes`` false says no word holds one, so none is "we'll": the loop that
    skips that test costs a third less a word (a positional flag: this is the hot loop).
    """
    found: set[str] = set()
    following = 0  # the first word after the last cue read
    i = -1
    if apostrophes:
        for word in tokens:
            i += 1
            # most words start no cue: their first four letters rule them out at one look
            if (word[:4] in _CUE_HEADS or word[-3:] in _WILL_ENDS) and i >= following:
                status, step = _cue_at(tokens, i)
                if status is not None:
                    found.add(status)
                following = i + step
        return found
    for word in tokens:
        i += 1
        if word[:4] in _CUE_HEADS and i >= following:
            status, step = _cue_at(tokens, i)
            if status is not None:
                found.add(status)
            following = i + step
    return found


def _first_cue(tokens: list[str]) -> set[str]:
    """The status the cue that starts ``tokens`` points to, if one does, as :func:`_cues`."""
    status = _cue_at(tokens, 0)[0] if tokens else None
    return {status} if status is not None else set()


_CANCEL_HINTS = (
    "off", "cancel", "scrap", "shelved", "suspend", "abandon", "delayed", "postpon", "boycott"
)  # fmt: skip
"""A part of every cue of a cancelled meeting (the tests hold them to it)."""
_PAST_TRIGGERS = frozenset({"met", "visited", "negotiated", "gathered"})
_VERB_TRIGGERS = _PAST_TRIGGERS | {"meet", "meets", "visit", "visits", "negotiate", "gather"}


def _status(
    before: str, trigger: str, after: str, when: TimeSpan | None, today: pendulum.Date | None
) -> MeetingStatus | None:
    """The status the words around a trigger give, or the time, or None.

    Rule: "called off" or "postponed" is cancelled; "may", "offered to", "called for"
    proposed; "will", "is due to", "is expected to", "scheduled" planned (and proposed
    when a future time is not given); "began", "talks began" (within the week) or "are
    meeting" ongoing; "met" or "held" held. Otherwise the time decides: past is held,
    future planned, today ongoing.
    Example: "Chilean and Peruvian envoys are due to hold talks on Friday" is planned.
    """
    future = when is not None and today is not None and when.start > today
    past = when is not None and today is not None and when.end < today
    word = trigger.lower()
    ahead = _cues(*_cue_reading(before))
    if "cancelled" in ahead:
        return MeetingStatus.CANCELLED
    after_words, after_apostrophes = _cue_reading(after)
    # a noun trigger is often the subject: "the talks are scheduled", "talks were held"
    if word not in _VERB_TRIGGERS:
        behind = _cues(after_words, after_apostrophes)
        if "cancelled" in behind:
            return MeetingStatus.CANCELLED
    else:
        behind = _first_cue(after_words)
        # only a word of :data:`_CANCEL_HINTS` calls a meeting off: most texts hold none
        if any(map(after.lower().__contains__, _CANCEL_HINTS)) and "cancelled" in _cues(
            after_words, after_apostrophes
        ):
            return MeetingStatus.CANCELLED
    planned = "planned" in ahead or "planned" in behind
    if "proposed" in ahead and not (planned and future):
        return MeetingStatus.PROPOSED
    if planned and not past:
        return MeetingStatus.PLANNED
    if (
        word not in _VERB_TRIGGERS
        and "ongoing" in _first_cue(after_words)
        and not (past and when is not None and today is not None and _days(when, today) > 7)
    ):
        # "the talks began yesterday": under way on the story's date, unless long ago
        return MeetingStatus.PLANNED if future else MeetingStatus.ONGOING
    if "ongoing" in ahead or _ongoing_up_to(before[-12:] + " " + trigger):
        return MeetingStatus.PLANNED if future else MeetingStatus.ONGOING
    if word in _PAST_TRIGGERS or "held" in ahead or "held" in behind:
        return MeetingStatus.HELD
    if when is not None and today is not None:
        if future:
            return MeetingStatus.PLANNED
        if past:
            return MeetingStatus.HELD
        return MeetingStatus.ONGOING
    return None


_ONGOING_STARTS = frozenset(
    {
        *_BE,
        *_BE_CONTRACTED,
        *(first for (first, _), status in _CUE_PAIRS.items() if status == "ongoing"),
        *(word for word, status in _CUE_WORDS.items() if status == "ongoing"),
    }
)
"""The words an "ongoing" cue can start with (:func:`_cue_at`), but the stems."""
_ONGOING_STEMS = tuple(stem for stem, status in _CUE_STEMS_ALL if status == "ongoing")


def _ongoing_up_to(text: str) -> bool:
    """Whether the cues of ``text`` (the last words before a trigger, and it) say "ongoing".

    Most such texts hold no word an "ongoing" cue starts with (:data:`_ONGOING_STARTS`,
    :data:`_ONGOING_STEMS`): one set test rules the full reading out.
    """
    words, apostrophes = _cue_reading(text)
    if _ONGOING_STARTS.isdisjoint(words) and not any(
        map(text.lower().__contains__, _ONGOING_STEMS)
    ):
        return False  # (each word is a piece of ``text.lower()``, so holds no stem it lacks)
    return "ongoing" in _cues(words, apostrophes)


def _days(when: TimeSpan, today: pendulum.Date) -> int:
    """How many days before ``today`` the span ``when`` ends."""
    return today.toordinal() - when.end.toordinal()


# --- mentions ---

_SUBORDINATE = re.compile(
    r"\b(?:since|because|although|though|until|unless|whereas|amid|if|whether|while)\b",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|its|their)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)"
    r"\s+(?:[a-z-]+\s+)?$"
)


_VISITED = re.compile(r"\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")


def _visited(text: str, match: re.Match[str], hi: int) -> tuple[str, Span] | None:
    """The known place a visit goes to, named as its object: "will visit China"."""
    if match.lastgroup != "visit":
        return None
    found = _VISITED.match(text, match.end(), hi)
    return None if found is None else _known_place(found)


def _known_place(found: re.Match[str]) -> tuple[str, Span] | None:
    """The known place that the ``name`` group of ``found`` names, or its first word does."""
    name = found.group("name")
    if place_country(name) is None:
        name = name.split()[0]
        if place_country(name) is None:
            return None
    start = found.start("name")
    return name, Span(start=start, end=start + len(name))


def _person_words(actors: ActorIndex) -> frozenset[str]:
    """The last word of each name of each person of the story: "Okafor", "Lindqvist"."""
    return frozenset(
        name.split()[-1]
        for actor in actors.by_id.values()
        if actor.kind is ActorKind.PERSON
        for name in (actor.name, *actor.aliases)
        if name.strip()
    )


_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)
_VENUE_CITY = re.compile(r",?\s+in\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")


def _venue_place(
    text: str, place: tuple[str, Span], hi: int, person_words: frozenset[str]
) -> tuple[tuple[str, Span], Span]:
    """The place a meeting is held in, where the phrase names a venue, not a town.

    Rule: a run of capitals ends before a person's name ("in the Marble Hall Okafor
    had said" is the Marble Hall); a venue followed by "in" and a known place ("at
    Rivergate Convention Centre in Lisbon") gives that place, the town news names. Also the
    span of the venue, which names no party.
    """
    name, span = place
    words = name.split()
    for k in range(1, len(words)):
        if words[k] in person_words:
            name = " ".join(words[:k])
            span = Span(start=span.start, end=span.start + len(name))
            break
    town = _VENUE_CITY.match(text, span.end, hi)
    known = None if town is None else _known_place(town)
    return (known or (name, span)), span


def _trip_place(text: str, end: int) -> tuple[str, Span] | None:
    """The known place a trip goes to: "last month's trip to Peru by farm ministry staff"."""
    found = _TRIP_TO.match(text, end)
    return None if found is None else _known_place(found)


def _place_before(text: str, lo: int, start: int) -> tuple[str, Span] | None:
    """A known place named as a modifier of the trigger: "a Lisbon summit".

    The name is one of the last two words before the trigger (one lower-case word may
    stand between: "a Lisbon trade summit"): where neither starts with a capital, as in
    most sentences, the pattern is not run.
    """
    back = max(lo, start - 40)
    for word in text[back:start].rsplit(None, 2)[-2:]:
        if "A" <= word[0] <= "Z":
            break
    else:
        return None
    match = _PLACE_BEFORE.search(text, back, start)
    if match is None or place_country(match.group("name")) is None:
        return None
    return match.group("name"), Span(start=match.start("name"), end=match.end("name"))


_PLACE_HINTS = tuple(
    re.compile(pattern)
    for pattern in (
        *(
            rf"{prep}(?<!\w\w\w)\s+(?:the\s+)?(?:[A-Za-z]+\s+(?:city|capital|town|port)\s+of\s+)?[A-Z]"
            for prep in ("in", "at", "to")
        ),
        r"here(?<!\w{5})\b",
    )
)
"""``PLACE_PHRASE`` of the clauses cut after the name's first letter, one pattern for each
first word: where a place phrase (as :func:`find_place` reads it) can start. Each starts
with its letters, which ``re`` finds as fast as ``str.find``; the look-behind (after them)
refuses a letter before them, as ``\\b`` would."""


def _place_hint(text: str, lo: int, hi: int, *, here: bool) -> int | None:
    """Where the first place phrase in ``text[lo:hi]`` can start, or None if none can.

    Without a dateline place (``here`` false) "here" names none, so is not sought.
    """
    first = None
    for pattern in _PLACE_HINTS if here else _PLACE_HINTS[:-1]:
        hint = pattern.search(text, lo, hi)
        if hint is not None and (first is None or hint.start() < first):
            first = hint.start()
    return first


_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\s+(?:(?:\w+\s+){0,3}?|and\s+[^,;:.]*)$")
_PRONOUN_IN_CLAUSE = re.compile(
    r"(?:[,;]\s*|\s(?:and|but|then|where|when|as)\s+)(?P<pronoun>[Hh]e|[Ss]he)\s+"
    r"(?:[\w'’]+\s+){0,3}$"
)
"""A "he" or "she" that is the subject of the trigger's clause: "On Monday, he met"."""
_ELIDED_SUBJECT = re.compile(
    r"\s(?:and|but|then)\s+(?:(?:will|would|later|also|then|to|has|had|have|is|was|"
    r"were|are|again)\s+){0,3}$"
)
"""A verb coordinated with the first, sharing its subject: "arrived on Monday and met"."""


def _pronoun_person(
    text: str,
    span: tuple[int, int, int],
    *,
    actors: ActorIndex,
    zones: list[tuple[int, int]],
) -> Actor | None:
    """The person a "he" or "she" inside the trigger's clause stands for.

    Rule: the first person named in the sentence before the pronoun (its subject), else
    the person the story spoke of last; not a pronoun of an attribution ("he said").
    Example: "On Monday, he met the Icelandic envoy in Oslo."
    """
    u_start, lo, start = span
    pronoun = _PRONOUN_IN_CLAUSE.search(text, max(lo, start - 60), start)
    if pronoun is None or inside(zones, pronoun.start("pronoun"), pronoun.end("pronoun")):
        return None
    for item in actors.within(u_start, pronoun.start("pronoun")):
        if item.actor.kind is ActorKind.PERSON:
            return item.actor
    return actors.before(u_start, _PERSONS)


_PERSONS = frozenset({ActorKind.PERSON})
_PARTICIPLE = re.compile(
    r"\s*[\"“]?(?:leaving|arriving|speaking|attending|after|following|during|at|on\s+the\s+"
    r"sidelines\s+of)\b",
    re.IGNORECASE,
)
_SCOPE_TIME = re.compile(
    r"(?:the\s+)?(?:past|last)\s+(?:\w+\s+)?(?:decades?|years|centur)", re.IGNORECASE
)


_TITLE_SUBJECT = re.compile(
    r"\s*[\"“]?The\s+(?P<title>[A-Za-z]+(?:[ -][A-Za-z]+)?)(?P<rest>,|\s+[a-z])"
)
"""A sentence whose subject is a title: "The President, who ...", "The minister met"."""
_COMPANY_NOUNS = word_set(
    """company firm bank lender insurer carrier airline automaker carmaker maker retailer
    group utility conglomerate"""
)
_COMPANIES = frozenset({ActorKind.ORGANIZATION})
_LOOK_BACK = 50
"""How many actor mentions back a title or a pronoun is looked up."""


def _titled_subject(text: str, lo: int, start: int, actors: ActorIndex) -> Actor | None:
    """The actor a title or common noun that opens the sentence refers to.

    Rule: "The President" (or "The prime minister") as the subject before the trigger is
    the person named last before the sentence whose title ends with those words; "The
    company" (bank, airline...) is the organisation named last.
    Example: "The President, who received the envoys at the palace, said ..." is
    the president named before.
    """
    subject = _TITLE_SUBJECT.match(text, lo, start)
    if subject is None:
        return None
    words = subject.group("title").lower().split()
    if words[0] in _COMPANY_NOUNS:
        # "The bank is negotiating with ...": the company named last
        return actors.before(lo, _COMPANIES)
    return _titled_person(words, lo, actors)


_TITLE_BEFORE = re.compile(
    r"\bthe\s+(?P<title>[a-z]+(?:[ -][a-z]+)?)\s+(?:(?:has|had|have|will|would|also|later|"
    r"then|is|was|were|are)\s+){0,2}$"
)
"""A title as the subject right before a verb: "whom the minister had met"."""


def _title_before(text: str, lo: int, start: int, actors: ActorIndex) -> Actor | None:
    """The person "the king" or "the minister" right before a verb trigger stands for.

    Rule: as :func:`_titled_subject`, for a title inside the sentence.
    Example: "Okafor, whom the minister met on Monday" is the minister named before.
    """
    subject = _TITLE_BEFORE.search(text, max(lo, start - 50), start)
    if subject is None:
        return None
    return _titled_person(subject.group("title").split(), subject.start(), actors)


def _titled_person(words: list[str], lo: int, actors: ActorIndex) -> Actor | None:
    """The person named last before ``lo`` whose title ends with ``words`` (or the first)."""
    # "The minister met": the second word is the verb, not part of the title
    endings = [" ".join(words), words[0]] if len(words) > 1 else words
    i = bisect.bisect_left(actors.starts, lo) - 1
    stop = max(-1, i - _LOOK_BACK)
    while i > stop:
        actor = actors.items[i].actor
        title = actor.title
        if actor.kind is ActorKind.PERSON and title is not None:
            title = title.lower()
            if any(title == e or title.endswith(" " + e) for e in endings):
                return actor
        i -= 1
    return None


_REPORTED_PRONOUN = re.compile(
    r"\s+(?:that\s+)?(?P<pronoun>he|she|it|they|we)(?:['’](?:s|ll|d|re|ve))?\s+"
    r"(?:[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)
"""The subject pronoun of a reported clause, up to the trigger: "said that it will hold"."""
_PRONOUN_KINDS = {
    "he": (ActorKind.PERSON,),
    "she": (ActorKind.PERSON,),
    "it": (ActorKind.ORGANIZATION, ActorKind.COUNTRY),
    "they": (ActorKind.ORGANIZATION, ActorKind.COUNTRY, ActorKind.GROUP),
    "we": (ActorKind.ORGANIZATION, ActorKind.COUNTRY, ActorKind.GROUP),
}


def _reported_speakers(
    text: str, zones: list[tuple[int, int]], start: int, voices: list[str], actors: ActorIndex
) -> list[str]:
    """The speakers a pronoun right after their verb refers to, as parties.

    Rule: in "X said (that) it will hold talks with Y", the pronoun that is the subject
    of the reported clause is the speaker, when the speaker is of its kind.
    Example: "The EU announced that it will open talks with Moldova" gives the EU.
    """
    for _, zone_end in zones:
        if zone_end > start:
            continue
        pronoun = _REPORTED_PRONOUN.fullmatch(text, zone_end, start)
        if pronoun is not None:
            kinds = _PRONOUN_KINDS[pronoun.group("pronoun").lower()]
            return [p for p in voices if actors.by_id[p].kind in kinds]
    return []


def _subordinate_zones(
    text: str, low: str, lo: int, hi: int, *, trigger: tuple[int, int]
) -> list[tuple[int, int]]:
    """The subordinate clauses of a trigger's part of the sentence: other events.

    Example: "since the governor took office in March".

    Rule: after the trigger, from "since", "because", "until", "amid"... to the end of
    the part; before it, from the word to the next clause mark, unless that holds the
    trigger.
    """
    start, end = trigger
    found: list[tuple[int, int]] = []
    for sub in scan(text, low, _SUBORDINATE_KEYS, _SUBORDINATE, lo=lo, hi=hi):
        if sub.start() >= end:
            found.append((sub.start(), hi))
            break
        close = CLAUSE_MARK.search(text, sub.end(), hi)
        zone_end = close.start() if close else hi
        if zone_end <= start:
            found.append((sub.start(), zone_end))
    return found


_PEOPLE_WORDS = word_set(
    """officials official representatives representative counterparts counterpart leaders
    leader ministers minister delegation delegations envoys envoy diplomats executives
    members member team teams officers authorities president counterparts chiefs head
    heads"""
)


def _partner(phrase: str) -> str | None:
    """The other party of "talks with banks" as a common noun ("banks"), or None.

    Named parties are compared as actors; people words ("officials", "ministers") say
    nothing about which party it is.
    """
    words = phrase.split()
    if "of" in words:
        words = words[: words.index("of")]
    if not words:
        return None
    head = words[-1].strip(".,’'")
    if not head or head[0].isupper() or head.lower() in _PEOPLE_WORDS:
        return None
    return head.lower()


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _overlaps(span: Span, start: int, end: int) -> bool:
    return span.start < end and start < span.end


_BOUNDARY = re.compile(
    r"[;:]|,\s+(?:and|but|while|whereas|although|as|after|before|since|when|which|who)\b|"
    r"\s(?:after|before|since|until|while|whereas|because)\s",
    re.IGNORECASE,
)
_CHAIN = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)|"
    r"the\s+(?P<the>day|week))\s+(?P<dir>after|before)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7,
}  # fmt: skip
_NTH_DAY = re.compile(
    r"\b(?:for|on|in)\s+(?:a|the|its)\s+(?P<nth>second|third|fourth|fifth|sixth|2nd|3rd|"
    r"4th|5th|6th)\s+(?:straight\s+|consecutive\s+|successive\s+|and\s+final\s+)?day\b",
    re.IGNORECASE,
)
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_NTH_KEYS = ("second", "third", "fourth", "fifth", "sixth", "2nd", "3rd", "4th", "5th", "6th")
_NTH_WORDS = frozenset(key.encode() for key in _NTH_KEYS)
"""The ordinals of :data:`_NTH_DAY` as :func:`ascii_words` gives them."""


def _has_nth(low: str, lo: int, start: int, hi: int) -> bool:
    """Whether an ordinal that :data:`_NTH_DAY` reads stands near a trigger at all."""
    window = low[max(lo, start - _REACH) : hi]
    return any(key in window for key in _NTH_KEYS)


_NEGATED = re.compile(r"\b(?:not|n['’]t|never|no\s+longer|refus\w+|declin\w+)\b", re.IGNORECASE)
_WITH = re.compile(
    r"\s+(?i:with|between)\s+(?:the\s+)?(?P<what>[\w’'.-]+(?:\s+(?!(?:since|in|on|at|to|"
    r"for|and|but|as|from|over|about|after|before|this|that|which|who|last|next)\b)"
    r"[\w’'.-]+){0,3})",
)
_WITH_STARTS = ("w", "b")


def _may_follow_with(low: str, end: int) -> bool:
    """Whether :data:`_WITH` can match at ``end``: white space, then "with" or "between".

    Most triggers are followed by neither, which the two characters after them tell.
    """
    follow = low[end : end + 2]
    return follow[:1].isspace() and (follow[1:] in _WITH_STARTS or follow[1:].isspace())


_TOPIC_LEADS = word_set(
    """discuss negotiate review address reschedule resolve settle seek agree finalise
    finalize ease tackle end discussing negotiating reviewing addressing on over about
    concerning regarding"""
)
_LSTRIP_MARKS = operator.methodcaller("lstrip", ",;:")
_TOPIC_STOPS = word_set(
    """in at on with and but as to from for since after before when while said says is are
    was were will this that next last today tomorrow yesterday"""
)
_NOT_TOPICS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today tomorrow"""
)
_TOPIC_TRIM = frozenset({"concerns", "issues", "matters", "the", "a", "an", "their", "its"})
_LEADING_PREPOSITION = re.compile(r"\s(?:of|for|at|during|to)\s", re.IGNORECASE)
_STOP_AT_CHAIN = re.compile(r"\b(?:a|an|one|two|the)\s+(?:days?|weeks?)\s+(?:after|before)\b")
_BETWEEN_CHAIN = re.compile(r"\s(?:follows?|followed|after|before|comes?|came|amid)\s")
_PARTY_KINDS = (ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.COUNTRY, ActorKind.GROUP)


@attrs.define
class _Mention:
    """One trigger read from its part of its sentence."""

    unit: int
    span: Span
    kind: MeetingKind
    anaphoric: bool
    fresh: bool
    participants: list[str]
    affiliations: set[str]
    place: tuple[str, Span] | None
    when: TimeSpan | None
    when_span: Span | None
    status: MeetingStatus | None
    topic_at: tuple[int, int]
    """Where the words on its topic are read (:func:`_topic`), when its meeting is kept."""
    partner: str | None
    with_ids: list[str]
    """The parties named after "with" or "between": "talks with Moldova"."""
    headline: bool
    voices: list[str]
    """Parties named in the sentence's attribution ("X told journalists after the meeting")."""
    attended: bool
    """Whether the trigger follows "after", "during" or "at": the speaker was there."""


@attrs.define
class _Occasion:
    """Mentions of one meeting, merged."""

    mentions: list[_Mention]
    kind: MeetingKind
    participants: list[str]
    affiliations: set[str]
    place: tuple[str, Span] | None
    when: TimeSpan | None
    status: MeetingStatus | None
    partners: set[str]

    def add(self, m: _Mention) -> None:
        """Take in one more mention of this occasion."""
        self.mentions.append(m)
        for p in m.participants:
            if p not in self.participants:
                self.participants.append(p)
        self.affiliations |= m.affiliations
        if self.place is None and m.place is not None:
            self.place = m.place
        dated = m.when is not None and (self.when is None or _rank(m.when) < _rank(self.when))
        if m.when is not None and dated:
            self.when = m.when
        # the mention that dates the meeting says best whether it happened
        if (
            self.status is not MeetingStatus.CANCELLED
            and m.status is not None
            and (
                m.status is MeetingStatus.CANCELLED
                or self.status is None
                or (dated and not m.headline)
            )
        ):
            self.status = m.status
        if m.partner:
            self.partners.add(m.partner)
        if (
            self.kind is MeetingKind.MEETING
            and m.kind is not MeetingKind.MEETING
            and m.kind in _TALKING
        ):
            self.kind = m.kind


_GRANULARITIES = tuple(Granularity)
_LATER = (MeetingStatus.PLANNED, MeetingStatus.ONGOING, MeetingStatus.PROPOSED)


def _rank(span: TimeSpan) -> int:
    # a tuple's ``index`` compares by identity, where a dict would hash the enum in Python
    return _GRANULARITIES.index(span.granularity)


def _first_day(span: TimeSpan) -> TimeSpan:
    """The day a meeting over a stretch that is no calendar unit ("this weekend") starts.

    A meeting over several days is dated by its first day.
    """
    g = span.granularity
    days = span.end.toordinal() - span.start.toordinal()
    if (g is Granularity.DAY and days) or (
        g is Granularity.WEEK and (days != 6 or span.start.weekday() != 0)
    ):
        return TimeSpan.day(span.start)
    return span


_INTRO_CLAUSE = re.compile(
    r"\s*[\"“‘']?(?:If|When|Once|After|Before|As|While|Although|Though|Unless|Until|Since|"
    r"Because|Whether|Should)\s"
)
"""A sentence that opens with a subordinate clause: "If the talks succeed, ..."."""


def _segments(
    text: str, start: int, end: int, triggers: list[re.Match[str]]
) -> list[tuple[int, int]]:
    """The part of the sentence ``[start, end)`` that belongs to each trigger.

    Rule: with one trigger, the whole sentence; with several, the sentence is cut
    between neighbours at the comma that closes an opening subordinate clause ("If the
    talks succeed, | the team will hold similar talks"), else at a clause boundary (";",
    "but", "after", "since"...), else at a comma, else before the preposition that leads
    to the second ("met in Singapore on Sunday | on the sidelines of a forum"), else at
    the space nearest halfway.
    """
    if len(triggers) == 1:
        return [(start, end)]
    cuts = [start]
    # "If the talks succeed, the team will hold talks in Paris": the clause that opens
    # the sentence ends at its first comma; what follows is the main clause's
    intro = _INTRO_CLAUSE.match(text, start, end)
    intro_end = text.find(",", start, triggers[1].start()) if intro else -1
    if intro_end < triggers[0].end():
        intro_end = -1
    for left, right in itertools.pairwise(triggers):
        boundary = intro_end if left is triggers[0] and intro_end >= 0 else None
        if boundary is None:
            clause = _BOUNDARY.search(text, left.end(), right.start())
            boundary = clause.start() if clause else None
        if boundary is None:
            comma = text.rfind(",", left.end(), right.start())
            boundary = comma if comma >= 0 else None
        chain = _STOP_AT_CHAIN.search(text, left.end(), right.start())
        if chain:
            boundary = chain.start()
        if boundary is None:
            leads = list(_LEADING_PREPOSITION.finditer(text, left.end(), right.start()))
            if leads:
                boundary = leads[-1].start()
        if boundary is None:
            middle = (left.end() + right.start()) // 2
            space = text.rfind(" ", left.end(), middle + 1)
            boundary = space if space >= 0 else middle
        cuts.append(boundary)
    cuts.append(end)
    return list(itertools.pairwise(cuts))


def _participant_ids(found: list[Actor], actors: ActorIndex) -> tuple[list[str], set[str]]:
    """Actor ids of the parties, with officials of a country standing for the country.

    Rule: a group or anonymous source with a country ("American officials") is that
    country where the story names it as an actor; anonymous sources are not parties.
    """
    ids: list[str] = []
    codes: set[str] = set()
    for mentioned in found:
        party = mentioned
        if mentioned.affiliation:
            codes.add(mentioned.affiliation)
        if mentioned.kind in (ActorKind.GROUP, ActorKind.ANONYMOUS):
            country = actors.countries.get(mentioned.affiliation or "")
            if country is not None:
                party = country
            elif mentioned.kind is ActorKind.ANONYMOUS:
                continue
        if party.kind in _PARTY_KINDS and party.id not in ids:
            ids.append(party.id)
    return ids, codes


def _topic(text: str, low: str, start: int, end: int) -> str | None:
    """A few words on what the meeting is about.

    Rule: up to five words after "to discuss", "on", "over" or "about", to the next
    preposition or clause word, without "concerns" or "issues", never a date.
    Example: "to discuss fishing concerns" gives "fishing".
    """
    stop = min(end, start + 120)
    lowered = low[start:stop].split()  # the words of the text, lower case
    cut = stop < len(text) and text[stop - 1 : stop + 1].isalnum() and bool(lowered)
    if cut:
        lowered.pop()  # the window ends inside a word
    if _TOPIC_LEADS.isdisjoint(map(_LSTRIP_MARKS, lowered[:12])):
        return None  # no word that leads to a topic (most windows)
    tokens = text[start:stop].split()
    if cut:
        tokens.pop()
    for k, token in enumerate(lowered[:12]):
        if token[-1] in ",;:" or token.lstrip(",;:") not in _TOPIC_LEADS:
            continue
        words: list[str] = []
        for word in tokens[k + 1 : k + 6]:
            bare = word.strip(".,;:'’\"”“()")
            if not bare or bare.lower() in _TOPIC_STOPS:
                break
            words.append(bare)
            if word[-1] in ".,;:":
                break
        while words and words[0].lower() in _TOPIC_TRIM:
            words.pop(0)
        while words and words[-1].lower() in _TOPIC_TRIM:
            words.pop()
        if not words or words[0].lower() in _NOT_TOPICS or not words[0][0].isalpha():
            continue
        return " ".join(words)
    return None


def _first_topic(text: str, low: str, mentions: list[_Mention]) -> str | None:
    """The topic of the first of ``mentions`` that names one, in the order they were merged.

    Read only for the meetings kept: most mentions' topics are never asked for.
    """
    for m in sorted(mentions, key=_merged_order):
        topic = _topic(text, low, *m.topic_at)
        if topic is not None:
            return topic
    return None


def _merged_order(m: _Mention) -> tuple[bool, int]:
    """The order :func:`find_meetings` merges mentions in: the body's, then the headline's."""
    return m.headline, m.span.start


def _mentions(
    document: Document, reading: Reading, today: pendulum.Date | None
) -> tuple[list[_Mention], list[tuple[int, int, int]]]:
    """Every trigger that names a meeting, read from its part of its sentence.

    Also the chains ("a day after") between mentions, as (later, earlier, days).
    """
    text = document.text
    units, low, actors, times, ascii_low = reading
    here = document.dateline.place.name if document.dateline and document.dateline.place else None
    by_unit: dict[int, list[re.Match[str]]] = {}
    # trigger start: where its words before were read from, and those words as written
    # and in lower case
    words_at: dict[int, tuple[int, list[str], list[str]]] = {}
    unit_starts, unit_spans = units.starts, units.spans
    for match in _triggers(low, ascii_low):
        start = match.start()
        # the unit that holds the trigger (``units.index``)
        i = bisect.bisect_right(unit_starts, start) - 1
        if i < 0 or start >= unit_spans[i].end:
            continue
        kept = by_unit.get(i)
        if kept is None:
            kept = by_unit[i] = []
        # a sentence of prose holds a handful of meetings; past that it is no prose
        if len(kept) < _MOST_PER_SENTENCE:
            unit_start = unit_starts[i]
            back = max(unit_start, start - _WORDS_BACK)
            # the last few words before it in its phrase (:func:`_words_before`)
            words = text[last_end(_MARK, text, back, start) or back : start].split()[-5:]
            # one lower() for all the words: the same words, as lower() adds no space
            lowered = " ".join(words).lower().split()
            if _is_trigger(text, match, unit_start, lowered):
                kept.append(match)
                words_at[start] = (back, words, lowered)
    mentions: list[_Mention] = []
    chains: list[tuple[int, int, int]] = []
    head = units.headline
    # whether a time mention names another time (a scope, a chain), by identity: each
    # is asked once however many triggers read it
    other_times: dict[int, bool] = {}
    person_words: frozenset[str] | None = None  # read when a place is not a known one
    for i, triggers in by_unit.items():
        if not triggers:
            continue
        unit = units.spans[i]
        u_start, u_end = unit.start, unit.end
        # (offsets compared: ``Span.__eq__`` is Python)
        is_head = unit is head or (
            head is not None and unit.start == head.start and unit.end == head.end
        )
        said = attribution(text, low, u_start, u_end, actors)
        all_zones = Zones(said.zones) if said.zones else _NO_ZONES
        voices: list[str] = []
        if said.zones:
            voices = _participant_ids(
                [
                    item.actor
                    for item in actors.within(u_start, u_end)
                    if all_zones.covers(item.start, item.end)
                ],
                actors,
            )[0]
        # most sentences hold no subordinate clause and no ordinal: one look at the words
        # of the sentence rules them out for all its triggers
        u_words = ascii_words(ascii_low, u_start, u_end)
        subordinate = not _SUBORDINATE_WORDS.isdisjoint(u_words)
        comma_as = ", as " in ascii_low[u_start:u_end]
        ordinal = not _NTH_WORDS.isdisjoint(u_words)
        first = len(mentions)
        segments = _segments(text, unit.start, unit.end, triggers)
        for match, (seg_lo, seg_hi) in zip(triggers, segments, strict=True):
            start, end = match.start(), match.end()
            # however long the sentence, a trigger reads only the words near it
            lo, hi = max(seg_lo, start - _REACH), min(seg_hi, end + _REACH)
            zones = all_zones.overlapping(lo, hi) if said.zones else []
            back, preceding, lowered = words_at[start]
            if back != max(lo, start - _WORDS_BACK):
                preceding = _words_before(text, lo, start)
                lowered = [w.lower() for w in preceding]
            definite = _definite(preceding)
            last_three = lowered[-3:]
            possessive = not _POSSESSIVES.isdisjoint(last_three)
            anaphoric = definite or possessive
            fresh = not _FRESH_WORDS.isdisjoint(last_three) or "round" in preceding[-4:]
            if possessive and not definite:
                own = [
                    item.actor
                    for item in actors.within(lo, hi)
                    if not inside(zones, item.start, item.end)
                ]
                # "the central banks will hold their annual meetings" names its own parties
                anaphoric = not _participant_ids(own, actors)[0]
            if anaphoric:
                # an anaphor ("the talks build on a deal struck in March") reads
                # only the words close to it
                lo = max(lo, start - 30)
                close = _BETWEEN_CHAIN.search(text, end, hi)
                hi = min(hi, end + 80, close.start() if close else hi)
                space = text.rfind(" ", end, hi + 1) if hi < seg_hi else -1
                hi = space if space > end else hi
            neg_lo, neg_hi = max(lo, start - 40), min(hi, end + 20)
            # the keys absent from the window (the common case) rule a negation out
            negated = any(map(low[neg_lo:neg_hi].__contains__, _NEGATED_KEYS)) and bool(
                scan(
                    text,
                    low,
                    _NEGATED_KEYS,
                    _NEGATED,
                    lo=neg_lo,
                    hi=neg_hi,
                    inner=_NEGATED_INNER,
                )
            )
            away = zones
            if subordinate:
                away = zones + _subordinate_zones(text, low, lo, hi, trigger=(start, end))
            if comma_as:
                # "... when ministers meet on Dec. 1, delegates said, as demand in China
                # weakens": the clause after ", as" is another event
                as_at = ascii_low.find(", as ", end, hi)
                if as_at >= 0 and not ascii_low.startswith(", as well", as_at):
                    away = [*away, (as_at, hi)]
            near = actors.within(lo, hi)
            if ascii_low.startswith(" and ", end) and match.group().lower() in _NOUN_TRIGGERS:
                joined = _JOINED_NOUN.match(text, end, hi)
                if joined is not None:
                    # "after a ministers' meeting and sharp remarks from Lindqvist": the
                    # names after the other noun are its own, not the meeting's
                    near = [item for item in near if item.start < end]
            place = venue = None
            capitals = text[lo:hi].isupper()  # an all-caps headline names no place by case
            # the first place phrase starts at or after the first hint; most parts have none
            hint = None if capitals else _place_hint(text, lo, hi, here=bool(here))
            if match.lastgroup == "trip":
                # "a trip to Peru": the trip's destination is its place
                place, hint = _trip_place(text, end), None
            if hint is not None:
                skip = Zones(
                    away
                    + [(t.span.start, t.span.end) for t in times.any_within(lo, hi)]
                    + [
                        (item.start, item.end)
                        for item in near
                        if item.actor.kind is ActorKind.PERSON
                    ]
                )
                place = find_place(text, hint, hi, here=here, skip=skip)
                if place is not None and place_country(place[0]) is None:
                    if person_words is None:
                        person_words = _person_words(actors)
                    place, venue = _venue_place(text, place, hi, person_words)
                    if (
                        place_country(place[0]) is None
                        and _IN_BEFORE.search(text, max(0, place[1].start - 9), place[1].start)
                        and any(
                            item.actor.kind is ActorKind.ORGANIZATION
                            and _overlaps(place[1], item.start, item.end)
                            for item in near
                        )
                    ):
                        # "an article in The Daily Courier", "its stake in Northern
                        # Cement": a body, neither a place nor a party ("at" names venues)
                        venue, place = place[1], None
            if place is None and not capitals:
                # "a Lisbon summit": the place that names the meeting is no party
                place = _place_before(text, lo, start)
            if not anaphoric and not negated and _PARTICIPLE.match(text, unit.start, start):
                # "Leaving a Lisbon summit, Mr Okafor said": the speaker was there; what
                # he says after the verb ("Ghana should join") names no party
                said_end = min((z_end for _, z_end in zones if z_end > end), default=hi)
                near = [item for item in near if item.start < said_end]
            else:
                said_end = -1
            if away or place is not None or venue is not None:
                found = [
                    item.actor
                    for item in near
                    if not inside(away, item.start, item.end)
                    and not (place is not None and _overlaps(place[1], item.start, item.end))
                    and not (venue is not None and _overlaps(venue, item.start, item.end))
                ]
            else:
                found = [item.actor for item in near]
            qualifies = [_THING_AFTER.match(low, item.end) is not None for item in near]
            if any(qualifies):
                # "the EU quotas", "Moldovan debt": a body that only qualifies a
                # thing is no party by that mention
                agents = {
                    id(item.actor)
                    for item, thing in zip(near, qualifies, strict=True)
                    if not thing and not inside(away, item.start, item.end)
                }
                found = [actor for actor in found if id(actor) in agents]
            participants, codes = ([], set()) if negated else _participant_ids(found, actors)
            if not participants and not anaphoric and not negated and match is not triggers[0]:
                # "Moldova, which ... in talks with lenders, has opened talks with
                # banks": a later trigger without parties of its own shares the subject
                subject = [
                    item.actor
                    for item in actors.within(
                        max(unit.start, triggers[0].start() - _REACH), triggers[0].start()
                    )
                    if not all_zones.covers(item.start, item.end)
                ]
                participants, codes = _participant_ids(subject[:2], actors)
            if (
                not negated
                and "the " in ascii_low[max(lo, start - 50) : start]
                and _verbal(match, lowered)
            ):
                # "The bank is negotiating with ...", "whom the minister had met": "the"
                # opens the subject, a verb follows; the subject is the one named before
                named_before = None
                if anaphoric and seg_lo == u_start:
                    named_before = _titled_subject(text, u_start, start, actors)
                if named_before is None:
                    named_before = _title_before(text, lo, start, actors)
                if named_before is not None and named_before.id not in participants:
                    participants = [named_before.id, *participants]
            if not anaphoric and not negated:
                person = None
                if _PRONOUN_SUBJECT.match(text, lo, start):
                    # "He spoke by phone with ...": the person the story spoke of last
                    person = actors.before(unit.start, _PERSONS)
                elif seg_lo == u_start:
                    person = _titled_subject(text, u_start, start, actors)
                if person is None and (
                    " he " in ascii_low[lo:start] or " she " in ascii_low[lo:start]
                ):
                    person = _pronoun_person(text, (u_start, lo, start), actors=actors, zones=zones)
                if person is not None and person.id not in participants:
                    participants = [person.id, *participants]
                if match is not triggers[0] and _ELIDED_SUBJECT.search(
                    text, max(seg_lo, start - 40), start
                ):
                    # "Berg arrived in Oslo on Monday and met Icelandic ministers": the
                    # verb shares the subject of the first
                    shared = _participant_ids(
                        [
                            item.actor
                            for item in actors.within(u_start, triggers[0].start())
                            if not all_zones.covers(item.start, item.end)
                        ][:2],
                        actors,
                    )[0]
                    participants = shared + [p for p in participants if p not in shared]
                speakers = voices
                if said_end < 0:
                    if voices:
                        speakers = _reported_speakers(text, zones, start, voices, actors)
                elif place is not None:
                    at_place = {
                        item.actor.id for item in near if _overlaps(place[1], item.start, item.end)
                    }
                    speakers = [p for p in voices if p not in at_place]
                if speakers:
                    participants = speakers + [p for p in participants if p not in speakers]
            if place is None and not capitals:
                place = _visited(text, match, hi)
            when_mention = None
            best = None
            for t in times.within(lo, hi):
                t_start, t_end = t.span.start, t.span.end
                if away and inside(away, t_start, t_end):
                    continue
                other = other_times.get(id(t))
                if other is None:
                    other = bool(_SCOPE_TIME.match(t.text) or _CHAIN.search(t.text))
                    other_times[id(t)] = other
                if other:
                    continue
                lead = low[max(lo, t_start - 8) : t_start]
                if _NOT_WHEN_BEFORE.search(lead) or (
                    t_start >= end
                    and _compared(low, end, t_start)
                    and _COMPARED.search(text, end, t_start)
                ):
                    # "since 2020", "drew 7,000, up from 5,000 last year": other times
                    continue
                distance = t_start - end if t_start >= end else 2 * (start - t_end)
                if best is None or distance < best:
                    best, when_mention = distance, t
            when = when_mention.when if when_mention is not None else None
            named = when
            if when is not None:
                when = _first_day(when)
                nth = None
                if (
                    ordinal
                    and when.granularity is Granularity.DAY
                    and _has_nth(low, unit.start, start, hi)
                ):
                    nth = _NTH_DAY.search(text, max(unit.start, start - _REACH), hi)
                if nth:
                    n = _NTH.get(nth.group("nth").lower(), 0) or int(nth.group("nth")[0])
                    when = TimeSpan.day(when.start.subtract(days=n - 1))
            after_end = min(hi, end + 60)
            for zone_start, _ in away:  # few zones
                if end <= zone_start < after_end:
                    after_end = zone_start
            after = text[end:after_end]
            before = text[max(lo, start - 60) : start]
            word = match.group()
            if (
                when is not None
                and named is not None
                and today is not None
                and when_mention is not None
                and when.granularity is Granularity.DAY
                and 0 < today.toordinal() - when.start.toordinal() < 7
                and _WEEKDAY.search(when_mention.text)
                and _status(before, word, after, None, today) is MeetingStatus.PLANNED
            ):
                # "Thursday's planned talks": the weekday of a planned meeting is ahead
                when = named = TimeSpan.day(when.start.add(days=7))
            status = _status(before, word, after, named, today)
            partner = None
            with_ids: list[str] = []
            if _may_follow_with(low, end):
                with_match = _WITH.match(text, end, hi)
                if with_match:
                    partner = _partner(with_match.group("what"))
                    with_named = actors.within(with_match.start("what"), with_match.end())
                    if with_named:
                        with_ids = _participant_ids([item.actor for item in with_named], actors)[0]
            # by position, in the order of the fields (keywords cost a look-up each)
            mentions.append(
                _Mention(
                    i,  # unit
                    _unchecked_span(start, end),  # span
                    _kind(match),  # kind
                    anaphoric,
                    fresh,
                    participants,
                    codes,  # affiliations
                    place,
                    when,
                    when_mention.span if when_mention is not None else None,  # when_span
                    status,
                    (end, hi),  # topic_at
                    partner,
                    with_ids,
                    is_head,  # headline
                    voices,
                    not _ATTENDED.isdisjoint(lowered[-4:]),  # attended
                )
            )
        if len(mentions) - first < 2:
            continue  # a chain joins a mention before it to one after it
        u_low = low[u_start:u_end]
        has_chain = ("after" in u_low or "before" in u_low) and ("day" in u_low or "wee" in u_low)
        ends = [m.span.end for m in mentions[first:]]
        starts = [m.span.start for m in mentions[first:]]
        for chain in _CHAIN.finditer(text, unit.start, unit.end) if has_chain else ():
            before_chain = bisect.bisect_right(ends, chain.start()) - 1
            after_chain = bisect.bisect_left(starts, chain.end())
            if before_chain < 0 or after_chain >= len(starts):
                continue
            later, earlier = first + before_chain, first + after_chain
            word = (chain.group("n") or "one").lower()
            n = _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)
            unit_word = (chain.group("unit") or chain.group("the")).lower()
            days = n * (7 if unit_word.startswith("week") else 1)
            if chain.group("dir").lower() == "before":
                days = -days
            chains.append((later, earlier, days))
    return mentions, chains


def _kind(match: re.Match[str]) -> MeetingKind:
    group = match.lastgroup or "meet"
    if group == "conference" and match.group().lower().startswith("video"):
        return MeetingKind.CALL
    return _KIND[group]


# --- merging ----------------------------------------------------------------------------


def _kinds_fit(a: MeetingKind, b: MeetingKind, *, anaphoric: bool, together: bool = False) -> bool:
    if a is b or (a in _TALKING and b in _TALKING) or (a in _OCCASIONS and b in _OCCASIONS):
        return True
    if together and MeetingKind.VISIT in (a, b) and (a in _TALKING or b in _TALKING):
        # "will visit China next week for talks with President Xi": one occasion
        return True
    if anaphoric and MeetingKind.MEETING in (a, b):
        return a in _OCCASIONS or b in _OCCASIONS or a in _TALKING or b in _TALKING
    return False


_NO_ZONES = Zones(())
"""The zones of a sentence without attribution (most): none, built once."""

_KINDS_FITTING: dict[tuple[int, bool, bool], tuple[MeetingKind, ...]] = {
    (id(b), anaphoric, together): tuple(
        a for a in MeetingKind if a is b or _kinds_fit(a, b, anaphoric=anaphoric, together=together)
    )
    for b in MeetingKind
    for anaphoric in (False, True)
    for together in (False, True)
}
"""The kinds of meeting a mention of a kind (by ``id``: an enum's hash is Python) may
join, by whether it is anaphoric and whether it stands in the meeting's last sentence:
:func:`_kinds_fit` read once for all."""


def _place_key(place: tuple[str, Span] | None) -> str | None:
    return place[0].lower() if place is not None else None


def _fits(occasion: _Occasion, m: _Mention) -> bool:
    """Whether mention ``m`` can be one more mention of ``occasion``.

    Rule: the kinds agree (talks, meetings and negotiations are one family, summits and
    conferences another); the times overlap where both are known; the places agree where
    both are known; the other party ("talks with banks", "talks with Moldova") is not a
    different one; and a fresh mention ("similar talks", "another meeting") never joins.
    """
    if m.fresh:
        return False
    kind = occasion.kind
    together = m.unit == occasion.mentions[-1].unit
    if kind is not m.kind and not _kinds_fit(
        kind, m.kind, anaphoric=m.anaphoric, together=together
    ):
        return False
    if (
        occasion.when is not None
        and m.when is not None
        and (m.when.end < occasion.when.start or occasion.when.end < m.when.start)
    ):
        return False
    if (
        occasion.place is not None
        and m.place is not None
        and _place_key(occasion.place) != _place_key(m.place)
    ):
        return False
    if m.partner and occasion.partners and m.partner not in occasion.partners:
        return False
    if (
        m.with_ids
        and not m.anaphoric
        and not (together and MeetingKind.VISIT in (kind, m.kind))
        and len(occasion.participants) > 1
        and occasion.participants[0] not in m.with_ids
        and set(m.with_ids).isdisjoint(occasion.participants)
    ):
        # "The EU will also open talks with Moldova": a named other party the meeting
        # does not have makes another meeting
        return False
    if not m.anaphoric and m.unit != occasion.mentions[-1].unit:
        a, b = occasion.status, m.status
        if (a is MeetingStatus.HELD and b in _LATER) or (b is MeetingStatus.HELD and a in _LATER):
            # one held, the other still to come: two occasions
            return False
    return True


def _joins(occasion: _Occasion, m: _Mention) -> bool:
    """Whether ``m``, fitting ``occasion``, refers to it.

    Rule: an anaphor ("the meeting") does; otherwise a shared party, the same place or
    day, or a mention that names none of these ("the envoys are expected to meet").
    """
    if m.anaphoric:
        return True
    if m.participants and not set(m.participants).isdisjoint(occasion.participants):
        return True
    if (
        m.unit == occasion.mentions[-1].unit
        and MeetingKind.VISIT in (occasion.kind, m.kind)
        and (occasion.kind in _TALKING or m.kind in _TALKING)
    ):
        # "will visit Denmark for talks with Icelandic leaders": the talks are the visit's
        return True
    if m.participants and occasion.participants and not m.affiliations & occasion.affiliations:
        # other parties entirely: another meeting, even in the same place or sentence
        return False
    if m.unit == occasion.mentions[-1].unit or m.affiliations & occasion.affiliations:
        return True
    if m.place is not None and _place_key(m.place) == _place_key(occasion.place):
        return True
    if m.when is not None and occasion.when is not None and m.when == occasion.when:
        return True
    return not m.participants and m.place is None and m.when is None


def _merge(mentions: list[_Mention]) -> tuple[list[_Occasion], list[int]]:
    """Mentions of one occasion, joined; with the occasion each mention went to."""
    occasions: list[_Occasion] = []
    owner: list[int] = []
    pending: tuple[int, TimeSpan] | None = None
    for m in mentions:
        if m.when is None and pending is not None and 0 <= m.unit - pending[0] <= 1:
            # "several meetings will be held next week. Ministers will gather in
            # Lima" : the second sentence's meeting is dated by the first
            m.when = pending[1]
        if m.when is not None and not m.participants and m.place is None and not m.anaphoric:
            pending = (m.unit, m.when)
        target = None
        shared = -1
        # a fresh mention joins none (:func:`_fits`); of the others, the kinds of
        # meeting each may join, apart or in its sentence, are looked up once
        recent = (
            () if m.fresh else range(len(occasions) - 1, max(-1, len(occasions) - 1 - _RECENT), -1)
        )
        apart = _KINDS_FITTING[id(m.kind), m.anaphoric, False]
        together = _KINDS_FITTING[id(m.kind), m.anaphoric, True]
        for k in recent:
            occasion = occasions[k]
            if occasion.kind not in (together if m.unit == occasion.mentions[-1].unit else apart):
                continue
            if _fits(occasion, m) and _joins(occasion, m):
                if not m.headline:
                    target = k
                    break
                # the headline restates the story's main meeting: the one that shares
                # most of its parties, the first of equals (the lead's)
                common = len(set(m.participants).intersection(occasion.participants))
                if common >= shared:
                    target, shared = k, common
        if target is None:
            occasions.append(
                _Occasion(
                    mentions=[],
                    kind=m.kind,
                    participants=[],
                    affiliations=set(),
                    place=None,
                    when=None,
                    status=None,
                    partners=set(),
                )
            )
            target = len(occasions) - 1
            if m.anaphoric and m.attended:
                # "X told journalists after the meeting": a meeting first met through an
                # anaphor has the speakers who report on it among its parties
                occasions[target].participants.extend(
                    p for p in m.voices if p not in m.participants
                )
            elif not m.participants and target > 0 and (m.when is not None or m.place is not None):
                # "A summit planned for February was called off": the parties are those
                # of the meeting the sentence before spoke of
                neighbour = occasions[target - 1]
                if 0 <= m.unit - neighbour.mentions[-1].unit <= 1:
                    occasions[target].participants.extend(neighbour.participants)
                    occasions[target].affiliations |= neighbour.affiliations
        occasions[target].add(m)
        owner.append(target)
    for occasion in occasions:
        occasion.mentions.sort(key=lambda m: m.span.start)
    return occasions, owner


def _apply_chains(
    occasions: list[_Occasion], owner: list[int], chains: list[tuple[int, int, int]]
) -> None:
    """Date one meeting from another.

    Rule: "the talks are a day after the conference" puts the conference a day before
    the talks.
    """
    for _ in range(2):
        for later, earlier, days in chains:
            a, b = occasions[owner[later]], occasions[owner[earlier]]
            if a is b:
                continue
            if b.when is None and a.when is not None and a.when.granularity is Granularity.DAY:
                b.when = TimeSpan.day(a.when.start.subtract(days=days))
            elif a.when is None and b.when is not None and b.when.granularity is Granularity.DAY:
                a.when = TimeSpan.day(b.when.start.add(days=days))


_LEAD_SENTENCES = 6
_NOT_WHEN_BEFORE = re.compile(r"\b(?:since|until|by|from|through)\s+$")
_COMPARED = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bthan\b", re.IGNORECASE)


def _compared(low: str, start: int, end: int) -> bool:
    """Whether a word of :data:`_COMPARED` stands in ``low[start:end]`` at all."""
    window = low[start:end]
    return "from" in window or "compared" in window or "than" in window


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_MOST_PER_SENTENCE = 16
"""The most triggers read in one sentence (a guard against text that is not prose)."""
_REACH = 300
"""How far from its trigger, in characters, a mention reads its sentence."""
_RECENT = 12
"""How many meetings back a mention looks for the one it refers to."""


def _reported_as_news(occasion: _Occasion, status: MeetingStatus) -> bool:
    """Whether an undated meeting is the story's own news, dated by the story's date.

    Rule: a meeting held or under way that the headline or the lead reports, or that the
    story first names as "the meeting" ("told journalists after the meeting"), is recent:
    the day of the story where the headline reports it or it is under way, else the
    story's month. Such a date is marked as inferred.
    Example: "Okafor and Lindqvist hold palace meeting" with no date is that day's.
    """
    if status not in (MeetingStatus.HELD, MeetingStatus.ONGOING):
        return False
    first = occasion.mentions[0]
    return first.anaphoric or any(m.headline or m.unit < _LEAD_SENTENCES for m in occasion.mentions)


_HOSTED = (MeetingKind.TALKS, MeetingKind.MEETING, MeetingKind.NEGOTIATIONS, MeetingKind.VISIT)


def _host(occasion: _Occasion, place: Place | None, actors: ActorIndex) -> str | None:
    """The country a visitor holds talks in, as a party, where the story names it.

    Rule: talks whose parties are all office holders of one country ("the Danish farm
    minister"), held in a place of another country that the story names as an actor,
    are held with that country: the host.
    Example: "The Danish minister held farm talks in Ottawa on Tuesday" gives
    Canada.
    """
    if place is None or occasion.kind not in _HOSTED or len(occasion.affiliations) != 1:
        return None
    for party in occasion.participants:
        actor = actors.by_id[party]
        if actor.kind is not ActorKind.PERSON or not actor.title:
            return None
    code = place.country
    if code is None or code in occasion.affiliations:
        return None
    country = actors.countries.get(code)
    if country is None or country.id in occasion.participants:
        return None
    return country.id


_BODY_SENTENCES = 2
"""How many sentences before a summit :func:`_summit_body` looks back for its body."""
_BODY_LOOK_BACK = 30
"""How many actor mentions back :func:`_summit_body` reads."""


_BODY_OF_NATIONS = word_set(
    """union nations community organization organisation group cooperation association
    league club council commission parliament fund bank agency"""
)
"""Words that name a body of nations, one of which an international body's name holds."""


@functools.cache
def _international_bodies() -> frozenset[str]:
    """The names and other forms (lower case) of the bodies of nations news knows.

    Read from ``_data/bodies.tsv``: the bodies of no one country whose name holds a word
    of :data:`_BODY_OF_NATIONS` (the EU, Apec, the G20; not Reuters or al-Qaeda).
    """
    try:
        text = resources.files("newsevents").joinpath("_data/bodies.tsv").read_text("utf-8")
    except (FileNotFoundError, OSError):  # the actors' data, read if it is there
        return frozenset()
    names: set[str] = set()
    for line in text.splitlines():
        row = [*line.split("\t"), "", "", ""]
        if line.startswith("#") or row[2] != "-":
            continue
        if _BODY_OF_NATIONS.isdisjoint(row[0].lower().replace("-", " ").split()):
            continue
        names.update(form.strip().lower() for form in [row[0], *row[3].split("|")] if form.strip())
    return frozenset(names)


def _summit_body(occasion: _Occasion, reading: Reading) -> str | None:
    """The international body whose summit it is, where the parties name no organisation.

    Rule: a summit is held by a body of nations (the EU, Apec, NATO: one of
    :func:`_international_bodies`); where the story names none among its parties, it is
    the one named last in the summit's sentence before it or in the two sentences
    before that.
    Example: "Ghana hopes to join the EU. Leaving a Lisbon summit, Mr Okafor said" gives
    the EU.
    """
    if occasion.kind is not MeetingKind.SUMMIT:
        return None
    actors = reading.actors
    for party in occasion.participants:
        if actors.by_id[party].kind is ActorKind.ORGANIZATION:
            return None
    first = occasion.mentions[0]
    if first.headline:
        return None
    lo = reading.units.starts[max(0, first.unit - _BODY_SENTENCES)]
    at = first.span.start
    i = bisect.bisect_left(actors.starts, at) - 1
    stop = max(-1, i - _BODY_LOOK_BACK)
    while i > stop and actors.starts[i] >= lo:
        actor = actors.items[i].actor
        if (
            actor.kind is ActorKind.ORGANIZATION
            and actor.affiliation is None
            and actor.name.lower() in _international_bodies()
        ):
            return actor.id
        i -= 1
    return None


_LED_BY = re.compile(
    r"\b(?:team|delegation|mission|negotiators|side)\s*,?\s+(?:headed|led)\s+by\s+"
    r"(?P<leaders>[^,;:()]{1,160})"
)
"""A delegation and those who lead it: "the Nigerian team, headed by X and Y,"."""
_LED_KEYS = ("headed by", "led by")


def _delegation_leaders(occasion: _Occasion, reading: Reading) -> list[str]:
    """The people who lead a party's delegation, named in a sentence about its meeting.

    Rule: the people named after "led by" or "headed by" a team or delegation, in a
    sentence that speaks of the meeting, take part in it where their country is a party.
    Example: "If the talks go well, the Norwegian team, led by Anna Berg, will hold
    similar talks in Paris" puts Berg in both talks.
    """
    low, units, actors = reading.low, reading.units, reading.actors
    find = reading.ascii_low.find
    leaders: list[str] = []
    seen: set[int] = set()
    for m in occasion.mentions:
        if m.unit in seen:
            continue
        seen.add(m.unit)
        u_start, u_end = units.starts[m.unit], units.spans[m.unit].end
        # most sentences name no delegation: two look-ups rule them out
        if not any(find(key, u_start, u_end) >= 0 for key in _LED_KEYS):
            continue
        for led in _LED_BY.finditer(low, u_start, u_end):
            for item in actors.within(led.start("leaders"), led.end("leaders")):
                actor = item.actor
                if (
                    actor.kind is ActorKind.PERSON
                    and actor.id not in occasion.participants
                    and actor.id not in leaders
                    and actor.affiliation is not None
                    and (country := actors.countries.get(actor.affiliation)) is not None
                    and country.id in occasion.participants
                ):
                    leaders.append(actor.id)
    return leaders


_DEAL_AT = re.compile(
    r"\b(?:deal|agreement|accord|pact|contract|treaty)\s+(?:was|were|(?:has|had)\s+been|is)\s+"
    r"(?:\w+\s+)?(?:announced|signed|unveiled|sealed|struck|reached|concluded)\s+"
    r"(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:\w+\s+){0,4}$"
)
"""A deal made public at a meeting, up to the trigger: "The deal was signed at a forum"."""
_DEAL_KEYS = ("deal", "agreement", "accord", "pact", "contract", "treaty")
_DEAL_REACH = 100
"""How far back from a mention, in characters, :func:`_deal_parties` reads for a deal."""
_DEALT = (*_OCCASIONS, MeetingKind.MEETING)


def _deal_parties(k: int, occasions: list[_Occasion], reading: Reading) -> list[str]:
    """The parties to a deal made public at a meeting, from the talks that made it.

    Rule: where a sentence says a deal or an agreement was announced or signed at or
    during a summit, forum or conference, the parties of the talks the story told of
    before it (the deal's negotiation) are at that meeting too.
    Example: "Norway and Iceland negotiated a fishing deal. The deal was signed at a
    Nordic forum in Oslo" puts Norway and Iceland at the forum.
    """
    occasion = occasions[k]
    if occasion.kind not in _DEALT:
        return []
    low, units = reading.low, reading.units
    for m in occasion.mentions:
        lo = max(units.starts[m.unit], m.span.start - _DEAL_REACH)
        window = low[lo : m.span.start]
        # most sentences name no deal: the keys rule them out before the pattern
        if not any(key in window for key in _DEAL_KEYS) or not _DEAL_AT.search(window):
            continue
        # the deal's talks are among the last few meetings, as an anaphor's (:data:`_RECENT`)
        for j in range(k - 1, max(-1, k - 1 - _RECENT), -1):
            earlier = occasions[j]
            if earlier.kind in _TALKING and earlier.mentions[0].span.start < m.span.start:
                return [p for p in earlier.participants if p not in occasion.participants]
        return []
    return []


_AGENDA = re.compile(r"\b(?:on|off)\s+the\s+agenda\b")
"""What a meeting is to discuss, as one who was there tells it: "was not on the agenda"."""


def _agenda_speakers(occasion: _Occasion, reading: Reading) -> list[str]:
    """The people who tell what was on a meeting's agenda, as its parties.

    Rule: in the sentence of a mention of the meeting or the one after it, a person
    named before "on the agenda" (or "off the agenda") says what the meeting was to
    discuss: one who took part.
    Example: "Farmers pinned their hopes on the Nordic summit. Ms Berg told them subsidies
    would stay off the agenda" puts Berg at the summit.
    """
    low, units, actors = reading.low, reading.units, reading.actors
    speakers: list[str] = []
    last = len(units.spans) - 1
    for unit in sorted({m.unit + step for m in occasion.mentions for step in (0, 1)}):
        if unit > last:
            continue
        u_start, u_end = units.starts[unit], units.spans[unit].end
        # most sentences name no agenda: one look-up rules them out
        at = reading.ascii_low.find("agenda", u_start, u_end)
        if at < 0:
            continue
        agenda = _AGENDA.search(low, u_start, u_end)
        if agenda is None:
            continue
        for item in actors.within(u_start, agenda.start()):
            actor = item.actor
            if actor.kind is ActorKind.PERSON:
                if actor.id not in occasion.participants and actor.id not in speakers:
                    speakers.append(actor.id)
                break
    return speakers


def _at_dateline(
    occasion: _Occasion, status: MeetingStatus, today: pendulum.Date | None, code: str | None
) -> bool:
    """Whether a meeting that names no place is held in the dateline's city.

    Rule: parties of two or more countries, one of them the dateline's, meet under way
    or within a day of the story's date: the visitors have come to the hosts.
    Example: "LIMA - Chilean officials are meeting Peruvian officials today".
    """
    if code is None or code not in occasion.affiliations or len(occasion.affiliations) < 2:
        return False
    if status is MeetingStatus.ONGOING:
        return True
    when = occasion.when
    return (
        when is not None
        and today is not None
        and when.granularity is Granularity.DAY
        and abs(when.start.toordinal() - today.toordinal()) <= 1
    )


def _rules_to_run(reading: Reading, mentions: list[_Mention]) -> tuple[bool, bool, bool]:
    """Whether a delegation's leaders, a deal made public or an agenda can be read at all.

    Most stories name none: one look at the stretches these rules read (the sentences of
    the mentions and the ones after them, for :func:`_delegation_leaders` and
    :func:`_agenda_speakers`; the words up to each mention, for :func:`_deal_parties`)
    rules each out for all the meetings. A rule left in may still find nothing.
    """
    low, starts, spans = reading.low, reading.units.starts, reading.units.spans
    read_units = {m.unit + step for m in mentions for step in (0, 1)}
    sentences = " ".join(low[starts[u] : spans[u].end] for u in read_units if u < len(spans))
    windows = " ".join(
        low[max(starts[m.unit], m.span.start - _DEAL_REACH) : m.span.start] for m in mentions
    )
    return (
        any(key in sentences for key in _LED_KEYS),
        any(key in windows for key in _DEAL_KEYS),
        "agenda" in sentences,
    )


def find_meetings(document: Document, actors: tuple[Actor, ...]) -> tuple[Meeting, ...]:
    """Every meeting in the story, once, with the spans of all its mentions.

    >>> # "Chilean and Peruvian envoys will meet in Lima on Friday" is a planned
    >>> # meeting of Chile and Peru in Lima.
    """
    today = reference_date(document)
    reading = read(document, actors)
    low = reading.low
    mentions, chains = _mentions(document, reading, today)
    if not mentions:
        return ()
    # the headline restates the story: read it after the body, so that the body's
    # fuller mentions set the facts and the headline joins them
    order = [k for k, m in enumerate(mentions) if not m.headline]
    order += [k for k, m in enumerate(mentions) if m.headline]
    # (by start, as _merged_order: the mentions come in the order of the text)
    ordered = [mentions[k] for k in order]
    occasions, owner_ordered = _merge(ordered)
    owner = [0] * len(mentions)
    for position, k in enumerate(order):
        owner[k] = owner_ordered[position]
    _apply_chains(occasions, owner, chains)
    here = document.dateline.place if document.dateline is not None else None
    here_code = None
    if here is not None:
        here_code = here.country or place_country(here.name)
    led, dealt, agenda = _rules_to_run(reading, mentions)
    meetings: list[Meeting] = []
    for k, occasion in enumerate(occasions):
        if not occasion.participants and (
            occasion.place is None or occasion.kind is MeetingKind.VISIT
        ):
            # a visit is someone's: "a planned trip to Washington" by nobody named is none
            continue
        if (
            occasion.when is None
            and occasion.place is None
            and all(m.status is None for m in occasion.mentions)
        ):
            # no time, no place, no tense or modality: a generic reference ("banks in
            # Moldovan debt negotiations"), not an occasion
            continue
        status = occasion.status
        if status is None:
            status = _status("", "", "", occasion.when, today) or MeetingStatus.HELD
        when, inferred = occasion.when, False
        if when is None and today is not None and _reported_as_news(occasion, status):
            # the headline's news is the day's; an undated meeting further down is known
            # only to be recent: its month
            headline = any(m.headline for m in occasion.mentions)
            if headline or status is MeetingStatus.ONGOING:
                when = TimeSpan.day(today)
            else:
                when = TimeSpan.month(today.year, today.month)
            inferred = True
        place = None
        if occasion.place is not None:
            name, span = occasion.place
            place = Place(name=name, country=place_country(name), spans=(span,))
        elif here is not None and _at_dateline(occasion, status, today, here_code):
            place = Place(name=here.name, country=here_code, spans=here.spans)
        participants = occasion.participants
        host = _host(occasion, place, reading.actors)
        if host is not None:
            participants = [*participants, host]
        body = _summit_body(occasion, reading)
        if body is not None:
            participants = [*participants, body]
        if led:
            participants = participants + _delegation_leaders(occasion, reading)
        if dealt:
            participants += [
                p for p in _deal_parties(k, occasions, reading) if p not in participants
            ]
        if agenda:
            participants += [
                p for p in _agenda_speakers(occasion, reading) if p not in participants
            ]
        spans = [m.span for m in occasion.mentions]
        spans += [m.when_span for m in occasion.mentions if m.when_span is not None]
        meetings.append(
            Meeting(
                participants=tuple(participants),
                status=status,
                kind=occasion.kind,
                place=place,
                when=when,
                topic=_first_topic(document.text, low, occasion.mentions),
                spans=tuple(sorted(set(spans), key=_span_key)),
                when_inferred=inferred,
            )
        )
    return tuple(meetings)
