"""Nothing a parent checks is kept: no row, file, log record, cache entry or session holds it."""

from __future__ import annotations

import io
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.db import connection
from django.test import Client
from django.views.debug import SafeExceptionReporterFilter
from PIL import Image, PngImagePlugin

from schoolgate.screening.tests import drawn
from schoolgate.test import Cast

pytestmark = pytest.mark.django_db(transaction=True)
CHECK = "/parents/redscope/check/"
MARKER = "Quillfeather-Zanzibar-4471"


def rows_holding(needle: str) -> list[str]:
    """Every table's rows, every column read as text, searched for the needle."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    text = (
                        bytes(value).decode(errors="ignore")
                        if isinstance(value, bytes | memoryview)
                        else str(value)
                    )
                    if needle in text:
                        found.append(f"{table}: {text[:80]}")
    return found


def files_holding(needles: list[bytes], since: float) -> list[str]:
    found = []
    folders = {
        Path(django_settings.DATA_DIR),
        Path(django_settings.MEDIA_ROOT),
        Path(tempfile.gettempdir()),
    }
    for folder in folders:
        if not folder.exists():
            continue
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                try:
                    stat = path.stat()
                    if stat.st_mtime < since or stat.st_size > 50_000_000 or not path.is_file():
                        continue
                    content = path.read_bytes()
                except OSError:
                    continue
                if any(needle in content for needle in needles):
                    found.append(str(path))
    return found


def cache_holding(needle: str) -> bool:
    store: dict[str, Any] = getattr(cache, "_cache", {})
    return any(needle.encode() in bytes(value) or needle in key for key, value in store.items())


def marked_photo() -> bytes:
    """Drawn faces with the marker in a PNG text chunk, and noise so it is over 2.5 MB."""
    image = drawn.faces(3, width=1500, height=1000)
    noise = Image.effect_noise((1500, 1000), 90).convert("RGB")
    image = Image.blend(image, noise, 0.15)
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", MARKER)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def test_a_checked_draft_and_photo_leave_no_trace(
    cast: Cast, client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    since = time.time() - 1
    draft = f"Mr {MARKER} is a liar and a thief"
    response = client.post(CHECK, {"check": "draft", "draft": draft})
    assert response.status_code == 200
    assert "What we noticed in your draft" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    filtered = SafeExceptionReporterFilter().get_post_parameters(response.wsgi_request)
    assert filtered["draft"] == "********************"

    photo = marked_photo()
    assert len(photo) > django_settings.FILE_UPLOAD_MAX_MEMORY_SIZE
    upload = io.BytesIO(photo)
    upload.name = "sports-day.png"
    response = client.post(CHECK, {"check": "photo", "photo": upload})
    assert response.status_code == 200, response.content.decode()[-2000:]
    assert "We found 3 faces in this photo" in response.content.decode()
    assert isinstance(response.wsgi_request.FILES["photo"], InMemoryUploadedFile)
    assert "no-store" in response["Cache-Control"]

    assert rows_holding(MARKER) == []
    assert files_holding([MARKER.encode(), photo[-4096:-2048]], since) == []
    assert not cache_holding(MARKER)
    assert [
        r.getMessage() for r in caplog.records if MARKER in r.getMessage() or MARKER in str(r.args)
    ] == []
    assert "sessionid" not in response.cookies
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM django_session")
        assert cursor.fetchone()[0] == 0
