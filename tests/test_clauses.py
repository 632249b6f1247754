"""Tests for the clause indexes the meeting and statistic extractors share."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hypothesis import example, given
from hypothesis import strategies as st

from newsevents._clauses import (
    _CONJUNCTION_BEFORE,
    _PLACE_STARTS,
    _SOURCE_AFTER,
    SOURCE_KEYS,
    SOURCE_SPEECH,
    SPEECH,
    SPEECH_KEYS,
    ActorIndex,
    Zones,
    _comma_before,
    ascii_words,
    attribution,
    find_place,
    first_place,
    held_keys,
    key_starts,
    last_end,
    last_end_reversed,
    lower,
    place_phrases,
    place_starts,
    scan,
    scan_starts,
)

if TYPE_CHECKING:
    from newsevents._model import Span

_WORDS = (
    "said",
    "says",
    "told",
    "according",
    "to",
    "figures",
    "from",
    "data",
    "officials",
    "in",
    "at",
    "to",
    "here",
    "the",
    "talks",
    "Washington",
    "Paris",
    "Havana",
    "city",
    "of",
    "Japanese",
    "Osaka",
    "meeting",
    "today",
    "within",
    "that",
    "into",
    "and",
    "he",
    "they",
    "reported",
    "warned",
    ",",
    ".",
    ";",
    "“",
    "”",
    "-",
    "42",
    "In",
    "At",
    "Here",
    "where",
    "there",
)
_GAPS = (" ", " ", " ", "\n", "  ", "\t", "", "\u00a0")

stories = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=30).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


def test_held_keys_are_the_keys_the_story_holds_in_their_order() -> None:
    """Only the keys that stand somewhere in the text are kept, in the order given."""
    low = lower("The ministry SAID output rose, according to figures it reported.")
    assert ("said", "report", "according", "figures") == held_keys(low, SOURCE_KEYS)


def test_ascii_words_break_at_every_other_character() -> None:
    """Quotes, commas and letters beyond ASCII break the runs of ASCII letters and digits."""
    assert [b"he", b"said", b"caf", b"42"] == ascii_words("“he said,” café 42", 0, 18)


def test_place_starts_are_the_words_a_place_phrase_can_start_with() -> None:
    """'in', 'at' and 'to' as words before a space, and 'here'; not inside other words."""
    text = "Talks in Paris, then at home; into town, here today."
    assert [6, 21, 41] == place_starts(text)


_ASCII_PLACE_TEXT = st.lists(
    st.tuples(
        st.sampled_from(
            (
                *("in", "In", "IN", "iN", "at", "At", "AT", "to", "To", "here", "Here", "tin"),
                *("x", "_", "Paris", ",", "-", "'", "42", "hat", "there"),
            )
        ),
        st.sampled_from((" ", "", "", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f")),
    ),
    max_size=24,
).map(lambda parts: "".join(word + gap for word, gap in parts))


def _assert_place_starts_are_the_patterns(text: str, *, here: bool) -> None:
    patterns = _PLACE_STARTS if here else _PLACE_STARTS[:3]
    expected = sorted(m.start() for pattern in patterns for m in pattern.finditer(text))
    assert expected == place_starts(text, here=here)


@given(_ASCII_PLACE_TEXT, st.booleans())
def test_place_starts_of_ascii_text_are_those_the_patterns_find(
    text: str,
    here: bool,  # noqa: FBT001  # drawn by hypothesis
) -> None:
    """In ASCII text the skeleton's needles find every start the patterns find, and no other."""
    _assert_place_starts_are_the_patterns(text, here=here)


