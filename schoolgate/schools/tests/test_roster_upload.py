"""The office's roster upload page."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from schoolgate.schools.models import Person
from schoolgate.schools.tests.test_roster_import import GOOD
from schoolgate.test import Cast, sign_in


def test_office_staff_upload_a_roster(cast: Cast, client: Client) -> None:
    extra = GOOD.replace("S001,", "NEW1,", 1)
    upload = SimpleUploadedFile("roster.csv", extra.encode(), content_type="text/csv")
    response = sign_in(client, cast.olu).post("/s/redscope/people/import/", {"file": upload})
    assert response.status_code == 200
    assert "Roster imported" in response.content.decode()
    assert Person.objects.filter(school=cast.school_a, person_id="NEW1").exists()


def test_a_bad_upload_lists_every_problem_and_imports_nothing(cast: Cast, client: Client) -> None:
    before = Person.objects.filter(school=cast.school_a).count()
    bad = GOOD.replace("NEW", "").replace(",yes,yes,no,no", ",maybe,yes,no,no")
    upload = SimpleUploadedFile("roster.csv", bad.encode(), content_type="text/csv")
    response = sign_in(client, cast.olu).post("/s/redscope/people/import/", {"file": upload})
    page = response.content.decode()
    assert "Nothing was imported" in page
    assert "row 4, consent_dojo: &#x27;maybe&#x27; is not yes or no" in page
    assert Person.objects.filter(school=cast.school_a).count() == before


def test_another_school_cannot_upload_into_redscope(cast: Cast, client: Client) -> None:
    upload = SimpleUploadedFile("roster.csv", GOOD.encode(), content_type="text/csv")
    response = sign_in(client, cast.bob).post("/s/redscope/people/import/", {"file": upload})
    assert response.status_code == 404
