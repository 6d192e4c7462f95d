"""Fill a database with schools, rosters, cases and incidents for the benchmarks, fast.

`fill` writes through the ORM's bulk_create into whatever database Django is set up with;
`FILL_VERSION` names what it builds, so a cached fill is reused only while it would be the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def fill_version() -> str:
    """A digest of this file and every migration: a cached fill from other code is not reused."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for migration in sorted((ROOT / "schoolgate").glob("*/migrations/0*.py")):
        digest.update(migration.name.encode())
        digest.update(migration.read_bytes())
    return digest.hexdigest()[:12]


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
