"""The model: validation with designed messages, immutability, evolve, equality and hash."""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents import (
    Actor,
    ActorKind,
    Article,
    Dateline,
    Granularity,
    Meeting,
    MeetingStatus,
    Place,
    Reference,
    ReferenceBasis,
    Span,
    Statistic,
    TimeSpan,
)
from newsevents import strategies as nst
from newsevents._model import _aligned_bounds, _unchecked_span
from newsevents.errors import InvalidValueError

MODEL_CLASSES = (Span, TimeSpan, Place, Reference, Dateline, Actor, Meeting, Statistic, Article)

any_model_value: st.SearchStrategy[Any] = st.sampled_from(MODEL_CLASSES).flatmap(st.from_type)


def _message(call: Any) -> str:
    with pytest.raises(InvalidValueError) as info:
        call()
    return str(info.value)


# --- validation -------------------------------------------------------------------------


def test_span_ending_before_it_starts_is_refused() -> None:
    """A span whose end precedes its start is refused, quoting both offsets."""
    assert "Span end must not precede its start: got start=5, end=2" == _message(
        lambda: Span(start=5, end=2)
    )


def test_span_offsets_must_be_non_negative_ints() -> None:
    """A negative, boolean or float offset is refused, quoting it."""
    assert [
        "Span start must be a non-negative int: got -1",
        "Span start must be a non-negative int: got True",
        "Span end must be a non-negative int: got 2.0",
    ] == [
        _message(lambda: Span(start=-1, end=2)),
        _message(lambda: Span(start=True, end=2)),
        _message(lambda: Span(start=0, end=2.0)),  # type: ignore[arg-type]  # the point
    ]


def test_empty_span_is_allowed() -> None:
    """A span may be empty: a point between two characters."""
    assert 0 == len(Span(start=3, end=3))


def test_time_span_ending_before_it_starts_is_refused() -> None:
    """A time span whose last day precedes its first is refused, quoting both dates."""
    assert (
        "TimeSpan end must not precede its start: got start=2022-04-21, end=2022-04-20"
    ) == _message(
        lambda: TimeSpan(
            start=pendulum.Date(2022, 4, 21),
            end=pendulum.Date(2022, 4, 20),
            granularity=Granularity.DAY,
        )
    )


def test_time_span_bounds_must_be_dates_not_datetimes() -> None:
    """A midnight datetime is not a date: the time span refuses it."""
    midnight = pendulum.datetime(2022, 2, 1)
    assert (
        "TimeSpan start must be a pendulum.Date: got DateTime(2022, 2, 1, 0, 0, 0, "
        "tzinfo=Timezone('UTC'))"
    ) == _message(
        lambda: TimeSpan(
            start=midnight, end=pendulum.Date(2022, 2, 28), granularity=Granularity.MONTH
        )
    )


def test_time_span_granularity_must_be_a_granularity() -> None:
    """A granularity given as its string value is refused, quoting it."""
    day = pendulum.Date(2022, 2, 1)
    assert "TimeSpan granularity must be a Granularity: got 'month'" == _message(
        lambda: TimeSpan(start=day, end=day, granularity="month")  # type: ignore[arg-type]  # the point
    )


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("USA", "Place country must be an ISO 3166-1 alpha-2 country code such as 'US': got 'USA'"),
        ("us", "Place country must be an ISO 3166-1 alpha-2 country code such as 'US': got 'us'"),
        ("XX", "Place country must be an ISO 3166-1 alpha-2 country code such as 'US': got 'XX'"),
        ("", "Place country must be an ISO 3166-1 alpha-2 country code such as 'US': got ''"),
    ],
)
def test_country_code_must_be_alpha_2(code: str, message: str) -> None:
    """A country that is not an assigned ISO 3166-1 alpha-2 code is refused, quoted."""
    assert message == _message(lambda: Place(name="Havana", country=code))


