"""Pages for signing in with a second factor and for the school's roster."""

from __future__ import annotations

import base64

import qrcode
import qrcode.image.svg
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolgate.schools.access import Member, get_person, member_required
from schoolgate.schools.actions import RosterImportError, export_roster, import_roster
from schoolgate.schools.forms import EmailAuthenticationForm, RosterUploadForm, TokenForm
from schoolgate.schools.models import Person, PersonKind, User
from schoolgate.schools.roles import Permission


class LoginView(auth_views.LoginView):
    template_name = "schools/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True


@login_required
def two_factor(request: HttpRequest) -> HttpResponse:
    """Ask for the authenticator code; on first sign-in, set the authenticator up."""
    user = request.user
    assert isinstance(user, User)
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    is_setup = device is None
    if device is None:
        device, _ = TOTPDevice.objects.get_or_create(
            user=user, confirmed=False, defaults={"name": "Authenticator app"}
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        is_allowed, _ = device.verify_is_allowed()
        if not is_allowed:
            form.add_error(
                "token", "Too many wrong codes. Wait a few seconds, then try the newest code."
            )
        elif device.verify_token(form.cleaned_data["token"]):
            if is_setup:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(next_url or "home")
        else:
            form.add_error("token", "That code is not right or has expired. Try the newest code.")
    context = {"form": form, "is_setup": is_setup}
    if is_setup:
        svg = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
        context["qr_data_uri"] = (
            "data:image/svg+xml;base64," + base64.b64encode(svg.to_string()).decode()
        )
        context["secret"] = base64.b32encode(device.bin_key).decode()
    return render(request, "schools/two_factor.html", context)


@member_required(Permission.VIEW_ROSTER)
def people(request: HttpRequest, member: Member) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    kind = request.GET.get("kind", "")
    found = Person.objects.filter(school=member.school)
    if kind in PersonKind.values:
        found = found.filter(kind=kind)
    if query:
        found = found.filter(
            Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
            | Q(preferred_name__icontains=query)
            | Q(person_id__iexact=query)
            | Q(role__icontains=query)
            | Q(class_name__icontains=query)
        )
    return render(
        request,
        "schools/people.html",
        {
            "member": member,
            "people": found[:500],
            "count": found.count(),
            "query": query,
            "kind": kind,
            "kinds": PersonKind.choices,
        },
    )


@member_required(Permission.VIEW_ROSTER)
def person(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    found = get_person(member, pk)
    return render(
        request,
        "schools/person.html",
        {
            "member": member,
            "person": found,
            "related_pupils": found.related_pupils.all(),
            "related_adults": found.related_adults.all(),
        },
    )


@member_required(Permission.MANAGE_ROSTER)
def roster_import(request: HttpRequest, member: Member) -> HttpResponse:
    form = RosterUploadForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            result = import_roster(member.school, form.cleaned_data["file"].read(), member.user)
        except RosterImportError as exc:
            errors = exc.errors
    return render(
        request,
        "schools/roster_import.html",
        {"member": member, "form": form, "errors": errors, "result": result},
    )


@member_required(Permission.MANAGE_ROSTER)
def roster_export(request: HttpRequest, member: Member) -> HttpResponse:
    response = HttpResponse(
        export_roster(member.school, member.user), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{member.school.slug}-roster.csv"'
    response["Cache-Control"] = "no-store"
    return response
