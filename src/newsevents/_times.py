"""Time expressions: find them in text and resolve them against a reference date."""

from __future__ import annotations

__all__ = ["find_times"]

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pendulum

    from newsevents._mentions import TimeMention


def find_times(text: str, *, reference: pendulum.Date | None = None) -> tuple[TimeMention, ...]:
    """Every time expression in ``text``, resolved against ``reference``."""
    raise NotImplementedError  # being written: issue 3
