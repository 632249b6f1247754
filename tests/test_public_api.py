"""The public API is exactly what the public modules' ``__all__`` say, and nothing leaks."""

from __future__ import annotations

import ast
import importlib
import pathlib
from types import ModuleType

import pytest

import newsevents

PUBLIC_MODULES = (
    "newsevents",
    "newsevents.errors",
    "newsevents.serialize",
    "newsevents.strategies",
)
PACKAGE_DIR = pathlib.Path(newsevents.__file__).parent


def _module(name: str) -> ModuleType:
    return importlib.import_module(name)


def _source_path(module: ModuleType) -> pathlib.Path:
    assert module.__file__ is not None
    return pathlib.Path(module.__file__)


def _statements(body: list[ast.stmt]) -> list[ast.stmt]:
    """The module's top-level statements, looking inside ``if``/``try`` at the top level."""
    found: list[ast.stmt] = []
    for statement in body:
        if isinstance(statement, ast.If):
            if not _is_type_checking(statement.test):
                found += _statements(statement.body) + _statements(statement.orelse)
        elif isinstance(statement, ast.Try):
            found += _statements(statement.body) + _statements(statement.orelse)
            for handler in statement.handlers:
                found += _statements(handler.body)
        else:
            found.append(statement)
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _target_names(target: ast.expr) -> list[str]:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in _target_names(element)]
    return []


def _defined_names(module: ModuleType) -> set[str]:
    """The names a module's own code defines at its top level: not what it imports."""
    tree = ast.parse(_source_path(module).read_text("utf-8"))
    names: set[str] = set()
    for statement in _statements(tree.body):
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(statement.name)
        elif isinstance(statement, ast.Assign):
            for target in statement.targets:
                names.update(_target_names(target))
        elif isinstance(statement, (ast.AnnAssign, ast.AugAssign)):
            names.update(_target_names(statement.target))
    return names


def _private(module_name: str) -> bool:
    return any(part.startswith("_") for part in module_name.split(".")[1:])


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_public_module_has_explicit_all(name: str) -> None:
    """Every public module spells out its API as a list of unique strings in ``__all__``."""
    module = _module(name)
    exported = module.__dict__.get("__all__")

    assert isinstance(exported, (list, tuple))
    assert all(isinstance(item, str) for item in exported)
    assert sorted(set(exported)) == sorted(exported)


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_every_exported_name_exists(name: str) -> None:
    """Every name in a public module's ``__all__`` can be imported from it."""
    module = _module(name)

    missing = [item for item in module.__all__ if not hasattr(module, item)]

    assert [] == missing


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_every_public_definition_is_exported(name: str) -> None:
    """Every public name a public module defines is in its ``__all__``: nothing half-public."""
    module = _module(name)
    public = {item for item in _defined_names(module) if not item.startswith("_")}

    assert [] == sorted(public - set(module.__all__))


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_no_stray_public_attributes(name: str) -> None:
    """A public module's non-underscore attributes are its exports, submodules or imports.

    What it imports from elsewhere (a class from ``attrs``, ``annotations`` from
    ``__future__``) is not API; what it holds of its own must be in ``__all__``, and for
    the package itself, what it holds of its private modules too.
    """
    module = _module(name)

    def own(value: object) -> bool:
        home = getattr(value, "__module__", None)
        if not isinstance(home, str):
            return False
        return home == name or (name == "newsevents" and _private(home))

    stray = [
        item
        for item, value in vars(module).items()
        if not item.startswith("_")
        and item not in module.__all__
        and not isinstance(value, ModuleType)
        and own(value)
    ]

    assert [] == stray


def test_every_module_is_public_or_underscored() -> None:
    """Every module in the package is one of the public ones or has an underscore name."""
    modules = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))

    leaking = [m for m in modules if m not in PUBLIC_MODULES and not _private(m)]

    assert [] == leaking


def test_top_level_reexports_the_public_api_of_serialize_and_errors() -> None:
    """``newsevents`` re-exports what users need from serialize and errors, the same objects."""
    from newsevents import errors, serialize  # noqa: PLC0415  # the modules under test

    wanted = {*serialize.__all__, *errors.__all__} - {"Problem"}
    missing = sorted(item for item in wanted if item not in newsevents.__all__)
    different = sorted(
        item
        for item in wanted & set(newsevents.__all__)
        if getattr(newsevents, item) is not getattr(serialize, item, getattr(errors, item, None))
    )

    assert ([], []) == (missing, different)
