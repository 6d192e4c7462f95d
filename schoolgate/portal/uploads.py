"""Reading uploads into memory only: Django writes a large upload to a temporary file."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.http import HttpRequest

from schoolgate.portal.photos import MAX_PHOTO_BYTES


class MemoryOnlyUploadHandler(MemoryFileUploadHandler):
    """Keep every upload in memory, whatever its size; the view refuses one over the cap first.

    Django's default handlers spill an upload over 2.5 MB to a temporary file, which would leave
    a parent's photo on disk; this handler never does.
    """

    def handle_raw_input(
        self,
        input_data: Any,
        META: dict[str, Any],
        content_length: int,
        boundary: str,
        encoding: str | None = None,
    ) -> None:
        self.activated = True


def is_too_large(request: HttpRequest) -> bool:
    """Whether the body is over the cap (or of unknown size), judged before any of it is read."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > MAX_PHOTO_BYTES


def read_in_memory(request: HttpRequest) -> None:
    """Make the request parse its uploads with the memory-only handler (before POST is read)."""
    request.upload_handlers = [MemoryOnlyUploadHandler(request)]
