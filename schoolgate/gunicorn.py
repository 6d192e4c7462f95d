"""Gunicorn's settings for serving Schoolgate: `gunicorn --config python:schoolgate.gunicorn`."""

from __future__ import annotations

import gc
from typing import Any

from schoolgate.settings import env_int, env_str

# Loopback by default: in production a proxy (nginx) terminates HTTPS in front of us.
bind = [env_str("SCHOOLGATE_BIND", "127.0.0.1:8000")]

# One process per core, each serving one request at a time (sync workers): a page is Python
# work (queries, templates) holding its process's GIL, so threads add no speed, only share it.
# Measured by bench/load.py on two cores, eight staff at once: two sync workers kept the p95
# at 220-250 ms; two with four threads each let a page wait behind seven others (p95 330-420
# ms), and a third process fought the two for the cores (p95 300 ms). Sync workers need a
# buffering proxy (nginx) in front so a slow upload never holds a worker.
workers = env_int("SCHOOLGATE_WEB_WORKERS", 2)
# More than 1 switches to threaded workers, for a server with no buffering proxy in front.
threads = env_int("SCHOOLGATE_WEB_THREADS", 1)
worker_class = "gthread" if threads > 1 else "sync"

# Restart each worker now and then so a slow leak never grows; the jitter stops both
# workers restarting at the same moment.
max_requests = 2000
max_requests_jitter = 200

# The control socket's default path is one per user, so a second server (the tests, the
# benchmark, another school's site) would take it over; we manage the server by signals.
control_socket_disable = True

wsgi_app = "schoolgate.wsgi"
proc_name = "schoolgate"


def post_worker_init(worker: Any) -> None:
    """Import every view, then exempt what is loaded from the garbage collector's full passes.

    Django and the project are a few hundred thousand long-lived objects; scanning them on
    every full collection cost about a tenth of a page's time (Instagram's gc.freeze finding).
    """
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (loading the URLconf imports the views)
    gc.freeze()
