"""Evidence bundles: the PDF's facts read back, other pupils redacted, the ZIP verified, the export audited."""

from __future__ import annotations

import hashlib
import io
import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from pypdf import PdfReader

from schoolgate.cases.actions import ActionRefused, export_bundle, open_case
from schoolgate.cases.actions.bundles import utc
from schoolgate.cases.evidence import check_upload
from schoolgate.cases.models import Case, Incident
from schoolgate.cases.tests.conftest import member, parent, png, staff_member
from schoolgate.schools.models import AuditEvent, Person, PersonKind
from schoolgate.test import Cast, sign_in

# Building a bundle of 20 screenshots is interactive work (a download from the case page):
# well under this, measured at about a second here, leaves room for a slow CI machine.
BUNDLE_OF_20_SECONDS = 30


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def other_pupil(cast: Cast, poster: Person) -> Person:
    own = poster.related_pupils.values_list("pk", flat=True)
    return (
        Person.objects.filter(school=cast.school_a, kind=PersonKind.PUPIL)
        .exclude(pk__in=own)
        .order_by("person_id")[0]
    )


@pytest.fixture
def case(cast: Cast, logged: Callable[..., Incident]) -> Case:
    poster = parent(cast)
    pupil = other_pupil(cast, poster)
    teacher = staff_member(cast, "Class teacher, Year 3")
    incident = logged(
        f"{pupil.first_name} {pupil.last_name} in Year 3 is a liar like {teacher.last_name}.",
        poster=poster,
        targets=[teacher],
        with_screenshot=True,
        permalink="https://www.facebook.com/groups/redscope/posts/1001",
        account_handle="@redscope.mum",
        capture_method="Screenshot on the school office phone",
    )
    return open_case(member(cast, cast.alice), incident)


def bundle_files(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_bundle_pdf_holds_the_capture_facts_hashes_and_redacts_other_pupils(
    cast: Cast, case: Case
) -> None:
    poster = parent(cast)
    pupil = other_pupil(cast, poster)
    files = bundle_files(export_bundle(member(cast, cast.alice), case))
    text = pdf_text(files["bundle.pdf"])
    evidence = case.incidents.get().evidence.get()
    for fact in (
        "Evidence bundle: case 1",
        "Redscope Primary School",
        "Index",
        "Timeline",
        "Continuity",
        "https://www.facebook.com/groups/redscope/posts/1001",
        "@redscope.mum",
        "Screenshot on the school office phone",
        "Alice Marchbank",
        utc(case.incidents.get().captured_at),
        "[pupil] in Year 3 is a liar",
    ):
        assert fact in text, fact
    assert evidence.sha256 in text.replace("\n", "")
    assert f"{pupil.first_name} {pupil.last_name}" not in text
    manifest = json.loads(files["manifest.json"])
    names = [entry["name"] for entry in manifest["files"]]
    assert names == ["bundle.pdf", f"files/001-{evidence.original_name}"]
    for entry in manifest["files"]:
        assert hashlib.sha256(files[entry["name"]]).hexdigest() == entry["sha256"]
    assert files[names[1]] == png(case.incidents.get().text)


def test_export_bundle_then_verify_bundle_and_a_changed_byte_is_named(
    cast: Cast, case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "case-1.zip"
    call_command("export_bundle", "--school", "redscope", "--case", "1", "--output", str(output))
    call_command("verify_bundle", str(output))
    assert "case-1.zip: intact, 2 files checked." in capsys.readouterr().out
    event = AuditEvent.objects.filter(school=cast.school_a, verb="exported evidence bundle").get()
    assert event.details["sha256"] == hashlib.sha256(output.read_bytes()).hexdigest()
    assert event.actor is None and event.details["by"] == "manage.py export_bundle"

    files = bundle_files(output.read_bytes())
    screenshot = next(name for name in files if name.startswith("files/"))
    changed = bytearray(files[screenshot])
    changed[100] ^= 1
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, bytes(changed) if name == screenshot else data)
    with pytest.raises(SystemExit) as exited:
        call_command("verify_bundle", str(tampered))
    assert exited.value.code == 1
    assert (
        f"tampered.zip: {screenshot} no longer matches its SHA-256. 1 files before it match."
        in capsys.readouterr().err
    )


def test_one_byte_flipped_inside_the_zip_is_named(
    cast: Cast, case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(export_bundle(member(cast, cast.hana), case))
    screenshot = png(case.incidents.get().text)
    data[data.index(screenshot) + 200] ^= 1
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(bytes(data))
    with pytest.raises(SystemExit):
        call_command("verify_bundle", str(flipped))
    assert (
        "flipped.zip: files/001-post.png no longer matches its SHA-256." in capsys.readouterr().err
    )


def test_only_roles_that_take_legal_or_police_steps_export(
    cast: Cast, case: Case, client: Client
) -> None:
    with pytest.raises(ActionRefused) as refused:
        export_bundle(member(cast, cast.olu), case)
    assert str(refused.value) == (
        "Only the roles the policy names for legal or police steps export the evidence bundle."
    )
    sign_in(client, cast.alice)
    page = client.get("/s/redscope/cases/1/").content.decode()
    assert "Download the evidence bundle (ZIP)" in page
    response = client.post("/s/redscope/cases/1/bundle/")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == ('attachment; filename="case-1-evidence-bundle.zip"')
    assert client.get("/s/redscope/cases/1/bundle/").status_code == 405
    sign_in(client, cast.bob)
    assert client.post("/s/redscope/cases/1/bundle/").status_code == 404
    sign_in(client, cast.tom)
    assert client.post("/s/redscope/cases/1/bundle/").status_code == 403


def test_a_bundle_of_20_screenshots_builds_in_time(
    cast: Cast, logged: Callable[..., Incident], capsys: pytest.CaptureFixture[str]
) -> None:
    alice = member(cast, cast.alice)
    poster = parent(cast)
    case = open_case(alice, logged("Post 0", poster=poster, with_screenshot=True))
    from schoolgate.cases.actions import add_evidence, add_to_case

    for number in range(1, 10):
        add_to_case(alice, logged(f"Post {number}", poster=poster, with_screenshot=True), case)
    for incident in case.incidents.all():
        screenshot = png(f"Thread around incident {incident.pk}", size=(1080, 1920))
        add_evidence(
            alice, check_upload("thread.png", screenshot), role="thread", incident=incident
        )
    started = time.perf_counter()
    data = export_bundle(alice, case)
    seconds = time.perf_counter() - started
    with capsys.disabled():
        print(f"\nbundle of 20 screenshots: {seconds:.2f} s, {len(data) / 1e6:.1f} MB")
    files = bundle_files(data)
    assert len([name for name in files if name.startswith("files/")]) == 20
    assert len(PdfReader(io.BytesIO(files["bundle.pdf"])).pages) >= 10
    assert seconds < BUNDLE_OF_20_SECONDS
