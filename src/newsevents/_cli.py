"""The ``newsevents`` command: parse wire stories from files and print them as JSON.

::

    newsevents parse --example                        # the bundled example story
    newsevents parse story.txt other.txt --published 2024-03-09
    cat story.txt | newsevents parse - --format jsonl

A file that cannot be read or parsed does not stop the others: its error goes to
standard error with the file's name, and the exit status is 1. Usage errors exit with 2.
"""

from __future__ import annotations

__all__ = ["main"]

import argparse
import os
import sys
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

import pendulum

import newsevents

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import TextIO

EXAMPLE = "_data/example.txt"
"""The bundled example story, a package resource."""

STDIN = "-"

_EPILOG = """\
examples:
  newsevents parse --example
  newsevents parse story.txt --published 2024-03-09
  cat story.txt | newsevents parse - --format jsonl
"""


class _Source(NamedTuple):
    """One story to parse: the name to report it by, and how to read it."""

    name: str
    path: str | None  # None: standard input or the example


def _published(value: str) -> pendulum.Date:
    """The ``--published`` argument as a date: ISO ``2024-03-09``, or what pendulum reads."""
    try:
        parsed = pendulum.parse(value, strict=False)
    except (ValueError, OverflowError, pendulum.parsing.exceptions.ParserError) as exc:
        message = f"expected a date such as 2024-03-09, got {value!r}"
        raise argparse.ArgumentTypeError(message) from exc
    if isinstance(parsed, pendulum.DateTime):
        return parsed.date()
    if isinstance(parsed, pendulum.Date):
        return parsed
    message = f"expected a date such as 2024-03-09, got {value!r}"
    raise argparse.ArgumentTypeError(message)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsevents",
        description="Turn wire stories into news-event facts (actors, meetings, statistics), "
        "with the evidence attached.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=newsevents.__version__)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="parse stories and print them as JSON",
        description="Parse each story (a text file of UTF-8; - for standard input) and "
        "print the article as JSON.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument(
        "files", nargs="*", metavar="FILE", help="a story to parse; - reads standard input"
    )
    parse.add_argument(
        "--example", action="store_true", help="parse the example story bundled with newsevents"
    )
    parse.add_argument(
        "--published",
        type=_published,
        metavar="DATE",
        help="the stories' publication date (2024-03-09): it gives the year of a dateline "
        "that has none; without it the year is inferred from the text",
    )
    parse.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one indented JSON document per story (the default); jsonl: one line per story",
    )
    return parser


def _sources(parser: argparse.ArgumentParser, arguments: argparse.Namespace) -> list[_Source]:
    files: list[str] = arguments.files
    if arguments.example:
        if files:
            parser.error("give either --example or files, not both")
        return [_Source("example", None)]
    if not files:
        parser.error("give at least one FILE to parse (- for standard input), or --example")
    if files.count(STDIN) > 1:
        parser.error("standard input (-) can be read only once")
    return [_Source("<stdin>" if f == STDIN else f, None if f == STDIN else f) for f in files]


def _read(source: _Source, stdin: TextIO) -> str:
    """The text of one story; errors as ``OSError`` or ``UnicodeDecodeError``."""
    if source.path is not None:
        with open(source.path, "rb") as fp:  # noqa: PTH123 - a plain path from the user
            return fp.read().decode("utf-8-sig")
    if source.name == "example":
        return resources.files("newsevents").joinpath(EXAMPLE).read_text("utf-8")
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data.decode("utf-8-sig")
    return stdin.read()


def _describe(exc: BaseException) -> str:
    """An error as one line for standard error."""
    if isinstance(exc, UnicodeDecodeError):
        return (
            f"not UTF-8 text: cannot decode byte {exc.object[exc.start]:#04x} at offset {exc.start}"
        )
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, newsevents.NewsEventsError):
        return str(exc)
    return f"internal error, please report it: {type(exc).__name__}: {exc}"


def _parse_command(
    sources: list[_Source],
    *,
    published: pendulum.Date | None,
    output_format: str,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    failed = False
    for source in sources:
        try:
            text = _read(source, stdin)
            article = newsevents.parse_article(text, published=published)
            if output_format == "json":
                out = newsevents.to_json(article, pretty=True) + "\n"
            else:
                out = newsevents.to_json(article) + "\n"
        except Exception as exc:  # noqa: BLE001 - one story's failure must not stop the rest
            failed = True
            stderr.write(f"newsevents: {source.name}: {_describe(exc)}\n")
            continue
        stdout.write(out)
        stdout.flush()
    return 1 if failed else 0


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command with ``argv`` (default: the process's arguments); the exit status.

    Usage errors raise :class:`SystemExit` with status 2, as argparse does.
    """
    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    stderr = sys.stderr if stderr is None else stderr
    parser = _parser()
    arguments = parser.parse_args(argv)
    if arguments.command is None:
        parser.print_help(stderr)
        return 2
    sources = _sources(parser, arguments)
    try:
        return _parse_command(
            sources,
            published=arguments.published,
            output_format=arguments.format,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
        )
    except BrokenPipeError:
        # The reader went away (`newsevents parse ... | head`): stop quietly, and point
        # standard output at nothing so that flushing it at exit cannot fail again.
        if stdout is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
