"""The document's "create a channel" request for a channel, as a shell command."""

from __future__ import annotations

import json
import shlex

from ...channels import Channel
from ...transport.proxy import Proxy

CREATE_URL = "http://localhost:8080/api/v1/notifications/channels"
TOKEN_PLACEHOLDER = "YOUR_JWT_TOKEN"


def create_body(channel: Channel, *, reveal_secrets: bool = False) -> dict:
    """The documented create body: name, type, configuration, enabled (and isDefault when set). The
    configuration names the keys the document shows, the required ones and those set to something
    other than their default — never a setting of this computer (a CA file)."""
    wire = channel.to_wire(secrets="include" if reveal_secrets else "mask", with_id=False)
    kind = channel.type
    wire["configuration"] = {
        key: value
        for key, value in wire["configuration"].items()
        if key not in kind.local_keys
        and (key in kind.documented_keys or kind.spec(key).required or value != kind.spec(key).default)
    }
    if not wire.get("isDefault"):
        wire.pop("isDefault", None)
    return wire


def proxy_options(proxy: Proxy | None) -> str:
    """curl's options for the proxy the request goes through ("" for none); the password is curl's to ask."""
    if proxy is None:
        return ""
    address = proxy.where()
    if proxy.kind == "socks5h":
        option = f"--socks5-hostname {shlex.quote(address)}"
    elif proxy.kind == "socks5":
        option = f"--socks5 {shlex.quote(address)}"
    else:
        option = f"--proxy {shlex.quote(proxy.kind + '://' + address)}"
    user = f" --proxy-user {shlex.quote(proxy.username)}" if proxy.username else ""
    return f"  {option}{user} \\\n"


def curl_command(
    channel: Channel, *, reveal_secrets: bool = False, url: str = CREATE_URL, proxy: Proxy | None = None
) -> str:
    """``url``: the create endpoint of the server logged in to, else the document's localhost one; ``proxy``:
    the one the request goes through (its options added)."""
    body = json.dumps(create_body(channel, reveal_secrets=reveal_secrets), indent=2, ensure_ascii=False)
    return (
        f"curl -X POST {shlex.quote(url)} \\\n" + proxy_options(proxy) + '  -H "Content-Type: application/json" \\\n'
        f'  -H "Authorization: Bearer {TOKEN_PLACEHOLDER}" \\\n'
        f"  -d {shlex.quote(body)}"
    )
