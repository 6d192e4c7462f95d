"""Running an action in many threads released at the same moment, as simultaneous requests do."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from django.db import connection

T = TypeVar("T")


def at_once(count: int, act: Callable[[int], T]) -> list[T | BaseException]:
    """Run `act(0)` ... `act(count - 1)` in threads released together; return each outcome."""
    barrier = threading.Barrier(count)
    outcomes: list[T | BaseException] = [RuntimeError("did not run")] * count

    def run(index: int) -> None:
        try:
            barrier.wait()
            outcomes[index] = act(index)
        except BaseException as error:  # each outcome, even a crash, is the test's to judge
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes
