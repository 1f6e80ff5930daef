"""Uncaught exceptions, from the UI thread or any other: logged with their traceback, then shown.

A bug must not vanish (under a windowed entry point stderr goes nowhere) nor kill the app silently:
it is written to the log (secrets scrubbed) and a dialog says what happened, where the log is, and
offers the details to copy for a bug report.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal

from .. import logs
from ..transport.scrub import remembered, scrub
from . import prompts

LOG = logs.get("ui")


def details_of(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> str:
    return scrub("".join(traceback.format_exception(kind, value, trace)), remembered())


class ErrorReporter(QObject):
    """Install once; ``shown`` carries the details of each error shown (for tests)."""

    shown = Signal(str)
    _raised = Signal(str, str)

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def report(self, kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        """Logs the exception and has it shown on the UI thread (callable from any thread)."""
        LOG.error("uncaught %s", kind.__name__, exc_info=(kind, value, trace))
        summary = scrub(f"{kind.__name__}: {value}", remembered())
        self._raised.emit(summary, details_of(kind, value, trace))

    def _on_exception(self, kind, value, trace) -> None:
        self.report(kind, value, trace)

    def _on_thread_exception(self, arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is not None:
            self.report(arguments.exc_type, arguments.exc_value, arguments.exc_traceback)

    def _show(self, summary: str, details: str) -> None:
        self.shown.emit(details)
        prompts.show_exception(summary, details, str(self.log_path))
