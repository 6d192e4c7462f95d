"""The form that logs a subject access request."""

from __future__ import annotations

from django import forms


class SubjectAccessRequestForm(forms.Form):
    person_id = forms.CharField(
        label="MIS person id of the person the request is about",
        max_length=64,
        help_text="As on the roster (People), for example P0012.",
        widget=forms.TextInput(attrs={"class": "govuk-input govuk-input--width-10"}),
    )
    requester = forms.CharField(
        label="Who made the request",
        max_length=200,
        help_text="The person themselves, or who asked on their behalf.",
        widget=forms.TextInput(attrs={"class": "govuk-input"}),
    )
    received_on = forms.DateField(
        label="Date the request was received",
        help_text="The one-month clock starts on this day.",
        widget=forms.DateInput(
            attrs={"class": "govuk-input govuk-input--width-10", "type": "date"}
        ),
    )
