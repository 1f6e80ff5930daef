"""The app read over the real accessibility bus (at-spi2-core in this test run's private D-Bus session) by
Debian's pyatspi, as Orca reads it: the Send test result, then the Server dialog's state before and after a
login typed in through the bus, and the announcements a reader speaks without moving the focus."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore

from ..peers.pingtower_server import USER_EMAIL, USER_PASSWORD
from ..screen_reader.display import x_server

ROOT = Path(__file__).resolve().parents[2]
READER = ROOT / "tests" / "screen_reader" / "reader.py"
SYSTEM_PYTHON = "/usr/bin/python3"


def missing() -> str | None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no session bus: run the tests through tools/run-tests.sh (make test)"
    if not shutil.which("Xvfb"):
        return "no Xvfb: make test installs xvfb"
    if not shutil.which("/usr/libexec/at-spi-bus-launcher"):
        return "no at-spi2-core: make test installs it"
    has_pyatspi = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0
    return None if has_pyatspi else "no python3-pyatspi for Debian's Python: make test installs it"


@pytest.fixture
def bus_ready():
    reason = missing()
    if reason:
        if os.environ.get("PINGTOWER_DESKTOP_REQUIRE_REAL_PEERS") == "1":
            pytest.fail(reason)
        pytest.skip(reason)


def test_a_screen_reader_reads_the_test_result_and_the_server_state(bus_ready, webhook_peer, documented_server):
    repo = ChannelRepository(AppPaths.resolve(), SecretStore())
    repo.add(Channel.from_wire({"name": "Hook", "type": "WEBHOOK", "configuration": {"url": webhook_peer.url}}))
    with x_server() as display:
        env = dict(
            os.environ,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            PYTHON_KEYRING_BACKEND="tests.memory_keyring.MemoryKeyring",
            PYTHONPATH=str(ROOT),
            LANGUAGE="en",
        )
        app = subprocess.Popen([sys.executable, "-m", "pingtower_desktop.app"], env=env, cwd=ROOT)
        try:
            reader = subprocess.run(
                [SYSTEM_PYTHON, str(READER), str(app.pid), documented_server.url, USER_EMAIL, USER_PASSWORD],
                capture_output=True,
                text=True,
                timeout=120,
                env=env,
            )
        finally:
            app.terminate()
            app.wait(timeout=20)
    assert reader.returncode == 0, reader.stderr[-3000:]
    read = json.loads(reader.stdout)
    assert read["result"].startswith("✔ Delivered") and read["result_description"] == "Test result"
    assert (read["state_before"], read["state_after"]) == ("not set up", "connected")
    assert read["login"] == f"Logged in as {USER_EMAIL}."
    assert read["result"] in read["heard"]  # announced: said without the focus going there
    assert read["login"] in read["heard"] and "connected" in read["heard"]
