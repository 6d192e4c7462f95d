"""Tenancy and people: trusts, schools, staff accounts, roles and the roster."""

from django.apps import AppConfig


class SchoolsConfig(AppConfig):
    name = "schoolgate.schools"
    verbose_name = "Schools and people"

    def ready(self) -> None:
        from schoolgate.schools import checks  # noqa: F401  (registers system checks)
