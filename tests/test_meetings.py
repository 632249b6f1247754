"""Tests for the meeting extractor, on documents built by hand from the team's own sentences."""

from __future__ import annotations

import re

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents._clauses import PLACE_PHRASE, Zones, ascii_lower, find_place, lower, scan
from newsevents._document import Document
from newsevents._meetings import (
    _CANCEL_HINTS,
    _CUE_PAIRS,
    _CUE_STEMS_ALL,
    _CUE_TOKEN,
    _CUE_WORDS,
    _INNER_KEYS,
    _TRIGGER_KEYS,
    _WITH,
    TRIGGER,
    _cue_at,
    _cue_words,
    _cues,
    _international_bodies,
    _may_follow_with,
    _place_hint,
    _triggers,
    find_meetings,
)
from newsevents._mentions import TimeKind, TimeMention
from newsevents._model import (
    Actor,
    ActorKind,
    Dateline,
    MeetingKind,
    MeetingStatus,
    Place,
    Reference,
    ReferenceBasis,
    Span,
    TimeSpan,
)
from newsevents._text import sharing

TODAY = pendulum.Date(2022, 5, 2)  # a Monday


def _sentences(text: str) -> tuple[Span, ...]:
    return tuple(
        Span(start=line.start() + part.start(), end=line.start() + part.end())
        for line in re.finditer(r"[^\n]+", text)
        for part in re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", line.group())
    )


def _document(
    text: str,
    *,
    times: tuple[tuple[str, TimeSpan | None], ...] = (),
    here: str | None = None,
    headline: bool = False,
) -> Document:
    mentions = []
    for phrase, when in times:
        start = text.index(phrase)
        mentions.append(
            TimeMention(
                span=Span(start=start, end=start + len(phrase)),
                text=phrase,
                kind=TimeKind.DATE if when is not None else TimeKind.DURATION,
                when=when,
            )
        )
    sentences = _sentences(text)
    return Document(
        text=text,
        headline_span=sentences[0] if headline and sentences else None,
        dateline=Dateline(place=Place(name=here)) if here else None,
        reference=Reference(date=TODAY, basis=ReferenceBasis.PUBLISHED),
        paragraphs=sentences,
        sentences=sentences,
        times=tuple(mentions),
    )


def _actor(
    text: str,
    actor_id: str,
    name: str,
    kind: ActorKind,
    *,
    forms: tuple[str, ...],
    code: str | None,
) -> Actor:
    spans = [
        Span(start=m.start(), end=m.end())
        for form in forms
        for m in re.finditer(rf"\b{re.escape(form)}\b", text)
    ]
    return Actor(id=actor_id, name=name, kind=kind, affiliation=code, spans=sorted(spans))


def _countries(text: str) -> tuple[Actor, ...]:
    return (
        _actor(text, "no", "Norway", ActorKind.COUNTRY, forms=("Norwegian", "Norway"), code="NO"),
        _actor(text, "is", "Iceland", ActorKind.COUNTRY, forms=("Icelandic", "Iceland"), code="IS"),
        _actor(text, "berg", "Anna Berg", ActorKind.PERSON, forms=("Anna Berg", "Berg"), code="NO"),
        _actor(text, "dk", "Denmark", ActorKind.COUNTRY, forms=("Danish", "Denmark"), code="DK"),
    )


STORY = (
    "Nordic envoys to hold talks on fishing rights\n"
    "Norwegian and Icelandic negotiators are due to meet on Friday in Reykjavik to discuss "
    "fishing quotas, two diplomats said.\n"
    "The meeting follows months of dispute over catches in the North Atlantic.\n"
    "Friday's planned talks come a day after foreign ministers, led by Anna Berg, "
    "close a summit on Arctic shipping in Tromso.\n"
    "Iceland will not attend that summit."
)
FRIDAY = TimeSpan.day(pendulum.Date(2022, 5, 6))


def _story_meetings() -> tuple[tuple[str, ...], ...]:
    document = _document(STORY, times=(("Friday", FRIDAY),), headline=True)
    meetings = find_meetings(document, _countries(STORY))
    return tuple(tuple(s.slice(STORY) for s in m.spans) for m in meetings)


def test_planned_meeting_reads_parties_place_time_status_and_topic() -> None:
    """Demonyms give the parties, "on Friday in Reykjavik" day and place, "due to" status.

    "To discuss fishing quotas" gives the topic.
    """
    document = _document(STORY, times=(("Friday", FRIDAY),), headline=True)
    meeting = find_meetings(document, _countries(STORY))[0]
    actual = (
        meeting.participants,
        meeting.place.name if meeting.place else None,
        meeting.when,
        meeting.status,
        meeting.topic,
    )
    assert (("no", "is"), "Reykjavik", FRIDAY, MeetingStatus.PLANNED, "fishing quotas") == actual


def test_mentions_of_one_occasion_are_one_meeting_with_all_their_spans() -> None:
    """The headline, "the meeting" and "Friday's planned talks" join the meeting they name."""
    expected = (("talks", "meet", "Friday", "meeting", "talks"), ("summit", "summit"))
    assert expected == _story_meetings()


def test_a_day_after_dates_one_meeting_from_the_other() -> None:
    """“Talks ... a day after ministers close a summit” puts the summit the day before."""
    document = _document(STORY, times=(("Friday", FRIDAY),), headline=True)
    summit = find_meetings(document, _countries(STORY))[1]
    actual = (summit.kind, summit.when, summit.participants, summit.place)
    expected = (
        MeetingKind.SUMMIT,
        TimeSpan.day(pendulum.Date(2022, 5, 5)),
        ("berg",),
        Place(
            name="Tromso",
            country=None,
            spans=(Span(start=STORY.index("Tromso"), end=STORY.index("Tromso") + 6),),
        ),
    )
    assert expected == actual


def test_negated_mention_adds_no_party() -> None:
    """“Iceland will not attend that summit” does not make Iceland a party."""
    document = _document(STORY, times=(("Friday", FRIDAY),), headline=True)
    summit = find_meetings(document, _countries(STORY))[1]
    assert "is" not in summit.participants


