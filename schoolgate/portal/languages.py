"""The parents' pages speak the parent's language; every staff page stays English."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

# Only pages under this prefix are translated: staff work in English, and a form error on a
# staff page in Polish because of a parent's browser setting would be a surprise.
PORTAL_PREFIX = "/parents/"
# A `?lang=` link switches language without a form: a plain GET, so it never carries a draft.
LANGUAGE_PARAMETER = "lang"


def portal_languages() -> list[tuple[str, str]]:
    return list(settings.LANGUAGES)


def is_portal_path(path: str) -> bool:
    return path.startswith(PORTAL_PREFIX)


class PortalLanguageMiddleware(LocaleMiddleware):
    """Choose the language of a parents' page from `?lang=`, then the cookie, then the browser."""

    def process_request(self, request: HttpRequest) -> None:
        if not is_portal_path(request.path_info):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = translation.get_language()
            return
        chosen = request.GET.get(LANGUAGE_PARAMETER, "")
        if chosen in dict(settings.LANGUAGES):
            translation.activate(chosen)
            request.LANGUAGE_CODE = translation.get_language()
            request.chosen_language = chosen  # type: ignore[attr-defined]
            return
        super().process_request(request)

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if not is_portal_path(request.path_info):
            return response
        chosen = getattr(request, "chosen_language", "")
        if chosen:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                chosen,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,  # type: ignore[arg-type]
            )
        return super().process_response(request, response)
