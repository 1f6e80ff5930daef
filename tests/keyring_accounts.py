"""Keyring account names without their revision, for tests that look into a keyring."""

from __future__ import annotations

import json
from collections.abc import Mapping


def unrevised(account: str) -> str:
    """``channel:<id>:<key>:<rev>`` → ``channel:<id>:<key>``; other accounts as they are."""
    parts = account.split(":")
    return ":".join(parts[:3]) if parts[0] == "channel" and len(parts) == 4 else account


def by_account(items: Mapping[str, str]) -> dict[str, str]:
    """``{account: secret}`` with the revisions dropped from the names, and the items that hold several
    channels' secrets (``channels:<token>``, written by an import or a sync) opened up."""
    found = {}
    for account, secret in items.items():
        if account.startswith("channels:"):
            for channel_id, values in json.loads(secret).items():
                found |= {f"channel:{channel_id}:{key}": value for key, value in values.items()}
        else:
            found[unrevised(account)] = secret
    return found


def memory_secrets(keyring) -> list[str]:
    """Every secret a MemoryKeyring holds, one by one."""
    return list(memory_accounts(keyring).values())


def memory_accounts(keyring) -> dict[str, str]:
    """What a MemoryKeyring holds, ``{account without revision: secret}``."""
    return by_account({account: secret for (_, account), secret in keyring.items.items()})
