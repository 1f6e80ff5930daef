"""The sync plan: a three-way comparison of the local channels, the server's, and the last sync.

Per channel, against the snapshot both sides agreed on at the last sync:
- changed on one side only → that side's version goes to the other;
- changed on both sides (differently) → a conflict: nothing is overwritten until it is resolved
  (keep mine, keep the server's, keep both);
- deleted on one side, changed on the other → kept (copied back to where it was deleted), reported;
- new on one side → created on the other; a channel of the same name and type on both sides is
  linked when they agree and a conflict when they do not, so nothing is ever created twice.
Planning makes no request and writes nothing: ``--dry-run`` prints this.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any, ClassVar, Literal, Self, TypeVar

from ..channels import Channel, ChannelInvalid, ChannelType, channel_type, mask
from ..channels.base import NAME_MAX, new_id
from ..text import Text, joined, message_of, msg
from .dialects import Dialect, ServerChannel
from .ops import Consent, Op
from .snapshot import Fingerprints, Snapshot, read_server_channel, snapshot
from .sync_state import CREATED_HERE, Link, SyncState

Choice = Literal["local", "server", "both"]


SERVER_OPS = (Op.CREATE_ON_SERVER, Op.UPDATE_ON_SERVER, Op.DELETE_ON_SERVER)
CANNOT_CREATE = msg(
    "this server cannot create channels through its API (a known defect of the reference server): "
    "it stays on this computer"
)
COPY_HERE_NOTE = msg(
    "on the server but not made by this computer (the server shows every user's channels): "
    "copied here only if you agree"
)
DELETE_THERE_NOTE = msg("deleted there only if you confirm it by name")
LOCAL_OPS = (Op.CREATE_HERE, Op.UPDATE_HERE, Op.DELETE_HERE)


@dataclass(frozen=True, kw_only=True, repr=False)
class PlanItem:
    """One step of a plan. Each kind of step is its own class (below) that says which fields it needs;
    steps are values: carrying one out, agreeing to it or resolving it makes a new one."""

    op: ClassVar[Op]
    name: str
    local_id: str | None = None
    server_id: str | None = None
    #: The local channel, secrets included (what is sent for server ops).
    local: Channel | None = None
    server: ServerChannel | None = None
    #: The server's version as a local channel (what is saved for CREATE_HERE/UPDATE_HERE; a conflict's other side).
    incoming: Channel | None = None
    #: For LINK: the snapshot both sides agree on.
    base: Snapshot | None = None
    note: str = ""
    #: A deletion that was not carried out because the other side changed the channel.
    kept: bool = False
    #: What the person must agree to before this step is carried out (None: nothing).
    consent: Consent | None = None
    agreed: bool = False

    @property
    def waiting(self) -> bool:
        """True while the step needs a consent not yet given."""
        return self.consent is not None and not self.agreed

    def __repr__(self) -> str:  # short: asyncio may repr a whole plan, and channels are long
        return f"<{type(self).__name__}: {self.name!r}>"

    def becomes(self, kind: type[Step], **changes: Any) -> Step:
        """This step as another kind (what a guard or a resolved conflict turns it into)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return kind(**(values | changes))

    def noted(self, more: str) -> Self:
        """This step with one more part in its note."""
        return replace(self, note=also(self.note, more))

    def side_by_side(self) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """This computer's and the server's version in the wire format, secrets masked (for a conflict dialog)."""
        mine = self.local.to_wire(secrets="mask", with_id=False) if self.local else None
        if self.incoming is not None:
            theirs = self.incoming.to_wire(secrets="mask", with_id=False)
        elif self.server is not None:
            theirs = _masked_server_copy(self.server)
        else:
            theirs = None
        return mine, theirs

    def line(self) -> str:
        where = msg(" [server id {server_id}]", server_id=self.server_id) if self.server_id else ""
        note = msg(" — {note}", note=self.note) if self.note else ""
        return msg("{step}: {name}{where}{note}", step=self.op.label, name=self.name, where=where, note=note)


Step = TypeVar("Step", bound=PlanItem)


@dataclass(frozen=True, kw_only=True, repr=False)
class CreateOnServer(PlanItem):
    op = Op.CREATE_ON_SERVER
    local_id: str
    local: Channel


@dataclass(frozen=True, kw_only=True, repr=False)
class UpdateOnServer(PlanItem):
    op = Op.UPDATE_ON_SERVER
    local_id: str
    server_id: str
    local: Channel