def test_here_is_the_datelines_place() -> None:
    """“Here” names the place of the dateline."""
    text = "Anna Berg met Danish ministers here last week."
    last_week = TimeSpan.week(pendulum.Date(2022, 4, 25))
    document = _document(text, times=(("last week", last_week),), here="Oslo")
    meeting = find_meetings(document, _countries(text))[0]
    actual = (meeting.place.name if meeting.place else None, meeting.when, meeting.status)
    assert ("Oslo", last_week, MeetingStatus.HELD) == actual


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Norwegian and Icelandic ministers met in Bergen.", MeetingStatus.HELD),
        ("Norwegian and Icelandic ministers held talks in Bergen.", MeetingStatus.HELD),
        ("Norwegian and Icelandic ministers will meet in Bergen.", MeetingStatus.PLANNED),
        (
            "Norwegian and Icelandic ministers are expected to meet in Bergen.",
            MeetingStatus.PLANNED,
        ),
        ("Talks between Norway and Iceland are scheduled for next month.", MeetingStatus.PLANNED),
        ("Norway and Iceland began talks in Bergen.", MeetingStatus.ONGOING),
        ("Norwegian and Icelandic ministers are meeting in Bergen.", MeetingStatus.ONGOING),
        ("Norway holds talks with Iceland in Bergen.", MeetingStatus.ONGOING),
        ("Norway said it's holding talks with Iceland.", MeetingStatus.ONGOING),
        ("Norway said they’re holding talks with Iceland.", MeetingStatus.ONGOING),
        ("Norway called off talks with Iceland.", MeetingStatus.CANCELLED),
        ("The Norwegian and Icelandic summit was postponed.", MeetingStatus.CANCELLED),
        ("Norway offered to hold talks with Iceland.", MeetingStatus.PROPOSED),
        ("Norwegian and Icelandic ministers may meet in Bergen.", MeetingStatus.PROPOSED),
        ("Denmark called for talks between Norway and Iceland.", MeetingStatus.PROPOSED),
    ],
)
def test_status_comes_from_tense_and_modality(sentence: str, status: MeetingStatus) -> None:
    """Tense and modality around the trigger give the status."""
    meetings = find_meetings(_document(sentence), _countries(sentence))
    assert [status] == [m.status for m in meetings]


def test_status_follows_the_time_where_the_words_do_not_say() -> None:
    """A meeting dated in the past with no telling verb is held; in the future, planned."""
    text = "The Norway-Iceland summit in Bergen on Friday. The Danish summit in Odense on Monday."
    past = TimeSpan.day(pendulum.Date(2022, 4, 29))
    future = TimeSpan.day(pendulum.Date(2022, 5, 9))
    document = _document(text, times=(("Friday", past), ("Monday", future)))
    meetings = find_meetings(document, _countries(text))
    assert [MeetingStatus.HELD, MeetingStatus.PLANNED] == [m.status for m in meetings]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway's prime minister told a news conference in Oslo that Iceland was wrong.",
        "Iceland's press conference in Reykjavik was brief.",
        "Norway failed to meet its targets for cod in Bergen.",
        "The Icelandic proposal was met with boos in Reykjavik.",
        "Norway and Iceland regularly meet in Bergen.",
        "Norway gathered evidence in Bergen.",
        "Norway said it would hold a conference call with analysts in Oslo.",
    ],
)
def test_what_is_not_a_meeting(sentence: str) -> None:
    """Press conferences, "meet its targets", "met with boos" and habits are no meetings."""
    assert () == find_meetings(_document(sentence), _countries(sentence))


def test_phone_call_is_a_call() -> None:
    """A phone call between leaders is a meeting of kind call."""
    text = "Anna Berg held a phone call with Danish leaders on Friday."
    past = TimeSpan.day(pendulum.Date(2022, 4, 29))
    meeting = find_meetings(_document(text, times=(("Friday", past),)), _countries(text))[0]
    assert (MeetingKind.CALL, ("berg", "dk"), past) == (
        meeting.kind,
        meeting.participants,
        meeting.when,
    )


def test_attribution_gives_no_party() -> None:
    """The speaker of "Denmark said" is not a party to the meeting it reports."""
    text = "Denmark said Norwegian and Icelandic officials met in Bergen."
    meeting = find_meetings(_document(text), _countries(text))[0]
    assert ("no", "is") == meeting.participants


def test_similar_talks_are_another_meeting() -> None:
    """“Similar talks” elsewhere are a second occasion."""
    text = (
        "Norwegian and Icelandic officials are holding talks in Bergen today. "
        "They will also hold similar talks in Odense with Danish officials."
    )
    meetings = find_meetings(_document(text), _countries(text))
    assert ["Bergen", "Odense"] == [m.place.name if m.place else None for m in meetings]


def test_a_meeting_with_neither_party_nor_place_is_dropped() -> None:
    """A bare mention that names no party and no place is no fact."""
    text = "The meeting went well, everyone agreed."
    assert () == find_meetings(_document(text), ())


def test_third_day_of_talks_is_dated_by_its_first_day() -> None:
    """“In talks for a third straight day this morning” started two days ago."""
    text = "Norwegian and Icelandic ministers are in talks for a third straight day this morning."
    document = _document(text, times=(("this morning", TimeSpan.day(TODAY)),))
    meeting = find_meetings(document, _countries(text))[0]
    assert (TimeSpan.day(pendulum.Date(2022, 4, 30)), MeetingStatus.ONGOING) == (
        meeting.when,
        meeting.status,
    )


_WIRE_WORDS = st.sampled_from(
    [
        "Norway", "Iceland", "met", "meet", "talks", "summit", "the", "meeting", "in",
        "Bergen", "on", "Friday", "will", "a day after", "conference", "visit", "here", ",",
        ".", "\n", "said", "not", "with", "Danish", "officials", "call", "phone", "’s",
    ]
)  # fmt: skip


