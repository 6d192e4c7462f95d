"""The engine's version, recorded on every assessment so a judgement can be traced to its rules."""

from __future__ import annotations

ENGINE_VERSION = "schoolgate-screening 0.1.0"
