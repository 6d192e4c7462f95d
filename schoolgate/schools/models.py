"""Trusts, schools, staff accounts and their roles, and the school's roster of people."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone

from schoolgate.schools.roles import SCHOOL_ROLES, Permission, Role, role_can


class Trust(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)

    def __str__(self) -> str:
        return self.name


class School(models.Model):
    trust = models.ForeignKey(
        Trust, null=True, blank=True, on_delete=models.PROTECT, related_name="schools"
    )
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    urn = models.CharField(
        "DfE URN",
        max_length=6,
        unique=True,
        validators=[RegexValidator(r"^\d{6}$", "A DfE URN is six digits.")],
    )
    contact_email = models.EmailField()
    address = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)

    def get_by_natural_key(self, username: str | None) -> User:
        return self.get(email__iexact=username or "")


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in: school staff, governors and trust staff, by e-mail."""

    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=200)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    def __str__(self) -> str:
        return self.full_name or self.email


class Membership(models.Model):
    """A user's role at one school (or, for trust staff, at every school of a trust)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=[(r.value, r.label) for r in SCHOOL_ROLES])

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "school"], name="one_role_per_school")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} at {self.school}"

    def can(self, permission: Permission) -> bool:
        return role_can(self.role, permission)


class TrustMembership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="trust_memberships")
    trust = models.ForeignKey(Trust, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(
        max_length=20,
        choices=[(Role.TRUST_ADMIN.value, Role.TRUST_ADMIN.label)],
        default=Role.TRUST_ADMIN,
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "trust"], name="one_role_per_trust")]

    def __str__(self) -> str:
        return f"{self.user} – trust administrator of {self.trust}"


class PersonKind(models.TextChoices):
    PUPIL = "pupil", "Pupil"
    STAFF = "staff", "Staff"
    GOVERNOR = "governor", "Governor"
    PARENT = "parent", "Parent or carer"


class PersonQuerySet(models.QuerySet["Person"]):
    def matching(self, query: str) -> PersonQuerySet:
        """People whose names hold every word of `query`, or whose person_id is `query`."""
        words = query.split()
        if not words:
            return self.none()
        by_name = models.Q()
        for word in words:
            by_name &= (
                models.Q(first_name__icontains=word)
                | models.Q(preferred_name__icontains=word)
                | models.Q(last_name__icontains=word)
            )
        return self.filter(by_name | models.Q(person_id__iexact=query.strip()))


class Person(models.Model):
    """Someone on the school's roster: who a post may name, and who may post."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="people")
    person_id = models.CharField("MIS person id", max_length=64)
    kind = models.CharField(max_length=10, choices=PersonKind.choices)
    title = models.CharField(max_length=20, blank=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    preferred_name = models.CharField(max_length=100, blank=True)
    role = models.CharField(max_length=100, blank=True)
    year_group = models.CharField(max_length=10, blank=True)
    class_name = models.CharField(max_length=50, blank=True)
    related_pupils = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="related_adults"
    )
    # Photo consent per channel, for pupils only (None for adults).
    consent_dojo = models.BooleanField(null=True, blank=True)
    consent_website = models.BooleanField(null=True, blank=True)
    consent_social_media = models.BooleanField(null=True, blank=True)
    consent_press = models.BooleanField(null=True, blank=True)
    roster_position = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["roster_position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["school", "person_id"], name="person_id_per_school")
        ]
        indexes = [models.Index(fields=["school", "kind", "last_name"])]

    def __str__(self) -> str:
        return self.display_name

    @property
    def picker_label(self) -> str:
        """Surname first, with what tells namesakes apart, so a long list can be typed through."""
        extra = self.get_kind_display()
        if self.kind == PersonKind.PUPIL and self.year_group:
            extra += f", Year {self.year_group}"
        elif self.role:
            extra += f", {self.role}"
        return f"{self.last_name}, {self.preferred_name or self.first_name} ({extra})"

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        if self.kind in (PersonKind.STAFF, PersonKind.GOVERNOR) and self.title:
            return f"{self.title} {first} {self.last_name}"
        return f"{first} {self.last_name}"


class AuditEvent(models.Model):
    """One link of a school's audit chain: who did what to which record, and when.

    Each event carries the hash of the event before it at the same school, so an edited,
    inserted or deleted row breaks the chain (see `schoolgate.schools.audit.verify_chain`).
    """

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="audit_events")
    sequence = models.PositiveBigIntegerField()
    actor = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.PROTECT, related_name="audit_events"
    )
    actor_label = models.CharField(max_length=254)
    verb = models.CharField(max_length=60)
    object_type = models.CharField(max_length=60)
    object_id = models.CharField(max_length=64)
    created_at = models.DateTimeField()
    details = models.JSONField(default=dict)
    # The hash covers this digest of the details, so retention can remove the details of an
    # event about a purged record without breaking the chain (see schools/audit.py).
    details_sha256 = models.CharField(max_length=64, blank=True)
    previous_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["school", "sequence"]
        constraints = [
            models.UniqueConstraint(fields=["school", "sequence"], name="audit_sequence_per_school")
        ]
        indexes = [models.Index(fields=["school", "object_type", "object_id"])]

    def __str__(self) -> str:
        return (
            f"#{self.sequence} {self.actor_label} {self.verb} {self.object_type} {self.object_id}"
        )
