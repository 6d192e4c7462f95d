"""Schoolgate's screening engine: judge posts against a school's social media policy (no Django)."""

from __future__ import annotations

from .assessment import (
    AnalyzerError,
    Assessment,
    Candidate,
    CategoryJudgement,
    Identification,
    Post,
    Span,
)
from .categories import CATEGORY_IDS, FLAG_IDS, NAMING_FLAGS, POLICE_FLAGS
from .exceptions import (
    AnalyzerUnavailable,
    ConfigurationError,
    PolicyError,
    RosterError,
    ScreeningError,
)
from .pipeline import DEFAULT_ANALYZERS, Analyzer, Reading, ScreeningContext
from .policy import Policy
from .roster import Person, Roster
from .screener import Screener
from .version import ENGINE_VERSION

__all__ = [
    "CATEGORY_IDS",
    "DEFAULT_ANALYZERS",
    "ENGINE_VERSION",
    "FLAG_IDS",
    "NAMING_FLAGS",
    "POLICE_FLAGS",
    "Analyzer",
    "AnalyzerError",
    "AnalyzerUnavailable",
    "Assessment",
    "Candidate",
    "CategoryJudgement",
    "ConfigurationError",
    "Identification",
    "Person",
    "Policy",
    "PolicyError",
    "Post",
    "Reading",
    "Roster",
    "RosterError",
    "Screener",
    "ScreeningContext",
    "ScreeningError",
    "Span",
]
