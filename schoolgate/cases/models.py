"""Incidents as captured, their evidence and screenings, and the cases that follow the procedure."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from schoolgate.documents.letters import LetterKind
from schoolgate.policies.models import PolicyVersion
from schoolgate.policies.steps import StepKind
from schoolgate.schools.models import Person, School


class Platform(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    X = "x", "X (Twitter)"
    TIKTOK = "tiktok", "TikTok"
    WHATSAPP = "whatsapp", "WhatsApp"
    EMAIL = "email", "E-mail"
    SCHOOL_WEBSITE = "school_website", "School website"
    OTHER = "other", "Other"


class IncidentStatus(models.TextChoices):
    NEW = "new", "New"
    DISMISSED = "dismissed", "Dismissed"
    IN_CASE = "in_case", "In a case"


# Weights that order the triage queue within "has a police indicator" and "has none".
CATEGORY_WEIGHTS = {
    "violence": 40,
    "discrimination": 30,
    "allegation": 25,
    "defamation": 25,
    "photo_of_others": 15,
    "dojo_photo": 15,
    "offensive_about_person": 10,
    "complaint": 5,
}
POLICE_WEIGHT = 1000


class IncidentQuerySet(models.QuerySet["Incident"]):
    def triage_order(self) -> IncidentQuerySet:
        """Most severe first: police indicators, then categories, then the longest waiting."""
        return self.order_by("-severity", "captured_at", "pk")

    def waiting_for_triage(self) -> IncidentQuerySet:
        """Incidents no one has yet dismissed or put in a case."""
        return self.filter(status=IncidentStatus.NEW)


class Incident(models.Model):
    """One post, comment, message or e-mail, captured as it was shown."""

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="incidents")
    platform = models.CharField(max_length=20, choices=Platform.choices)
    permalink = models.URLField(max_length=500, blank=True)
    account_handle = models.CharField(max_length=200, blank=True)
    display_name = models.CharField(max_length=200, blank=True)
    profile_url = models.URLField(max_length=500, blank=True)
    text = models.TextField(blank=True, help_text="The words of the post as published.")
    posted_at_shown = models.CharField(
        max_length=100,
        blank=True,
        help_text='The post time as the platform showed it ("2h", "Tuesday 9:14").',
    )
    posted_at = models.DateTimeField(null=True, blank=True, help_text="The post time in UTC.")
    captured_at = models.DateTimeField(default=timezone.now)
    captured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="captured_incidents"
    )
    capture_method = models.CharField(max_length=200, blank=True)
    poster = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="posted_incidents"
    )
    targets = models.ManyToManyField(Person, blank=True, related_name="targeted_by_incidents")
    status = models.CharField(
        max_length=12, choices=IncidentStatus.choices, default=IncidentStatus.NEW
    )
    dismissal_reason = models.TextField(blank=True)
    case = models.ForeignKey(
        "Case", null=True, blank=True, on_delete=models.PROTECT, related_name="incidents"
    )
    # Denormalised from the current screening and staff reviews, for a fast triage queue.
    categories = models.JSONField(default=list)
    flags = models.JSONField(default=list)
    has_police_indicator = models.BooleanField(default=False)
    severity = models.PositiveIntegerField(default=0)
    # The background screening: the task last queued, and why it failed when it did, so the
    # page stops waiting and says so instead of polling for ever.
    screening_task_id = models.CharField(max_length=64, blank=True)
    screening_error = models.TextField(blank=True)
    screening_failed_at = models.DateTimeField(null=True, blank=True)

    objects = IncidentQuerySet.as_manager()

    class Meta:
        ordering = ["-captured_at"]
        indexes = [
            models.Index(fields=["school", "status", "-severity", "captured_at"]),
            models.Index(fields=["school", "account_handle"]),
        ]

    def __str__(self) -> str:
        who = self.poster or self.account_handle or "unknown poster"
        return f"{self.get_platform_display()} post by {who}"

    @property
    def poster_label(self) -> str:
        if self.poster is not None:
            return self.poster.display_name
        return self.account_handle or self.display_name or "Unknown poster"

    def current_screening(self) -> Screening | None:
        return self.screenings.filter(is_current=True).first()


class Screening(models.Model):
    """What the engine said of an incident; a newer engine adds a screening, the old one stays."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="screenings")
    engine_version = models.CharField(max_length=50)
    assessment = models.JSONField()
    screened_text = models.TextField(help_text="The text the engine read: the post and any OCR.")
    created_at = models.DateTimeField(default=timezone.now)
    is_current = models.BooleanField(default=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Screening of incident {self.incident_id} by engine {self.engine_version}"

    def decided_categories(self) -> list[str]:
        return [c for c, j in self.assessment.get("categories", {}).items() if j.get("decided")]


class CategoryReview(models.Model):
    """A member of staff confirming or overruling the engine on one category, with the reason."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="reviews")
    screening = models.ForeignKey(Screening, on_delete=models.PROTECT, related_name="reviews")
    category = models.CharField(max_length=40)
    applies = models.BooleanField(help_text="Staff's decision: does the category apply?")
    engine_said = models.BooleanField()
    reason = models.TextField(blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["reviewed_at"]

    def __str__(self) -> str:
        verdict = "confirmed" if self.applies == self.engine_said else "overruled"
        return f"{self.category} {verdict} by {self.reviewed_by}"


class EvidenceRole(models.TextChoices):
    POST = "post", "Screenshot of the post"
    THREAD = "thread", "Screenshot of the surrounding thread"
    LETTER = "letter", "Letter"
    ATTACHMENT = "attachment", "Attachment"
    CHAT_EXPORT = "chat_export", "Chat export, kept whole"


class Evidence(models.Model):
    """A file kept exactly as captured, stored under its SHA-256; never changed or deleted.

    A correction is a new Evidence that `supersedes` the old; a viewing copy (resized or
    redacted) points at its `original`.
    """

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="evidence")
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.PROTECT, related_name="evidence"
    )
    step = models.ForeignKey(
        "Step", null=True, blank=True, on_delete=models.PROTECT, related_name="attachments"
    )
    role = models.CharField(max_length=12, choices=EvidenceRole.choices, default=EvidenceRole.POST)
    sha256 = models.CharField(max_length=64, db_index=True)
    size = models.PositiveBigIntegerField()
    content_type = models.CharField(max_length=100)
    original_name = models.CharField(max_length=255)
    captured_at = models.DateTimeField(default=timezone.now)
    captured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    ocr_text = models.TextField(blank=True)
    supersedes = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="corrections"
    )
    correction_reason = models.TextField(blank=True)
    original = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="viewing_copies"
    )

    class Meta:
        ordering = ["captured_at", "pk"]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.sha256[:12]})"

    @property
    def storage_name(self) -> str:
        return f"evidence/{self.sha256[:2]}/{self.sha256}"

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError("Evidence is never deleted; add a correction instead.")


class CaseStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class CaseOutcome(models.TextChoices):
    REMOVED_AFTER_DISCUSSION = "removed_after_discussion", "Removed after discussion"
    REMOVED_AFTER_WARNING = "removed_after_warning", "Removed after the warning"
    REMOVED_BY_PLATFORM = "removed_by_platform", "Removed by the platform"
    NO_ACTION = "no_action", "No action"
    REFERRED_TO_POLICE = "referred_to_police", "Referred to the police"
    LEGAL = "legal", "Legal action"


class CaseQuerySet(models.QuerySet["Case"]):
    def open(self) -> CaseQuerySet:
        return self.filter(status=CaseStatus.OPEN)


class Case(models.Model):
    """The matter of one poster: their incidents, the people they target, and the steps taken."""

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="cases")
    number = models.PositiveIntegerField()
    poster = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="cases"
    )
    poster_handle = models.CharField(max_length=200, blank=True)
    policy_version = models.ForeignKey(
        PolicyVersion, on_delete=models.PROTECT, related_name="cases"
    )
    status = models.CharField(max_length=8, choices=CaseStatus.choices, default=CaseStatus.OPEN)
    opened_at = models.DateTimeField(default=timezone.now)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    has_police_indicator = models.BooleanField(default=False)
    has_harassment_indicator = models.BooleanField(default=False)
    # The indicators above are advisory; only a DSL or the headteacher confirming one makes it
    # count (a confirmed police indicator lifts the discussion-first rule), as criticism must
    # never escalate on the engine's word alone.
    harassment_confirmed_at = models.DateTimeField(null=True, blank=True)
    harassment_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    police_confirmed_at = models.DateTimeField(null=True, blank=True)
    police_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    skip_discussion_reason = models.TextField(blank=True)
    outcome = models.CharField(max_length=30, choices=CaseOutcome.choices, blank=True)
    outcome_reason = models.TextField(blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # A legal hold keeps the case and everything in it from retention until it is lifted
    # (a claim, a police inquiry or a complaint that still needs the file).
    legal_hold_since = models.DateTimeField(null=True, blank=True)
    legal_hold_reason = models.TextField(blank=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-opened_at"]
        constraints = [
            models.UniqueConstraint(fields=["school", "number"], name="case_number_per_school")
        ]

    def __str__(self) -> str:
        return f"Case {self.number}: {self.poster_label}"

    @property
    def poster_label(self) -> str:
        return self.poster.display_name if self.poster else (self.poster_handle or "Unknown poster")

    @property
    def is_open(self) -> bool:
        return self.status == CaseStatus.OPEN

    @property
    def is_harassment_confirmed(self) -> bool:
        return self.has_harassment_indicator and self.harassment_confirmed_at is not None

    @property
    def is_police_confirmed(self) -> bool:
        return self.has_police_indicator and self.police_confirmed_at is not None

    @property
    def is_on_legal_hold(self) -> bool:
        return self.legal_hold_since is not None


class StepStatus(models.TextChoices):
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting the headteacher's approval"
    DONE = "done", "Done"
    REFUSED = "refused", "Approval refused"


class StepQuerySet(models.QuerySet["Step"]):
    def overdue(self, now: datetime.datetime) -> StepQuerySet:
        return self.filter(
            due_at__lt=now, followed_up_at__isnull=True, case__status=CaseStatus.OPEN
        ).exclude(status=StepStatus.REFUSED)

    def awaiting_approval(self) -> StepQuerySet:
        """Steps in open cases that wait for the headteacher to approve or refuse them."""
        return self.filter(status=StepStatus.AWAITING_APPROVAL, case__status=CaseStatus.OPEN)


class Step(models.Model):
    """One step of the policy's procedure taken in a case, as the published policy defined it."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="steps")
    step_id = models.CharField(max_length=50, help_text="The step's id in the policy file.")
    kind = models.CharField(max_length=30, choices=StepKind.choices)
    wording = models.TextField(help_text="The policy's words for this step, as they were.")
    status = models.CharField(max_length=20, choices=StepStatus.choices)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    taken_at = models.DateTimeField(default=timezone.now)
    note = models.TextField(blank=True)
    details = models.JSONField(default=dict)
    checklist = models.JSONField(default=dict, blank=True)
    due_at = models.DateTimeField(null=True, blank=True)
    due_reason = models.CharField(max_length=200, blank=True)
    followed_up_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    # Set while a run of send_reminders is sending this step's reminder; see actions/reminders.py.
    reminder_claimed_at = models.DateTimeField(null=True, blank=True)
    # The one-time token of the form that recorded the step: a form sent twice records it once.
    submission_token = models.CharField(max_length=64, blank=True)
    follow_up_note = models.TextField(blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    approval_note = models.TextField(blank=True)

    objects = StepQuerySet.as_manager()

    class Meta:
        ordering = ["taken_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "submission_token"],
                condition=~Q(submission_token=""),
                name="one_step_per_submission",
            )
        ]

    def __str__(self) -> str:
        return f"{self.step_id} in case {self.case_id}"

    def is_overdue(self, now: datetime.datetime) -> bool:
        return bool(self.due_at and self.due_at < now and self.followed_up_at is None)


class BlockedSender(models.Model):
    """An address or domain whose e-mails the school's website no longer passes on."""

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="blocked_senders")
    address = models.CharField(max_length=254, help_text="An e-mail address or @domain.")
    step = models.ForeignKey(Step, on_delete=models.PROTECT, related_name="blocks")
    created_at = models.DateTimeField(default=timezone.now)
    is_active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["school", "address"], condition=Q(is_active=True), name="one_active_block"
            )
        ]

    def __str__(self) -> str:
        return self.address


