"""Shared fixtures: the cast of schoolgate/test.py, signed-in clients, and frozen time."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from schoolgate.test import Cast, make_cast

# Redscope's policy was next due for review in November 2025; today is after that.
TODAY = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    # Tests of simultaneous requests run real threads, each with its own connection; SQLite's
    # shared in-memory test database answers them "table is locked" instead of waiting, so the
    # test database is a file (one per test session: engineers' runs never share it).
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        folder = tmp_path_factory.mktemp("database")
        database.setdefault("TEST", {})["NAME"] = str(folder / "test.sqlite3")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Argon2 is deliberately slow; tests of everything but hashing need not pay for it.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def cast(db: None) -> Cast:
    return make_cast(with_roster=True, with_policy=True)


@pytest.fixture
def frozen_today():
    with time_machine.travel(TODAY, tick=False) as traveller:
        yield traveller
