"""Meetings: read from the sentences of a story, with the evidence for each."""

from __future__ import annotations

__all__ = ["find_meetings"]

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents._document import Document
    from newsevents._model import Actor, Meeting


def find_meetings(document: Document, actors: tuple[Actor, ...]) -> tuple[Meeting, ...]:
    """Every meeting in the story."""
    raise NotImplementedError  # being written: issue 5
