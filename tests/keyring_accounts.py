"""Keyring account names without their revision, for tests that look into a keyring."""

from __future__ import annotations

from collections.abc import Mapping


def unrevised(account: str) -> str:
    """``channel:<id>:<key>:<rev>`` → ``channel:<id>:<key>``; other accounts as they are."""
    parts = account.split(":")
    return ":".join(parts[:3]) if parts[0] == "channel" and len(parts) == 4 else account


def by_account(items: Mapping[str, str]) -> dict[str, str]:
    """``{account: secret}`` with the revisions dropped from the names."""
    return {unrevised(account): secret for account, secret in items.items()}


def memory_accounts(keyring) -> dict[str, str]:
    """What a MemoryKeyring holds, ``{account without revision: secret}``."""
    return by_account({account: secret for (_, account), secret in keyring.items.items()})
