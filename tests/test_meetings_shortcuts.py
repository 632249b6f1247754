"""Tests that the meeting stage's shortcuts find what the plain rules they skip would find."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsevents._clauses import place_country
from newsevents._meetings import (
    _KINDS_FITTING,
    _PLACE_BEFORE,
    _cue_reading,
    _cues,
    _kinds_fit,
    _ongoing_up_to,
    _place_before,
)
from newsevents._model import MeetingKind, Span

_WORDS = st.sampled_from(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "Lisbon",
        "Oslo",
        "Peru",
        "Santa Cruz",
        "Santa",
        "New York",
        "trade",
        "farm-policy",
        "summit",
        "talks",
        "met",
        "envoys",
        "U.S.",
        "Ana's",
        "São",
        "É",
        "\u0130stanbul",
        "",
    ]
)
_GAPS = st.sampled_from([" ", "  ", "\n", ", ", "\t", " “", "\u2003"])
_PHRASES = st.lists(st.tuples(_WORDS, _GAPS), max_size=10).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


def _place_before_plain(text: str, lo: int, start: int) -> tuple[str, Span] | None:
    """The rule of ``_place_before`` without its shortcut: the pattern over the window."""
    match = _PLACE_BEFORE.search(text, max(lo, start - 40), start)
    if match is None or place_country(match.group("name")) is None:
        return None
    return match.group("name"), Span(start=match.start("name"), end=match.end("name"))


@given(_PHRASES, st.integers(min_value=0, max_value=60))
def test_place_before_skips_only_windows_where_the_pattern_finds_no_place(
    text: str, lo: int
) -> None:
    """Looking at the last two words first finds the place the pattern alone finds."""
    text += "summit"
    start = len(text) - len("summit")
    lo = min(lo, start)
    assert _place_before_plain(text, lo, start) == _place_before(text, lo, start)


def test_place_before_reads_a_place_past_a_lower_case_word() -> None:
    """A place two words back is read: "a Lisbon trade summit" is held in Lisbon."""
    text = "Ministers flew to a Lisbon trade summit"
    start = text.index("summit")
    assert ("Lisbon", Span(start=20, end=26)) == _place_before(text, 0, start)


_KIND_CASES = st.tuples(
    st.sampled_from(list(MeetingKind)),
    st.sampled_from(list(MeetingKind)),
    st.booleans(),
    st.booleans(),
)


@given(_KIND_CASES)
def test_kinds_a_mention_may_join_are_the_kinds_that_fit(
    case: tuple[MeetingKind, MeetingKind, bool, bool],
) -> None:
    """The table of kinds read at import answers as the rule on the kinds does."""
    occasion, mention, anaphoric, together = case
    expected = occasion is mention or _kinds_fit(
        occasion, mention, anaphoric=anaphoric, together=together
    )
    assert expected == (occasion in _KINDS_FITTING[id(mention), anaphoric, together])


_STATUS_TEXT = st.lists(
    st.sampled_from(
        [
            "is",
            "are",
            "holding",
            "due",
            "to",
            "will",
            "we'll",
            "it’s",
            "postponed",
            "talks",
            "in",
            "under",
            "way",
            "called",
            "off",
            "preparing",
            "for",
            "met",
            "É",
            ",",
            "‘",
            "began",
            "holds",
            "Continuing",
            "discontinued",
            "they’re",
            "meeting",
            "quickly",
            "was",
        ]
    ),
    max_size=12,
).map(" ".join)


@given(_STATUS_TEXT)
def test_cues_read_without_the_apostrophe_test_where_no_word_has_one(text: str) -> None:
    """Words read from text without an apostrophe give the same cues by the short loop."""
    words, apostrophes = _cue_reading(text)
    assert apostrophes == ("'" in text or "’" in text)
    assert _cues(words) == _cues(words, apostrophes)


@given(_STATUS_TEXT)
def test_ongoing_cue_up_to_a_trigger_ruled_out_only_where_the_full_reading_finds_none(
    text: str,
) -> None:
    """The words before a trigger say "ongoing" by the quick test as by the full reading."""
    assert ("ongoing" in _cues(*_cue_reading(text))) == _ongoing_up_to(text)