@dataclass(frozen=True, kw_only=True, repr=False)
class Merge(UpdateOnServer):
    """A conflict settled setting by setting: ``local`` (this computer's version with some of the server's
    values) is sent to the server, then saved here; ``mine`` is this computer's version as the plan saw it."""

    mine: Channel


@dataclass(frozen=True, kw_only=True, repr=False)
class DeleteOnServer(PlanItem):
    op = Op.DELETE_ON_SERVER
    server_id: str
    server: ServerChannel


@dataclass(frozen=True, kw_only=True, repr=False)
class CreateHere(PlanItem):
    op = Op.CREATE_HERE
    server_id: str
    incoming: Channel


@dataclass(frozen=True, kw_only=True, repr=False)
class UpdateHere(PlanItem):
    op = Op.UPDATE_HERE
    server_id: str
    incoming: Channel


@dataclass(frozen=True, kw_only=True, repr=False)
class DeleteHere(PlanItem):
    op = Op.DELETE_HERE
    local_id: str


@dataclass(frozen=True, kw_only=True, repr=False)
class LinkBoth(PlanItem):
    """Both sides already agree: only the link (and its base snapshot) is recorded."""

    op = Op.LINK
    local_id: str
    server_id: str
    base: Snapshot


@dataclass(frozen=True, kw_only=True, repr=False)
class Forget(PlanItem):
    op = Op.FORGET
    local_id: str


@dataclass(frozen=True, kw_only=True, repr=False)
class Conflict(PlanItem):
    op = Op.CONFLICT
    local_id: str
    server_id: str
    local: Channel
    server: ServerChannel


@dataclass(frozen=True, kw_only=True, repr=False)
class Overtaken(PlanItem):
    """A step whose channel changed after the plan was made: not carried out, reported as a conflict
    that the next sync shows with both versions."""

    op = Op.CONFLICT


@dataclass(frozen=True, kw_only=True, repr=False)
class Skip(PlanItem):
    op = Op.SKIP


@dataclass(frozen=True, kw_only=True, repr=False)
class KeepHere(PlanItem):
    op = Op.KEEP_HERE


def _masked_server_copy(server: ServerChannel) -> dict[str, Any]:
    try:
        secret_keys = set(channel_type(server.type).secret_keys)
    except KeyError:
        secret_keys = set()
    configuration = {k: mask(str(v)) if k in secret_keys and v else v for k, v in server.configuration.items()}
    wire = {"name": server.name, "type": server.type, "configuration": configuration, "enabled": server.enabled}
    if server.is_default is not None:
        wire["isDefault"] = server.is_default
    return wire


#: A server copy's name when its own is taken here: part of a name (data, the same on both sides), not a message.
SERVER_COPY_SUFFIX = " (server {})"


def also(note: str, more: str) -> str:
    """A plan note with one more part (parts are joined with "; "; either may be empty)."""
    return joined("; ", [note, more]) if note and more else note or more


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


_CHANNEL_KEYS = {"name": msg("name"), "type": msg("type"), "enabled": msg("enabled"), "isDefault": msg("default")}


def field_names(kind: ChannelType, keys: Iterable[str]) -> Text:
    """Fields as people know them from the form ("From address"), not by the wire's keys ("fromEmail")."""

    def named(key: str) -> str:
        top, _, rest = key.removeprefix("configuration.").partition(".")
        if top in _CHANNEL_KEYS:
            return _CHANNEL_KEYS[top]
        try:
            label = Text(kind.spec(top).label)  # a declared text: the catalogue has it
        except KeyError:
            return key
        return msg("{field} ({part})", field=label, part=rest) if rest else label

    return joined(", ", [named(key) for key in keys])


def merge_settings(mine: Channel, theirs: Channel, keys: Collection[str]) -> Channel:
    """``mine`` with the server's values of the settings ``keys`` names ("name", "enabled", "url" …)."""
    wire, other = mine.to_wire("include"), theirs.to_wire("include")
    for key in keys:
        if key in ("name", "enabled", "isDefault"):
            wire[key] = other[key]
        elif key in other["configuration"]:
            wire["configuration"][key] = other["configuration"][key]
        else:
            wire["configuration"].pop(key, None)
    try:
        return Channel.from_wire(wire)
    except ChannelInvalid as error:
        raise ValueError(msg("these settings together do not make a valid channel: {error}", error=error)) from None


