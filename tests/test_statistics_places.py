"""Tests for the place of each statistic, on wire sentences written by the team."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsevents
from newsevents._clauses import Zones, _gazetteer
from newsevents._quantities import trie
from newsevents._statistics import (
    _NAMED_PLACE,
    _adjectives,
    _clause_breaks,
    _currency_place,
    _kept,
    _names_after_near,
    _place_names,
)


def _places(text: str) -> list[tuple[float, str | None]]:
    article = newsevents.parse_article(text)
    return [(s.value, s.place.name if s.place else None) for s in article.statistics]


def test_a_possessive_country_is_the_place_of_its_figure() -> None:
    """'Japan's trade surplus' places the surplus in Japan."""
    text = "TOKYO, March 3 - Japan's trade surplus rose to 8.2 billion dlrs in February."
    assert [(8.2e9, "Japan")] == _places(text)


def test_a_place_before_the_measure_is_its_place() -> None:
    """'The Paris CAC 40' and 'Seoul's Kospi' each place their own figure."""
    text = "FRANKFURT, June 9 - The Paris CAC 40 slipped 1.3% while Seoul's Kospi gained 0.6%."
    assert [(1.3, "Paris"), (0.6, "Seoul")] == _places(text)


def test_an_abbreviated_country_before_the_measure_is_its_place() -> None:
    """'the U.K. budget gap, which widened to ...' is a U.K. figure."""
    text = "LONDON, June 9 - Aides fret over the U.K. budget gap, which widened to 41 bln stg."
    assert [(4.1e10, "U.K.")] == _places(text)


def test_a_country_adjective_before_a_name_gives_the_country() -> None:
    """'the Russian RTS index' is a figure of Russia."""
    text = "MOSCOW, May 4 - The Russian RTS index gained 3.2% on Tuesday."
    assert [(3.2, "Russia")] == _places(text)


def test_a_country_adjective_before_the_measure_gives_the_country() -> None:
    """'French unemployment' is a figure of France."""
    text = "PARIS, May 4 - French unemployment rose to 10.2 pct in March."
    assert [(10.2, "France")] == _places(text)


def test_people_named_by_nationality_are_counted_not_placed() -> None:
    """'Cubans detained at the Florida coast' are placed at the coast, not in Cuba."""
    text = (
        "MIAMI, May 4 - The number of Cubans detained at the Florida coast reached 1,210 in April."
    )
    assert [(1210.0, "Florida")] == _places(text)


def test_a_partner_after_with_is_not_the_place() -> None:
    """'Japan's surplus with the United States' is Japan's figure."""
    text = "BRUSSELS, May 4 - He said Japan's surplus with the United States was 40 bln dlrs."
    assert [(4e10, "Japan")] == _places(text)


def test_a_place_after_near_is_the_place() -> None:
    """'two vessels in waters near Palawan' are placed near Palawan, not with the subject."""
    text = "MANILA, Aug 9 - Beijing sent two survey vessels into waters near Palawan."
    assert [(2.0, "Palawan")] == _places(text)


def test_a_place_after_from_before_the_number_is_the_place() -> None:
    """'Oil exports from Nigeria fell 5 pct' is a figure of Nigeria."""
    text = "LAGOS, May 4 - Oil exports from Nigeria fell 5 pct in April."
    assert [(5.0, "Nigeria")] == _places(text)


def test_a_sentence_opening_place_and_a_later_one_each_take_their_clause() -> None:
    """'In London, Brent ... while New York crude ...' gives each price its city."""
    text = (
        "LONDON, June 9 - In London, Brent crude settled at $61.15 for a barrel, "
        "while New York crude ended at $58.02."
    )
    assert [(61.15, "London"), (58.02, "New York")] == _places(text)


def test_a_relative_clause_keeps_the_place_before_it() -> None:
    """'the Kospi in Seoul, which climbed 1.7%, and the Brazilian Bovespa, which rose 3.2%'."""
    text = (
        "SEOUL, June 9 - Buyers lifted the Kospi in Seoul, which climbed 1.7%, "
        "and the Brazilian Bovespa, which rose 3.2%."
    )
    assert [(1.7, "Seoul"), (3.2, "Brazil")] == _places(text)


def test_an_unknown_name_after_the_province_of_is_the_place() -> None:
    """'in the province of Helmand' places the count in Helmand."""
    text = "KABUL, May 4 - Air strikes in the province of Helmand killed 12 civilians."
    assert [(12.0, "Helmand")] == _places(text)


def test_a_currency_sign_is_no_place() -> None:
    """'US$450 million each year to suppliers in Vietnam' is placed in Vietnam."""
    text = "OSAKA, June 9 - The order brings US$450 million each year to suppliers in Vietnam."
    assert [(4.5e8, "Vietnam")] == _places(text)


