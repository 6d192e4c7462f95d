"""Forms for letters: a draft's wording and recipient, and a school's wording of a kind."""

from __future__ import annotations

from django import forms

from schoolgate.cases.actions.letters import LetterDraft
from schoolgate.cases.models import Letter
from schoolgate.documents.letters import LETTERS_WITH_DEADLINE, LetterKind

INPUT = {"class": "govuk-input"}
BODY = {"class": "govuk-textarea sg-letter-body", "rows": 24, "spellcheck": "true"}


class LetterForm(forms.Form):
    recipient_name = forms.CharField(
        label="To", max_length=200, widget=forms.TextInput(attrs={**INPUT, "autocomplete": "off"})
    )
    recipient_address = forms.CharField(
        label="Postal address (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 3}),
    )
    recipient_email = forms.EmailField(
        label="E-mail address (to send it by e-mail)",
        required=False,
        widget=forms.EmailInput(attrs={**INPUT, "spellcheck": "false", "autocomplete": "off"}),
    )
    removal_deadline = forms.DateField(
        label="Remove the posts by",
        required=False,
        error_messages={"required": "Give the date by which the posts must be removed."},
        # A date input reads and shows ISO dates whatever the language of the page.
        widget=forms.DateInput(
            attrs={"class": "govuk-input govuk-input--width-10", "type": "date"}, format="%Y-%m-%d"
        ),
    )
    subject = forms.CharField(label="Subject", max_length=200, widget=forms.TextInput(attrs=INPUT))
    body = forms.CharField(
        label="Letter",
        max_length=50000,
        help_text="Names in braces, such as {posts}, are filled in from the case. "
        "A line starting with > is a quotation.",
        widget=forms.Textarea(attrs=BODY),
    )

    def __init__(self, letter: Letter, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if letter.kind not in LETTERS_WITH_DEADLINE:
            del self.fields["removal_deadline"]
        else:
            self.fields["removal_deadline"].required = True

    def draft(self) -> LetterDraft:
        data = self.cleaned_data
        return LetterDraft(
            subject=data["subject"],
            body=data["body"],
            recipient_name=data["recipient_name"],
            recipient_email=data["recipient_email"],
            recipient_address=data["recipient_address"],
            removal_deadline=data.get("removal_deadline"),
        )

    @staticmethod
    def initial_for(letter: Letter) -> dict[str, object]:
        return {
            "recipient_name": letter.recipient_name,
            "recipient_address": letter.recipient_address,
            "recipient_email": letter.recipient_email,
            "removal_deadline": letter.removal_deadline,
            "subject": letter.subject,
            "body": letter.body,
        }


class LetterTemplateForm(forms.Form):
    subject = forms.CharField(label="Subject", max_length=200, widget=forms.TextInput(attrs=INPUT))
    body = forms.CharField(
        label="Letter",
        max_length=50000,
        help_text="Use the fields listed above, in braces. A line starting with > is a quotation.",
        widget=forms.Textarea(attrs=BODY),
    )


class StartLetterForm(forms.Form):
    kind = forms.ChoiceField(
        label="Which letter",
        choices=LetterKind.choices,
        widget=forms.Select(attrs={"class": "govuk-select"}),
    )
