"""Serialization of the model: dicts, JSON, JSON Lines and a JSON Schema.

The model classes know nothing about formats; a `cattrs` converter does the work.
:func:`make_converter` builds a new one each call, so a downstream package can copy it
and add hooks for its own classes without touching anybody else's (see
``docs/howto-extend.md``).

>>> from newsevents import Actor, ActorKind, Article
>>> article = Article(text="Cuba spoke.", actors=(
...     Actor(id="cu", name="Cuba", kind=ActorKind.COUNTRY, affiliation="CU"),))
>>> data = to_json(article)
>>> data[:53]
'{"schema":"newsevents/article/1","text":"Cuba spoke."'
>>> from_json(data, Article) == article
True

The JSON of an :class:`~newsevents.Article` carries its schema version under
``"schema"``; dates are ISO strings (``"2022-04-18"``), enumerations their values
(``"person"``), collections arrays, and every field is written, ``null`` or ``[]``
included. Keys the model does not know are refused, so nothing is dropped in silence.

Bad input gives one :class:`~newsevents.errors.DecodeError` that lists every problem
with its JSON path:

>>> from_dict({"schema": SCHEMA_VERSION, "text": 5, "actors": [{"id": "cu"}]}, Article)
Traceback (most recent call last):
...
newsevents.errors.DecodeError: cannot decode Article: 3 problems
  $.text: expected a string, got 5
  $.actors[0].name: required key missing
  $.actors[0].kind: required key missing
"""

from __future__ import annotations

__all__ = [
    "SCHEMA_VERSION",
    "SkippedLineWarning",
    "from_dict",
    "from_json",
    "json_schema",
    "make_converter",
    "read_jsonl",
    "to_dict",
    "to_json",
    "to_jsonl",
]

import datetime as dt
import enum
import io
import json
import math
import operator
import os
import re
import typing
import warnings
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

import attrs
import cattrs
import pendulum
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from newsevents import _model
from newsevents._model import Article, Span, Statistic
from newsevents.errors import (
    DecodeError,
    EncodeError,
    InvalidValueError,
    Problem,
    TextInputError,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator


_T = TypeVar("_T")

_SCHEMA_KEY: Final = "schema"
"""The key of an Article's JSON that holds its schema version."""
SCHEMA_VERSION: Final = "newsevents/article/1"
"""The schema version this library writes, and the only one it reads."""

_MAX_SAFE_INT: Final = 2**53
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_SCHEMA_DATE_PATTERN: Final = (
    r"^(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
    r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"
)
"""An ISO date in the JSON Schema: year 0001-9999, month 01-12, day 01-31 (the reader
also checks the day exists in the month, which a pattern cannot say simply)."""
_DATE_CACHE_SIZE: Final = 4096


# --- describing bad values --------------------------------------------------------------


def _describe(value: object) -> str:
    """Name a JSON value for an error message without printing all of a big one.

    A value of a subclass of a JSON type is named with its type, since it looks like
    the value that was expected:

    >>> _describe([1, 2]), _describe(None), _describe("x" * 100)[-6:]
    ('an array', 'null', "...'")
    >>> class Name(str): pass
    >>> _describe(Name("Cuba"))
    "'Cuba' of type Name"
    """
    cls = value.__class__
    if cls not in _JSON_TYPES:
        base = next((t for t in _JSON_BASES if isinstance(value, t)), None)
        if base is not None:
            return f"{_describe(base(value))} of type {cls.__name__}"
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str):
        text = repr(value)
        return text if len(text) <= 60 else text[:56] + "..." + text[0]
    if isinstance(value, int) and value.bit_length() > 64:
        return f"an integer of {value.bit_length()} bits"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a value of type {type(value).__name__}"


_JSON_BASES: Final[tuple[type[Any], ...]] = (str, int, float, list, tuple, dict)
"""The types a value read from JSON has, that a class may derive from (``bool`` cannot)."""

_JSON_TYPES: Final = frozenset({*_JSON_BASES, bool, type(None)})


class _ExpectedError(ValueError):
    """A leaf value is not what the schema asks for; the message says what was."""

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(f"expected {expected}, got {_describe(value)}")


class _SchemaVersionError(ValueError):
    """The article JSON names no schema version, or one this library cannot read."""


def _add_note(exc: Exception, note: str) -> None:
    """Attach a cattrs path note the way cattrs does (``add_note`` is Python 3.11+)."""
    exc.__notes__ = [*getattr(exc, "__notes__", []), note]  # type: ignore[attr-defined]  # 3.10 has no __notes__ in typeshed


# --- leaf hooks -------------------------------------------------------------------------

_date_cache: dict[str, pendulum.Date] = {}


def _structure_date(value: Any, _: Any = None) -> pendulum.Date:
    """Read an ISO ``YYYY-MM-DD`` string into a pendulum date, remembering recent ones.

    Dates repeat across a corpus, and a dict hit is cheaper than any parse.
    """
    try:
        return _date_cache[value]
    except (KeyError, TypeError):
        pass
    match = _ISO_DATE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise _ExpectedError("an ISO date", value)
    try:
        date = pendulum.Date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise _ExpectedError("an ISO date", value) from None
    if len(_date_cache) >= _DATE_CACHE_SIZE:
        _date_cache.clear()
    _date_cache[value] = date
    return date


def _unstructure_date(value: dt.date) -> str:
    return value.isoformat()


def _structure_str(value: Any, _: Any = None) -> str:
    if value.__class__ is str:
        return value
    raise _ExpectedError("a string", value)


def _structure_int(value: Any, _: Any = None) -> int:
    if value.__class__ is int:
        return value
    raise _ExpectedError("an integer", value)


def _structure_float(value: Any, _: Any = None) -> float:
    cls = value.__class__
    if cls is float or cls is int:
        try:
            return float(value)
        except OverflowError:
            raise _ExpectedError("a finite number", value) from None
    raise _ExpectedError("a number", value)


def _structure_bool(value: Any, _: Any = None) -> bool:
    if value is True or value is False:
        return value
    raise _ExpectedError("true or false", value)


def _unstructure_number(value: float) -> float | int:
    """Write an integral float as an int, so a count reads ``16531`` and not ``16531.0``.

    >>> _unstructure_number(16531.0), _unstructure_number(0.5), _unstructure_number(1e300)
    (16531, 0.5, 1e+300)
    """
    if value.is_integer() and -_MAX_SAFE_INT < value < _MAX_SAFE_INT:
        return int(value)
    return value


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, enum.Enum)


