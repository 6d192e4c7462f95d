"""Production settings: secrets from the environment, two-factor never relaxed, deploy checks clean."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "SCHOOLGATE_ENVIRONMENT": "production",
    "SCHOOLGATE_SECRET_KEY": "a-long-random-production-secret-" + "x7Qp2Lm9" * 4,
    "SCHOOLGATE_ALLOWED_HOSTS": "schoolgate.example",
}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SCHOOLGATE_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_with_production_settings() -> None:
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key() -> None:
    result = manage("check", env={**PRODUCTION, "SCHOOLGATE_SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SCHOOLGATE_SECRET_KEY must be set in production" in result.stderr


def test_production_refuses_the_demos_relaxed_two_factor() -> None:
    result = manage("check", env={**PRODUCTION, "SCHOOLGATE_RELAX_TWO_FACTOR": "1"})
    assert result.returncode != 0
    assert "SCHOOLGATE_RELAX_TWO_FACTOR is for the local demo only" in result.stderr


def test_env_example_lists_every_variable_the_settings_read() -> None:
    read = set(
        re.findall(r'env_\w+\(\s*"([A-Z_]+)"', (ROOT / "schoolgate" / "settings.py").read_text())
    )
    read |= set(
        re.findall(
            r'os\.environ\.get\("([A-Z_]+)"', (ROOT / "schoolgate" / "settings.py").read_text()
        )
    )
    listed = set(re.findall(r"^#?\s*([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.MULTILINE))
    assert read, "the settings read no variables?"
    assert read <= listed, f"missing from .env.example: {sorted(read - listed)}"


SECRET_KEY_MESSAGE = (
    "SCHOOLGATE_SECRET_KEY must be at least 50 characters long with at least 5 different "
    "characters; make one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
)


def test_production_refuses_a_short_secret_key() -> None:
    result = manage(
        "check", env={**PRODUCTION, "SCHOOLGATE_SECRET_KEY": "Qp2Lm9x7Rt" * 4 + "Zk3Wv8"}
    )
    assert result.returncode != 0
    assert f"django.core.exceptions.ImproperlyConfigured: {SECRET_KEY_MESSAGE}\n" in result.stderr


def test_production_refuses_a_secret_key_of_few_different_characters() -> None:
    result = manage("check", env={**PRODUCTION, "SCHOOLGATE_SECRET_KEY": "abab" * 20})
    assert result.returncode != 0
    assert f"django.core.exceptions.ImproperlyConfigured: {SECRET_KEY_MESSAGE}\n" in result.stderr


def test_production_accepts_a_key_of_fifty_characters_of_five_kinds() -> None:
    result = manage("check", env={**PRODUCTION, "SCHOOLGATE_SECRET_KEY": "abcde" * 10})
    assert result.returncode == 0, result.stderr


def setting(name: str, env: dict[str, str]) -> str:
    result = manage(
        "shell", "-c", f"from django.conf import settings; print(settings.{name})", env=env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_proxy_ssl_header_is_trusted_only_when_configured() -> None:
    assert setting("SECURE_PROXY_SSL_HEADER", PRODUCTION) == "None"
    behind_proxy = {**PRODUCTION, "SCHOOLGATE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO"}
    assert setting("SECURE_PROXY_SSL_HEADER", behind_proxy) == "('HTTP_X_FORWARDED_PROTO', 'https')"
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=behind_proxy)
    assert result.returncode == 0, result.stderr


def test_a_proxy_ssl_header_must_be_named_as_django_sees_it() -> None:
    result = manage("check", env={**PRODUCTION, "SCHOOLGATE_PROXY_SSL_HEADER": "X-Forwarded-Proto"})
    assert result.returncode != 0
    assert (
        "SCHOOLGATE_PROXY_SSL_HEADER names a request header as Django sees it, "
        "for example HTTP_X_FORWARDED_PROTO, not 'X-Forwarded-Proto'\n"
    ) in result.stderr


def test_a_negative_number_of_trusted_proxies_is_refused() -> None:
    result = manage("check", env={**PRODUCTION, "SCHOOLGATE_TRUSTED_PROXIES": "-1"})
    assert result.returncode != 0
    assert "SCHOOLGATE_TRUSTED_PROXIES must be 0 or more, not -1\n" in result.stderr
