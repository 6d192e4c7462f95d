"""The incident form's person picker: search as you type, and only people the member may see."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.utils.html import escape

from schoolgate.cases.models import Incident
from schoolgate.schools.models import Person
from schoolgate.test import Cast, sign_in

PICK = "/s/redscope/people/pick/"
NEW = "/s/redscope/incidents/new/"


def pupil(cast: Cast) -> Person:
    return Person.objects.filter(school=cast.school_a, kind="pupil").order_by("person_id")[3]


def adult(cast: Cast, kind: str) -> Person:
    return Person.objects.filter(school=cast.school_a, kind=kind).order_by("person_id")[0]


def labels_in(page: str, people) -> list[str]:
    return [p.picker_label for p in people if escape(p.picker_label) in page]


def pick(client: Client, q: str, **params: str) -> str:
    response = client.get(PICK, {"q": q, "for": "id_targets", **params})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    return response.content.decode()


def test_staff_without_the_roster_get_no_pupil_or_parent_in_the_form(
    cast: Cast, client: Client
) -> None:
    page = sign_in(client, cast.tom).get(NEW).content.decode()
    children_and_families = Person.objects.filter(
        school=cast.school_a, kind__in=["pupil", "parent"]
    )
    assert labels_in(page, children_and_families) == []
    assert f'<option value="{pupil(cast).pk}"' not in page
    assert escape(adult(cast, "staff").picker_label) in page
    assert escape(adult(cast, "governor").picker_label) in page
    assert 'id="id_poster"' not in page
    assert "Staff and governors only. Name any child or family in the text" in page


def test_staff_without_the_roster_find_no_pupil_by_typing(cast: Cast, client: Client) -> None:
    sign_in(client, cast.tom)
    child, carer = pupil(cast), adult(cast, "parent")
    for person in (child, carer):
        found = pick(client, person.last_name)
        assert f'data-pick-value="{person.pk}"' not in found
        assert escape(person.picker_label) not in found
    colleague = adult(cast, "staff")
    assert f'data-pick-value="{colleague.pk}"' in pick(client, colleague.last_name[:3])
    anyone = pick(client, "ar")
    assert "(Pupil" not in anyone and "(Parent or carer" not in anyone


def test_staff_without_the_roster_cannot_name_a_pupil_or_parent_by_id(
    cast: Cast, client: Client
) -> None:
    sign_in(client, cast.tom)
    response = client.post(
        NEW,
        {
            "platform": "facebook",
            "text": "Rude words about a child",
            "poster": adult(cast, "parent").pk,
            "targets": [pupil(cast).pk],
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Choose the people it is about from the list." in page
    assert "Choose the poster from the list of parents and carers, or Not known." in page
    assert not Incident.objects.exists()


def test_a_dsl_finds_a_pupil_by_typing_part_of_the_name(cast: Cast, client: Client) -> None:
    child = pupil(cast)
    found = pick(sign_in(client, cast.alice), child.first_name[1:4].upper())
    assert (
        f'<button type="button" class="govuk-button govuk-button--secondary '
        f'govuk-!-margin-bottom-1" data-pick-for="id_targets" data-pick-value="{child.pk}">'
        f"{escape(child.picker_label)}</button>"
    ) in found
    both_names = pick(client, f"{child.first_name[:3]} {child.last_name[:3]}")
    assert f'data-pick-value="{child.pk}"' in both_names


def test_the_poster_picker_offers_parents_only(cast: Cast, client: Client) -> None:
    child, carer = pupil(cast), adult(cast, "parent")
    sign_in(client, cast.alice)
    assert f'data-pick-value="{child.pk}"' not in pick(client, child.last_name, kind="parent")
    assert f'data-pick-value="{carer.pk}"' in pick(client, carer.last_name, kind="parent")


def test_another_schools_people_never_appear(cast: Cast, client: Client) -> None:
    theirs = Person.objects.filter(school=cast.school_b, kind="pupil").first()
    assert theirs is not None
    sign_in(client, cast.alice)
    assert f'data-pick-value="{theirs.pk}"' not in pick(client, theirs.last_name)
    assert f'data-pick-value="{theirs.pk}"' not in pick(client, theirs.person_id)
    assert f'<option value="{theirs.pk}"' not in client.get(NEW).content.decode()
    bob = sign_in(Client(), cast.bob)
    assert bob.get(PICK, {"q": "an", "for": "id_targets"}).status_code == 404


def test_the_picker_needs_two_letters_and_shows_twenty_at_most(cast: Cast, client: Client) -> None:
    sign_in(client, cast.alice)
    short = pick(client, "a")
    assert "Type 2 or more letters of a name." in short
    assert "data-pick-value" not in short
    assert Person.objects.filter(school=cast.school_a).matching("ar").count() > 20
    many = pick(client, "ar")
    assert len(re.findall(r"data-pick-value=", many)) == 20
    assert "20 people match “ar”; type more of the name to see others. Choose one" in many
    assert "No one you can choose matches “zzq”." in pick(client, "zzq")


def test_only_members_who_log_incidents_may_search(cast: Cast, client: Client) -> None:
    governor = sign_in(client, cast.gail).get(PICK, {"q": "an", "for": "id_targets"})
    assert governor.status_code == 403
    alice = sign_in(Client(), cast.alice)
    assert alice.get(PICK, {"q": "an", "for": '"><script>'}).status_code == 400


def test_the_search_is_labelled_and_its_matches_are_read_out(cast: Cast, client: Client) -> None:
    page = sign_in(client, cast.alice).get(NEW).content.decode()
    for field in ("id_poster", "id_targets"):
        assert f'<label class="govuk-label" for="{field}_search">' in page
        assert f'<div id="{field}_matches" aria-live="polite"></div>' in page
        assert f'aria-controls="{field}_matches"' in page
        assert f'aria-describedby="{field}_search_hint"' in page
        assert f'id="{field}_search_hint"' in page
    assert "Search the parents and carers by name" in page and "Search the roster by name" in page
    # Without scripts the search stays hidden and the plain lists do the work.
    assert page.count('<div class="govuk-form-group" data-person-search hidden>') == 2
    assert '<select name="poster"' in page
    assert 'src="/static/schoolgate/init.js"' in page


def test_the_action_itself_refuses_a_pupil_named_by_staff_without_the_roster(cast: Cast) -> None:
    from schoolgate.cases.actions import ActionRefused, IncidentReport, log_incident
    from schoolgate.cases.tests.conftest import member

    report = IncidentReport(platform="facebook", text="A post", targets=[pupil(cast)])
    with pytest.raises(ActionRefused) as refused:
        log_incident(member(cast, cast.tom), report)
    assert str(refused.value) == (
        "Your role can name only staff and governors; give the poster's handle."
    )
    assert not Incident.objects.exists()
    staff = adult(cast, "staff")
    report = IncidentReport(platform="facebook", text="A post", targets=[staff])
    assert list(log_incident(member(cast, cast.tom), report).targets.all()) == [staff]
