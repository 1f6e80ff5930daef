"""The app's proxy choice, in ``network.json`` beside the channels: none, system (the environment) or manual
(one proxy and its exceptions). The manual proxy's password is in the keyring, under an account of its own
for this config folder and that proxy — never in the file. The CLI reads the same file."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Literal

from ..transport.proxy import MODES, Proxy, ProxyRoute, ProxySettings
from .paths import AppPaths
from .private_file import write_private_file
from .secrets import SecretStore

if TYPE_CHECKING:
    from ..transport.desktop_proxy import DesktopProxies


class NetworkStore:
    def __init__(self, paths: AppPaths, secrets: SecretStore) -> None:
        self.path = paths.config_dir / "network.json"
        self.config_dir = paths.config_dir
        self.secrets = secrets

    def load(self) -> ProxySettings:
        """The saved choice; none saved (or a file not ours) is "system", as before there was a choice."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return ProxySettings()
        if not isinstance(data, dict) or data.get("mode") not in MODES:
            return ProxySettings()
        url, exceptions = data.get("proxy", ""), data.get("noProxy", "")
        return ProxySettings(
            data["mode"], url if isinstance(url, str) else "", exceptions if isinstance(exceptions, str) else ""
        )

    def save(self, settings: ProxySettings, password: str | None = None) -> None:
        """Writes the choice (the URL without its password); ``password``: the manual proxy's (None: as it is,
        "": none). Raises ProxyInvalid for a manual proxy that cannot be used, KeyringError, OSError."""
        url = ""
        if settings.url.strip():
            url = Proxy.parse(settings.url).url(with_password=False)
        if password is not None and url:
            account = self._account(url)
            if password:
                self.secrets.set_secret(account, password)
            else:
                self.secrets.delete_secret(account)
        document = {"version": 1, "mode": settings.mode, "proxy": url, "noProxy": settings.no_proxy.strip()}
        write_private_file(self.path, json.dumps(document, indent=2) + "\n")

    def password(self, settings: ProxySettings) -> str:
        """The manual proxy's password from the keyring ("" when it has none)."""
        if settings.mode != "manual" or not settings.url.strip():
            return ""
        return self.secrets.get_secret(self._account(Proxy.parse(settings.url).url(with_password=False))) or ""

    def route(
        self,
        environ: Mapping[str, str],
        override: Proxy | Literal["direct"] | None = None,
        desktop: Callable[[], DesktopProxies] | None = None,
    ) -> ProxyRoute:
        """The way connections go for this run (``desktop``: see ``ProxyRoute.choose``). Raises ProxyInvalid
        (and KeyringError for a manual proxy's password)."""
        settings = self.load()
        password = self.password(settings) if override is None else ""
        return ProxyRoute.choose(settings, environ, password=password, override=override, desktop=desktop)

    def _account(self, url: str) -> str:
        folder = hashlib.sha256(str(self.config_dir.absolute()).encode()).hexdigest()[:16]
        return f"proxy:password:{folder}:{url}"
