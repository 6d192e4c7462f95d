"""Correcting a screenshot from the incident page: a new file beside the untouched original."""

from __future__ import annotations

from collections.abc import Callable

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from schoolgate.cases.models import Evidence, Incident
from schoolgate.cases.tests.conftest import png
from schoolgate.test import Cast, sign_in


def upload(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("uncropped.png", png(text), content_type="image/png")


def test_office_staff_add_a_corrected_file_and_the_original_stays(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    original = logged("one", with_screenshot=True).evidence.get()
    response = sign_in(client, cast.olu).post(
        f"/s/redscope/evidence/{original.pk}/correct/",
        {
            "file": upload("one, with the time showing"),
            "reason": "The first crop hid the post time.",
        },
    )
    assert response.status_code == 302
    corrected = Evidence.objects.get(supersedes=original)
    assert corrected.correction_reason == "The first crop hid the post time."
    assert Evidence.objects.get(pk=original.pk).sha256 == original.sha256
    page = client.get(f"/s/redscope/incidents/{original.incident_id}/").content.decode()
    assert "Corrects post.png: The first crop hid the post time." in page


def test_a_correction_without_a_reason_or_with_a_fake_image_is_refused(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    original = logged("one", with_screenshot=True).evidence.get()
    sign_in(client, cast.olu)
    no_reason = client.post(
        f"/s/redscope/evidence/{original.pk}/correct/", {"file": upload("x"), "reason": ""}
    )
    assert no_reason.status_code == 400 and "This field is required." in no_reason.content.decode()
    script = SimpleUploadedFile("shot.png", b"#!/bin/sh\necho hi\n", content_type="image/png")
    fake = client.post(
        f"/s/redscope/evidence/{original.pk}/correct/", {"file": script, "reason": "better"}
    )
    assert "shot.png is not a picture" in fake.content.decode()
    assert not Evidence.objects.filter(supersedes=original).exists()


def test_only_intake_staff_of_the_school_may_correct(
    cast: Cast, client: Client, logged: Callable[..., Incident]
) -> None:
    original = logged("one", with_screenshot=True, by=cast.tom).evidence.get()
    data = {"file": upload("y"), "reason": "better"}
    assert (
        sign_in(client, cast.tom)
        .post(f"/s/redscope/evidence/{original.pk}/correct/", data)
        .status_code
        == 403
    )
    data = {"file": upload("y"), "reason": "better"}
    assert (
        sign_in(client, cast.bob)
        .post(f"/s/hollowmere/evidence/{original.pk}/correct/", data)
        .status_code
        == 404
    )
    assert not Evidence.objects.filter(supersedes=original).exists()
