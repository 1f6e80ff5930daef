"""Real proxies from Debian for the tests: tinyproxy (HTTP CONNECT and the absolute form, BasicAuth) and
microsocks (SOCKS5 with a user and password), each on 127.0.0.1 in a mount namespace of its own whose
/etc/hosts names the test's targets (``*.proxied.test`` → 127.0.0.1). Only the proxy can resolve those names —
the tests' own lookups are loopback-only — so a send that reached its target went through the proxy; the
proxies' logs say so too.

Needs root (``unshare --mount``) and the packages (``make test`` installs them); without them the tests skip,
or fail when ``PINGTOWER_DESKTOP_REQUIRE_REAL_PEERS=1`` (CI).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pingtower_desktop.transport.proxy import Proxy

PROXY_USER, PROXY_PASSWORD = "ops", "proxy-Pa55-7Hq"
#: Names only the proxies resolve.
PROXIED = ("telegram", "slack", "hooks", "bot", "mail", "pingtower")


def proxied(name: str, port: int, scheme: str = "http") -> str:
    return f"{scheme}://{name}.proxied.test:{port}"


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def _missing(program: str) -> str:
    if os.geteuid() != 0:
        return "real proxies run in a mount namespace of their own: the tests need root (unshare --mount)"
    if not shutil.which(program) or not shutil.which("unshare"):
        return f"{program} is not installed: make test installs it (tools/system-deps.sh)"
    return ""


class RealProxy:
    def __init__(self, program: str, kind: str, folder: Path) -> None:
        self.program, self.kind, self.folder = program, kind, folder
        self.port = _free_port()
        self.log_path = folder / f"{program}.log"
        self.process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        if self.program == "tinyproxy":
            config = self.folder / "tinyproxy.conf"
            config.write_text(
                f"Port {self.port}\nListen 127.0.0.1\nTimeout 30\nAllow 127.0.0.1\nDisableViaHeader Yes\n"
                f"BasicAuth {PROXY_USER} {PROXY_PASSWORD}\nLogLevel Info\nMaxClients 50\n"
            )
            config.chmod(0o644)
            return ["tinyproxy", "-d", "-c", str(config)]
        return ["microsocks", "-i", "127.0.0.1", "-p", str(self.port), "-u", PROXY_USER, "-P", PROXY_PASSWORD]

    def start(self) -> RealProxy:
        hosts = self.folder / "hosts"
        hosts.write_text("127.0.0.1 localhost\n127.0.0.1 " + " ".join(f"{n}.proxied.test" for n in PROXIED) + "\n")
        hosts.chmod(0o644)
        inside = 'mount --bind "$0" /etc/hosts && exec "$@"'
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", inside, str(hosts), *self.command()],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.program} ended at start: {self.log()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"{self.program} did not listen on 127.0.0.1:{self.port}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def proxy(self, password: str = PROXY_PASSWORD) -> Proxy:
        return Proxy(self.kind, "127.0.0.1", self.port, PROXY_USER, password)

    def url(self) -> str:
        """The address as a user writes it, with no password (that one is a secret)."""
        return self.proxy().url(with_password=False)


def _running(program: str, kind: str) -> Iterator[RealProxy]:
    reason = _missing(program)
    if reason:
        if os.environ.get("PINGTOWER_DESKTOP_REQUIRE_REAL_PEERS"):
            pytest.fail(reason)
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix=f"pingtower-{program}-", dir="/tmp"))
    folder.chmod(0o755)
    proxy = RealProxy(program, kind, folder)
    try:
        yield proxy.start()
    finally:
        proxy.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def http_proxy() -> Iterator[RealProxy]:
    """tinyproxy: CONNECT for TLS and mail, the absolute form for plain HTTP; BasicAuth."""
    yield from _running("tinyproxy", "http")


@pytest.fixture(scope="session")
def socks_proxy() -> Iterator[RealProxy]:
    """microsocks: SOCKS5 with a user and password; names resolved by the proxy (socks5h)."""
    yield from _running("microsocks", "socks5h")
