"""Serialization: exact round trips, the JSON shape, the schema, and errors that say where."""

from __future__ import annotations

import collections
import importlib.util
import io
import json
import re
import sys
import warnings
from typing import TYPE_CHECKING, Any

import attrs
import cattrs
import jsonschema
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsevents
from newsevents import (
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    Article,
    Dateline,
    Granularity,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Place,
    Reference,
    ReferenceBasis,
    SkippedLineWarning,
    Span,
    Statistic,
    TimeSpan,
)
from newsevents.errors import DecodeError, EncodeError, Problem, TextInputError
from newsevents.serialize import (
    from_dict,
    from_json,
    json_schema,
    make_converter,
    read_jsonl,
    to_dict,
    to_json,
    to_jsonl,
)

if TYPE_CHECKING:
    import pathlib
    from types import ModuleType

MODEL_CLASSES = (Span, TimeSpan, Place, Reference, Dateline, Actor, Meeting, Statistic, Article)

any_model_value: st.SearchStrategy[Any] = st.sampled_from(MODEL_CLASSES).flatmap(st.from_type)


def _talks() -> Article:
    """A small wire story, written for these tests, with one of everything."""
    text = (
        "HAVANA, April 18 (Wire) - Cuba and the United States will hold migration talks in "
        "Washington on Thursday, the foreign ministry said. US border agents stopped "
        "16,531 Cubans in February."
    )
    havana = Place(name="Havana", country="CU", spans=(Span(start=0, end=6),))
    return Article(
        text=text,
        headline="Cuba and US to hold migration talks",
        dateline=Dateline(
            place=havana, date=pendulum.Date(2022, 4, 18), source="Wire", span=Span(start=0, end=24)
        ),
        published=pendulum.Date(2022, 4, 18),
        reference=Reference(date=pendulum.Date(2022, 4, 18), basis=ReferenceBasis.DATELINE),
        paragraphs=(Span(start=0, end=len(text)),),
        sentences=(Span(start=0, end=139), Span(start=140, end=len(text))),
        actors=(
            Actor(id="cu", name="Cuba", kind=ActorKind.COUNTRY, affiliation="CU"),
            Actor(
                id="us",
                name="United States",
                kind=ActorKind.COUNTRY,
                affiliation="US",
                aliases=("US",),
            ),
            Actor(
                id="cbp",
                name="US border agents",
                kind=ActorKind.ORGANIZATION,
                affiliation="US",
                spans=(Span(start=140, end=156),),
            ),
        ),
        meetings=(
            Meeting(
                participants=("cu", "us"),
                status=MeetingStatus.PLANNED,
                kind=MeetingKind.TALKS,
                place=Place(name="Washington", country="US"),
                when=TimeSpan.day(pendulum.Date(2022, 4, 21)),
                topic="migration",
            ),
        ),
        statistics=(
            Statistic(
                value=16531,
                measure="Cubans stopped at the border",
                period=TimeSpan.month(2022, 2),
                source="cbp",
            ),
        ),
    )


def _problems(call: Any) -> list[str]:
    with pytest.raises(DecodeError) as info:
        call()
    return [str(p) for p in info.value.problems]


# --- round trips ------------------------------------------------------------------------


@given(any_model_value)
def test_dict_round_trip_is_exact(value: Any) -> None:
    """Every model value comes back equal from ``to_dict``/``from_dict``."""
    assert value == from_dict(to_dict(value), type(value))


@given(any_model_value)
def test_json_round_trip_is_exact(value: Any) -> None:
    """Every model value comes back equal from ``to_json``/``from_json``, str and bytes."""
    text = to_json(value)

    assert (value, value) == (
        from_json(text, type(value)),
        from_json(text.encode(), type(value)),
    )


@given(st.lists(st.from_type(Article), max_size=4))
def test_jsonl_round_trip_is_exact(articles: list[Article]) -> None:
    """A list of articles comes back equal, in order, through a JSON Lines stream."""
    out = io.StringIO()

    count = to_jsonl(articles, out)
    back = list(read_jsonl(io.StringIO(out.getvalue()), Article))

    assert (len(articles), articles) == (count, back)


@given(st.from_type(Article))
def test_dict_is_plain_json_data(article: Article) -> None:
    """``to_dict`` gives what ``json`` can write as it is: no tuples, dates or enums."""
    data = to_dict(article)

    assert data == json.loads(json.dumps(data))


@given(st.from_type(Article))
def test_json_is_compact_and_pretty_is_the_same_data(article: Article) -> None:
    """``pretty=True`` changes the layout only."""
    assert json.loads(to_json(article)) == json.loads(to_json(article, pretty=True))


def test_paths_round_trip(tmp_path: pathlib.Path) -> None:
    """``to_jsonl`` and ``read_jsonl`` take paths as well as files."""
    path = tmp_path / "articles.jsonl"

    to_jsonl([_talks(), _talks()], path)

    assert [_talks(), _talks()] == list(read_jsonl(path, Article))
    assert 2 == path.read_text("utf-8").count("\n")


def test_binary_files_round_trip() -> None:
    """``to_jsonl`` writes UTF-8 bytes to a binary file, and ``read_jsonl`` reads them."""
    out = io.BytesIO()

    to_jsonl([Place(name="Bogotá")], out)

    assert b'{"name":"Bogot\xc3\xa1","country":null,"spans":[]}\n' == out.getvalue()
    assert [Place(name="Bogotá")] == list(read_jsonl(io.BytesIO(out.getvalue()), Place))


