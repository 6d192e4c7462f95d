"""Incidents, evidence, triage, cases and the policy's procedure step by step."""

from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "schoolgate.cases"
    verbose_name = "Incidents and cases"