@given(st.lists(_WIRE_WORDS | st.text(max_size=8), max_size=60).map(" ".join))
def test_every_span_slices_back_to_its_text(text: str) -> None:
    """On any text, meetings come without error and every span lies in the text."""
    for meeting in find_meetings(_document(text, here="Oslo"), _countries(text)):
        for span in meeting.spans:
            assert span.slice(text) == text[span.start : span.end]
            assert 0 <= span.start < span.end <= len(text)
        assert meeting.participants or meeting.place is not None


def test_trigger_spans_name_the_trigger_words() -> None:
    """A meeting's spans are its trigger words and the time mention that dates it."""
    assert {"talks", "meet", "Friday", "meeting", "summit"} == {
        word for spans in _story_meetings() for word in spans
    }


def test_pathological_text_gives_no_meeting_without_a_trigger() -> None:
    """Runs of digits, capitals and dots hold no meeting; a run of triggers holds one.

    Their time against their size is measured by the bench (``nox -s bench``, part d).
    """
    chunks = ("9,9" * 30000, "A." * 30000, "x" * 60000, "meet the talks in Bergen " * 3000)
    assert [0, 0, 0, 1] == [len(find_meetings(_document(chunk), ())) for chunk in chunks]


def test_undated_meeting_in_the_lead_takes_the_story_month() -> None:
    """A meeting the lead reports as held, with no date, is recent: the story's month."""
    text = "Norwegian and Icelandic ministers met in Bergen."
    meeting = find_meetings(_document(text), _countries(text))[0]
    assert (TimeSpan.month(2022, 5), True) == (meeting.when, meeting.when_inferred)


def test_undated_meeting_in_the_headline_takes_the_story_day() -> None:
    """A meeting the headline reports, with no date, is the day's news."""
    text = "Norway and Iceland hold fishing talks in Bergen\nThe two sides met for an hour."
    meeting = find_meetings(_document(text, headline=True), _countries(text))[0]
    assert (TimeSpan.day(TODAY), True) == (meeting.when, meeting.when_inferred)


def test_leaving_a_summit_the_speaker_was_there() -> None:
    """“Leaving a Lisbon summit, Anna Berg said” makes Berg a party, Lisbon the place."""
    text = "Leaving a Lisbon summit, Anna Berg said the talks had gone well."
    meeting = find_meetings(_document(text), _countries(text))[0]
    place = meeting.place.name if meeting.place else None
    assert (("berg",), "Lisbon", MeetingStatus.HELD) == (
        meeting.participants,
        place,
        meeting.status,
    )


def test_undated_planned_meeting_stays_undated() -> None:
    """A planned meeting with no date is not given one."""
    text = "Norwegian and Icelandic ministers will meet in Bergen."
    meeting = find_meetings(_document(text), _countries(text))[0]
    assert (None, False) == (meeting.when, meeting.when_inferred)


def test_weekday_of_a_planned_meeting_lies_ahead() -> None:
    """“Thursday's planned talks” read as last Thursday are moved to the coming one."""
    text = "Thursday's planned talks between Norway and Iceland will be tense."
    last_thursday = TimeSpan.day(pendulum.Date(2022, 4, 28))
    document = _document(text, times=(("Thursday's", last_thursday),))
    meeting = find_meetings(document, _countries(text))[0]
    assert (TimeSpan.day(pendulum.Date(2022, 5, 5)), MeetingStatus.PLANNED) == (
        meeting.when,
        meeting.status,
    )


def test_a_sentence_of_endless_triggers_gives_a_few_meetings_at_most() -> None:
    """A “sentence” of thousands of triggers is read as a few meetings at most."""
    text = "Norway and Iceland met in Bergen, " * 5000
    meetings = find_meetings(_document(text), _countries(text))
    assert 1 <= len(meetings) <= 16


def test_a_dated_meeting_without_parties_takes_those_of_the_sentence_before() -> None:
    """“A summit planned for March was called off” has the parties just spoken of."""
    text = (
        "Norwegian and Icelandic ministers may meet in Bergen later this month. "
        "A summit planned for March was called off."
    )
    march = TimeSpan.month(2022, 3)
    meetings = find_meetings(_document(text, times=(("March", march),)), _countries(text))
    actual = [(m.participants, m.status, m.when) for m in meetings]
    assert [
        (("no", "is"), MeetingStatus.PROPOSED, None),
        (("no", "is"), MeetingStatus.CANCELLED, march),
    ] == actual


def test_a_time_in_a_comparison_does_not_date_the_meeting() -> None:
    """“The summit drew 7,000, up from 5,000 last year” is not dated last year."""
    text = "The Nordic summit in Bergen drew 7,000 protesters, up from 5,000 last year."
    last_year = TimeSpan.year(2021)
    document = _document(text, times=(("last year", last_year),))
    meetings = find_meetings(document, _countries(text))
    assert [(TimeSpan.month(2022, 5), True)] == [(m.when, m.when_inferred) for m in meetings]


def test_a_visit_for_talks_is_one_meeting_in_the_visited_place() -> None:
    """“Berg will visit Denmark next week for talks with Icelandic leaders” is one visit."""
    text = (
        "Anna Berg will visit Denmark next week for talks with Icelandic leaders, "
        "Norway said on Monday."
    )
    next_week = TimeSpan.week(pendulum.Date(2022, 5, 9))
    monday = TimeSpan.day(TODAY)
    document = _document(text, times=(("next week", next_week), ("Monday", monday)))
    meetings = find_meetings(document, _countries(text))
    actual = [
        (m.kind, m.participants, m.place.name if m.place else None, m.when, m.status)
        for m in meetings
    ]
    expected = [
        (MeetingKind.VISIT, ("berg", "dk", "is"), "Denmark", next_week, MeetingStatus.PLANNED)
    ]
    assert expected == actual