def _stdlib_serialize() -> ModuleType:
    """A second copy of ``newsevents.serialize``, loaded as if orjson were not installed."""
    spec = importlib.util.find_spec("newsevents.serialize")
    assert spec is not None
    assert spec.origin is not None
    copy_spec = importlib.util.spec_from_file_location("_serialize_without_orjson", spec.origin)
    assert copy_spec is not None
    assert copy_spec.loader is not None
    module = importlib.util.module_from_spec(copy_spec)
    saved = sys.modules.get("orjson")
    sys.modules["orjson"] = None  # type: ignore[assignment]  # makes `import orjson` fail
    try:
        copy_spec.loader.exec_module(module)
    finally:
        if saved is not None:
            sys.modules["orjson"] = saved
    return module


STDLIB = _stdlib_serialize()


@given(st.from_type(Article))
def test_stdlib_json_writes_what_orjson_writes(article: Article) -> None:
    """Without orjson the JSON text differs at most in float spelling: same data, same order."""
    orjson_text, stdlib_text = to_json(article), STDLIB.to_json(article)

    assert json.loads(orjson_text) == json.loads(stdlib_text)
    assert list(json.loads(orjson_text)) == list(json.loads(stdlib_text))
    assert article == STDLIB.from_json(stdlib_text, Article)


def test_stdlib_json_reports_bad_text() -> None:
    """Without orjson, text that is not JSON is still one DecodeError at ``$``."""
    assert [
        "$: invalid JSON at line 1, column 2: Expecting property name enclosed in double quotes"
    ] == _problems(lambda: STDLIB.from_json("{", Place))


def test_stdlib_json_reports_duplicate_keys_with_their_paths() -> None:
    """Without orjson, a key given twice is a problem at its path, with the other problems."""
    text = (
        '{"schema": "newsevents/article/1", "text": "A", "text": "B", "headline": 5,'
        ' "actors": [{"id": "cu", "id": "cu", "name": "Cuba", "kind": "country"}]}'
    )

    assert [
        "$.text: duplicate key: the object gives it more than once",
        "$.headline: expected a string or null, got 5",
        "$.actors[0].id: duplicate key: the object gives it more than once",
    ] == _problems(lambda: STDLIB.from_json(text, Article))


def test_orjson_keeps_the_last_of_duplicate_keys() -> None:
    """With orjson a key given twice cannot be seen: the last value is kept, as documented."""
    assert (
        "B"
        == from_json('{"schema": "newsevents/article/1", "text": "A", "text": "B"}', Article).text
    )


def test_stdlib_json_reports_deep_nesting() -> None:
    """Without orjson, deeply nested text is a DecodeError, never a RecursionError."""
    assert ["$: invalid JSON: nested too deeply"] == _problems(
        lambda: STDLIB.from_json("[" * 100_000, Article)
    )


# --- the JSON shape ---------------------------------------------------------------------


def test_article_json_has_the_keys_the_evaluation_reads() -> None:
    """Each object carries the keys the scorer reads, with ISO dates and enum values."""
    data = json.loads(to_json(_talks()))
    meeting, statistic, actor = data["meetings"][0], data["statistics"][0], data["actors"][1]

    assert SCHEMA_VERSION == data["schema"]
    assert {"headline", "dateline", "actors", "meetings", "statistics"} <= set(data)
    assert {
        "place": {"name": "Havana", "country": "CU", "spans": [{"start": 0, "end": 6}]},
        "date": "2022-04-18",
    } == {k: data["dateline"][k] for k in ("place", "date")}
    assert {
        "id": "us",
        "name": "United States",
        "kind": "country",
        "title": None,
        "affiliation": "US",
        "aliases": ["US"],
    } == {k: actor[k] for k in ("id", "name", "kind", "title", "affiliation", "aliases")}
    assert {
        "participants": ["cu", "us"],
        "place": {"name": "Washington", "country": "US", "spans": []},
        "when": {"start": "2022-04-21", "end": "2022-04-21", "granularity": "day"},
        "status": "planned",
        "kind": "talks",
        "topic": "migration",
    } == {k: meeting[k] for k in ("participants", "place", "when", "status", "kind", "topic")}
    assert {
        "value": 16531,
        "unit": None,
        "measure": "Cubans stopped at the border",
        "period": {"start": "2022-02-01", "end": "2022-02-28", "granularity": "month"},
        "place": None,
        "source": "cbp",
    } == {k: statistic[k] for k in ("value", "unit", "measure", "period", "place", "source")}


def test_schema_version_comes_first() -> None:
    """The schema version is the first key, so a reader sees it before anything else."""
    assert to_json(_talks()).startswith('{"schema":"newsevents/article/1",')


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (16531.0, "16531"),
        (-3.0, "-3"),
        (0.5, "0.5"),
        (2.0**53, "9007199254740992.0"),
        (1e300, "1e+300"),
    ],
)
def test_integral_values_are_written_as_ints(value: float, written: str) -> None:
    """A whole-number statistic is written as an int, unless a float could not be exact."""
    assert f'{{"value":{written},' == to_json(Statistic(value=value))[: len(written) + 10]


