"""The intake part's configuration."""

from __future__ import annotations

from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "schoolgate.intake"
    label = "intake"
    verbose_name = "Concerns and e-mail in"
