"""From an empty database to a school with its policy, roster and headteacher signed in."""

from __future__ import annotations

import base64
import re
import shlex
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django_otp.oath import totp

from schoolgate.demo.roster import demo_roster_csv
from schoolgate.policies.library import redscope_policy_source
from schoolgate.schools.models import AuditEvent, Membership, School
from schoolgate.schools.tests.conftest import NEW_PASSWORD, link_path

# A real empty database: `migrate` runs as an operator would run it, outside a test transaction.
pytestmark = pytest.mark.django_db(transaction=True)


README = Path(__file__).resolve().parents[1] / "README.md"
MANAGE = [".venv/bin/python", "manage.py"]


def readme_commands() -> list[list[str]]:
    """The commands of the README's "Set up your school", as argument lists."""
    section = README.read_text().split("## Set up your school", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [shlex.split(line) for line in block.replace("\\\n", " ").splitlines()]
    assert all(command[:2] == MANAGE for command in commands), commands
    return [command[2:] for command in commands]


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_the_readme_commands_set_up_a_school_and_its_headteacher(
    tmp_path: Path, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not School.objects.exists()
    monkeypatch.chdir(tmp_path)
    Path("our-policy.yaml").write_text(
        redscope_policy_source().replace("Redscope Primary School", "Oakfield Primary School")
    )
    Path("roster.csv").write_text(demo_roster_csv(seed=3))

    commands = readme_commands()
    assert [command[0] for command in commands] == [
        "migrate",
        "create_trust",
        "create_school",
        "load_policy",
        "import_roster",
        "invite",
    ]
    printed = [run(*command) for command in commands]
    assert printed[1] == "Created trust Oakfield Learning Trust (oakfield-trust).\n"
    assert printed[2] == "Created Oakfield Primary School (oakfield, URN 123456).\n"
    assert "published policy version 1" in printed[3]
    assert "people added" in printed[4]
    assert printed[5].startswith(
        "head@oakfield.example (Headteacher at Oakfield Primary School): no mail server is set, "
        "so give them this link (it works once and expires in 7 days):\n"
    )
    printed_link = printed[5]

    # The headteacher opens the link: a password, then the authenticator, then the school.
    form = client.get(link_path(printed_link))
    assert "Choose a password" in form.content.decode()
    chosen = client.post(
        link_path(printed_link), {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert chosen["Location"] == "/login/two-factor/"
    setup = client.get("/login/two-factor/").content.decode()
    assert "Set up your authenticator app" in setup
    assert 'alt="QR code for your authenticator app"' in setup
    (secret,) = re.findall(r"<code[^>]*>([A-Z2-7]+)</code>", setup)
    done = client.post("/login/two-factor/", {"token": f"{totp(base64.b32decode(secret)):06d}"})
    assert done["Location"] == "/"
    assert client.get("/")["Location"] == "/s/oakfield/"
    home = client.get("/s/oakfield/")
    assert home.status_code == 200
    assert '<h1 class="govuk-heading-l">Oakfield Primary School</h1>' in home.content.decode()

    school = School.objects.get(slug="oakfield")
    assert Membership.objects.get(school=school).role == "headteacher"
    assert list(AuditEvent.objects.filter(school=school).values_list("verb", flat=True)) == [
        "created school",
        "published policy version",
        "imported roster",
        "invited staff",
        "set password from link",
    ]
    assert "audit chain intact" in run("verify_audit", "--school", "oakfield")