def test_dates_are_read_without_pendulum_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading dates never calls ``pendulum.parse``, which is slow and too lenient."""

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("pendulum.parse was called")

    monkeypatch.setattr(pendulum, "parse", refuse)

    assert pendulum.Date(2023, 7, 9) == from_json('"2023-07-09"', pendulum.Date)
    assert type(from_json('"2023-07-09"', pendulum.Date)) is pendulum.Date


# --- the converter ----------------------------------------------------------------------


def test_make_converter_gives_a_new_converter_each_time() -> None:
    """Each call returns a fresh converter, never cattrs' global one."""
    first, second = make_converter(), make_converter()

    assert first is not second
    assert cattrs.global_converter not in (first, second)


def test_a_copy_of_the_converter_structures_the_model() -> None:
    """A copy keeps every hook: it reads and writes what the original does."""
    copy = make_converter().copy()

    assert _talks() == copy.structure(copy.unstructure(_talks()), Article)


def test_hooks_added_to_a_copy_leave_the_original_alone() -> None:
    """A hook registered on a copy changes the copy only."""
    copy = make_converter().copy()
    copy.register_unstructure_hook(Place, lambda place: place.name)

    assert ("Havana", {"name": "Havana", "country": None, "spans": []}) == (
        copy.unstructure(Place(name="Havana")),
        to_dict(Place(name="Havana")),
    )


def test_global_converter_is_untouched() -> None:
    """Using newsevents leaves cattrs' global converter as cattrs made it."""
    to_json(_talks())

    assert cattrs.global_converter.unstructure(pendulum.Date(2022, 4, 18)) == pendulum.Date(
        2022, 4, 18
    )


# --- bad input --------------------------------------------------------------------------


def _talks_data() -> dict[str, Any]:
    return json.loads(to_json(_talks()))  # type: ignore[no-any-return]  # a JSON object


def test_bad_date_is_reported_with_its_path() -> None:
    """A date that does not exist is reported where it is, quoting it."""
    data = _talks_data()
    data["meetings"][0]["when"]["start"] = "2022-13-01"

    with pytest.raises(DecodeError) as info:
        from_dict(data, Article)

    assert (
        "cannot decode Article: 1 problem\n"
        "  $.meetings[0].when.start: expected an ISO date, got '2022-13-01'"
    ) == str(info.value)
    assert (Problem("$.meetings[0].when.start", "expected an ISO date, got '2022-13-01'"),) == (
        info.value.problems
    )


def _known(cls: type) -> str:
    """The field names of ``cls`` as an unknown-key problem lists them (the model grows)."""
    return ", ".join(field.name for field in attrs.fields(cls))


def test_every_problem_is_listed() -> None:
    """All the problems of a record come in one error, each with its path, in data order."""
    data = _talks_data()
    data["headline"] = ""
    data["dateline"]["date"] = "18 April 2022"
    data["actors"][0]["kind"] = "nation"
    data["actors"][1]["aliases"] = "US"
    data["actors"][2]["spans"][0] = {"start": 9, "end": 3}
    del data["meetings"][0]["status"]
    data["meetings"][0]["when"]["granularity"] = 3
    data["statistics"][0]["value"] = "16,531"
    data["statistics"][0]["margin"] = 2

    assert [
        "$.headline: Article headline must not be empty: got ''",
        "$.dateline.date: expected an ISO date, got '18 April 2022'",
        (
            "$.actors[0].kind: expected one of 'person', 'organization', 'country', 'group', "
            "'anonymous', got 'nation'"
        ),
        "$.actors[1].aliases: expected an array, got 'US'",
        "$.actors[2].spans[0].end: Span end must not precede its start: got start=9, end=3",
        "$.meetings[0].status: required key missing",
        (
            "$.meetings[0].when.granularity: expected one of 'day', 'week', 'month', 'quarter', "
            "'half', 'season', 'year', 'decade', 'century', got 3"
        ),
        "$.statistics[0].value: expected a number, got '16,531'",
        f"$.statistics[0].margin: unknown key (known keys: {_known(Statistic)})",
    ] == _problems(lambda: from_dict(data, Article))


def test_wrong_types_are_named_in_json_terms() -> None:
    """A wrong type is described the JSON way: string, integer, array, object, null."""
    data = _talks_data()
    data["text"] = None
    data["sentences"] = {"start": 0}
    data["actors"][0] = ["cu"]
    data["meetings"][0]["participants"] = ["cu", 7]
    data["paragraphs"][0]["end"] = 12.0

    assert [
        "$.text: expected a string, got null",
        "$.paragraphs[0].end: expected an integer, got 12.0",
        "$.sentences: expected an array, got an object",
        "$.actors[0]: expected an object, got an array",
        "$.meetings[0].participants[1]: expected a string, got 7",
    ] == _problems(lambda: from_dict(data, Article))


def test_unknown_keys_are_refused() -> None:
    """A key the model does not know is a problem, not silently dropped."""
    data = _talks_data()
    data["dateline"]["place"]["population"] = 2_000_000
    data["sentiment"] = "positive"

    assert [
        "$.dateline.place.population: unknown key (known keys: name, country, spans)",
        f"$.sentiment: unknown key (known keys: schema, {_known(Article)})",
    ] == _problems(lambda: from_dict(data, Article))


def test_unknown_keys_that_are_not_names_are_quoted() -> None:
    """An unknown key that is not an identifier is written in brackets."""
    assert ['$["two words"]: unknown key (known keys: start, end)'] == _problems(
        lambda: from_dict({"start": 0, "end": 1, "two words": 1}, Span)
    )


