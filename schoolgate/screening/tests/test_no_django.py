"""The engine is pure Python: importing it loads no Django and nothing else of the project."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import schoolgate.screening
from schoolgate.screening import Screener
Screener().screen("Mr Hale is a useless teacher")
loaded = [m for m in sys.modules if m == "django" or m.startswith("django.")]
project = [
    m for m in sys.modules
    if m.startswith("schoolgate.") and not m.startswith("schoolgate.screening")
]
print(loaded, project)
assert not loaded and not project
"""


def test_importing_and_screening_loads_no_django() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "[] []"
