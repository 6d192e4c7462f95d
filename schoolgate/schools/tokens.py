"""Signed, single-use set-up links for invitations and authenticator resets, with no table."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_encode

from schoolgate.schools.models import User

# A week covers an invitation sent on a Friday and opened after a half-term weekend.
SET_UP_LINK_LIFETIME = dt.timedelta(days=7)


class SetUpTokenGenerator(PasswordResetTokenGenerator):
    """Tokens for the link that sets a password and then an authenticator.

    A token hashes the account's password hash and active flag: using the link always sets a
    password, which changes the hash (even for the same password), so a link works once; it
    stops working when the account is switched off and expires after `SET_UP_LINK_LIFETIME`.
    The last sign-in is left out, unlike Django's reset tokens: someone whose authenticator was
    reset often tries their password first, and that must not spoil the link they were sent.
    The salt differs from Django's, so a password reset link can never set up an authenticator.
    """

    key_salt = "schoolgate.schools.tokens.SetUpTokenGenerator"

    def _make_hash_value(self, user: User, timestamp: int) -> str:
        return f"{user.pk}{user.password}{timestamp}{user.email}{user.is_active}"

    def check_token(self, user: User | None, token: str | None) -> bool:
        """Return whether `token` is this account's current link and younger than a week."""
        if not (user and token):
            return False
        try:
            ts_b36, _ = token.split("-")
            timestamp = base36_to_int(ts_b36)
        except ValueError:
            return False
        if not any(
            constant_time_compare(self._make_token_with_timestamp(user, timestamp, secret), token)
            for secret in [self.secret, *self.secret_fallbacks]
        ):
            return False
        age = self._num_seconds(self._now()) - timestamp
        return 0 <= age <= SET_UP_LINK_LIFETIME.total_seconds()


set_up_tokens = SetUpTokenGenerator()


def set_up_path(user: User) -> str:
    """Return the path of a fresh set-up link for the account."""
    return reverse(
        "set_up",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": set_up_tokens.make_token(user),
        },
    )