class LadoDecision(models.TextChoices):
    REFER = "refer", "Refer to the LADO"
    NOT_REFER = "not_refer", "Do not refer"


class SafeguardingConcernQuerySet(models.QuerySet["SafeguardingConcern"]):
    def undecided(self) -> SafeguardingConcernQuerySet:
        return self.filter(decision="", case__status=CaseStatus.OPEN)


class SafeguardingConcern(models.Model):
    """A post in a case alleges that a member of staff harmed a child (KCSIE Part 4)."""

    case = models.OneToOneField(Case, on_delete=models.PROTECT, related_name="safeguarding_concern")
    accused = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    confirmed_at = models.DateTimeField(default=timezone.now)
    decision_due_at = models.DateTimeField()
    decision = models.CharField(max_length=10, choices=LadoDecision.choices, blank=True)
    decision_reason = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = SafeguardingConcernQuerySet.as_manager()

    def __str__(self) -> str:
        return f"Allegation against {self.accused} in case {self.case_id}"

    def accuses(self, user: Any) -> bool:
        """Whether the account belongs to the member of staff the allegation is about.

        The roster holds no e-mail for staff, so the account's full name is matched against the
        accused's names (first or preferred, with or without title): a false match hides a case
        from one more colleague, which is the safe way to be wrong.
        """
        person = self.accused
        firsts = {person.first_name, person.preferred_name} - {""}
        names = {f"{first} {person.last_name}" for first in firsts}
        names |= {f"{person.title} {name}" for name in names if person.title}
        folded = {" ".join(name.casefold().split()) for name in names}
        return " ".join(str(getattr(user, "full_name", "")).casefold().split()) in folded