def test_reference_to_unknown_actor_is_reported() -> None:
    """The article's own check on actor references comes through as a problem."""
    data = _talks_data()
    data["meetings"][0]["participants"] = ["cu", "mx"]

    problem = (
        "$.meetings[0].participants[1]: Article meetings[0] refers to actor 'mx', which the "
        "article does not hold"
    )

    assert [problem] == _problems(lambda: from_dict(data, Article))


def test_model_errors_point_at_the_field() -> None:
    """A value the model refuses is reported at its own field, not at the object holding it."""
    data = _talks_data()
    data["actors"][0]["name"] = " "
    data["actors"][0]["title"] = ""
    data["statistics"][0]["source"] = "zz"

    assert [
        "$.actors[0].name: Actor name must not be empty: got ' '",
        "$.actors[0].title: Actor title must not be empty: got ''",
    ] == _problems(lambda: from_dict(data, Article))


def test_reference_and_span_problems_are_listed_beside_the_others() -> None:
    """Broken references and spans past the text are listed with every other problem."""
    data = _talks_data()
    data["headline"] = 5
    data["actors"][1]["id"] = "cu"
    data["meetings"][0]["participants"] = ["cu", "mx"]
    data["statistics"][0]["source"] = "zz"
    data["sentences"][1]["end"] = 500

    assert [
        "$.headline: expected a string or null, got 5",
        (
            "$.sentences[1].end: Article sentences[1] span 140:500 runs past the end of the "
            "text (184 characters)"
        ),
        "$.actors[1].id: Article actors[1] repeats the actor id 'cu'",
        (
            "$.meetings[0].participants[1]: Article meetings[0] refers to actor 'mx', which "
            "the article does not hold"
        ),
        (
            "$.statistics[0].source: Article statistics[0] names source 'zz', which the "
            "article does not hold"
        ),
    ] == _problems(lambda: from_dict(data, Article))


def test_reference_problems_are_listed_when_the_text_is_wrong() -> None:
    """A text of the wrong type does not hide a broken reference elsewhere."""
    data = _talks_data()
    data["text"] = 5
    data["statistics"][0]["source"] = "zz"

    assert [
        "$.text: expected a string, got 5",
        (
            "$.statistics[0].source: Article statistics[0] names source 'zz', which the "
            "article does not hold"
        ),
    ] == _problems(lambda: from_dict(data, Article))


def test_dict_subclasses_are_read_as_objects() -> None:
    """An OrderedDict, at the top or inside, is read like the object it is."""
    data = _talks_data()
    data["actors"] = [collections.OrderedDict(actor) for actor in data["actors"]]

    assert _talks() == from_dict(collections.OrderedDict(data), Article)


def test_subclasses_of_other_json_types_are_named_in_the_message() -> None:
    """A str or list subclass is refused with its type named, not as what it looks like."""

    class Name(str):
        __slots__ = ()

    class Items(list):  # type: ignore[type-arg]  # any items
        __slots__ = ()

    data = _talks_data()
    data["headline"] = Name("Talks")
    data["sentences"] = Items()

    assert [
        "$.headline: expected a string or null, got 'Talks' of type Name",
        "$.sentences: expected an array, got an array of type Items",
    ] == _problems(lambda: from_dict(data, Article))


def test_unknown_schema_version_is_refused() -> None:
    """An article written by another schema version is refused, naming both versions."""
    data = _talks_data()
    data["schema"] = "newsevents/article/2"

    assert [
        (
            "$.schema: unknown schema version 'newsevents/article/2': this version of newsevents "
            "reads 'newsevents/article/1'"
        )
    ] == _problems(lambda: from_dict(data, Article))


def test_missing_schema_version_is_refused() -> None:
    """An article without a schema version is refused: its meaning would be a guess."""
    data = _talks_data()
    del data["schema"]

    assert ["$.schema: required key missing, expected 'newsevents/article/1'"] == _problems(
        lambda: from_dict(data, Article)
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "$: invalid JSON at line 1, column 1: Input is a zero-length, empty document"),
        ('{"text": "a",}', "$: invalid JSON at line 1, column 13: trailing comma is not allowed"),
        ("[" * 10_000, "$: invalid JSON at line 1, column 1026: depth limit exceeded"),
        ("NaN", "$: invalid JSON at line 1, column 1: unexpected character, expected a JSON value"),
    ],
)
def test_invalid_json_text_is_one_clear_error(text: str, problem: str) -> None:
    """Text that is not JSON, deeply nested text included, is one DecodeError at ``$``."""
    assert [problem] == _problems(lambda: from_json(text, Article))


READERS = pytest.mark.parametrize(
    "module", [newsevents.serialize, STDLIB], ids=["orjson", "stdlib"]
)


@READERS
@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b'"\xff"', "invalid start byte (ff) at byte 1"),
        (b'{"text": "caf\xc3"}', "invalid continuation byte (c3) at byte 13"),
        ('{"start": 0}'.encode("utf-16"), "invalid start byte (ff) at byte 0"),
        (b'"\xed\xa0\x80"', "invalid continuation byte (ed) at byte 1"),
    ],
)
def test_bytes_that_are_not_utf8_are_refused_where_they_go_wrong(
    module: ModuleType, data: bytes, problem: str
) -> None:
    """Bytes that are not strict UTF-8 (UTF-16, surrogates) are refused with the position."""
    assert [f"$: invalid JSON: the bytes are not UTF-8 text: {problem}"] == _problems(
        lambda: module.from_json(data, Article)
    )


