"""Forms for signing in, the second factor and the roster upload."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from schoolgate.schools.roster import MAX_ROSTER_BYTES


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(
            attrs={"autocomplete": "username", "autofocus": True, "class": "govuk-input"}
        ),
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(
            attrs={"autocomplete": "current-password", "class": "govuk-input"}
        ),
    )
    error_messages = {
        "invalid_login": "Enter a correct email address and password.",
        "inactive": "This account is switched off. Ask your school office.",
    }


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Code from your authenticator app",
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "class": "govuk-input govuk-input--width-10",
                "spellcheck": "false",
            }
        ),
    )

    def clean_token(self) -> str:
        token = self.cleaned_data["token"].replace(" ", "")
        if not token.isdigit():
            raise forms.ValidationError("The code is the 6 digits your app shows.")
        return token


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label="Roster file (CSV)",
        help_text="The CSV exported from your MIS, with the header row Schoolgate expects.",
        widget=forms.ClearableFileInput(
            attrs={"class": "govuk-file-upload", "accept": ".csv,text/csv"}
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_ROSTER_BYTES:
            raise forms.ValidationError("The file must be smaller than 5 MB.")
        return upload
