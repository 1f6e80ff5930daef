"""Whether a host is this computer: what travels to it unencrypted crosses no network."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.") or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