def test_actor_affiliation_must_be_alpha_2() -> None:
    """An actor's affiliation is a country code too."""
    assert (
        "Actor affiliation must be an ISO 3166-1 alpha-2 country code such as 'US': got 'Cuba'"
    ) == _message(lambda: Actor(id="a1", name="Ana", kind=ActorKind.PERSON, affiliation="Cuba"))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Place(name=""), "Place name must not be empty: got ''"),
        (lambda: Place(name="  \n"), "Place name must not be empty: got '  \\n'"),
        (
            lambda: Actor(id="a1", name=" ", kind=ActorKind.PERSON),
            "Actor name must not be empty: got ' '",
        ),
        (
            lambda: Actor(id="", name="Ana", kind=ActorKind.PERSON),
            "Actor id must not be empty: got ''",
        ),
        (
            lambda: Actor(id="a1", name="Ana", kind=ActorKind.PERSON, title=""),
            "Actor title must not be empty: got ''",
        ),
        (
            lambda: Actor(id="a1", name="Ana", kind=ActorKind.PERSON, aliases=("Ana", "")),
            "Actor aliases must hold non-empty strings: got ''",
        ),
        (
            lambda: Meeting(participants=(), status=MeetingStatus.HELD, topic=""),
            "Meeting topic must not be empty: got ''",
        ),
        (lambda: Statistic(value=1, unit=" "), "Statistic unit must not be empty: got ' '"),
    ],
)
def test_empty_names_are_refused(make: Any, message: str) -> None:
    """An empty or blank name, id, title, alias, topic or unit is refused, quoted."""
    assert message == _message(make)


def test_a_lone_string_is_not_a_collection() -> None:
    """A string where a tuple belongs is refused, not read as a tuple of letters."""
    assert "Actor aliases must be a collection of items, not a string: got 'Ana'" == _message(
        lambda: Actor(id="a1", name="Ana", kind=ActorKind.PERSON, aliases="Ana")
    )


def test_collections_are_stored_as_tuples() -> None:
    """A list given for a collection field is stored as a tuple."""
    actor = Actor(id="a1", name="Ana", kind=ActorKind.PERSON, aliases=["Ana B."])

    assert ("Ana B.",) == actor.aliases


def test_nested_values_must_have_their_types() -> None:
    """A string where a Place or a TimeSpan belongs is refused, quoted."""
    assert [
        "Meeting place must be a Place or None: got 'Havana'",
        "Statistic period must be a TimeSpan or None: got '2022-02'",
        "Article text must be a str: got None",
    ] == [
        _message(lambda: Meeting(participants=(), status=MeetingStatus.HELD, place="Havana")),  # type: ignore[arg-type]  # the point
        _message(lambda: Statistic(value=1, period="2022-02")),  # type: ignore[arg-type]  # the point
        _message(lambda: Article(text=None)),  # type: ignore[arg-type]  # the point
    ]


def test_statistic_value_must_be_finite() -> None:
    """NaN, infinities, booleans and ints too big for a float are refused."""
    assert [
        "Statistic value must be a finite number: got nan",
        "Statistic value must be a finite number: got inf",
        "Statistic value must be a finite number: got True",
        "Statistic value must be a finite number: got an int of 1329 bits",
    ] == [
        _message(lambda: Statistic(value=float("nan"))),
        _message(lambda: Statistic(value=float("inf"))),
        _message(lambda: Statistic(value=True)),
        _message(lambda: Statistic(value=10**400)),
    ]


def _cast() -> tuple[Actor, ...]:
    return (
        Actor(id="cu", name="Cuba", kind=ActorKind.COUNTRY, affiliation="CU"),
        Actor(id="us", name="United States", kind=ActorKind.COUNTRY, affiliation="US"),
    )


def test_article_refuses_meeting_with_unknown_actor() -> None:
    """A meeting participant must be the id of an actor the article holds."""
    meeting = Meeting(participants=("cu", "mx"), status=MeetingStatus.PLANNED)

    assert (
        "Article meetings[0] refers to actor 'mx', which the article does not hold"
    ) == _message(lambda: Article(text="Cuba and Mexico.", actors=_cast(), meetings=(meeting,)))


