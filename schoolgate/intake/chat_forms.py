"""The chat export upload form and the form that picks messages from it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile

from schoolgate.cases.evidence import UploadRefused, check_chat_export_size


class ChatExportForm(forms.Form):
    export = forms.FileField(
        label="WhatsApp chat export",
        help_text="The .txt file, or the .zip WhatsApp made when you chose to include media. "
        "100 MB at most.",
        error_messages={"required": "Choose the chat export to upload."},
        widget=forms.ClearableFileInput(
            attrs={"class": "govuk-file-upload", "accept": ".txt,.zip,text/plain,application/zip"}
        ),
    )

    def clean_export(self) -> tuple[str, bytes]:
        upload = self.cleaned_data["export"]
        assert isinstance(upload, UploadedFile)
        name = upload.name or "upload"
        try:
            # Before reading, so an oversized upload never lands in memory.
            check_chat_export_size(name, upload.size or 0)
        except UploadRefused as refused:
            raise forms.ValidationError(str(refused)) from None
        return name, upload.read()


class ChatPickForm(forms.Form):
    ticket = forms.CharField(widget=forms.HiddenInput)
    messages = forms.TypedMultipleChoiceField(
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, numbers: list[int], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["messages"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = [(number, str(number)) for number in numbers]
