"""System checks for the security settings a school deployment must not get wrong."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def check_two_factor_not_relaxed(app_configs: Any, **kwargs: Any) -> list[Error]:
    if settings.RELAX_TWO_FACTOR:
        return [
            Error(
                "Two-factor sign-in is relaxed (SCHOOLGATE_RELAX_TWO_FACTOR).",
                hint="Unset it: it is for the local demo only.",
                id="schoolgate.E001",
            )
        ]
    return []