def test_crowds_gathering_is_no_meeting_but_ministers_gathering_is() -> None:
    """Protesters who gather in Oslo hold no meeting; ministers who gather in Oslo do."""
    crowd = "Thousands of Norwegian protesters gathered in Oslo on Friday."
    ministers = "Norwegian and Icelandic ministers gathered in Oslo on Friday."
    friday = TimeSpan.day(pendulum.Date(2022, 4, 29))
    found = [
        len(find_meetings(_document(text, times=(("Friday", friday),)), _countries(text)))
        for text in (crowd, ministers)
    ]
    assert [0, 1] == found


_CUE_VOCABULARY = sorted(
    {*_CUE_WORDS, *(word for pair in _CUE_PAIRS for word in pair)}
    | {
        "is",
        "are",
        "holding",
        "having",
        "in",
        "talks",
        "be",
        "held",
        "preparing",
        "for",
        "proposal",
        "postponed",
        "we'll",
        "it's",
        "holds",
        "quickly",
        "the",
        "delegation",
        "officials",
    }
)


@given(st.lists(st.sampled_from(_CUE_VOCABULARY), max_size=12))
def test_status_cues_read_with_shortcuts_as_word_by_word(tokens: list[str]) -> None:
    """Skipping words that start no cue gives the statuses a word-by-word reading gives."""
    expected: set[str] = set()
    i = 0
    while i < len(tokens):
        status, step = _cue_at(tokens, i)
        if status is not None:
            expected.add(status)
        i += step
    assert expected == _cues(tokens)


def test_a_trigger_of_several_words_may_be_broken_over_two_lines() -> None:
    """Hard-wrapped copy: "sit down" at a line's end and "with" on the next is one trigger."""
    text = "Norwegian officials will sit down\nwith Icelandic envoys in Reykjavik on Friday."
    sentence = (Span(start=0, end=len(text)),)
    document = attrs.evolve(
        _document(text, times=(("on Friday", FRIDAY),)), sentences=sentence, paragraphs=sentence
    )
    (meeting,) = find_meetings(document, _countries(text))
    assert (("no", "is"), MeetingStatus.PLANNED, FRIDAY) == (
        meeting.participants,
        meeting.status,
        meeting.when,
    )


def test_every_cue_of_a_cancelled_meeting_holds_a_cancel_hint() -> None:
    """The status reader skips the full reading where no cancel hint stands: none is missed."""
    cues = [word for word, status in _CUE_WORDS.items() if status == "cancelled"]
    cues += [" ".join(pair) for pair, status in _CUE_PAIRS.items() if status == "cancelled"]
    cues += [stem for stem, status in _CUE_STEMS_ALL if status == "cancelled"]
    assert [] == [cue for cue in cues if not any(hint in cue for hint in _CANCEL_HINTS)]


_WINDOW_TEXT = st.text(alphabet="aZe's'’ é\u0130\u212a_-1.,\n“ǅ", max_size=40)


@given(_WINDOW_TEXT)
def test_cue_words_are_the_words_of_the_token_pattern(text: str) -> None:
    """The fast split of cue words gives the words the token pattern finds."""
    assert _CUE_TOKEN.findall(text.lower()) == _cue_words(text)


_TRIGGER_TEXT = st.lists(
    st.sampled_from(
        [
            "meet",
            "met",
            "meeting",
            "Meetings",
            "talks",
            "Talks",
            "talked",
            "by",
            "phone",
            "telephone",
            "call",
            "video",
            "conference",
            "summit",
            "conference",
            "negotiating",
            "round",
            "visit",
            "visited",
            "sat",
            "down",
            "with",
            "gathering",
            "forum",
            "trip",
            "trips",
            "stripped",
            "discussions",
            "the",
            "a",
            ",",
            ".",
            "x1",
            "é\n",
            "\u201cTalks\u201d",
            "talks\u2019",
            "\u2014",
            "MEETΣ",
            "\u212aey",
            "?",
        ]
    ),
    max_size=14,
).map(" ".join)


@given(_TRIGGER_TEXT)
def test_triggers_are_those_a_scan_of_the_text_finds(text: str) -> None:
    """Triggers found on the lower-cased text alone are those a scan of the text finds."""
    low = lower(text)
    expected = [
        (m.span(), m.lastgroup) for m in scan(text, low, _TRIGGER_KEYS, TRIGGER, inner=_INNER_KEYS)
    ]
    assert expected == [(m.span(), m.lastgroup) for m in _triggers(low, low)]
    with sharing(text):  # the keys found in the ASCII stand-in of the story being parsed
        stand_in = ascii_lower(text, lower(text))
        assert expected == [(m.span(), m.lastgroup) for m in _triggers(low, stand_in)]


_PLACE_TEXT = st.lists(
    st.sampled_from(
        [
            "in",
            "at",
            "to",
            "here",
            "the",
            "The",
            "Japanese",
            "city",
            "capital",
            "of",
            "Osaka",
            "Washington",
            "talks",
            "Monday",
            ",",
            ".",
            "within",
            "into",
            "xin",
            "at\nthe",
        ]
    ),
    max_size=12,
).map(" ".join)


@given(_PLACE_TEXT, st.integers(0, 20), st.integers(0, 20))
def test_place_read_from_the_first_hint_is_the_place_read_from_the_start(
    text: str, cut_lo: int, cut_hi: int
) -> None:
    """Reading places from the first place hint finds what reading the whole part finds."""
    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    skip = Zones([])
    assert (_place_hint(text, lo, hi, here=True) is None) == (
        PLACE_PHRASE.search(text, lo, hi) is None
    )
    for here in ("Paris", None):
        expected = find_place(text, lo, hi, here=here, skip=skip)
        hint = _place_hint(text, lo, hi, here=here is not None)
        found = None
        if hint is not None:
            found = find_place(text, hint, hi, here=here, skip=skip)
        assert expected == found


@given(st.text(alphabet="wWbBithne \t\n\u00a0x", max_size=12), st.integers(0, 12))
def test_with_is_sought_wherever_it_can_match(text: str, end: int) -> None:
    """The quick look after a trigger never rules out a "with" the pattern would read."""
    if _WITH.match(text, end) is not None:
        assert _may_follow_with(lower(text), end)


