"""Forms for signing in, the second factor, the roster upload and staff accounts."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm

from schoolgate.schools.roles import SCHOOL_ROLES
from schoolgate.schools.roster import MAX_ROSTER_BYTES
from schoolgate.schools.throttling import normalise_email


class SignInEmailField(forms.EmailField):
    """An address as typed, read the way sign-in and its lock-out compare addresses."""

    def to_python(self, value: str | None) -> str:
        return normalise_email(super().to_python(value) or "")


class EmailAuthenticationForm(AuthenticationForm):
    username = SignInEmailField(
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


ROLE_CHOICES = [(role.value, role.label) for role in SCHOOL_ROLES]


class InviteForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "off", "class": "govuk-input"}),
    )
    role = forms.ChoiceField(label="Role", choices=ROLE_CHOICES, widget=forms.RadioSelect)


class RoleForm(forms.Form):
    role = forms.ChoiceField(
        label="Role", choices=ROLE_CHOICES, widget=forms.Select(attrs={"class": "govuk-select"})
    )


class ChoosePasswordForm(SetPasswordForm):
    """Django's set-password form (its fields and validators), in GOV.UK Frontend markup."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = "New password"
        self.fields[
            "new_password1"
        ].help_text = (
            "At least 12 characters. Not a common password, and not like your e-mail address."
        )
        self.fields["new_password2"].label = "Type the new password again"
        for field in self.fields.values():
            field.widget.attrs["class"] = "govuk-input"


class ResetRequestForm(PasswordResetForm):
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "class": "govuk-input"}),
    )
