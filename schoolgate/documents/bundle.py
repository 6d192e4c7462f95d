"""Evidence bundles: one PDF with an index, and a ZIP of the original files with their SHA-256s."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from schoolgate.documents.pdf import render_pdf

BUNDLE_PDF = "bundle.pdf"
MANIFEST = "manifest.json"
# Images WeasyPrint embeds; anything else (a PDF, a chat export) is listed and kept in the ZIP only.
EMBEDDABLE_IMAGES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
# What a file name in the ZIP may keep of its original name: nothing that could climb out of the
# folder it is extracted into, or confuse a spreadsheet or a shell.
UNSAFE_NAME_CHARACTERS = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class BundleFile:
    """One original file, exactly as kept, with the facts of its capture."""

    number: int
    original_name: str
    content_type: str
    data: bytes
    sha256: str
    facts: list[tuple[str, str]] = field(default_factory=list)

    @property
    def zip_name(self) -> str:
        safe = UNSAFE_NAME_CHARACTERS.sub("_", PurePath(self.original_name).name).strip("._")
        return f"files/{self.number:03d}-{safe or 'file'}"

    @property
    def data_url(self) -> str:
        """The image as a `data:` URL (the PDF renderer fetches nothing else); empty otherwise."""
        if self.content_type not in EMBEDDABLE_IMAGES:
            return ""
        return f"data:{self.content_type};base64,{base64.b64encode(self.data).decode('ascii')}"


@dataclass(frozen=True)
class BundleSection:
    """An incident (or a step's letters): its capture facts, its words, and its files."""

    heading: str
    facts: list[tuple[str, str]]
    text: str
    files: list[BundleFile]


@dataclass(frozen=True)
class TimelineEntry:
    when: str
    what: str
    detail: str = ""


@dataclass(frozen=True)
class Bundle:
    """Everything a bundle shows, already redacted; the files are the originals."""

    title: str
    school_name: str
    case_number: int
    produced_at: str
    produced_by: str
    sections: list[BundleSection]
    timeline: list[TimelineEntry]
    continuity: list[str]
    # A police pack opens with a cover page and the likely offences; an evidence bundle has neither.
    cover: list[str] = field(default_factory=list)
    offences: list[tuple[str, str]] = field(default_factory=list)

    @property
    def files(self) -> list[BundleFile]:
        return [f for section in self.sections for f in section.files]


def bundle_pdf(bundle: Bundle) -> bytes:
    return render_pdf("documents/bundle.html", {"bundle": bundle})


def bundle_zip(bundle: Bundle) -> bytes:
    """The ZIP: `bundle.pdf`, every original file under `files/`, and `manifest.json`.

    Members are stored, not compressed, so each file's bytes in the ZIP are its bytes as kept.
    """
    pdf = bundle_pdf(bundle)
    entries = [(BUNDLE_PDF, pdf)] + [(f.zip_name, f.data) for f in bundle.files]
    manifest = {
        "title": bundle.title,
        "school": bundle.school_name,
        "case": bundle.case_number,
        "produced_at": bundle.produced_at,
        "produced_by": bundle.produced_by,
        "files": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in entries
        ],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
    return buffer.getvalue()


@dataclass(frozen=True)
class BundleCheck:
    """What checking a bundle found: how many files matched, or the first that did not."""

    checked: int
    problem: str = ""

    @property
    def is_intact(self) -> bool:
        return not self.problem


def verify_bundle(path: Path) -> BundleCheck:
    """Check every file the manifest names against its SHA-256, stopping at the first mismatch."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        return BundleCheck(0, f"{path.name} is not a readable ZIP file ({error}).")
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST))
            entries = [(str(e["name"]), str(e["sha256"])) for e in manifest["files"]]
        except (KeyError, TypeError, ValueError, zipfile.BadZipFile):
            return BundleCheck(0, f"{MANIFEST} is missing or unreadable.")
        checked = 0
        for name, sha256 in entries:
            try:
                data = archive.read(name)
            except KeyError:
                return BundleCheck(checked, f"{name} is missing.")
            except (zipfile.BadZipFile, OSError):
                # A stored member whose bytes changed fails the ZIP's own CRC check.
                return BundleCheck(checked, f"{name} no longer matches its SHA-256.")
            if hashlib.sha256(data).hexdigest() != sha256:
                return BundleCheck(checked, f"{name} no longer matches its SHA-256.")
            checked += 1
        listed = {name for name, _ in entries} | {MANIFEST}
        extra = sorted(n for n in archive.namelist() if n not in listed and not n.endswith("/"))
        if extra:
            return BundleCheck(checked, f"{extra[0]} is not in {MANIFEST}.")
    return BundleCheck(checked)
