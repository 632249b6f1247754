"""Quantities: numbers with their values and units."""

from __future__ import annotations

__all__ = ["find_quantities"]

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents._mentions import Quantity


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``."""
    raise NotImplementedError  # being written: issue 3
