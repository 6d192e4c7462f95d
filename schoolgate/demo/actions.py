"""Loading the demo trust, its two schools, their rosters, policies and one account per role."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from schoolgate.demo.incidents import load_demo_incidents
from schoolgate.demo.roster import demo_roster_csv
from schoolgate.policies.actions import load_policy
from schoolgate.policies.library import redscope_policy_source
from schoolgate.schools.access import get_member
from schoolgate.schools.actions import import_roster
from schoolgate.schools.models import Membership, School, Trust, TrustMembership, User
from schoolgate.schools.roles import Role

# Demo accounts only: printed by `make run`, never valid outside the local demo.
DEMO_PASSWORD = "schoolgate-demo"  # noqa: S105


@dataclass(frozen=True)
class DemoSchool:
    slug: str
    name: str
    urn: str
    domain: str
    address: str
    seed: int


DEMO_SCHOOLS = [
    DemoSchool(
        "redscope",
        "Redscope Primary School",
        "990001",
        "redscope.example",
        "1 Redscope Lane\nRedscope\nRS1 1AA",
        seed=1,
    ),
    DemoSchool(
        "hollowmere",
        "Hollowmere Primary School",
        "990002",
        "hollowmere.example",
        "12 Mere Road\nHollowmere\nHM2 4BB",
        seed=2,
    ),
]
ROLE_ACCOUNTS = [
    (Role.HEADTEACHER, "head", "Headteacher"),
    (Role.DSL, "dsl", "Safeguarding Lead"),
    (Role.OFFICE, "office", "Office"),
    (Role.STAFF, "staff", "Class Teacher"),
    (Role.GOVERNOR, "governor", "Governor"),
]


@dataclass(frozen=True)
class DemoAccount:
    email: str
    role: str
    school: str


def load_demo() -> list[DemoAccount]:
    """Create or refresh the demo; running it again changes nothing that is already there."""
    accounts: list[DemoAccount] = []
    with transaction.atomic():
        trust, _ = Trust.objects.get_or_create(
            slug="brightwater", defaults={"name": "Brightwater Learning Trust"}
        )
        for demo in DEMO_SCHOOLS:
            school, _ = School.objects.update_or_create(
                slug=demo.slug,
                defaults={
                    "name": demo.name,
                    "urn": demo.urn,
                    "trust": trust,
                    "contact_email": f"office@{demo.domain}",
                    "address": demo.address,
                },
            )
            import_roster(school, demo_roster_csv(demo.seed))
            source = redscope_policy_source().replace("Redscope Primary School", demo.name)
            load_policy(school, source)
            for role, local_part, label in ROLE_ACCOUNTS:
                user = _demo_user(f"{local_part}@{demo.domain}", f"{label} ({demo.name})")
                Membership.objects.update_or_create(
                    user=user, school=school, defaults={"role": role}
                )
                accounts.append(DemoAccount(user.email, Role(role).label, demo.name))
        redscope = School.objects.get(slug="redscope")
        load_demo_incidents(
            redscope,
            get_member(User.objects.get(email="dsl@redscope.example"), "redscope"),
            get_member(User.objects.get(email="head@redscope.example"), "redscope"),
        )
        trust_user = _demo_user("trust@brightwater.example", "Trust Administrator")
        TrustMembership.objects.get_or_create(user=trust_user, trust=trust)
        accounts.append(DemoAccount(trust_user.email, Role.TRUST_ADMIN.label, trust.name))
    return accounts


def _demo_user(email: str, full_name: str) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email, DEMO_PASSWORD, full_name=full_name)
    return user
