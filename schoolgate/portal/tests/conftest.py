"""Fixtures for the parents' pages: a text-only engine, an empty rate-limit count, drawn photos."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.cache import cache
from PIL import Image

from schoolgate.cases.tests.analyzers import TEXT_ANALYZERS


@pytest.fixture(autouse=True)
def text_engine(settings: Any, tmp_path: Any) -> None:
    # The people and rules analyzers judge the same way every run, whatever the trained models.
    settings.SCREENING_ANALYZERS = TEXT_ANALYZERS
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()


def jpeg(image: Image.Image, quality: int = 90) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()