def test_an_opening_if_clause_leaves_the_subject_to_the_main_clause() -> None:
    """“If the talks go well, the team, led by Berg, will hold talks in Oslo” gives Berg to Oslo."""
    text = (
        "Norwegian and Icelandic officials met in Bergen on Monday. "
        "If the talks go well, the Norwegian team, led by Anna Berg, will hold similar talks "
        "in Oslo with Danish officials."
    )
    monday = TimeSpan.day(TODAY)
    meetings = find_meetings(_document(text, times=(("Monday", monday),)), _countries(text))
    actual = [(m.participants, m.place.name if m.place else None) for m in meetings]
    # Berg leads the team that met in Bergen too (:func:`_delegation_leaders`)
    assert [(("no", "is", "berg"), "Bergen"), (("no", "berg", "dk"), "Oslo")] == actual


def test_visitors_meeting_hosts_today_meet_in_the_dateline_city() -> None:
    """Under a REYKJAVIK dateline, Norwegians meeting Icelanders today meet in Reykjavik."""
    text = "Norwegian officials are meeting Icelandic ministers today to discuss fishing quotas."
    document = _document(text, times=(("today", TimeSpan.day(TODAY)),), here="Reykjavik")
    meeting = find_meetings(document, _countries(text))[0]
    place = meeting.place.name if meeting.place else None
    assert (("no", "is"), "Reykjavik", MeetingStatus.ONGOING) == (
        meeting.participants,
        place,
        meeting.status,
    )


def test_one_country_meeting_at_home_names_no_place() -> None:
    """Under a REYKJAVIK dateline, “Icelandic ministers met on Monday” names no place."""
    text = "Icelandic ministers met on Monday to discuss fishing quotas."
    document = _document(text, times=(("Monday", TimeSpan.day(TODAY)),), here="Reykjavik")
    meeting = find_meetings(document, _countries(text))[0]
    assert meeting.place is None


def test_a_title_that_opens_the_sentence_is_the_person_named_with_it() -> None:
    """“The prime minister, who called her Danish counterpart, said” makes Berg a party."""
    text = (
        "Prime Minister Anna Berg spoke in Oslo on Monday. "
        "The prime minister, who held a phone call with Denmark on Sunday, said more was needed."
    )
    sunday = TimeSpan.day(pendulum.Date(2022, 5, 1))
    actors = tuple(
        attrs.evolve(a, title="prime minister") if a.id == "berg" else a for a in _countries(text)
    )
    meetings = find_meetings(_document(text, times=(("Sunday", sunday),)), actors)
    assert [("berg", "dk")] == [m.participants for m in meetings]


def test_a_pronoun_after_the_speech_verb_is_the_speaker() -> None:
    """“Norway said that it will open talks with Iceland” makes Norway a party."""
    text = "Norway said on Monday that it will open talks with Iceland in Bergen."
    document = _document(text, times=(("Monday", TimeSpan.day(TODAY)),))
    meeting = find_meetings(document, _countries(text))[0]
    assert ("no", "is") == meeting.participants


def test_talks_with_another_named_party_are_another_meeting() -> None:
    """Talks of Norway and Iceland, then Norway's “talks with Denmark”, are two meetings."""
    text = (
        "Norway and Iceland will hold talks on fishing rights in Bergen. "
        "Norway said that it will also open talks with Denmark in June."
    )
    june = TimeSpan.month(2022, 6)
    meetings = find_meetings(_document(text, times=(("June", june),)), _countries(text))
    assert [("no", "is"), ("no", "dk")] == [m.participants for m in meetings]


def test_the_headline_joins_the_meeting_that_shares_most_of_its_parties() -> None:
    """A headline on Norway-Iceland talks joins them, not a later Norway-Denmark meeting."""
    text = (
        "Norway and Iceland agree to fishing talks\n"
        "Norway and Iceland will hold talks on fishing rights in Bergen. "
        "Norway said that it will also open talks with Denmark in June."
    )
    june = TimeSpan.month(2022, 6)
    document = _document(text, times=(("June", june),), headline=True)
    meetings = find_meetings(document, _countries(text))
    assert [["talks", "talks"], ["talks", "June"]] == [
        [s.slice(text) for s in m.spans] for m in meetings
    ]


def test_what_the_speaker_leaving_a_summit_says_names_no_party() -> None:
    """“Leaving an Oslo summit Anna Berg said Denmark should join”: Berg only, not Denmark."""
    text = "Leaving an Oslo summit Anna Berg said Denmark should join the fishing pact."
    meeting = find_meetings(_document(text), _countries(text))[0]
    place = meeting.place.name if meeting.place else None
    assert (("berg",), "Oslo") == (meeting.participants, place)


def test_a_venue_in_a_known_town_gives_the_town() -> None:
    """“met at Holmen Hall in Oslo” is held in Oslo, and the hall is no party."""
    text = "Norwegian and Icelandic ministers met at Holmen Hall in Oslo on Monday."
    hall = _actor(
        text, "hall", "Holmen Hall", ActorKind.ORGANIZATION, forms=("Holmen Hall",), code="NO"
    )
    document = _document(text, times=(("Monday", TimeSpan.day(TODAY)),))
    meeting = find_meetings(document, (*_countries(text), hall))[0]
    place = meeting.place.name if meeting.place else None
    assert (("no", "is"), "Oslo") == (meeting.participants, place)


def test_a_place_name_ends_before_a_persons_name() -> None:
    """“in the Royal Palace Berg had said”: the place is the Royal Palace."""
    text = "Norwegian and Icelandic ministers met in the Royal Palace Berg had chosen for them."
    # "Berg" is no mention the actors found here, only a name the person goes by
    berg = _actor(text, "berg", "Anna Berg", ActorKind.PERSON, forms=("Anna Berg",), code="NO")
    actors = (*_countries(text)[:2], attrs.evolve(berg, aliases=("Berg",)))
    meeting = find_meetings(_document(text), actors)[0]
    place = meeting.place.name if meeting.place else None
    assert "Royal Palace" == place


