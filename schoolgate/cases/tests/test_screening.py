"""Saving an incident queues its screening; staff confirm or overrule; newer engines add results."""

from __future__ import annotations

import pytest

from schoolgate.cases.actions import (
    ActionRefused,
    IncidentReport,
    log_incident,
    review_category,
    screen_incident,
)
from schoolgate.cases.evidence import check_upload
from schoolgate.cases.models import Incident, Screening
from schoolgate.cases.tests.conftest import member, parent, png, staff_member
from schoolgate.screening import ENGINE_VERSION
from schoolgate.test import Cast


def test_saving_an_incident_screens_it_in_the_background(
    cast: Cast, logged, django_capture_on_commit_callbacks
) -> None:
    head = staff_member(cast, "Headteacher")
    with django_capture_on_commit_callbacks(execute=True):
        incident = logged(
            f"{head.title} {head.last_name} comes to work drunk every Friday.", poster=parent(cast)
        )
    screening = Screening.objects.get(incident=incident)
    assert screening.engine_version == ENGINE_VERSION
    incident.refresh_from_db()
    assert {"allegation", "defamation"} <= set(incident.categories)
    assert "names_staff" in incident.flags
    assert screening.assessment["categories"]["defamation"]["policy_line"].startswith(
        "Making defamatory statements"
    )


def test_text_in_a_screenshot_is_read_when_none_was_pasted(cast: Cast) -> None:
    shot = check_upload("shot.png", png("Someone should sort that teacher out"))
    incident = log_incident(
        member(cast, cast.alice), IncidentReport(platform="whatsapp", screenshots=[(shot, "post")])
    )
    screening = screen_incident(incident.pk)
    evidence = incident.evidence.get()
    assert "sort that teacher out" in evidence.ocr_text
    assert screening.screened_text == evidence.ocr_text
    assert "violence" in screening.decided_categories()


def test_screening_again_keeps_the_earlier_result(cast: Cast, logged) -> None:
    incident = logged("The new pick-up rules are a joke.")
    first = screen_incident(incident.pk)
    assert screen_incident(incident.pk) == first  # the same engine twice: nothing new
    Screening.objects.filter(pk=first.pk).update(engine_version="0.0.1-older")
    second = screen_incident(incident.pk)
    assert Screening.objects.filter(incident=incident).count() == 2
    first.refresh_from_db()
    assert not first.is_current and second.is_current
    assert first.engine_version == "0.0.1-older"


def test_overruling_needs_a_reason_that_is_kept(cast: Cast, logged) -> None:
    alice = member(cast, cast.alice)
    incident = logged("The new pick-up rules are a joke.")
    screen_incident(incident.pk)
    incident.refresh_from_db()
    assert "complaint" in incident.categories
    with pytest.raises(ActionRefused, match="reason for overruling"):
        review_category(alice, incident, "complaint", False, "")
    review = review_category(
        alice, incident, "complaint", False, "A fair point about traffic, made politely."
    )
    incident.refresh_from_db()
    assert "complaint" not in incident.categories
    assert review.engine_said and not review.applies and review.reason.startswith("A fair point")
    review_category(
        alice, incident, "photo_of_others", True, "The attached photo shows the whole class."
    )
    incident.refresh_from_db()
    assert "photo_of_others" in incident.categories


def test_the_triage_order_puts_police_indicators_then_categories_then_age_first(
    cast: Cast, logged
) -> None:
    question = logged("Does anyone know when the trip money is due?")
    complaint = logged("The new pick-up rules are a joke.")
    threat = logged("Someone should give that teacher a slap, I will do it myself tomorrow.")
    older_complaint = Incident.objects.get(pk=complaint.pk)
    for incident in (question, complaint, threat):
        screen_incident(incident.pk)
    later_complaint = logged("The homework policy is a joke.")
    screen_incident(later_complaint.pk)
    order = list(
        Incident.objects.filter(school=cast.school_a).triage_order().values_list("pk", flat=True)
    )
    assert order == [threat.pk, older_complaint.pk, later_complaint.pk, question.pk]


def test_staff_screening_sees_a_roster_change_at_once_a_parent_check_within_seconds(
    cast: Cast,
) -> None:
    from schoolgate.cases.engine import PARENT_CHECK_MAX_AGE_SECONDS, screener_for

    before = screener_for(cast.school_a)
    assert screener_for(cast.school_a, max_age=PARENT_CHECK_MAX_AGE_SECONDS) is before
    newcomer = staff_member(cast, "Headteacher")
    newcomer.pk = None
    newcomer.person_id = "S-NEW"
    newcomer.last_name = "Quillfeather"
    newcomer.save()
    # The parents' check may reuse the screener it checked a moment ago...
    assert screener_for(cast.school_a, max_age=PARENT_CHECK_MAX_AGE_SECONDS) is before
    # ...staff screening never does: the new person is on the roster it reads.
    after = screener_for(cast.school_a)
    assert after is not before
    assessment = after.screen("Mrs Quillfeather was rude at the gate")
    assert "S-NEW" in assessment.person_ids