_TYPOGRAPHIC_PLACE_TEXT = st.lists(
    st.tuples(
        st.one_of(
            st.sampled_from(
                (
                    *("in", "In", "at", "At", "to", "here", "Here", "x", "_", "Paris", ","),
                    *("é", "Zoë", "ã", "\u2019", "\u201c", "\u201d", "\u2014", "٣", "İ", "?"),
                    *("\u212a", "\ud800"),
                )
            ),
            st.characters(),
        ),
        st.sampled_from((" ", "", "", "\n", "\xa0", "\u2009", "\u3000", "\x85", "\u2028")),
    ),
    max_size=24,
).map(lambda parts: "".join(word + gap for word, gap in parts))
"""Place words beside letters, digits, quotes, dashes and spaces beyond ASCII."""


@given(_TYPOGRAPHIC_PLACE_TEXT, st.booleans())
@example(text="Zoë\xa0in\xa0Paris, é in \u2019in\u2009at ٣at here", here=True)
@example(text="\u2019in Paris", here=False)
def test_place_starts_beyond_ascii_are_those_the_patterns_find(
    text: str,
    here: bool,  # noqa: FBT001  # drawn by hypothesis
) -> None:
    """Beyond ASCII too, the skeleton's needles find every start the patterns find, no other."""
    _assert_place_starts_are_the_patterns(text, here=here)


def test_a_place_after_in_is_found_with_its_span() -> None:
    """A name after 'in' ("in Washington") is a place, with the span of the name."""
    text = "Officials will meet in Washington on Thursday."
    found = find_place(text, 0, len(text), here=None, skip=Zones([]))
    assert ("Washington", 23, 33) == _place(found)


def test_a_place_after_a_sentence_opening_in_or_at_is_found() -> None:
    """'In Lagos, ...' and 'At the Elysee, ...' open a sentence on its place."""
    text = "In Lagos, prices rose 3 percent. At the Elysee, the two leaders met."
    assert ("Lagos", 3, 8) == _place(find_place(text, 0, 31, here=None, skip=Zones([])))
    assert ("Elysee", 40, 46) == _place(find_place(text, 32, len(text), here=None, skip=Zones([])))
    assert [0, 33] == place_starts(text, here=False)


def test_the_story_s_place_starts_find_what_the_sentence_s_own_do() -> None:
    """Phrases read from the story's starts are those the sentence's own search finds."""
    text = "They met in Paris. Then at the White House; here too, in Osaka."
    starts = place_starts(text)
    for start, end in ((0, 18), (19, len(text)), (5, 40)):
        assert [m.span() for m in place_phrases(text, start, end)] == [
            m.span() for m in place_phrases(text, start, end, starts)
        ]


@given(stories, st.integers(0, 300), st.integers(0, 300))
def test_phrases_from_the_story_s_starts_match_the_sentence_search(
    text: str, a: int, b: int
) -> None:
    """On any stretch of any story the two ways to find place phrases agree."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    skip = Zones([])
    ours = first_place(place_phrases(text, start, end, place_starts(text)), here="X", skip=skip)
    assert find_place(text, start, end, here="X", skip=skip) == ours


@given(stories, st.integers(0, 300), st.integers(0, 300))
def test_without_here_starts_the_first_place_is_the_same(text: str, a: int, b: int) -> None:
    """With no place for "here", leaving its starts out changes no place found."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    skip = Zones([])
    ours = first_place(
        place_phrases(text, start, end, place_starts(text, here=False)), here=None, skip=skip
    )
    assert find_place(text, start, end, here=None, skip=skip) == ours


