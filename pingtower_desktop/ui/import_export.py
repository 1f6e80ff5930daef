"""File ▸ Import / Export: the same formats as the CLI, through the core's import/export.

An import is shown before anything is written (:class:`ImportPreview`): each entry of the file with what
it would do — add, change (field by field, secrets only as changed), leave alone, or not import and why —
and a tick for each one that writes. What was imported is one step on the undo stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..importexport import OUTCOMES, ImportOutcome, ImportPlan, ImportStep, export_document, write_export
from ..storage.repository import ChannelRepository
from .core_text import core_tr
from .filled import filled
from .focus import show_focus
from .formatting import outcome_color, warning_color
from .plain_text import PlainLabel, plain_tip
from .resources import type_icon
from .screen_fit import fit


def export_file(repo: ChannelRepository, path: Path, *, include_secrets: bool) -> int:
    """Writes the export (owner-only permissions: it may hold secrets); returns the channel count."""
    document = export_document(repo, include_secrets=include_secrets)
    write_export(path, document)
    return len(document["channels"])


def outcome_label(outcome: str) -> str:
    labels = {
        "added": QCoreApplication.translate("import_export", "added"),
        "updated": QCoreApplication.translate("import_export", "changed"),
        "unchanged": QCoreApplication.translate("import_export", "unchanged"),
        "invalid": QCoreApplication.translate("import_export", "invalid"),
        "conflict": QCoreApplication.translate("import_export", "conflict"),
        "skipped": QCoreApplication.translate("import_export", "left as it is"),
    }
    return labels.get(outcome, outcome)


def _to_do(outcome: str) -> str:
    """What a step would do, said before it is done."""
    labels = {
        "added": QCoreApplication.translate("import_export", "add"),
        "updated": QCoreApplication.translate("import_export", "change"),
        "unchanged": QCoreApplication.translate("import_export", "nothing to change"),
        "invalid": QCoreApplication.translate("import_export", "cannot be imported"),
        "conflict": QCoreApplication.translate("import_export", "cannot be imported"),
    }
    return labels.get(outcome, outcome)


def summary_text(outcomes: list[ImportOutcome]) -> str:
    counts = {kind: sum(o.outcome == kind for o in outcomes) for kind in OUTCOMES}
    return ", ".join(f"{outcome_label(kind)}: {n}" for kind, n in counts.items() if n)


class ImportPreview(QDialog):
    """What importing a file would do, with a tick per entry that writes; Import writes the ticked ones."""

    def __init__(self, plan: ImportPlan, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.setWindowTitle(filled(self.tr("Import “%1”"), Path(source).name))
        fit(self, 860, 520)
        self.plan = plan
        counts = plan.counts()
        self.summary = PlainLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        parts = [
            filled(self.tr("%1 to add"), str(counts["added"])),
            filled(self.tr("%1 to change"), str(counts["updated"])),
            filled(self.tr("%1 unchanged"), str(counts["unchanged"])),
        ]
        if counts["invalid"] or counts["conflict"]:
            parts.append(filled(self.tr("%1 cannot be imported"), str(counts["invalid"] + counts["conflict"])))
        self.summary.setText(
            ", ".join(parts) + ". " + self.tr("Nothing has been written yet: untick what should stay as it is.")
        )
        self.tree = QTreeWidget(self)
        show_focus(self.tree)
        self.tree.setObjectName("import_steps")
        self.tree.setAccessibleName(self.tr("What the import would do"))
        self.tree.setHeaderLabels([self.tr("Channel"), self.tr("Import"), self.tr("Before"), self.tr("After")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.rows: dict[int, QTreeWidgetItem] = {}
        for index, step in enumerate(plan.steps):
            self._add_step(index, step)
        self.tree.expandAll()
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import_apply")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemChanged.connect(lambda *_: self._count_chosen())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self._count_chosen()

    def _add_step(self, index: int, step: ImportStep) -> None:
        row = QTreeWidgetItem(self.tree, [step.label, _to_do(step.outcome), "", ""])
        if step.channel is not None:
            row.setIcon(0, type_icon(step.channel.type.name))
        if step.saves:
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked)
            self.rows[index] = row
        else:
            row.setForeground(1, outcome_color(False) if step.outcome in ("invalid", "conflict") else warning_color())
        if step.detail:  # a line of its own under the channel, across the columns
            note = QTreeWidgetItem(row, [core_tr(step.detail)])
            note.setFirstColumnSpanned(True)
            note.setToolTip(0, plain_tip(core_tr(step.detail)))
            note.setForeground(0, outcome_color(False) if step.outcome in ("invalid", "conflict") else warning_color())
        for change in step.changes:
            before, after = change.before or self.tr("(none)"), change.after or self.tr("(none)")
            if change.secret:  # only whether there is one: its value is never shown
                before = self.tr("(a secret)") if change.before else self.tr("(none)")
                after = (
                    (self.tr("(a new secret)") if change.before else self.tr("(a secret)"))
                    if change.after
                    else self.tr("(none)")
                )
            child = QTreeWidgetItem(row, [change.key, "", before, after])
            child.setToolTip(2, plain_tip(before))
            child.setToolTip(3, plain_tip(after))

    def chosen(self) -> set[int]:
        """The indexes of the steps ticked to be written."""
        return {index for index, row in self.rows.items() if row.checkState(0) == Qt.CheckState.Checked}

    def _count_chosen(self) -> None:
        count = len(self.chosen())
        self.import_button.setText(filled(self.tr("Import %1"), str(count)) if count else self.tr("Import"))
        self.import_button.setEnabled(count > 0)


class ImportReport(QDialog):
    """What became of each entry, when some could not be imported after all."""

    def __init__(self, outcomes: list[ImportOutcome], parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QPlainTextEdit

        super().__init__(parent)
        self.setObjectName("import_report")
        self.setWindowTitle(self.tr("Import"))
        fit(self, 620, 360)
        summary = PlainLabel(summary_text(outcomes), self)
        summary.setObjectName("import_summary")
        details = QPlainTextEdit(self)
        show_focus(details)
        details.setObjectName("import_details")
        details.setReadOnly(True)
        details.setAccessibleName(self.tr("Import details"))
        details.setPlainText(
            "\n".join(
                f"{o.label}: {outcome_label(o.outcome)}" + (f" — {core_tr(o.detail)}" if o.detail else "")
                for o in outcomes
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(details, 1)
        layout.addWidget(buttons)
