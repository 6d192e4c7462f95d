"""Concerns raised privately with the school, the replies to them, and runs of the mailbox poll."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from schoolgate.cases.models import Incident
from schoolgate.schools.models import School


class ConcernSource(models.TextChoices):
    FORM = "form", "Concern form"
    MAILBOX = "mailbox", "School inbox"
    UPLOAD = "upload", "Uploaded e-mail"


class ConcernStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"
    INCIDENT = "incident", "Turned into an incident"


class Relationship(models.TextChoices):
    PARENT = "parent", _("Parent or carer of a pupil")
    FAMILY = "family", _("Other family member of a pupil")
    COMMUNITY = "community", _("Member of the local community")
    OTHER = "other", _("Other")


class ConcernQuerySet(models.QuerySet["Concern"]):
    def in_queue(self) -> ConcernQuerySet:
        """Concerns staff working intake see: everything not withheld from a blocked sender."""
        return self.filter(is_withheld=False)

    def withheld(self) -> ConcernQuerySet:
        return self.filter(is_withheld=True)

    def newest_first(self) -> ConcernQuerySet:
        return self.order_by("-received_at", "-pk")


class Concern(models.Model):
    """A concern a parent raised with the school privately: on the form, or by e-mail."""

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="concerns")
    reference = models.CharField(max_length=20, unique=True)
    source = models.CharField(max_length=10, choices=ConcernSource.choices)
    name = models.CharField(max_length=200)
    email = models.EmailField(max_length=254)
    relationship = models.CharField(max_length=12, choices=Relationship.choices, blank=True)
    child_class = models.CharField(max_length=100, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    text = models.TextField()
    received_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(
        max_length=10, choices=ConcernStatus.choices, default=ConcernStatus.OPEN
    )
    # From a sender an approved block_email step names: kept in the Withheld folder, never dropped.
    is_withheld = models.BooleanField(default=False)
    # A subject access, FOI request or formal complaint: the law says it always reaches staff.
    is_statutory = models.BooleanField(default=False)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    message_id = models.CharField(max_length=998, blank=True)
    # The original e-mail, stored under its SHA-256 like evidence (empty for the form).
    raw_sha256 = models.CharField(max_length=64, blank=True)
    raw_name = models.CharField(max_length=255, blank=True)
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.PROTECT, related_name="concerns"
    )
    close_reason = models.TextField(blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledgement_error = models.TextField(blank=True)

    objects = ConcernQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        indexes = [
            models.Index(fields=["school", "is_withheld", "status", "-received_at"]),
            models.Index(fields=["school", "email", "received_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["school", "message_id"],
                condition=~Q(message_id=""),
                name="one_concern_per_message",
            )
        ]

    def __str__(self) -> str:
        return f"Concern {self.reference}"

    @property
    def is_open(self) -> bool:
        return self.status == ConcernStatus.OPEN


class ConcernReply(models.Model):
    """A reply staff e-mailed to whoever raised a concern, kept on the concern."""

    concern = models.ForeignKey(Concern, on_delete=models.PROTECT, related_name="replies")
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    written_at = models.DateTimeField(default=timezone.now)
    text = models.TextField()
    sent_at = models.DateTimeField(null=True, blank=True)
    send_error = models.TextField(blank=True)

    class Meta:
        ordering = ["written_at", "pk"]

    def __str__(self) -> str:
        return f"Reply to {self.concern.reference}"


class MailboxPoll(models.Model):
    """One run of reading the school's inbox, kept so staff see when it last worked or failed."""

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="mailbox_polls")
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    imported = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]

    def __str__(self) -> str:
        return f"Poll of {self.school} at {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def has_failed(self) -> bool:
        return bool(self.error)
