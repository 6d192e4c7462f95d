"""Schoolgate's settings: one module, every value from the environment (see .env.example)."""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


ENVIRONMENT = env_str("SCHOOLGATE_ENVIRONMENT", "development")
if ENVIRONMENT not in {"development", "production"}:
    raise ImproperlyConfigured(
        f"SCHOOLGATE_ENVIRONMENT must be development or production, not {ENVIRONMENT!r}"
    )
IS_PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("SCHOOLGATE_DEBUG", default=False)
if IS_PRODUCTION and DEBUG:
    raise ImproperlyConfigured(
        "SCHOOLGATE_DEBUG must be off when SCHOOLGATE_ENVIRONMENT=production"
    )

# Django's own deploy check (security.W009) calls a key weak below these; production refuses one.
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_DISTINCT = 5
SECRET_KEY = env_str("SCHOOLGATE_SECRET_KEY")
if not SECRET_KEY:
    if IS_PRODUCTION:
        raise ImproperlyConfigured("SCHOOLGATE_SECRET_KEY must be set in production")
    SECRET_KEY = "development-only-key-never-used-in-production-0123456789abcdefghijklmnop"  # noqa: S105
elif IS_PRODUCTION and (
    len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH or len(set(SECRET_KEY)) < SECRET_KEY_MIN_DISTINCT
):
    raise ImproperlyConfigured(
        f"SCHOOLGATE_SECRET_KEY must be at least {SECRET_KEY_MIN_LENGTH} characters long with "
        f"at least {SECRET_KEY_MIN_DISTINCT} different characters; make one with: "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )

