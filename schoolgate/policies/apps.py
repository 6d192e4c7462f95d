"""The policy as data: policy files, their versions and their review dates."""

from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "schoolgate.policies"
    verbose_name = "Policies"
