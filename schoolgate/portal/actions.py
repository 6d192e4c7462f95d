"""The image library's changes: a published photo's fingerprints added or removed, each audited."""

from __future__ import annotations

from django.db import transaction

from schoolgate.portal.models import ImageSource, LibraryImage
from schoolgate.portal.photos import hashes_of
from schoolgate.schools.access import Member
from schoolgate.schools.audit import record_event


class LibraryRefused(Exception):
    """A change to the image library that cannot be made; the message is shown to staff."""


def add_library_image(member: Member, source: ImageSource, label: str, data: bytes) -> LibraryImage:
    """Keep the perceptual hashes of a photo the school published; the photo itself is dropped."""
    try:
        hashes = hashes_of(data)
    except ValueError:
        raise LibraryRefused(
            "The file is not a photo this check can read. Choose a JPEG, PNG, GIF or WebP image."
        ) from None
    with transaction.atomic():
        image = LibraryImage.objects.create(
            school=member.school,
            source=source,
            label=label,
            hashes=hashes,
            added_by=member.user,
        )
        record_event(
            member.school,
            member.user,
            "image_library.added",
            image,
            {"source": source, "label": label},
        )
    return image


def remove_library_image(member: Member, pk: int) -> None:
    with transaction.atomic():
        image = LibraryImage.objects.select_for_update().filter(school=member.school, pk=pk).first()
        if image is None:
            raise LibraryRefused("That photo has already been taken out of the library.")
        record_event(
            member.school,
            member.user,
            "image_library.removed",
            image,
            {"source": image.source, "label": image.label},
        )
        image.delete()
