"""Forms for platform reports, the notice to a website operator, LADO decisions and privacy notes."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from schoolgate.cases.models import LadoDecision
from schoolgate.documents.platforms import FilingAuthority, route_choices

TEXT = {"class": "govuk-input"}
TEXTAREA = {"class": "govuk-textarea", "rows": 3}
SELECT = {"class": "govuk-select"}
DATE = {"class": "govuk-input govuk-input--width-10", "type": "date"}
DATETIME = {"class": "govuk-input govuk-input--width-20", "type": "datetime-local"}
YES_NO = [("yes", "Yes"), ("no", "No")]


class FilingForm(forms.Form):
    route = forms.ChoiceField(
        label="Route used", choices=route_choices, widget=forms.Select(attrs=SELECT)
    )
    authority = forms.ChoiceField(
        label="Whose report is it?",
        choices=FilingAuthority.choices,
        widget=forms.RadioSelect,
        help_text="Some routes take reports only from the person affected.",
    )
    consent_from = forms.CharField(
        label="Consent given by (name and date)",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs=TEXT),
        help_text="Needed when you report on the affected person's behalf.",
    )
    reference = forms.CharField(
        label="The platform's reference",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs=TEXT),
    )
    reported_on = forms.DateField(label="Date reported", widget=forms.DateInput(attrs=DATE))
    note = forms.CharField(
        label="Note", required=False, max_length=5000, widget=forms.Textarea(attrs=TEXTAREA)
    )


class ResponseForm(forms.Form):
    reference = forms.CharField(label="The platform's reference", required=False, max_length=200)
    outcome = forms.CharField(label="What the platform did", required=False, max_length=2000)
    has_acted = forms.BooleanField(
        label="The platform has acted (removed or restricted)", required=False
    )


class OperatorNoticeForm(forms.Form):
    complainant_name = forms.CharField(
        label="Complainant's name",
        max_length=200,
        widget=forms.TextInput(attrs=TEXT),
        help_text="The person the statement is about: they send the notice, not the school.",
    )
    complainant_email = forms.EmailField(
        label="Complainant's e-mail address", widget=forms.EmailInput(attrs=TEXT)
    )
    operator = forms.CharField(
        label="Website operator", max_length=200, widget=forms.TextInput(attrs=TEXT)
    )
    statement = forms.CharField(
        label="The statement complained of", widget=forms.Textarea(attrs=TEXTAREA)
    )
    location = forms.CharField(
        label="Where it is posted (link)", max_length=500, widget=forms.TextInput(attrs=TEXT)
    )
    meaning = forms.CharField(
        label="The meaning the complainant attributes to it", widget=forms.Textarea(attrs=TEXTAREA)
    )
    inaccuracies = forms.CharField(
        label="Which parts are factually inaccurate, or opinions not supported by fact",
        widget=forms.Textarea(attrs=TEXTAREA),
    )
    has_no_poster_details = forms.ChoiceField(
        label="Does the complainant lack enough information about the poster to bring proceedings?",
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    consents_to_disclosure = forms.ChoiceField(
        label="Does the complainant consent to their name and e-mail address being given to the poster?",
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    served_at = forms.DateTimeField(
        label="When the notice is sent",
        widget=forms.DateTimeInput(attrs=DATETIME, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M"],
    )

    def clean_has_no_poster_details(self) -> bool:
        if self.cleaned_data["has_no_poster_details"] != "yes":
            raise forms.ValidationError(
                "A notice to a website operator is only for a poster the complainant cannot "
                "identify well enough to sue; otherwise write to the poster directly."
            )
        return True

    def clean_consents_to_disclosure(self) -> bool:
        return self.cleaned_data["consents_to_disclosure"] == "yes"

    @staticmethod
    def now_initial() -> str:
        return timezone.localtime().strftime("%Y-%m-%dT%H:%M")


class LadoDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Decision", choices=LadoDecision.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label="Reason for the decision", max_length=5000, widget=forms.Textarea(attrs=TEXTAREA)
    )
