"""Tests that the actor stage's speed shortcuts find what the plain rules they stand for find."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsevents._actors_base import ActorMention, Mention
from newsevents._actors_data import lexicon
from newsevents._actors_names import (
    _BACK_WORDS,
    _DOTTED,
    _FORWARD_WORDS,
    _JOINERS,
    _PREFIXES,
    _QUALIFIER_OPENING,
    _SP,
    _UP,
    NAME_RUN,
    BodyRecognizer,
    NameRecognizer,
    UnnamedRecognizer,
    _listed,
    _unnamed_patterns,
)
from newsevents._document import Document
from newsevents._text import ascii_text, sharing

_PLAIN_DOTTED = rf"(?:[{_UP}]\.){{2,}}"
_PLAIN_REST = r"[\w&.]*(?:[-'’][\w&.]+)*"
_PLAIN_SP = r"(?:[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?|\r?\n[ \t\u00a0]*)"
_PLAIN_NAME_RUN = re.compile(
    rf"[{_UP}]{_PLAIN_REST}(?:{_PLAIN_SP}(?:(?:{_JOINERS}){_PLAIN_SP})?"
    rf"(?:(?:{_PREFIXES})-)?[{_UP}]{_PLAIN_REST})*"
)
r"""The run of capitalised words written plainly: no gate before a word, ``\\w`` alone, the
optional parts as ``?``."""

_RUN_PIECES = st.sampled_from(
    [
        "Bank", "of", "of the", "Japan", "and", "&", "de", "la", "van der", "al-", "Abu",
        "al-Mansour", "ibn", "y", "zu", "El", "the", "said", "É", "é", "Ωmega", "_x", "9",
        "U.S.", "O'Neill", "’s", "-", ".", "x", "Ab", "ud-Din", "Über", "ſ", "\u212a",
    ]
)  # fmt: skip
_RUN_GAPS = st.sampled_from([" ", "  ", "\n", "\r\n", "\t", "\u00a0", "", "\n\n", " \n "])


@given(st.lists(st.tuples(_RUN_PIECES, _RUN_GAPS), max_size=12))
@example([("Bank", " "), ("of", " "), ("Japan", "")])
@example([("Andres", " "), ("de", " "), ("Arce", " "), ("said", "")])
@example([("Jean-Marie-Louis", " "), ("O'Neill's", " "), ("al-", ""), ("Mansour", "")])
def test_the_gated_name_run_finds_the_plain_runs(pieces: list[tuple[str, str]]) -> None:
    """The name-run pattern, with its gate and its ASCII-first classes, finds the plain runs."""
    text = "".join(piece + gap for piece, gap in pieces)
    expected = [m.span() for m in _PLAIN_NAME_RUN.finditer(text)]
    assert expected == [m.span() for m in NAME_RUN.finditer(text)]


@given(st.lists(st.sampled_from([" ", "\t", "\u00a0", "\n", "\r", "x", "-"]), max_size=8))
@example([" ", "\r", "\n", " "])
def test_the_blank_between_words_matches_as_written_plainly(chars: list[str]) -> None:
    """The blank between two words of a name, its line break an alternation, is the plain one."""
    text = "".join(chars)
    for at in range(len(text) + 1):
        plain = re.compile(_PLAIN_SP).match(text, at)
        found = re.compile(_SP).match(text, at)
        assert (plain and plain.span()) == (found and found.span())


_WORD_PIECES = st.sampled_from(
    ["U.S.", "U.", "u.s.", "A.B.C.", "É.U.", "Kenya", "’s", "'", "&", "-", ",", ".", " ", "\n",
     "x", "9", "(", "—", "ſ", "_"]
)  # fmt: skip


@given(st.lists(_WORD_PIECES, max_size=12))
@example(["U.S.", " ", "A.B.C.", ","])
def test_the_word_patterns_find_the_words_of_their_plain_forms(pieces: list[str]) -> None:
    """The words read around a name, dotted capitals written as one and more, are the plain ones."""
    text = "".join(pieces)
    for found, plain in (
        (_BACK_WORDS, rf"{_PLAIN_DOTTED}|[\w’'&-]+|,"),
        (_FORWARD_WORDS, rf"{_PLAIN_DOTTED}|[\w’'&-]+|[^\w\s]"),
    ):
        assert re.findall(plain, text) == found.findall(text)


_QUALIFIER_PIECES = st.sampled_from(
    [
        "a", "An", "ONE", "two", "ſeveral", "FİVE", "senior", "top", "local", "U.S.", "XU.S.",
        "Cuban", "x-senior", "banking", "oil", "Bank", "the", "(", ",", "—", "\u212a", "123",
        "western", "said", "xa", "_a", "é", "É", "informed", "government", "9",
    ]
)  # fmt: skip


@given(
    st.lists(st.tuples(_QUALIFIER_PIECES, _RUN_GAPS), max_size=7),
    st.integers(0, 12),
)
@example([("two", " "), ("senior", " "), ("U.S.", " "), ("government", " ")], 0)
def test_the_gated_qualifier_pattern_matches_where_the_plain_one_does(
    pieces: list[tuple[str, str]], lo: int
) -> None:
    """The words before a head noun are found as the plain pattern (no gate, "?") finds them."""
    window = "".join(piece + gap for piece, gap in pieces)
    _, before, _ = _unnamed_patterns(lexicon())
    assert before.pattern.startswith(_QUALIFIER_OPENING)
    # the plain pattern: no opening gate, the optional words written with "?", "{2,}"
    plain_pattern = before.pattern.removeprefix(_QUALIFIER_OPENING).replace(r"\s+|)", r"\s+)?")
    plain = re.compile(plain_pattern.replace(_DOTTED, _PLAIN_DOTTED))
    assert plain.pattern.count(r"\s+)?") == 4
    assert _PLAIN_DOTTED in plain.pattern
    lo = min(lo, len(window))
    m, p = before.search(window, lo), plain.search(window, lo)
    assert (p is None, p and p.span(), p and p.groupdict()) == (
        m is None,
        m and m.span(),
        m and m.groupdict(),
    )


_WRAPPED_PIECES = st.sampled_from(
    [
        "Finance Minister", "Tunde", "Adebayo", "Mr", "Kessler", ", deputy foreign minister,",
        "said", "the", "interior ministry", "Turkish", "central bank", "Peruvian", "officials",
        "a", "US", "official", "Bank of", "Japan", "Corvex", "Executive Vice President",
        "Dana Whitfield", "ambassador to the", "African Union", ",", ".", "in", "Lima",
        "government", "of", "Canada", "two", "sources", "U.S.", "spokesman", "Secretary of State",
        "Anne Porter", "Kenyan Dock Workers", "KDW", "'s", "Norway", "Brannock",
    ]
)  # fmt: skip
_WRAPS = st.sampled_from([" ", "\n", " \n", "\n ", ", ", ".\n", "\r\n"])


@given(st.lists(st.tuples(_WRAPPED_PIECES, _WRAPS), max_size=14))
@example([("Finance Minister", "\n"), ("Tunde", "\n"), ("Adebayo", " "), ("said", ".")])
@example([("the", "\n"), ("Turkish", "\n"), ("interior ministry", " "), ("said", ".")])
def test_a_built_in_mention_holds_a_line_break_in_its_name_only_where_its_text_does(
    pieces: list[tuple[str, str]],
) -> None:
    """A built-in mention's name and title hold a line break only where its text does."""
    text = "".join(piece + gap for piece, gap in pieces)
    document = Document(text=text)
    for recognizer in (NameRecognizer(), BodyRecognizer(), UnnamedRecognizer()):
        for m in recognizer.mentions(document):
            wrapped = "\n" in (m.name or "") or "\n" in (m.title or "")
            assert (wrapped and "\n" not in m.text) is False


