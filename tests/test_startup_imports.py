"""What the desktop app's start loads, checked in a fresh interpreter: the core comes before PySide6
(PySide6 reads the source of every module imported after it), and neither httpx nor the keyring
library is loaded before the window is up (the first request or keyring check loads them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore

# The steps of pingtower_desktop.app.main up to showing the window, in its order.
START = """
import json, sys
from pingtower_desktop.app import import_core
import_core()
qt_after_core = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
from pingtower_desktop.ui.display import display_problem
from pingtower_desktop.ui.application import Shell, make_application
from pingtower_desktop.ui.context import AppContext
from pingtower_desktop.ui.i18n import Translations
context = AppContext.open()
channels = context.repo.list()
context.close()
loaded = [m for m in ("httpx", "keyring") if m in sys.modules]
print(json.dumps({"qt_after_core": qt_after_core, "channels": len(channels), "loaded": loaded}))
"""


def start_imports() -> dict:
    # Were the keyring library loaded after all, it must not reach for the desktop's keyring.
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    completed = subprocess.run([sys.executable, "-c", START], env=env, capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def test_the_core_is_imported_before_pyside6():
    assert start_imports()["qt_after_core"] == []


def test_listing_the_stored_channels_loads_neither_httpx_nor_keyring():
    wire = {"name": "Ops", "type": "TELEGRAM", "configuration": {"botToken": "123:abc", "chatId": "-1001"}}
    ChannelRepository(AppPaths.resolve(), SecretStore()).add(Channel.from_wire(wire))
    started = start_imports()
    assert started["channels"] == 1
    assert "httpx" not in started["loaded"]
    assert "keyring" not in started["loaded"]
