"""Shared set-up for the bench_gui_* scripts (not a benchmark itself): stored channels and a keyring
that lives in the process, so no desktop keyring is needed."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.memory_keyring import MemoryKeyring  # noqa: E402

TYPES = ("TELEGRAM", "EMAIL", "SLACK", "WEBHOOK", "PYTHON_BOT")


def channel_wire(index: int, type_name: str | None = None, url: str = "https://example.com/hook") -> dict:
    """A valid channel without its secrets, cycling through the five types."""
    type_name = type_name or TYPES[index % len(TYPES)]
    configuration = {
        "TELEGRAM": {"chatId": f"-100{1000000000 + index}"},
        "EMAIL": {"smtpHost": "smtp.example.com", "fromEmail": "alerts@example.com", "toEmail": "ops@example.com"},
        "SLACK": {"channel": "#alerts"},
        "WEBHOOK": {"url": url, "timeout": 60},
        "PYTHON_BOT": {"botUrl": "http://localhost:5000", "username": "testuser"},
    }[type_name]
    return {
        "id": f"bench{index:06d}",
        "name": f"{type_name.title()} channel {index}",
        "type": type_name,
        "configuration": configuration,
        "enabled": True,
        "isDefault": False,
    }


def write_config(config_dir: Path, wires: list[dict]) -> None:
    """The channels file as the app writes it (schema 1); secrets are absent, as in a real file."""
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "channels.json").write_text(json.dumps({"schemaVersion": 1, "channels": wires}))


def use_config(config_dir: Path) -> None:
    os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"] = str(config_dir)
    os.environ["PINGTOWER_DESKTOP_DATA_DIR"] = str(config_dir)


#: ``PYTHON_KEYRING_BACKEND`` for a child process with the repository on its ``PYTHONPATH``: the keyring
#: library loads :class:`MemoryKeyring` when the app first asks it for a backend, so the child imports
#: the library no earlier than the app would by itself.
MEMORY_KEYRING = "tests.memory_keyring.MemoryKeyring"


def use_memory_keyring() -> None:
    """This process keeps secrets in memory (no desktop keyring is needed or touched)."""
    import keyring

    keyring.set_keyring(MemoryKeyring())


def rss_mib() -> float:
    """This process's resident memory (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def open_window(wires: list[dict]):
    """The app over ``wires`` as it is once ready (offscreen without a display): ``(app, context, window)``."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp())
    write_config(folder, wires)
    use_config(folder)
    use_memory_keyring()

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from pingtower_desktop.app import collect_from_now_on
    from pingtower_desktop.ui.context import AppContext
    from pingtower_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    context = AppContext.open()
    window = MainWindow(context)
    window.attach(context)
    listing = window.load_channels()
    window.show()
    while not listing.done:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    collect_from_now_on()  # as the app does once it is ready
    return app, context, window
