"""`schoolgate screen`: screen JSON lines of posts from a file or standard input."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import IO, Any

from .assessment import Assessment, Post
from .exceptions import ScreeningError
from .screener import Screener

BATCH = 512


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="schoolgate", description="Schoolgate's screening engine")
    commands = parser.add_subparsers(dest="command", required=True)
    screen = commands.add_parser("screen", help="screen posts given as JSON lines")
    screen.add_argument("--roster", help="the school's roster CSV")
    screen.add_argument("--policy", help="the school's policy YAML")
    screen.add_argument("input", nargs="?", help="JSON lines with id and text (default: stdin)")
    screen.add_argument("-o", "--output", help="where to write JSON lines (default: stdout)")
    args = parser.parse_args(argv)
    try:
        screener = Screener(roster=args.roster, policy=args.policy)
    except (ScreeningError, OSError) as error:
        print(f"schoolgate: {error}", file=sys.stderr)
        return 2
    try:
        source = open(args.input, encoding="utf-8") if args.input else sys.stdin  # noqa: SIM115
    except OSError as error:
        print(f"schoolgate: cannot read {args.input}: {error.strerror}", file=sys.stderr)
        return 2
    try:
        target = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as error:
        print(f"schoolgate: cannot write {args.output}: {error.strerror}", file=sys.stderr)
        return 2
    try:
        had_bad_line = screen_lines(screener, source, target)
    finally:
        if args.input:
            source.close()
        if args.output:
            target.close()
    return 1 if had_bad_line else 0


def screen_lines(screener: Screener, source: IO[str], target: IO[str]) -> bool:
    """Screen each JSON line in order; report bad lines on stderr. Return True if any was bad."""
    had_bad_line = False
    batch: list[tuple[Any, Post]] = []
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            batch.append(parse_line(line))
        except ValueError as error:
            print(f"line {number}: {error}", file=sys.stderr)
            had_bad_line = True
            continue
        if len(batch) >= BATCH:
            _write(screener, batch, target)
            batch = []
    _write(screener, batch, target)
    return had_bad_line


def parse_line(line: str) -> tuple[Any, Post]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at column {error.colno})") from error
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object with id and text")
    if "id" not in item:
        raise ValueError('missing "id"')
    if not isinstance(item.get("text"), str):
        raise ValueError('"text" must be a string' if "text" in item else 'missing "text"')
    images = item.get("images", [])
    if not isinstance(images, list) or not all(isinstance(path, str) for path in images):
        raise ValueError('"images" must be a list of file paths')
    return item["id"], Post(item["text"], tuple(images), source=str(item["id"]))


def output_line(post_id: Any, assessment: Assessment) -> dict[str, Any]:
    return {
        "id": post_id,
        "labels": assessment.labels,
        "scores": assessment.scores,
        "flags": list(assessment.flags),
        "people": assessment.person_ids,
        "spans": [span.to_dict() for span in assessment.spans],
        "engine": assessment.engine,
    }


def _write(screener: Screener, batch: list[tuple[Any, Post]], target: IO[str]) -> None:
    if not batch:
        return
    assessments = screener.screen_many([post for _, post in batch])
    for (post_id, _), assessment in zip(batch, assessments, strict=True):
        target.write(json.dumps(output_line(post_id, assessment), ensure_ascii=False) + "\n")
    target.flush()


if __name__ == "__main__":
    sys.exit(main())
