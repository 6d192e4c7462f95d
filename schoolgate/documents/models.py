"""Each school's own wording of its letters; a kind with none uses the wording shipped here."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from schoolgate.documents.letters import DEFAULT_WORDING, LetterKind
from schoolgate.schools.models import School


class LetterTemplateQuerySet(models.QuerySet["LetterTemplate"]):
    def wording(self, school: School, kind: str) -> tuple[str, str]:
        """The school's subject and body for `kind`, or the shipped default."""
        saved = self.filter(school=school, kind=kind).first()
        if saved is not None:
            return saved.subject, saved.body
        return DEFAULT_WORDING[LetterKind(kind)]


class LetterTemplate(models.Model):
    """A school's wording of one kind of letter, with {field} names filled when it is written."""

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="letter_templates")
    kind = models.CharField(max_length=30, choices=LetterKind.choices)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)

    objects = LetterTemplateQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["school", "kind"], name="one_template_per_letter_kind")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} at {self.school}"
