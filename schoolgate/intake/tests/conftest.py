"""Fixtures for intake tests: real SMTP (aiosmtpd), real IMAP (Dovecot), files in a temporary folder."""

from __future__ import annotations

import getpass
import grp
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

DOVECOT = "/usr/sbin/dovecot"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


@pytest.fixture(autouse=True)
def evidence_folder(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SITE_URL = "https://schoolgate.example"
    return settings.MEDIA_ROOT


@pytest.fixture
def inbox(settings: Any) -> Iterator[Inbox]:
    port = free_port()
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    settings.DEFAULT_FROM_EMAIL = "schoolgate@redscope.example"
    try:
        yield handler
    finally:
        controller.stop()


def body(message: Message) -> str:
    """The text of a plain e-mail as its reader sees it, without the line ending SMTP adds."""
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode().replace("\r\n", "\n").rstrip("\n")


class Dovecot:
    """A Dovecot IMAP server of our own, on a free port, for one account with a Maildir."""

    user = "office@redscope.example"
    password = "imap-test-passphrase"

    def __init__(self, root: Path, port: int, uid: int, gid: int) -> None:
        self.root, self.port, self.uid, self.gid = root, port, uid, gid
        self.maildir = root / "mail" / self.user
        self._names = itertools.count(1)

    def deliver(self, raw: bytes) -> None:
        """Put a message in the Maildir's `new` folder, as a delivery agent would."""
        name = f"{time.time():.0f}.M{next(self._names)}.schoolgate-test"
        temporary, final = self.maildir / "tmp" / name, self.maildir / "new" / name
        temporary.write_bytes(raw)
        _own(temporary, self.uid, self.gid)
        temporary.rename(final)


def _own(path: Path, uid: int, gid: int) -> None:
    if os.geteuid() == 0:
        os.chown(path, uid, gid)


DOVECOT_CONF = """
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = {user}
default_internal_user = {user}
default_internal_group = {group}
mail_location = maildir:{root}/mail/%u
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
"""


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """Start Dovecot as an unprivileged user with a temporary configuration; stop it after."""
    if not shutil.which(DOVECOT):
        pytest.fail("Dovecot is missing: `make test` installs dovecot-imapd with apt")
    # Dovecot refuses root as its login user; run as root, the test drops to `nobody`.
    account = pwd.getpwnam("nobody") if os.geteuid() == 0 else pwd.getpwnam(getpass.getuser())
    # Straight under /tmp: pytest's own temporary folders are closed to other users.
    root = Path(tempfile.mkdtemp(prefix="schoolgate-dovecot-"))
    port = free_port()
    group = account.pw_gid
    server = Dovecot(root, port, account.pw_uid, group)
    (root / "dovecot.conf").write_text(
        DOVECOT_CONF.format(
            root=root, port=port, user=account.pw_name, group=grp.getgrgid(group).gr_name
        )
    )
    (root / "passwd").write_text(
        f"{server.user}:{{PLAIN}}{server.password}:{account.pw_uid}:{group}::"
        f"{root}/mail/{server.user}::\n"
    )
    for folder in ("cur", "new", "tmp"):
        (server.maildir / folder).mkdir(parents=True)
    for path in [root, *root.rglob("*")]:
        _own(path, account.pw_uid, group)
    process = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(root / "dovecot.conf")],
        user=account.pw_uid if os.geteuid() == 0 else None,
        group=group if os.geteuid() == 0 else None,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for(port, process, root)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def _wait_for(port: int, process: subprocess.Popen[bytes], root: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
            output = process.stdout.read().decode() if process.stdout else ""
            pytest.fail(f"Dovecot stopped at start: {output} {log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail("Dovecot did not listen within 10 seconds")


SIEVE_TEST = "sieve-test"


def sieve_actions(script: str, message: bytes) -> str:
    """What Dovecot's Sieve interpreter does with `message` under `script` (its own report)."""
    if not shutil.which(SIEVE_TEST):
        pytest.fail("sieve-test is missing: `make test` installs dovecot-sieve with apt")
    account = pwd.getpwnam("nobody") if os.geteuid() == 0 else pwd.getpwnam(getpass.getuser())
    root = Path(tempfile.mkdtemp(prefix="schoolgate-sieve-"))
    try:
        (root / "blocklist.sieve").write_text(script)
        (root / "message.eml").write_bytes(message)
        (root / "dovecot.conf").write_text(f"mail_location = maildir:{root}/mail\n")
        for path in [root, *root.iterdir()]:
            _own(path, account.pw_uid, account.pw_gid)
        run = subprocess.run(
            [SIEVE_TEST, "-c", "dovecot.conf", "blocklist.sieve", "message.eml"],
            cwd=root,
            user=account.pw_uid if os.geteuid() == 0 else None,
            group=account.pw_gid if os.geteuid() == 0 else None,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        return run.stdout
    finally:
        shutil.rmtree(root, ignore_errors=True)
