"""The parents' pages: the policy in public, think before you post, the photo check."""

from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "schoolgate.portal"
    verbose_name = "Parents' pages"
