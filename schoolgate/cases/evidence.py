"""Evidence files: checked by content, stored once under their SHA-256, never altered."""

from __future__ import annotations

import hashlib
import io
import warnings
import zipfile
from dataclasses import dataclass, field
from email import message_from_bytes
from email.policy import compat32
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


# A WhatsApp export with a term's photos runs to tens of megabytes; the screenshot limit is too low.
MAX_CHAT_EXPORT_BYTES = 100 * 1024 * 1024
# What an export may expand to: its photos are already compressed, so a ratio far above this
# (or a total far above the upload) is a zip bomb, not a chat.
MAX_CHAT_UNZIPPED_BYTES = 300 * 1024 * 1024
MAX_CHAT_COMPRESSION_RATIO = 100
# A class group's export names a few hundred files at most; tens of thousands is an attack.
MAX_CHAT_MEMBERS = 5_000


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


@dataclass(frozen=True)
class ChatExportUpload:
    """A checked chat export: the file to keep whole, its chat text, and the media inside it."""

    export: CheckedFile
    chat_text: str
    media: dict[str, bytes] = field(default_factory=dict)


def check_chat_export(name: str, data: bytes) -> ChatExportUpload:
    """Accept a WhatsApp export as UTF-8 text, or a zip holding one chat .txt and its media.

    A zip is refused before anything is expanded when it claims too many members, too many
    bytes or an unsafe compression ratio, and again while reading when a member's content is
    larger than it claimed, so a zip bomb never fills memory.
    """
    name = PurePath(name).name or "upload"
    if not data:
        raise UploadRefused(f"{name} is empty.")
    check_chat_export_size(name, len(data))
    kind = filetype.guess(data)
    if kind is not None and kind.mime == "application/zip":
        if PurePath(name).suffix.lower() not in {".zip", ""}:
            raise UploadRefused(f"{name} is a zip file whatever its name says; name it .zip.")
        chat_text, media = _read_chat_zip(name, data)
        export = CheckedFile(name, data, "application/zip", hashlib.sha256(data).hexdigest())
        return ChatExportUpload(export, chat_text, media)
    if kind is not None or PurePath(name).suffix.lower() not in {".txt", ""}:
        raise UploadRefused(
            f"{name} is not a WhatsApp chat export: upload the .txt file or the .zip WhatsApp made."
        )
    chat_text = _decode_text(name, data)
    export = CheckedFile(name, data, "text/plain", hashlib.sha256(data).hexdigest())
    return ChatExportUpload(export, chat_text)


def check_chat_export_size(name: str, size: int) -> None:
    """Refuse a chat export over its limit before it is read."""
    if size > MAX_CHAT_EXPORT_BYTES:
        raise UploadRefused(
            f"{name} is {size / 1024 / 1024:.1f} MB; chat exports must be 100 MB or smaller."
        )


def _decode_text(name: str, data: bytes) -> str:
    if b"\x00" in data:
        raise UploadRefused(f"{name} is not a text file (it holds binary data).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UploadRefused(f"{name} is not UTF-8 text, as WhatsApp writes its exports.") from None


def _read_chat_zip(name: str, data: bytes) -> tuple[str, dict[str, bytes]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UploadRefused(f"{name} is a damaged zip file and could not be opened.") from None
    bomb = f"{name} expands to an unsafe size and was refused."
    if len(members) > MAX_CHAT_MEMBERS:
        raise UploadRefused(f"{name} holds {len(members)} files; a chat export holds far fewer.")
    if sum(info.file_size for info in members) > MAX_CHAT_UNZIPPED_BYTES:
        raise UploadRefused(bomb)
    texts: list[str] = []
    media: dict[str, bytes] = {}
    budget = MAX_CHAT_UNZIPPED_BYTES
    for info in members:
        if info.file_size > max(info.compress_size, 1) * MAX_CHAT_COMPRESSION_RATIO:
            raise UploadRefused(bomb)
        member_name = PurePath(info.filename).name
        try:
            with archive.open(info) as member:
                # Read one byte past the claim: a member longer than it says is a forgery.
                content = member.read(min(info.file_size, budget) + 1)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
            raise UploadRefused(f"{name} is damaged: {member_name} could not be read.") from None
        if len(content) > info.file_size or len(content) > budget:
            raise UploadRefused(bomb)
        budget -= len(content)
        if member_name.lower().endswith(".txt") and not texts:
            texts.append(_decode_text(member_name, content))
        else:
            media[member_name] = content
    if not texts:
        raise UploadRefused(f"{name} holds no chat text file (.txt); export the chat again.")
    return texts[0], media


# An e-mail kept as evidence: the original message exactly as received (RFC 5322).
EMAIL_MESSAGE = "message/rfc822"
# Headers every real message carries; a file without them is not an e-mail, whatever its name.
EMAIL_REQUIRED_HEADERS = ("from", "date")


def check_email_upload(name: str, data: bytes) -> CheckedFile:
    """Accept an .eml file only if its content is an e-mail message with a sender and a date."""
    name = PurePath(name).name or "message.eml"
    if not data:
        raise UploadRefused(f"{name} is empty.")
    check_size(name, len(data))
    suffix = PurePath(name).suffix.lower()
    if suffix and suffix != ".eml":
        raise UploadRefused(f"{name} is named {suffix}; an e-mail must be an .eml file.")
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    message = message_from_bytes(head, policy=compat32)
    present = {key.lower() for key in message}
    is_other_kind = filetype.guess(data) is not None
    if is_other_kind or not all(header in present for header in EMAIL_REQUIRED_HEADERS):
        raise UploadRefused(
            f"{name} is not an e-mail message (an .eml file with From and Date headers)."
        )
    return CheckedFile(name, data, EMAIL_MESSAGE, hashlib.sha256(data).hexdigest())


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
