"""The document's "create a channel" request for a channel, as a shell command."""

from __future__ import annotations

import json
import shlex

from ...channels import Channel

CREATE_URL = "http://localhost:8080/api/v1/notifications/channels"
TOKEN_PLACEHOLDER = "YOUR_JWT_TOKEN"


def create_body(channel: Channel, *, reveal_secrets: bool = False) -> dict:
    """The documented create body: name, type, configuration, enabled (and isDefault when set)."""
    wire = channel.to_wire(secrets="include" if reveal_secrets else "mask", with_id=False)
    for key in channel.type.local_keys:  # a setting of this computer, not the server's
        wire["configuration"].pop(key, None)
    if not wire.get("isDefault"):
        wire.pop("isDefault", None)
    return wire


def curl_command(channel: Channel, *, reveal_secrets: bool = False, url: str = CREATE_URL) -> str:
    body = json.dumps(create_body(channel, reveal_secrets=reveal_secrets), indent=2, ensure_ascii=False)
    return (
        f"curl -X POST {shlex.quote(url)} \\\n"
        '  -H "Content-Type: application/json" \\\n'
        f'  -H "Authorization: Bearer {TOKEN_PLACEHOLDER}" \\\n'
        f"  -d {shlex.quote(body)}"
    )