def test_article_refuses_statistic_with_unknown_source() -> None:
    """A statistic's source must be the id of an actor the article holds."""
    statistic = Statistic(value=3, source="cbp")

    assert (
        "Article statistics[0] names source 'cbp', which the article does not hold"
    ) == _message(lambda: Article(text="Three.", actors=_cast(), statistics=(statistic,)))


def test_article_refuses_repeated_actor_ids() -> None:
    """Two actors of one article cannot share an id."""
    twice = (*_cast(), Actor(id="cu", name="Havana", kind=ActorKind.ORGANIZATION))

    assert "Article actors[2] repeats the actor id 'cu'" == _message(
        lambda: Article(text="Cuba.", actors=twice)
    )


@pytest.mark.parametrize(
    ("make", "where"),
    [
        (lambda s: {"sentences": (s,)}, "sentences[0]"),
        (lambda s: {"dateline": Dateline(span=s)}, "dateline"),
        (
            lambda s: {"dateline": Dateline(place=Place(name="Havana", spans=(s,)))},
            "dateline.place",
        ),
        (
            lambda s: {
                "reference": Reference(
                    date=pendulum.Date(2022, 4, 18), basis=ReferenceBasis.DATELINE, evidence=(s,)
                )
            },
            "reference",
        ),
        (
            lambda s: {
                "meetings": (
                    Meeting(
                        participants=("cu",),
                        status=MeetingStatus.HELD,
                        place=Place(name="Havana", spans=(s,)),
                    ),
                )
            },
            "meetings[0].place",
        ),
        (lambda s: {"statistics": (Statistic(value=1, spans=(s,)),)}, "statistics[0]"),
    ],
)
def test_article_refuses_spans_past_its_text(make: Any, where: str) -> None:
    """Every span in an article, however deep, must end within the text."""
    span = Span(start=3, end=40)

    assert (f"Article {where} span 3:40 runs past the end of the text (5 characters)") == _message(
        lambda: Article(text="Cuba.", actors=_cast(), **make(span))
    )


# --- time spans -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "iso"),
    [
        (TimeSpan.day(pendulum.Date(2022, 4, 21)), "2022-04-21"),
        (TimeSpan.week(pendulum.Date(2022, 4, 21)), "2022-W16"),
        (TimeSpan.month(2022, 2), "2022-02"),
        (TimeSpan.quarter(2022, 1), "2022-Q1"),
        (TimeSpan.half_year(2022, 2), "2022-H2"),
        (TimeSpan.season(2022, "winter"), "2022-WI"),
        (TimeSpan.year(2021), "2021"),
        (TimeSpan.decade(1994), "199X"),
        (TimeSpan.century(1994), "19XX"),
    ],
)
def test_time_span_iso(span: TimeSpan, iso: str) -> None:
    """Each granularity is written the TIMEX3 way."""
    assert iso == span.iso()


def test_month_is_not_a_midnight_datetime() -> None:
    """February 2022 runs from the first to the last day, as dates, with its granularity."""
    feb = TimeSpan.month(2022, 2)

    assert (pendulum.Date(2022, 2, 1), pendulum.Date(2022, 2, 28), Granularity.MONTH) == (
        feb.start,
        feb.end,
        feb.granularity,
    )
    assert type(feb.start) is pendulum.Date


@given(nst.time_spans())
def test_generated_time_spans_are_aligned(span: TimeSpan) -> None:
    """The strategy's time spans have the bounds of their granularity."""
    assert (span.start, span.end) == _aligned_bounds(span.granularity, span.start)
    assert "/" not in span.iso()


@given(st.sampled_from(Granularity).flatmap(lambda g: nst.time_spans(granularity=g)))
def test_time_spans_strategy_honours_granularity(span: TimeSpan) -> None:
    """Every granularity can be asked for, and comes aligned."""
    assert (span.start, span.end) == _aligned_bounds(span.granularity, span.start)


# --- immutability, evolve, equality -----------------------------------------------------


