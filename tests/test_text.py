"""Tests for the lower-case and ASCII views of a story that several stages share."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsevents import _text
from newsevents._text import _lower, ascii_lower, ascii_text, lower, sharing, skeleton

_TYPOGRAPHIC_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            (
                *("Talks", "IN", "said", "?", "??", " ", "\n", "42", "$", "_"),
                *("\u2019", "\u201c", "\u201d", "\u2014", "\xa0", "\u2009", "é", "ã", "€", "٣"),
                *("É", "Ã", "İ", "Σ", "ΟΔΟΣ", "ς", "\u212a", "ß", "\ud800", "\U0001f600"),
            )
        ),
        st.characters(),
    ),
    max_size=16,
).map("".join)
"""Text with the characters wire copy carries beyond ASCII, and those whose lower case
is another length ("İ") or hangs on the letters around it ("Σ")."""


@given(_TYPOGRAPHIC_TEXT)
@example("ΟΔΟΣ ΣΑ")
@example("Zoë’s \u201cvisit\u201d? ")
@example("AΣ b")
def test_the_lower_case_made_from_the_skeleton_is_str_lower(text: str) -> None:
    """The lower case made from the skeleton is what str.lower gives, for any text."""
    low, stand_in = _lower(text, text.encode("ascii", "replace"))
    assert text.lower() == low
    assert stand_in is None or low.encode("ascii", "replace").decode("ascii") == stand_in
    assert text.lower() == lower(text)
    with sharing(text):
        assert text.lower() == lower(text)


_NEEDLES = st.lists(
    st.sampled_from(("said", "in", "talks", "s", " ", "\n", ",", "a", "talks in", "e")),
    min_size=1,
    max_size=3,
).map("".join)


@given(_TYPOGRAPHIC_TEXT, _NEEDLES, st.integers(0, 20), st.integers(0, 20))
@example("\u201cSaid,\u201d SAİD \u212a said", "said", 0, 20)
def test_an_ascii_word_is_found_in_the_stand_ins_where_it_is_in_the_text(
    text: str, needle: str, lo: int, hi: int
) -> None:
    """find, startswith and in give in the ASCII stand-ins what they give in the text."""
    with sharing(text):
        low = lower(text)
        stand_in_low = ascii_lower(text)
        for real, stand_in in ((text, ascii_text(text)), (low, stand_in_low or low)):
            assert real.find(needle, lo, hi) == stand_in.find(needle, lo, hi)
            assert real.rfind(needle, lo, hi) == stand_in.rfind(needle, lo, hi)
            assert real.startswith(needle, lo) == stand_in.startswith(needle, lo)
            assert (needle in real[lo:hi]) == (needle in stand_in[lo:hi])
            assert stand_in.isascii()
            assert len(real) == len(stand_in)


def test_the_stand_ins_are_the_texts_themselves_where_nothing_is_gained() -> None:
    """Outside a parse, or for ASCII text, the text is its own stand-in; lower has none."""
    text, plain = "Talks in S\u00e3o Paulo", "Talks in Sao Paulo"
    assert text is ascii_text(text)
    assert ascii_lower(text) is None
    with sharing(plain):
        assert plain is ascii_text(plain)
        assert ascii_lower(plain) is None


@given(_TYPOGRAPHIC_TEXT)
def test_the_skeleton_is_ascii_offset_for_offset(text: str) -> None:
    """The skeleton has one byte per character: itself in ASCII, else a question mark."""
    expected = bytes(ord(c) if c.isascii() else ord("?") for c in text)
    assert expected == skeleton(text)


def test_a_story_being_parsed_is_lowered_once() -> None:
    """Within sharing(text), every ask about that text gets the one lower case made."""
    text = "Talks in S\u00e3o Paulo \u2014 \u201csoon\u201d"
    with sharing(text):
        first, second = lower(text), lower(text)
        assert first is second
        assert skeleton(text) is skeleton(text)
    assert "talks in s\u00e3o paulo \u2014 \u201csoon\u201d" == first


def test_another_text_or_no_parse_gets_views_of_its_own() -> None:
    """Outside sharing, or for another text object, each ask makes its view anew."""
    text = "Talks in S\u00e3o Paulo"
    other = text[:9] + text[9:]  # equal, but another object
    with sharing(text):
        assert lower(other) is not lower(other)
        assert "talks in s\u00e3o paulo" == lower(other)
    assert lower(text) is not lower(text)


def test_sharing_ends_with_its_block_and_nests() -> None:
    """A nested sharing of the same text keeps the outer views; each block restores."""
    text, other = "Talks in S\u00e3o Paulo", "Rain in \u00c9vora"
    with sharing(text):
        outer = lower(text)
        with sharing(text):
            assert outer is lower(text)
        with sharing(other):
            assert lower(other) is lower(other)
            assert lower(text) is not outer
        assert outer is lower(text)
    assert _text._STORY.get() is None
