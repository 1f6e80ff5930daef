"""Sync: the plan first (what goes each way, the conflicts), then applying it with progress and cancel, then a summary.

Planning is one request (the list); nothing changes until Apply. A plan made stale by another
sync is made again. Cancelling while applying is safe: every step is journaled, and the next sync
carries on where this one stopped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..server.ops import Op
from .core_text import core_sentence, core_tr
from .filled import filled
from .focus import show_focus
from .formatting import outcome_color, warning_color
from .plain_text import plain_tip
from .resources import type_icon
from .screen_fit import fit
from .server_session import Failure, FailureKind, ServerSession, Synced
from .server_text import dialect_text, failure_text, op_text
from .status_label import StatusLabel
from .sync_conflicts import ConflictDialog
from .worker import Job

if TYPE_CHECKING:
    from ..server.sync import SyncReport
    from ..server.sync_plan import PlanItem, SyncPlan

_TO_SERVER = (Op.CREATE_ON_SERVER, Op.UPDATE_ON_SERVER, Op.DELETE_ON_SERVER)
_TO_HERE = (Op.CREATE_HERE, Op.UPDATE_HERE, Op.DELETE_HERE)


def type_of(item: PlanItem) -> str:
    """The channel type's name of a plan item, from whichever side has the channel."""
    channel = item.local or item.incoming
    if channel is not None:
        return channel.type.name
    return item.server.type if item.server is not None else ""


