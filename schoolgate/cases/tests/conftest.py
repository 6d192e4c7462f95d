"""Fixtures for the cases part: evidence stored in a temporary folder, tasks run at once."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from schoolgate.cases.actions import IncidentReport, log_incident
from schoolgate.cases.evidence import check_upload
from schoolgate.cases.models import Incident
from schoolgate.schools.access import Member, get_member
from schoolgate.schools.models import Person, User
from schoolgate.test import Cast


@pytest.fixture(autouse=True)
def evidence_folder(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return settings.MEDIA_ROOT


def member(cast: Cast, user: User, slug: str = "redscope") -> Member:
    return get_member(user, slug)


def png(text: str = "", size: tuple[int, int] = (640, 200)) -> bytes:
    image = Image.new("RGB", size, "white")
    if text:
        ImageDraw.Draw(image).text((20, 80), text, fill="black", font_size=28)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def parent(cast: Cast, index: int = 0) -> Person:
    return Person.objects.filter(school=cast.school_a, kind="parent").order_by("person_id")[index]


def staff_member(cast: Cast, role_prefix: str) -> Person:
    return Person.objects.get(school=cast.school_a, kind="staff", role__startswith=role_prefix)


@pytest.fixture
def logged(cast: Cast) -> Callable[..., Incident]:
    """Log an incident as Alice (the DSL) without running its screening."""

    def log(text: str = "The new pick-up rules are a joke.", **fields: Any) -> Incident:
        by = fields.pop("by", cast.alice)
        screenshots = (
            [(check_upload("post.png", png(text)), "post")]
            if fields.pop("with_screenshot", False)
            else []
        )
        report = IncidentReport(
            platform=fields.pop("platform", "facebook"),
            text=text,
            screenshots=screenshots,
            **fields,
        )
        return log_incident(member(cast, by), report)

    return log
