"""The screening as staff see it on the incident page: marked words, policy lines, their decisions."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from schoolgate.cases.actions import screen_incident
from schoolgate.cases.models import CategoryReview, Incident
from schoolgate.cases.views import highlight
from schoolgate.test import Cast, sign_in

THREAT = "Mr Wood is a liar and I will punch him at pick-up <script>alert(1)</script>"


def test_highlighting_escapes_the_text_and_marks_each_span() -> None:
    text = "<b>you</b> will pay"
    html = highlight(
        text,
        [
            {"start": 11, "end": 19, "label": "violence", "why": 'a "threat"'},
            {"start": 15, "end": 19, "label": "nested", "why": "skipped"},
            {"start": 0, "end": 3, "label": "image", "why": "x", "image": 0},
        ],
    )
    assert html == (
        '&lt;b&gt;you&lt;/b&gt; <mark class="sg-span" title="violence: a &quot;threat&quot;">will pay'
        '<span class="govuk-visually-hidden"> (violence)</span></mark>'
    )


def test_the_incident_page_shows_the_screening_with_policy_lines_and_marked_words(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    incident = logged(THREAT)
    screening = screen_incident(incident.pk)
    sign_in(client, cast.alice)
    page = client.get(f"/s/redscope/incidents/{incident.pk}/").content.decode()
    assert "Screening in progress" not in page
    assert f"Screened by engine {screening.engine_version}" in page
    assert '<mark class="sg-span"' in page
    assert (
        "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    )
    violence = screening.assessment["categories"]["violence"]
    assert violence["policy_line"] in page.replace("&#x27;", "'")
    assert 'class="govuk-inset-text sg-blurred sg-pre" id="screened-text"' in page
    assert 'aria-pressed="false" aria-controls="screened-text"' in page
    fragment = client.get(f"/s/redscope/incidents/{incident.pk}/screening/").content.decode()
    assert fragment.startswith('<section id="screening"') and "hx-trigger" not in fragment


def test_staff_overrule_a_category_only_with_a_reason(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    incident = logged(THREAT)
    screening = screen_incident(incident.pk)
    engine_said = screening.assessment["categories"]["complaint"]["decided"]
    overrule = "no" if engine_said else "yes"
    sign_in(client, cast.olu)
    url = f"/s/redscope/incidents/{incident.pk}/review/"
    page = client.post(
        url, {"category": "complaint", "applies": overrule, "reason": ""}
    ).content.decode()
    assert "Give a reason for overruling the screening." in page
    response = client.post(
        url,
        {
            "category": "complaint",
            "applies": overrule,
            "reason": "It is a threat, not a complaint.",
        },
    )
    assert response.status_code == 302
    review = CategoryReview.objects.get(incident=incident)
    assert review.reason == "It is a threat, not a complaint." and review.reviewed_by == cast.olu
    page = client.get(f"/s/redscope/incidents/{incident.pk}/").content.decode()
    assert "overruled by olu@redscope.example" in page


def test_rescreening_lists_the_earlier_screening(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    incident = logged(THREAT)
    screen_incident(incident.pk)
    screen_incident(incident.pk, again=True)
    page = sign_in(client, cast.alice).get(f"/s/redscope/incidents/{incident.pk}/").content.decode()
    assert "Earlier screenings" in page


def test_logging_through_the_form_runs_the_screening_once_committed(
    cast: Cast, client: Client, django_capture_on_commit_callbacks
) -> None:
    sign_in(client, cast.alice)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/s/redscope/incidents/new/", {"platform": "x", "text": THREAT})
    page = client.get(response["Location"]).content.decode()
    assert "Screened by engine" in page
