"""The public Hypothesis strategies: registered for st.from_type, valid, and complete."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from newsevents import (
    Actor,
    Article,
    Dateline,
    Granularity,
    Meeting,
    Place,
    Reference,
    Span,
    Statistic,
    TimeSpan,
)
from newsevents import strategies as nst

# Finding is enough: shrinking whole articles to the smallest example would take minutes.
NO_SHRINK = settings(max_examples=2_000, database=None, phases=[Phase.generate])

MODEL_CLASSES = (Span, TimeSpan, Place, Reference, Dateline, Actor, Meeting, Statistic, Article)

OPTIONAL_FIELDS = [
    (cls, field.name)
    for cls in MODEL_CLASSES
    for field in attrs.fields(cls)
    if field.default is not attrs.NOTHING
]


@pytest.mark.parametrize("cls", MODEL_CLASSES)
def test_from_type_gives_the_registered_strategy(cls: type) -> None:
    """``st.from_type`` builds each model class with the library's strategy."""
    value = find(st.from_type(cls), lambda _: True, settings=NO_SHRINK)

    assert type(value) is cls


@pytest.mark.parametrize(("cls", "name"), OPTIONAL_FIELDS)
def test_every_field_with_a_default_is_also_generated_otherwise(cls: type, name: str) -> None:
    """Each field that has a default is sometimes set to something else: none is forgotten."""
    default = attrs.fields_dict(cls)[name].default

    find(
        st.from_type(cls),
        lambda value: getattr(value, name) != default,
        settings=NO_SHRINK,
    )


@pytest.mark.parametrize("granularity", list(Granularity))
def test_every_granularity_is_generated(granularity: Granularity) -> None:
    """Time spans of every granularity come out of ``time_spans()``."""
    find(nst.time_spans(), lambda span: span.granularity is granularity, settings=NO_SHRINK)


@given(nst.articles())
def test_articles_hold_together(article: Article) -> None:
    """Generated articles' references resolve and their spans lie within the text."""
    ids = {actor.id for actor in article.actors}

    assert all(p in ids for m in article.meetings for p in m.participants)
    assert all(s.source in ids for s in article.statistics if s.source is not None)
    assert all(span.end <= len(article.text) for _, span in article._spans())


@given(nst.spans(text_length=12))
def test_spans_respect_the_text_length(span: Span) -> None:
    """``spans(text_length=n)`` stays within ``n`` characters."""
    assert 0 <= span.start <= span.end <= 12


@given(nst.time_spans(aligned=False))
def test_free_time_spans_are_ordered(span: TimeSpan) -> None:
    """Unaligned time spans still start no later than they end."""
    assert span.start <= span.end


@given(nst.names())
def test_names_are_never_blank(name: str) -> None:
    """Names are never empty or all whitespace."""
    assert name.strip()


@given(nst.meetings(actor_ids=[]))
def test_meetings_without_actors_have_no_participants(meeting: Meeting) -> None:
    """With no actor ids to draw from, a meeting has no participants."""
    assert () == meeting.participants


@given(nst.statistics(actor_ids=[]))
def test_statistics_without_actors_have_no_source(statistic: Statistic) -> None:
    """With no actor ids to draw from, a statistic has no source."""
    assert statistic.source is None


def test_strategies_module_lists_a_strategy_for_every_class() -> None:
    """Every public function of the module returns a strategy."""
    strategies: list[Any] = [getattr(nst, name)() for name in nst.__all__]

    assert all(isinstance(s, st.SearchStrategy) for s in strategies)
