"""Loading policy versions and showing the published one with its review status."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO
from pathlib import Path

import pytest
import time_machine
from django.core.management import CommandError, call_command

from schoolgate.policies.actions import load_policy
from schoolgate.policies.library import redscope_policy_source
from schoolgate.policies.models import PolicyVersion, ReviewStatus
from schoolgate.test import make_cast


@pytest.fixture
def school(db):
    return make_cast().school_a


def test_loading_the_same_file_twice_keeps_one_version(school) -> None:
    first = load_policy(school, redscope_policy_source())
    again = load_policy(school, redscope_policy_source())
    assert first.is_new and not again.is_new
    assert PolicyVersion.objects.filter(school=school).count() == 1


def test_a_changed_file_becomes_the_published_version_and_the_old_one_stays(school) -> None:
    load_policy(school, redscope_policy_source())
    changed = redscope_policy_source().replace("next_review: 2025-11", "next_review: 2027-11")
    second = load_policy(school, changed).version
    versions = PolicyVersion.objects.filter(school=school).order_by("number")
    assert [(v.number, v.is_published) for v in versions] == [(1, False), (2, True)]
    assert second.document.review.next_review == "2027-11"
    assert versions[0].document.review.next_review == "2025-11"


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (dt.date(2026, 11, 23), ReviewStatus.OVERDUE),
        (dt.date(2025, 12, 1), ReviewStatus.OVERDUE),
        (dt.date(2025, 11, 30), ReviewStatus.DUE),
        (dt.date(2025, 10, 1), ReviewStatus.DUE),
        (dt.date(2025, 9, 30), ReviewStatus.CURRENT),
    ],
)
def test_review_status_follows_the_next_review_month(school, today, status) -> None:
    version = load_policy(school, redscope_policy_source()).version
    assert version.review_status(today) == status


def test_show_policy_prints_the_published_policy_as_json(school, frozen_today) -> None:
    call_command(
        "load_policy",
        "schoolgate/policies/library/redscope.yaml",
        school="redscope",
        stdout=StringIO(),
    )
    out = StringIO()
    call_command("show_policy", school="redscope", format="json", stdout=out)
    shown = json.loads(out.getvalue())
    assert shown["review_status"] == "overdue"
    assert shown["version"] == 1
    assert len(shown["categories"]) == 8
    assert len(shown["appropriate_use"]["questions"]) == 4
    assert len(shown["procedure"]["steps"]) >= 8
    assert len(shown["police_triggers"]) == 4
    assert shown["review"]["reviewers"] == ["E. E. Cobley", "A Bradbury"]


def test_show_policy_as_text_lists_questions_categories_and_steps(school, frozen_today) -> None:
    load_policy(school, redscope_policy_source())
    out = StringIO()
    call_command("show_policy", school="redscope", stdout=out)
    text = out.getvalue()
    assert "review status: overdue" in text
    assert "[dojo_photo] Saving photographs from Dojo" in text
    assert "1. [informal_discussion]" in text
    assert "[racial_element]" in text


def test_show_policy_reaches_only_the_named_schools_versions(school) -> None:
    load_policy(school, redscope_policy_source())
    load_policy(school, redscope_policy_source().replace("2025-11", "2027-11"))
    with pytest.raises(CommandError, match="Hollowmere Primary School has no version 2"):
        call_command("show_policy", school="hollowmere", policy_version=2, stdout=StringIO())


def test_load_policy_refuses_a_broken_file_and_keeps_the_published_one(
    school, tmp_path: Path
) -> None:
    load_policy(school, redscope_policy_source())
    broken = tmp_path / "broken.yaml"
    broken.write_text(redscope_policy_source().replace("- id: complaint", "- id: moaning"))
    err = StringIO()
    with pytest.raises(CommandError, match="not a valid policy file"):
        call_command("load_policy", str(broken), school="redscope", stderr=err)
    assert f"{broken}, line " in err.getvalue() and "categories.1.id" in err.getvalue()
    assert PolicyVersion.objects.get(school=school).number == 1


def test_any_school_can_load_its_own_policy(school, tmp_path: Path) -> None:
    own = tmp_path / "hollowmere.yaml"
    own.write_text(
        redscope_policy_source().replace("Redscope Primary School", "Hollowmere Primary School")
    )
    out = StringIO()
    call_command("load_policy", str(own), school="hollowmere", stdout=out)
    assert "Hollowmere Primary School: published policy version 1." in out.getvalue()
    with time_machine.travel(dt.datetime(2026, 11, 23, tzinfo=dt.UTC)):
        shown = StringIO()
        call_command("show_policy", school="hollowmere", format="json", stdout=shown)
    assert json.loads(shown.getvalue())["school_slug"] == "hollowmere"
