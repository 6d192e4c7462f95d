"""Re-reading a row under lock, so an action checks the state it is about to change."""

from __future__ import annotations

from typing import TypeVar

from django.db import models, transaction

M = TypeVar("M", bound=models.Model)


def locked(instance: M) -> M:
    """Reload `instance` in place from its row, locked until the caller's transaction ends.

    A view fetches its object before the action's transaction starts, so two requests can both
    see an incident as new and both open a case. Checking the state re-read here, inside the
    transaction, leaves one winner: PostgreSQL holds the row lock until commit, and SQLite
    (`transaction_mode=IMMEDIATE`) lets one write transaction run at a time.
    Cached related objects are dropped, so `instance.case` and the like are read afresh too.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("locked() must run inside the action's transaction")
    manager = type(instance)._default_manager
    # FOR NO KEY UPDATE, the lock an UPDATE takes: it still lets other transactions insert rows
    # that point at this one (evidence of this incident, a step of this case) without waiting.
    instance.refresh_from_db(from_queryset=manager.select_for_update(no_key=True))
    return instance
