"""Creating trusts and schools from the command line: clear refusals, nothing half-made."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from schoolgate.schools.audit import verify_chain
from schoolgate.schools.models import AuditEvent, School, Trust
from schoolgate.test import Cast

pytestmark = pytest.mark.django_db


def create_school(**options: str) -> str:
    out = StringIO()
    arguments = {"name": "Oakfield Primary School", "slug": "oakfield", "urn": "123456"}
    call_command(
        "create_school", stdout=out, **{**arguments, "email": "office@oakfield.example", **options}
    )
    return out.getvalue()


def refusal(**options: str) -> str:
    with pytest.raises(CommandError) as refused:
        create_school(**options)
    return str(refused.value)


def test_a_school_without_a_trust_is_created_with_its_audit_chain() -> None:
    assert create_school() == "Created Oakfield Primary School (oakfield, URN 123456).\n"
    school = School.objects.get(slug="oakfield")
    assert (school.trust, school.contact_email) == (None, "office@oakfield.example")
    event = AuditEvent.objects.get(school=school)
    assert (event.verb, event.actor_label) == ("created school", "system")
    assert verify_chain(school).is_intact


def test_refusals_name_the_problem_and_create_nothing(cast: Cast) -> None:
    schools = School.objects.count()
    assert refusal(slug="redscope") == "A school with slug 'redscope' already exists."
    assert refusal(urn="990001") == "URN 990001 is already Redscope Primary School's."
    assert refusal(urn="12345") == "A DfE URN is six digits, not '12345'."
    assert refusal(urn="12345a") == "A DfE URN is six digits, not '12345a'."
    assert refusal(trust="nowhere") == "No trust with slug 'nowhere' (trusts: brightwater)."
    assert (
        refusal(slug="Oak Field")
        == "'Oak Field' is not a slug: use lower-case letters, digits and hyphens."
    )
    assert refusal(email="office") == "'office' is not an e-mail address."
    assert School.objects.count() == schools


def test_a_school_joins_its_trust(cast: Cast) -> None:
    create_school(trust="brightwater")
    assert School.objects.get(slug="oakfield").trust == cast.trust


def test_a_trust_is_created_once() -> None:
    out = StringIO()
    call_command("create_trust", name="Oakfield Learning Trust", slug="oakfield-trust", stdout=out)
    assert out.getvalue() == "Created trust Oakfield Learning Trust (oakfield-trust).\n"
    with pytest.raises(
        CommandError, match=r"^A trust with slug 'oakfield-trust' already exists\.$"
    ):
        call_command("create_trust", name="Another", slug="oakfield-trust")
    assert Trust.objects.count() == 1
