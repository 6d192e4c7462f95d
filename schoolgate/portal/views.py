"""The parents' pages (no account needed) and the staff page that keeps the image library."""

from __future__ import annotations

import base64
import binascii
import io
from typing import Any, TypeVar

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from PIL import Image, UnidentifiedImageError

from schoolgate.documents.pdf import render_pdf
from schoolgate.portal import photos
from schoolgate.portal.access import PublicSchool, get_public_school, library_images_for
from schoolgate.portal.actions import LibraryRefused, add_library_image, remove_library_image
from schoolgate.portal.forms import DraftForm, KeepFaceForm, LibraryImageForm, PhotoForm
from schoolgate.portal.models import ImageSource
from schoolgate.portal.procedure_summary import what_the_school_will_do
from schoolgate.portal.self_check import check_draft, check_parent_photo
from schoolgate.portal.throttling import WINDOW_SECONDS, may_check
from schoolgate.portal.uploads import is_too_large, read_in_memory
from schoolgate.schools.access import Member, member_required
from schoolgate.schools.roles import Permission

F = TypeVar("F", bound=forms.Form)

# A school's concern form lives beside these pages (the intake part), at this address.
CONCERN_PATH = "/parents/{slug}/concern/"


def _context(public: PublicSchool, **extra: Any) -> dict[str, Any]:
    return {
        "public": public,
        "school": public.school,
        "document": public.document,
        "concern_url": CONCERN_PATH.format(slug=public.school.slug),
        **extra,
    }


@require_safe
def policy_page(request: HttpRequest, school_slug: str) -> HttpResponse:
    public = get_public_school(school_slug)
    steps = what_the_school_will_do(public.document)
    return render(request, "portal/policy.html", _context(public, plain_steps=steps))


@require_safe
def policy_pdf(request: HttpRequest, school_slug: str) -> HttpResponse:
    public = get_public_school(school_slug)
    steps = what_the_school_will_do(public.document)
    pdf = render_pdf("portal/policy_pdf.html", _context(public, plain_steps=steps))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{public.school.slug}-policy.pdf"'
    return response


@require_safe
def privacy_notice(request: HttpRequest, school_slug: str) -> HttpResponse:
    public = get_public_school(school_slug)
    return render(request, "portal/privacy.html", _context(public))


@require_safe
def accessibility_statement(request: HttpRequest, school_slug: str) -> HttpResponse:
    public = get_public_school(school_slug)
    return render(request, "portal/accessibility.html", _context(public))


@require_http_methods(["GET", "HEAD", "POST"])
@sensitive_post_parameters()
@never_cache
@csrf_exempt
def check(request: HttpRequest, school_slug: str) -> HttpResponse:
    """Think before you post. CSRF is checked by `_check`, once uploads are set to memory only."""
    public = get_public_school(school_slug)
    if request.method == "POST":
        if not may_check(request):
            response = render(request, "portal/too_many.html", _context(public), status=429)
            response["Retry-After"] = str(WINDOW_SECONDS)
            return response
        if is_too_large(request):
            photo_form = _form_with_error(PhotoForm, _too_large_message())
            return _render_check(request, public, photo_form=photo_form, status=413)
        read_in_memory(request)
    return _check(request, public)


def _form_with_error(form_class: type[F], message: str) -> F:
    """An empty form carrying one error about the whole request, for the error summary."""
    form = form_class(data={})
    form.is_valid()
    # The empty form's own "required" errors are not the problem; the request was refused.
    form.errors.clear()
    form.add_error(None, message)
    return form


def _too_large_message() -> str:
    megabytes = photos.MAX_PHOTO_BYTES // (1024 * 1024)
    return _("The photo must be smaller than %(size)s MB") % {"size": megabytes}


@csrf_protect
def _check(request: HttpRequest, public: PublicSchool) -> HttpResponse:
    if request.method != "POST":
        return _render_check(request, public)
    kind = request.POST.get("check")
    if kind == "photo":
        return _check_photo(request, public)
    if kind == "keep_face":
        return _keep_face(request, public)
    form = DraftForm(request.POST)
    if not form.is_valid():
        return _render_check(request, public, draft_form=form, status=400)
    draft = form.cleaned_data["draft"]
    feedback = check_draft(public, draft)
    return _render_check(request, public, draft_form=form, feedback=feedback, draft=draft)