def test_parties_of_an_opening_while_clause_are_not_the_meetings() -> None:
    """“While Berg toured Oslo, Norwegian and Icelandic ministers met”: Berg is no party."""
    text = "While Anna Berg toured the harbour, Norwegian and Icelandic ministers met in Oslo."
    meeting = find_meetings(_document(text), _countries(text))[0]
    assert ("no", "is") == meeting.participants


def test_talks_that_began_yesterday_are_under_way() -> None:
    """“The talks began in Oslo yesterday” is ongoing on the story's date."""
    text = "Norway and Iceland opened fishing talks. The talks began in Oslo yesterday."
    yesterday = TimeSpan.day(TODAY.subtract(days=1))
    document = _document(text, times=(("yesterday", yesterday),))
    meeting = find_meetings(document, _countries(text))[0]
    assert (MeetingStatus.ONGOING, yesterday) == (meeting.status, meeting.when)


def test_talks_with_governments_and_talks_with_banks_are_two_meetings() -> None:
    """“Iceland, which met foreign governments last week, has since begun talks with banks”."""
    text = (
        "Iceland, which struck a debt deal in talks with foreign governments last week, "
        "has since begun talks with banks over its loans."
    )
    last_week = TimeSpan.week(pendulum.Date(2022, 4, 25))
    meetings = find_meetings(_document(text, times=(("last week", last_week),)), _countries(text))
    assert [MeetingStatus.HELD, MeetingStatus.ONGOING] == [m.status for m in meetings]


def test_it_is_no_possessive() -> None:
    """“Norway says it's continuing fishing talks with Iceland”: the talks are Norway's own."""
    text = "Norway says it's continuing fishing talks with Iceland."
    meeting = find_meetings(_document(text), _countries(text))[0]
    assert ("no", "is") == meeting.participants


def test_a_speaker_after_the_meeting_is_a_party_but_not_one_beside_it() -> None:
    """“Berg told journalists after the meeting” makes Berg a party; “and Berg said” does not."""
    after = "Anna Berg told journalists after the meeting in Oslo that progress was made."
    beside = "The meeting began in Oslo and Anna Berg said progress was made."
    found = [
        find_meetings(_document(text), _countries(text))
        for text in (after, after.replace("after", "about"), beside)
    ]
    assert [("berg",), (), ()] == [ms[0].participants for ms in found]


def test_names_after_a_noun_joined_to_the_meeting_are_that_nouns() -> None:
    """“after a ministers' meeting and sharp remarks from Anna Berg”: Berg is no party."""
    text = "Shares fell after a ministers' meeting and sharp remarks from Anna Berg."
    assert () == find_meetings(_document(text), _countries(text))


def test_a_dinner_joined_to_the_talks_keeps_its_guests() -> None:
    """“talks and a working dinner with Anna Berg in Oslo” keep Berg a party."""
    text = "Icelandic ministers held talks and a working dinner with Anna Berg in Oslo."
    meeting = find_meetings(_document(text), _countries(text))[0]
    assert ("is", "berg") == meeting.participants


def test_a_visiting_minister_holds_talks_with_the_host_country() -> None:
    """“Anna Berg was in Copenhagen for trade talks” adds Denmark where Berg holds an office."""
    text = "Anna Berg was also in Copenhagen for trade talks last month."
    last_month = TimeSpan.month(2022, 4)
    document = _document(text, times=(("last month", last_month),))
    plain = _countries(text)
    titled = tuple(attrs.evolve(a, title="trade minister") if a.id == "berg" else a for a in plain)
    found = [find_meetings(document, actors)[0].participants for actors in (titled, plain)]
    assert [("berg", "dk"), ("berg",)] == found


def test_he_inside_the_clause_is_the_person_named_before() -> None:
    """“Anna Berg landed in Oslo. On Monday, she met Icelandic ministers” gives Berg."""
    text = "Anna Berg landed in Oslo. On Monday, she met Icelandic ministers in Oslo."
    document = _document(text, times=(("Monday", TimeSpan.day(TODAY)),))
    meeting = find_meetings(document, _countries(text))[0]
    assert ("berg", "is") == meeting.participants


def test_a_coordinated_verb_shares_the_first_verbs_subject() -> None:
    """“Berg opened a summit on Monday and later met Icelandic ministers” gives Berg to both."""
    text = "Anna Berg opened a summit in Oslo on Monday and later met Icelandic ministers."
    document = _document(text, times=(("Monday", TimeSpan.day(TODAY)),))
    meetings = find_meetings(document, _countries(text))
    assert [("berg",), ("berg", "is")] == [m.participants for m in meetings]


def test_a_trip_to_a_known_place_by_officials_is_a_visit_there() -> None:
    """“a trip to Oslo by Icelandic officials” is their visit to Oslo; a field trip is none."""
    text = "The deal stalled despite a short trip to Oslo by Icelandic officials."
    meetings = find_meetings(_document(text), _countries(text))
    actual = [(m.kind, m.participants, m.place.name if m.place else None) for m in meetings]
    assert [(MeetingKind.VISIT, ("is",), "Oslo")] == actual
    for other in (
        "The pupils went on a field trip to Oslo with Icelandic teachers.",
        "Icelandic officials planned a trip to the countryside.",
        "A planned trip to Oslo was cancelled.",
    ):
        assert () == find_meetings(_document(other), _countries(other))


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway expects to meet its annual fishing targets.",
        'The lender does not meet the "well capitalised" criteria.',
    ],
)
def test_meeting_a_target_a_few_words_on_is_no_meeting(sentence: str) -> None:
    """“meet its annual fishing targets”: the head of the object says it is no meeting."""
    assert () == find_meetings(_document(sentence), _countries(sentence))


