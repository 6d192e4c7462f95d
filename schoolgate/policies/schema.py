"""The shape of a school's policy file, and reading one with errors that name line and field."""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from schoolgate.policies.steps import StepKind
from schoolgate.schools.roles import SCHOOL_ROLES
from schoolgate.screening import CATEGORY_IDS

STEP_PRODUCTS = ("meeting_note", "letter", "platform_report", "block", "referral")
POLICE_FLAGS = (
    "police_harassment",
    "police_racial_element",
    "police_grossly_obscene",
    "police_threat_of_violence",
)
YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

Text = Annotated[str, Field(min_length=1)]


class PolicyFileError(Exception):
    """A policy file could not be read; each error names its line and field."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Review(Strict):
    reviewed: str
    next_review: str
    reviewers: list[Text] = Field(min_length=1)

    @field_validator("reviewed", "next_review", mode="before")
    @classmethod
    def year_and_month(cls, value: Any) -> str:
        text = str(value).strip()
        match = YEAR_MONTH.match(text)
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ValueError("give the year and month as YYYY-MM, for example 2025-11")
        return text

    def reviewed_month(self) -> datetime.date:
        year, month = (int(part) for part in self.reviewed.split("-"))
        return datetime.date(year, month, 1)

    def next_review_date(self) -> datetime.date:
        """The last day of the month the policy is next due for review."""
        year, month = (int(part) for part in self.next_review.split("-"))
        first_of_next = datetime.date(year + month // 12, month % 12 + 1, 1)
        return first_of_next - datetime.timedelta(days=1)


class GuideQuestion(Strict):
    text: Text
    note: str = ""


class AppropriateUse(Strict):
    introduction: Text
    questions: list[GuideQuestion] = Field(min_length=1)
    contact_advice: Text


class InappropriateUse(Strict):
    statement: Text
    complaints_route: Text
    list_introduction: Text


class Category(Strict):
    id: str
    wording: Text

    @field_validator("id")
    @classmethod
    def known_category(cls, value: str) -> str:
        if value not in CATEGORY_IDS:
            raise ValueError(f"{value!r} is not a category; use one of {', '.join(CATEGORY_IDS)}")
        return value


class Step(Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    kind: StepKind
    wording: Text
    roles: list[str] = Field(min_length=1)
    needs_headteacher_approval: bool
    produces: Literal[STEP_PRODUCTS]  # type: ignore[valid-type]

    @field_validator("roles")
    @classmethod
    def known_roles(cls, roles: list[str]) -> list[str]:
        allowed = [role.value for role in SCHOOL_ROLES]
        for role in roles:
            if role not in allowed:
                raise ValueError(f"{role!r} is not a role; use one of {', '.join(allowed)}")
        return roles


class Procedure(Strict):
    introduction: Text
    escalation: Text
    steps: list[Step] = Field(min_length=1)

    @model_validator(mode="after")
    def discussion_first_and_unique(self) -> Procedure:
        if self.steps[0].kind != StepKind.INFORMAL_DISCUSSION:
            raise ValueError("the first step must be the informal discussion with the parent")
        ids = [step.id for step in self.steps]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"step ids must be unique: {', '.join(duplicates)}")
        return self


class PoliceTrigger(Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    wording: Text
    flag: Literal[POLICE_FLAGS]  # type: ignore[valid-type]


class PolicyDocument(Strict):
    schema_version: Literal[1]
    school: Text
    title: Text
    review: Review
    overview: Text
    parent_definition: Text
    objectives: list[Text] = Field(min_length=1)
    appropriate_use: AppropriateUse
    inappropriate_use: InappropriateUse
    categories: list[Category] = Field(min_length=1)
    photo_consent_note: Text
    dojo_note: Text
    monitoring_advice: Text
    procedure: Procedure
    police_triggers: list[PoliceTrigger]

    @field_validator("categories")
    @classmethod
    def categories_once_each(cls, categories: list[Category]) -> list[Category]:
        ids = [category.id for category in categories]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"each category may appear once: {', '.join(duplicates)}")
        return categories

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.procedure.steps if s.id == step_id), None)


def parse_policy(text: str, source: str = "policy file") -> PolicyDocument:
    """Read and validate a policy file, raising `PolicyFileError` naming each line and field."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "somewhere"
        problem = getattr(exc, "problem", None) or str(exc)
        raise PolicyFileError([f"{source}, {where}: not valid YAML ({problem})"]) from None
    if not isinstance(data, dict):
        raise PolicyFileError([f"{source}, line 1: the file must be a mapping of fields"])
    try:
        return PolicyDocument.model_validate(data)
    except ValidationError as exc:
        errors = []
        for error in exc.errors():
            location = error["loc"]
            field = ".".join(str(part) for part in location) or "(top level)"
            line = _line_of(root, location)
            message = error["msg"]
            if error["type"] == "extra_forbidden":
                message = "is not a field of a policy file"
            elif error["type"] == "missing":
                message = "is required"
            errors.append(f"{source}, line {line}, {field}: {message}")
        raise PolicyFileError(errors) from None


def _line_of(node: yaml.Node | None, location: tuple[Any, ...]) -> int:
    """Follow a validation error's path through the YAML nodes to the nearest line."""
    line = (node.start_mark.line + 1) if node is not None else 1
    for part in location:
        if isinstance(node, yaml.MappingNode):
            child = next(
                (value for key, value in node.value if getattr(key, "value", None) == part), None
            )
            if child is None:
                break
            key_node = next(key for key, value in node.value if value is child)
            line = key_node.start_mark.line + 1
            node = child
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line
