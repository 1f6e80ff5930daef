"""The sync badge of each channel in the list: in sync, will push, will pull, conflict, local only.

Before a plan is made, the last sync's links are all there is: a linked channel is "in sync" (a
channel saved since then "will push"), any other "local only". A plan knows better.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..server.ops import Op
from .formatting import outcome_color, warning_color

if TYPE_CHECKING:
    from ..server.sync import SyncReport
    from ..server.sync_plan import PlanItem, SyncPlan

IN_SYNC, PUSH, PULL, CONFLICT, LOCAL_ONLY, NOT_SYNCED = "in sync", "push", "pull", "conflict", "local only", "skip"
# The order of the Sync column when sorted.
ORDER = (CONFLICT, NOT_SYNCED, PUSH, PULL, LOCAL_ONLY, IN_SYNC)
_SYMBOLS = {IN_SYNC: "✓", PUSH: "↑", PULL: "↓", CONFLICT: "⚠", LOCAL_ONLY: "⌂", NOT_SYNCED: "✘"}
_KINDS = {
    Op.CREATE_ON_SERVER: PUSH,
    Op.UPDATE_ON_SERVER: PUSH,
    Op.DELETE_ON_SERVER: PUSH,
    Op.CREATE_HERE: PULL,
    Op.UPDATE_HERE: PULL,
    Op.DELETE_HERE: PULL,
    Op.CONFLICT: CONFLICT,
    Op.SKIP: NOT_SYNCED,
    Op.KEEP_HERE: LOCAL_ONLY,
}


class Badge(NamedTuple):
    kind: str
    # Why, in the core's words (a plan note or a failure), for the tooltip.
    detail: str = ""

    @property
    def symbol(self) -> str:
        return _SYMBOLS.get(self.kind, "")

    def text(self) -> str:
        """The badge in words (tooltip and screen readers)."""
        words = {
            IN_SYNC: QCoreApplication.translate("sync_badges", "In sync"),
            PUSH: QCoreApplication.translate("sync_badges", "Will push to the server"),
            PULL: QCoreApplication.translate("sync_badges", "Will pull from the server"),
            CONFLICT: QCoreApplication.translate("sync_badges", "Conflict"),
            LOCAL_ONLY: QCoreApplication.translate("sync_badges", "Local only"),
            NOT_SYNCED: QCoreApplication.translate("sync_badges", "Cannot be synced"),
        }
        return words.get(self.kind, self.kind)

    def color(self) -> QColor | None:
        if self.kind == IN_SYNC:
            return outcome_color(True)
        if self.kind == NOT_SYNCED:
            return outcome_color(False)
        if self.kind == CONFLICT:
            return warning_color()
        return None


def kind_of(op: Op) -> str:
    return _KINDS.get(op, IN_SYNC)


def from_links(server_ids: dict[str, str]) -> dict[str, Badge]:
    return dict.fromkeys(server_ids, Badge(IN_SYNC))


def from_plan(plan: SyncPlan) -> dict[str, Badge]:
    """What the plan will do with each channel here (its last step), with the note of its first."""
    kinds = dict.fromkeys(plan.linked, IN_SYNC)
    notes: dict[str, str] = {}
    for item in plan.items:
        if item.local_id and item.local_id not in notes:
            notes[item.local_id] = item.note
        if item.local_id and item.op is not Op.FORGET:
            kinds[item.local_id] = kind_of(item.op)
    return {local_id: Badge(kind, notes.get(local_id, "")) for local_id, kind in kinds.items()}


def after_sync(report: SyncReport, server_ids: dict[str, str]) -> dict[str, Badge]:
    """Linked channels are in sync, except what failed, was not reached, is in conflict or cannot be synced."""
    badges = from_links(server_ids)

    def mark(item: PlanItem, kind: str, detail: str) -> None:
        if item.local_id:
            badges[item.local_id] = Badge(kind, detail)

    for item, message in report.failed:
        mark(item, kind_of(item.op), message)
    for item in report.not_done:
        mark(item, kind_of(item.op), report.stopped or "")
    for item in report.skipped:
        mark(item, NOT_SYNCED, item.note)
    for item in report.conflicts:
        mark(item, CONFLICT, item.note)
    return badges
