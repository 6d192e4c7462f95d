#!/usr/bin/env bash
# Set up the embedded database with the demo, then serve it with gunicorn and a task worker.
set -euo pipefail
cd "$(dirname "$0")/.."
export SCHOOLGATE_DEBUG="${SCHOOLGATE_DEBUG:-0}"
# The demo lets visitors look round without an authenticator app; production refuses this.
export SCHOOLGATE_RELAX_TWO_FACTOR="${SCHOOLGATE_RELAX_TWO_FACTOR:-1}"
py=.venv/bin/python

$py manage.py migrate --noinput -v 0
$py manage.py collectstatic --noinput -v 0
$py manage.py load_demo

$py manage.py task_worker --queue-name default &
worker=$!
trap 'kill $worker 2>/dev/null; wait $worker 2>/dev/null' EXIT INT TERM

# Loopback unless asked: the demo's accounts share one published password.
export SCHOOLGATE_BIND="${HOST:-127.0.0.1}:${PORT:-8000}"
cat <<MSG

Schoolgate is running: open http://$SCHOOLGATE_BIND/login/ and sign in with a demo account above.
A task worker runs beside the web server (gunicorn). Press Ctrl+C to stop both.

MSG
.venv/bin/gunicorn --config python:schoolgate.gunicorn