@given(any_model_value)
def test_model_values_are_immutable(value: Any) -> None:
    """No field of any model value can be set or deleted, and there is no ``__dict__``."""
    name = attrs.fields(type(value))[0].name

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, name, getattr(value, name))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        delattr(value, name)
    assert not hasattr(value, "__dict__")


@given(nst.spans())
def test_evolve_keeps_span_invariant(span: Span) -> None:
    """``attrs.evolve`` runs the validators: a span cannot be evolved to end too early."""
    with pytest.raises(InvalidValueError):
        attrs.evolve(span, end=span.start - 1) if span.start else attrs.evolve(span, start=-1)


@given(st.from_type(Article))
def test_evolve_keeps_article_invariants(article: Article) -> None:
    """Dropping the actors of an article whose facts refer to them is refused."""
    refers = any(m.participants for m in article.meetings) or any(
        s.source is not None for s in article.statistics
    )
    if refers:
        with pytest.raises(InvalidValueError):
            attrs.evolve(article, actors=())
    else:
        assert () == attrs.evolve(article, actors=()).actors


@given(st.from_type(Article))
def test_evolve_keeps_span_within_text(article: Article) -> None:
    """Shortening the text below the end of a span is refused."""
    ends = [s.end for _, s in article._spans()]
    assert max(ends, default=0) == article._last_end()
    if ends and max(ends) > 0:
        with pytest.raises(InvalidValueError):
            attrs.evolve(article, text=article.text[: max(ends) - 1])


@given(any_model_value)
def test_evolve_without_changes_is_equal(value: Any) -> None:
    """Evolving with no changes gives an equal value with an equal hash."""
    same = attrs.evolve(value)

    assert value == same
    assert hash(value) == hash(same)


@given(any_model_value)
def test_equal_values_hash_equal(value: Any) -> None:
    """Two values built separately from equal fields are equal and hash equal."""
    twin = type(value)(**{f.name: getattr(value, f.name) for f in attrs.fields(type(value))})

    assert twin is not value
    assert (value, hash(value)) == (twin, hash(twin))


def test_int_and_float_statistic_values_are_one_value() -> None:
    """16531 and 16531.0 make equal statistics with equal hashes."""
    as_int, as_float = Statistic(value=16531), Statistic(value=16531.0)

    assert (as_int, hash(as_int)) == (as_float, hash(as_float))


def test_article_actor_lookup() -> None:
    """``Article.actor`` finds an actor by id and raises KeyError for an unknown id."""
    article = Article(text="Cuba.", actors=_cast())

    assert "Cuba" == article.actor("cu").name
    with pytest.raises(KeyError):
        article.actor("mx")


@pytest.mark.parametrize(
    ("make", "path"),
    [
        (lambda: Actor(id="a", name=" ", kind=ActorKind.PERSON), ("name",)),
        (lambda: Span(start=4, end=2), ("end",)),
        (lambda: Span(start=-1, end=2), ("start",)),
        (lambda: Place(name="Havana", spans=(Span(start=0, end=1), "x")), ("spans", 1)),
        (lambda: Actor(id="a", name="A", kind=ActorKind.PERSON, aliases=("A", "")), ("aliases", 1)),
        (
            lambda: Article(
                text="Cuba spoke.",
                actors=(Actor(id="cu", name="Cuba", kind=ActorKind.COUNTRY),),
                statistics=(Statistic(value=1, source="zz"),),
            ),
            ("statistics", 0, "source"),
        ),
        (
            lambda: Article(
                text="Cuba spoke.",
                actors=(
                    Actor(id="cu", name="Cuba", kind=ActorKind.COUNTRY),
                    Actor(id="cu", name="Havana", kind=ActorKind.COUNTRY),
                ),
            ),
            ("actors", 1, "id"),
        ),
        (
            lambda: Article(
                text="Cuba spoke.",
                actors=(Actor(id="cu", name="Cuba", kind=ActorKind.COUNTRY),),
                meetings=(Meeting(participants=("cu", "pa"), status=MeetingStatus.HELD),),
            ),
            ("meetings", 0, "participants", 1),
        ),
        (
            lambda: Article(
                text="Cuba spoke.",
                actors=(
                    Actor(
                        id="cu", name="Cuba", kind=ActorKind.COUNTRY, spans=(Span(start=0, end=40),)
                    ),
                ),
            ),
            ("actors", 0, "spans", 0, "end"),
        ),
    ],
)
def test_invalid_value_errors_carry_the_path_of_the_bad_value(
    make: Any, path: tuple[Any, ...]
) -> None:
    """The model's errors say which field, and which item of it, holds the bad value."""
    with pytest.raises(InvalidValueError) as info:
        make()

    assert path == info.value.path


