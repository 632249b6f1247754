"""Where a parse spends its time: each stage of the default parser on the bench articles.

A developer's tool, not part of ``nox -s bench``: ``python benchmarks/stages.py`` prints
the CPU time of each stage per article, and the same in units of a fixed pure-Python
workload measured in the same rounds ("cal"), which moves with the machine's load as the
stages do. Compare the ``cal`` column between two runs on a busy machine, the ``ms``
column on a quiet one. ``--stage times`` (repeatable) measures some stages only.

The meetings and statistics stages are each measured with the shared clause indexes
built afresh (as the first of them does in a parse), so their sum with the others is
close to the whole parse.
"""

from __future__ import annotations

import argparse
import importlib
import pathlib
import sys
import time
from typing import TYPE_CHECKING

from newsevents import _clauses
from newsevents._parse import Parser

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))

load_articles = importlib.import_module("run").load_articles


def _calibration(texts: Sequence[str]) -> Callable[[], object]:
    """A fixed pure-Python workload over the same texts: words, lower case, dict look-ups."""
    table = {word.lower(): i for i, word in enumerate(" ".join(texts).split()[:500])}

    def run() -> object:
        hits = 0
        for text in texts:
            for word in text.split():
                hits += table.get(word.lower(), 0) & 1
        return hits

    return run


def main(argv: Sequence[str] | None = None) -> None:
    """Print the time of each stage per article, in ms and in calibration units."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", action="append", help="measure this stage only")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)

    p = Parser()
    articles = [(text, published) for _, text, published in load_articles()]
    texts = [text for text, _ in articles]
    documents = [p.document(text, published=published) for text, published in articles]
    actors = [tuple(p.actors(document)) for document in documents]
    pairs = list(zip(documents, actors, strict=True))

    def fresh() -> bool:
        _clauses._LAST_READING.clear()  # noqa: SLF001
        return True

    stages: dict[str, Callable[[], object]] = {
        "segment": lambda: [p.segmenter(t, published=d) for t, d in articles],
        "times": lambda: [
            tuple(p.times(t, reference=doc.reference.date if doc.reference else None))
            for t, doc in zip(texts, documents, strict=True)
        ],
        "quantities": lambda: [tuple(p.quantities(t)) for t in texts],
        "actors": lambda: [tuple(p.actors(doc)) for doc in documents],
        "meetings": lambda: [(fresh(), tuple(p.meetings(d, a))) for d, a in pairs],
        "statistics": lambda: [(fresh(), tuple(p.statistics(d, a))) for d, a in pairs],
        "whole": lambda: [p.parse(t, published=d) for t, d in articles],
    }
    chosen = args.stage or list(stages)
    unknown = sorted(set(chosen) - set(stages))
    if unknown:
        parser.error(f"unknown stage(s) {unknown}; expected some of {sorted(stages)}")
    cases = {"cal": _calibration(texts)} | {name: stages[name] for name in chosen}
    best = dict.fromkeys(cases, float("inf"))
    for fn in cases.values():
        fn()  # warm the caches of imports and compiled patterns
    for _ in range(args.rounds):
        for name, fn in cases.items():
            start = time.process_time()
            for _ in range(5):
                fn()
            best[name] = min(best[name], (time.process_time() - start) / 5 / len(texts))
    cal = best.pop("cal")
    print(f"{'stage':12s} {'ms/article':>10s} {'cal':>8s}")
    for name, seconds in best.items():
        print(f"{name:12s} {seconds * 1e3:10.3f} {seconds / cal:8.2f}")
    staged = sum(v for k, v in best.items() if k != "whole")
    if "whole" in best and len(best) > 1:
        print(f"{'(stages)':12s} {staged * 1e3:10.3f} {staged / cal:8.2f}")
    print(f"calibration: {cal * 1e3:.3f} ms per article")


if __name__ == "__main__":
    main()
