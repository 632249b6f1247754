"""Tests for the ``newsevents`` command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest

import newsevents
from newsevents._cli import main

if TYPE_CHECKING:
    import pathlib

STORY = (
    "PORT TALKS SET\n\nMOMBASA, May 4 - Port officials from Kenya and Uganda will meet on Friday.\n"
)
OTHER = "Shares rise\n\nLONDON, March 3 - Shares rose 2 percent on Monday, traders said.\n"


def _run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    """Run the command in-process; its status, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
                  stdout=out, stderr=err)  # fmt: skip
    return status, out.getvalue(), err.getvalue()


def _lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


def test_example_prints_the_bundled_story_with_its_facts() -> None:
    """``parse --example`` prints the example article: dateline, meetings and statistics."""
    status, out, err = _run(["parse", "--example"])
    assert (0, "") == (status, err)
    article = json.loads(out)
    assert "Ghana and Ivory Coast to hold cocoa talks as harvests slump" == article["headline"]
    assert {"name": "Accra", "country": "GH"} == {
        k: article["dateline"]["place"][k] for k in ("name", "country")
    }
    assert "inferred" == article["reference"]["basis"]
    assert article["meetings"]
    assert article["statistics"]


def test_json_format_prints_one_indented_document_per_file(tmp_path: pathlib.Path) -> None:
    """The default format is indented JSON, one document for each file, in order."""
    first, second = tmp_path / "port.txt", tmp_path / "shares.txt"
    first.write_text(STORY, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    status, out, err = _run(["parse", str(first), str(second), "--published", "2024-05-04"])
    assert (0, "") == (status, err)
    assert out.startswith('{\n  "')
    decoder = json.JSONDecoder()
    headlines, pos = [], 0
    while pos < len(out):
        article, end = decoder.raw_decode(out, pos)
        headlines.append(article["headline"])
        pos = end + 1
    assert ["PORT TALKS SET", "Shares rise"] == headlines


def test_jsonl_format_prints_one_line_per_story(tmp_path: pathlib.Path) -> None:
    """``--format jsonl`` prints each article on one line."""
    path = tmp_path / "port.txt"
    path.write_text(STORY, encoding="utf-8")
    status, out, _ = _run(["parse", str(path), str(path), "--format", "jsonl"])
    assert 0 == status
    assert ["PORT TALKS SET", "PORT TALKS SET"] == [a["headline"] for a in _lines(out)]


def test_published_gives_the_dateline_its_year(tmp_path: pathlib.Path) -> None:
    """``--published`` resolves the year of a dateline that has none."""
    path = tmp_path / "port.txt"
    path.write_text(STORY, encoding="utf-8")
    _, out, _ = _run(["parse", str(path), "--published", "2024-05-05", "--format", "jsonl"])
    article = _lines(out)[0]
    assert "2024-05-04" == article["dateline"]["date"]
    assert "dateline+published" == article["reference"]["basis"]


def test_dash_reads_standard_input() -> None:
    """``-`` reads the story from standard input, as UTF-8."""
    status, out, err = _run(["parse", "-", "--format", "jsonl"], stdin=STORY.encode())
    assert (0, "") == (status, err)
    assert "Mombasa" == _lines(out)[0]["dateline"]["place"]["name"]


def test_a_failing_file_does_not_stop_the_others(tmp_path: pathlib.Path) -> None:
    """Unreadable files are reported with their names; the rest are parsed; status is 1."""
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(OTHER, encoding="utf-8")
    bad.write_bytes(b"Shares \xff rose")
    missing = tmp_path / "missing.txt"
    status, out, err = _run(["parse", str(missing), str(bad), str(good), "--format", "jsonl"])
    assert 1 == status
    assert ["Shares rise"] == [a["headline"] for a in _lines(out)]
    assert [
        f"newsevents: {missing}: No such file or directory",
        f"newsevents: {bad}: not UTF-8 text: cannot decode byte 0xff at offset 7",
    ] == err.splitlines()


def test_an_internal_error_is_reported_and_the_run_goes_on(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected error in one story is reported with the file's name, not raised."""
    path = tmp_path / "port.txt"
    path.write_text(STORY, encoding="utf-8")
    calls = iter([RuntimeError("boom"), None])

    def flaky(text: str, **_: Any) -> newsevents.Article:
        problem = next(calls)
        if problem is not None:
            raise problem
        return newsevents.Article(text=text)

    monkeypatch.setattr(newsevents, "parse_article", flaky)
    status, out, err = _run(["parse", str(path), str(path), "--format", "jsonl"])
    assert 1 == status
    assert 1 == len(_lines(out))
    assert f"newsevents: {path}: internal error, please report it: RuntimeError: boom\n" == err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse"], "give at least one FILE to parse (- for standard input), or --example"),
        (["parse", "--example", "story.txt"], "give either --example or files, not both"),
        (["parse", "-", "-"], "standard input (-) can be read only once"),
        (["parse", "x.txt", "--published", "someday"],
         "argument --published: expected a date such as 2024-03-09, got 'someday'"),
    ],
)  # fmt: skip
def test_usage_errors_exit_with_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong command line exits with status 2 and says what is wrong."""
    with pytest.raises(SystemExit) as info:
        _run(argv)
    assert 2 == info.value.code
    assert capsys.readouterr().err.splitlines()[-1].endswith(f"error: {message}")


def test_no_command_prints_help_and_exits_with_2() -> None:
    """``newsevents`` alone prints the help to standard error."""
    status, out, err = _run([])
    assert (2, "") == (status, out)
    assert err.startswith("usage: newsevents")


def test_python_dash_m_runs_the_command() -> None:
    """``python -m newsevents parse --example`` works, with exit status 0."""
    done = subprocess.run(
        [sys.executable, "-m", "newsevents", "parse", "--example", "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (0, "") == (done.returncode, done.stderr)
    assert "Accra" == json.loads(done.stdout)["dateline"]["place"]["name"]
