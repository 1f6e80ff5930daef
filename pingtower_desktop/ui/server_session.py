"""The server features as the window sees them: one ServerService, every call on the worker, the last status.

The service (and with it httpx and the sync engine) is made on the worker by the first job, so
the window opens without loading them. Job bodies turn the failures a person can act on into a
:class:`Failure` result; a job's ``failed`` signal is left for bugs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..server.states import LOGIN_NEEDED, ServerState
from .context import AppContext
from .worker import Job

if TYPE_CHECKING:
    from ..channels import Channel
    from ..server.service import ServerService, ServerStatus
    from ..server.sync import SyncReport
    from ..server.sync_plan import SyncPlan


class FailureKind(StrEnum):
    """What a server job's failure calls for (the window acts on these, and words each its own way)."""

    AUTH = "auth"  # log in again
    UNREACHABLE = "unreachable"  # the server does not answer
    NOT_LOGGED_IN = "not-logged-in"
    STALE = "stale"  # another sync ran: plan again
    INPUT = "input"  # what was typed to log in
    NOT_SYNCED = "not-synced"
    LOCAL = "local"  # a file or the keyring here
    SERVER = "server"  # anything else the server said


@dataclass(frozen=True)
class Failure:
    """A server job that did not get its result, for a reason the user can act on."""

    kind: FailureKind
    #: The core's message (translated where shown, through ``core_tr``).
    message: str


def failure_of(error: Exception) -> Failure | None:
    """The Failure an exception from the server core stands for; None for a bug."""
    from ..errors import describe
    from ..server.errors import UNREACHABLE, ErrorKind, LoginInputError, NotSynced, ServerError
    from ..server.service import NotLoggedIn
    from ..server.sync import StalePlan

    said = describe(error)
    if said is None:
        return None
    if isinstance(error, ServerError):
        if error.kind is ErrorKind.AUTH:
            return Failure(FailureKind.AUTH, said)
        return Failure(FailureKind.UNREACHABLE if error.kind in UNREACHABLE else FailureKind.SERVER, said)
    kinds: dict[type[Exception], FailureKind] = {
        NotLoggedIn: FailureKind.NOT_LOGGED_IN,
        StalePlan: FailureKind.STALE,
        LoginInputError: FailureKind.INPUT,
        NotSynced: FailureKind.NOT_SYNCED,
    }
    return Failure(next((kind for cls, kind in kinds.items() if isinstance(error, cls)), FailureKind.LOCAL), said)


@dataclass(frozen=True)
class Synced:
    report: SyncReport
    #: Local id → server id once the sync is done.
    server_ids: dict[str, str]


Work = Callable[["ServerService", Callable[[Any], None]], Awaitable[Any]]