def changed_keys(before: Snapshot, after: Snapshot) -> list[str]:
    keys = [k for k in ("name", "type", "enabled", "isDefault") if before.get(k) != after.get(k)]
    old, new = before.get("configuration", {}), after.get("configuration", {})
    keys += [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
    return keys


def _free_name(name: str, taken: set[str]) -> str:
    for number in range(1, 1000):
        suffix = " (server)" if number == 1 else SERVER_COPY_SUFFIX.format(number)
        candidate = name[: NAME_MAX - len(suffix)] + suffix
        if _fold(candidate) not in taken:
            return candidate
    raise ValueError(msg("no free name for {name}", name=f"{name!r}"))


def state_digest(state: SyncState) -> str:
    return hashlib.sha256(json.dumps(state.to_json(), sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True, repr=False)
class SyncPlan:
    """A plan is a value: agreeing to steps or resolving a conflict answers a new plan."""

    server_url: str
    dialect: Dialect
    items: tuple[PlanItem, ...]
    #: Local ids that were linked to the server before this plan.
    linked: frozenset[str]
    #: The sync state this plan was made from; applying it to a changed state is refused.
    state_version: str
    local_count: int
    server_count: int
    #: Folded names the local channels will have once the plan is applied.
    taken_names: frozenset[str] = frozenset()
    #: The planner's last look at a step (what the server makes of it): applied to the steps
    #: a resolved conflict becomes.
    guard: Callable[[PlanItem], PlanItem] = field(default=lambda item: item, repr=False)

    def __repr__(self) -> str:
        return f"<SyncPlan {self.server_url}: {len(self.items)} item(s), {len(self.conflicts)} conflict(s)>"

    @property
    def conflicts(self) -> list[Conflict]:
        return [item for item in self.items if isinstance(item, Conflict)]

    @property
    def actions(self) -> list[PlanItem]:
        """Items that change something a person would notice (not LINK/FORGET bookkeeping)."""
        return [item for item in self.items if not isinstance(item, (LinkBoth, Forget))]

    def requests(self) -> int:
        """How many server calls applying the plan makes."""
        return sum(1 for item in self.items if item.op in SERVER_OPS and not item.waiting)

    @property
    def waiting(self) -> list[PlanItem]:
        """Steps waiting for the person's consent."""
        return [item for item in self.items if item.waiting]

    def agree(self, consent: Consent, names: set[str] | None = None) -> SyncPlan:
        """The plan with ``consent`` given to the steps that ask for it (only those of these channel names, when given)."""
        folded = {_fold(name) for name in names} if names is not None else None

        def asked(item: PlanItem) -> bool:
            return item.consent is consent and (folded is None or _fold(item.name) in folded)

        return self.with_agreed(lambda item: item.agreed or asked(item))

    def with_agreed(self, agreed: Callable[[PlanItem], bool]) -> SyncPlan:
        """The plan with each step that asks for consent agreed or not as ``agreed`` says."""
        items = tuple(
            replace(item, agreed=agreed(item)) if item.consent is not None and agreed(item) != item.agreed else item
            for item in self.items
        )
        return replace(self, items=items)

    def names_if_both(self, item: Conflict) -> tuple[str, str]:
        """The two channels "keep both" makes: this computer's name, and the name the server's version gets."""
        theirs = item.incoming.name if item.incoming is not None else item.name
        return item.name, _free_name(theirs, set(self.taken_names | {_fold(item.name)}))

    def resolve(self, item: Conflict, choice: Choice) -> SyncPlan:
        """The plan with a conflict replaced by what ``choice`` means."""
        if not isinstance(item, Conflict):
            raise ValueError(msg("'{name}' is not a conflict", name=item.name))
        if choice != "local" and item.incoming is None:
            raise ValueError(
                msg("the server's copy of '{name}' cannot be kept here: {note}", name=item.name, note=item.note)
            )
        taken = self.taken_names
        new: list[PlanItem]
        if choice == "local":
            new = [item.becomes(UpdateOnServer, note=msg("conflict: kept this computer's version"))]
        elif choice == "server":
            new = [item.becomes(UpdateHere, note=msg("conflict: kept the server's version"))]
        elif choice == "both" and item.incoming is not None:
            _mine, copy_name = self.names_if_both(item)
            taken = taken | {_fold(copy_name)}
            copy = item.incoming.replace(id=new_id(), name=copy_name)
            note = msg(
                "conflict: kept both — this computer's '{name}' and the server's '{copy_name}', on both sides",
                name=item.name,
                copy_name=copy_name,
            )
            new = [
                item.becomes(CreateHere, local_id=copy.id, local=None, incoming=copy, note=note),
                item.becomes(UpdateOnServer, name=copy_name, local_id=copy.id, local=copy, note=note),
                item.becomes(CreateOnServer, server_id=None, server=None, incoming=None, note=note),
            ]
        else:
            raise ValueError(msg("unknown choice {choice} (local, server or both)", choice=f"{choice!r}"))
        new = [self.guard(step) for step in new]
        index = self.items.index(item)
        return replace(self, items=(*self.items[:index], *new, *self.items[index + 1 :]), taken_names=taken)

    def merge(self, item: Conflict, theirs: Collection[str]) -> SyncPlan:
        """The plan with a conflict settled setting by setting: the server's values of the settings in ``theirs``,
        this computer's of the others; the result is sent to the server, then saved here."""
        if item.incoming is None:
            raise ValueError(
                msg("the server's copy of '{name}' cannot be kept here: {note}", name=item.name, note=item.note)
            )
        merged = merge_settings(item.local, item.incoming, theirs)
        fields_ = field_names(item.local.type, sorted(theirs))
        note = msg("conflict: this computer's version with the server's {fields}", fields=fields_)
        step = self.guard(item.becomes(Merge, local=merged, mine=item.local, note=note))
        index = self.items.index(item)
        return replace(self, items=(*self.items[:index], step, *self.items[index + 1 :]))

    def prefer(self, side: Choice) -> SyncPlan:
        """The plan with every conflict resolved the same way (``--prefer``); conflicts that cannot be
        resolved so stay, with the reason in their note."""
        plan = self
        for item in self.conflicts:
            try:
                plan = plan.resolve(item, side)
            except ValueError as error:
                items = tuple(item.noted(message_of(error)) if step is item else step for step in plan.items)
                plan = replace(plan, items=items)
        return plan

    def badges(self) -> dict[str, str]:
        """Local id → what the sync will do with that channel, in words ("in sync" when nothing)."""
        in_sync = msg("in sync")
        badges: dict[str, str] = dict.fromkeys(self.linked, in_sync)
        for item in self.items:
            if item.local_id and item.op not in (Op.LINK, Op.FORGET):
                badges[item.local_id] = item.op.label
            elif item.local_id and item.op is Op.LINK:
                badges[item.local_id] = in_sync
        return badges


class Planner:
    def __init__(self, dialect: Dialect, fingerprint: Fingerprints):
        self.dialect = dialect
        self.fingerprint = fingerprint

    def snap(self, channel: Channel) -> Snapshot:
        return snapshot(channel, self.fingerprint, with_default=self.dialect.default_channel)

    def plan(
        self,
        local: list[Channel],
        server: list[ServerChannel],
        state: SyncState,
        *,
        server_url: str,
        local_complete: bool = True,
    ) -> SyncPlan:
        """``local`` must carry their secrets; ``local_complete`` is False when some stored channels
        could not be read (then nothing is deleted on the server)."""
        local_by_id = {channel.id: channel for channel in local}
        server_by_id = {channel.id: channel for channel in server}
        links = dict(state.links)
        linked_servers = {link.server_id for link in links.values()}
        for local_id, server_id in state.pulling.items():  # a copy here that a cut-off run made
            known = local_id in local_by_id and server_id in server_by_id
            if known and local_id not in links and server_id not in linked_servers:
                links[local_id] = Link(local_id, server_id, self.snap(local_by_id[local_id]))
                linked_servers.add(server_id)
        items: list[PlanItem] = []
        for link in links.values():
            items += self._linked(link, local_by_id.get(link.local_id), server_by_id.get(link.server_id))
        unlinked_local = [c for c in local if c.id not in links]
        unlinked_server = [c for c in server if c.id not in linked_servers]
        items += self._unlinked(unlinked_local, unlinked_server, state)
        server_reset = bool(links) and not any(link.server_id in server_by_id for link in links.values())
        items = [self._guarded(item, server_reset=server_reset, local_complete=local_complete) for item in items]
        taken = {_fold(c.name) for c in local}
        items = self._free_names(items, taken)
        return SyncPlan(
            server_url=server_url,
            dialect=self.dialect,
            items=tuple(items),
            linked=frozenset(link.local_id for link in state.links.values()),
            state_version=state_digest(state),
            local_count=len(local),
            server_count=len(server),
            taken_names=frozenset(taken),
            guard=lambda item: self._guarded(item, server_reset=False, local_complete=True),
        )

    def _guarded(self, item: PlanItem, *, server_reset: bool, local_complete: bool) -> PlanItem:
        """Turns the plan's irreversible or lossy steps into safe ones where the evidence is doubtful,
        and says what the server will make of what is sent."""
        if isinstance(item, DeleteHere) and item.local is not None and server_reset:
            note = msg(
                "the server has none of the synced channels any more (was it reset?): created again, not deleted here"
            )
            item = CreateOnServer(name=item.name, local_id=item.local_id, local=item.local, kept=True, note=note)
        if isinstance(item, DeleteOnServer) and not local_complete:
            note = msg("not deleted on the server: some channels here could not be read, so it may not be gone here")
            return item.becomes(Skip, kept=True, note=note)
        if isinstance(item, CreateOnServer) and not self.dialect.creates_channels:
            return item.becomes(KeepHere, note=CANNOT_CREATE)
        if isinstance(item, (CreateOnServer, UpdateOnServer)):
            try:
                item.local.validated()
            except ChannelInvalid as error:  # e.g. a secret missing from the keyring: never send it blank
                return item.becomes(Skip, note=msg("not sent to the server: {error}", error=error))
            ignored = self.dialect.ignored(item.local)
            if ignored:
                item = item.noted(msg("the server ignores {fields}", fields=field_names(item.local.type, ignored)))
            damaged = self.dialect.damaged(item.local)
            if damaged:
                why = joined("; ", damaged)
                item = item.noted(msg("sent only if you agree: the server cannot store it — {why}", why=why))
                item = replace(item, consent=Consent.SEND_ANYWAY)
        return item

    def _view(self, server: ServerChannel, local: Channel | None, base: Snapshot | None, seen=None):
        return read_server_channel(server, self.dialect, self.fingerprint, local=local, base=base, seen=seen)

    def _withheld(self, channel: Channel) -> str:
        keys = self.dialect.withheld_keys(channel)
        return (
            msg("{fields} stay on this computer (the server cannot store them)", fields=field_names(channel.type, keys))
            if keys
            else ""
        )

    def _linked(self, link: Link, local: Channel | None, server: ServerChannel | None) -> list[PlanItem]:
        ids: dict[str, Any] = {"local_id": link.local_id, "server_id": link.server_id}
        base = link.base
        if local is None and server is None:
            return [Forget(name=base.get("name", "?"), **ids, note=msg("deleted on both sides"))]
        if server is None:
            assert local is not None
            if self.snap(local) == base:
                return [DeleteHere(name=local.name, **ids, local=local, note=msg("deleted on the server"))]
            note: str = msg("deleted on the server but changed here: kept, and created on the server again")
            return [CreateOnServer(name=local.name, local_id=local.id, local=local, kept=True, note=note)]
        view = self._view(server, local, base, link.seen)
        if local is None:
            if view.compare == base:
                if self.dialect.shared_channels and link.origin != CREATED_HERE:
                    note = msg(
                        "deleted here; this computer did not create it on the server: {DELETE_THERE_NOTE}",
                        DELETE_THERE_NOTE=DELETE_THERE_NOTE,
                    )
                    return [
                        DeleteOnServer(name=server.name, **ids, server=server, note=note, consent=Consent.DELETE_THERE)
                    ]
                return [DeleteOnServer(name=server.name, **ids, server=server, note=msg("deleted here"))]
            if view.incoming is not None:
                incoming = view.incoming.replace(id=link.local_id)
                note = msg("deleted here but changed on the server: kept, and copied back here")
                return [CreateHere(name=server.name, **ids, server=server, incoming=incoming, kept=True, note=note)]
            note = msg(
                "deleted here but changed on the server: kept on the server only — {problem}", problem=view.problem
            )
            return [Skip(name=server.name, **ids, server=server, kept=True, note=note)]
        if view.compare is None:
            return [Skip(name=local.name, **ids, local=local, server=server, note=view.problem)]
        mine = self.snap(local)
        here, there = mine != base, view.compare != base
        common: dict[str, Any] = {"local": local, "server": server, **ids}
        if not here and not there:
            return []
        if here and not there:
            changed = msg("changed here: {fields}", fields=field_names(local.type, changed_keys(base, mine)))
            note = also(changed, self._withheld(local))
            return [UpdateOnServer(name=local.name, **common, incoming=view.incoming, note=note)]
        if there and not here:
            note = msg(
                "changed on the server: {fields}", fields=field_names(local.type, changed_keys(base, view.compare))
            )
            if view.incoming is None:
                return [Skip(name=server.name, **common, note=also(note, view.problem))]
            return [UpdateHere(name=server.name, **common, incoming=view.incoming, note=note)]
        if mine == view.compare:
            note = msg("the same change on both sides")
            return [LinkBoth(name=local.name, **common, incoming=view.incoming, base=mine, note=note)]
        note = msg(
            "changed on both sides — here: {fields_here}; on the server: {fields_there}",
            fields_here=field_names(local.type, changed_keys(base, mine)),
            fields_there=field_names(local.type, changed_keys(base, view.compare)),
        )
        return [Conflict(name=local.name, **common, incoming=view.incoming, note=note)]

    def _unlinked(self, local: list[Channel], server: list[ServerChannel], state: SyncState) -> list[PlanItem]:
        waiting: dict[tuple[str, str], list[ServerChannel]] = {}
        for listed in server:
            waiting.setdefault((_fold(listed.name), listed.type), []).append(listed)
        items: list[PlanItem] = []
        for channel in local:
            resumed: str = msg("resumed after a sync that was cut off") if channel.id in state.creating else ""
            twins = waiting.get((_fold(channel.name), channel.type.name))
            if not twins:
                withheld = self._withheld(channel)
                items.append(CreateOnServer(name=channel.name, local_id=channel.id, local=channel, note=withheld))
                continue
            twin = twins.pop(0)
            view = self._view(twin, channel, None)
            common: dict[str, Any] = {"local_id": channel.id, "server_id": twin.id, "local": channel, "server": twin}
            mine = self.snap(channel)
            if view.compare == mine:
                note = also(resumed, msg("already on the server"))
                items.append(LinkBoth(name=channel.name, **common, incoming=view.incoming, base=mine, note=note))
            elif view.compare is None:
                items.append(Skip(name=channel.name, **common, note=also(resumed, view.problem)))
            else:
                differ = field_names(channel.type, changed_keys(view.compare, mine))
                note = also(resumed, msg("both sides have it with different settings: {fields}", fields=differ))
                items.append(Conflict(name=channel.name, **common, incoming=view.incoming, note=note))
        for twins in waiting.values():
            for server_channel in twins:
                view = self._view(server_channel, None, None)
                there: dict[str, Any] = {
                    "name": server_channel.name,
                    "server_id": server_channel.id,
                    "server": server_channel,
                }
                if view.incoming is None:
                    items.append(Skip(**there, note=view.problem))
                    continue
                incoming = view.incoming
                if self.dialect.shared_channels:
                    consent: dict[str, Any] = {"note": COPY_HERE_NOTE, "consent": Consent.COPY_HERE}
                    items.append(CreateHere(**there, local_id=incoming.id, incoming=incoming, **consent))
                else:
                    items.append(CreateHere(**there, local_id=incoming.id, incoming=incoming))
        return items

    def _free_names(self, items: list[PlanItem], taken: set[str]) -> list[PlanItem]:
        """Channels copied here get a free name; the server's copy is renamed to match."""
        for item in items:
            if isinstance(item, (DeleteHere, UpdateHere)) and item.local is not None:
                taken.discard(_fold(item.local.name))
        named = list(items)
        renames: list[PlanItem] = []
        for kind in (UpdateHere, CreateHere):
            for index, item in enumerate(named):
                if not isinstance(item, kind):
                    continue
                if _fold(item.incoming.name) in taken:
                    name = _free_name(item.incoming.name, taken)
                    renamed = msg(
                        "renamed to '{name}' on both sides: '{taken}' is taken here",
                        name=name,
                        taken=item.incoming.name,
                    )
                    item = replace(item.noted(renamed), incoming=item.incoming.replace(name=name))
                    named[index] = item
                    local_id = item.local_id or item.incoming.id
                    renames.append(item.becomes(UpdateOnServer, name=name, local_id=local_id, local=item.incoming))
                taken.add(_fold(item.incoming.name))
        return named + renames
