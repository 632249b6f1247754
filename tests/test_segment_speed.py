"""The segmenter's shortcuts find what the plain rules find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsevents._segment import _WORD, _pairs_before

_WORDS = st.sampled_from(["mine", "opened", "the", "in", "June", "plant", "Closed", "a", "-"])


def _contains(words: list[str], phrase: tuple[str, str]) -> bool:
    """The plain rule: ``phrase`` occurs in ``words`` as two consecutive words."""
    return any(tuple(words[i : i + 2]) == phrase for i in range(len(words) - 1))


@given(
    st.lists(_WORDS, max_size=30),
    st.sampled_from([" ", "  ", ", ", "\n"]),
    st.tuples(_WORDS, _WORDS),
)
def test_pairs_before_hold_every_two_word_phrase_of_the_window(
    words: list[str], gap: str, phrase: tuple[str, str]
) -> None:
    """A two-word phrase is among the pairs before a year exactly when the window holds it."""
    text = gap.join(words) + " 2021"
    match = re.search(r"2021", text)
    assert match is not None
    start = match.start()
    near = [w.casefold() for w in _WORD.findall(text[max(0, start - 64) : start])]
    folded = (phrase[0].casefold(), phrase[1].casefold())
    assert _contains(near, folded) == (folded in _pairs_before(text, match))
