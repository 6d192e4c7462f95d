"""The parts of a school's policy file the engine reads: category wording and police triggers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .categories import (
    CATEGORY_IDS,
    DEFAULT_POLICE_LINES,
    DEFAULT_POLICY_LINES,
    POLICE_FLAGS,
)
from .exceptions import PolicyError


@dataclass(frozen=True)
class Policy:
    """The wording a judgement points to: one line per category, one per police flag."""

    category_lines: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_POLICY_LINES))
    police_lines: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_POLICE_LINES))
    school: str | None = None

    @classmethod
    def default(cls) -> Policy:
        """Return docs/labelling.md's policy lines."""
        return cls()

    @classmethod
    def from_yaml(cls, path: str | Path) -> Policy:
        """Read `categories` and `police_triggers` from a policy YAML file.

        Categories the file leaves out keep docs/labelling.md's wording; an unknown category id or
        police flag raises PolicyError naming it.
        """
        path = Path(path)
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise PolicyError(f"{path}: cannot read the policy file ({error.strerror})") from error
        except yaml.YAMLError as error:
            raise PolicyError(f"{path}: not valid YAML ({error})") from error
        if not isinstance(document, dict):
            raise PolicyError(f"{path}: a policy file is a mapping of fields")
        return cls.from_mapping(document, origin=str(path))

    @classmethod
    def from_mapping(cls, document: dict[str, Any], origin: str = "policy") -> Policy:
        """Build a Policy from an already parsed policy document."""
        category_lines = dict(DEFAULT_POLICY_LINES)
        for index, entry in enumerate(document.get("categories") or []):
            where = f"{origin}: categories[{index}]"
            if not isinstance(entry, dict) or "id" not in entry or "wording" not in entry:
                raise PolicyError(f"{where}: each category needs an id and a wording")
            if entry["id"] not in CATEGORY_IDS:
                known = ", ".join(CATEGORY_IDS)
                raise PolicyError(f"{where}: unknown category id {entry['id']!r} (known: {known})")
            category_lines[entry["id"]] = str(entry["wording"]).strip()
        police_lines = dict(DEFAULT_POLICE_LINES)
        for index, entry in enumerate(document.get("police_triggers") or []):
            where = f"{origin}: police_triggers[{index}]"
            if not isinstance(entry, dict) or "flag" not in entry or "wording" not in entry:
                raise PolicyError(f"{where}: each police trigger needs a flag and a wording")
            if entry["flag"] not in POLICE_FLAGS:
                known = ", ".join(POLICE_FLAGS)
                raise PolicyError(f"{where}: unknown flag {entry['flag']!r} (known: {known})")
            police_lines[entry["flag"]] = str(entry["wording"]).strip()
        school = document.get("school")
        return cls(category_lines, police_lines, str(school) if school else None)
