"""`schoolgate screen`: screen JSON lines of posts from a file or standard input.

Staff read each judgement in words; `--json` writes one JSON line per post for programs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import IO, Any

from .assessment import Assessment, Identification, Post, Span
from .categories import (
    PERSON_KIND_WORDS,
    POLICE_ADVICE,
    POLICE_INDICATOR_WORDS,
    person_words,
    words_for,
)
from .exceptions import ScreeningError
from .roster import Roster
from .screener import Screener
from .version import ENGINE_VERSION

BATCH = 512
# The most of a post quoted as evidence: a short line of a terminal; the whole post is in the input.
QUOTED_CHARS = 60


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="schoolgate", description="Schoolgate's screening engine")
    commands = parser.add_subparsers(dest="command", required=True)
    screen = commands.add_parser("screen", help="screen posts given as JSON lines")
    screen.add_argument("--roster", help="the school's roster CSV")
    screen.add_argument("--policy", help="the school's policy YAML")
    screen.add_argument("input", nargs="?", help="JSON lines with id and text (default: stdin)")
    screen.add_argument("-o", "--output", help="where to write the results (default: stdout)")
    screen.add_argument(
        "--json", action="store_true", help="write one JSON line per post instead of words"
    )
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
        had_bad_line = screen_lines(screener, source, target, as_json=args.json)
    finally:
        if args.input:
            source.close()
        if args.output:
            target.close()
    return 1 if had_bad_line else 0


def screen_lines(
    screener: Screener, source: IO[str], target: IO[str], *, as_json: bool = True
) -> bool:
    """Screen each JSON line in order; report bad lines on stderr. Return True if any was bad.

    With `as_json` each result is a JSON line; otherwise a paragraph of words for staff.
    """
    had_bad_line = False
    batch: list[tuple[Any, Post]] = []
    if not as_json:
        target.write(f"Screened by {ENGINE_VERSION}. The screener advises; staff decide.\n")
        for analyzer, reason in screener.skipped.items():
            target.write(f"Not run: {analyzer} ({reason}).\n")
        target.write("\n")
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
            _write(screener, batch, target, as_json)
            batch = []
    _write(screener, batch, target, as_json)
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


def human_lines(post_id: Any, post: Post, assessment: Assessment, roster: Roster) -> list[str]:
    """The judgement of one post in staff's words, categories and flags never as ids."""
    decided = [words_for(category) for category in assessment.labels]
    lines = [f"Post {post_id}: " + ("; ".join(decided) if decided else "nothing found")]
    police = [POLICE_INDICATOR_WORDS[f] for f in assessment.flags if f in POLICE_INDICATOR_WORDS]
    if police:
        lines.append(f"  Police indicator: {' and '.join(police)}. {POLICE_ADVICE}")
    if assessment.flags:
        lines.append("  Flags: " + "; ".join(words_for(flag) for flag in assessment.flags))
    for person in assessment.people:
        lines.append(f"  Person: “{person.text}” {_who(person, roster)}")
    if assessment.spans:
        lines.append("  Why:")
    for span in assessment.spans:
        lines.append(f"    {words_for(span.label)} – {_where(span, post)}: {span.why}")
    if assessment.truncated_at is not None:
        lines.append(
            f"  Only the first {assessment.truncated_at:,} characters were screened; "
            f"{assessment.unread_characters:,} were not read."
        )
    for error in assessment.errors:
        lines.append(f"  Part of the screening failed: {error.analyzer} ({error.message})")
    return lines


def _who(person: Identification, roster: Roster) -> str:
    """Who the words name, as the roster describes them."""
    if person.roster_label:
        return f"is {person.roster_label}"
    candidates = [roster.get(candidate.person_id) for candidate in person.candidates]
    known = [person_words(candidate) for candidate in candidates if candidate is not None]
    if known:
        return "could be " + "; or ".join(known)
    return f"is a {PERSON_KIND_WORDS[person.kind].lower()} not on the roster"


def _where(span: Span, post: Post) -> str:
    """The words a span marks, or the image it is in."""
    if span.image is None:
        words = post.text[span.start : span.end]
        if len(words) > QUOTED_CHARS:
            words = words[: QUOTED_CHARS - 1].rstrip() + "…"
        return f"“{words}”"
    if span.box is None:
        return f"the text in image {span.image + 1}"
    return f"image {span.image + 1}"


def _write(
    screener: Screener, batch: list[tuple[Any, Post]], target: IO[str], as_json: bool
) -> None:
    if not batch:
        return
    assessments = screener.screen_many([post for _, post in batch])
    roster = screener.context.roster
    for (post_id, post), assessment in zip(batch, assessments, strict=True):
        if as_json:
            target.write(json.dumps(output_line(post_id, assessment), ensure_ascii=False) + "\n")
        else:
            target.write("\n".join(human_lines(post_id, post, assessment, roster)) + "\n\n")
    target.flush()


if __name__ == "__main__":
    sys.exit(main())
