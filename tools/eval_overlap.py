"""Find text the project shares with the evaluation articles, which are not ours to copy.

The rule: tests, examples, docstrings and fixtures are the team's own invented wire copy;
nothing is copied from ``../shared/eval`` (or the seed story). This lists, per project
file, the runs of N words (default 6) that also stand in those articles, so that a
copied sentence shows up before it is committed::

    python tools/eval_overlap.py            # runs of 6 words
    python tools/eval_overlap.py -n 5       # runs of 5: more stock phrases among them

Stock phrases any newswriter uses ("by the end of the month", "who asked not to be
named") show up too, and may stay; a name from a story, or a clause of one, may not.
A developer's tool: it needs the evaluation folder beside the project and is not run by
CI.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
_WORD = re.compile(r"[A-Za-z0-9']+")
_PROJECT_GLOBS = (
    "src/**/*.py",
    "src/newsevents/_data/*",
    "tests/**/*.py",
    "docs/*.md",
    "benchmarks/**/*",
    "README.md",
)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _runs(words: Sequence[str], n: int) -> Iterator[tuple[str, ...]]:
    return (tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _eval_texts(folder: pathlib.Path) -> Iterator[str]:
    """The text of every article in the evaluation folder's JSON Lines files."""
    for path in sorted(folder.rglob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            text = record.get("text") if isinstance(record, dict) else None
            if isinstance(text, str):
                yield text


def main(argv: Sequence[str] | None = None) -> int:
    """Print the shared runs per project file; exit 1 if any file shares one."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=6, help="words in a run (default 6)")
    parser.add_argument("--eval", type=pathlib.Path, default=EVAL, help="evaluation folder")
    args = parser.parse_args(argv)
    if not args.eval.is_dir():
        parser.error(f"no evaluation folder at {args.eval}")
    shared = {run for text in _eval_texts(args.eval) for run in _runs(_words(text), args.n)}
    files = sorted({p for glob in _PROJECT_GLOBS for p in ROOT.glob(glob) if p.is_file()})
    found = False
    for path in files:
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue
        hits = sorted({" ".join(run) for run in _runs(_words(text), args.n) if run in shared})
        if hits:
            found = True
            print(f"{path.relative_to(ROOT)}: {len(hits)}")
            for hit in hits:
                print(f"    {hit}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
