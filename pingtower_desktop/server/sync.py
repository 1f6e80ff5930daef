"""Applying a sync plan: local writes first, then the server calls, each step journaled.

Local copies (create/update here) are saved in one repository batch; deletions here one by one.
Server calls go one at a time over one pooled connection, each recorded in the journal before and
after, so a run cut off at any point resumes without duplicates. A refused login (401/403) or a
server that stops answering ends the run at once; everything not done is reported, nothing is lost.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field, replace
from typing import Any

from ..channel_service import ChannelService
from ..channels import ChannelInvalid, ChannelType
from ..errors import ServerFailure
from ..storage.oplog import Cause, Origin
from ..storage.repository import ChannelNotFound
from ..text import message_of, msg
from .client import ServerClient
from .dialects import ServerChannel
from .errors import ErrorKind, ServerError
from .snapshot import seen_form
from .sync_plan import (
    LOCAL_OPS,
    SERVER_OPS,
    CreateHere,
    CreateOnServer,
    DeleteHere,
    DeleteOnServer,
    Forget,
    LinkBoth,
    Merge,
    Overtaken,
    PlanItem,
    Planner,
    Skip,
    SyncPlan,
    UpdateHere,
    UpdateOnServer,
    state_digest,
)
from .sync_state import CREATED_HERE, Journal, SyncStateStore

Progress = Callable[[int, int, PlanItem], None]


class StalePlan(ServerFailure):
    """The sync state changed since the plan was made (another sync ran): plan again."""


@dataclass(repr=False)
class SyncReport:
    done: list[PlanItem] = field(default_factory=list)
    failed: list[tuple[PlanItem, str]] = field(default_factory=list)
    #: Not attempted because the run stopped early.
    not_done: list[PlanItem] = field(default_factory=list)
    conflicts: list[PlanItem] = field(default_factory=list)
    skipped: list[PlanItem] = field(default_factory=list)
    #: Steps not carried out because they wait for a consent (see ``PlanItem.consent``).
    waiting: list[PlanItem] = field(default_factory=list)
    #: Why the run stopped early (log in again; the server stopped answering), or None.
    stopped: str | None = None

    @property
    def ok(self) -> bool:
        undecided = any(item.consent is not None and item.consent.blocking for item in self.waiting)
        return not (self.failed or self.conflicts or self.stopped or undecided)

    def __repr__(self) -> str:
        return (
            f"<SyncReport done={len(self.done)} failed={len(self.failed)} conflicts={len(self.conflicts)} "
            f"stopped={self.stopped!r}>"
        )


class Applier:
    def __init__(
        self,
        planner: Planner,
        client: ServerClient,
        channels: ChannelService,
        origin: Origin,
        progress: Progress | None,
    ):
        self.planner = planner
        self.client = client
        self.channels = channels
        #: Every change here is logged as a part of this sync, from the face that asked for it.
        self.origin = origin.because(Cause.SYNC)
        self.progress = progress
        self.report = SyncReport()
        self._count = 0
        self._total = 0

    def _tick(self, item: PlanItem) -> None:
        self._count += 1
        if self.progress is not None:
            self.progress(self._count, self._total, item)

    async def run(self, plan: SyncPlan, journal: Journal) -> SyncReport:
        report = self.report
        report.conflicts = list(plan.conflicts)
        report.skipped = [item for item in plan.items if isinstance(item, Skip)]
        report.waiting = plan.waiting
        work = [item for item in plan.items if item.op in (*LOCAL_OPS, *SERVER_OPS) and not item.waiting]
        self._bookkeeping(plan, journal)
        try:
            moved = await self._changed_since_plan(work)
        except ServerError as error:
            report.stopped = message_of(error)
            report.not_done = work
            return report
        report.conflicts = [*report.conflicts, *moved.values()]
        work = [item for item in work if id(item) not in moved]
        self._total = len(work)
        # file and keyring calls in a thread: the event loop keeps serving other jobs meanwhile; the
        # operations log calls these changes "sync"
        saves = [item for item in work if isinstance(item, (CreateHere, UpdateHere))]
        await asyncio.to_thread(self._save_here, saves, journal)
        await asyncio.to_thread(self._delete_here, [item for item in work if isinstance(item, DeleteHere)], journal)
        server_work = [item for item in work if isinstance(item, (CreateOnServer, UpdateOnServer, DeleteOnServer))]
        for index, item in enumerate(server_work):
            try:
                done = await self._on_server(item, journal)
            except ServerError as error:
                if isinstance(item, CreateOnServer) and error.kind is ErrorKind.VALIDATION:
                    journal.record(e="abandon", local=item.local_id)  # refused, so certainly not created
                report.failed.append((item, message_of(error)))
                if error.stops_sync:
                    report.stopped = message_of(error)
                    report.not_done += server_work[index + 1 :]
                    break
            else:
                report.done.append(done)
            self._tick(item)
        return report

    def _seen(self, server: ServerChannel | None, kind: ChannelType) -> dict[str, Any] | None:
        """What to remember of the server's copy: only for a server whose read-back is lossy."""
        if server is None or self.planner.dialect.exact_read_back:
            return None
        return seen_form(server.configuration, kind.secret_keys, self.planner.fingerprint)

    async def _changed_since_plan(self, work: list[PlanItem]) -> dict[int, PlanItem]:
        """The steps whose channel changed, here or on the server, since the plan was made (another client,
        another window): each becomes a conflict instead of overwriting or deleting that change.
        Answers ``id(step)`` → the conflict it becomes."""
        here = await asyncio.to_thread(self._here_now, work)
        watched = [item for item in work if item.server is not None and not isinstance(item, CreateHere)]
        there = {channel.id: channel for channel in await self.client.list_channels()} if watched else {}
        made_here = {item.incoming.id for item in work if isinstance(item, CreateHere)}
        moved: dict[int, PlanItem] = {}
        for item in work:
            why = ""
            if item.local is not None and item.local_id in made_here:
                pass  # made by this very plan
            elif item.local is not None and item.local.id in here:
                seen = item.mine if isinstance(item, Merge) else item.local  # a merge sends other values
                if here[item.local.id] != seen.to_wire("include"):
                    why = msg("changed here after the plan was made")
            elif item.local is not None and not isinstance(item, CreateOnServer):
                why = msg("deleted here after the plan was made")
            if not why and item.server is not None and item in watched:
                now = there.get(item.server.id)
                if now is None and not isinstance(item, DeleteOnServer):
                    why = msg("deleted on the server after the plan was made")
                elif now is not None and _differs(now, item.server):
                    why = msg("changed on the server after the plan was made")
            if why:
                note = msg("{why}: nothing was overwritten — sync again to see both versions", why=why)
                moved[id(item)] = item.becomes(Overtaken, note=note)
        return moved

    def _here_now(self, work: list[PlanItem]) -> dict[str, dict[str, Any]]:
        """The channels here that the steps name, as they are now (secrets included)."""
        named = {item.local_id for item in work if item.local is not None}
        repo = self.channels.repo
        return {c.id: repo.with_secrets(c).to_wire("include") for c in repo.list() if c.id in named}

    def _bookkeeping(self, plan: SyncPlan, journal: Journal) -> None:
        for item in plan.items:
            if isinstance(item, LinkBoth):
                seen = self._seen(item.server, item.local.type) if item.local else None
                journal.record(e="link", local=item.local_id, server=item.server_id, base=item.base, seen=seen)
            elif isinstance(item, Forget) or (
                isinstance(item, CreateOnServer) and item.local_id in journal.state.links
            ):
                journal.record(e="unlink", local=item.local_id)

    def _save_here(self, items: list[CreateHere | UpdateHere], journal: Journal) -> None:
        if not items:
            return
        for item in items:
            if isinstance(item, CreateHere):
                journal.record(e="pulling", local=item.incoming.id, server=item.server_id)
        try:
            self.channels.take([item.incoming for item in items], origin=self.origin)
            saved = items
        except ChannelInvalid:  # find the one that cannot be saved; save the others
            saved = []
            for item in items:
                try:
                    self.channels.take([item.incoming], origin=self.origin)
                    saved.append(item)
                except ChannelInvalid as error:
                    journal.record(e="abandon", local=item.incoming.id)
                    self.report.failed.append(
                        (item, msg("could not save '{name}' here: {error}", name=item.incoming.name, error=error))
                    )
                    self._tick(item)
        for item in saved:
            base = self.planner.snap(item.incoming)
            seen = self._seen(item.server, item.incoming.type)
            journal.record(e="link", local=item.incoming.id, server=item.server_id, base=base, seen=seen)
            self.report.done.append(item)
            self._tick(item)

    def _delete_here(self, items: list[DeleteHere], journal: Journal) -> None:
        for item in items:
            with suppress(ChannelNotFound):  # already gone: the goal is reached
                self.channels.drop(item.local_id, origin=self.origin)
            journal.record(e="unlink", local=item.local_id)
            self.report.done.append(item)
            self._tick(item)

    async def _on_server(self, item: CreateOnServer | UpdateOnServer | DeleteOnServer, journal: Journal) -> PlanItem:
        """Carries out one server step; answers it as done (a created channel's step names its new server id)."""
        if isinstance(item, CreateOnServer):
            local = item.local
            journal.record(e="creating", local=local.id, name=local.name, type=local.type.name)
            created = await self.client.create_channel(local)
            base, seen = self.planner.snap(local), self._seen(created, local.type)
            journal.record(e="link", local=local.id, server=created.id, base=base, seen=seen, origin=CREATED_HERE)
            return replace(item, server_id=created.id)
        if isinstance(item, UpdateOnServer):
            extras = item.server.extras if item.server else None
            stored = await self.client.update_channel(item.server_id, item.local, extras)
            if isinstance(item, Merge):  # the server has it: now here too (a failed send changed nothing)
                await asyncio.to_thread(self.channels.take, [item.local], origin=self.origin)
            base, seen = self.planner.snap(item.local), self._seen(stored, item.local.type)
            journal.record(e="link", local=item.local_id, server=item.server_id, base=base, seen=seen)
            return item
        await self.client.delete_channel(item.server_id)
        journal.record(e="unlink", local=item.local_id)
        return item


def _differs(now: ServerChannel, then: ServerChannel) -> bool:
    """The server's ``updatedAt`` where it gives one, the channel's values otherwise."""
    if now.updated_at and then.updated_at:
        return now.updated_at != then.updated_at
    return (now.name, now.configuration, now.enabled, now.extras) != (
        then.name,
        then.configuration,
        then.enabled,
        then.extras,
    )


async def apply_plan(
    plan: SyncPlan,
    *,
    planner: Planner,
    client: ServerClient,
    channels: ChannelService,
    origin: Origin,
    store: SyncStateStore,
    progress: Progress | None = None,
) -> SyncReport:
    """Carry out ``plan`` (conflicts left in it are skipped and reported); ``origin``: who asked for the sync."""
    planner.fingerprint.keep()  # the snapshots about to be stored were made with it
    with store.session(plan.server_url) as journal:
        if state_digest(journal.state) != plan.state_version:
            raise StalePlan(msg("another sync ran since this plan was made: make the plan again"))
        return await Applier(planner, client, channels, origin, progress).run(plan, journal)
