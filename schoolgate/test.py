"""The test cast and helpers every part's tests share.

Cast: at Redscope (school A) Alice is the DSL, Hana the headteacher, Olu works in the office,
Tom is a class teacher (staff) and Gail a governor; at Hollowmere (school B) Bob is the DSL
and must see nothing of Redscope. Trudy administers the trust both belong to.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolgate.demo.roster import demo_roster_csv
from schoolgate.policies.actions import load_policy
from schoolgate.policies.library import redscope_policy_source
from schoolgate.schools.actions import import_roster
from schoolgate.schools.models import Membership, School, Trust, TrustMembership, User
from schoolgate.schools.roles import Role

PASSWORD = "correct horse battery staple"


@dataclass
class Cast:
    trust: Trust
    school_a: School
    school_b: School
    alice: User
    hana: User
    olu: User
    tom: User
    gail: User
    bob: User
    trudy: User


def make_school(trust: Trust | None, slug: str, name: str, urn: str) -> School:
    return School.objects.create(
        trust=trust, slug=slug, name=name, urn=urn, contact_email=f"office@{slug}.example"
    )


def make_member(school: School, email: str, role: str, name: str) -> User:
    user = User.objects.create_user(email, PASSWORD, full_name=name)
    Membership.objects.create(user=user, school=school, role=role)
    return user


def make_cast(*, with_roster: bool = False, with_policy: bool = False) -> Cast:
    trust = Trust.objects.create(name="Brightwater Learning Trust", slug="brightwater")
    school_a = make_school(trust, "redscope", "Redscope Primary School", "990001")
    school_b = make_school(trust, "hollowmere", "Hollowmere Primary School", "990002")
    trudy = User.objects.create_user("trudy@brightwater.example", PASSWORD, full_name="Trudy Vale")
    TrustMembership.objects.create(user=trudy, trust=trust)
    cast = Cast(
        trust=trust,
        school_a=school_a,
        school_b=school_b,
        alice=make_member(school_a, "alice@redscope.example", Role.DSL, "Alice Marchbank"),
        hana=make_member(school_a, "hana@redscope.example", Role.HEADTEACHER, "Hana Lomax"),
        olu=make_member(school_a, "olu@redscope.example", Role.OFFICE, "Olu Garside"),
        tom=make_member(school_a, "tom@redscope.example", Role.STAFF, "Tom Pendle"),
        gail=make_member(school_a, "gail@redscope.example", Role.GOVERNOR, "Gail Ingleby"),
        bob=make_member(school_b, "bob@hollowmere.example", Role.DSL, "Bob Carrow"),
        trudy=trudy,
    )
    if with_roster:
        import_roster(school_a, demo_roster_csv(seed=1))
        import_roster(school_b, demo_roster_csv(seed=2))
    if with_policy:
        load_policy(school_a, redscope_policy_source())
        load_policy(
            school_b,
            redscope_policy_source().replace("Redscope Primary School", school_b.name),
        )
    return cast


def confirmed_device(user: User) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="test phone", confirmed=True)


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def sign_in(client: Client, user: User) -> Client:
    """Sign the user in with both factors already given, as after a real two-step sign-in."""
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = confirmed_device(user).persistent_id
    session.save()
    return client