def _enum_structure_factory(t: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    """Look an enumeration up by value in a dict: faster than calling the enum."""
    by_value = {member.value: member for member in t}
    names = ", ".join(repr(v) for v in by_value)
    expected = f"one of {names}"

    def structure(value: Any, _: Any = None) -> enum.Enum:
        try:
            return by_value[value]
        except (KeyError, TypeError):
            raise _ExpectedError(expected, value) from None

    structure.by_value = by_value  # type: ignore[attr-defined]  # read by _fast_structure_fn
    return structure


def _is_optional(t: Any) -> bool:
    """Whether ``t`` is ``X | None``."""
    args = typing.get_args(t)
    return (
        typing.get_origin(t) in (typing.Union, _union_type)
        and len(args) == 2
        and type(None) in args
    )


def _optional_structure_factory(t: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """Structure ``X | None`` with the hook for ``X`` looked up once, not on every value."""
    item_type = next(a for a in typing.get_args(t) if a is not type(None))
    if item_type is str:
        return _structure_optional_str
    handler = converter.get_structure_hook(item_type)

    def structure(value: Any, _: Any = None) -> Any:
        return None if value is None else handler(value, item_type)

    structure.inner = handler  # type: ignore[attr-defined]  # read by _fast_structure_fn
    return structure


def _structure_optional_str(value: Any, _: Any = None) -> str | None:
    if value is None or value.__class__ is str:
        return value
    raise _ExpectedError("a string or null", value)


def _structure_span_fast(value: Any, _: Any = None) -> Span:
    """Structure a span in one step, for the fast pass.

    Spans are the most numerous objects in an article. ``Span`` itself refuses anything
    but non-negative ints, and two keys that are ``start`` and ``end`` leave no room for
    an unknown one; whatever fails here is examined again by the careful pass.
    """
    if len(value) != 2:
        raise _ExpectedError("an object with the keys start and end", value)
    return Span(start=value["start"], end=value["end"])


def _not_span(value: Any) -> bool:
    raise _ExpectedError("an object with the keys start and end", value)


def _is_tuple_of(t: Any) -> bool:
    """Whether ``t`` is ``tuple[X, ...]``, the model's one collection type."""
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_structure_factory(t: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """Structure a JSON array, and nothing else (a string is not a list of letters)."""
    item_type = typing.get_args(t)[0]
    handler = converter.get_structure_hook(item_type)
    if item_type is str:

        def structure_strs(value: Any, _: Any = None) -> tuple[Any, ...]:
            cls = value.__class__
            if (cls is list or cls is tuple) and all(v.__class__ is str for v in value):
                return tuple(value)
            if cls is list or cls is tuple:
                return structure_items(value)
            raise _ExpectedError("an array", value)

    def structure_spans(value: Any, _: Any = None) -> tuple[Any, ...]:
        cls = value.__class__
        if cls is not list and cls is not tuple:
            raise _ExpectedError("an array", value)
        return tuple(
            [Span(start=v["start"], end=v["end"]) for v in value if len(v) == 2 or _not_span(v)]
        )

    if handler is _structure_span_fast:
        return structure_spans

    def structure_items(value: Any, _: Any = None) -> tuple[Any, ...]:
        cls = value.__class__
        if cls is not list and cls is not tuple:
            raise _ExpectedError("an array", value)
        if not converter.detailed_validation:
            return tuple([handler(v, item_type) for v in value])
        items, errors = [], []
        for i, v in enumerate(value):
            try:
                items.append(handler(v, item_type))
            except Exception as exc:  # noqa: BLE001, PERF203 - the slow pass collects every problem
                note = IterableValidationNote(f"Structuring item {i}", i, item_type)
                _add_note(exc, note)
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {t!r}", errors, t)
        return tuple(items)

    return structure_strs if item_type is str else structure_items


def _refuse_subclass(value: object, declared: type) -> typing.NoReturn:
    """Refuse to write ``value`` as its base class ``declared``, which would lose data.

    >>> from newsevents import Place
    >>> class Town(Place): pass
    >>> _refuse_subclass(Town(name="Cana"), Place)
    Traceback (most recent call last):
    ...
    newsevents.errors.EncodeError: cannot write a Town where a Place is declared: ...
    """
    name = type(value).__name__
    raise EncodeError(
        f"cannot write a {name} where a {declared.__name__} is declared: the converter "
        f"knows only {declared.__name__}'s fields, so the class and any field of its own "
        f"would be lost; use a converter configured for subclasses "
        f"(cattrs.strategies.include_subclasses, as docs/howto-extend.md shows)"
    )


def _tuple_unstructure_factory(t: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    item_type = typing.get_args(t)[0]
    if item_type is str:
        return list
    handler = converter.get_unstructure_hook(item_type)
    if handler is _unstructure_span:
        return _unstructure_spans
    exact, unchecked = getattr(handler, "exact", None), getattr(handler, "unchecked", None)
    if exact is not None and unchecked is not None:
        # Our own hook for one class: check the class in line and call the bare function.

        subclasses = exact.__subclasses__

        def unstructure_exact(value: tuple[Any, ...]) -> list[Any]:
            if subclasses():  # rare: look at each item's class only when there can be others
                return [
                    unchecked(v) if v.__class__ is exact else _refuse_subclass(v, exact)
                    for v in value
                ]
            return [unchecked(v) for v in value]

        return unstructure_exact

    def unstructure(value: tuple[Any, ...]) -> list[Any]:
        return [handler(v) for v in value]

    return unstructure


def _unstructure_span(span: Span) -> dict[str, int]:
    if span.__class__ is not Span:
        _refuse_subclass(span, Span)
    return {"start": span.start, "end": span.end}


_span_subclasses = Span.__subclasses__


def _unstructure_spans(spans: tuple[Span, ...]) -> list[dict[str, int]]:
    # Spans are the most numerous objects of an article: one comprehension, no calls,
    # and no look at each span's class unless Span has been subclassed at all.
    if not spans:
        return []
    if not _span_subclasses():
        return [{"start": span.start, "end": span.end} for span in spans]
    return [
        {"start": span.start, "end": span.end}
        if span.__class__ is Span
        else _refuse_subclass(span, Span)
        for span in spans
    ]


def _optional_unstructure_factory(t: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    """Unstructure ``X | None`` with the hook of ``X`` found once, or in line for a str."""
    item_type = next(a for a in typing.get_args(t) if a is not type(None))
    handler = converter.get_unstructure_hook(item_type)
    if handler is identity:
        return identity  # cattrs writes the attribute in line, no call at all
    exact, unchecked = getattr(handler, "exact", None), getattr(handler, "unchecked", None)
    if exact is not None and unchecked is not None:

        def unstructure_exact(value: Any) -> Any:
            if value is None:
                return None
            if value.__class__ is not exact:
                _refuse_subclass(value, exact)
            return unchecked(value)

        return unstructure_exact

    def unstructure(value: Any) -> Any:
        return None if value is None else handler(value)

    return unstructure


_enum_value = operator.attrgetter("_value_")  # the value, without the property's cost


# --- class hooks ------------------------------------------------------------------------


def _attrs_unstructure_factory(cls: type, converter: cattrs.Converter) -> Callable[[Any], Any]:
    if cls is Span:
        return _unstructure_span
    overrides: dict[str, Any] = {}
    if issubclass(cls, Statistic):
        overrides["value"] = override(unstruct_hook=_unstructure_number)
    fn: Callable[[Any], Any] = make_dict_unstructure_fn(cls, converter, **overrides)
    if issubclass(cls, Article):

        def unstructure_article(article: Any) -> dict[str, Any]:
            if article.__class__ is not cls:
                _refuse_subclass(article, cls)
            return {_SCHEMA_KEY: SCHEMA_VERSION, **fn(article)}

        return unstructure_article

    # A field declared as ``cls`` may hold a subclass, whose own fields ``fn`` would
    # drop: refuse it. The tuple and optional hooks check in line and call ``fn``.
    def unstructure_exact(value: Any) -> dict[str, Any]:
        if value.__class__ is not cls:
            _refuse_subclass(value, cls)
        return fn(value)  # type: ignore[no-any-return]  # cattrs' generated function

    unstructure_exact.exact = cls  # type: ignore[attr-defined]  # read by the tuple hooks
    unstructure_exact.unchecked = fn  # type: ignore[attr-defined]  # ditto
    return unstructure_exact


def _attrs_structure_factory(cls: type, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    if cls is Span and not converter.detailed_validation:
        return _structure_span_fast
    detailed = converter.detailed_validation
    fast = None if detailed else _fast_structure_fn(cls, converter)
    fn: Callable[..., Any] = fast or make_dict_structure_fn(cls, converter)
    name = cls.__name__

    def structure_all(value: Any) -> Any:
        """Structure ``value``; on failure, also check the fields that did structure."""
        try:
            return fn(value)
        except ClassValidationError as exc:
            failed = _failed_fields(exc)
            more = _field_validator_errors(cls, value, converter, failed)
            if issubclass(cls, Article):
                more += _article_errors(cls, value, converter, failed)
            if not more:
                raise
            if failed or any(isinstance(e, ForbiddenExtraKeysError) for e in exc.exceptions):
                more = [*exc.exceptions, *more]
            # else every field was read and the constructor refused (cattrs wraps its
            # error): ``more`` lists everything it would refuse, not only the first.
            raise ClassValidationError(exc.message, more, cls) from None

    if issubclass(cls, Article):
        fast_article = (
            None
            if detailed
            else _fast_structure_fn(cls, converter, extra_keys=frozenset({_SCHEMA_KEY}))
        )

        def structure_article(value: Any, _: Any = None) -> Any:
            if value.__class__ is not dict:
                if not isinstance(value, dict):
                    raise _ExpectedError("an object", value)
                value = dict(value)  # an OrderedDict, say: read as the object it is
            version = value.get(_SCHEMA_KEY, _MISSING)
            if fast_article is not None and version == SCHEMA_VERSION:
                return fast_article(value)
            body = {k: v for k, v in value.items() if k != _SCHEMA_KEY}
            if version == SCHEMA_VERSION:
                return structure_all(body) if detailed else fn(body)
            if version is _MISSING:
                problem = _SchemaVersionError(f"required key missing, expected {SCHEMA_VERSION!r}")
            else:
                problem = _SchemaVersionError(
                    f"unknown schema version {_describe(version)}: this version of "
                    f"newsevents reads {SCHEMA_VERSION!r}"
                )
            _add_note(problem, AttributeValidationNote("schema", _SCHEMA_KEY, str))
            errors: list[Exception] = [problem]
            if detailed:
                try:
                    structure_all(body)
                except ClassValidationError as exc:
                    errors.extend(exc.exceptions)
            raise ClassValidationError(f"While structuring {name}", errors, cls)

        return structure_article

    if not detailed:
        return fn

    def structure_checked(value: Any, _: Any = None) -> Any:
        if not isinstance(value, dict):
            raise _ExpectedError("an object", value)
        return structure_all(value)

    return structure_checked


def _failed_fields(exc: ClassValidationError) -> set[str]:
    """The names of the fields whose errors ``exc`` holds."""
    failed = set()
    for sub in exc.exceptions:
        for note in getattr(sub, "__notes__", ()):
            if isinstance(note, AttributeValidationNote):
                failed.add(note.name)
    return failed


def _field_validator_errors(
    cls: type, value: dict[str, Any], converter: cattrs.Converter, failed: set[str]
) -> list[Exception]:
    """The errors of the validators of the fields that structured, all but ``failed``.

    cattrs builds an instance only when every field structured, so the model's own checks
    on the good fields (an empty name, say) would wait for the next attempt. Running each
    field's validator here puts them in the same report. With nothing ``failed``, every
    field structured and the constructor refused: each validator is run.
    """
    hints = typing.get_type_hints(cls)
    stand_in: object = object.__new__(cls)  # validators read only its class name
    errors: list[Exception] = []
    for field in attrs.fields(cls):
        if field.name in failed or field.name not in value or field.validator is None:
            continue
        try:
            item = converter.structure(value[field.name], hints[field.name])
            if callable(field.converter) and not isinstance(field.converter, attrs.Converter):
                item = field.converter(item)
            field.validator(stand_in, field, item)
        except Exception as error:  # noqa: BLE001 - every problem is collected
            if isinstance(error, InvalidValueError) and error.path[:1] == (field.name,):
                error.path = error.path[1:]  # the note below says the field
            _add_note(error, AttributeValidationNote(field.name, field.name, hints[field.name]))
            errors.append(error)
    return errors


def _article_errors(
    cls: type, value: dict[str, Any], converter: cattrs.Converter, failed: set[str]
) -> list[Exception]:
    """The Article's own checks (references, spans) on the fields that structured.

    An Article checks them only once every field is read; here they run on a stand-in
    that holds what could be read, so they are listed beside the other problems. A check
    that needs a field that could not be read is left out.
    """
    hints = typing.get_type_hints(cls)
    stand_in: Any = object.__new__(cls)
    failed = set(failed)
    for field in attrs.fields(cls):
        item: Any = None if field.default is attrs.NOTHING else field.default
        if field.name not in failed and field.name in value:
            try:
                item = converter.structure(value[field.name], hints[field.name])
            except Exception:  # noqa: BLE001 - reported by the pass that called us
                failed.add(field.name)
                item = None if field.default is attrs.NOTHING else field.default
        elif field.default is attrs.NOTHING:
            failed.add(field.name)
        object.__setattr__(stand_in, field.name, item)
    references = "actors" not in failed
    spans = "text" not in failed and isinstance(stand_in.text, str)
    if references or spans:
        try:
            return list(stand_in._invalid(references=references, spans=spans))  # noqa: SLF001 - the model's own check
        except Exception:  # noqa: BLE001 - a downstream subclass's odd fields: skip the extra check
            return []
    return []


_MISSING: Final = object()


class _FastPathError(Exception):
    """The fast pass met something it does not take; the careful pass will say what."""


def _fast_structure_fn(
    cls: type, converter: cattrs.Converter, *, extra_keys: frozenset[str] = frozenset()
) -> Callable[[Any], Any] | None:
    """Generate a structuring function for ``cls`` for the fast pass, or None.

    It does what cattrs' generated function does with this module's hooks, in fewer
    calls: a string, int or enum field is checked in line rather than by a hook call,
    a missing key takes the field's default directly. It refuses exactly what the
    careful pass refuses (a test holds it to that), but says nothing about why: any
    failure sends the data to the careful pass. Fields of other types use the
    converter's hooks, so a downstream package's hooks still apply. Classes with
    ``Factory`` defaults or ``init=False`` fields are left to cattrs (None).
    """
    hints = typing.get_type_hints(cls)
    keys = frozenset(a.name for a in attrs.fields(cls)) | extra_keys
    namespace: dict[str, Any] = {"cl": cls, "keys": keys, "Fail": _FastPathError}
    lines = ["def structure(o, _=None):", "    if not o.keys() <= keys:", "        raise Fail"]
    kwargs = []
    for i, field in enumerate(attrs.fields(cls)):
        if not field.init or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]  # Factory is a class
            return None
        t = hints[field.name]
        optional = _is_optional(t)
        inner = next(a for a in typing.get_args(t) if a is not type(None)) if optional else t
        hook: Any = converter.get_structure_hook(inner)
        if optional and inner is not str:
            hook = getattr(converter.get_structure_hook(t), "inner", None)
            if hook is None:  # somebody else's hook for the optional type: call it whole
                inner, optional, hook = t, False, converter.get_structure_hook(t)
        check = "v is not None and " if optional else ""
        if hook is _structure_str:
            body = [f"if {check}v.__class__ is not str:", "    raise Fail", f"a{i} = v"]
        elif hook is _structure_int:
            body = [f"if {check}v.__class__ is not int:", "    raise Fail", f"a{i} = v"]
        elif hook is _structure_bool:
            body = [f"if {check}v is not True and v is not False:", "    raise Fail", f"a{i} = v"]
        elif getattr(hook, "by_value", None) is not None:
            namespace[f"e{i}"] = hook.by_value
            value = f"e{i}[v]"
            body = [f"a{i} = None if v is None else {value}" if optional else f"a{i} = {value}"]
        else:
            namespace[f"h{i}"], namespace[f"t{i}"] = hook, inner
            value = f"h{i}(v, t{i})"
            body = [f"a{i} = None if v is None else {value}" if optional else f"a{i} = {value}"]
        key = repr(field.name)
        if field.default is attrs.NOTHING:
            lines += [f"    v = o[{key}]", *(f"    {line}" for line in body)]
        else:
            namespace[f"d{i}"] = field.default
            lines += [f"    if {key} in o:", f"        v = o[{key}]"]
            lines += [f"        {line}" for line in body]
            lines += ["    else:", f"        a{i} = d{i}"]
        kwargs.append(f"{field.alias}=a{i}")
    lines.append(f"    return cl({', '.join(kwargs)})")
    source = "\n".join(lines)
    code = compile(source, f"<newsevents fast structure {cls.__qualname__}>", "exec")
    exec(code, namespace)  # noqa: S102 - code made from the class's own fields, as cattrs does
    return namespace["structure"]  # type: ignore[no-any-return]  # defined just above


def make_converter(*, detailed_validation: bool = False) -> cattrs.Converter:
    """A new `cattrs` converter configured for the newsevents model.

    Each call builds a fresh one: copy it (``converter.copy()``) and register hooks on
    the copy to teach it your own classes. It never touches ``cattrs.global_converter``.
    Structuring is strict: a string where a number belongs, an unknown key, a date that
    does not exist, each is refused.

    By default the converter is built for speed, and :func:`from_dict` re-reads data it
    refused with a detailed copy to say where each problem is. Strategies such as
    ``cattrs.strategies.configure_tagged_union`` capture the hooks of the converter they
    are applied to; apply them to a ``make_converter(detailed_validation=True)`` (slower)
    to have problems inside the members of a union located to the field.

    >>> from newsevents import Place
    >>> converter = make_converter()
    >>> converter.unstructure(Place(name="Havana", country="CU"))
    {'name': 'Havana', 'country': 'CU', 'spans': []}
    >>> converter.structure({"name": "Havana"}, Place)
    Place(name='Havana', country=None, spans=())
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed_validation)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(pendulum.Date, _structure_date)
    converter.register_unstructure_hook(pendulum.Date, _unstructure_date)
    converter.register_structure_hook_factory(_is_enum, _enum_structure_factory)
    converter.register_structure_hook_factory(_is_optional, _optional_structure_factory)
    converter.register_unstructure_hook_factory(_is_optional, _optional_unstructure_factory)
    converter.register_unstructure_hook_factory(_is_enum, lambda _: _enum_value)
    converter.register_structure_hook_factory(_is_tuple_of, _tuple_structure_factory)
    converter.register_unstructure_hook_factory(_is_tuple_of, _tuple_unstructure_factory)
    converter.register_structure_hook_factory(attrs.has, _attrs_structure_factory)
    converter.register_unstructure_hook_factory(attrs.has, _attrs_unstructure_factory)
    return converter


_converter = make_converter()
_detailed_converter: cattrs.Converter | None = None


def _detailed(converter: cattrs.Converter) -> cattrs.Converter:
    """A copy of ``converter`` that collects every problem; kept for the default one."""
    global _detailed_converter  # noqa: PLW0603 - a lazily built cache of our own converter
    if converter.detailed_validation:
        return converter
    if converter is not _converter:
        detailed = converter.copy(detailed_validation=True)
        # cattrs' copy() leaves behind the structure hooks that register_structure_hook
        # keeps for unions (configure_tagged_union makes one): carry them over, or the
        # careful pass would not know the downstream package's union at all.
        detailed._union_struct_registry.update(converter._union_struct_registry)  # noqa: SLF001 - see above
        detailed._structure_func.clear_cache()  # noqa: SLF001 - ditto
        return detailed
    if _detailed_converter is None:
        _detailed_converter = converter.copy(detailed_validation=True)
    return _detailed_converter


# --- problems from exceptions -----------------------------------------------------------


_Segment = str | int
_Located = tuple[tuple[_Segment, ...], str]


def _format_path(segments: tuple[_Segment, ...]) -> str:
    """Write a path the JSONPath way: ``$.meetings[0].when``, ``$["two words"]``."""
    parts = ["$"]
    for step in segments:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        elif step.isidentifier():
            parts.append(f".{step}")
        else:
            parts.append(f"[{json.dumps(step)}]")
    return "".join(parts)


def _problems(exc: BaseException, path: tuple[_Segment, ...], out: list[_Located]) -> None:
    """Add to ``out`` every leaf problem under ``exc``, each with its path into the data."""
    if isinstance(exc, BaseValidationError):
        for sub in exc.exceptions:
            sub_path = path
            for note in reversed(getattr(sub, "__notes__", ())):
                if isinstance(note, AttributeValidationNote):
                    sub_path = (*path, note.name)
                    break
                if isinstance(note, IterableValidationNote):
                    sub_path = (*path, note.index)
                    break
            _problems(sub, sub_path, out)
    elif isinstance(exc, ForbiddenExtraKeysError):
        known = ", ".join(a.name for a in attrs.fields(exc.cl))
        if issubclass(exc.cl, Article):
            known = f"{_SCHEMA_KEY}, {known}"
        out.extend(
            (
                (*path, str(key)),
                f"unknown key (known keys: {known})",
            )
            for key in sorted(map(str, exc.extra_fields))
        )
    elif isinstance(exc, KeyError):
        key = exc.args[0] if exc.args else None
        if path and key == path[-1]:
            out.append((path, "required key missing"))
        else:  # from a hook that looks a value up: a tagged union's tag, for instance
            out.append((path, f"no such key or tag: {_describe(key)}"))
    elif isinstance(exc, InvalidValueError):
        out.append(((*path, *exc.path), str(exc)))
    elif isinstance(exc, (_ExpectedError, _SchemaVersionError)):
        out.append((path, str(exc)))
    elif isinstance(exc, RecursionError):
        out.append((path, "data nested too deeply"))
    else:
        out.append((path, f"cannot structure: {type(exc).__name__}: {exc}"))


def _document_order(data: Any, path: tuple[_Segment, ...]) -> tuple[int, ...]:
    """Where ``path`` lies in ``data``, as positions, so problems sort as the data reads.

    A key the data lacks (a required one) sorts before the keys it has.
    """
    order = []
    for step in path:
        if isinstance(data, dict):
            keys = list(data)
            position = keys.index(step) if step in data else -1
            data = data.get(step)
        elif isinstance(data, list) and isinstance(step, int) and 0 <= step < len(data):
            position, data = step, data[step]
        else:
            position, data = -1, None
        order.append(position)
    return tuple(order)


def _type_name(cls: Any) -> str:
    # On Python 3.10 ``tuple[int, ...]`` passes for a type: ask for a generic's origin too.
    plain = isinstance(cls, type) and typing.get_origin(cls) is None
    return cls.__name__ if plain else repr(cls)


def _decode_error(
    data: Any, cls: Any, converter: cattrs.Converter, fast_error: Exception
) -> DecodeError | None:
    """Run the slow, collecting pass over data the fast pass refused, and say why."""
    located = _locate(data, cls, converter, fast_error)
    return _sorted_error(data, located, cls)


def _sorted_error(data: Any, located: list[_Located], cls: Any) -> DecodeError | None:
    """One error of every located problem, in the order the data reads; None if none."""
    located.sort(key=lambda item: _document_order(data, item[0]))
    problems = [Problem(_format_path(path), message) for path, message in located]
    return DecodeError(problems, what=_type_name(cls)) if problems else None


def _locate(
    data: Any, cls: Any, converter: cattrs.Converter, fast_error: Exception
) -> list[_Located]:
    """Every problem of ``data`` as a ``cls``, each with its path, by the careful pass."""
    located: list[_Located] = []
    try:
        _detailed(converter).structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - turned into problems below
        _problems(exc, (), located)
    else:  # the fast pass failed where the careful one did not: report what it said
        _problems(fast_error, (), located)
    return located


# --- dicts ------------------------------------------------------------------------------


def to_dict(
    obj: Any, *, converter: cattrs.Converter | None = None, unstructure_as: Any = None
) -> Any:
    """``obj`` as JSON-ready data: dicts, lists, strings, numbers, booleans and None.

    >>> from newsevents import Span
    >>> to_dict(Span(start=0, end=6))
    {'start': 0, 'end': 6}
    """
    return (converter or _converter).unstructure(obj, unstructure_as=unstructure_as)


@overload
def from_dict(data: Any, cls: type[_T], *, converter: cattrs.Converter | None = None) -> _T: ...
@overload
def from_dict(data: Any, cls: Any, *, converter: cattrs.Converter | None = None) -> Any: ...
def from_dict(data: Any, cls: Any, *, converter: cattrs.Converter | None = None) -> Any:
    """Build a ``cls`` from JSON-ready data, the inverse of :func:`to_dict`.

    Anything wrong raises one :class:`~newsevents.errors.DecodeError` listing every
    problem with its JSON path.

    >>> from newsevents import Span
    >>> from_dict({"start": 0, "end": 6}, Span)
    Span(start=0, end=6)
    >>> from_dict({"start": 6, "end": "7"}, Span)
    Traceback (most recent call last):
    ...
    newsevents.errors.DecodeError: cannot decode Span: 1 problem
      $.end: expected an integer, got '7'
    """
    converter = converter or _converter
    try:
        return converter.structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - the fast path failed; find out what and where
        error = _decode_error(data, cls, converter, exc)
    if error is None:  # pragma: no cover - _problems always finds at least one
        raise DecodeError([Problem("$", "cannot structure")], what=_type_name(cls))
    # The problems say everything; cattrs' exception groups would only bury them.
    raise error from None


# --- JSON -------------------------------------------------------------------------------


def to_json(
    obj: Any,
    *,
    converter: cattrs.Converter | None = None,
    unstructure_as: Any = None,
    pretty: bool = False,
) -> str:
    """``obj`` as JSON text, compact, or indented by two spaces when ``pretty``.

    Uses ``orjson`` where it is installed (the ``orjson`` extra) and the standard
    library's ``json`` otherwise; both write the same data.

    >>> from newsevents import Place
    >>> to_json(Place(name="Bogotá", country="CO"))
    '{"name":"Bogotá","country":"CO","spans":[]}'
    """
    return _encode(
        (converter or _converter).unstructure(obj, unstructure_as=unstructure_as), pretty
    )


try:
    import orjson
except ImportError:  # pragma: no cover - exercised in the nox session without extras

    def _encode(data: Any, pretty: bool) -> str:  # noqa: FBT001 - private
        try:
            if pretty:
                text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
            else:
                text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise EncodeError(f"cannot write JSON: {exc}") from exc
        if not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:  # what orjson says of the same data
                raise EncodeError(
                    "cannot write JSON: str is not valid UTF-8: surrogates not allowed"
                ) from None
        return text

    def _parse(text: str | bytes | bytearray | memoryview) -> Any:
        repeated: dict[int, tuple[dict[str, Any], list[str]]] = {}

        def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            obj = dict(pairs)
            if len(obj) != len(pairs):
                seen: set[str] = set()
                twice = [k for k, _ in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]  # add() is None
                repeated[id(obj)] = (obj, list(dict.fromkeys(twice)))
            return obj

        if not isinstance(text, str):
            text = bytes(text).decode("utf-8")  # strict, as orjson: no UTF-16, no surrogates
        surrogate = _lone_surrogate(text)
        if surrogate is not None:
            raise surrogate
        data = json.loads(
            text,
            object_pairs_hook=pairs_hook,
            parse_constant=_refuse_constant,
            parse_float=_parse_finite_float,
        )
        if "\\u" in text:
            _check_surrogate_escapes(text)
        if repeated:
            raise _DuplicateKeysError(data, _duplicate_problems(data, repeated))
        return data

else:

    def _encode(data: Any, pretty: bool) -> str:  # noqa: FBT001 - private
        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2 if pretty else 0).decode()
        except TypeError as exc:  # orjson.JSONEncodeError: a lone surrogate, say
            raise EncodeError(f"cannot write JSON: {exc}") from exc

    def _parse(text: str | bytes | bytearray | memoryview) -> Any:
        return orjson.loads(text)


class _TokenError(ValueError):
    """The standard library's reader met a token that orjson refuses."""


def _refuse_constant(name: str) -> Any:
    """Refuse ``NaN``, ``Infinity`` and ``-Infinity``, which are not JSON."""
    raise _TokenError(f"{name} is not a JSON value")


def _parse_finite_float(text: str) -> float:
    """Read a JSON number as a float, refusing one too big for a double (``1e400``)."""
    value = float(text)
    if math.isinf(value):
        raise _TokenError(f"number {text} is infinity when read as a double")
    return value


_ESCAPE = re.compile(r"\\(?:u([dD][89a-fA-F][0-9a-fA-F]{2})|.)", re.DOTALL)
"""One backslash escape of a JSON string, with the hex digits of a surrogate's."""


def _check_surrogate_escapes(text: str) -> None:
    r"""Refuse a ``\uD800`` escape that is not a high surrogate followed by a low one.

    The escapes are read in order, so an escaped backslash never starts a false one.

    >>> _check_surrogate_escapes(r'"\ud83d\ude00 \\ud800"')
    >>> _check_surrogate_escapes(r'"a\ud800b"')
    Traceback (most recent call last):
    ...
    json.decoder.JSONDecodeError: lone surrogate \ud800 in a string: line 1 column 3 (char 2)
    """
    pending: re.Match[str] | None = None  # a high surrogate waiting for its low one
    for match in _ESCAPE.finditer(text):
        hex_digits = match[1]
        low = hex_digits is not None and hex_digits[1] in "cdefCDEF"
        if pending is not None:
            if low and match.start() == pending.end():
                pending = None
                continue
            break  # the high surrogate is alone
        if hex_digits is None:
            continue
        pending = match
        if low:  # a low surrogate with no high one before it
            break
    if pending is not None:
        message = f"lone surrogate {pending[0]} in a string"
        raise json.JSONDecodeError(message, text, pending.start())


class _DuplicateKeysError(Exception):
    """The JSON text repeats a key in an object; ``data`` is what the parser made of it."""

    def __init__(self, data: Any, located: list[_Located]) -> None:
        super().__init__("duplicate keys")
        self.data = data
        self.located = located


def _duplicate_problems(
    data: Any, repeated: dict[int, tuple[dict[str, Any], list[str]]]
) -> list[_Located]:
    """Where each object that repeats a key lies in ``data``, with the keys it repeats."""
    out: list[_Located] = []
    stack: list[tuple[tuple[_Segment, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            if id(value) in repeated:
                out.extend(
                    ((*path, key), "duplicate key: the object gives it more than once")
                    for key in repeated[id(value)][1]
                )
            stack.extend(((*path, k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, i), v) for i, v in enumerate(value))
    return out


_BOM: Final = b"\xef\xbb\xbf"


def _loads(text: str | bytes | bytearray | memoryview, what: str, *, bom: bool = True) -> Any:
    """Parse JSON text, raising a :class:`DecodeError` for text that is not JSON.

    Both readers get the same policy: bytes must be strict UTF-8, where one leading byte
    order mark is allowed (and dropped); text (``str``) must hold no byte order mark and
    no lone surrogate. The checks are made only after the reader refused the text, so
    they cost nothing on good input.
    """
    try:
        return _parse(text)
    except (ValueError, RecursionError) as exc:
        if isinstance(text, str):
            problem = _surrogate_problem(text) or _text_problem(exc)
        elif bom and bytes(text[:3]) == _BOM:
            return _loads(text[3:], what, bom=False)
        else:
            try:
                bytes(text).decode("utf-8")
            except UnicodeDecodeError as error:
                bad = error.object[error.start : error.end]
                problem = Problem(
                    "$",
                    f"invalid JSON: the bytes are not UTF-8 text: {error.reason} "
                    f"({bad.hex(' ')}) at byte {error.start}",
                )
            else:
                problem = _text_problem(exc)
    raise DecodeError([problem], what=what)


def _surrogate_problem(text: str) -> Problem | None:
    r"""Where ``text`` holds a lone surrogate, which no UTF-8 reader takes; None if nowhere.

    >>> print(_surrogate_problem('{"text": "a\ud800"}'))
    $: invalid JSON at line 1, column 12: lone surrogate '\ud800' is not text
    """
    error = _lone_surrogate(text)
    return None if error is None else _text_problem(error)


def _lone_surrogate(text: str) -> json.JSONDecodeError | None:
    """The reader's error for the first lone surrogate in ``text``; None if it holds none."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        message = f"lone surrogate {text[exc.start]!r} is not text"
        return json.JSONDecodeError(message, text, exc.start)
    return None


def _text_problem(exc: ValueError | RecursionError) -> Problem:
    """The problem of JSON text that the reader refused with ``exc``."""
    if isinstance(exc, json.JSONDecodeError):  # orjson's error is one too
        message = exc.msg
        if "recursion" in message.lower():
            message = "nested too deeply"
        where = f" at line {exc.lineno}, column {exc.colno}" if exc.lineno else ""
        return Problem("$", f"invalid JSON{where}: {message}")
    if isinstance(exc, RecursionError):
        return Problem("$", "invalid JSON: nested too deeply")
    # the standard library's limit on the digits of an int, NaN, a number too big...
    return Problem("$", f"invalid JSON: {exc}")


@overload
def from_json(
    text: str | bytes | bytearray | memoryview,
    cls: type[_T],
    *,
    converter: cattrs.Converter | None = None,
) -> _T: ...
@overload
def from_json(
    text: str | bytes | bytearray | memoryview,
    cls: Any,
    *,
    converter: cattrs.Converter | None = None,
) -> Any: ...
def from_json(
    text: str | bytes | bytearray | memoryview,
    cls: Any,
    *,
    converter: cattrs.Converter | None = None,
) -> Any:
    """Build a ``cls`` from JSON text (``str`` or UTF-8 ``bytes``), the inverse of :func:`to_json`.

    Both readers refuse the same text, with one difference: a key given twice in one
    object (``{"text": "A", "text": "B"}``) is reported as a problem at its path by the
    standard library's reader, while ``orjson``, which cannot see it, keeps the last value.

    >>> from newsevents import Place
    >>> from_json('{"name": "Havana", "country": "CU"}', Place)
    Place(name='Havana', country='CU', spans=())
    >>> from_json('{"name": "Havana",', Place)
    Traceback (most recent call last):
    ...
    newsevents.errors.DecodeError: cannot decode Place: 1 problem
      $: invalid JSON at line 1, column ...
    """
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        raise TextInputError("text", text)
    try:
        data = _loads(text, _type_name(cls))
    except _DuplicateKeysError as exc:  # the standard library's reader found some
        converter = converter or _converter
        located = exc.located
        try:
            converter.structure(exc.data, cls)
        except Exception as error:  # noqa: BLE001 - collected with the duplicates
            located += _locate(exc.data, cls, converter, error)
        raise _sorted_error(exc.data, located, cls) from None  # type: ignore[misc]  # never None: duplicates
    return from_dict(data, cls, converter=converter)


# --- JSON Lines -------------------------------------------------------------------------


class SkippedLineWarning(UserWarning):
    r"""``read_jsonl(..., skip_errors=True)`` skipped a line it could not decode.

    It is issued only when no ``on_error`` callback was given; ``error`` holds the
    :class:`~newsevents.errors.DecodeError`, whose ``line`` is the line number.

    >>> import io, warnings
    >>> from newsevents import Span
    >>> lines = io.StringIO('{"start": 1}\n{"start": 1, "end": 2}\n')
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     list(read_jsonl(lines, Span, skip_errors=True))
    [Span(start=1, end=2)]
    >>> caught[0].message.error.line
    1
    """

    def __init__(self, error: DecodeError) -> None:
        """Carry the error of the skipped line."""
        super().__init__(f"skipped a line: {error}")
        self.error = error


def _is_binary(fp: Any) -> bool:
    return isinstance(fp, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(fp, "mode", "")


def to_jsonl(
    items: Iterable[Any],
    fp_or_path: str | os.PathLike[str] | typing.IO[str] | typing.IO[bytes],
    *,
    converter: cattrs.Converter | None = None,
) -> int:
    r"""Write ``items`` to a JSON Lines file, one JSON object a line; return how many.

    ``fp_or_path`` is a path (the file is created or replaced, UTF-8) or an open text
    or binary file. Items are written one at a time, so ``items`` can be a generator
    over more data than fits in memory.

    >>> import io
    >>> from newsevents import Span
    >>> out = io.StringIO()
    >>> to_jsonl([Span(start=0, end=6), Span(start=7, end=12)], out)
    2
    >>> out.getvalue()
    '{"start":0,"end":6}\n{"start":7,"end":12}\n'
    """
    if isinstance(fp_or_path, (str, os.PathLike)):
        with open(fp_or_path, "w", encoding="utf-8", newline="\n") as fp:  # noqa: PTH123 - a path or a file
            return to_jsonl(items, fp, converter=converter)
    binary = _is_binary(fp_or_path)
    write = fp_or_path.write
    count = 0
    for item in items:
        line = to_json(item, converter=converter) + "\n"
        write(line.encode() if binary else line)  # type: ignore[arg-type]  # str or bytes, matching the file
        count += 1
    return count


def read_jsonl(
    fp_or_path: str | os.PathLike[str] | typing.IO[str] | typing.IO[bytes],
    cls: type[_T],
    *,
    skip_errors: bool = False,
    on_error: Callable[[DecodeError], object] | None = None,
    converter: cattrs.Converter | None = None,
) -> Iterator[_T]:
    r"""Read a JSON Lines file one line at a time, yielding a ``cls`` for each record.

    A line that cannot be decoded raises a :class:`~newsevents.errors.DecodeError`
    whose ``line`` is its line number (from 1). With ``skip_errors=True`` reading goes
    on, every good line is yielded, and each bad line's error goes to ``on_error``, or,
    without a callback, into a :class:`SkippedLineWarning`. Blank lines are skipped, and a
    byte order mark at the start of the file is dropped. A text file whose bytes its
    encoding cannot decode ends the stream with an error at the first line it could not
    read; a text file decodes ahead, so the bad bytes may lie some lines further on (open
    the file in binary mode, or pass a path, to have each bad line reported and skipped).

    >>> import io
    >>> from newsevents import Span
    >>> lines = io.StringIO('{"start": 0, "end": 6}\n{"start": 9}\n{"start": 7, "end": 12}\n')
    >>> bad = []
    >>> list(read_jsonl(lines, Span, skip_errors=True, on_error=bad.append))
    [Span(start=0, end=6), Span(start=7, end=12)]
    >>> print(bad[0])
    cannot decode Span on line 2: 1 problem
      $.end: required key missing
    """
    if isinstance(fp_or_path, (str, os.PathLike)):
        with open(fp_or_path, "rb") as fp:  # noqa: PTH123 - a path or a file
            yield from read_jsonl(
                fp, cls, skip_errors=skip_errors, on_error=on_error, converter=converter
            )
        return
    what = _type_name(cls)
    lines = iter(fp_or_path)
    number = 0
    while True:
        number += 1
        try:
            line: Any = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:  # a text file whose bytes are not its encoding
            problem = Problem(
                "$",
                f"the file's bytes are not {exc.encoding} text: {exc.reason} "
                f"({exc.object[exc.start : exc.end].hex(' ')})",
            )
            error = DecodeError([problem], what=what, line=number)
            # A text file's decoder cannot resume past bad bytes: the stream ends here.
            if not skip_errors:
                raise error from None
            _skipped(error, on_error)
            return
        try:
            if isinstance(line, str):
                if number == 1:  # a byte order mark may open the file, and only the file
                    line = line.removeprefix("\ufeff")
                if not line.strip():
                    continue
            elif isinstance(line, (bytes, bytearray)):
                if number == 1:
                    line = line.removeprefix(_BOM)
                if not line.strip():
                    continue
            else:
                raise DecodeError(  # noqa: TRY301 - reported with the others just below
                    [Problem("$", f"expected a line of text or bytes, got {_describe(line)}")],
                    what=what,
                )
            yield from_json(line, cls, converter=converter)
        except DecodeError as exc:
            error = DecodeError(exc.problems, what=exc.what, line=number)
            if not skip_errors:
                raise error from None
            _skipped(error, on_error)


def _skipped(error: DecodeError, on_error: Callable[[DecodeError], object] | None) -> None:
    """Hand the error of a skipped line to ``on_error``, or warn of it."""
    if on_error is not None:
        on_error(error)
    else:
        warnings.warn(SkippedLineWarning(error), stacklevel=3)


# --- JSON Schema ------------------------------------------------------------------------

_NON_EMPTY: Final = {"type": "string", "minLength": 1, "pattern": r"\S"}


def _field_constraints(cls: type, field: attrs.Attribute[Any]) -> dict[str, Any] | None:
    """What a field's validator asks, written as JSON Schema; None if nothing known."""
    validator = field.validator
    if validator is _model._non_empty or validator is _model._optional_non_empty:  # noqa: SLF001 - the schema mirrors the model's own rules
        return dict(_NON_EMPTY)
    if validator is _model._country:  # noqa: SLF001 - ditto
        return {"type": "string", "enum": sorted(_model.country_codes())}
    if validator is _model._offset or (issubclass(cls, Span) and field.name in ("start", "end")):  # noqa: SLF001 - ditto
        # Span checks its offsets in __attrs_post_init__, for speed, not in validators.
        return {"type": "integer", "minimum": 0}
    if validator is _model._strings:  # noqa: SLF001 - ditto
        return {"type": "array", "items": dict(_NON_EMPTY)}
    if validator is _model._finite:  # noqa: SLF001 - ditto
        return {"type": "number"}
    return None


class _SchemaBuilder:
    """Write the JSON Schema of attrs classes, one ``$defs`` entry per class."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of_type(self, t: Any) -> dict[str, Any]:
        """The schema of a value of type ``t``."""
        args = typing.get_args(t)
        if t is type(None):
            return {"type": "null"}
        if typing.get_origin(t) in (typing.Union, _union_type) and args:
            options = [self.of_type(a) for a in args]
            return {"anyOf": options}
        if _is_tuple_of(t):
            return {"type": "array", "items": self.of_type(args[0])}
        if t is str:
            return {"type": "string"}
        if t is bool:
            return {"type": "boolean"}
        if t is int:
            return {"type": "integer"}
        if t is float:
            return {"type": "number"}
        if isinstance(t, type) and issubclass(t, dt.date):
            return {"type": "string", "format": "date", "pattern": _SCHEMA_DATE_PATTERN}
        if _is_enum(t):
            return {"enum": [m.value for m in t]}
        if attrs.has(t):
            return self.of_class(t)
        return {}

    def of_class(self, cls: type) -> dict[str, Any]:
        """A reference to the schema of attrs class ``cls``, written once into ``$defs``."""
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: classes may refer to themselves
            hints = typing.get_type_hints(cls)
            properties: dict[str, Any] = {}
            required: list[str] = []
            if issubclass(cls, Article):
                properties[_SCHEMA_KEY] = {"const": SCHEMA_VERSION}
                required.append(_SCHEMA_KEY)
            for field in attrs.fields(cls):
                schema = self.of_type(hints[field.name])
                constraints = _field_constraints(cls, field)
                if constraints is not None:
                    optional = typing.get_args(hints[field.name])
                    if type(None) in optional:
                        schema = {"anyOf": [constraints, {"type": "null"}]}
                    else:
                        schema = constraints
                if field.__doc__:
                    schema = {"description": " ".join(field.__doc__.split()), **schema}
                properties[field.name] = schema
                if field.default is attrs.NOTHING:
                    required.append(field.name)
            self.defs[name] = {
                "type": "object",
                "title": name,
                "description": (cls.__doc__ or "").strip().split("\n", 1)[0],
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}


_union_type: Any = type(int | str)


def json_schema(cls: type = Article) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what :func:`to_json` writes for ``cls``.

    By default the schema of an :class:`~newsevents.Article`; any attrs class of the
    model (or a subclass of one) can be given.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["properties"]["schema"]
    {'const': 'newsevents/article/1'}
    >>> sorted(schema["$defs"])[:3]
    ['Actor', 'Dateline', 'Meeting']
    """
    builder = _SchemaBuilder()
    ref = builder.of_class(cls)["$ref"]
    name = ref.rsplit("/", 1)[1]
    root = builder.defs.pop(name)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsevents.invalid/schema/{name.lower()}/1",
        **root,
        "$defs": builder.defs,
    }
