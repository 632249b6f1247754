"""The pipeline: text in, Article out."""

from __future__ import annotations

__all__ = ["parse_article"]

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pendulum

    from newsevents._model import Article


def parse_article(text: str, *, published: pendulum.Date | None = None) -> Article:
    """Read a wire story into an Article."""
    raise NotImplementedError  # being written: issue 3
