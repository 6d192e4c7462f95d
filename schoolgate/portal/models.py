"""The school's image library: fingerprints of the photos it published, never the photos."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from schoolgate.schools.models import School


class ImageSource(models.TextChoices):
    DOJO = "dojo", _("ClassDojo")
    NEWSLETTER = "newsletter", _("the school newsletter")
    WEBSITE = "website", _("the school website")


class LibraryImage(models.Model):
    """One photo the school published, kept only as its perceptual hashes (PDQ and pHash).

    The photo itself shows children: keeping it here would make a second copy to protect, and
    the hashes are all the photo check needs to recognise a repost.
    """

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="library_images")
    source = models.CharField(max_length=20, choices=ImageSource.choices)
    label = models.CharField(max_length=200)
    hashes = models.CharField(max_length=120, help_text="pdq:<64 hex>;phash:<16 hex>")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-added_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.label} ({self.get_source_display()})"