class ServerSession(QObject):
    """Submits the server calls and keeps what the window shows: the status and the synced ids."""

    status_changed = Signal(object)  # ServerStatus
    server_ids_changed = Signal(object)  # dict[str, str]: local id → server id

    def __init__(self, context: AppContext, parent: QObject | None = None, *, timeout: float | None = None) -> None:
        super().__init__(parent)
        self.context = context
        #: Seconds per server call (None: the core's default).
        self.timeout = timeout
        self.status: ServerStatus | None = None
        self.server_ids: dict[str, str] = {}
        self.checking = False
        self._service: ServerService | None = None
        self._refresh_job: Job | None = None

    # --- the jobs ---

    def _service_now(self) -> ServerService:
        """Runs on the worker: makes the service on first use."""
        from ..server.service import ServerService

        if self._service is None:
            context = self.context
            self._service = ServerService(context.paths, context.secrets, context.repo)
        if self.timeout is not None:
            self._service.timeout = self.timeout
        return self._service

    def _submit(self, name: str, work: Work) -> Job:
        async def body(report):
            service = self._service_now()
            try:
                return await work(service, report)
            except Exception as error:
                failure = failure_of(error)
                if failure is None:
                    raise
                return failure

        return self.context.worker.submit(name, body)

    def refresh(self) -> Job:
        """What is known locally (reported first), then one request to the server."""
        if self._refresh_job is not None:
            self._refresh_job.cancel()

        async def work(service, report):
            ids = service.server_ids()
            local = service.local_status()
            report((local, ids))
            return (await service.status(), ids)

        job = self._submit("server status", work)
        self._refresh_job = job
        self.checking = True
        job.progress.connect(self._statuses_arrived)
        job.finished.connect(self._statuses_arrived)
        job.ended.connect(lambda: self._refresh_ended(job))
        return job

    def login(
        self,
        url: str,
        *,
        email: str = "",
        password: str | None = None,
        token: str | None = None,
        dialect: str | None,
        ca_file: str = "",
    ) -> Job:
        """``finished`` carries (ServerStatus, server ids) or a Failure."""

        async def work(service, report):
            status = await service.login(
                url, email=email, password=password, token=token, dialect_name=dialect, ca_file=ca_file
            )
            return (status, service.server_ids())

        job = self._submit("server login", work)
        job.finished.connect(self._statuses_arrived)
        return job

    def logout(self) -> Job:
        async def work(service, report):
            service.logout()
            return (service.local_status(), service.server_ids())

        job = self._submit("server logout", work)
        job.finished.connect(self._statuses_arrived)
        return job

    def set_max_channels(self, limit: int) -> Job:
        """Keeps how many channels a sync takes from the server; ``finished`` carries the new status."""

        async def work(service, report):
            await asyncio.to_thread(service.set_max_channels, limit)
            return (service.local_status(), service.server_ids())

        job = self._submit("server channel limit", work)
        job.finished.connect(self._statuses_arrived)
        return job

    def plan(self) -> Job:
        """``finished`` carries a SyncPlan or a Failure (one request: the list)."""

        async def work(service, report):
            return await service.plan()

        job = self._submit("sync plan", work)
        job.finished.connect(self._planned)
        return job

    def apply(self, plan: SyncPlan) -> Job:
        """``progress`` carries (done, total, item); ``finished`` a :class:`Synced` or a Failure."""

        async def work(service, report):
            outcome = await service.apply(plan, progress=lambda done, total, item: report((done, total, item)))
            return Synced(outcome, service.server_ids())

        job = self._submit("sync", work)
        job.finished.connect(self._noted)
        return job

    def test(self, channel: Channel, *, message: str | None, username: str | None) -> Job:
        """The server sends a test; ``finished`` carries a DeliveryResult (recorded as route "server") or a Failure."""
        deliverer = self.context.deliverer

        async def work(service, report):
            result = await service.test(channel, message=message, username=username)
            deliverer.record(channel, result, route="server")
            return result

        job = self._submit(f"test {channel.name} via server", work)
        job.finished.connect(self._tested)
        return job

    # --- what the results mean for the status ---

    def _statuses_arrived(self, outcome: Any) -> None:
        if isinstance(outcome, Failure):
            self.note_failure(outcome)
            return
        status, ids = outcome
        self._set_ids(ids)
        self._set_status(status)

    def _refresh_ended(self, job: Job) -> None:
        if job is self._refresh_job:
            self._refresh_job = None
            self.checking = False
            if self.status is not None:
                self.status_changed.emit(self.status)

    def _planned(self, outcome: Any) -> None:
        if isinstance(outcome, Failure):
            self.note_failure(outcome)
        elif self.status is not None and self.status.profile is not None:
            self._set_status(replace(self.status, state=ServerState.CONNECTED, channels_on_server=outcome.server_count))

    def _noted(self, outcome: Any) -> None:
        if isinstance(outcome, Failure):
            self.note_failure(outcome)
        else:
            self._set_ids(outcome.server_ids)

    def _tested(self, outcome: Any) -> None:
        if isinstance(outcome, Failure):
            self.note_failure(outcome)
        elif outcome.status_code in (401, 403) and self.status is not None:
            self._set_status(replace(self.status, state=ServerState.REFUSED, message=outcome.message))

    def note_failure(self, failure: Failure) -> None:
        """A refused login or an unreachable server changes the status without asking the server again."""
        if self.status is None or self.status.profile is None:
            return
        if failure.kind is FailureKind.AUTH:
            self._set_status(replace(self.status, state=ServerState.REFUSED, message=failure.message))
        elif failure.kind is FailureKind.UNREACHABLE:
            self._set_status(replace(self.status, state=ServerState.OFFLINE, message=failure.message))
        elif failure.kind is FailureKind.NOT_LOGGED_IN:
            self.refresh()

    def _set_status(self, status: ServerStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _set_ids(self, ids: dict[str, str]) -> None:
        if ids != self.server_ids:
            self.server_ids = dict(ids)
            self.server_ids_changed.emit(self.server_ids)

    @property
    def set_up(self) -> bool:
        """A server profile exists (the list then shows sync badges)."""
        return self.status is not None and self.status.profile is not None

    @property
    def login_needed(self) -> bool:
        return self.status is not None and self.status.profile is not None and self.status.state in LOGIN_NEEDED
