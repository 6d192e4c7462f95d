"""Reports and governance: figures, the governors' report, retention and subject access."""

from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "schoolgate.reports"
    verbose_name = "Reports and governance"