def test_an_article_names_the_first_problem_in_field_order() -> None:
    """An article with several broken references reports the first, with the old wording."""
    with pytest.raises(InvalidValueError) as info:
        Article(
            text="Cuba spoke.",
            meetings=(Meeting(participants=("cu",), status=MeetingStatus.HELD),),
            statistics=(Statistic(value=1, source="zz"),),
        )

    assert "Article meetings[0] refers to actor 'cu', which the article does not hold" == str(
        info.value
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a\ud800b", "got a lone surrogate '\\ud800' at offset 1"),
        ("Caf\u00e9 \u2019\udfff", "got a lone surrogate '\\udfff' at offset 6"),
    ],
)
def test_article_text_with_a_lone_surrogate_is_refused(text: str, message: str) -> None:
    """Text that UTF-8 cannot write is refused, saying what and at which offset."""
    with pytest.raises(InvalidValueError) as info:
        Article(text=text)

    assert f"Article text must be text that UTF-8 can write: {message}" == str(info.value)
    assert ("text",) == info.value.path


def test_article_text_of_any_script_is_accepted() -> None:
    """Non-ASCII text, surrogate pairs' characters included, is accepted as it is."""
    text = "Caf\u00e9 \u2019 \U0001f600 \u5317\u4eac"

    assert text == Article(text=text).text


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"actors": 5}, "Article actors must be a collection of items: got 5"),
        (
            {"sentences": "abc"},
            "Article sentences must be a collection of items, not a string: got 'abc'",
        ),
        (
            {"sentences": b"ab"},
            "Article sentences must be a collection of items, not a string: got b'ab'",
        ),
    ],
)
def test_collection_fields_refuse_what_is_not_a_collection(
    kwargs: dict[str, Any], message: str
) -> None:
    """A number or a string where a collection belongs is refused naming class and field."""
    with pytest.raises(InvalidValueError) as info:
        Article(text="Cuba spoke.", **kwargs)

    assert (message, (next(iter(kwargs)),)) == (str(info.value), info.value.path)


def test_collection_fields_take_any_iterable_and_store_a_tuple() -> None:
    """A list or a generator given for a collection is stored as a tuple."""
    actor = Actor(id="a", name="A", kind=ActorKind.PERSON, aliases=(a for a in ["Ay", "Bee"]))

    assert ("Ay", "Bee") == actor.aliases


def test_enum_messages_use_the_right_article() -> None:
    """'an ActorKind', 'a MeetingStatus': the article fits the word."""
    with pytest.raises(InvalidValueError) as kind_info:
        Actor(id="a", name="A", kind="person")  # type: ignore[arg-type]  # wrong on purpose
    with pytest.raises(InvalidValueError) as status_info:
        Meeting(participants=(), status="held")  # type: ignore[arg-type]  # wrong on purpose

    assert [
        "Actor kind must be an ActorKind: got 'person'",
        "Meeting status must be a MeetingStatus: got 'held'",
    ] == [str(kind_info.value), str(status_info.value)]


# --- the two ways into a value: the fast path and the checked one ----------------------


@given(any_model_value)
def test_checked_path_builds_the_same_value(value: Any) -> None:
    """A value built through the generated, field-by-field checks equals the fast-built one."""
    cls = type(value)
    fields = {f.name: getattr(value, f.name) for f in attrs.fields(cls)}
    checked = object.__new__(cls)
    checked.__attrs_init__(**fields)
    listed = cls(**{k: list(v) if type(v) is tuple else v for k, v in fields.items()})

    assert (value, hash(value)) == (checked, hash(checked))
    assert (value, hash(value)) == (listed, hash(listed))


