"""Small Django-aware helpers shared by every part."""

from django.apps import AppConfig


class LibConfig(AppConfig):
    name = "schoolgate.lib"
    verbose_name = "Library"
