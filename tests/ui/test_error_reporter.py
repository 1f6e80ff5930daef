"""An uncaught exception, in the UI thread or any other, is logged (secrets scrubbed) and shown; a job's bug too."""

from __future__ import annotations

import sys
import threading

from pingtower_desktop import logs
from pingtower_desktop.storage import AppPaths
from pingtower_desktop.transport.scrub import remember
from pingtower_desktop.ui import prompts
from pingtower_desktop.ui.error_reporter import ErrorReporter

SECRET = "123456789:AAH-never-in-a-log-file"


def test_uncaught_exceptions_are_logged_scrubbed_and_shown(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_exception", lambda summary, details, path: shown.append((summary, details)))
    log_path = logs.start(AppPaths.resolve())
    reporter = ErrorReporter(log_path)
    reporter.install()
    remember(SECRET)
    try:
        try:
            raise RuntimeError(f"the token {SECRET} broke something")
        except RuntimeError:
            with qtbot.waitSignal(reporter.shown):
                sys.excepthook(*sys.exc_info())

        def in_a_thread() -> None:
            raise KeyError("a worker thread's bug")

        with qtbot.waitSignal(reporter.shown):
            thread = threading.Thread(target=in_a_thread)
            thread.start()
            thread.join()
    finally:
        reporter.uninstall()

    assert [summary for summary, _ in shown] == [
        "RuntimeError: the token •••• broke something",
        'KeyError: "a worker thread\'s bug"',
    ]
    assert "Traceback (most recent call last)" in shown[0][1] and SECRET not in shown[0][1]
    text = log_path.read_text()
    assert "uncaught RuntimeError" in text and "uncaught KeyError" in text and "Traceback" in text
    assert SECRET not in text and "the token •••• broke something" in text
    assert oct(log_path.stat().st_mode & 0o777) == "0o600"


def test_a_jobs_bug_keeps_its_traceback_in_the_log(qtbot, context):
    log_path = logs.start(AppPaths.resolve())

    async def buggy(report):
        return {}["missing"]

    job = context.worker.submit("buggy job", buggy)
    with qtbot.waitSignal(job.failed) as failed:
        pass
    assert failed.args == ["KeyError: 'missing'"]
    text = log_path.read_text()
    assert "job 'buggy job' failed" in text and 'return {}["missing"]' in text
