"""Evidence files: checked by content, stored once under their SHA-256, never altered."""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import PurePath

import filetype
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, UnidentifiedImageError

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
# A screenshot is a few million pixels; far more means a decompression bomb.
MAX_IMAGE_PIXELS = 40_000_000
ACCEPTED = {
    "image/png": ("PNG image", {".png"}),
    "image/jpeg": ("JPEG image", {".jpg", ".jpeg"}),
    "image/webp": ("WebP image", {".webp"}),
    "image/gif": ("GIF image", {".gif"}),
    "application/pdf": ("PDF", {".pdf"}),
}


class UploadRefused(Exception):
    """An upload was refused; the message says why, in words for the person uploading."""


@dataclass(frozen=True)
class CheckedFile:
    name: str
    data: bytes
    content_type: str
    sha256: str


def check_upload(name: str, data: bytes) -> CheckedFile:
    """Accept a screenshot or PDF only if its content is what its name claims and it is safe."""
    name = PurePath(name).name or "upload"
    if not data:
        raise UploadRefused(f"{name} is empty.")
    check_size(name, len(data))
    kind = filetype.guess(data)
    if kind is None or kind.mime not in ACCEPTED:
        raise UploadRefused(
            f"{name} is not a picture (PNG, JPEG, WebP or GIF) or a PDF, whatever its name says."
        )
    label, extensions = ACCEPTED[kind.mime]
    suffix = PurePath(name).suffix.lower()
    if suffix and suffix not in extensions:
        raise UploadRefused(f"{name} is named {suffix} but its content is a {label}.")
    if kind.mime.startswith("image/"):
        _check_image(name, data)
    return CheckedFile(name, data, kind.mime, hashlib.sha256(data).hexdigest())


def check_size(name: str, size: int) -> None:
    """Refuse a file over the limit; call it before reading an upload, so none fills memory."""
    if size > MAX_EVIDENCE_BYTES:
        raise UploadRefused(
            f"{name} is {size / 1024 / 1024:.1f} MB; files must be 20 MB or smaller."
        )


def _check_image(name: str, data: bytes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise UploadRefused(
                        f"{name} claims to be {width}×{height} pixels, too large to be a screenshot."
                    )
                image.verify()
            # verify() reads the structure but not every pixel: a screenshot cut short in
            # transfer passed it and then failed screening, so the whole image is decoded now,
            # after the size checks above.
            with Image.open(io.BytesIO(data)) as image:
                image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise UploadRefused(f"{name} expands to an unsafe size and was refused.") from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise UploadRefused(
                f"{name} is damaged or incomplete (it could not be read to the end). "
                "Take the screenshot again."
            ) from None


def store_file(checked: CheckedFile) -> str:
    """Write the file under its hash (once: the same content is never stored twice)."""
    path = f"evidence/{checked.sha256[:2]}/{checked.sha256}"
    if not default_storage.exists(path):
        saved = default_storage.save(path, ContentFile(checked.data))
        if saved != path:  # pragma: no cover - a race with an identical upload
            default_storage.delete(saved)
    return path


def read_file(storage_name: str, sha256: str) -> bytes:
    """Read a stored file back, refusing one whose content no longer matches its hash."""
    with default_storage.open(storage_name, "rb") as stored:
        data = stored.read()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise OSError(f"the stored file {storage_name} no longer matches its SHA-256")
    return data
