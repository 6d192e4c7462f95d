"""The form the headteacher records a review of the policy with."""

from __future__ import annotations

import datetime
import re

from django import forms

DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
MONTH = re.compile(r"^\s*(\d{1,2})/(\d{4})\s*$")


def _date(label: str, help_text: str = "For example, 14/11/2026") -> forms.DateField:
    return forms.DateField(
        label=label,
        help_text=help_text,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"class": "govuk-input govuk-input--width-10"}),
    )


class PolicyReviewForm(forms.Form):
    reviewers = forms.CharField(
        label="Who reviewed the policy",
        help_text="One name a line, as the policy should list them.",
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 3}),
    )
    reviewed_on = _date("Date of the review")
    approved_on = _date("Date the governing body approved it")
    next_review = forms.CharField(
        label="Month of the next review",
        help_text="Month and year, for example 11/2027",
        widget=forms.TextInput(attrs={"class": "govuk-input govuk-input--width-10"}),
    )

    def clean_reviewers(self) -> list[str]:
        return [
            line.strip() for line in self.cleaned_data["reviewers"].splitlines() if line.strip()
        ]

    def clean_next_review(self) -> datetime.date:
        match = MONTH.match(self.cleaned_data["next_review"])
        if not match or not 1 <= int(match[1]) <= 12:
            raise forms.ValidationError("Enter the month and year, for example 11/2027.")
        return datetime.date(int(match[2]), int(match[1]), 1)