@READERS
@pytest.mark.parametrize(
    "data", [b"\xef\xbb\xbf", bytearray(b"\xef\xbb\xbf"), memoryview(b"\xef\xbb\xbf")]
)
def test_a_byte_order_mark_before_bytes_is_dropped(module: ModuleType, data: Any) -> None:
    """One UTF-8 byte order mark before JSON bytes is allowed, by both readers."""
    assert Span(start=0, end=1) == module.from_json(bytes(data) + b'{"start": 0, "end": 1}', Span)


@pytest.mark.parametrize(
    ("module", "problem"),
    [
        (newsevents.serialize, "UTF-8 byte order mark (BOM) is not supported"),
        (STDLIB, "Unexpected UTF-8 BOM (decode using utf-8-sig)"),
    ],
    ids=["orjson", "stdlib"],
)
def test_a_byte_order_mark_in_text_is_refused(module: ModuleType, problem: str) -> None:
    """In a str a byte order mark is a stray character, refused by both readers."""
    assert [f"$: invalid JSON at line 1, column 1: {problem}"] == _problems(
        lambda: module.from_json('\ufeff{"start": 0, "end": 1}', Span)
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"start": NaN, "end": 1}', "NaN is not a JSON value"),
        ('{"start": 0, "end": Infinity}', "Infinity is not a JSON value"),
        ('{"start": 0, "end": -Infinity}', "-Infinity is not a JSON value"),
        ('{"value": 1e400}', "number 1e400 is infinity when read as a double"),
    ],
)
def test_stdlib_json_refuses_what_orjson_refuses(text: str, problem: str) -> None:
    """Without orjson, NaN, Infinity and numbers too big for a double are still refused."""
    assert [f"$: invalid JSON: {problem}"] == _problems(lambda: STDLIB.from_json(text, Statistic))
    with pytest.raises(DecodeError):
        from_json(text, Statistic)


@READERS
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"text": "a\ud800"}', "line 1, column 12: lone surrogate '\\ud800' is not text"),
        ('{\n "text": "a\udc00 b"}', "line 2, column 12: lone surrogate '\\udc00' is not text"),
    ],
)
def test_lone_surrogates_in_text_are_refused_with_their_place(
    module: ModuleType, text: str, problem: str
) -> None:
    """A str holding a lone surrogate is refused by both readers, saying where."""
    assert [f"$: invalid JSON at {problem}"] == _problems(lambda: module.from_json(text, Article))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (r'{"text": "a\ud800"}', "line 1, column 12: lone surrogate \\ud800 in a string"),
        (r'{"text": "a\udc00\ud800"}', "line 1, column 12: lone surrogate \\udc00 in a string"),
        (r'{"text": "\ud83d\ud83d"}', "line 1, column 11: lone surrogate \\ud83d in a string"),
    ],
)
def test_stdlib_json_refuses_escaped_lone_surrogates(text: str, problem: str) -> None:
    """Without orjson, an escaped lone surrogate is refused as orjson refuses it."""
    assert [f"$: invalid JSON at {problem}"] == _problems(lambda: STDLIB.from_json(text, Article))
    with pytest.raises(DecodeError):
        from_json(text, Article)


@READERS
def test_escaped_surrogate_pairs_and_backslashes_are_read(module: ModuleType) -> None:
    """A surrogate pair is one character, and an escaped backslash starts no escape."""
    text = r'{"schema": "newsevents/article/1", "text": "\ud83d\ude00 \\ud800"}'

    assert "\U0001f600 \\ud800" == module.from_json(text, Article).text


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([1, 2], "$: expected an object, got an array"),
        ("article", "$: expected an object, got 'article'"),
        (None, "$: expected an object, got null"),
        (16531, "$: expected an object, got 16531"),
    ],
)
def test_wrong_top_level_type_is_one_clear_error(data: object, problem: str) -> None:
    """Something other than an object at the top is one problem at ``$``."""
    assert [problem] == _problems(lambda: from_dict(data, Article))


def test_deeply_nested_data_is_a_problem_not_a_recursion_error() -> None:
    """Ten thousand nested lists in a field are reported, never a RecursionError."""
    deep: list[Any] = []
    for _ in range(10_000):
        deep = [deep]
    data = _talks_data()
    data["actors"] = deep
    data["headline"] = deep

    assert [
        "$.headline: expected a string or null, got an array",
        "$.actors[0]: expected an object, got an array",
    ] == _problems(lambda: from_dict(data, Article))


def test_non_text_input_to_from_json_is_a_type_error_of_ours() -> None:
    """``from_json`` given neither str nor bytes raises TextInputError."""
    with pytest.raises(TextInputError, match=r"^text: expected a str, got dict$"):
        from_json({"text": ""}, Article)  # type: ignore[call-overload]  # the point


