"""The screening as staff see it on the incident page: marked words, policy lines, their decisions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from schoolgate.cases.actions import screen_incident
from schoolgate.cases.actions.screening import refresh_judgement
from schoolgate.cases.models import CategoryReview, Incident, Screening
from schoolgate.cases.views_screening import highlight
from schoolgate.schools.models import Person
from schoolgate.screening import (
    CATEGORY_IDS,
    ENGINE_VERSION,
    Assessment,
    CategoryJudgement,
    Identification,
    Span,
)
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
        '&lt;b&gt;you&lt;/b&gt; <mark class="sg-span" title="Threatens or encourages violence: a '
        '&quot;threat&quot;">will pay<span class="govuk-visually-hidden"> (Threatens or encourages '
        "violence)</span></mark>"
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


FENWICK = "Mrs Fenwick is a disgrace and I will be waiting for her at the gate"


def screened_by_hand(
    incident: Incident, decided: tuple[str, ...], flags: tuple[str, ...], person_id: str
) -> None:
    """Give the incident a screening built by hand, as the engine would have written it."""
    categories = {
        c: CategoryJudgement(0.9 if c in decided else 0.1, c in decided, f"the policy on {c}")
        for c in CATEGORY_IDS
    }
    named = Identification("staff", "surname_with_title", 0, 11, "Mrs Fenwick", person_id)
    spans = tuple(Span(32, 67, flag, "a threat to wait for her") for flag in flags[1:])
    assessment = Assessment(categories, flags, (named,), spans, ENGINE_VERSION)
    Screening.objects.create(
        incident=incident,
        engine_version=ENGINE_VERSION,
        assessment=assessment.to_dict(),
        screened_text=incident.text,
    )
    refresh_judgement(incident)


@pytest.fixture
def fenwick(cast: Cast) -> Person:
    return Person.objects.create(
        school=cast.school_a,
        person_id="st-fenwick",
        kind="staff",
        title="Mrs",
        first_name="Rosa",
        last_name="Fenwick",
        role="Class teacher",
        year_group="5",
    )


def test_a_police_indicator_is_a_banner_at_the_top_saying_which_and_who_decides(
    cast: Cast, client: Client, logged: Callable[..., Incident], fenwick: Person
) -> None:
    incident = logged(FENWICK)
    flags = ("names_staff", "police_threat_of_violence", "police_racial_element")
    screened_by_hand(incident, ("violence", "discrimination"), flags, fenwick.person_id)

    page = sign_in(client, cast.alice).get(f"/s/redscope/incidents/{incident.pk}/").content.decode()

    banner = (
        '<div class="govuk-notification-banner govuk-notification-banner--important" '
        'role="region" aria-labelledby="police-indicator-title"'
    )
    assert banner in page and page.index(banner) < page.index("<h1")
    assert '<h2 class="govuk-notification-banner__title" id="police-indicator-title">' in page
    assert "The screening found police indicators: threat of violence and racial element." in page
    assert (
        "The screener advises; people decide. Staff decide whether to involve the police; "
        "criticism of the school or its staff alone is never a police matter." in page
    )
    assert 'role="alert"' not in page


def test_the_screening_shows_categories_flags_and_people_in_words(
    cast: Cast, client: Client, logged: Callable[..., Incident], fenwick: Person
) -> None:
    incident = logged(FENWICK)
    flags = ("names_staff", "police_threat_of_violence")
    screened_by_hand(incident, ("offensive_about_person", "violence"), flags, fenwick.person_id)

    page = sign_in(client, cast.alice).get(f"/s/redscope/incidents/{incident.pk}/").content.decode()

    assert "The screening found a police indicator: threat of violence." in page
    assert "<strong>Offensive comment about a person</strong>" in page
    assert '<strong class="govuk-tag govuk-tag--grey">Names a member of staff</strong>' in page
    assert (
        '<strong class="govuk-tag govuk-tag--red">Threat of violence: police indicator</strong>'
        in page
    )
    assert (
        "<li><strong>Threat of violence: police indicator</strong>: a threat to wait for her</li>"
        in page
    )
    assert "<li>“Mrs Fenwick”: Mrs Rosa Fenwick, Class teacher, Year 5</li>" in page
    for raw in ("offensive_about_person", "names_staff", "police_threat_of_violence"):
        assert f">{raw}<" not in page and f"{raw}:" not in page


def test_a_person_named_twice_is_listed_once_with_both_wordings(
    cast: Cast, client: Client, logged: Callable[..., Incident], fenwick: Person
) -> None:
    incident = logged("Mrs Fenwick never answers. Rosa Fenwick never will")
    categories = {c: CategoryJudgement(0.1, False, f"the policy on {c}") for c in CATEGORY_IDS}
    mentions = (
        Identification("staff", "surname_with_title", 0, 11, "Mrs Fenwick", fenwick.person_id),
        Identification("staff", "full_name", 27, 39, "Rosa Fenwick", fenwick.person_id),
    )
    assessment = Assessment(categories, ("names_staff",), mentions, (), ENGINE_VERSION)
    Screening.objects.create(
        incident=incident,
        engine_version=ENGINE_VERSION,
        assessment=assessment.to_dict(),
        screened_text=incident.text,
    )

    page = sign_in(client, cast.alice).get(f"/s/redscope/incidents/{incident.pk}/").content.decode()

    assert page.count("Mrs Rosa Fenwick, Class teacher, Year 5") == 1
    assert "<li>“Mrs Fenwick”, “Rosa Fenwick”: Mrs Rosa Fenwick, Class teacher, Year 5</li>" in page


def test_no_banner_without_a_police_indicator(
    cast: Cast, client: Client, logged: Callable[..., Incident], fenwick: Person
) -> None:
    incident = logged("Mrs Fenwick never answers e-mails")
    screened_by_hand(incident, ("complaint",), ("names_staff",), fenwick.person_id)

    page = sign_in(client, cast.alice).get(f"/s/redscope/incidents/{incident.pk}/").content.decode()

    assert "police-indicator-title" not in page
    assert "<strong>Complaint about staff or the school</strong>" in page
