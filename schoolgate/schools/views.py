"""Pages for signing in with a second factor, setting an account up, the roster and staff."""

from __future__ import annotations

import base64
import re
from typing import Any

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.encoding import force_str
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolgate.schools import accounts
from schoolgate.schools.access import (
    Member,
    get_person,
    get_staff_account,
    member_required,
    needs_two_factor,
    people_visible_to,
)
from schoolgate.schools.actions import (
    ActionRefused,
    RosterImportError,
    export_roster,
    import_roster,
)
from schoolgate.schools.forms import (
    ChoosePasswordForm,
    EmailAuthenticationForm,
    InviteForm,
    ResetRequestForm,
    RoleForm,
    RosterUploadForm,
    TokenForm,
)
from schoolgate.schools.models import Membership, Person, PersonKind, User
from schoolgate.schools.roles import Permission
from schoolgate.schools.tokens import SET_UP_LINK_LIFETIME, set_up_tokens

# A person picker answers from two letters (one matches half the school) with at most 20 people,
# a list that can be read out and tabbed through; longer queries are cut, as no name is longer.
PICKER_MIN_CHARS = 2
PICKER_MATCHES = 20
PICKER_QUERY_MAX_CHARS = 100
# The id of the select a picker fills, written into the fragment's buttons.
PICKER_SELECT_ID = re.compile(r"id_[a-z_]{1,40}")

# Marks a session that began with a set-up link: only such a session may enrol an authenticator,
# so a leaked password alone never reveals a QR code.
SET_UP_SESSION_KEY = "schoolgate_set_up_user"


FORM_METHODS = ["get", "head", "post"]


class LoginView(auth_views.LoginView):
    # FormView answers PUT as if it were POST; a page answers only what it serves.
    http_method_names = FORM_METHODS
    template_name = "schools/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def two_factor(request: HttpRequest) -> HttpResponse:
    """Ask for the authenticator code; in a session begun with a set-up link, set one up.

    Someone with no authenticator who signed in with only a password is told to use their
    invitation or reset link: the QR code and key are never shown on a password alone.
    """
    user = request.user
    assert isinstance(user, User)
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    is_setup = device is None
    if device is None:
        if request.session.get(SET_UP_SESSION_KEY) != user.pk:
            return render(request, "schools/two_factor_needs_link.html")
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
                request.session.pop(SET_UP_SESSION_KEY, None)
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


@require_safe
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


@require_safe
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


@require_http_methods(["GET", "HEAD", "POST"])
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


