"""The sync badge of each channel in the list: in sync, will push, will pull, conflict, local only.

Before a plan is made, the last sync's links are all there is: a linked channel is "in sync" (a
channel saved since then "will push"), any other "local only". A plan knows better.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from .formatting import outcome_color, warning_color

if TYPE_CHECKING:
    from ..server.sync import SyncReport
    from ..server.sync_plan import PlanItem, SyncPlan

IN_SYNC, PUSH, PULL, CONFLICT, LOCAL_ONLY, NOT_SYNCED = "in sync", "push", "pull", "conflict", "local only", "skip"
# The order of the Sync column when sorted.
ORDER = (CONFLICT, NOT_SYNCED, PUSH, PULL, LOCAL_ONLY, IN_SYNC)
_SYMBOLS = {IN_SYNC: "✓", PUSH: "↑", PULL: "↓", CONFLICT: "⚠", LOCAL_ONLY: "⌂", NOT_SYNCED: "✘"}
_PUSH_OPS = ("create on the server", "update on the server", "delete on the server")
_PULL_OPS = ("create here", "update here", "delete here")


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


def kind_of(op: str) -> str:
    if op in _PUSH_OPS:
        return PUSH
    if op in _PULL_OPS:
        return PULL
    if op == "conflict":
        return CONFLICT
    if op == "skip":
        return NOT_SYNCED
    if op == "keep here":
        return LOCAL_ONLY
    return IN_SYNC


def from_links(server_ids: dict[str, str]) -> dict[str, Badge]:
    return dict.fromkeys(server_ids, Badge(IN_SYNC))


def from_plan(plan: SyncPlan) -> dict[str, Badge]:
    notes: dict[str, str] = {}
    for item in plan.items:
        if item.local_id and item.local_id not in notes:
            notes[item.local_id] = item.note
    return {local_id: Badge(kind_of(op), notes.get(local_id, "")) for local_id, op in plan.badges().items()}


def after_sync(report: SyncReport, server_ids: dict[str, str]) -> dict[str, Badge]:
    """Linked channels are in sync, except what failed, was not reached, is in conflict or cannot be synced."""
    badges = from_links(server_ids)

    def mark(item: PlanItem, kind: str, detail: str) -> None:
        if item.local_id:
            badges[item.local_id] = Badge(kind, detail)

    for item, message in report.failed:
        mark(item, kind_of(item.op.value), message)
    for item in report.not_done:
        mark(item, kind_of(item.op.value), report.stopped or "")
    for item in report.skipped:
        mark(item, NOT_SYNCED, item.note)
    for item in report.conflicts:
        mark(item, CONFLICT, item.note)
    return badges
