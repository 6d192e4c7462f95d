"""Allegations that staff harmed a child: the banner first, the LADO decision, hiding the case."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import time_machine
from django.test import Client
from pypdf import PdfReader

from schoolgate.cases.actions import StepRecord, add_evidence, open_case, record_step
from schoolgate.cases.evidence import check_upload
from schoolgate.cases.models import Case, Incident, SafeguardingConcern
from schoolgate.cases.tests.conftest import member, parent, png
from schoolgate.schools.models import AuditEvent, Person
from schoolgate.test import Cast, sign_in

WORDS = "Miss Marchbank grabbed my son by the arm and hurt him."


def accused_alice(cast: Cast) -> Person:
    """Alice the DSL is also on the roster as staff: the allegation is about her."""
    return Person.objects.create(
        school=cast.school_a,
        person_id="S900",
        kind="staff",
        title="Miss",
        first_name="Alice",
        last_name="Marchbank",
        role="Designated safeguarding lead",
    )


def alleging_case(cast: Cast, logged: Callable[..., Incident], target: Person) -> Case:
    hana = member(cast, cast.hana)
    incident = logged(
        WORDS,
        by=cast.hana,
        platform="facebook",
        permalink="https://facebook.example/posts/99",
        poster=parent(cast),
        targets=[target],
    )
    Incident.objects.filter(pk=incident.pk).update(categories=["allegation"])
    case = open_case(hana, incident)
    record_step(hana, case, StepRecord("informal_discussion"))
    return case


def confirm(client: Client, case: Case, accused: Person) -> None:
    response = client.post(
        f"/s/redscope/cases/{case.number}/safeguarding/confirm/", {"accused": accused.pk}
    )
    assert response.status_code == 302


def test_staff_confirm_the_allegation_and_the_banner_comes_first(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    accused = accused_alice(cast)
    case = alleging_case(cast, logged, accused)
    sign_in(client, cast.hana)
    url = f"/s/redscope/cases/{case.number}/"
    assert "This alleges harm to a child" in client.get(url).content.decode()

    # Friday 22 May 2026, before the spring bank holiday: one working day is Tuesday.
    with time_machine.travel(dt.datetime(2026, 5, 22, 10, tzinfo=dt.UTC), tick=False):
        confirm(client, case, accused)
    html = client.get(url).content.decode()

    banner = html.index(
        "A post in this case alleges that Miss Alice Marchbank, a member of staff, harmed a child."
    )
    assert banner < html.index('<h1 class="govuk-heading-l">')
    assert "within one working day: by Tuesday 26 May 2026, 17:00" in html
    assert AuditEvent.objects.filter(verb="confirmed allegation of harm to a child").count() == 1


def test_the_decision_needs_a_reason_and_is_kept(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    accused = accused_alice(cast)
    case = alleging_case(cast, logged, accused)
    sign_in(client, cast.hana)
    confirm(client, case, accused)
    url = f"/s/redscope/cases/{case.number}/safeguarding/decision/"

    client.post(url, {"decision": "refer"})
    html = client.get(f"/s/redscope/cases/{case.number}/").content.decode()
    assert "Give the reason for the decision." in html

    client.post(url, {"decision": "refer", "reason": "An allegation of physical harm."})
    concern = SafeguardingConcern.objects.get(case=case)
    assert (concern.decision, concern.decision_reason) == (
        "refer",
        "An allegation of physical harm.",
    )
    assert concern.decided_by == cast.hana
    html = client.get(f"/s/redscope/cases/{case.number}/").content.decode()
    assert "Decision: <strong>Refer to the LADO</strong>, by hana@redscope.example" in html


def test_the_accused_member_of_staff_cannot_see_the_case(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    accused = accused_alice(cast)
    case = alleging_case(cast, logged, accused)
    sign_in(client, cast.alice)
    url = f"/s/redscope/cases/{case.number}/"
    assert client.get(url).status_code == 200

    confirm(sign_in(Client(), cast.hana), case, accused)

    assert client.get(url).status_code == 404
    assert client.get(url + "platform-report/").status_code == 404
    assert client.get(url + "safeguarding/lado-referral/").status_code == 404
    assert (
        f'href="/s/redscope/cases/{case.number}/"'
        not in client.get("/s/redscope/cases/").content.decode()
    )
    incident = case.incidents.get()
    assert client.get(f"/s/redscope/incidents/{incident.pk}/").status_code == 404
    assert WORDS not in client.get("/s/redscope/incidents/?status=in_case").content.decode()
    assert sign_in(Client(), cast.hana).get(url).status_code == 200
    # Nor a file attached to one of the case's steps (a letter, say).
    step = case.steps.get()
    attached = add_evidence(
        member(cast, cast.hana), check_upload("note.png", png("meeting note")), step=step
    )
    assert client.get(f"/s/redscope/evidence/{attached.pk}/").status_code == 404
    hana = sign_in(Client(), cast.hana)
    assert hana.get(f"/s/redscope/evidence/{attached.pk}/").status_code == 200


def test_the_lado_referral_is_prefilled(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    accused = accused_alice(cast)
    case = alleging_case(cast, logged, accused)
    sign_in(client, cast.hana)
    confirm(client, case, accused)
    url = f"/s/redscope/cases/{case.number}/safeguarding/lado-referral/"

    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages).split()
    )
    assert "Miss Alice Marchbank (Designated safeguarding lead)" in text
    assert WORDS in text
    assert "Keeping Children Safe in Education, Part 4" in text
    plain = client.get(url + "?format=text").content.decode()
    assert "Member of staff the allegation is about: Miss Alice Marchbank" in plain
    assert AuditEvent.objects.filter(verb="exported LADO referral").count() == 2
    assert sign_in(Client(), cast.bob).get(url).status_code == 404
    assert sign_in(Client(), cast.gail).get(url).status_code == 403


def test_the_platform_report_names_the_reporting_restriction(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    accused = accused_alice(cast)
    case = alleging_case(cast, logged, accused)
    sign_in(client, cast.hana)
    pack = f"/s/redscope/cases/{case.number}/platform-report/"
    assert "section 141F of the Education Act 2002" not in client.get(pack).content.decode()

    confirm(client, case, accused)

    assert "section 141F of the Education Act 2002" in client.get(pack).content.decode()


def test_only_staff_an_allegation_names_can_be_confirmed(
    client: Client, cast: Cast, logged: Callable[..., Incident]
) -> None:
    accused = accused_alice(cast)
    case = alleging_case(cast, logged, accused)
    other = Person.objects.filter(school=cast.school_a, kind="staff").exclude(pk=accused.pk)[0]
    sign_in(client, cast.hana)

    client.post(f"/s/redscope/cases/{case.number}/safeguarding/confirm/", {"accused": other.pk})

    html = client.get(f"/s/redscope/cases/{case.number}/").content.decode()
    assert "Choose a member of staff that an allegation in this case is about." in html
    assert not SafeguardingConcern.objects.exists()
