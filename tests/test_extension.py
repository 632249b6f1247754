"""A downstream package extends the model: new event classes, through a copy of the converter.

This file plays such a package. It adds a ``Summit`` and a ``Protest``, both subclasses of
``Meeting`` with fields of their own, and writes and reads a mixed tuple of events with a
type tag, using only the public API.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import attrs
import pendulum
import pytest
from cattrs.strategies import configure_tagged_union, include_subclasses
from hypothesis import given
from hypothesis import strategies as st

from newsevents import (
    Actor,
    ActorKind,
    Article,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Place,
    TimeSpan,
)
from newsevents import strategies as nst
from newsevents.errors import DecodeError, InvalidValueError
from newsevents.serialize import from_json, json_schema, make_converter, to_dict, to_json


def _positive(instance: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and value <= 0:
        raise InvalidValueError(
            f"{type(instance).__name__} {attribute.name} must be positive: got {value!r}"
        )


@attrs.frozen(kw_only=True)
class Summit(Meeting):
    """A meeting of heads of state or government, with the country that hosts it."""

    host: str | None = None


@attrs.frozen(kw_only=True)
class Protest(Meeting):
    """A protest, with the size of the crowd where the story gives one."""

    crowd: int | None = attrs.field(default=None, validator=_positive)


Event = Meeting | Summit | Protest
Events = tuple[Event, ...]


def _tag(cls: type) -> str:
    return cls.__name__.lower()


def _event_converter(*, detailed_validation: bool = False) -> Any:
    """What the downstream package does once: copy the converter and teach it its events."""
    converter = make_converter(detailed_validation=detailed_validation).copy()
    configure_tagged_union(Event, converter, tag_name="type", tag_generator=_tag)
    return converter


CONVERTER = _event_converter()


def _events() -> Events:
    washington = Place(name="Washington", country="US")
    return (
        Meeting(participants=("cu", "us"), status=MeetingStatus.PLANNED, kind=MeetingKind.TALKS),
        Summit(
            participants=("us", "mx", "ca"),
            status=MeetingStatus.HELD,
            kind=MeetingKind.SUMMIT,
            place=washington,
            when=TimeSpan.day(pendulum.Date(2022, 11, 3)),
            host="US",
        ),
        Protest(
            participants=("farmers",),
            status=MeetingStatus.ONGOING,
            place=Place(name="Paris", country="FR"),
            crowd=5000,
        ),
    )


def test_mixed_events_round_trip_through_a_copy_with_a_type_tag() -> None:
    """A tuple of a Meeting, a Summit and a Protest comes back equal, each its own class."""
    text = to_json(_events(), converter=CONVERTER, unstructure_as=Events)

    back = from_json(text, Events, converter=CONVERTER)

    assert _events() == back
    assert [Meeting, Summit, Protest] == [type(event) for event in back]


def test_the_tag_and_the_extra_fields_are_in_the_json() -> None:
    """Each event carries its type tag, and a subclass its own fields."""
    data = json.loads(to_json(_events(), converter=CONVERTER, unstructure_as=Events))

    assert [("meeting", None), ("summit", "US"), ("protest", 5000)] == [
        (item["type"], item.get("host", item.get("crowd"))) for item in data
    ]
    assert "2022-11-03" == data[1]["when"]["start"]


def test_the_original_converter_is_left_alone() -> None:
    """Extending a copy does not teach the library's own converter the tag."""
    tagged = to_dict(_events()[1], converter=CONVERTER, unstructure_as=Event)

    assert "type" in tagged
    with pytest.raises(DecodeError, match=r"\$\.type: unknown key"):
        from_json(json.dumps(tagged), Summit)


def test_subclass_validators_run_when_read() -> None:
    """The subclass's own validator refuses bad data, reported with the item's path."""
    data = to_dict(_events(), converter=CONVERTER, unstructure_as=Events)
    data[2]["crowd"] = -3

    with pytest.raises(DecodeError) as info:
        from_json(json.dumps(data), Events, converter=CONVERTER)

    assert ["$[2]: Protest crowd must be positive: got -3"] == [str(p) for p in info.value.problems]


def test_unknown_tag_is_reported() -> None:
    """An event with a tag the converter does not know is one problem at its path."""
    data = to_dict(_events(), converter=CONVERTER, unstructure_as=Events)
    data[0]["type"] = "rally"

    with pytest.raises(DecodeError) as info:
        from_json(json.dumps(data), Events, converter=CONVERTER)

    assert ["$[0]: no such key or tag: 'rally'"] == [str(p) for p in info.value.problems]


def test_a_detailed_converter_locates_problems_inside_members() -> None:
    """Built on a detailed converter, the union reports problems down to the field."""
    detailed = _event_converter(detailed_validation=True)
    data = to_dict(_events(), converter=detailed, unstructure_as=Events)
    data[1]["when"]["start"] = "2022-13-01"
    data[2]["crowd"] = "many"

    with pytest.raises(DecodeError) as info:
        from_json(json.dumps(data), Events, converter=detailed)

    assert [
        "$[1].when.start: expected an ISO date, got '2022-13-01'",
        "$[2].crowd: expected an integer, got 'many'",
    ] == [str(p) for p in info.value.problems]


def test_subclasses_inside_an_article() -> None:
    """With ``include_subclasses`` an Article's meetings may be Summits and Protests."""
    converter = make_converter().copy()
    include_subclasses(
        Meeting,
        converter,
        subclasses=(Summit, Protest),
        union_strategy=functools.partial(
            configure_tagged_union, tag_name="type", tag_generator=_tag
        ),
    )
    article = Article(
        text="Leaders of the US and Mexico met in Washington.",
        actors=(
            Actor(id="us", name="United States", kind=ActorKind.COUNTRY, affiliation="US"),
            Actor(id="mx", name="Mexico", kind=ActorKind.COUNTRY, affiliation="MX"),
        ),
        meetings=(Summit(participants=("us", "mx"), status=MeetingStatus.HELD, host="US"),),
    )

    back = from_json(to_json(article, converter=converter), Article, converter=converter)

    assert (article, Summit) == (back, type(back.meetings[0]))


def test_schema_of_a_subclass_has_its_fields() -> None:
    """``json_schema`` describes a downstream class too, its own fields included."""
    schema = json_schema(Protest)

    assert {"type": "integer"} in schema["properties"]["crowd"]["anyOf"]


def summits() -> st.SearchStrategy[Summit]:
    """Summits built from the library's public meeting strategy: what a downstream writes."""
    return st.builds(
        lambda meeting, host: Summit(**attrs.asdict(meeting, recurse=False), host=host),
        nst.meetings(),
        st.none() | nst.country_codes(),
    )


def protests() -> st.SearchStrategy[Protest]:
    """Protests built the same way, with a crowd or none."""
    return st.builds(
        lambda meeting, crowd: Protest(**attrs.asdict(meeting, recurse=False), crowd=crowd),
        nst.meetings(),
        st.none() | st.integers(1, 10**7),
    )


@given(st.lists(nst.meetings() | summits() | protests(), max_size=6).map(tuple))
def test_any_mixed_tuple_round_trips(events: Events) -> None:
    """Any tuple of events, generated, round-trips exactly through the copy."""
    text = to_json(events, converter=CONVERTER, unstructure_as=Events)

    assert events == from_json(text, Events, converter=CONVERTER)