class PrivacyNoteStatus(models.TextChoices):
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting the headteacher's approval"
    SENT = "sent", "Sent"


class PrivacyNote(models.Model):
    """A note to the parent of a pupil shown in a reposted photo, sent once the head approves."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="privacy_notes")
    pupil = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    parent = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    recipient_email = models.EmailField(blank=True)
    body = models.TextField()
    status = models.CharField(
        max_length=20,
        choices=PrivacyNoteStatus.choices,
        default=PrivacyNoteStatus.AWAITING_APPROVAL,
    )
    prepared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    prepared_at = models.DateTimeField(default=timezone.now)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["prepared_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "pupil", "parent"], name="one_privacy_note_per_parent_and_pupil"
            )
        ]

    def __str__(self) -> str:
        return f"Privacy note to {self.parent} about {self.pupil}"


class LetterStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    # Handed to the mail server and not yet answered: claimed, so a second click sends nothing.
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent by e-mail"
    PRINTED = "printed", "Printed and posted"
    HANDED_OVER = "handed_over", "Handed over"


FINISHED_LETTER_STATUSES = frozenset(
    {LetterStatus.SENT, LetterStatus.PRINTED, LetterStatus.HANDED_OVER}
)


class Letter(models.Model):
    """A letter written in a case: a draft staff edit, then the PDF that went out, kept as evidence.

    The body keeps its {field} names until the letter goes out, so a changed deadline or a newly
    added post is in the letter sent; the PDF stored then is the letter as it was.
    """

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="letters")
    kind = models.CharField(max_length=30, choices=LetterKind.choices)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    recipient_name = models.CharField(max_length=200, blank=True)
    recipient_email = models.EmailField(blank=True)
    recipient_address = models.TextField(blank=True)
    removal_deadline = models.DateField(null=True, blank=True)
    status = models.CharField(
        max_length=12, choices=LetterStatus.choices, default=LetterStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    sending_since = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(
        null=True, blank=True, help_text="When the mail server accepted the letter."
    )
    delivery_failure = models.TextField(blank=True)
    delivery_failed_at = models.DateTimeField(null=True, blank=True)
    finished_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    finished_at = models.DateTimeField(null=True, blank=True)
    evidence = models.ForeignKey(
        Evidence, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    step = models.ForeignKey(
        Step, null=True, blank=True, on_delete=models.PROTECT, related_name="letters"
    )

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} in case {self.case_id}"

    @property
    def is_draft(self) -> bool:
        return self.status == LetterStatus.DRAFT

    @property
    def is_finished(self) -> bool:
        return self.status in FINISHED_LETTER_STATUSES