def test_she_and_another_party_meet_gives_both() -> None:
    """“She and Icelandic envoys meet on Monday”: she is the person named before."""
    text = "Anna Berg arrived in Oslo. She and Icelandic envoys meet on Monday in Oslo."
    document = _document(text, times=(("Monday", TimeSpan.day(TODAY)),))
    meeting = find_meetings(document, _countries(text))[0]
    assert ("berg", "is") == meeting.participants


def test_the_company_is_the_company_named_before() -> None:
    """“The company is negotiating a deal with Iceland” is the company the story named last."""
    text = "Nordfisk posted a loss. The company is negotiating a quota deal with Iceland."
    company = _actor(text, "nf", "Nordfisk", ActorKind.ORGANIZATION, forms=("Nordfisk",), code="NO")
    meeting = find_meetings(_document(text), (*_countries(text), company))[0]
    assert ("nf", "is") == meeting.participants


def test_a_body_after_in_is_neither_place_nor_party() -> None:
    """“talks on selling its stake in Nordfisk Holdings”: the body is no place, no party."""
    text = "Norway is in talks with Iceland on selling its stake in Nordfisk Holdings."
    company = _actor(
        text,
        "nf",
        "Nordfisk Holdings",
        ActorKind.ORGANIZATION,
        forms=("Nordfisk Holdings",),
        code="NO",
    )
    meeting = find_meetings(_document(text), (*_countries(text), company))[0]
    assert (("no", "is"), None) == (meeting.participants, meeting.place)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iceland cut its fleet in order to meet Norway's standards.",
        "Norway wants to help Iceland meet future medical emergencies.",
        "The Icelandic plan met the test set by Norway.",
        "Anna Berg said she sometimes talks to officials in Iceland.",
        "Norway offered Iceland a negotiated settlement of the row in Oslo.",
    ],
)
def test_more_of_what_is_not_a_meeting(sentence: str) -> None:
    """Meeting standards, emergencies or a test, habits and a negotiated end are none."""
    assert () == find_meetings(_document(sentence), _countries(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway's fisheries minister met crisis negotiators from Iceland in Oslo.",
        "Norway's fisheries minister met with disaster relief officials from Iceland.",
        "Norway's fisheries minister met the heads of the emergency services in Iceland.",
        "Norway's fisheries minister met opposition leaders in Iceland.",
    ],
)
def test_a_listed_word_before_a_noun_only_qualifies_the_people_met(sentence: str) -> None:
    """In "met crisis negotiators" the people are met: "crisis" heads no object of its own."""
    assert 1 == len(find_meetings(_document(sentence), _countries(sentence)))


def test_a_clause_after_comma_as_names_no_place_or_party() -> None:
    """“ministers meet online on Monday, delegates said, as demand in Denmark weakens”."""
    text = (
        "Norway will cut output when ministers from Iceland meet online on Monday, "
        "delegates said, as demand in Denmark weakens."
    )
    document = _document(text, times=(("Monday", TimeSpan.day(TODAY.add(days=7))),))
    meeting = find_meetings(document, _countries(text))[0]
    assert ("dk" not in meeting.participants, None) == (True, meeting.place)


def test_as_well_as_keeps_the_second_party() -> None:
    """“met Icelandic envoys in Oslo, as well as with Danish officials” keeps Denmark."""
    text = "Anna Berg met Icelandic envoys in Oslo, as well as with Danish officials."
    meeting = find_meetings(_document(text), _countries(text))[0]
    assert ("berg", "is", "dk") == meeting.participants


def test_the_headline_joins_the_leads_meeting_among_equals() -> None:
    """A headline naming no party joins the lead's talks, not a later meeting."""
    text = (
        "Fishing talks stall\n"
        "Norway and Iceland held talks in Oslo on Monday without agreement. "
        "Anna Berg will hold a meeting with Danish officials next week."
    )
    monday = TimeSpan.day(TODAY)
    next_week = TimeSpan.week(pendulum.Date(2022, 5, 9))
    document = _document(text, times=(("Monday", monday), ("next week", next_week)), headline=True)
    meetings = find_meetings(document, _countries(text))
    assert [["talks", "talks", "Monday"], ["meeting", "next week"]] == [
        [s.slice(text) for s in m.spans] for m in meetings
    ]


def test_a_body_that_qualifies_a_thing_is_no_party() -> None:
    """“a return to talks under the Norwegian plan” names no party; “with Norway” does."""
    texts = (
        "Officials urged a return to talks under the Norwegian plan.",
        "Officials urged a return to talks with Norway.",
    )
    found = [
        [m.participants for m in find_meetings(_document(text), _countries(text))] for text in texts
    ]
    assert [[], [("no",)]] == found


def test_the_minister_before_a_verb_is_the_minister_named_before() -> None:
    """“Iceland, whom the minister met on Monday” makes Berg, the minister, a party."""
    text = (
        "Trade Minister Anna Berg flew home on Sunday. "
        "She carried a message from Iceland, whom the minister met on Monday."
    )
    actors = tuple(
        attrs.evolve(a, title="trade minister") if a.id == "berg" else a for a in _countries(text)
    )
    document = _document(text, times=(("Monday", TimeSpan.day(TODAY)),))
    meeting = find_meetings(document, actors)[0]
    assert "berg" in meeting.participants
    assert "is" in meeting.participants


def _bodies(text: str) -> tuple[Actor, ...]:
    return (
        *_countries(text),
        _actor(text, "eu", "European Union", ActorKind.ORGANIZATION, forms=("EU",), code=None),
        _actor(
            text, "fish", "Fish Board", ActorKind.ORGANIZATION, forms=("Fish Board",), code="NO"
        ),
        _actor(
            text, "hc", "Harbour Council", ActorKind.ORGANIZATION, forms=("Harbour",), code=None
        ),
    )


def test_a_summit_without_an_organisation_is_the_body_named_before() -> None:
    """“Norway wants to join the EU. Leaving a Lisbon summit, Berg said” adds the EU."""
    text = (
        "Norway hopes to join the EU within a decade. "
        "Leaving a Lisbon summit, Anna Berg said the talks had gone well."
    )
    meetings = find_meetings(_document(text), _bodies(text))
    assert [("berg", "eu")] == [m.participants for m in meetings if m.kind is MeetingKind.SUMMIT]


