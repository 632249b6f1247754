"""``python -m newsevents`` and the ``newsevents`` command: see ``newsevents._cli``."""

from __future__ import annotations

__all__ = ["main"]

import sys

from newsevents._cli import main as _main


def main() -> None:
    """Run the ``newsevents`` command and exit with its status."""
    sys.exit(_main())


if __name__ == "__main__":
    main()