ALLOWED_HOSTS = env_list("SCHOOLGATE_ALLOWED_HOSTS", "" if IS_PRODUCTION else "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("SCHOOLGATE_CSRF_TRUSTED_ORIGINS")

# Two-factor sign-in protects accounts that can read accusations and children's data.
# The local demo may relax it so a visitor can look around; production never may.
RELAX_TWO_FACTOR = env_bool("SCHOOLGATE_RELAX_TWO_FACTOR", default=False)
if IS_PRODUCTION and RELAX_TWO_FACTOR:
    raise ImproperlyConfigured(
        "SCHOOLGATE_RELAX_TWO_FACTOR is for the local demo only and is refused in production"
    )

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "schoolgate.lib",
    "schoolgate.schools",
    "schoolgate.policies",
    "schoolgate.documents",
    "schoolgate.cases",
    "schoolgate.intake",
    "schoolgate.portal",
    "schoolgate.reports",
    "schoolgate.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "schoolgate.portal.languages.PortalLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "schoolgate.urls"
WSGI_APPLICATION = "schoolgate.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "schoolgate" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]

DATA_DIR = Path(env_str("SCHOOLGATE_DATA_DIR", str(BASE_DIR / "var")))
# SQLite cannot create its folder; a fresh clone's first command would fail without this.
DATA_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'schoolgate.sqlite3'}"),
        conn_max_age=env_int("SCHOOLGATE_DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the task worker writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "schools.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

AXES_FAILURE_LIMIT = env_int("SCHOOLGATE_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("SCHOOLGATE_LOGIN_COOLOFF_MINUTES", 30) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
# Every spelling of an address (ALICE@, " alice@ ") shares one counter, whatever the parameters.
AXES_USERNAME_CALLABLE = "schoolgate.schools.throttling.lockout_username"
# Proxies in front of the site that append to X-Forwarded-For; 0 trusts only the socket's address.
# axes 8.3.1 reads AXES_IPWARE_PROXY_COUNT only with django-ipware installed, whose default
# left-most order trusts the end of the header the client writes, so the address is ours.
TRUSTED_PROXIES = env_int("SCHOOLGATE_TRUSTED_PROXIES", 0)
if TRUSTED_PROXIES < 0:
    raise ImproperlyConfigured(
        f"SCHOOLGATE_TRUSTED_PROXIES must be 0 or more, not {TRUSTED_PROXIES}"
    )
AXES_CLIENT_IP_CALLABLE = "schoolgate.schools.throttling.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "schools/locked_out.html"

OTP_TOTP_ISSUER = "Schoolgate"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("SCHOOLGATE_SESSION_SECONDS", 8 * 60 * 60)
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if IS_PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SCHOOLGATE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env_int("SCHOOLGATE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
# Only a proxy that always sets this header may vouch for HTTPS; trusting it without one lets
# any client claim a secure connection.
PROXY_SSL_HEADER = env_str("SCHOOLGATE_PROXY_SSL_HEADER")
if PROXY_SSL_HEADER:
    if not PROXY_SSL_HEADER.startswith("HTTP_"):
        raise ImproperlyConfigured(
            "SCHOOLGATE_PROXY_SSL_HEADER names a request header as Django sees it, "
            f"for example HTTP_X_FORWARDED_PROTO, not {PROXY_SSL_HEADER!r}"
        )
    SECURE_PROXY_SSL_HEADER = (PROXY_SSL_HEADER, "https")

# Nothing is fetched from another origin: every script, style and font is served from here.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [
    ("govuk", BASE_DIR / "node_modules" / "govuk-frontend" / "dist" / "govuk"),
    ("htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
    BASE_DIR / "schoolgate" / "static",
    BASE_DIR / "build" / "static",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = DATA_DIR / "media"

LANGUAGE_CODE = "en-gb"
# The parents' pages come in the languages most spoken by the demo schools' families after
# English; staff pages stay English (schoolgate.portal.languages keeps them so).
LANGUAGES = [("en-gb", "English"), ("pl", "Polski"), ("ur", "اردو")]
LOCALE_PATHS = [BASE_DIR / "schoolgate" / "locale"]
# A parent's choice of language lasts a school year; it is a preference, never sent to scripts.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

TASKS = {
    "default": {
        "BACKEND": env_str("SCHOOLGATE_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
if TASKS["default"]["BACKEND"] == "django_tasks_rq.RQBackend":
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {"default": {"URL": env_str("REDIS_URL", "redis://127.0.0.1:6379/0")}}

EMAIL_HOST = env_str("SCHOOLGATE_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("SCHOOLGATE_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("SCHOOLGATE_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_str("SCHOOLGATE_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("SCHOOLGATE_EMAIL_TLS", default=False)
DEFAULT_FROM_EMAIL = env_str("SCHOOLGATE_FROM_EMAIL", "schoolgate@localhost")
# With no mail server named, invitation and set-up links are shown to whoever made them instead.
HAS_MAIL_SERVER = bool(env_str("SCHOOLGATE_EMAIL_HOST"))
# Links made outside a request (`manage.py invite`) start with this address.
SITE_URL = env_str("SCHOOLGATE_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# The school's inbox, read by `manage.py poll_mailbox --school SLUG`; empty host: not read.
INTAKE_IMAP_HOST = env_str("SCHOOLGATE_IMAP_HOST")
INTAKE_IMAP_PORT = env_int("SCHOOLGATE_IMAP_PORT", 993)
INTAKE_IMAP_USER = env_str("SCHOOLGATE_IMAP_USER")
INTAKE_IMAP_PASSWORD = env_str("SCHOOLGATE_IMAP_PASSWORD")
INTAKE_IMAP_FOLDER = env_str("SCHOOLGATE_IMAP_FOLDER", "INBOX")
INTAKE_IMAP_TLS = env_bool("SCHOOLGATE_IMAP_TLS", default=True)
INTAKE_POLL_SECONDS = env_int("SCHOOLGATE_IMAP_POLL_SECONDS", 120)

# Draft and photo checks one address may make a minute on the parents' pages: enough for a
# parent rewording a post, too few to use the screening engine as a free service.
PORTAL_CHECKS_PER_MINUTE = env_int("SCHOOLGATE_PORTAL_CHECKS_PER_MINUTE", 20)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("SCHOOLGATE_LOG_LEVEL", "INFO")},
    # axes logs every sign-in at INFO; failures and lock-outs (WARNING) are what matter.
    "loggers": {
        "RapidOCR": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        # WeasyPrint narrates every rendering step at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