def test_long_strings_are_shortened_in_messages() -> None:
    """A long bad value is quoted in part, so a message stays one line."""
    assert ["$.end: expected an integer, got '" + "9" * 55 + "...'"] == _problems(
        lambda: from_dict({"start": 0, "end": "9" * 1000}, Span)
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def _decode_or_error(data: object, cls: type) -> object:
    """The value decoded from ``data``, or the DecodeError that says why there is none."""
    try:
        return from_dict(data, cls)
    except DecodeError as error:
        return error


@given(st.sampled_from(MODEL_CLASSES), json_values)
def test_any_json_value_gives_a_model_value_or_a_decode_error(cls: type, data: object) -> None:
    """Whatever JSON data comes in, the answer is a model value or a DecodeError."""
    outcome = _decode_or_error(data, cls)

    if isinstance(outcome, DecodeError):
        assert outcome.problems
        assert all(p.path.startswith("$") for p in outcome.problems)
    else:
        assert isinstance(outcome, cls)


def _paths(data: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _paths(value, (*path, i))
    return found


@given(st.from_type(Article), st.data())
def test_a_corrupted_article_gives_a_decode_error_with_a_path_into_it(
    article: Article, data: st.DataObject
) -> None:
    """Replacing any one value of a good article gives the article or a DecodeError."""
    good = to_dict(article)
    path = data.draw(st.sampled_from(_paths(good)[1:])) if _paths(good)[1:] else ()
    bad = json.loads(json.dumps(good))
    if path:
        holder = bad
        for step in path[:-1]:
            holder = holder[step]
        holder[path[-1]] = data.draw(json_values)
    outcome = _decode_or_error(bad, Article)

    assert isinstance(outcome, (Article, DecodeError))
    assert isinstance(outcome, Article) or outcome.problems


CAREFUL = make_converter(detailed_validation=True)


def _structure_or_none(converter: Any, data: object) -> object:
    """What ``converter`` makes of ``data``, or None where it refuses it."""
    try:
        return converter.structure(data, Article)
    except Exception:  # noqa: BLE001 - any refusal counts the same here
        return None


@given(st.from_type(Article), st.data())
def test_fast_and_careful_passes_agree(article: Article, data: st.DataObject) -> None:
    """The fast pass accepts exactly what the careful pass accepts, and builds the same."""
    good = to_dict(article)
    paths = _paths(good)[1:]
    bad = json.loads(json.dumps(good))
    if paths:
        path = data.draw(st.sampled_from(paths))
        holder = bad
        for step in path[:-1]:
            holder = holder[step]
        holder[path[-1]] = data.draw(json_values | st.sampled_from([None, 0, "", [], {}]))

    fast = _structure_or_none(make_converter(), bad)

    assert _structure_or_none(CAREFUL, bad) == fast


# --- JSON Lines -------------------------------------------------------------------------

LINES = '{"start": 0, "end": 6}\n\n{"start": 9}\nnot json\n{"start": 7, "end": 12}\n'


@READERS
@pytest.mark.parametrize("binary", [True, False], ids=["bytes", "text"])
def test_read_jsonl_drops_a_byte_order_mark_on_line_one(module: ModuleType, binary: bool) -> None:  # noqa: FBT001 - a parameter
    """A file that opens with a byte order mark reads, by both readers, from bytes or text."""
    text = '\ufeff{"start": 0, "end": 1}\n{"start": 2, "end": 3}\n'
    fp: Any = io.BytesIO(text.encode()) if binary else io.StringIO(text)

    assert [Span(start=0, end=1), Span(start=2, end=3)] == list(module.read_jsonl(fp, Span))


def test_read_jsonl_refuses_a_byte_order_mark_inside_text() -> None:
    """A byte order mark on a later line of a text file is a stray character, refused."""
    lines = io.StringIO('{"start": 0, "end": 1}\n\ufeff{"start": 2, "end": 3}\n')

    with pytest.raises(DecodeError) as info:
        list(read_jsonl(lines, Span))

    assert (
        "cannot decode Span on line 2: 1 problem\n"
        "  $: invalid JSON at line 1, column 1: UTF-8 byte order mark (BOM) is not supported"
    ) == str(info.value)


def _text_file(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def test_read_jsonl_reports_bad_bytes_in_a_text_file_with_the_line() -> None:
    """Bytes a text file cannot decode are a line-numbered DecodeError, not UnicodeDecodeError."""
    data = b'{"start": 0, "end": 1}\n{"start": 2, "end": 3, "x": "\xff"}\n{"start": 4, "end": 5}\n'

    with pytest.raises(DecodeError) as info:
        list(read_jsonl(_text_file(data), Span))

    assert ["$: the file's bytes are not utf-8 text: invalid start byte (ff)"] == [
        str(p) for p in info.value.problems
    ]
    assert info.value.line is not None


def test_read_jsonl_skipping_stops_where_a_text_file_cannot_be_decoded() -> None:
    """With skip_errors the good lines before undecodable bytes are yielded, then the error."""
    data = b'{"start": 0, "end": 1}\n' + b'{"start": 2, "end": 3}\n' * 5000 + b'"\xff"\n'
    bad: list[DecodeError] = []

    spans = list(read_jsonl(_text_file(data), Span, skip_errors=True, on_error=bad.append))

    assert ["$: the file's bytes are not utf-8 text: invalid start byte (ff)"] == [
        str(p) for e in bad for p in e.problems
    ]
    assert Span(start=0, end=1) == spans[0]


def test_read_jsonl_refuses_lines_that_are_not_text() -> None:
    """An iterable of other things than str or bytes gives line-numbered DecodeErrors."""
    bad: list[DecodeError] = []

    spans = list(
        read_jsonl(
            iter(['{"start": 0, "end": 1}', 5, None]),  # type: ignore[arg-type]  # wrong on purpose
            Span,
            skip_errors=True,
            on_error=bad.append,
        )
    )

    assert [Span(start=0, end=1)] == spans
    assert [
        "cannot decode Span on line 2: 1 problem\n  $: expected a line of text or bytes, got 5",
        "cannot decode Span on line 3: 1 problem\n  $: expected a line of text or bytes, got null",
    ] == [str(e) for e in bad]


def test_bad_line_is_reported_with_its_number() -> None:
    """Without ``skip_errors`` the first bad line stops reading, naming its line."""
    reader = read_jsonl(io.StringIO(LINES), Span)

    assert Span(start=0, end=6) == next(reader)
    with pytest.raises(DecodeError) as info:
        next(reader)
    assert (
        "cannot decode Span on line 3: 1 problem\n  $.end: required key missing",
        3,
    ) == (str(info.value), info.value.line)


def test_skip_errors_yields_every_good_line_and_reports_the_bad_ones() -> None:
    """With ``skip_errors`` every good line is read and each bad one goes to the callback."""
    bad: list[DecodeError] = []

    good = list(read_jsonl(io.StringIO(LINES), Span, skip_errors=True, on_error=bad.append))

    assert [Span(start=0, end=6), Span(start=7, end=12)] == good
    assert [
        (3, ["$.end: required key missing"]),
        (4, ["$: invalid JSON at line 1, column 1: invalid literal, expected 'null'"]),
    ] == [(e.line, [str(p) for p in e.problems]) for e in bad]


def test_skip_errors_without_callback_warns() -> None:
    """Without a callback each skipped line is a SkippedLineWarning: never silent."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        good = list(read_jsonl(io.StringIO(LINES), Span, skip_errors=True))

    assert 2 == len(good)
    assert [SkippedLineWarning, SkippedLineWarning] == [w.category for w in caught]
    first = caught[0].message
    assert isinstance(first, SkippedLineWarning)
    assert 3 == first.error.line


def test_read_jsonl_streams_one_line_at_a_time() -> None:
    """``read_jsonl`` reads a line only when the record before it has been taken."""
    pulled: list[int] = []

    def lines() -> Any:
        for i in range(1_000_000):
            pulled.append(i)
            yield f'{{"start": {i}, "end": {i + 1}}}\n'

    reader = read_jsonl(lines(), Span)
    first_two = [next(reader), next(reader)]

    assert ([Span(start=0, end=1), Span(start=1, end=2)], [0, 1]) == (first_two, pulled)


def test_to_jsonl_takes_a_generator_one_item_at_a_time() -> None:
    """``to_jsonl`` writes each item as it comes: a generator is never turned into a list."""
    written: list[int] = []

    class Out(io.StringIO):
        def write(self, text: str) -> int:
            written.append(text.count("\n"))
            return super().write(text)

    def items() -> Any:
        for i in range(3):
            assert len(written) == i  # the previous item was written before this one is made
            yield Span(start=i, end=i)

    assert 3 == to_jsonl(items(), Out())


# --- JSON Schema ------------------------------------------------------------------------

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    """``json_schema()`` is itself valid under the 2020-12 meta-schema."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)

    assert "https://json-schema.org/draft/2020-12/schema" == SCHEMA["$schema"]


def test_example_article_validates() -> None:
    """The hand-written article validates against the schema."""
    assert [] == [e.message for e in VALIDATOR.iter_errors(to_dict(_talks()))]


@given(st.from_type(Article))
def test_every_generated_article_validates(article: Article) -> None:
    """Every article the strategies make is valid JSON Schema-wise once written."""
    assert [] == [e.message for e in VALIDATOR.iter_errors(json.loads(to_json(article)))]


def _messages(errors: Any) -> list[str]:
    """The messages of schema errors, with those of the branches of an ``anyOf``."""
    return [m for e in errors for m in (e.message, *_messages(e.context))]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema="newsevents/article/2"), "'newsevents/article/1' was expected"),
        (lambda d: d["actors"][0].update(kind="nation"), "'nation' is not one of"),
        (lambda d: d["meetings"][0].update(status="done"), "'done' is not one of"),
        (
            lambda d: d["meetings"][0]["when"].update(granularity="fortnight"),
            "'fortnight' is not one of",
        ),
        (lambda d: d["actors"][0].update(affiliation="CUB"), "'CUB' is not one of"),
        (lambda d: d["statistics"][0].update(value="16531"), "'16531' is not of type 'number'"),
        (lambda d: d["sentences"][0].update(start=-1), "-1 is less than the minimum of 0"),
        (lambda d: d["dateline"].update(date="18/04/2022"), "'18/04/2022' does not match"),
        (lambda d: d["dateline"].update(date="2022-13-01"), "'2022-13-01' does not match"),
        (lambda d: d["dateline"].update(date="2022-00-10"), "'2022-00-10' does not match"),
        (lambda d: d["dateline"].update(date="2022-04-32"), "'2022-04-32' does not match"),
        (lambda d: d["dateline"].update(date="2022-04-00"), "'2022-04-00' does not match"),
        (lambda d: d["dateline"].update(date="0000-01-01"), "'0000-01-01' does not match"),
        (lambda d: d["actors"][0].update(name=""), "'' should be non-empty"),
        (
            lambda d: d.update(mood="calm"),
            "Additional properties are not allowed ('mood' was unexpected)",
        ),
        (lambda d: d.pop("text"), "'text' is a required property"),
    ],
)
def test_schema_refuses_wrong_values(change: Any, message: str) -> None:
    """Wrong enum values, types, codes, dates and keys fail the schema."""
    data = _talks_data()
    change(data)

    messages = _messages(VALIDATOR.iter_errors(data))

    assert any(message in m for m in messages), messages


