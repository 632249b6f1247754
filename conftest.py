"""Collect the examples in the docs and the docstrings, so pytest runs them as tests.

- ``docs/*.md``: every fenced ``python`` block runs; a block written as a doctest
  (``>>>`` prompts) has its output checked. ``<!-- skip: next -->`` skips the next one.
- ``src/newsevents/**/*.py``: every ``>>>`` example in a docstring.
- ``README.md``: its examples, as for the docs.

The examples of one page share a namespace, top to bottom, as a reader reads them.
"""

from __future__ import annotations

import doctest

from sybil import Sybil
from sybil.parsers import markdown, rest
from sybil.sybil import SybilCollection

_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

_docs = Sybil(
    parsers=[
        markdown.PythonCodeBlockParser(doctest_optionflags=_FLAGS),
        markdown.SkipParser(),
    ],
    path="docs",
    patterns=["*.md"],
    excludes=["_build/*"],
    name="docs",
)

_docstrings = Sybil(
    parsers=[rest.DocTestParser(optionflags=_FLAGS)],
    path="src",
    patterns=["*.py"],
    name="docstrings",
)

_readme = Sybil(
    parsers=[markdown.PythonCodeBlockParser(doctest_optionflags=_FLAGS)],
    path=".",
    patterns=["README.md"],
    excludes=["*/*"],
    name="readme",
)

pytest_collect_file = SybilCollection([_docs, _docstrings, _readme]).pytest()
