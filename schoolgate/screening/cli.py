"""`schoolgate screen`: screen JSON lines of posts from a file or standard input.

Staff read each judgement in words; `--json` writes one JSON line per post for programs.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any

from .assessment import Assessment, Identification, Post, Span, one_per_person
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
# Batches handed to the screening processes before the oldest is written: enough that no
# process waits for work, few enough that a long input is not held in memory.
BATCHES_IN_FLIGHT_PER_WORKER = 2
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
    screen.add_argument(
        "--workers",
        type=_workers,
        default=usable_cores(),
        help="processes that screen at once on a long input (default: one per usable core)",
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
    pool = ScreeningPool(args.workers, args.roster, args.policy)
    try:
        had_bad_line = screen_lines(screener, source, target, as_json=args.json, pool=pool)
    except BrokenProcessPool as error:
        print(f"schoolgate: a screening process stopped ({error})", file=sys.stderr)
        return 2
    finally:
        pool.close()
        if args.input:
            source.close()
        if args.output:
            target.close()
    return 1 if had_bad_line else 0


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _workers(raw: str) -> int:
    if not raw.isdigit() or int(raw) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of processes, not {raw!r}")
    return int(raw)


# The screener of a screening process, built once when the process starts.
_worker_screener: Screener | None = None


def _start_worker(roster: str | None, policy: str | None) -> None:
    global _worker_screener  # one screener per process, built as the pool starts it
    _worker_screener = Screener(roster=roster, policy=policy)


def _ready() -> None:
    """Nothing: submitted once per process so that the pool starts them all at once."""


def _screen_in_worker(batch: list[tuple[Any, Post]], as_json: bool) -> str:
    if _worker_screener is None:
        raise RuntimeError("a screening process ran without its screener")
    return screen_and_render(_worker_screener, batch, as_json)


def screen_and_render(screener: Screener, batch: list[tuple[Any, Post]], as_json: bool) -> str:
    """Screen a batch and return its output text, in the batch's order.

    A screening process returns this text, not the assessments: sending a few lines back costs
    the calling process far less than rebuilding every assessment and writing it out itself.
    """
    assessments = screener.screen_many([post for _, post in batch])
    roster = screener.context.roster
    if as_json:
        return "".join(
            json.dumps(output_line(post_id, assessment), ensure_ascii=False) + "\n"
            for (post_id, _), assessment in zip(batch, assessments, strict=True)
        )
    return "".join(
        "\n".join(human_lines(post_id, post, assessment, roster)) + "\n\n"
        for (post_id, post), assessment in zip(batch, assessments, strict=True)
    )


class ScreeningPool:
    """Processes that screen batches at once, each with its own screener from the same files.

    The screener runs Python (people, rules) and one encoder thread, so one process uses about
    one core: the processes use the others. They start only when an input holds more than one
    batch of posts; a shorter input is screened in the calling process without their loading
    time.
    """

    def __init__(self, workers: int, roster: str | None, policy: str | None) -> None:
        self.workers = workers
        self._files = (roster, policy)
        self._executor: ProcessPoolExecutor | None = None

    @property
    def started(self) -> bool:
        return self._executor is not None

    def start(self) -> ProcessPoolExecutor:
        """Start every process now; each loads its models as it starts."""
        self._executor = ProcessPoolExecutor(
            self.workers,
            # A fresh interpreter per process: forking a process that may hold onnxruntime's
            # threads is not safe.
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=self._files,
        )
        for _ in range(self.workers):
            self._executor.submit(_ready)
        return self._executor

    def submit(self, batch: list[tuple[Any, Post]], as_json: bool) -> Future[str]:
        executor = self._executor or self.start()
        return executor.submit(_screen_in_worker, batch, as_json)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)


def screen_lines(
    screener: Screener,
    source: IO[str],
    target: IO[str],
    *,
    as_json: bool = True,
    pool: ScreeningPool | None = None,
) -> bool:
    """Screen each JSON line in order; report bad lines on stderr. Return True if any was bad.

    With `as_json` each result is a JSON line; otherwise a paragraph of words for staff. With a
    `pool` of more than one process, an input of more than one batch is screened by the pool:
    this process screens the first batch while the pool's processes load their models, and the
    last one while they finish theirs. Results are written in the input's order.
    """
    had_bad_line = False
    batch: list[tuple[Any, Post]] = []
    waiting: deque[Future[str]] = deque()
    pooled = pool is not None and pool.workers > 1
    # Without a pool, each batch is written as soon as it is screened.
    in_flight = pool.workers * BATCHES_IN_FLIGHT_PER_WORKER if pool and pooled else 1

    def screen(batch: list[tuple[Any, Post]], *, last: bool) -> None:
        if pool is not None and pooled and not last and pool.started:
            waiting.append(pool.submit(batch, as_json))
        elif batch:
            if pool is not None and pooled and not last:
                pool.start()
            done: Future[str] = Future()
            done.set_result(screen_and_render(screener, batch, as_json))
            waiting.append(done)
        while waiting and (last or len(waiting) >= in_flight):
            target.write(waiting.popleft().result())
            target.flush()

    if not as_json:
        target.write(f"Screened by {ENGINE_VERSION}. The screener advises; staff decide.\n")
        for analyzer, reason in screener.skipped.items():
            target.write(f"Not run: {analyzer} ({reason}).\n")
        target.write("\n")
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            post = parse_line(line)
        except ValueError as error:
            print(f"line {number}: {error}", file=sys.stderr)
            had_bad_line = True
            continue
        if len(batch) >= BATCH:
            # A full batch with more to come: not the last.
            screen(batch, last=False)
            batch = []
        batch.append(post)
    screen(batch, last=True)
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
    for words, person in one_per_person(assessment.people, lambda p: p.person_id, lambda p: p.text):
        quoted = ", ".join(f"“{said}”" for said in words)
        lines.append(f"  Person: {quoted} {_who(person, roster)}")
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


if __name__ == "__main__":
    sys.exit(main())
