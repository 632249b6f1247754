"""Tests that the meeting stage's shortcuts find what the plain rules they skip would find."""

from __future__ import annotations

import re
from unittest import mock

import pendulum
from hypothesis import given
from hypothesis import strategies as st

from newsevents import _meetings
from newsevents._clauses import place_country
from newsevents._document import Document
from newsevents._meetings import (
    _KINDS_FITTING,
    _PLACE_BEFORE,
    _cue_reading,
    _cues,
    _kinds_fit,
    _ongoing_up_to,
    _place_before,
    find_meetings,
)
from newsevents._model import Actor, ActorKind, MeetingKind, Reference, ReferenceBasis, Span

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


_RULE_WORDS = st.sampled_from(
    [
        "Norway", "Iceland", "Anna Berg", "Berg", "the", "Norwegian", "team", "delegation",
        ",", "led by", "headed by", "will", "hold", "talks", "in", "Paris", "met", "meeting",
        "summit", "forum", "The deal was signed at", "agreement", "was", "announced",
        "during", "a", "on the agenda", "off the agenda", "agenda", "said", ".", "\n",
        "negotiated", "with", "Friday",
    ]
)  # fmt: skip


def _rule_document(text: str) -> Document:
    sentences = tuple(
        Span(start=line.start() + part.start(), end=line.start() + part.end())
        for line in re.finditer(r"[^\n]+", text)
        for part in re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", line.group())
    )
    return Document(
        text=text,
        reference=Reference(date=pendulum.Date(2022, 5, 2), basis=ReferenceBasis.PUBLISHED),
        paragraphs=sentences,
        sentences=sentences,
    )


def _rule_actors(text: str) -> tuple[Actor, ...]:
    def actor(actor_id: str, name: str, kind: ActorKind, forms: tuple[str, ...]) -> Actor:
        spans = sorted(
            Span(start=m.start(), end=m.end())
            for form in forms
            for m in re.finditer(rf"\b{re.escape(form)}\b", text)
        )
        code = "IS" if actor_id == "is" else "NO"
        return Actor(id=actor_id, name=name, kind=kind, affiliation=code, spans=spans)

    return (
        actor("no", "Norway", ActorKind.COUNTRY, ("Norway", "Norwegian")),
        actor("is", "Iceland", ActorKind.COUNTRY, ("Iceland",)),
        actor("berg", "Anna Berg", ActorKind.PERSON, ("Anna Berg", "Berg")),
    )


@given(st.lists(_RULE_WORDS, max_size=50).map(" ".join))
def test_rules_ruled_out_by_the_stretches_they_read_find_nothing_when_run(text: str) -> None:
    """Meetings come out the same whether or not the leader, deal and agenda rules are skipped.

    The look at the sentences of the mentions (:func:`_rules_to_run`) skips a rule only
    where running it would add no party.
    """
    document, actors = _rule_document(text), _rule_actors(text)
    expected = find_meetings(document, actors)
    with mock.patch.object(_meetings, "_rules_to_run", return_value=(True, True, True)):
        actual = find_meetings(document, actors)
    assert expected == actual


def test_a_delegation_leader_is_read_where_the_look_leaves_the_rule_in() -> None:
    """Where "led by" follows a meeting, the leader rule runs: Berg joins the first talks."""
    text = (
        "Norway and Iceland met in Oslo on Friday. If the talks go well, the Norwegian "
        "team, led by Anna Berg, will hold similar talks in Paris."
    )
    meetings = find_meetings(_rule_document(text), _rule_actors(text))
    assert [("no", "is", "berg"), ("no", "berg")] == [m.participants for m in meetings]
