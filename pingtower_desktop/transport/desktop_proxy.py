"""The desktop's own proxy settings, for the app's "system" choice when the environment names none: GNOME's
(``gsettings``, schema ``org.gnome.system.proxy``), read in one call. An automatic configuration (a PAC
script, or WPAD) is not run here: it is said, and connections go direct."""

from __future__ import annotations

import ast
import shutil
import subprocess
from dataclasses import dataclass, field

from ..text import msg
from .proxy import NoProxy, Proxy

SCHEMA = "org.gnome.system.proxy"


@dataclass(frozen=True)
class DesktopProxies:
    #: Scheme (http, https, smtp) → the desktop's proxy for it.
    proxies: dict[str, Proxy] = field(default_factory=dict)
    exceptions: NoProxy = field(default_factory=NoProxy)
    #: What the desktop sets that cannot be followed (an automatic configuration script), or "".
    warning: str = ""


def _value(text: str) -> object:
    text = text.strip()
    if text in ("true", "false"):
        return text == "true"
    if text.startswith("@as "):  # an empty typed array: "@as []"
        text = text[4:]
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def read_gsettings(output: str) -> dict[tuple[str, str], object]:
    """``gsettings list-recursively`` lines → (schema, key) → value."""
    values = {}
    for line in output.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3:
            values[(parts[0], parts[1])] = _value(parts[2])
    return values


def gnome_proxies(output: str) -> DesktopProxies:
    """What GNOME's settings (as ``gsettings list-recursively org.gnome.system.proxy`` prints them) name."""
    values = read_gsettings(output)
    mode = values.get((SCHEMA, "mode"))
    if mode == "auto":
        script = str(values.get((SCHEMA, "autoconfig-url")) or "") or "WPAD"
        warning = msg(
            "the desktop's proxy comes from an automatic configuration ({script}), which is not supported here: "
            "connections go direct — set the proxy in Settings ▸ Network",
            script=script,
        )
        return DesktopProxies(warning=warning)
    if mode != "manual":
        return DesktopProxies()

    def proxy(part: str, kind: str) -> Proxy | None:
        host, port = values.get((f"{SCHEMA}.{part}", "host")), values.get((f"{SCHEMA}.{part}", "port"))
        if not isinstance(host, str) or not host or not isinstance(port, int) or not 0 < port < 65536:
            return None
        user = values.get((f"{SCHEMA}.{part}", "authentication-user")) if part == "http" else ""
        password = values.get((f"{SCHEMA}.{part}", "authentication-password")) if part == "http" else ""
        authenticated = part == "http" and values.get((f"{SCHEMA}.http", "use-authentication")) is True
        return Proxy(
            kind, host, port, str(user or "") if authenticated else "", str(password or "") if authenticated else ""
        )

    http, https, socks = proxy("http", "http"), proxy("https", "http"), proxy("socks", "socks5h")
    found = {"http": http or socks, "https": https or socks, "smtp": socks or https or http}
    ignored = values.get((SCHEMA, "ignore-hosts"))
    exceptions = NoProxy.parse(",".join(ignored) if isinstance(ignored, list) else "")
    return DesktopProxies({scheme: p for scheme, p in found.items() if p is not None}, exceptions)


def desktop_proxies() -> DesktopProxies:
    """GNOME's proxy settings where ``gsettings`` has the schema; none elsewhere (other desktops, no desktop)."""
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return DesktopProxies()
    try:
        done = subprocess.run(
            [gsettings, "list-recursively", SCHEMA], capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return DesktopProxies()
    return gnome_proxies(done.stdout) if done.returncode == 0 else DesktopProxies()