@pytest.mark.parametrize("date", ["0001-01-01", "0099-12-31", "2022-02-28", "9999-12-31"])
def test_schema_date_pattern_takes_every_date_the_reader_takes(date: str) -> None:
    """Dates from year 1 to 9999 match the schema's pattern, as the reader reads them."""
    pattern = json_schema()["$defs"]["Dateline"]["properties"]["date"]["anyOf"][0]["pattern"]

    assert (True, date) == (
        re.fullmatch(pattern, date) is not None,
        to_dict(from_dict(date, pendulum.Date)),
    )


def test_schema_of_another_class() -> None:
    """``json_schema(cls)`` describes any model class, a Place for instance."""
    schema = json_schema(Place)

    assert (["name"], False) == (schema["required"], schema["additionalProperties"])
    jsonschema.validate(to_dict(Place(name="Havana", country="CU")), schema)


def test_public_names_are_reexported() -> None:
    """What users need from serialize is on the package too."""
    assert newsevents.to_json is to_json
    assert newsevents.SCHEMA_VERSION == SCHEMA_VERSION == "newsevents/article/1"


def test_attrs_evolve_then_round_trip() -> None:
    """An evolved article round-trips like any other."""
    evolved = attrs.evolve(_talks(), headline="Talks set for Thursday")

    assert evolved == from_json(to_json(evolved), Article)


