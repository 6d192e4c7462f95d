"""Policy files that ship with Schoolgate."""

from __future__ import annotations

from pathlib import Path

LIBRARY = Path(__file__).resolve().parent


def redscope_policy_source() -> str:
    return (LIBRARY / "redscope.yaml").read_text(encoding="utf-8")
