"""The staff page that sends read-confirmation links and shows the rates per class."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from schoolgate.policies.confirmations import (
    ConfirmationRefused,
    rates_per_class,
    read_contact_list,
    send_read_confirmations,
)
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.roles import Permission

# The list is a few hundred lines of ids and addresses; anything far bigger is the wrong file.
MAX_CONTACT_LIST_BYTES = 1024 * 1024


class ContactListForm(forms.Form):
    contacts = forms.FileField(
        label="Parents' e-mail addresses",
        help_text="A CSV file whose first line is person_id,email, one parent or carer a line, "
        "using the person_id of the roster.",
        error_messages={"required": "Choose the CSV file of parents' e-mail addresses."},
        widget=forms.ClearableFileInput(attrs={"class": "govuk-file-upload", "accept": ".csv"}),
    )

    def clean_contacts(self) -> dict[str, str]:
        upload = self.cleaned_data["contacts"]
        if (upload.size or 0) > MAX_CONTACT_LIST_BYTES:
            raise forms.ValidationError("The file is larger than 1 MB: it is not a contact list.")
        try:
            return read_contact_list(upload.read().decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise forms.ValidationError(
                "The file is not UTF-8 text; save it as CSV UTF-8."
            ) from None
        except ConfirmationRefused as refused:
            raise forms.ValidationError(str(refused)) from None


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.MANAGE_ROSTER)
def read_confirmations(request: HttpRequest, member: Member) -> HttpResponse:
    is_post = request.method == "POST"
    form = ContactListForm(request.POST if is_post else None, request.FILES if is_post else None)
    if is_post and form.is_valid():
        try:
            result = send_read_confirmations(
                member.school, member.user, form.cleaned_data["contacts"]
            )
        except ConfirmationRefused as refused:
            form.add_error("contacts", str(refused))
        else:
            messages.success(
                request,
                f"Sent {result.sent} link{'s' if result.sent != 1 else ''}. "
                f"{result.already_confirmed} already confirmed; "
                f"{result.without_address} parent{'s' if result.without_address != 1 else ''} "
                "with a child on the roster had no address in the list.",
            )
            return redirect("read_confirmations", member.school.slug)
    return render(
        request,
        "policies/read_confirmations.html",
        {"member": member, "form": form, "rates": rates_per_class(member.school)},
    )
