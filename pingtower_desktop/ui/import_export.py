"""File ▸ Import / Export: the same formats as the CLI, through the core's import/export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..importexport import (
    ImportOutcome,
    apply_import,
    export_document,
    parse_import,
    read_import_file,
    write_export,
)
from ..storage.repository import ChannelRepository
from .core_text import core_tr

_OUTCOMES = ("added", "updated", "unchanged", "invalid", "conflict")


def import_file(repo: ChannelRepository, path: Path) -> list[ImportOutcome]:
    """Raises ImportFormatError (a file that holds no channels) or the repository's errors."""
    return apply_import(repo, parse_import(read_import_file(path)))


def export_file(repo: ChannelRepository, path: Path, *, include_secrets: bool) -> int:
    """Writes the export (owner-only permissions: it may hold secrets); returns the channel count."""
    document = export_document(repo, include_secrets=include_secrets)
    write_export(path, document)
    return len(document["channels"])


def outcome_label(outcome: str) -> str:
    labels = {
        "added": QCoreApplication.translate("import_export", "added"),
        "updated": QCoreApplication.translate("import_export", "updated"),
        "unchanged": QCoreApplication.translate("import_export", "unchanged"),
        "invalid": QCoreApplication.translate("import_export", "invalid"),
        "conflict": QCoreApplication.translate("import_export", "conflict"),
    }
    return labels.get(outcome, outcome)


class ImportReport(QDialog):
    """What became of each entry of an imported file."""

    def __init__(self, outcomes: list[ImportOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_report")
        self.setWindowTitle(QCoreApplication.translate("import_export", "Import"))
        self.resize(620, 360)
        counts = {kind: sum(o.outcome == kind for o in outcomes) for kind in _OUTCOMES}
        summary = QLabel(", ".join(f"{outcome_label(kind)}: {n}" for kind, n in counts.items()), self)
        summary.setObjectName("import_summary")
        details = QPlainTextEdit(self)
        details.setObjectName("import_details")
        details.setReadOnly(True)
        details.setAccessibleName(QCoreApplication.translate("import_export", "Import details"))
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
