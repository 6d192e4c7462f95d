"""Evidence: checked by content, stored under its SHA-256, never altered, every view audited."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile

from schoolgate.cases.actions import ActionRefused, correct_evidence, open_evidence
from schoolgate.cases.evidence import MAX_EVIDENCE_BYTES, UploadRefused, check_upload
from schoolgate.cases.forms import CheckedFilesField
from schoolgate.cases.models import Evidence
from schoolgate.cases.tests.conftest import member, png
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge image: a decompression bomb's calling card."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "post.png",
            b"#!/bin/sh\nrm -rf /\n",
            "post.png is not a picture (PNG, JPEG, WebP or GIF) or a PDF",
        ),
        (
            "post.png",
            b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",
            "post.png is named .png but its content is a PDF",
        ),
        ("bomb.png", png_claiming(30000, 30000), "bomb.png expands to an unsafe size"),
        ("vast.png", png_claiming(8000, 8000), "vast.png claims to be 8000×8000 pixels"),
        ("empty.png", b"", "empty.png is empty"),
        ("huge.pdf", b"%PDF-1.4\n" + b"0" * MAX_EVIDENCE_BYTES, "files must be 20 MB or smaller"),
    ],
)
def test_uploads_that_are_not_what_they_claim_are_refused(
    name: str, data: bytes, message: str
) -> None:
    with pytest.raises(UploadRefused, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_upload(name, data)


class OversizedUpload(SimpleUploadedFile):
    """An upload whose size is known before it is read; reading it whole would fill memory."""

    def __init__(self, name: str, size: int) -> None:
        super().__init__(name, png(), content_type="image/png")
        self.size = size

    def read(self, *args: object) -> bytes:
        raise AssertionError("an upload known to be too large was read into memory")


def test_a_too_large_upload_is_refused_before_it_is_read() -> None:
    upload = OversizedUpload("film.png", 3 * 1024 * 1024 * 1024)
    with pytest.raises(forms.ValidationError) as refused:
        CheckedFilesField().clean([upload])
    assert refused.value.messages == ["film.png is 3072.0 MB; files must be 20 MB or smaller."]


def test_a_real_screenshot_is_accepted_with_its_type_from_content() -> None:
    checked = check_upload("IMG_0042.PNG", png("hello"))
    assert checked.content_type == "image/png"
    assert checked.sha256 == hashlib.sha256(checked.data).hexdigest()


def test_files_are_stored_once_under_their_hash(cast: Cast, logged, evidence_folder: Path) -> None:
    first = logged("one", with_screenshot=True)
    logged("one", with_screenshot=True)
    stored = list((evidence_folder / "evidence").rglob("*"))
    files = [p for p in stored if p.is_file()]
    assert len(files) == 1 and files[0].name == first.evidence.get().sha256
    assert Evidence.objects.count() == 2


def test_evidence_is_never_deleted_and_a_correction_keeps_the_original(cast: Cast, logged) -> None:
    evidence = logged("one", with_screenshot=True).evidence.get()
    with pytest.raises(PermissionError):
        evidence.delete()
    alice = member(cast, cast.alice)
    with pytest.raises(ActionRefused, match="why"):
        correct_evidence(alice, evidence, check_upload("full.png", png("one, uncropped")), "")
    corrected = correct_evidence(
        alice,
        evidence,
        check_upload("full.png", png("one, uncropped")),
        "The first crop hid the time.",
    )
    assert corrected.supersedes == evidence and corrected.incident == evidence.incident
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_every_view_and_download_is_audited(cast: Cast, logged) -> None:
    evidence = logged("one", with_screenshot=True).evidence.get()
    alice = member(cast, cast.alice)
    assert open_evidence(alice, evidence, is_download=False) == png("one")
    open_evidence(alice, evidence, is_download=True)
    verbs = list(
        AuditEvent.objects.filter(object_type="evidence", object_id=str(evidence.pk)).values_list(
            "verb", flat=True
        )
    )
    assert verbs == ["captured evidence", "viewed evidence", "downloaded evidence"]


def test_a_file_altered_on_disk_is_refused(cast: Cast, logged, evidence_folder: Path) -> None:
    evidence = logged("one", with_screenshot=True).evidence.get()
    (evidence_folder / evidence.storage_name).write_bytes(png("two"))
    with pytest.raises(OSError, match="no longer matches its SHA-256"):
        open_evidence(member(cast, cast.alice), evidence, is_download=False)