def _check_photo(request: HttpRequest, public: PublicSchool) -> HttpResponse:
    form = PhotoForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_check(request, public, photo_form=form, status=400)
    try:
        checked, match = check_parent_photo(public, form.cleaned_data["photo"].read())
    except ValueError:
        form.add_error(
            "photo", _("The file is not a photo this check can read. Choose a JPEG or PNG image")
        )
        return _render_check(request, public, photo_form=form, status=400)
    keep_form = None
    if len(checked.faces) > 1:
        keep_form = KeepFaceForm(
            face_count=len(checked.faces),
            initial={
                "photo_data": base64.b64encode(checked.jpeg).decode("ascii"),
                "faces": photos.faces_to_text(checked.faces),
            },
        )
    photo_result = {
        "faces": checked.faces,
        "boxed_url": photos.data_url(checked.boxed_jpeg),
        "match": match,
        "is_dojo": match is not None and match.source == ImageSource.DOJO,
        "keep_form": keep_form,
    }
    return _render_check(request, public, photo_result=photo_result)


def _keep_face(request: HttpRequest, public: PublicSchool) -> HttpResponse:
    try:
        jpeg = base64.b64decode(request.POST.get("photo_data", ""), validate=True)
        with Image.open(io.BytesIO(jpeg)) as image:
            width, height = image.size
        faces = photos.faces_from_text(request.POST.get("faces", ""), width, height)
    except (binascii.Error, UnidentifiedImageError, OSError, ValueError):
        photo_form = _form_with_error(
            PhotoForm, _("The photo did not come back whole. Add your photo again")
        )
        return _render_check(request, public, photo_form=photo_form, status=400)
    form = KeepFaceForm(request.POST, face_count=len(faces))
    if not form.is_valid():
        photo_result = {
            "faces": faces,
            "boxed_url": photos.data_url(photos.boxed(jpeg, faces)),
            "keep_form": form,
        }
        return _render_check(request, public, photo_result=photo_result, status=400)
    keep = form.cleaned_data["keep"]
    if form.cleaned_data["result"] == "crop":
        processed = photos.crop_to_face(jpeg, faces, keep)
    else:
        processed = photos.blur_other_faces(jpeg, faces, keep)
    result = {"url": photos.data_url(processed), "is_crop": form.cleaned_data["result"] == "crop"}
    return _render_check(request, public, processed=result)


def _render_check(
    request: HttpRequest, public: PublicSchool, status: int = 200, **extra: Any
) -> HttpResponse:
    extra.setdefault("draft_form", DraftForm())
    extra.setdefault("photo_form", PhotoForm())
    response = render(request, "portal/check.html", _context(public, **extra), status=status)
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.MANAGE_IMAGE_LIBRARY)
@csrf_exempt
def image_library(request: HttpRequest, member: Member) -> HttpResponse:
    """The school's published photos, as fingerprints. Uploads are read in memory only."""
    if request.method == "POST":
        if is_too_large(request):
            form = _form_with_error(LibraryImageForm, "The photo must be smaller than 12 MB")
            return _render_library(request, member, form, status=413)
        read_in_memory(request)
    return _image_library(request, member)


@csrf_protect
def _image_library(request: HttpRequest, member: Member) -> HttpResponse:
    if request.method != "POST":
        return _render_library(request, member, LibraryImageForm())
    form = LibraryImageForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            image = add_library_image(
                member,
                ImageSource(form.cleaned_data["source"]),
                form.cleaned_data["label"],
                form.cleaned_data["image"].read(),
            )
        except LibraryRefused as refusal:
            form.add_error("image", str(refusal))
        else:
            messages.success(request, f"“{image.label}” is in the library. The photo was not kept.")
            return redirect("image_library", member.school.slug)
    return _render_library(request, member, form, status=400)


def _render_library(
    request: HttpRequest, member: Member, form: LibraryImageForm, status: int = 200
) -> HttpResponse:
    context = {"member": member, "form": form, "images": library_images_for(member)}
    return render(request, "portal/library.html", context, status=status)


@require_POST
@member_required(Permission.MANAGE_IMAGE_LIBRARY)
def remove_from_library(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    try:
        remove_library_image(member, pk)
    except LibraryRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, "The photo's fingerprint was taken out of the library.")
    return redirect("image_library", member.school.slug)
