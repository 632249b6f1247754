"""Hypothesis profiles for the test suite.

- ``dev`` (the default): few examples, for a quick local run.
- ``ci``: loaded when the ``CI`` environment variable is set; more examples, no deadline
  (shared CI machines stall), and a database-free, reproducible run.
- ``thorough``: many examples, for a run before a release:
  ``HYPOTHESIS_PROFILE=thorough pytest``.

Only the ``too_slow`` health check is suppressed: building whole articles is slow by
nature, and every other health check points at a real mistake in a strategy.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SUPPRESS = [HealthCheck.too_slow]

settings.register_profile("dev", max_examples=25, suppress_health_check=_SUPPRESS)
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