class SyncDialog(QDialog):
    """``planned`` carries each plan shown; ``applied`` a :class:`Synced` or None (cancelled, failed)."""

    planned = Signal(object)
    applied = Signal(object)
    login_requested = Signal()

    def __init__(self, session: ServerSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync")
        # While a plan is on screen the channels must not change here: applying it would overwrite the edits.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Sync with the server"))
        fit(self, 820, 500)
        self.session = session
        self.plan: SyncPlan | None = None
        self.report: SyncReport | None = None
        self.job: Job | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._applying = False
        self._synced: Synced | None = None
        #: The rows of steps that wait for a consent, each with its step: ticked = agreed.
        self._decisions: list[tuple[QTreeWidgetItem, PlanItem]] = []
        # Shown above the next plan (why it was made again).
        self._note = ""
        self.summary = StatusLabel(self.tr("Sync summary"), self)
        self.summary.setObjectName("sync_summary")
        self.tree = QTreeWidget(self)
        show_focus(self.tree)
        self.tree.setObjectName("sync_plan")
        self.tree.setAccessibleName(self.tr("Sync plan"))
        self.tree.setHeaderLabels([self.tr("Channel"), self.tr("What happens"), self.tr("Why")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 210)
        header.resizeSection(1, 170)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("sync_progress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.resolve_button = self._button("sync_resolve", self.tr("Resolve &conflicts…"), self.resolve_conflicts)
        self.apply_button = self._button("sync_apply", self.tr("&Apply"), self.apply)
        self.apply_button.setToolTip(self.tr("Make the changes listed; conflicts not resolved are left as they are"))
        self.replan_button = self._button("sync_replan", self.tr("&Plan again"), self.start)
        self.login_button = self._button("sync_log_in", self.tr("&Log in…"), self.login_requested.emit)
        self.cancel_button = self._button("sync_cancel", self.tr("Cancel"), self.cancel)
        self.close_button = self._button("sync_close", self.tr("Close"), self.close)
        self.login_button.hide()
        self.cancel_button.hide()
        buttons = QHBoxLayout()
        for button in (self.resolve_button, self.replan_button, self.login_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.apply_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    @property
    def running(self) -> bool:
        return self.job is not None

    # --- planning ---

    @property
    def waiting_for_login(self) -> bool:
        return self.login_button.isVisible() and not self.running

    def start(self) -> None:
        """Makes the plan (one request); nothing is changed."""
        if self.running:
            return
        self.plan, self.report = None, None
        self.tree.clear()
        self.login_button.hide()
        self._show(self.tr("Asking the server for its channels…"), None)
        self._run(self.session.plan(), self._planned, busy=True)

    def _planned(self, outcome: Any) -> None:
        if isinstance(outcome, Failure):
            self._failed(outcome)
            return
        self.plan = outcome
        self.show_plan()
        self.planned.emit(outcome)

    def show_plan(self) -> None:
        self._keep_decisions()  # a plan shown again (conflicts resolved) keeps the ticks
        plan = self.plan
        if plan is None:
            return
        self.tree.clear()
        self._decisions = []
        to_server = [item for item in plan.items if item.op in _TO_SERVER and not item.waiting]
        to_here = [item for item in plan.items if item.op in _TO_HERE and not item.waiting]
        self._group(self.tr("To the server (%1)"), to_server)
        self._group(self.tr("To this computer (%1)"), to_here)
        self._group(self.tr("Your decision — tick what may be done (%1)"), plan.waiting, warn=True, decide=True)
        self._group(self.tr("Conflicts — nothing is overwritten until you choose (%1)"), plan.conflicts, warn=True)
        skipped = [item for item in plan.items if item.op is Op.SKIP]
        self._group(self.tr("Cannot be synced (%1)"), skipped, warn=True)
        kept = [item for item in plan.items if item.op is Op.KEEP_HERE]
        self._group(self.tr("Stay on this computer (%1)"), kept)
        # bookkeeping is listed too: it is what Apply would do when there is nothing else
        bookkeeping = [item for item in plan.items if item.op in (Op.LINK, Op.FORGET)]
        self._group(self.tr("The same on both sides, or gone from both: only remembered (%1)"), bookkeeping)
        where = filled(
            self.tr("Sync with %1 (%2): %n channel(s) here, %3 on the server.", "", plan.local_count),
            plan.server_url,
            dialect_text(plan.dialect.name),
            str(plan.server_count),
        )
        changes = len(to_server) + len(to_here)
        if not plan.actions and bookkeeping:
            what = self.tr(
                "Nothing to change. Apply remembers which channels are the same on both sides (%n), so that "
                "later changes go to the right one.",
                "",
                len(bookkeeping),
            )
        elif not plan.actions:
            what = self.tr("Everything is in sync.")
        else:
            what = filled(
                self.tr("%1, %2. Nothing has been changed yet."),
                self.tr("%n change(s) to make", "", changes),
                self.tr("%n conflict(s)", "", len(plan.conflicts)),
            )
        shared = ""
        if plan.dialect.shared_channels:
            shared = self.tr(
                "This server shows every user's channels to everyone who logs in: another user's channel is "
                "copied here, and a channel this computer did not create is deleted there, only if you tick it."
            )
        note, self._note = self._note, ""
        lines = (note, where, shared, what)
        self._show("\n".join(line for line in lines if line), True if not plan.actions else None)
        self._update_buttons()

    def _consent_text(self, item: PlanItem) -> str:
        from ..server.sync_plan import Consent

        texts = {
            Consent.COPY_HERE: self.tr("Copy here"),
            Consent.SEND_ANYWAY: self.tr("Send anyway"),
            Consent.DELETE_THERE: self.tr("Delete on the server"),
        }
        return texts[item.consent] if item.consent is not None else ""

    def _group(
        self, title: str, items: Sequence[PlanItem], *, warn: bool = False, failed: bool = False, decide: bool = False
    ) -> None:
        if not items:
            return
        group = QTreeWidgetItem(self.tree, [filled(title, str(len(items)))])
        group.setFirstColumnSpanned(True)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        if warn or failed:
            group.setForeground(0, outcome_color(False) if failed else warning_color())
        for item in items:
            what = self._consent_text(item) if decide else op_text(item.op)
            row = QTreeWidgetItem(group, [item.name, what, core_sentence(item.note)])
            row.setToolTip(2, plain_tip(core_sentence(item.note)))
            if decide:
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Qt.CheckState.Checked if item.agreed else Qt.CheckState.Unchecked)
                self._decisions.append((row, item))
            kind = type_of(item)
            if kind:
                row.setIcon(0, type_icon(kind))
        group.setExpanded(True)

    def resolve_conflicts(self) -> ConflictDialog | None:
        if self.plan is None or not self.plan.conflicts or self.running:
            return None
        self.conflict_dialog = ConflictDialog(self.plan, self)
        self.conflict_dialog.accepted.connect(self._resolved)
        self.conflict_dialog.open()
        return self.conflict_dialog

    def _resolved(self) -> None:
        if self.conflict_dialog is not None:
            self.plan = self.conflict_dialog.plan
        self.show_plan()
        self.planned.emit(self.plan)

    # --- applying ---

    def apply(self) -> None:
        if self.plan is None or self.running or self.report is not None:
            return
        self._keep_decisions()
        if self.plan is None:
            return
        self._applying = True
        self.progress.setRange(0, max(len(self._work()), 1))
        self.progress.setValue(0)
        self._show(self.tr("Applying the plan…"), None)
        job = self.session.apply(self.plan)
        job.progress.connect(self._step)
        self._run(job, self._applied, busy=False)

    def _keep_decisions(self) -> None:
        """The plan becomes one whose consent steps are agreed as their rows are ticked."""
        if self.plan is None or not self._decisions:
            return
        ticked = {id(item): row.checkState(0) == Qt.CheckState.Checked for row, item in self._decisions}
        self.plan = self.plan.with_agreed(lambda item: ticked.get(id(item), item.agreed))

    def _work(self) -> list[PlanItem]:
        if self.plan is None:
            return []
        return [item for item in self.plan.items if item.op in (*_TO_SERVER, *_TO_HERE) and not item.waiting]

    def _step(self, step: tuple[int, int, PlanItem]) -> None:
        done, total, item = step
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._show(
            filled(self.tr("%1 of %2 done: %3 “%4”"), str(done), str(total), op_text(item.op), item.name),
            None,
        )

    def _applied(self, outcome: Any) -> None:
        if isinstance(outcome, Failure):
            if outcome.kind is FailureKind.STALE:  # refused before anything was changed
                self.job, self._applying = None, False
                self.start()
                self._note = failure_text(outcome)
                return
            self._failed(outcome)
            return
        self._synced = outcome
        self.show_report(outcome.report)

    def show_report(self, report: SyncReport) -> None:
        self.report = report
        self.tree.clear()
        self._group(self.tr("Done (%1)"), report.done)
        self._group(self.tr("Failed (%1)"), [item for item, _ in report.failed], failed=True)
        failed_group = self.tree.topLevelItem(self.tree.topLevelItemCount() - 1) if report.failed else None
        if failed_group is not None:
            for number, (_, message) in enumerate(report.failed):
                row = failed_group.child(number)
                if row is not None:
                    row.setText(2, core_sentence(message))
                    row.setToolTip(2, plain_tip(core_sentence(message)))
        self._group(self.tr("Not done — the next sync carries on (%1)"), report.not_done, warn=True)
        self._group(self.tr("Conflicts left (%1)"), report.conflicts, warn=True)
        self._group(self.tr("Cannot be synced (%1)"), report.skipped, warn=True)
        self._group(self.tr("Not done — not agreed to (%1)"), report.waiting, warn=True)
        text = filled(
            self.tr("Done: %1, %2 failed, %3 left."),
            self.tr("%n change(s) made", "", len(report.done)),
            str(len(report.failed)),
            self.tr("%n conflict(s)", "", len(report.conflicts)),
        )
        if report.stopped:
            text += "\n" + filled(self.tr("Stopped: %1"), core_tr(report.stopped))
        self._show(text, report.ok)
        self._update_buttons()

    def _failed(self, failure: Failure) -> None:
        self._show(failure_text(failure), False)
        self.login_button.setVisible(failure.kind in (FailureKind.AUTH, FailureKind.NOT_LOGGED_IN))
        self._update_buttons()

    # --- running ---

    def _run(self, job: Job, done, *, busy: bool) -> None:
        self.job = job
        job.finished.connect(done)
        job.failed.connect(lambda error: self._show(filled(self.tr("Sync stopped: %1"), error), False))
        job.cancelled.connect(self._cancelled)
        job.ended.connect(lambda: self._ended(job))
        if busy:
            self.progress.setRange(0, 0)
        self.progress.show()
        self._update_buttons()

    def _ended(self, job: Job) -> None:
        if job is not self.job:
            return
        self.job = None
        self.progress.hide()
        if self._applying:  # finished or stopped half-way: what was done here must be shown either way
            self._applying = False
            synced, self._synced = self._synced, None
            self.applied.emit(synced)
        self._update_buttons()

    def _cancelled(self) -> None:
        if self._applying:
            self._show(self.tr("Cancelled. What was done is kept; the next sync carries on from there."), None)
        else:
            self._show(self.tr("Cancelled."), None)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape stops what runs, as Close does."""
        self.cancel()
        super().reject()

    def _update_buttons(self) -> None:
        running, plan = self.running, self.plan
        pending = plan is not None and self.report is None
        conflicts = plan is not None and bool(plan.conflicts)
        self.resolve_button.setEnabled(pending and not running and conflicts)
        steps = plan.items if plan is not None else ()
        useful = pending and any(item.op not in (Op.CONFLICT, Op.SKIP, Op.KEEP_HERE) for item in steps)
        self.apply_button.setEnabled(useful and not running)
        self.replan_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)
        if self.apply_button.isEnabled():
            self.apply_button.setDefault(True)

    def _show(self, text: str, good: bool | None) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("" if good is None else f"color: {outcome_color(good).name()};")
