"""Benchmark the triage queue and the case page on 50,000 incidents over 20 schools.

Prints p50 and p95 response times and SQL query counts, and writes bench/results/triage.json.
It builds its own SQLite database in a temporary folder (never your data), so it runs anywhere:
    .venv/bin/python bench/triage.py [--schools 20] [--incidents 50000] [--requests 40]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=20)
    parser.add_argument("--incidents", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="schoolgate-bench-")
    os.environ.pop("DATABASE_URL", None)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="schoolgate.settings",
        SCHOOLGATE_DATA_DIR=workdir,
        SCHOOLGATE_RELAX_TWO_FACTOR="1",
        SCHOOLGATE_ALLOWED_HOSTS="testserver",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from fill import fill

    print(
        f"Building a database of {args.incidents:,} incidents over {args.schools} schools in {workdir} …"
    )
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    schools = fill(args.schools, args.incidents)
    print(f"  filled in {time.perf_counter() - started:.0f} s")

    results = {
        "schools": args.schools,
        "incidents": args.incidents,
        "requests_per_page": args.requests,
        "pages": measure(schools, args.requests),
    }
    print()
    print(f"{'page':44} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for name, figures in results["pages"].items():
        print(
            f"{name:44} {figures['p50_ms']:8.1f} {figures['p95_ms']:8.1f} {figures['queries']:>8}"
        )
    out = ROOT / "bench" / "results" / "triage.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten to {out.relative_to(ROOT)}")


def measure(schools: list[tuple[str, Any]], requests: int) -> dict[str, dict[str, float | int]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from schoolgate.cases.models import Case

    client = Client()
    first_case = {
        slug: Case.objects.filter(school__slug=slug)
        .order_by("number")
        .values_list("number", flat=True)[0]
        for slug, _ in schools
    }
    pages = {
        "triage queue": lambda slug: f"/s/{slug}/incidents/",
        "triage queue, page 10": lambda slug: f"/s/{slug}/incidents/?page=10",
        "triage queue, filtered by category": lambda slug: (
            f"/s/{slug}/incidents/?category=violence"
        ),
        "case page": lambda slug: f"/s/{slug}/cases/{first_case[slug]}/",
    }
    results: dict[str, dict[str, float | int]] = {}
    for name, url_for in pages.items():
        times, queries = [], set()
        for index in range(requests):
            slug, user = schools[index % len(schools)]
            client.force_login(user)
            url = url_for(slug)
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
            queries.add(len(captured))
        times.sort()
        results[name] = {
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
            "queries": max(queries),
        }
    return results


if __name__ == "__main__":
    main()