@given(st.text(alphabet=" \n\tab", max_size=12), st.text(alphabet=" \nab", max_size=12))
def test_a_public_mention_comes_in_on_one_line(name: str, title: str) -> None:
    """A public mention with a line break in its name or title is put on one line as it comes in."""
    public = ActorMention(
        start=0,
        end=4,
        text="Acme",
        kind=None,
        name=name.strip() or None,
        title=title.strip() or None,
    )
    m = Mention.of(public)
    assert ("\n" in (m.name or ""), "\n" in (m.title or "")) == (False, False)
    if "\n" in (public.name or "") or "\n" in (public.title or ""):
        assert (m.name, m.title) == (
            " ".join(public.name.split()) if public.name else None,
            " ".join(public.title.split()) if public.title else None,
        )
    else:
        assert (m.name, m.title) == (public.name, public.title)


_LISTED = ("official", "officials", "spokesman", "spokeswoman", "aide", "source", "élite", "wh?t")
"""Words to list, two of them (beyond ASCII, with a question mark) never looked for in a
stand-in."""


@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [*_LISTED, "unofficial", "aide-de-camp", " ", ", ", "x", "\u2019", "\u201c"]
            ),
            st.sampled_from(["é", "officialé", "éofficial", "\xa0", "\u2014", "İ", "?", "٣", "wh"]),
        ),
        max_size=12,
    )
)
@example(["éofficial", " ", "officials\u2019", " ", "élite", " ", "wh?t", "wh\u2019t"])
def test_listed_words_are_found_in_a_stand_in_as_in_the_text(parts: list[str]) -> None:
    """With an ASCII stand-in of the text, the listed words are those an alternation finds."""
    text = "".join(parts)
    alternation = "|".join(re.escape(w) for w in sorted(_LISTED, key=len, reverse=True))
    expected = [m.span() for m in re.finditer(rf"\b(?:{alternation})\b", text)]
    with sharing(text):
        assert expected == _listed(text, frozenset(_LISTED), ascii_text(text))
    assert expected == _listed(text, frozenset(_LISTED))
