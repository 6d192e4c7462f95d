"""Exit 0 when a PostgreSQL server answers at the given URL, 1 otherwise (for `make test`)."""

import sys

import psycopg

try:
    psycopg.connect(
        sys.argv[1].replace("postgres://", "postgresql://", 1), connect_timeout=3
    ).close()
except psycopg.Error:
    sys.exit(1)
