"""The one worker: results and progress arrive in the UI thread, cancel aborts, shutdown joins."""

from __future__ import annotations

import asyncio
import threading

import pytest

from pingtower_desktop.ui.worker import Worker


@pytest.fixture
def worker(qtbot):
    worker = Worker()
    yield worker
    worker.shutdown()
    assert not worker.alive


def test_progress_and_result_arrive_in_the_ui_thread(qtbot, worker):
    seen = []

    async def body(report):
        for step in range(3):
            report(step)
            await asyncio.sleep(0)
        return threading.current_thread().name

    job = worker.submit("steps", body)
    job.progress.connect(lambda step: seen.append((step, threading.current_thread() is threading.main_thread())))
    with qtbot.waitSignal(job.finished, timeout=5000) as finished:
        pass
    assert finished.args == ["pingtower-worker"]
    assert seen == [(0, True), (1, True), (2, True)]
    qtbot.waitUntil(lambda: worker.jobs == frozenset())


def test_cancel_interrupts_the_coroutine(qtbot, worker):
    reached = threading.Event()
    cleaned = threading.Event()

    async def body(report):
        reached.set()
        try:
            await asyncio.sleep(3600)
        finally:
            cleaned.set()

    job = worker.submit("forever", body)
    assert reached.wait(5)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()
    # The job settles as soon as its future is cancelled; the task's own clean-up runs on the loop just after.
    assert cleaned.wait(5) and job.done


def test_a_failing_job_reports_its_error_and_the_worker_lives_on(qtbot, worker):
    async def broken(report):
        raise ValueError("bad input")

    async def fine(report):
        return 42

    job = worker.submit("broken", broken)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        pass
    assert failed.args == ["ValueError: bad input"]
    job = worker.submit("fine", fine)
    with qtbot.waitSignal(job.finished, timeout=5000) as finished:
        pass
    assert finished.args == [42]


def test_shutdown_cancels_running_jobs_and_joins_the_thread(qtbot):
    worker = Worker()
    cleaned = threading.Event()

    async def body(report):
        try:
            await asyncio.sleep(3600)
        finally:
            cleaned.set()

    worker.submit("forever", body)
    worker.shutdown()
    assert cleaned.is_set()
    assert not worker.alive
    with pytest.raises(RuntimeError):
        worker.submit("late", body)