@given(stories, st.integers(0, 300), st.integers(0, 300), st.booleans())
def test_attribution_with_the_story_s_keys_is_attribution_with_all(
    text: str,
    a: int,
    b: int,
    source: bool,  # noqa: FBT001  # drawn by hypothesis
) -> None:
    """Scanning a sentence for the keys the story holds finds what scanning for all does."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    low = lower(text)
    actors = ActorIndex(())
    keys = held_keys(low, SOURCE_KEYS if source else SPEECH_KEYS)
    assert attribution(text, low, start, end, actors, source=source) == attribution(
        text, low, start, end, actors, source=source, keys=keys
    )


def test_key_starts_are_every_offset_a_key_starts_at_once() -> None:
    """Each offset where a key stands is listed once, with the end of the key there."""
    low = lower("Unsaid, he said: data from the report")
    found = key_starts(low, SOURCE_KEYS)
    assert ([2, 11, 17, 31], [6, 15, 26, 37]) == (found.starts, found.ends)


_SCAN_WORDS = (*_WORDS, "unsaid", "Said", "data from", "reportedly", "ſaid", "_said", "saidé")


@given(
    st.lists(st.tuples(st.sampled_from(_SCAN_WORDS), st.sampled_from(_GAPS)), max_size=30).map(
        lambda parts: "".join(word + gap for word, gap in parts)
    ),
    st.integers(0, 300),
    st.integers(0, 300),
    st.booleans(),
)
def test_scan_from_the_story_s_key_starts_is_scan(
    text: str,
    a: int,
    b: int,
    source: bool,  # noqa: FBT001  # drawn by hypothesis
) -> None:
    """On any stretch, matches from the story's key starts are those a scan finds."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    low = lower(text)
    keys = SOURCE_KEYS if source else SPEECH_KEYS
    pattern = SOURCE_SPEECH if source else SPEECH
    starts = key_starts(low, keys)
    expected = [m.span() for m in scan(text, low, keys, pattern, lo=start, hi=end)]
    assert expected == [m.span() for m in scan_starts(text, low, starts, pattern, lo=start, hi=end)]
    actors = ActorIndex(())
    assert attribution(text, low, start, end, actors, source=source) == attribution(
        text, low, start, end, actors, source=source, starts=starts, reversed_low=low[::-1]
    )


_BACKWARDS = re.compile(r"[,;:(\"“”]|\s[-–—]\s|\s(?:dna|hcihw|dias)\b")


@given(stories, st.integers(0, 300), st.integers(0, 300))
def test_last_end_in_the_reversed_story_is_last_end(text: str, a: int, b: int) -> None:
    """Searching the story reversed once finds the end the reversed stretch gives."""
    lo, at = sorted((min(a, len(text)), min(b, len(text))))
    low = lower(text)
    assert last_end(_BACKWARDS, low, lo, at) == last_end_reversed(_BACKWARDS, low[::-1], lo, at)


def _place(found: tuple[str, Span] | None) -> tuple[str, int, int] | None:
    if found is None:
        return None
    name, span = found
    return name, span.start, span.end


@given(st.sampled_from(SOURCE_KEYS), st.sampled_from(("", " to", " from", "s", "ing")))
def test_a_source_after_its_phrase_opens_with_a_letter_the_test_lets_through(
    key: str, tail: str
) -> None:
    """Every key that opens "according to" and its kind starts as attribution tests it."""
    text = key + tail
    if _SOURCE_AFTER.match(text):
        assert key[0] in "afdc" or key.startswith("statistics")


@given(stories, st.integers(0, 300))
def test_a_conjunction_before_the_speaker_ends_in_white_space(text: str, at: int) -> None:
    """Where "and" or "but" ends a stretch, the character before its end is white space."""
    left = min(at, len(text))
    if _CONJUNCTION_BEFORE.search(text, left - 5, left):
        assert text[left - 1 : left].isspace()


@given(
    st.text(alphabet=", \t\n\u00a0\u2003ab'", max_size=24), st.integers(0, 24), st.integers(0, 24)
)
def test_the_comma_before_a_verb_is_the_last_one_with_only_white_space_after(
    text: str, lo: int, left: int
) -> None:
    """The walk back finds the comma before ``left`` that only white space follows, as rfind."""
    at = len(text)
    lo, left = min(lo, at), min(max(lo, left), at)
    comma = text.rfind(",", lo, left)
    plain = comma >= 0 and not text[comma + 1 : at].strip()
    found = _comma_before(text, lo, at)
    assert plain == (0 <= found < left)
    if plain:
        assert comma == found