def test_a_sum_in_a_national_currency_without_a_place_is_its_country() -> None:
    """'C$2 billion' with no place named is a Canadian figure."""
    text = "DETROIT, May 4 - The carmaker will receive C$2 billion in loans."
    assert [(2e9, "Canada")] == _places(text)


@pytest.mark.parametrize("unit", [None, "USD", "EUR", "percent", "XAU"])
def test_a_dollar_a_euro_or_no_currency_gives_no_place(unit: str | None) -> None:
    """The dollar and the euro are used far beyond their countries: no place from them."""
    assert None is _currency_place(unit)


def test_the_clause_breaks_skip_a_comma_before_which() -> None:
    """A comma before 'which' breaks no clause; one before 'and' and a 'while' do."""
    text = "The index, which rose, and the bonds fell while oil rose"
    assert [text.index(", and"), text.index("while")] == _clause_breaks(text, 0, len(text))


def test_the_trie_matches_the_longest_name() -> None:
    """The trie pattern of 'new', 'new york' and 'newark' reads 'new york' whole."""
    pattern = re.compile(trie(["new", "new york", "newark"], gap=r"\s"))
    match = pattern.match("new york city")
    assert "new york" == (match.group() if match else None)


_SPACE = r"\s"
_PLACES = trie((n for n in _gazetteer() if n[:1].isalpha()), gap=_SPACE)
_ADJECTIVES = trie(_adjectives(), gap=_SPACE)
_PLAIN = re.compile(
    rf"(?<![\w.&'’-])(?=[A-Z])"
    rf"(?:(?i:(?P<place>{_PLACES}))(?![\w$&-])"
    rf"|(?i:(?P<adjective>{_ADJECTIVES}))(?=[ \t]+[A-Za-z]))"
)
"""The plain rule the one-branch-a-letter pattern stands for: a place or an adjective
before a word, opening a word with a capital."""

_TOKENS = st.sampled_from(
    (
        *("Japan", "Japanese", "U.S.", "US", "$", "New", "York", "Russian", "Russians"),
        *("French", "jobs", "Niger", "Nigerian", "Indiana", "UK", "'s", ".", "-", "x", "&"),
        *(" ", "\t"),
    )
)


@given(st.lists(_TOKENS, max_size=12).map("".join))
def test_the_letter_branches_find_what_the_plain_rule_finds(text: str) -> None:
    """The pattern of one branch a first letter finds the places the plain pattern finds."""
    plain = [(m.start(), m.end()) for m in _PLAIN.finditer(text)]
    assert plain == [(start, end) for start, end, _ in _place_names(text, 0, len(text))]


_NEAR_TOKENS = st.sampled_from(
    (
        *("near", "outside", "of", "Of", "NEAR", "X", "Kunduz", "Herat", "-near", "X-near"),
        *("Xof", "-", "_", "é", "É", "'", "a", "province"),
    )
)
_NEAR_GAPS = st.sampled_from((" ", " ", "\t", "\n", "\x1c", "", "  ", ",", "\u00a0"))


@given(
    st.lists(st.tuples(_NEAR_TOKENS, _NEAR_GAPS), max_size=12).map(
        lambda parts: "".join(word + gap for word, gap in parts)
    ),
    st.integers(0, 120),
    st.integers(0, 120),
)
def test_names_after_near_are_those_the_plain_pattern_finds(text: str, a: int, b: int) -> None:
    """The three patterns that open with their word find the names the plain pattern finds."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    plain = [(m.start(), m.end(), m.group()) for m in _NAMED_PLACE.finditer(text, start, end)]
    assert plain == _names_after_near(text, start, end)


def test_place_names_in_a_megabyte_of_capitals_and_dots_are_each_read() -> None:
    """A megabyte of capitals, dots and dollars gives each place that a word follows.

    Each "Russian" before the next "U.S.U.S.A." is Russia; the last, ending the text, is not.

    Its time against its length is measured by the bench (``nox -s bench``, part d).
    """
    unit = "U.S.U.S.A. Japan$ New N.Y. Russian "
    counts = [len(_place_names(unit * n, 0, len(unit) * n)) for n in (1, 30_000)]
    assert [0, 29_999] == counts


def test_a_place_inside_a_skipped_span_is_dropped() -> None:
    """_place_names finds 'Japan' in 'Bank of Japan'; _kept drops it inside the bank's span."""
    text = "The Bank of Japan injected 5 trillion yen."
    found = _place_names(text, 0, len(text))
    assert [(12, 17, "Japan")] == found
    assert [] == _kept(text, 0, found, Zones([(4, 17)]))
