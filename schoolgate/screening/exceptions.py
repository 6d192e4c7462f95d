"""The errors the engine raises, each saying what to fix."""

from __future__ import annotations


class ScreeningError(Exception):
    """Base class of the engine's errors."""


class ConfigurationError(ScreeningError):
    """The analyzer list names something that cannot be loaded or built."""


class PolicyError(ScreeningError):
    """A policy file the engine cannot read."""


class RosterError(ScreeningError):
    """A roster file the engine cannot read."""


class AnalyzerUnavailable(ScreeningError):
    """An analyzer cannot run here (its artefacts are absent); it is skipped with this reason."""
