"""Benchmark the triage queue and the case page on 50,000 incidents over 20 schools.

Prints p50 and p95 response times and SQL query counts, and writes bench/results/triage.json.
It builds its own SQLite database in a temporary folder (never your data), so it runs anywhere:
    .venv/bin/python bench/triage.py [--schools 20] [--incidents 50000] [--requests 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
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


def fill(school_count: int, incident_count: int) -> list[tuple[str, Any]]:
    from django.db import transaction
    from django.utils import timezone

    from schoolgate.cases.models import CATEGORY_WEIGHTS, POLICE_WEIGHT, Case, Incident, Step
    from schoolgate.demo.roster import demo_roster_csv
    from schoolgate.policies.actions import load_policy
    from schoolgate.policies.library import redscope_policy_source
    from schoolgate.schools.actions import import_roster
    from schoolgate.schools.models import Membership, Person, School, Trust, User

    rng = random.Random(20261123)
    trust = Trust.objects.create(name="Bench Trust", slug="bench")
    per_school = incident_count // school_count
    categories = list(CATEGORY_WEIGHTS)
    platforms = [
        "facebook",
        "instagram",
        "x",
        "tiktok",
        "whatsapp",
        "email",
        "school_website",
        "other",
    ]
    schools = []
    now = timezone.now()
    for number in range(school_count):
        school = School.objects.create(
            trust=trust,
            name=f"Bench School {number}",
            slug=f"bench-{number}",
            urn=f"{800000 + number}",
            contact_email=f"office@bench{number}.example",
        )
        import_roster(school, demo_roster_csv(seed=100 + number))
        version = load_policy(school, redscope_policy_source()).version
        dsl = User.objects.create_user(
            f"dsl{number}@bench.example", "bench-password-1234", full_name="Bench DSL"
        )
        Membership.objects.create(user=dsl, school=school, role="dsl")
        parents = list(Person.objects.filter(school=school, kind="parent"))
        staff = list(Person.objects.filter(school=school, kind="staff"))
        with transaction.atomic():
            cases = [
                Case(
                    school=school,
                    number=n + 1,
                    poster=parents[n % len(parents)],
                    policy_version=version,
                    opened_by=dsl,
                )
                for n in range(len(parents))
            ]
            Case.objects.bulk_create(cases)
            cases = list(Case.objects.filter(school=school).order_by("number"))
            incidents = []
            for index in range(per_school):
                chosen = rng.sample(categories, rng.choice([0, 0, 1, 1, 2, 3]))
                police = "violence" in chosen and rng.random() < 0.5
                in_case = index % 4 == 0
                incidents.append(
                    Incident(
                        school=school,
                        platform=rng.choice(platforms),
                        text=f"Bench post {index}: " + " ".join(chosen or ["a neutral question"]),
                        account_handle=f"@parent{index % 500}",
                        captured_by=dsl,
                        captured_at=now - (index * dt.timedelta(minutes=7)),
                        poster=parents[index % len(parents)],
                        status="in_case"
                        if in_case
                        else rng.choice(["new", "new", "new", "dismissed"]),
                        case=cases[index % len(cases)] if in_case else None,
                        categories=chosen,
                        has_police_indicator=police,
                        severity=POLICE_WEIGHT * police + sum(CATEGORY_WEIGHTS[c] for c in chosen),
                    )
                )
            Incident.objects.bulk_create(incidents, batch_size=2000)
            through = Incident.targets.through
            links = [
                through(incident_id=incident_id, person_id=staff[i % len(staff)].pk)
                for i, incident_id in enumerate(
                    Incident.objects.filter(school=school).values_list("pk", flat=True)
                )
            ]
            through.objects.bulk_create(links, batch_size=5000)
            steps = []
            for case in cases:
                steps.append(
                    Step(
                        case=case,
                        step_id="informal_discussion",
                        kind="informal_discussion",
                        wording="Discuss",
                        status="done",
                        taken_by=dsl,
                        note="Met the parent.",
                        details={"outcome": "refused"},
                    )
                )
                steps.append(
                    Step(
                        case=case,
                        step_id="written_warning",
                        kind="written_warning",
                        wording="Warn",
                        status="done",
                        taken_by=dsl,
                        due_at=now + dt.timedelta(days=3),
                        due_reason="Removal deadline",
                    )
                )
            Step.objects.bulk_create(steps)
        schools.append((school.slug, dsl))
    return schools


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
