"""Every page answers only the methods it serves: reading pages GET and HEAD, forms POST too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from schoolgate.test import Cast, sign_in

# A sample value for each path converter; the method check comes before any lookup.
SAMPLE = {"slug": "redscope", "int": "1", "str": "x", "path": "x", "uuid": "0" * 32}

# Pages that only read: a POST to them is refused as well as PUT, PATCH and DELETE.
READ_ONLY = {
    "home",
    "school_home",
    "people",
    "person",
    "roster_export",
    "staff_account",
    "triage",
    "incident",
    "incident_screening",
    "evidence_file",
    "cases",
    "case",
    "search",
    "audit_log",
    "audit_event",
    "policy",
    "policy_version",
    "policy_versions",
    "reports_dashboard",
    "kept_governors_report",
    "trust_dashboard",
}


def routes(resolver: URLResolver | None = None, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Every named route as a concrete path, its parameters filled with samples."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from routes(pattern, route)
        elif isinstance(pattern, URLPattern) and pattern.name:
            path = route.lstrip("^").rstrip("$")
            for converter, value in SAMPLE.items():
                while f"<{converter}:" in path:
                    start = path.index(f"<{converter}:")
                    path = path[:start] + value + path[path.index(">", start) + 1 :]
            while "<" in path:  # a parameter without a converter is a string
                start = path.index("<")
                path = path[:start] + SAMPLE["str"] + path[path.index(">", start) + 1 :]
            yield pattern.name, "/" + path


ALL_ROUTES = sorted(set(routes()))


def test_the_route_walk_finds_the_pages() -> None:
    names = {name for name, _ in ALL_ROUTES}
    assert names >= READ_ONLY
    assert "login" in names


@pytest.mark.parametrize(("name", "path"), ALL_ROUTES)
@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_no_page_answers_put_patch_or_delete(
    client: Client, name: str, path: str, method: str
) -> None:
    # Anonymous on purpose: the method is refused before sign-in is even asked for.
    response = getattr(client, method)(path)
    assert response.status_code == 405, f"{method.upper()} {path} ({name})"


@pytest.mark.parametrize(("name", "path"), [r for r in ALL_ROUTES if r[0] in READ_ONLY])
def test_reading_pages_refuse_post_and_answer_head(
    cast: Cast, client: Client, name: str, path: str
) -> None:
    sign_in(client, cast.hana)
    assert client.post(path).status_code == 405, f"POST {path} ({name})"
    assert client.head(path).status_code != 405, f"HEAD {path} ({name})"