class _Name(str):
    __slots__ = ()


@attrs.frozen(kw_only=True)
class _Marked(Span):
    mark: str = "x"


def test_subclass_values_are_accepted_as_before() -> None:
    """A str subclass for a name and a Span subclass among spans are accepted, kept as given."""
    marked = _Marked(start=0, end=6)
    place = Place(name=_Name("Havana"), spans=(marked,))
    actor = Actor(id=_Name("a1"), name="Havana", kind=ActorKind.GROUP, spans=(marked,))
    statistic = Statistic(value=3, spans=[marked], qualifiers=(_Name("about"),))

    assert (_Name, _Marked) == (type(place.name), type(place.spans[0]))
    assert (_Name, (marked,)) == (type(actor.id), actor.spans)
    assert ((marked,), 3.0, float) == (statistic.spans, statistic.value, type(statistic.value))


def test_a_subclass_of_span_keeps_the_span_checks() -> None:
    """An attrs subclass of Span gets its own generated ``__init__``, which still checks."""
    with pytest.raises(InvalidValueError) as info:
        _Marked(start=5, end=2)

    assert "Span end must not precede its start: got start=5, end=2" == str(info.value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (2**1100, "Statistic value must be a finite number: got an int of 1101 bits"),
        (float("nan"), "Statistic value must be a finite number: got nan"),
        (True, "Statistic value must be a finite number: got True"),
    ],
)
def test_statistic_values_off_the_fast_path_get_the_message(value: Any, message: str) -> None:
    """Huge ints, NaN and bools leave the fast path and are refused with the usual message."""
    assert message == _message(lambda: Statistic(value=value))


def test_huge_int_that_a_float_holds_is_accepted() -> None:
    """An int too big for the fast path's bound but finite as a float is stored as that float."""
    assert float(2**1020) == Statistic(value=2**1020).value


@given(nst.dates())
def test_week_runs_from_the_monday_six_days(day: pendulum.Date) -> None:
    """The week of a day runs from the Monday on or before it to the Sunday after."""
    week = TimeSpan.week(day)
    monday = day.subtract(days=day.weekday())

    assert (monday, monday.add(days=6)) == (week.start, week.end)
    assert (pendulum.Date, pendulum.Date) == (type(week.start), type(week.end))


@given(st.integers(1, 9998), st.integers(1, 12))
def test_month_and_quarter_end_where_pendulum_says(year: int, month: int) -> None:
    """A month ends on pendulum's end of month; a quarter on that of its third month."""
    quarter = (month - 1) // 3 + 1

    assert pendulum.Date(year, month, 1).end_of("month") == TimeSpan.month(year, month).end
    assert (
        pendulum.Date(year, 3 * quarter, 1).end_of("month") == TimeSpan.quarter(year, quarter).end
    )


@given(st.integers(1, 9998), st.sampled_from(["spring", "summer", "autumn", "fall", "winter"]))
def test_season_ends_two_months_on(year: int, season: str) -> None:
    """A season ends at the end of the second month after its first."""
    span = TimeSpan.season(year, season)

    assert span.start.add(months=2).end_of("month") == span.end
    assert type(span.end) is pendulum.Date


def test_week_at_the_end_of_the_calendar_fails_as_before() -> None:
    """The week of 9999-12-31 runs past the last date pendulum holds: OverflowError."""
    with pytest.raises(OverflowError):
        TimeSpan.week(pendulum.Date(9999, 12, 31))


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10**9))
def test_unchecked_span_equals_the_checked_one(a: int, b: int) -> None:
    """The stages' unchecked span is equal, hash-equal and alike in repr to ``Span(...)``."""
    start, end = min(a, b), max(a, b)
    checked, unchecked = Span(start=start, end=end), _unchecked_span(start, end)
    assert (checked, hash(checked), repr(checked)) == (unchecked, hash(unchecked), repr(unchecked))
