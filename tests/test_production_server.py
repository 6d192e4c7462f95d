"""The production web server: gunicorn with our settings serves the pages and the static files."""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
# Gunicorn boots its workers in about a second here; a loaded machine may need many more.
START_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get_body(port: int, path: str) -> tuple[http.client.HTTPResponse, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """Gunicorn on a free loopback port over a fresh SQLite database, stopped afterwards."""
    tmp_path = tmp_path_factory.mktemp("served")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SCHOOLGATE_")},
        "SCHOOLGATE_DATA_DIR": str(tmp_path),
        "SCHOOLGATE_DEBUG": "0",
    }
    env.pop("DATABASE_URL", None)
    for command in (["migrate", "-v", "0"], ["collectstatic", "--noinput", "-v", "0"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, timeout=300
        )
    port = free_port()
    env["SCHOOLGATE_BIND"] = f"127.0.0.1:{port}"
    process = subprocess.Popen(
        [str(GUNICORN), "--config", "python:schoolgate.gunicorn"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                get_body(port, "/login/")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield port
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def test_it_serves_the_sign_in_page_and_its_stylesheet(server: int) -> None:
    page, body = get_body(server, "/login/")
    assert page.status == 200
    assert page.getheader("Server") == "gunicorn"
    assert '<h1 class="govuk-heading-l">Sign in to Schoolgate</h1>' in body.decode()

    href = re.search(r'<link rel="stylesheet" href="([^"]+)"', body.decode())
    assert href is not None
    stylesheet, css = get_body(server, href.group(1))
    assert stylesheet.status == 200
    assert stylesheet.getheader("Content-Type", "").startswith("text/css")
    assert b".govuk-button" in css


def test_it_answers_an_unknown_page_with_not_found_not_a_debug_page(server: int) -> None:
    page, body = get_body(server, "/no-such-page/")
    assert page.status == 404
    assert b"URLconf" not in body
