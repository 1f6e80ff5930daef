"""What the desktop app's start loads, checked in a fresh interpreter running the app's own start
(``Shell`` over an ``AppStart``): the first paint lists the stored channels without pydantic, the
channel types, asyncio, httpx or the keyring library; the core follows, and then the editor works."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore

WATCHED = ["pydantic", "pingtower_desktop.channels", "asyncio", "httpx", "keyring"]

START = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from pingtower_desktop.ui.application import Shell, make_application
from pingtower_desktop.ui.context import AppStart
from pingtower_desktop.ui.i18n import Translations

WATCHED = sys.argv[1:]
seen = {}

def loaded():
    return [name for name in WATCHED if name in sys.modules]

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            seen["painted"] = {"loaded": loaded(), "rows": shell.window.model.rowCount(),
                               "editor": shell.window.attached}
        return False

def ready():
    seen["ready"] = {"loaded": loaded(), "editor": shell.window.editor.name.text()}
    QTimer.singleShot(0, shell.window.close)

app = make_application(sys.argv[:1])
shell = Shell(AppStart.open(), Translations(), "en")
probe = FirstPaint()
shell.window.installEventFilter(probe)
shell.ready.connect(ready)
QTimer.singleShot(20000, app.quit)  # a start that never gets ready fails below instead of hanging
shell.window.show()
app.exec()
shell.close()
print(json.dumps(seen))
"""


def start_the_app() -> dict:
    # The keyring library is loaded for the first channel's secrets: it must not reach the desktop's keyring.
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(
        [sys.executable, "-c", START, *WATCHED], env=env, capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.splitlines()[-1])


def test_the_first_paint_lists_the_channels_before_the_core_is_loaded_and_the_editor_follows():
    wire = {"name": "Ops", "type": "TELEGRAM", "configuration": {"botToken": "123:abc", "chatId": "-1001"}}
    ChannelRepository(AppPaths.resolve(), SecretStore()).add(Channel.from_wire(wire))

    seen = start_the_app()

    assert seen["painted"] == {"loaded": [], "rows": 1, "editor": False}
    assert seen["ready"]["editor"] == "Ops"
    assert {"pydantic", "pingtower_desktop.channels", "asyncio"} <= set(seen["ready"]["loaded"])
