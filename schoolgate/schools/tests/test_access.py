"""Nobody reaches another school's people or roster, by page or by command."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command
from django.test import Client

from schoolgate.schools.models import Person
from schoolgate.test import Cast, sign_in


def test_a_dsl_sees_their_own_schools_people(cast: Cast, client: Client) -> None:
    pupil = Person.objects.filter(school=cast.school_a, kind="pupil").first()
    assert pupil is not None
    response = sign_in(client, cast.alice).get(f"/s/redscope/people/{pupil.pk}/")
    assert response.status_code == 200
    assert pupil.last_name in response.content.decode()


def test_another_schools_dsl_gets_404_on_a_person(cast: Cast, client: Client) -> None:
    pupil = Person.objects.filter(school=cast.school_a, kind="pupil").first()
    assert pupil is not None
    sign_in(client, cast.bob)
    assert client.get(f"/s/redscope/people/{pupil.pk}/").status_code == 404
    # Nor by asking for Redscope's person under Bob's own school.
    assert client.get(f"/s/hollowmere/people/{pupil.pk}/").status_code == 404


def test_another_schools_dsl_gets_404_on_the_people_list_and_export(
    cast: Cast, client: Client
) -> None:
    sign_in(client, cast.bob)
    assert client.get("/s/redscope/people/").status_code == 404
    assert client.get("/s/redscope/people/export.csv").status_code == 404
    assert client.get("/s/redscope/").status_code == 404


def test_an_export_holds_only_the_schools_own_people(cast: Cast, client: Client) -> None:
    redscope_ids = set(
        Person.objects.filter(school=cast.school_a).values_list("last_name", "first_name")
    )
    export = sign_in(client, cast.hana).get("/s/redscope/people/export.csv")
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    hollowmere = (
        Person.objects.filter(school=cast.school_b)
        .exclude(last_name__in=[last for last, _ in redscope_ids])
        .first()
    )
    assert hollowmere is not None
    assert f"{hollowmere.first_name},{hollowmere.last_name}" not in export.content.decode()


def test_the_export_command_writes_only_the_named_school(cast: Cast) -> None:
    out = StringIO()
    call_command("export_roster", school="hollowmere", stdout=out)
    rows = out.getvalue().strip().splitlines()
    assert len(rows) - 1 == Person.objects.filter(school=cast.school_b).count()
    ids_a = set(Person.objects.filter(school=cast.school_a).values_list("pk", flat=True))
    assert ids_a.isdisjoint(
        Person.objects.filter(school=cast.school_b).values_list("pk", flat=True)
    )


def test_roles_without_the_roster_get_403(cast: Cast, client: Client) -> None:
    sign_in(client, cast.tom)
    assert client.get("/s/redscope/people/").status_code == 403
    sign_in(client, cast.gail)
    assert client.get("/s/redscope/people/").status_code == 403
    sign_in(client, cast.alice)
    assert client.get("/s/redscope/people/import/").status_code == 403


def test_a_trust_admin_sees_the_schools_home_but_not_their_children(
    cast: Cast, client: Client
) -> None:
    sign_in(client, cast.trudy)
    assert client.get("/s/redscope/").status_code == 200
    assert client.get("/s/hollowmere/").status_code == 200
    assert client.get("/s/redscope/people/").status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(cast: Cast, client: Client) -> None:
    response = client.get("/s/redscope/people/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/?next=/s/redscope/people/")


def test_the_people_search_finds_by_name(cast: Cast, client: Client) -> None:
    pupil = Person.objects.filter(school=cast.school_a, kind="pupil").last()
    assert pupil is not None
    response = sign_in(client, cast.olu).get(
        "/s/redscope/people/", {"q": pupil.first_name, "kind": "pupil"}
    )
    assert pupil.display_name in response.content.decode()
