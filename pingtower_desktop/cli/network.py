"""Which way this run connects: ``--proxy URL`` or ``--no-proxy`` for this run alone, else the app's saved
choice (``network.json``) and the environment. A password never goes on the command line (``ps`` shows it):
it comes from $PINGTOWER_DESKTOP_PROXY_PASSWORD, or from the keyring for the proxy saved in the app."""

from __future__ import annotations

import argparse
import os
from typing import Literal

from ..storage.network_settings import NetworkStore
from ..storage.paths import AppPaths
from ..storage.secrets import SecretStore
from ..transport.proxy import Proxy, ProxyRoute
from .values import UsageError

PASSWORD_ENV = "PINGTOWER_DESKTOP_PROXY_PASSWORD"


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--proxy",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="this run goes through this proxy: http://, https://, socks5:// or socks5h://[user@]host:port "
        f"(the password from ${PASSWORD_ENV})",
    )
    parser.add_argument("--no-proxy", action="store_true", default=argparse.SUPPRESS, help="this run connects directly")


def override(args: argparse.Namespace) -> Proxy | Literal["direct"] | None:
    """The run's own choice; raises UsageError (and ProxyInvalid) for one that cannot be taken."""
    url, direct = getattr(args, "proxy", None), getattr(args, "no_proxy", False)
    if url and direct:
        raise UsageError("--proxy and --no-proxy: one or the other")
    if direct:
        return "direct"
    if not url:
        return None
    proxy = Proxy.parse(url)
    if proxy.password:
        raise UsageError(f"--proxy: no password on the command line (ps shows it to everyone): set ${PASSWORD_ENV}")
    return Proxy.parse(url, password=os.environ.get(PASSWORD_ENV, ""))


def route_for(args: argparse.Namespace, paths: AppPaths, secrets: SecretStore) -> ProxyRoute:
    """Raises ProxyInvalid (a proxy that cannot be used: exit 2) before anything is sent."""
    return NetworkStore(paths, secrets).route(os.environ, override(args))
