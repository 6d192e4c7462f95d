"""Blocking a sender's e-mail never blocks a subject access or FOI request or a formal complaint."""

from __future__ import annotations

from schoolgate.cases.actions import StepRecord, is_withheld, open_case, record_step
from schoolgate.cases.tests.conftest import member, parent
from schoolgate.test import Cast


def test_a_blocked_domain_is_withheld_except_for_statutory_requests(cast: Cast, logged) -> None:
    hana = member(cast, cast.hana)
    case = open_case(hana, logged(poster=parent(cast)))
    record_step(hana, case, StepRecord("informal_discussion"))
    record_step(hana, case, StepRecord("block_email", details={"address": "@angry.example"}))
    school = cast.school_a.pk
    assert is_withheld(school, "someone@angry.example", "You lot are a disgrace")
    assert not is_withheld(
        school, "someone@angry.example", "Subject access request for my son's records"
    )
    assert not is_withheld(school, "someone@angry.example", "Re: my FOI request")
    assert not is_withheld(
        school, "someone@angry.example", "Hello", "I wish to make a formal complaint."
    )
    assert not is_withheld(school, "friend@calm.example", "You lot are a disgrace")
    assert not is_withheld(cast.school_b.pk, "someone@angry.example", "You lot are a disgrace")
