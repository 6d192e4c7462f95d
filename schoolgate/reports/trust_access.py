"""Reaching a trust's figures: only its administrators, and the same 404 for everyone else."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from schoolgate.schools.access import needs_two_factor
from schoolgate.schools.models import Trust, User


def trust_admin_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Decorate a view taking `trust_slug`: sign-in, second factor, and the trust's administration.

    The view receives the `Trust` instead of the slug. A trust the user does not administer
    answers 404, as one that does not exist does.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, trust_slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        assert isinstance(user, User)
        if needs_two_factor(user) and not user.is_verified():  # type: ignore[attr-defined]
            next_query = urlencode({"next": request.get_full_path()}, safe="/")
            return redirect(f"{reverse('two_factor')}?{next_query}")
        trust = Trust.objects.filter(slug=trust_slug, memberships__user=user).first()
        if trust is None:
            raise Http404
        return view(request, trust, *args, **kwargs)

    return wrapper
