"""Fictional demo schools, people and accounts for `make run` and the tests."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "schoolgate.demo"
    verbose_name = "Demo data"
