"""Reading a policy file: Redscope's validates, and a broken file names line and field."""

from __future__ import annotations

import pytest

from schoolgate.policies.library import redscope_policy_source
from schoolgate.policies.schema import PolicyFileError, parse_policy
from schoolgate.screening import CATEGORY_IDS


def test_redscopes_policy_holds_every_part_of_the_seed() -> None:
    policy = parse_policy(redscope_policy_source())
    assert policy.school == "Redscope Primary School"
    assert (policy.review.reviewed, policy.review.next_review) == ("2024-11", "2025-11")
    assert policy.review.reviewers == ["E. E. Cobley", "A Bradbury"]
    assert "carers; relatives; or anyone associated" in policy.parent_definition
    assert len(policy.objectives) == 6
    assert len(policy.appropriate_use.questions) == 4
    assert (
        policy.appropriate_use.contact_advice
        == "Please contact the school to discuss any concerns you may have."
    )
    assert "formal complaints process" in policy.inappropriate_use.complaints_route
    assert [c.id for c in policy.categories] == list(CATEGORY_IDS)
    assert "Dojo" in policy.dojo_note and "consent" in policy.photo_consent_note
    assert "monitor their children's online activity" in policy.monitoring_advice
    steps = [s.id for s in policy.procedure.steps]
    assert steps == [
        "informal_discussion",
        "written_warning",
        "platform_report",
        "block_on_x",
        "block_email",
        "legal_advice",
        "legal_action",
        "other_legal_action",
        "police_referral",
    ]
    assert policy.step("police_referral").needs_headteacher_approval  # type: ignore[union-attr]
    assert not policy.step("informal_discussion").needs_headteacher_approval  # type: ignore[union-attr]
    assert {t.id for t in policy.police_triggers} == {
        "harassment",
        "racial_element",
        "grossly_obscene",
        "threatening_violence",
    }


def errors_for(source: str) -> list[str]:
    with pytest.raises(PolicyFileError) as failed:
        parse_policy(source)
    return failed.value.errors


def line_of(source: str, text: str) -> int:
    return next(n for n, line in enumerate(source.splitlines(), 1) if text in line)


def test_an_unknown_category_names_its_line_and_field() -> None:
    source = redscope_policy_source().replace("- id: defamation", "- id: slander")
    assert errors_for(source) == [
        f"policy file, line {line_of(source, 'id: slander')}, categories.2.id: Value error, "
        "'slander' is not a category; use one of " + ", ".join(CATEGORY_IDS)
    ]


def test_a_missing_field_is_named() -> None:
    source = redscope_policy_source().replace("  next_review: 2025-11\n", "")
    assert errors_for(source) == [
        f"policy file, line {line_of(source, 'review:')}, review.next_review: is required"
    ]


def test_a_misspelt_field_is_named_with_its_line() -> None:
    source = redscope_policy_source().replace("dojo_note:", "dojo_notes:")
    errors = errors_for(source)
    assert (
        f"policy file, line {line_of(source, 'dojo_notes:')}, dojo_notes: is not a field of a policy file"
        in errors
    )
    assert (
        f"policy file, line {line_of(source, 'schema_version')}, dojo_note: is required" in errors
    )


def test_a_step_for_an_unknown_role_and_a_bad_month_are_both_reported() -> None:
    source = (
        redscope_policy_source()
        .replace("roles: [headteacher, dsl, office]", "roles: [headteacher, caretaker]")
        .replace("reviewed: 2024-11", "reviewed: November 2024")
    )
    errors = errors_for(source)
    assert len(errors) == 2
    assert errors[0].startswith(
        f"policy file, line {line_of(source, 'reviewed: November')}, review.reviewed:"
    )
    assert "YYYY-MM" in errors[0]
    assert "procedure.steps.3.roles" in errors[1] and "'caretaker' is not a role" in errors[1]


def test_the_procedure_must_start_with_talking_to_the_parent() -> None:
    source = redscope_policy_source().replace(
        "    - id: informal_discussion\n      kind: informal_discussion",
        "    - id: informal_discussion\n      kind: written_warning",
    )
    assert "the first step must be the informal discussion" in errors_for(source)[0]


def test_broken_yaml_names_its_line() -> None:
    source = redscope_policy_source().replace("title: Parental", "title: [Parental")
    (error,) = errors_for(source)
    assert error.startswith("policy file, line ") and "not valid YAML" in error