@require_safe
@member_required(Permission.MANAGE_ROSTER)
def roster_export(request: HttpRequest, member: Member) -> HttpResponse:
    response = HttpResponse(
        export_roster(member.school, member.user), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{member.school.slug}-roster.csv"'
    response["Cache-Control"] = "no-store"
    return response


@require_safe
@member_required(Permission.LOG_INCIDENT)
def person_picker(request: HttpRequest, member: Member) -> HttpResponse:
    """The people matching what was typed into a person picker, as a fragment for htmx."""
    query = request.GET.get("q", "").strip()[:PICKER_QUERY_MAX_CHARS]
    kind = request.GET.get("kind", "")
    select_id = request.GET.get("for", "")
    if not PICKER_SELECT_ID.fullmatch(select_id):
        return HttpResponse("Say which list the picker fills.", status=400)
    found = people_visible_to(member)
    if kind in PersonKind.values:
        found = found.filter(kind=kind)
    matches: list[Person] = []
    if len(query) >= PICKER_MIN_CHARS:
        matches = list(
            found.matching(query).order_by("last_name", "first_name", "pk")[: PICKER_MATCHES + 1]
        )
    response = render(
        request,
        "schools/person_matches.html",
        {
            "matches": matches[:PICKER_MATCHES],
            "has_more": len(matches) > PICKER_MATCHES,
            "is_too_short": len(query) < PICKER_MIN_CHARS,
            "query": query,
            "select_id": select_id,
            "min_chars": PICKER_MIN_CHARS,
        },
    )
    # Names of children must not linger in shared or browser caches.
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def set_up(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """The invitation or reset link: choose a password, then set up the authenticator."""
    try:
        user = User.objects.filter(pk=int(force_str(urlsafe_base64_decode(uidb64)))).first()
    except (ValueError, OverflowError):
        user = None
    if user is None or not user.is_active or not set_up_tokens.check_token(user, token):
        return render(request, "schools/set_up.html", {"error": accounts.SPENT_LINK})
    form = ChoosePasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = accounts.set_password_from_link(user, token, form.cleaned_data["new_password1"])
        except ActionRefused as refused:
            return render(request, "schools/set_up.html", {"error": str(refused)})
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        # After login(), which starts a fresh session: the mark must live in the new one.
        request.session[SET_UP_SESSION_KEY] = user.pk
        return redirect("two_factor" if needs_two_factor(user) else "home")
    return render(
        request,
        "schools/set_up.html",
        {"form": form, "account": user, "is_new_account": not user.has_usable_password()},
    )


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset by e-mail; without a mail server, say whom to ask instead."""

    # FormView answers PUT as if it were POST; a page answers only what it serves.
    http_method_names = FORM_METHODS

    template_name = "schools/password_reset_form.html"
    email_template_name = "schools/password_reset_email.txt"
    subject_template_name = "schools/password_reset_subject.txt"
    form_class = ResetRequestForm
    success_url = reverse_lazy("password_reset_done")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "has_mail_server": settings.HAS_MAIL_SERVER}

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not settings.HAS_MAIL_SERVER:
            return self.get(request, *args, **kwargs)
        return super().post(request, *args, **kwargs)


def _staff_page(
    request: HttpRequest, member: Member, form: InviteForm, **context: Any
) -> HttpResponse:
    return render(
        request,
        "schools/staff.html",
        {
            "member": member,
            "form": form,
            "accounts": accounts.staff_accounts(member.school),
            "link_days": SET_UP_LINK_LIFETIME.days,
            **context,
        },
    )


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")


@require_http_methods(["GET", "HEAD", "POST"])
@member_required(Permission.MANAGE_STAFF)
def staff(request: HttpRequest, member: Member) -> HttpResponse:
    """The school's accounts and their status, and the form that invites someone."""
    form = InviteForm(request.POST or None)
    if request.method != "POST" or not form.is_valid():
        return _staff_page(request, member, form)
    try:
        invitation = accounts.invite_staff(
            member.school,
            member.user,
            form.cleaned_data["email"],
            form.cleaned_data["role"],
            _base_url(request),
        )
    except ActionRefused as refused:
        return _staff_page(request, member, form, errors=[str(refused)], error_for="id_email")
    return _staff_page(request, member, InviteForm(), invitation=invitation)


def _account_page(
    request: HttpRequest, member: Member, account: User, **context: Any
) -> HttpResponse:
    membership = Membership.objects.get(user=account, school=member.school)
    (status,) = (
        s.status for s in accounts.staff_accounts(member.school) if s.user.pk == account.pk
    )
    return render(
        request,
        "schools/staff_account.html",
        {
            "member": member,
            "account": account,
            "membership": membership,
            "status": status,
            "role_form": context.pop("role_form", None)
            or RoleForm(initial={"role": membership.role}),
            "link_days": SET_UP_LINK_LIFETIME.days,
            **context,
        },
    )


@require_safe
@member_required(Permission.MANAGE_STAFF)
def staff_account(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    return _account_page(request, member, get_staff_account(member, pk))


@require_POST
@member_required(Permission.MANAGE_STAFF)
def staff_reset_authenticator(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    account = get_staff_account(member, pk)
    try:
        reset = accounts.reset_authenticator(
            member.school, member.user, account, _base_url(request)
        )
    except ActionRefused as refused:
        return _account_page(request, member, account, errors=[str(refused)])
    return _account_page(request, member, account, reset=reset)


@require_POST
@member_required(Permission.MANAGE_STAFF)
def staff_unlock(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    account = get_staff_account(member, pk)
    try:
        accounts.unlock_account(member.school, member.user, account)
    except ActionRefused as refused:
        return _account_page(request, member, account, errors=[str(refused)])
    messages.success(request, f"{account.full_name or account.email} can sign in again.")
    return redirect("staff_account", school_slug=member.school.slug, pk=account.pk)


@require_POST
@member_required(Permission.MANAGE_STAFF)
def staff_change_role(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    account = get_staff_account(member, pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        return _account_page(request, member, account, role_form=form)
    try:
        membership = accounts.change_role(
            member.school, member.user, account, form.cleaned_data["role"]
        )
    except ActionRefused as refused:
        return _account_page(request, member, account, errors=[str(refused)], role_form=form)
    messages.success(
        request, f"{account.full_name or account.email} is now {membership.get_role_display()}."
    )
    return redirect("staff_account", school_slug=member.school.slug, pk=account.pk)


@require_POST
@member_required(Permission.MANAGE_STAFF)
def staff_deactivate(request: HttpRequest, member: Member, pk: int) -> HttpResponse:
    account = get_staff_account(member, pk)
    try:
        accounts.deactivate_account(member.school, member.user, account)
    except ActionRefused as refused:
        return _account_page(request, member, account, errors=[str(refused)])
    messages.success(
        request,
        f"{account.full_name or account.email}'s account is switched off. Their history is kept.",
    )
    return redirect("staff_account", school_slug=member.school.slug, pk=account.pk)
