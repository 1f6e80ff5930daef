"""The one worker of the app: a background thread running an asyncio event loop.

Every network call the UI makes is a coroutine submitted here. A :class:`Job` lives in the UI
thread; what the coroutine reports crosses over by queued signals, and the job re-emits it from
the UI thread, so any slot or lambda connected to a job runs in the UI thread. Cancelling a job
cancels its asyncio task, which aborts the network call at its next await.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import CancelledError as FutureCancelled
from concurrent.futures import Future
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from .. import logs
from ..transport.scrub import remembered, scrub

_LOG = logs.get("worker")

# A job's body: gets a ``report`` callable for progress, returns the job's result.
JobBody = Callable[[Callable[[Any], None]], Coroutine[Any, Any, Any]]

_FINISHED, _FAILED, _CANCELLED = "finished", "failed", "cancelled"


class Job(QObject):
    """One submitted coroutine. Exactly one of finished / failed / cancelled fires, then ``ended``."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    # Emitted from the worker thread, received in the UI thread.
    _reported = Signal(object)
    _settled = Signal(str, object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._future: Future | None = None
        self._cancel_requested = False
        self._done = False
        self._reported.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self._settled.connect(self._relay_outcome, Qt.ConnectionType.QueuedConnection)

    @property
    def done(self) -> bool:
        return self._done

    def cancel(self) -> None:
        """Cancels the coroutine; safe to call at any time."""
        self._cancel_requested = True
        if self._future is not None:
            self._future.cancel()

    def _attach(self, future: Future) -> None:
        self._future = future
        if self._cancel_requested:
            future.cancel()
        future.add_done_callback(self._on_future_done)

    def _on_future_done(self, future: Future) -> None:
        try:
            result = future.result()
        except (FutureCancelled, asyncio.CancelledError):
            self._settled.emit(_CANCELLED, None)
        except Exception as error:  # a job's bug becomes a message and a logged traceback, not a dead worker
            _LOG.error("job %r failed", self.name, exc_info=error)
            self._settled.emit(_FAILED, scrub(f"{type(error).__name__}: {error}", remembered()))
        else:
            self._settled.emit(_FINISHED, result)

    def _relay_progress(self, item: object) -> None:
        if not self._done:
            self.progress.emit(item)

    def _relay_outcome(self, outcome: str, value: object) -> None:
        self._done = True
        if outcome == _FINISHED:
            self.finished.emit(value)
        elif outcome == _FAILED:
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.ended.emit()


class Worker(QObject):
    """Owns the background thread and its event loop; ``shutdown()`` cancels every job and joins."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="pingtower-worker", daemon=True)
        self._jobs: set[Job] = set()
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    @property
    def jobs(self) -> frozenset[Job]:
        """Jobs not yet ended (as the UI thread sees them)."""
        return frozenset(self._jobs)

    def submit(self, name: str, body: JobBody) -> Job:
        """Starts ``body(report)`` on the worker loop; connect to the job's signals right away."""
        if not self.alive:
            raise RuntimeError("the worker has been shut down")
        job = Job(name)
        self._jobs.add(job)
        job.ended.connect(self._forget)
        job._attach(asyncio.run_coroutine_threadsafe(body(job._reported.emit), self._loop))
        return job

    def _forget(self) -> None:
        self._jobs.discard(self.sender())

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def shutdown(self, timeout: float = 5.0) -> None:
        """Cancels every job, lets their clean-up run, stops the loop and joins the thread."""
        if not self.alive:
            return
        self.cancel_all()
        drained = asyncio.run_coroutine_threadsafe(self._drain(), self._loop)
        with suppress(Exception):  # clean-up that overruns must not keep the app from closing
            drained.result(timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)
        if not self._thread.is_alive():
            self._loop.close()

    async def _drain(self) -> None:
        current = asyncio.current_task()
        tasks = [task for task in asyncio.all_tasks() if task is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._loop.shutdown_asyncgens()
        await self._loop.shutdown_default_executor()
