"""The README's commands are the ones CI runs; the examples themselves run via conftest.py."""

from __future__ import annotations

import pathlib
import re

ROOT = pathlib.Path(__file__).parent.parent
FIRST_CONSOLE_BLOCK = re.compile(r"```console\n(?P<body>.*?)```", re.DOTALL)


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    match = FIRST_CONSOLE_BLOCK.search(readme)
    assert match is not None
    return [line.removeprefix("$ ") for line in match["body"].splitlines() if line.strip()]


def test_readme_opens_with_install_and_test_commands() -> None:
    """The README's first block installs and runs the example, then runs every test."""
    install = (
        "python3 -m venv .venv && .venv/bin/python -m pip install . "
        "&& .venv/bin/newsevents parse --example"
    )

    assert [install, "python3 -m pip install nox && python3 -m nox"] == _readme_commands()


def test_ci_runs_exactly_the_readme_test_command() -> None:
    """``.ci/run`` ends with the README's test command, word for word."""
    script = (ROOT / ".ci" / "run").read_text("utf-8")
    commands = [line for line in script.splitlines() if line.strip() and not line.startswith("#")]

    assert _readme_commands()[1] == commands[-1]


def test_ci_script_stops_at_the_first_failure() -> None:
    """``.ci/run`` is a bash script that stops on any error, unset variable or failed pipe."""
    script = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()

    assert ["#!/usr/bin/env bash", "set -euo pipefail"] == [
        script[0],
        next(line for line in script if line.startswith("set ")),
    ]


def test_every_docs_page_is_a_markdown_page() -> None:
    """The docs are Markdown (MyST): no stray reStructuredText page escapes the tests."""
    assert [] == sorted(p.name for p in (ROOT / "docs").glob("*.rst"))


def test_reference_lists_every_public_name() -> None:
    """Every name ``newsevents`` exports is in the reference page, or in a module it documents.

    The serialization functions and the errors are documented with their modules, which
    the page includes whole; everything else is named on the page.
    """
    import newsevents  # noqa: PLC0415 - imported here, where the test needs it
    from newsevents import errors, serialize  # noqa: PLC0415 - ditto

    page = (ROOT / "docs" / "reference.md").read_text("utf-8")
    by_module = {*serialize.__all__, *errors.__all__}
    missing = [
        name
        for name in newsevents.__all__
        if not name.startswith("_") and name not in by_module and f"newsevents.{name}\n" not in page
    ]

    assert [] == missing
