"""A main window over a fresh config dir, the in-memory keyring and a worker that must end with it."""

from __future__ import annotations

import threading

import pytest

from pingtower_desktop.delivery.history import History
from pingtower_desktop.delivery.runner import Deliverer
from pingtower_desktop.storage import AppPaths
from pingtower_desktop.ui import prompts
from pingtower_desktop.ui.context import AppContext
from pingtower_desktop.ui.main_window import MainWindow


def worker_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "pingtower-worker"]


@pytest.fixture
def context():
    paths = AppPaths.resolve()
    deliverer = Deliverer(History(paths.history_file), timeout=5.0)
    context = AppContext.open(deliverer=deliverer)
    yield context
    context.close()
    assert not context.worker.alive


class Answers:
    """Scripted answers to the app's questions; a question nobody scripted fails the test."""

    def __init__(self) -> None:
        self.unsaved: list[prompts.Unsaved] = []
        self.delete: list[bool] = []
        self.enable_default: list[bool] = []
        self.disable_default: list[bool] = []
        self.clear_history: list[bool] = []
        self.keep_watching: list[bool] = []
        self.clash: list[prompts.Clash] = []
        self.asked: list[str] = []

    def ask_unsaved(self, parent, name):
        self.asked.append(f"unsaved:{name}")
        assert self.unsaved, f"unexpected question about unsaved changes to {name!r}"
        return self.unsaved.pop(0)

    def ask_changed_meanwhile(self, parent, name, fields):
        self.asked.append(f"clash:{name}:{','.join(fields)}")
        assert self.clash, f"unexpected question about changes made elsewhere to {name!r}"
        return self.clash.pop(0)

    def confirm_delete(self, parent, name):
        self.asked.append(f"delete:{name}")
        assert self.delete, f"unexpected delete confirmation for {name!r}"
        return self.delete.pop(0)

    def confirm_enable_default(self, parent, name):
        self.asked.append(f"enable_default:{name}")
        assert self.enable_default, f"unexpected question about making the disabled {name!r} the default"
        return self.enable_default.pop(0)

    def confirm_disable_default(self, parent, name):
        self.asked.append(f"disable_default:{name}")
        assert self.disable_default, f"unexpected question about disabling the default {name!r}"
        return self.disable_default.pop(0)

    def ask_keep_watching(self, parent):
        self.asked.append("keep_watching")
        assert self.keep_watching, "unexpected question about watching from the tray"
        return self.keep_watching.pop(0)

    def confirm_clear_history(self, parent):
        self.asked.append("clear_history")
        assert self.clear_history, "unexpected question about clearing the history"
        return self.clear_history.pop(0)

    def confirm_export_secrets(self, parent):
        self.asked.append("export_secrets")
        return True

    def show_error(self, parent, title, text):
        self.asked.append(f"error:{title}:{text}")

    def show_info(self, parent, title, text):
        self.asked.append(f"info:{title}")


@pytest.fixture
def answers(monkeypatch) -> Answers:
    scripted = Answers()
    for name in (
        "ask_unsaved",
        "ask_changed_meanwhile",
        "confirm_delete",
        "confirm_enable_default",
        "confirm_disable_default",
        "confirm_clear_history",
        "ask_keep_watching",
        "confirm_export_secrets",
        "show_error",
        "show_info",
    ):
        monkeypatch.setattr(prompts, name, getattr(scripted, name))
    return scripted


@pytest.fixture
def window(qtbot, context, answers):
    main = MainWindow(context)  # not qtbot.addWidget: its early close would ask about unsaved edits
    main.attach(context)
    listing = main.load_channels()
    main.show()
    qtbot.waitUntil(lambda: listing.done, timeout=5000)
    qtbot.waitExposed(main)
    session = main.server.session  # the start-up status check: a job of its own, settled before the test
    qtbot.waitUntil(lambda: session.status is not None and not session.checking, timeout=5000)
    yield main
    main.editor.clear()  # a test may leave edits behind; closing would ask about them
    main.close()
    main.deleteLater()
    assert worker_threads() == []