def test_a_summit_takes_no_body_of_a_country_nor_one_named_long_before() -> None:
    """A national body, one no list of bodies of nations holds, or one long before: none."""
    national = "The Fish Board met on Monday. Leaving a Lisbon summit, Anna Berg said it went well."
    unknown = "The Harbour Council met. Leaving a Lisbon summit, Anna Berg said it went well."
    distant = (
        "The EU met. Prices fell. Quotas rose. Output slowed. "
        "Leaving a Lisbon summit, Anna Berg said it went well."
    )
    found = [
        [
            m.participants
            for m in find_meetings(_document(t), _bodies(t))
            if m.kind is MeetingKind.SUMMIT
        ]
        for t in (national, unknown, distant)
    ]
    assert [[("berg",)], [("berg",)], [("berg",)]] == found


def test_the_leaders_of_a_delegation_join_the_talks_the_sentence_speaks_of() -> None:
    """“the Norwegian team, led by Anna Berg,” puts Berg in the talks and the similar talks."""
    text = (
        "Norwegian officials are meeting Icelandic officials in Reykjavik today. "
        "If the talks succeed, the Norwegian team, led by Anna Berg, will hold similar "
        "talks with Danish officials in Copenhagen next week."
    )
    today = TimeSpan.day(TODAY)
    next_week = TimeSpan.week(pendulum.Date(2022, 5, 9))
    document = _document(text, times=(("today", today), ("next week", next_week)))
    meetings = find_meetings(document, _countries(text))
    assert [("no", "is", "berg"), ("no", "berg", "dk")] == [m.participants for m in meetings]


def test_a_delegation_leader_joins_only_meetings_of_their_country() -> None:
    """Berg, leading the Norwegian team, does not join Iceland's talks with Denmark."""
    text = (
        "Icelandic officials are meeting Danish officials in Copenhagen today. "
        "If the talks succeed, the Norwegian team, led by Anna Berg, will hold separate "
        "talks with Danish officials in Copenhagen next week."
    )
    today = TimeSpan.day(TODAY)
    next_week = TimeSpan.week(pendulum.Date(2022, 5, 9))
    document = _document(text, times=(("today", today), ("next week", next_week)))
    meetings = find_meetings(document, _countries(text))
    assert [("is", "dk"), ("no", "berg", "dk")] == [m.participants for m in meetings]


def test_a_deal_signed_at_a_forum_puts_its_negotiators_there() -> None:
    """“Norway and Iceland negotiated a deal. The deal was signed at a forum” puts both there."""
    text = (
        "Norwegian and Icelandic officials negotiated a fishing deal in Bergen last month. "
        "The deal was signed during a Nordic forum that Anna Berg had set up."
    )
    document = _document(text, times=(("last month", TimeSpan.month(2022, 4)),))
    meetings = find_meetings(document, _countries(text))
    actual = [(m.kind, m.participants) for m in meetings]
    assert [
        (MeetingKind.NEGOTIATIONS, ("no", "is")),
        (MeetingKind.CONFERENCE, ("berg", "no", "is")),
    ] == actual


def test_a_forum_that_announces_no_deal_takes_no_negotiators() -> None:
    """“A plan was discussed at a forum” after other talks adds no one to the forum."""
    text = (
        "Norwegian and Icelandic officials negotiated a fishing deal in Bergen last month. "
        "A new plan was discussed during a Nordic forum that Anna Berg had set up."
    )
    document = _document(text, times=(("last month", TimeSpan.month(2022, 4)),))
    meetings = find_meetings(document, _countries(text))
    assert [("no", "is"), ("berg",)] == [m.participants for m in meetings]


def test_who_tells_the_agenda_of_a_meeting_took_part() -> None:
    """“a meeting in Oslo. Berg told reporters quotas would stay off the agenda” adds Berg."""
    text = (
        "Icelandic officials held a meeting in Oslo on Monday. "
        "Anna Berg told reporters that fishing quotas would stay off the agenda."
    )
    document = _document(text, times=(("Monday", TimeSpan.day(TODAY)),))
    meetings = find_meetings(document, _countries(text))
    assert [("is", "berg")] == [m.participants for m in meetings]


def test_a_person_named_two_sentences_after_a_meeting_does_not_tell_its_agenda() -> None:
    """The agenda two sentences on is not the meeting's: no one is added."""
    text = (
        "Icelandic officials held a meeting in Oslo on Monday. Prices fell. "
        "Anna Berg said quotas were on the agenda for June."
    )
    document = _document(text, times=(("Monday", TimeSpan.day(TODAY)),))
    meetings = find_meetings(document, _countries(text))
    assert [("is",)] == [m.participants for m in meetings]


def test_delegations_deals_summits_and_agendas_repeated_are_the_same_meetings() -> None:
    """A story of led-by, deal, summit and agenda sentences said 400 times: its 3 meetings.

    Each occasion is one meeting, however often the story repeats it.

    Its time against its length is measured by the bench (``nox -s bench``, part d).
    """
    unit = (
        "Norwegian and Icelandic officials negotiated a deal in Bergen. "
        "The deal was signed during a forum that Anna Berg had set up. "
        "If the talks succeed, the Norwegian team, led by Anna Berg, will hold talks with the EU. "
        "Leaving a Lisbon summit, Anna Berg said quotas were not on the agenda. "
    )
    counts = [len(find_meetings(_document(unit * n), _bodies(unit * n))) for n in (1, 400)]
    assert [3, 3] == counts


def test_the_bodies_of_nations_are_read_from_the_data() -> None:
    """The EU, NATO and the G20 are bodies of nations; Reuters and al-Qaeda are not."""
    bodies = _international_bodies()
    assert [True, True, True, False, False] == [
        name in bodies for name in ("eu", "nato", "g20", "reuters", "al-qaeda")
    ]
