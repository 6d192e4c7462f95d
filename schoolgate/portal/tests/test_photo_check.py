"""The photo check: faces boxed, other faces blurred or a crop, the school's own photos named."""

from __future__ import annotations

import base64
import io
import re

import numpy as np
import pytest
from django.test import Client
from PIL import Image

from schoolgate.portal.models import LibraryImage
from schoolgate.portal.tests.conftest import jpeg
from schoolgate.schools.models import AuditEvent
from schoolgate.screening.tests import drawn
from schoolgate.test import Cast, sign_in

pytestmark = pytest.mark.django_db
CHECK = "/parents/redscope/check/"
LIBRARY = "/s/redscope/image-library/"


def upload(data: bytes, name: str = "photo.jpg") -> io.BytesIO:
    file = io.BytesIO(data)
    file.name = name
    return file


def test_several_faces_are_boxed_and_the_parent_gets_a_copy_with_the_others_blurred(
    cast: Cast, client: Client
) -> None:
    photo = jpeg(drawn.faces(3))
    page = client.post(CHECK, {"check": "photo", "photo": upload(photo)}).content.decode()
    assert "We found 3 faces in this photo, so it may show other people" in page
    assert 'src="data:image/jpeg;base64,' in page
    assert '<label class="govuk-label govuk-radios__label" for="id_keep_2">Face 3</label>' in page
    photo_data = re.search(r'name="photo_data" value="([^"]+)"', page)
    faces = re.search(r'name="faces" value="([^"]+)"', page)
    assert photo_data and faces
    form = {"check": "keep_face", "photo_data": photo_data[1], "faces": faces[1]}
    page = client.post(CHECK, {**form, "keep": "1", "result": "blur"}).content.decode()
    assert "Your copy with the other faces blurred" in page
    blurred = re.search(
        r'href="data:image/jpeg;base64,([^"]+)" download="photo-to-share.jpg"', page
    )
    assert blurred
    before = np.asarray(Image.open(io.BytesIO(base64.b64decode(photo_data[1]))).convert("L"), float)
    after = np.asarray(Image.open(io.BytesIO(base64.b64decode(blurred[1]))).convert("L"), float)
    boxes = [tuple(int(n) for n in box.split(",")) for box in faces[1].split(";")]
    changed = [
        np.abs(before[y : y + h, x : x + w] - after[y : y + h, x : x + w]).mean()
        for x, y, w, h in boxes
    ]
    assert changed[0] < 3 < min(changed[1:])

    page = client.post(CHECK, {**form, "keep": "2", "result": "crop"}).content.decode()
    cropped = re.search(r'href="data:image/jpeg;base64,([^"]+)"', page)
    assert cropped
    assert Image.open(io.BytesIO(base64.b64decode(cropped[1]))).width < 900


def test_choosing_no_face_is_asked_again(cast: Cast, client: Client) -> None:
    page = client.post(
        CHECK, {"check": "photo", "photo": upload(jpeg(drawn.faces(2)))}
    ).content.decode()
    photo_data = re.search(r'name="photo_data" value="([^"]+)"', page)
    faces = re.search(r'name="faces" value="([^"]+)"', page)
    assert photo_data and faces
    response = client.post(
        CHECK,
        {"check": "keep_face", "photo_data": photo_data[1], "faces": faces[1], "result": "blur"},
    )
    assert response.status_code == 400
    assert '<a href="#id_keep_0">Choose the face to keep</a>' in response.content.decode()


def test_a_file_that_is_not_a_photo_is_refused(cast: Cast, client: Client) -> None:
    response = client.post(CHECK, {"check": "photo", "photo": upload(b"not a photo", "x.jpg")})
    assert response.status_code == 400
    assert (
        "The file is not a photo this check can read. Choose a JPEG or PNG image"
        in response.content.decode()
    )


def test_a_photo_over_the_cap_is_refused_before_it_is_read(
    cast: Cast, client: Client, monkeypatch
) -> None:
    monkeypatch.setattr("schoolgate.portal.uploads.MAX_PHOTO_BYTES", 1000)
    response = client.post(CHECK, {"check": "photo", "photo": upload(jpeg(drawn.faces(1)))})
    assert response.status_code == 413
    assert "The photo must be smaller than 12 MB" in response.content.decode()


def test_office_staff_add_a_dojo_photo_and_a_parent_reposting_it_is_told(
    cast: Cast, client: Client
) -> None:
    published = drawn.shapes(seed=7)
    sign_in(client, cast.olu)
    response = client.post(
        LIBRARY,
        {
            "image": upload(drawn.as_bytes(published), "dojo.png"),
            "source": "dojo",
            "label": "Year 3 trip",
        },
    )
    assert response.status_code == 302
    image = LibraryImage.objects.get()
    assert image.hashes.startswith("pdq:") and image.label == "Year 3 trip"
    event = AuditEvent.objects.filter(school=cast.school_a).latest("sequence")
    assert (event.verb, event.details) == (
        "image_library.added",
        {"source": "dojo", "label": "Year 3 trip"},
    )
    assert "Year 3 trip" in client.get(LIBRARY).content.decode()

    parent = Client()
    repost = jpeg(published.resize((480, 360)), quality=70)
    page = parent.post(CHECK, {"check": "photo", "photo": upload(repost)}).content.decode()
    assert "This photo is from ClassDojo: consent to Dojo is not consent to social media." in page
    other = parent.post(
        CHECK, {"check": "photo", "photo": upload(jpeg(drawn.shapes(seed=8)))}
    ).content.decode()
    assert "ClassDojo" not in other


@pytest.mark.parametrize(
    ("user", "status"), [("tom", 403), ("gail", 403), ("bob", 404), ("alice", 200), ("hana", 200)]
)
def test_the_library_is_for_office_head_and_dsl_at_their_own_school(
    cast: Cast, client: Client, user: str, status: int
) -> None:
    sign_in(client, getattr(cast, user))
    assert client.get(LIBRARY).status_code == status


def test_staff_remove_a_photo_from_the_library(cast: Cast, client: Client) -> None:
    sign_in(client, cast.hana)
    client.post(
        LIBRARY,
        {"image": upload(jpeg(drawn.shapes(seed=3))), "source": "newsletter", "label": "June"},
    )
    image = LibraryImage.objects.get()
    assert client.get(f"{LIBRARY}{image.pk}/remove/").status_code == 405
    client.post(f"{LIBRARY}{image.pk}/remove/")
    assert not LibraryImage.objects.exists()
    sign_in(Client(), cast.bob)
