"""Actors: people, organisations, countries, groups and anonymous sources."""

from __future__ import annotations

__all__ = ["find_actors"]

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents._document import Document
    from newsevents._model import Actor


def find_actors(document: Document) -> tuple[Actor, ...]:
    """Every actor of the story, once, with all its mentions."""
    raise NotImplementedError  # being written: issue 4
