"""Collect the examples in the docs and the docstrings, so pytest runs them as tests.

- ``docs/*.md``: every fenced ``python`` block runs; a block written as a doctest
  (``>>>`` prompts) has its output checked. ``<!-- skip: next -->`` skips the next one.
- ``src/newsevents/**/*.py``: every ``>>>`` example in a docstring.
- ``README.md``: its examples, as for the docs.

The examples of one page share a namespace, top to bottom, as a reader reads them.

The Hypothesis profiles are registered here, beside the example collectors, so that the
examples in docstrings run under the same profile as the tests:

- ``dev`` (the default): few examples, for a quick local run.
- ``ci``: loaded when the ``CI`` environment variable is set; more examples, and a
  database-free, reproducible run.

No profile has a deadline: a test that times its examples fails when a shared machine
stalls, and speed is the bench's to measure (``nox -s bench``), not the tests'.
- ``thorough``: many examples, for a run before a release:
  ``HYPOTHESIS_PROFILE=thorough pytest``.

Only the ``too_slow`` health check is suppressed: building whole articles is slow by
nature, and every other health check points at a real mistake in a strategy.
"""

from __future__ import annotations

import doctest
import os

from hypothesis import HealthCheck, settings
from sybil import Sybil
from sybil.parsers import markdown, rest
from sybil.sybil import SybilCollection

_SUPPRESS = [HealthCheck.too_slow]

settings.register_profile("dev", max_examples=25, deadline=None, suppress_health_check=_SUPPRESS)
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_SUPPRESS,
)
settings.register_profile(
    "thorough", max_examples=2_000, deadline=None, suppress_health_check=_SUPPRESS
)

settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

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
