"""The parents' forms (a draft, a photo, which face to keep) and the staff's library form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from schoolgate.portal.models import ImageSource

# Longer than any post or comment a parent writes; the engine reads up to 50,000 characters,
# but a page of feedback on more than this helps nobody.
MAX_DRAFT_CHARS = 10_000


class DraftForm(forms.Form):
    draft = forms.CharField(
        label=_("Your draft post"),
        help_text=_("Paste or type what you mean to post. It is checked and then forgotten."),
        max_length=MAX_DRAFT_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 6, "spellcheck": "true"}),
        error_messages={
            "required": _("Enter the post you want to check"),
            "max_length": _("Your draft must be %(limit_value)s characters or fewer"),
        },
    )

    def clean_draft(self) -> str:
        draft: str = self.cleaned_data["draft"]
        if not draft.strip():
            raise forms.ValidationError(_("Enter the post you want to check"))
        return draft


class PhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Your photo"),
        help_text=_("A JPEG, PNG, GIF or WebP image. It is checked and then forgotten."),
        widget=forms.ClearableFileInput(attrs={"class": "govuk-file-upload", "accept": "image/*"}),
        error_messages={"required": _("Choose the photo you want to check")},
    )


class KeepFaceForm(forms.Form):
    """Which face to keep; the photo and its face boxes come back from the page itself."""

    photo_data = forms.CharField(widget=forms.HiddenInput)
    faces = forms.CharField(widget=forms.HiddenInput)
    keep = forms.TypedChoiceField(
        label=_("Which face is your child's?"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the face to keep")},
    )
    result = forms.ChoiceField(
        label=_("What would you like?"),
        choices=[
            ("blur", _("A copy with every other face blurred")),
            ("crop", _("A copy cut down to this face")),
        ],
        initial="blur",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a blurred copy or a crop")},
    )

    def __init__(self, *args: object, face_count: int = 0, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["keep"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [
            (n, _("Face %(number)s") % {"number": n}) for n in range(1, face_count + 1)
        ]


class LibraryImageForm(forms.Form):
    image = forms.FileField(
        label="Photo the school published",
        help_text="Only its fingerprint (a perceptual hash) is kept, never the photo.",
        widget=forms.ClearableFileInput(attrs={"class": "govuk-file-upload", "accept": "image/*"}),
        error_messages={"required": "Choose the photo to add"},
    )
    source = forms.ChoiceField(
        label="Where the school published it",
        choices=ImageSource.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose where the school published the photo"},
    )
    label = forms.CharField(
        label="Name it so staff know it again",
        help_text="For example: Year 3 sports day, June newsletter",
        max_length=200,
        widget=forms.TextInput(attrs={"class": "govuk-input"}),
        error_messages={"required": "Enter a name for the photo"},
    )
