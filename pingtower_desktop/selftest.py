"""``pingtower-desktop --self-test``: start the app without needing a screen and check that everything a
bundle must carry is there and works: Qt and its platform plugin, the SVG icons, the translations, the main
window, the keyring backends. Prints a short report; the exit code is 0 when every check passed, else 1.

An unusable keyring is reported but is no failure, because the app works without one (secrets are kept
for the session only). A keyring library that cannot even import this platform's backend *is* a failure:
that is a broken bundle. Set ``PINGTOWER_DESKTOP_SELFTEST_REQUIRE_KEYRING=1`` to make an unusable keyring
fail too (as the bundle check does inside a D-Bus session with gnome-keyring).
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TextIO

from . import __version__
from .ui.display import display_problem

REQUIRE_KEYRING_ENV = "PINGTOWER_DESKTOP_SELFTEST_REQUIRE_KEYRING"
#: How long the main window's keyring probe may take (a locked keyring can wait for its unlock prompt).
KEYRING_WAIT_MS = 20_000

#: What the keyring library imports to reach each platform's store: hidden imports a bundle must carry.
KEYRING_MODULES = {
    "linux": ("keyring.backends.SecretService", "secretstorage", "jeepney.io.blocking"),
    "darwin": ("keyring.backends.macOS",),
    "win32": ("keyring.backends.Windows", "win32ctypes.pywin32.win32cred"),
}


class Report:
    """Collects the checks' outcomes and prints one line each (nowhere when there is no console)."""

    def __init__(self, out: TextIO | None) -> None:
        self.out = out
        self.failures = 0

    def line(self, text: str) -> None:
        if self.out is not None:
            print(text, file=self.out, flush=True)

    def ok(self, text: str) -> None:
        self.line(f"ok    {text}")

    def note(self, text: str) -> None:
        self.line(f"note  {text}")

    def fail(self, text: str) -> None:
        self.failures += 1
        self.line(f"FAIL  {text}")

    def check(self, passed: bool, text: str) -> bool:
        (self.ok if passed else self.fail)(text)
        return passed


def run_self_test(out: TextIO | None = None) -> int:
    """Runs every check in a throwaway config folder; returns the process exit code."""
    report = Report(sys.stdout if out is None else out)
    report.line(f"PingTower Desktop {__version__} self-test")
    reason = display_problem()
    if reason:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # must happen before Qt starts
        report.note(f"no display ({reason}): using Qt's offscreen platform")
    with tempfile.TemporaryDirectory(prefix="pingtower-self-test-") as config_dir:
        try:
            _run_checks(report, config_dir)
        except Exception as error:  # a crash anywhere is a failed self-test, said in one line
            report.fail(f"self-test stopped: {type(error).__name__}: {error}")
    if report.failures:
        report.line(f"self-test FAILED: {report.failures} problem(s)")
        return 1
    report.line("self-test passed")
    return 0


def _run_checks(report: Report, config_dir: str) -> None:
    from PySide6.QtCore import qVersion

    from .ui.application import make_application

    app = make_application([sys.argv[0] if sys.argv else "pingtower-desktop"])
    report.ok(f"Qt {qVersion()} started on the '{app.platformName()}' platform")
    report.check(
        bool(app.applicationName() and app.organizationName()) and app.applicationVersion() == __version__,
        f"application '{app.applicationName()}', organisation '{app.organizationName()}', "
        f"version '{app.applicationVersion()}'",
    )
    _check_icons(report)
    _check_translations(report)
    _check_keyring_modules(report)
    _check_main_window(report, config_dir)


def _check_icons(report: Report) -> None:
    from .channels import channel_types
    from .ui.resources import app_icon, type_icon

    icons = {"app": app_icon(), **{kind.name: type_icon(kind.name) for kind in channel_types()}}
    # Rendering proves the SVG icon engine plugin and the packaged files are both there.
    blank = sorted(name for name, icon in icons.items() if icon.pixmap(32, 32).isNull())
    report.check(not blank, f"{len(icons)} SVG icons render" if not blank else f"icons do not render: {blank}")


def _check_translations(report: Report) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from .ui.i18n import LANGUAGES, SOURCE_LANGUAGE, app_translator

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for code in sorted(set(LANGUAGES) - {SOURCE_LANGUAGE}):
        missing = []
        if app_translator(code) is None:
            missing.append(f"the app's pingtower_{code}.qm")
        if not QTranslator().load(f"qtbase_{code}", qt_folder):
            missing.append(f"Qt's qtbase_{code}.qm")
        report.check(not missing, f"translations for '{code}' load" + (f": missing {missing}" if missing else ""))


def _check_keyring_modules(report: Report) -> None:
    needed = KEYRING_MODULES.get(sys.platform, KEYRING_MODULES["linux"])
    broken = []
    for name in needed:
        try:
            importlib.import_module(name)
        except Exception as error:  # a backend's import can fail in platform-specific ways
            broken.append(f"{name} ({type(error).__name__}: {error})")
    registered = sorted(point.name for point in entry_points(group="keyring.backends"))
    if not registered:
        broken.append("the keyring package's backend list (its metadata) is missing")
    report.check(
        not broken,
        f"keyring backends importable: {', '.join(needed)}" if not broken else f"keyring backends broken: {broken}",
    )


def _check_main_window(report: Report, config_dir: str) -> None:
    from .ui.application import Shell
    from .ui.context import AppStart
    from .ui.i18n import SOURCE_LANGUAGE, Translations

    # As the app starts: the window first, then the core loaded by name a step at a time (a module a
    # bundle lacks shows up here), then the keyring probe.
    shell = Shell(AppStart.open(config_dir), Translations(), SOURCE_LANGUAGE)
    ready_at: list[float] = []
    shell.ready.connect(lambda: ready_at.append(time.perf_counter()))
    try:
        window = shell.window
        shown_at = time.perf_counter()
        window.show()
        _wait_until(lambda: window.keyring_status is not None and bool(ready_at), KEYRING_WAIT_MS)
        painted = not window.grab().isNull()
        report.check(painted, f"main window '{window.windowTitle()}' opened and painted")
        took = f" (ready {(ready_at[0] - shown_at) * 1000:.0f} ms after the window was shown)" if ready_at else ""
        report.check(window.attached, "the core loaded after the first paint" + took)
        _report_keyring(report, window.keyring_status)
        window.close()
        report.check(not window.isVisible(), "main window closed")
    finally:
        shell.close()


def _report_keyring(report: Report, status) -> None:
    required = os.environ.get(REQUIRE_KEYRING_ENV) == "1"
    if status is None:
        (report.fail if required else report.note)(f"keyring: no answer within {KEYRING_WAIT_MS // 1000} s")
    elif status.usable:
        report.ok(f"keyring: {status.backend} is usable")
    else:
        reason = status.message.split(". ")[0]
        (report.fail if required else report.note)(
            f"keyring: {status.backend} is not usable ({reason}); the app keeps secrets for the session only"
        )


def _wait_until(done: Callable[[], bool], timeout_ms: int) -> None:
    """Runs the event loop until ``done()`` or the timeout, whichever comes first."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    poll.stop()
