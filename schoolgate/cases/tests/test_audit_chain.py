"""The audit chain holds, and `verify_audit` catches an edited, an inserted and a deleted row."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import F

from schoolgate.cases.actions import StepRecord, open_case, record_step
from schoolgate.cases.tests.conftest import member, parent
from schoolgate.schools.audit import event_hash
from schoolgate.schools.models import AuditEvent
from schoolgate.test import Cast


@pytest.fixture
def chain(cast: Cast, logged):
    alice = member(cast, cast.alice)
    case = open_case(alice, logged(poster=parent(cast)))
    record_step(alice, case, StepRecord("informal_discussion", note="Met the parent."))
    return AuditEvent.objects.filter(school=cast.school_a).order_by("sequence")


def verify(slug: str = "redscope") -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    try:
        call_command("verify_audit", school=slug, stdout=out, stderr=err)
        code = 0
    except SystemExit as stop:
        code = int(stop.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_an_intact_chain_reports_how_many_events_it_checked(chain) -> None:
    code, out, _ = verify()
    assert code == 0
    assert f"audit chain intact, {chain.count()} events checked" in out


def test_an_edited_row_is_caught_and_named(chain) -> None:
    target = chain.get(verb="recorded step")
    AuditEvent.objects.filter(pk=target.pk).update(details={"note": "We never met."})
    code, _, err = verify()
    assert code == 1
    assert f"BROKEN at event #{target.sequence} (recorded step" in err and "altered" in err


def test_a_deleted_row_is_caught(chain) -> None:
    target = chain.get(verb="opened case")
    AuditEvent.objects.filter(pk=target.pk).delete()
    code, _, err = verify()
    assert code == 1
    assert f"expected event #{target.sequence}" in err


def test_an_inserted_row_is_caught_even_with_a_valid_own_hash(chain) -> None:
    events = list(chain)
    middle = events[len(events) // 2]
    later = AuditEvent.objects.filter(school=middle.school, sequence__gte=middle.sequence)
    # Two moves, so no two rows share a sequence number on the way.
    later.update(sequence=F("sequence") + 1000)
    AuditEvent.objects.filter(school=middle.school, sequence__gte=1000).update(
        sequence=F("sequence") - 999
    )
    forged = AuditEvent(
        school=middle.school,
        sequence=middle.sequence,
        actor=None,
        actor_label="system",
        verb="dismissed incident",
        object_type="incident",
        object_id="1",
        created_at=middle.created_at,
        details={},
        previous_hash=events[events.index(middle) - 1].hash,
    )
    forged.hash = event_hash(forged)
    forged.save()
    code, _, err = verify()
    assert code == 1
    assert f"event #{middle.sequence + 1}" in err and "link to the event before it is broken" in err


def test_each_school_has_its_own_chain(chain, cast: Cast) -> None:
    code, out, _ = verify("hollowmere")
    assert code == 0
    hollowmere_events = AuditEvent.objects.filter(school=cast.school_b).count()
    assert f"{hollowmere_events} events checked" in out
