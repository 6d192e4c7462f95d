"""The parents' concern form and the staff forms of the concerns queue."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from schoolgate.intake.models import Relationship
from schoolgate.schools.models import User

# Long enough for a detailed concern, short of a pasted document.
MAX_CONCERN_CHARACTERS = 10_000
# The honeypot: a field people never see (it is hidden), which form-filling scripts complete.
HONEYPOT_FIELD = "website"

TEXT = {"class": "govuk-input"}


class ConcernForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        widget=forms.TextInput(attrs={**TEXT, "autocomplete": "name"}),
        error_messages={"required": _("Enter your name")},
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send an acknowledgement and our reply here."),
        max_length=254,
        widget=forms.EmailInput(attrs={**TEXT, "autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your e-mail address"),
            "invalid": _("Enter an e-mail address like name@example.com"),
        },
    )
    relationship = forms.ChoiceField(
        label=_("Your relationship to the school"),
        choices=Relationship.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select your relationship to the school")},
    )
    child_class = forms.CharField(
        label=_("Your child's class (optional)"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={**TEXT, "class": "govuk-input govuk-input--width-20"}),
    )
    concern = forms.CharField(
        label=_("Your concern"),
        help_text=_("Tell us what has happened and what you would like the school to do."),
        max_length=MAX_CONCERN_CHARACTERS,
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 8}),
        error_messages={
            "required": _("Enter your concern"),
            "max_length": _("Your concern must be 10,000 characters or fewer"),
        },
    )
    website = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())


class ReplyForm(forms.Form):
    text = forms.CharField(
        label="Your reply",
        help_text="E-mailed to the sender from the school's address; it is kept on the concern.",
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 6}),
        error_messages={"required": "Write the reply before sending it."},
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label="Assign to",
        queryset=User.objects.none(),
        required=False,
        empty_label="Nobody",
        widget=forms.Select(attrs={"class": "govuk-select"}),
    )

    def __init__(self, *args: Any, staff: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if staff is not None:
            self.fields["assignee"].queryset = staff  # type: ignore[attr-defined]


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason",
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 3}),
    )


class UploadEmailForm(forms.Form):
    message = forms.FileField(
        label="E-mail message (.eml)",
        help_text="Save the e-mail from your mail program as an .eml file. It is kept exactly as it is.",
        widget=forms.ClearableFileInput(attrs={"class": "govuk-file-upload", "accept": ".eml"}),
        error_messages={"required": "Choose an .eml file"},
    )
    as_incident = forms.ChoiceField(
        label="What is it?",
        choices=[
            ("concern", "A concern: someone raising something with the school"),
            ("incident", "An incident: the message itself breaches the policy"),
        ],
        initial="concern",
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label="If an incident, which part of the policy it breaches",
        required=False,
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 3}),
    )