def test_granularity_values_are_the_json_ones() -> None:
    """The granularity values are those the JSON and the time scorer use."""
    assert [
        "day",
        "week",
        "month",
        "quarter",
        "half",
        "season",
        "year",
        "decade",
        "century",
    ] == [g.value for g in Granularity]


# --- nothing dropped in silence ---------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Summit(Meeting):
    """A downstream meeting subclass with a field of its own."""

    host: str | None = None


@attrs.frozen(kw_only=True)
class _Town(Place):
    """A downstream place subclass with a field of its own."""

    population: int = 0


@attrs.frozen(kw_only=True)
class _MarkedSpan(Span):
    """A downstream span subclass with a field of its own."""

    mark: str = "x"


def _subclass_message(name: str, base: str) -> str:
    return (
        f"cannot write a {name} where a {base} is declared: the converter knows only "
        f"{base}'s fields, so the class and any field of its own would be lost; use a "
        "converter configured for subclasses (cattrs.strategies.include_subclasses, as "
        "docs/howto-extend.md shows)"
    )


@pytest.mark.parametrize(
    ("change", "name", "base"),
    [
        (
            lambda a: attrs.evolve(
                a, meetings=(_Summit(participants=("cu", "us"), status=MeetingStatus.HELD),)
            ),
            "_Summit",
            "Meeting",
        ),
        (
            lambda a: attrs.evolve(
                a, statistics=(attrs.evolve(a.statistics[0], place=_Town(name="Miami")),)
            ),
            "_Town",
            "Place",
        ),
        (
            lambda a: attrs.evolve(a, sentences=(_MarkedSpan(start=0, end=6),)),
            "_MarkedSpan",
            "Span",
        ),
        (
            lambda a: attrs.evolve(
                a, dateline=attrs.evolve(a.dateline, span=_MarkedSpan(start=0, end=6))
            ),
            "_MarkedSpan",
            "Span",
        ),
    ],
)
def test_a_subclass_in_a_field_of_its_base_is_refused_not_cut_down(
    change: Any, name: str, base: str
) -> None:
    """A subclass where its base is declared is an EncodeError, never written as the base."""
    article = change(_talks())

    with pytest.raises(EncodeError) as info:
        to_json(article)

    assert _subclass_message(name, base) == str(info.value)
    assert isinstance(info.value, TypeError)


def test_a_subclass_given_on_its_own_is_written_whole() -> None:
    """``to_dict`` of a subclass value itself writes every field of the subclass."""
    summit = _Summit(participants=("cu", "us"), status=MeetingStatus.HELD, host="US")

    assert "US" == to_dict(summit)["host"]


def test_a_subclass_article_is_refused() -> None:
    """An Article subclass written as an Article is refused, like any other subclass."""

    @attrs.frozen(kw_only=True)
    class _Story(Article):
        desk: str = "world"

    with pytest.raises(EncodeError) as info:
        to_json(_Story(text="Cuba spoke."), unstructure_as=Article)

    assert _subclass_message("_Story", "Article") == str(info.value)


@READERS
def test_a_lone_surrogate_elsewhere_is_an_encode_error(module: ModuleType) -> None:
    """A lone surrogate in a field the model does not check is our EncodeError, both readers."""
    place = Place(name="Ha\ud800vana")

    with pytest.raises(EncodeError) as info:
        module.to_json(place)

    assert "cannot write JSON: str is not valid UTF-8: surrogates not allowed" == str(info.value)
