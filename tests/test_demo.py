"""The demo `make run` loads: two schools of one trust, rosters, policies, one account per role."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from schoolgate.policies.models import PolicyVersion
from schoolgate.schools.models import Membership, Person, School, TrustMembership, User


@pytest.mark.django_db
def test_load_demo_is_complete_and_running_it_twice_duplicates_nothing() -> None:
    out = StringIO()
    call_command("load_demo", stdout=out)
    counts = (
        User.objects.count(),
        Person.objects.count(),
        PolicyVersion.objects.count(),
        Membership.objects.count(),
    )
    call_command("load_demo", stdout=StringIO())
    assert (
        User.objects.count(),
        Person.objects.count(),
        PolicyVersion.objects.count(),
        Membership.objects.count(),
    ) == counts

    assert set(School.objects.values_list("slug", flat=True)) == {"redscope", "hollowmere"}
    assert School.objects.filter(trust__slug="brightwater").count() == 2
    for school in School.objects.all():
        people = Person.objects.filter(school=school)
        assert people.filter(kind="staff").count() == 30
        assert people.filter(kind="governor").count() == 8
        assert people.filter(kind="pupil").count() == 60
        assert people.filter(kind="parent").count() == 25
        assert all(p.related_pupils.exists() for p in people.filter(kind="parent"))
        roles = set(Membership.objects.filter(school=school).values_list("role", flat=True))
        assert roles == {"headteacher", "dsl", "office", "staff", "governor"}
        assert PolicyVersion.objects.published().get(school=school).document.school == school.name
    assert TrustMembership.objects.filter(user__email="trust@brightwater.example").exists()
    assert (
        "head@redscope.example" in out.getvalue() and "password: schoolgate-demo" in out.getvalue()
    )
