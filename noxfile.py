"""Development tasks: ``python3 -m nox`` runs what CI runs; ``nox -s bench`` the benchmarks.

Every session installs what it needs from ``pyproject.toml`` (the package, its extras, and
the ``[dependency-groups]``, read by nox itself because older pips know no ``--group``), so
a fresh machine needs nothing but Python and nox.
"""

from __future__ import annotations

import os
import pathlib
import platform
import shutil

import nox

nox.options.default_venv_backend = "uv|virtualenv"  # uv where it is installed, else virtualenv
nox.options.reuse_venv = "yes"
nox.options.error_on_external_run = True
# The default sessions are what CI runs (.ci/run). `bench` is not one: it measures, and a
# shared CI machine measures badly.
nox.options.sessions = ["tests", "tests_versions", "lint", "typecheck", "docs"]

ROOT = pathlib.Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")

# The oldest and the newest Python the package supports; the current interpreter (the one
# running nox) gets the plain `tests` session. The ones between are not worth the minutes.
OLDEST_AND_NEWEST = ["3.10", "3.13"]


def _let_pyenv_shims_find_every_version() -> None:
    """Make `python3.10`-style pyenv shims resolve, so nox can find those interpreters.

    pyenv's shims answer only for the versions named by ``PYENV_VERSION`` or a version
    file, and a machine's global version is usually a single one (``pyenv exec`` even sets
    ``PYENV_VERSION`` to it for the nox process). When pyenv provides Python here, keep
    the versions already chosen first, so ``python3`` means what it meant, and add every
    other installed version after them.
    """
    root = os.environ.get("PYENV_ROOT")
    if not root:
        return
    versions_dir = pathlib.Path(root) / "versions"
    if not versions_dir.is_dir():
        return
    chosen = [v for v in os.environ.get("PYENV_VERSION", "").split(":") if v]
    if not chosen:
        chosen = [v for v in (platform.python_version(),) if (versions_dir / v).is_dir()]
    installed = sorted(p.name for p in versions_dir.iterdir() if (p / "bin").is_dir())
    ordered = chosen + [v for v in installed if v not in chosen]
    if ordered:
        os.environ["PYENV_VERSION"] = ":".join(ordered)


_let_pyenv_shims_find_every_version()


def _group(name: str) -> tuple[str, ...]:
    return nox.project.dependency_groups(PYPROJECT, name)


def _lowest_dependencies() -> list[str]:
    """The package's dependencies pinned at their floors: ``attrs>=25.4`` gives ``attrs==25.4``."""
    return [dep.replace(">=", "==") for dep in PYPROJECT["project"]["dependencies"]]


def _pytest(
    session: nox.Session,
    *options: str,
    env: dict[str, str] | None = None,
    pins: tuple[str, ...] = (),
) -> None:
    session.install(".", *_group("test"), *pins)
    session.run("python", "-m", "pytest", *options, *session.posargs, env=env)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite, doc examples and docstring doctests on the current Python."""
    _pytest(session)


@nox.session(python=OLDEST_AND_NEWEST)
def tests_versions(session: nox.Session) -> None:
    """Run the same suite on the oldest and the newest supported Python.

    The oldest Python also runs with the oldest core dependencies the package admits
    (attrs, cattrs and pendulum, each at the floor ``pyproject.toml`` gives it), so that
    a floor is a tested promise; the newest takes what the installer picks (the newest
    releases, in a fresh CI clone).

    These runs look for what differs between versions, not for new counterexamples: the
    property tests take the quick ``dev`` Hypothesis profile with a fixed seed (so that
    CI stays reproducible), and the main ``tests`` session searches with the full one.
    """
    profile = os.environ.get("HYPOTHESIS_PROFILE", "dev")
    pins = tuple(_lowest_dependencies()) if session.python == OLDEST_AND_NEWEST[0] else ()
    _pytest(session, "--hypothesis-seed=0", env={"HYPOTHESIS_PROFILE": profile}, pins=pins)


@nox.session
def lint(session: nox.Session) -> None:
    """Check the code with ruff, and that it is formatted."""
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check the package, tests, benchmarks and tooling with mypy --strict."""
    session.install(".[orjson,strategies]", *_group("typecheck"))
    session.run("mypy", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation, with every warning an error."""
    shutil.rmtree(ROOT / "docs" / "_build", ignore_errors=True)
    session.install(".[strategies]", *_group("docs"))
    session.run(
        *("python", "-m", "sphinx", "-T", "-E", "-W", "--keep-going", "-b", "html"),
        *("-d", "docs/_build/doctrees", "docs", "docs/_build/html"),
    )


@nox.session
def bench(session: nox.Session) -> None:
    """Measure newsevents beside pydantic, msgspec, dateparser and quantulum3.

    ``nox -s bench -- --quick`` runs every part on less data.
    """
    session.install(".[orjson]", *_group("bench"))
    session.run("python", "benchmarks/run.py", *session.posargs)
