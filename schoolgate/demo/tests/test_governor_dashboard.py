"""In the demo, the governor's dashboard shows figures and never a name or a post's words."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from schoolgate.demo.actions import load_demo
from schoolgate.demo.incidents import demo_posts
from schoolgate.schools.models import Person, School, User
from schoolgate.test import sign_in


@pytest.mark.django_db
def test_the_demo_governor_sees_the_dashboard_without_a_name(client: Client, settings) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    load_demo()
    redscope = School.objects.get(slug="redscope")
    governor = User.objects.get(email="governor@redscope.example")

    response = sign_in(client, governor).get("/s/redscope/reports/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Incidents by category" in html
    assert "fewer than 5" in html
    for person in Person.objects.filter(school=redscope):
        assert person.display_name not in html
        assert f"{person.first_name} {person.last_name}" not in html
        assert not re.search(rf"\b{re.escape(person.last_name)}\b", html), person.last_name
    for post in demo_posts(redscope):
        assert post.text not in html
        if post.handle:
            assert post.handle not in html
