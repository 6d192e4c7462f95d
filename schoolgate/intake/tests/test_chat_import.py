"""Importing a WhatsApp chat export: upload, pick, one incident per message, all or nothing."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from schoolgate.cases.evidence import MAX_CHAT_COMPRESSION_RATIO
from schoolgate.cases.models import Evidence, Incident
from schoolgate.cases.tests.conftest import png
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast, sign_in

CHAT = """\
12/03/2026, 09:10 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
12/03/2026, 09:14 - Priya Okafor: Has anyone else heard about the trip?
12/03/2026, 09:15 - Dev Halloran: Mr Pendle has no idea what he is doing
and someone should tell the head
12/03/2026, 09:16 - Dev Halloran: IMG-20260312-WA0003.jpg (file attached)
Look at this
12/03/2026, 09:17 - Sam Whitlow: VID-20260312-WA0004.mp4 (file attached)
"""


@pytest.fixture(autouse=True)
def evidence_folder(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def jpeg() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), "teal").save(buffer, "JPEG")
    return buffer.getvalue()


def export_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def upload(client: Client, name: str, data: bytes) -> Any:
    return client.post(
        "/s/redscope/intake/chat/", {"export": SimpleUploadedFile(name, data)}, follow=False
    )


def ticket_of(page: str) -> str:
    match = re.search(r'name="ticket" value="([^"]+)"', page)
    assert match, page
    return match.group(1)


def test_office_staff_upload_a_zip_pick_two_messages_and_get_two_incidents(
    cast: Cast, client: Client
) -> None:
    data = export_zip(
        {
            "WhatsApp Chat with Year 3 Parents.txt": CHAT.encode(),
            "IMG-20260312-WA0003.jpg": jpeg(),
            "VID-20260312-WA0004.mp4": b"\x00\x00\x00\x18ftypmp42 not really a video",
        }
    )
    sign_in(client, cast.olu)
    page = upload(client, "WhatsApp Chat with Year 3 Parents.zip", data).content.decode()

    assert "WhatsApp Chat with Year 3 Parents.zip: 4 messages." in page
    assert "<strong>Dev Halloran</strong>, 12/03/2026, 09:15" in page
    assert "Mr Pendle has no idea what he is doing<br>and someone should tell the head" in page
    assert "Attachment: IMG-20260312-WA0003.jpg" in page
    assert Incident.objects.count() == 0

    response = client.post(
        "/s/redscope/intake/chat/import/", {"ticket": ticket_of(page), "messages": ["2", "3"]}
    )

    assert response.status_code == 302
    assert response["Location"] == "/s/redscope/incidents/"
    first, second = Incident.objects.order_by("pk")
    assert (first.platform, first.display_name) == ("whatsapp", "Dev Halloran")
    assert first.text == "Mr Pendle has no idea what he is doing\nand someone should tell the head"
    assert first.posted_at == dt.datetime(2026, 3, 12, 9, 15, tzinfo=dt.UTC)
    assert first.posted_at_shown == "12/03/2026, 09:15"
    assert first.capture_method == "WhatsApp chat export"
    assert second.text == "Look at this"
    assert sorted(second.evidence.values_list("role", "original_name")) == [
        ("attachment", "IMG-20260312-WA0003.jpg"),
        ("chat_export", "WhatsApp Chat with Year 3 Parents.zip"),
    ]
    kept = Evidence.objects.filter(role="chat_export")
    assert {e.incident_id for e in kept} == {first.pk, second.pk}
    assert {e.content_type for e in kept} == {"application/zip"}
    assert AuditEvent.objects.filter(verb="imported chat message").count() == 2
    triage = client.get(response["Location"]).content.decode()
    assert "2 incidents logged from WhatsApp Chat with Year 3 Parents.zip." in triage


def test_a_plain_text_export_is_kept_as_text(cast: Cast, client: Client) -> None:
    sign_in(client, cast.alice)
    page = upload(client, "WhatsApp Chat with Year 3 Parents.txt", CHAT.encode()).content.decode()
    assert "Attachment: IMG-20260312-WA0003.jpg (not in the upload)" in page

    client.post("/s/redscope/intake/chat/import/", {"ticket": ticket_of(page), "messages": "1"})

    incident = Incident.objects.get()
    assert incident.text == "Has anyone else heard about the trip?"
    assert incident.evidence.get().content_type == "text/plain"


def test_a_damaged_picture_in_one_message_logs_nothing_at_all(cast: Cast, client: Client) -> None:
    data = export_zip({"_chat.txt": CHAT.encode(), "IMG-20260312-WA0003.jpg": jpeg()[:200]})
    sign_in(client, cast.olu)
    page = upload(client, "chat.zip", data).content.decode()

    response = client.post(
        "/s/redscope/intake/chat/import/", {"ticket": ticket_of(page), "messages": ["2", "3"]}
    )

    assert response.status_code == 200
    assert (
        "Message 3: IMG-20260312-WA0003.jpg is damaged or incomplete (it could not be read to "
        "the end). Take the screenshot again."
    ) in response.content.decode()
    assert Incident.objects.count() == 0
    assert Evidence.objects.count() == 0


def test_picking_nothing_is_refused_with_the_list_still_shown(cast: Cast, client: Client) -> None:
    sign_in(client, cast.olu)
    page = upload(client, "chat.txt", CHAT.encode()).content.decode()

    response = client.post("/s/redscope/intake/chat/import/", {"ticket": ticket_of(page)})

    text = response.content.decode()
    assert '<a href="#message-1">Choose at least one message to log as an incident.</a>' in text
    assert "<strong>Priya Okafor</strong>" in text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "chat.txt",
            png(),
            "chat.txt is not a WhatsApp chat export: upload the .txt file or the .zip WhatsApp made.",
        ),
        (
            "chat.txt",
            "Dear Mrs Lomax".encode("utf-16"),
            "chat.txt is not a text file (it holds binary data).",
        ),
        (
            "chat.txt",
            b"Dear Mrs Lomax, about the trip",
            "No messages were found: this does not look like a WhatsApp chat export. In WhatsApp, open the chat, choose More, then Export chat.",
        ),
        (
            "chat.zip",
            export_zip({"IMG-1.jpg": b"x"}),
            "chat.zip holds no chat text file (.txt); export the chat again.",
        ),
        (
            "chat.zip",
            b"PK\x03\x04 cut short",
            "chat.zip is a damaged zip file and could not be opened.",
        ),
        (
            "chat.zip",
            export_zip({"_chat.txt": b"0" * (MAX_CHAT_COMPRESSION_RATIO * 2000)}),
            "chat.zip expands to an unsafe size and was refused.",
        ),
    ],
)
def test_files_that_are_no_chat_export_or_unsafe_are_refused(
    cast: Cast, client: Client, name: str, data: bytes, message: str
) -> None:
    sign_in(client, cast.olu)
    response = upload(client, name, data)

    assert response.status_code == 200
    page = response.content.decode()
    assert f'<a href="#id_export">{message}</a>' in page
    assert Evidence.objects.count() == 0


def test_a_zip_member_longer_than_it_claims_is_refused() -> None:
    from schoolgate.cases.evidence import UploadRefused, check_chat_export

    honest = export_zip({"_chat.txt": CHAT.encode()})
    # Shrink the sizes the zip declares for its member (local header and central directory).
    size = len(CHAT.encode()).to_bytes(4, "little")
    forged = honest.replace(size, (10).to_bytes(4, "little"))
    with pytest.raises(UploadRefused) as refused:
        check_chat_export("chat.zip", forged)
    assert str(refused.value) in {
        "chat.zip expands to an unsafe size and was refused.",
        "chat.zip is damaged: _chat.txt could not be read.",
    }


def test_the_upload_page_shows_a_progress_indicator(cast: Cast, client: Client) -> None:
    page = sign_in(client, cast.olu).get("/s/redscope/intake/chat/").content.decode()

    assert '<progress id="chat-progress-bar" max="100"' in page
    assert 'hx-indicator="#chat-progress"' in page
    assert client.head("/s/redscope/intake/chat/").status_code == 200
    assert client.put("/s/redscope/intake/chat/").status_code == 405
    assert client.get("/s/redscope/intake/chat/import/").status_code == 405


def test_who_may_import_and_another_schools_ticket(cast: Cast, client: Client) -> None:
    assert sign_in(client, cast.tom).get("/s/redscope/intake/chat/").status_code == 403
    assert sign_in(client, cast.gail).get("/s/redscope/intake/chat/").status_code == 403
    assert sign_in(client, cast.bob).get("/s/redscope/intake/chat/").status_code == 404

    page = upload(sign_in(client, cast.alice), "chat.txt", CHAT.encode()).content.decode()
    ticket = ticket_of(page)
    response = sign_in(client, cast.bob).post(
        "/s/hollowmere/intake/chat/import/", {"ticket": ticket, "messages": "1"}
    )

    assert '<a href="#id_export">The chat export has expired: upload it again.</a>' in (
        response.content.decode()
    )
    assert Incident.objects.count() == 0
