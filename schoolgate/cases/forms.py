"""Forms for logging incidents, reviewing the screening, and recording the procedure's steps."""

from __future__ import annotations

import datetime
import re
import secrets
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from schoolgate.cases.actions import IncidentReport, StepRecord
from schoolgate.cases.evidence import CheckedFile, UploadRefused, check_size, check_upload
from schoolgate.cases.models import CaseOutcome, EvidenceRole, IncidentStatus, Platform
from schoolgate.cases.procedure import (
    DISCUSSION_OUTCOMES,
    PoliceRoute,
    StepRelation,
    checklist_for,
)
from schoolgate.policies.schema import PoliceTrigger
from schoolgate.policies.steps import StepKind
from schoolgate.schools.access import Member, people_visible_to
from schoolgate.schools.models import Person, PersonKind
from schoolgate.schools.roles import Permission
from schoolgate.screening import CATEGORY_IDS

INPUT = {"class": "govuk-input"}
TEXTAREA = {"class": "govuk-textarea", "rows": 4}
SELECT = {"class": "govuk-select"}
DATE = {"class": "govuk-input govuk-input--width-10", "type": "date"}
ACCEPT = "image/png,image/jpeg,image/webp,image/gif,application/pdf"
YES_NO = [("yes", "Yes"), ("no", "No")]
EMAIL_OR_DOMAIN = re.compile(r"^([^@\s]+@|@)[^@\s]+\.[^@\s]+$")
# 128 random bits: no two forms ever share a token, and none can be guessed.
SUBMISSION_TOKEN_BYTES = 16


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class CheckedFilesField(forms.FileField):
    """Any number of uploads, each checked by content; a refused one names itself and why."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "widget",
            MultipleFileInput(attrs={"class": "govuk-file-upload", "accept": ACCEPT}),
        )
        super().__init__(**kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[CheckedFile]:
        uploads = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if self.required and not uploads:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        checked, errors = [], []
        for upload in uploads:
            assert isinstance(upload, UploadedFile)
            name = upload.name or "upload"
            try:
                check_size(name, upload.size or 0)
                checked.append(check_upload(name, upload.read()))
            except UploadRefused as refused:
                errors.append(forms.ValidationError(str(refused)))
        if errors:
            raise forms.ValidationError(errors)
        return checked


def person_label(person: Person) -> str:
    return person.picker_label


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return person_label(obj)


class PeopleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return person_label(obj)


def utc_from_local_input(value: datetime.datetime | None) -> datetime.datetime | None:
    """Read a datetime-local value as UTC (the form asks for the time in UTC)."""
    if value is None:
        return None
    return timezone.make_naive(value).replace(tzinfo=datetime.UTC)


class IncidentForm(forms.Form):
    platform = forms.ChoiceField(choices=Platform.choices, widget=forms.Select(attrs=SELECT))
    permalink = forms.URLField(
        label="Link to the post",
        required=False,
        max_length=500,
        widget=forms.URLInput(attrs=INPUT),
        assume_scheme="https",
    )
    account_handle = forms.CharField(
        label="Account handle",
        required=False,
        max_length=200,
        help_text="As the platform shows it, for example @name.",
        widget=forms.TextInput(attrs={**INPUT, "spellcheck": "false"}),
    )
    display_name = forms.CharField(
        label="Display name", required=False, max_length=200, widget=forms.TextInput(attrs=INPUT)
    )
    profile_url = forms.URLField(
        label="Link to the profile",
        required=False,
        max_length=500,
        widget=forms.URLInput(attrs=INPUT),
        assume_scheme="https",
    )
    text = forms.CharField(
        label="Text of the post",
        required=False,
        help_text="Paste the words exactly. Leave empty to read them from the screenshot.",
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 6}),
    )
    posted_at_shown = forms.CharField(
        label="Post time as shown",
        required=False,
        max_length=100,
        help_text='As the platform showed it, for example "2h" or "Tuesday 9:14".',
        widget=forms.TextInput(attrs={**INPUT, "class": "govuk-input govuk-input--width-20"}),
    )
    posted_at = forms.DateTimeField(
        label="Post time in UTC (optional)",
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"],
        widget=forms.DateTimeInput(
            attrs={"class": "govuk-input govuk-input--width-20", "type": "datetime-local"},
            format="%Y-%m-%dT%H:%M",
        ),
    )
    capture_method = forms.CharField(
        label="How it was captured",
        required=False,
        max_length=200,
        help_text="For example: screenshot on a school phone, shown by a parent.",
        widget=forms.TextInput(attrs=INPUT),
    )
    poster = PersonChoiceField(
        label="Who posted it",
        required=False,
        queryset=Person.objects.none(),
        empty_label="Not known: use the account handle",
        help_text="A parent or carer on the roster.",
        error_messages={
            "invalid_choice": "Choose the poster from the list of parents and carers, or Not known."
        },
        widget=forms.Select(attrs=SELECT),
    )
    targets = PeopleChoiceField(
        label="People it is about",
        required=False,
        queryset=Person.objects.none(),
        help_text="Hold Ctrl (or Cmd) to choose more than one; type a surname to jump to it.",
        error_messages={"invalid_choice": "Choose the people it is about from the list."},
        widget=forms.SelectMultiple(attrs={"class": "govuk-select sg-select-multiple", "size": 10}),
    )
    post_screenshots = CheckedFilesField(
        label="Screenshots of the post",
        help_text="PNG, JPEG, WebP, GIF or PDF, 20 MB at most each.",
    )
    thread_screenshots = CheckedFilesField(
        label="Screenshots of the surrounding thread (optional)",
    )

    def __init__(self, member: Member, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Only the people this member may see are offered, and only they are accepted: staff
        # without the roster never get the list of pupils and families, nor name one by id.
        people = people_visible_to(member).order_by("last_name", "first_name", "pk")
        self.fields["poster"].queryset = people.filter(kind=PersonKind.PARENT)  # type: ignore[attr-defined]
        self.fields["targets"].queryset = people  # type: ignore[attr-defined]
        self.can_see_families = member.can(Permission.VIEW_ROSTER)
        if not self.can_see_families:
            self.fields["targets"].help_text = (
                "Staff and governors only. Name any child or family in the text; the "
                "safeguarding lead adds them."
            )

    def clean_posted_at(self) -> datetime.datetime | None:
        return utc_from_local_input(self.cleaned_data.get("posted_at"))

    def report(self) -> IncidentReport:
        data = self.cleaned_data
        screenshots = [(f, EvidenceRole.POST.value) for f in data["post_screenshots"]]
        screenshots += [(f, EvidenceRole.THREAD.value) for f in data["thread_screenshots"]]
        return IncidentReport(
            platform=data["platform"],
            text=data["text"],
            permalink=data["permalink"],
            account_handle=data["account_handle"],
            display_name=data["display_name"],
            profile_url=data["profile_url"],
            posted_at_shown=data["posted_at_shown"],
            posted_at=data["posted_at"],
            capture_method=data["capture_method"],
            poster=data["poster"],
            targets=list(data["targets"]),
            screenshots=screenshots,
        )


class TriageFilterForm(forms.Form):
    platform = forms.ChoiceField(
        required=False,
        choices=[("", "Any platform"), *Platform.choices],
        widget=forms.Select(attrs=SELECT),
    )
    category = forms.ChoiceField(
        required=False,
        choices=[("", "Any category")]
        + [(c, c.replace("_", " ").capitalize()) for c in CATEGORY_IDS],
        widget=forms.Select(attrs=SELECT),
    )
    person = forms.CharField(
        label="Person or handle",
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={**INPUT, "class": "govuk-input govuk-input--width-20"}),
    )
    status = forms.ChoiceField(
        required=False,
        choices=[("", "Any status"), *IncidentStatus.choices],
        widget=forms.Select(attrs=SELECT),
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(max_length=5000, widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}))


class CorrectionForm(forms.Form):
    file = CheckedFilesField(label="Corrected file", required=True)
    reason = forms.CharField(
        label="Why it is being corrected",
        max_length=5000,
        widget=forms.Textarea(attrs={**TEXTAREA, "rows": 3}),
    )

    def clean_file(self) -> CheckedFile:
        files = self.cleaned_data["file"]
        if len(files) != 1:
            raise forms.ValidationError("Choose one file to replace this one.")
        return files[0]


class ReviewForm(forms.Form):
    category = forms.ChoiceField(choices=[(c, c) for c in CATEGORY_IDS])
    applies = forms.ChoiceField(choices=YES_NO, widget=forms.RadioSelect)
    reason = forms.CharField(required=False, max_length=5000)


class CloseCaseForm(forms.Form):
    outcome = forms.ChoiceField(
        choices=[("", "Choose the outcome"), *CaseOutcome.choices],
        widget=forms.Select(attrs=SELECT),
    )
    reason = forms.CharField(
        label="Why the case is closing", max_length=5000, widget=forms.Textarea(attrs=TEXTAREA)
    )


class ApprovalForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "Approve"), ("refuse", "Refuse")])
    note = forms.CharField(required=False, max_length=5000)


class FollowUpForm(forms.Form):
    note = forms.CharField(max_length=5000)


def _date(label: str, required: bool = True) -> forms.DateField:
    return forms.DateField(label=label, required=required, widget=forms.DateInput(attrs=DATE))


def _text(label: str, required: bool = True, help_text: str = "") -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=500,
        help_text=help_text,
        widget=forms.TextInput(attrs=INPUT),
    )


def _choice(label: str, choices: dict[str, str]) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, choices=[("", "Choose"), *choices.items()], widget=forms.Select(attrs=SELECT)
    )


def _legal_fields() -> dict[str, forms.Field]:
    return {
        "to_whom": _text("To whom (solicitor, adviser or body)"),
        "for_whom": _text(
            "For whom",
            help_text="For defamation, the member of staff who is defamed is the party, not the school.",
        ),
    }


# The details each kind of step records; dates become ISO strings in the step's details.
KIND_FIELDS: dict[StepKind, Any] = {
    StepKind.INFORMAL_DISCUSSION: lambda: {
        "date": _date("Date of the discussion"),
        "attended": _text("Who attended"),
        "outcome": _choice("Outcome", DISCUSSION_OUTCOMES),
    },
    StepKind.WRITTEN_WARNING: lambda: {
        "date": _date("Date the letter was sent"),
        "removal_deadline": _date("Deadline for removing the post"),
    },
    StepKind.PLATFORM_REPORT: lambda: {
        "platform": _choice("Platform", dict(Platform.choices)),
        "route": _text("Route used", help_text="For example: the platform's report form."),
        "reference": _text("Reference number", required=False),
        "date": _date("Date reported"),
        "outcome": _text("Outcome so far", required=False),
        "response_by": _date("Response expected by", required=False),
    },
    StepKind.BLOCK_ON_X: lambda: {"handle": _text("Handle blocked"), "date": _date("Date blocked")},
    StepKind.BLOCK_EMAIL: lambda: {
        "address": _text(
            "Address or domain to block",
            help_text="An e-mail address, or @domain. Subject-access, FOI and formal complaints still reach the school.",
        )
    },
    StepKind.LEGAL_ADVICE: _legal_fields,
    StepKind.LEGAL_ACTION: _legal_fields,
    StepKind.OTHER_LEGAL_ACTION: _legal_fields,
    # Immediate danger first: it decides whether the referral is already made (999) or asks the
    # head's approval first. The policy's triggers and their evidence are added by StepForm.
    StepKind.POLICE_REFERRAL: lambda: {
        "immediate_danger": forms.ChoiceField(
            label="Is anyone in immediate danger?",
            choices=YES_NO,
            widget=forms.RadioSelect,
            help_text="If so, call 999 now, then record it here.",
        ),
        "reported_at": forms.DateTimeField(
            label="Date and time reported, in UTC",
            required=False,
            input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"],
            help_text="Leave empty when asking the headteacher's approval before referring.",
            widget=forms.DateTimeInput(
                attrs={"class": "govuk-input govuk-input--width-20", "type": "datetime-local"},
                format="%Y-%m-%dT%H:%M",
            ),
        ),
        "route": forms.ChoiceField(
            label="How it was reported",
            required=False,
            choices=[("", "Not reported yet"), *PoliceRoute.choices],
            widget=forms.Select(attrs=SELECT),
        ),
        "force": _text("Police force", required=False),
        "crime_reference": _text("Crime reference", required=False),
        "officer": _text("Officer", required=False),
    },
}
DUE_FIELDS = {
    "removal_deadline": "Removal deadline",
    "response_by": "Platform's response window",
}


class StepForm(forms.Form):
    """The fields for one kind of step, the checklist if it needs one, a note and attachments."""

    def __init__(
        self,
        kind: str,
        needs_checklist: bool,
        *args: Any,
        police_triggers: list[PoliceTrigger] | None = None,
        has_current: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.kind = StepKind(kind)
        self.fields.update(KIND_FIELDS[self.kind]())
        self.police_triggers = list(police_triggers or [])
        if self.kind == StepKind.POLICE_REFERRAL:
            self.fields["triggers"] = forms.MultipleChoiceField(
                label="Which of the policy's police triggers apply?",
                required=False,
                choices=[(t.id, t.wording.strip().capitalize()) for t in self.police_triggers],
                widget=forms.CheckboxSelectMultiple,
            )
            for trigger in self.police_triggers:
                self.fields[f"evidence_{trigger.id}"] = forms.CharField(
                    label=f"Evidence that {trigger.wording.strip()}",
                    required=False,
                    max_length=5000,
                    help_text="Only if this trigger applies: which incidents, and what in them.",
                    widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
                )
        self.has_current = has_current
        if has_current:
            # Not required here: the action refuses a second step without them, with its own
            # message, after it has recognised a form sent twice as the step already recorded.
            self.fields["relation"] = forms.ChoiceField(
                label="This kind of step is already recorded in the case. This one is",
                required=False,
                choices=StepRelation.choices,
                widget=forms.RadioSelect,
            )
            self.fields["relation_reason"] = forms.CharField(
                label="Why a second one",
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
            )
        if kind == StepKind.WRITTEN_WARNING:
            self.fields["attachments"] = CheckedFilesField(label="The letter sent", required=True)
        else:
            self.fields["attachments"] = CheckedFilesField(label="Attachments (optional)")
        self.fields["note"] = forms.CharField(
            label="Note", required=False, max_length=10000, widget=forms.Textarea(attrs=TEXTAREA)
        )
        # Issued with the empty form and sent back with it: the step is recorded once per token.
        self.fields["submission_token"] = forms.CharField(
            required=False,
            max_length=64,
            widget=forms.HiddenInput,
            initial=secrets.token_urlsafe(SUBMISSION_TOKEN_BYTES),
        )
        self.checklist_names = []
        if needs_checklist:
            for question in checklist_for(self.kind):
                self.fields[f"check_{question.key}"] = forms.ChoiceField(
                    label=question.question, choices=YES_NO, widget=forms.RadioSelect
                )
                self.checklist_names.append(f"check_{question.key}")
            self.fields["go_ahead_reason"] = forms.CharField(
                label="Headteacher only: the reason to go ahead although an answer rules it out",
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={**TEXTAREA, "rows": 2}),
            )
            self.checklist_names.append("go_ahead_reason")

    def clean_address(self) -> str:
        address = self.cleaned_data["address"].strip().lower()
        if not EMAIL_OR_DOMAIN.match(address):
            raise forms.ValidationError("Enter an e-mail address, or a domain starting with @.")
        return address

    def record(self, step_id: str) -> StepRecord:
        data = self.cleaned_data
        details: dict[str, Any] = {}
        for name in KIND_FIELDS[self.kind]():
            value = data.get(name)
            if isinstance(value, datetime.datetime):
                value = utc_from_local_input(value)
            details[name] = value.isoformat() if isinstance(value, datetime.date) else (value or "")
        if self.kind == StepKind.POLICE_REFERRAL:
            chosen = list(data.get("triggers") or [])
            details["immediate_danger"] = data.get("immediate_danger") == "yes"
            details["triggers"] = chosen
            details["evidence"] = {t: data.get(f"evidence_{t}", "") for t in chosen}
        due_at, due_reason = None, ""
        for name, reason in DUE_FIELDS.items():
            if data.get(name):
                end_of_day = datetime.datetime.combine(data[name], datetime.time(17, 0))
                due_at, due_reason = timezone.make_aware(end_of_day), reason
        return StepRecord(
            step_id=step_id,
            note=data["note"],
            details=details,
            checklist={
                q.key: data[f"check_{q.key}"] == "yes"
                for q in checklist_for(self.kind)
                if f"check_{q.key}" in data
            },
            relation=data.get("relation", ""),
            relation_reason=data.get("relation_reason", ""),
            go_ahead_reason=data.get("go_ahead_reason", ""),
            due_at=due_at,
            due_reason=due_reason,
            attachments=data["attachments"],
            submission_token=data["submission_token"],
        )


class PoliceReportForm(forms.Form):
    """When an approved referral was made, how, and what the police gave back."""

    reported_at = forms.DateTimeField(
        label="Date and time reported, in UTC",
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"],
        widget=forms.DateTimeInput(
            attrs={"class": "govuk-input govuk-input--width-20", "type": "datetime-local"},
            format="%Y-%m-%dT%H:%M",
        ),
    )
    route = forms.ChoiceField(
        label="How it was reported",
        choices=[("", "Choose"), *PoliceRoute.choices],
        widget=forms.Select(attrs=SELECT),
    )
    force = _text("Police force", required=False)
    crime_reference = _text("Crime reference", required=False)
    officer = _text("Officer", required=False)

    def clean_reported_at(self) -> datetime.datetime | None:
        return utc_from_local_input(self.cleaned_data.get("reported_at"))
