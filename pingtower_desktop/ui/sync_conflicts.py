"""The conflict dialog: each channel changed on both sides, its two versions side by side (secrets masked),
and a choice per conflict — keep mine, keep the server's, keep both, or mine with some of the server's values
(a tick on each server value to take). Undecided conflicts stay in the plan.
"""

from __future__ import annotations

import json
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final, Union

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..channels import channel_type
from .core_text import core_sentence, core_tr
from .filled import filled
from .focus import show_focus
from .formatting import warning_color
from .plain_text import PlainLabel, plain_tip
from .screen_fit import fit
from .wrap_label import WrapLabel

if TYPE_CHECKING:
    from ..server.sync_plan import Choice, Conflict, SyncPlan

#: A conflict's decision: one side, both, or this computer's version with the server's values of these settings.
Decision = Union["Choice", frozenset[str]]

LOCAL: Final = "local"
SERVER: Final = "server"
BOTH: Final = "both"
_TOP_KEYS = ("name", "type", "enabled", "isDefault")


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def compare_rows(mine: dict[str, Any] | None, theirs: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    """(key, this computer's value, the server's value) for every setting either side has."""
    mine, theirs = mine or {}, theirs or {}
    rows = [(key, _shown(mine.get(key)), _shown(theirs.get(key))) for key in _TOP_KEYS if key in mine or key in theirs]
    mine_config, their_config = mine.get("configuration") or {}, theirs.get("configuration") or {}
    for key in dict.fromkeys([*mine_config, *their_config]):
        rows.append((key, _shown(mine_config.get(key)), _shown(their_config.get(key))))
    return rows


class ConflictDialog(QDialog):
    """Choices are made here and applied to the plan on OK; Cancel leaves the plan as it was."""

    def __init__(self, plan: SyncPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts")
        self.setWindowTitle(self.tr("Sync conflicts"))
        fit(self, 900, 520)
        self.plan = plan
        self.conflicts: list[Conflict] = list(plan.conflicts)
        self.choices: dict[int, Decision] = {}
        self._filling = False
        self._choice_names = {
            LOCAL: self.tr("keep mine"),
            SERVER: self.tr("keep the server's"),
            BOTH: self.tr("keep both"),
        }
        self.list = QListWidget(self)
        show_focus(self.list)
        self.list.setObjectName("conflict_list")
        self.list.setAccessibleName(self.tr("Conflicts"))
        for item in self.conflicts:
            QListWidgetItem(item.name, self.list)
        self.list.currentRowChanged.connect(self._show_conflict)
        self.title = PlainLabel(self)
        self.title.setObjectName("conflict_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = WrapLabel(self)
        self.note.setObjectName("conflict_note")
        self.hint = WrapLabel(self.tr("Tick a server value to take it and keep this computer's other settings."), self)
        self.hint.setObjectName("conflict_hint")
        self.table = QTableWidget(0, 3, self)
        show_focus(self.table)
        self.table.setObjectName("conflict_table")
        self.table.setAccessibleName(self.tr("Both versions side by side"))
        self.table.setHorizontalHeaderLabels([self.tr("Setting"), self.tr("This computer"), self.tr("Server")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.itemChanged.connect(self._ticked)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep_mine = QPushButton(self.tr("Keep &mine"), self)
        self.keep_mine.setObjectName("keep_mine")
        self.keep_mine.setToolTip(self.tr("This computer's version replaces the server's"))
        self.keep_server = QPushButton(self.tr("Keep the &server's"), self)
        self.keep_server.setObjectName("keep_server")
        self.keep_server.setToolTip(self.tr("The server's version replaces the one here"))
        self.keep_both = QPushButton(self.tr("Keep &both"), self)
        self.keep_both.setObjectName("keep_both")
        self.keep_both.setToolTip(self.tr("The server's version is kept as a copy under a new name on both sides"))
        self.undecided = QPushButton(self.tr("Decide &later"), self)
        self.undecided.setObjectName("keep_undecided")
        self.undecided.setToolTip(self.tr("Leave this conflict as it is: nothing is overwritten"))
        for button, choice in (
            (self.keep_mine, LOCAL),
            (self.keep_server, SERVER),
            (self.keep_both, BOTH),
            (self.undecided, None),
        ):
            button.clicked.connect(lambda checked=False, choice=choice: self.choose(choice))
        choice_row = QHBoxLayout()
        for button in (self.keep_mine, self.keep_server, self.keep_both, self.undecided):
            choice_row.addWidget(button)
        choice_row.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(choice_row)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 680])
        self.summary = PlainLabel(self)
        self.summary.setObjectName("conflict_summary")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use these choices"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        chain = [self.list, self.table, self.keep_mine, self.keep_server, self.keep_both, self.undecided]
        chain += [self.buttons.button(QDialogButtonBox.StandardButton.Ok)]
        chain += [self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._refresh_list()
        if self.conflicts:
            self.list.setCurrentRow(0)

    @property
    def current(self) -> int:
        return self.list.currentRow()

    def choose(self, choice: Decision | None, row: int | None = None) -> None:
        """Records the choice for a conflict (the current one by default) and moves to the next undecided."""
        row = self.current if row is None else row
        if not 0 <= row < len(self.conflicts):
            return
        if choice is None:
            self.choices.pop(row, None)
        else:
            self.choices[row] = choice
        self._refresh_list()
        self._show_conflict(row)
        if choice is not None:
            following = [r for r in range(len(self.conflicts)) if r not in self.choices and r > row]
            if following:
                self.list.setCurrentRow(following[0])

    def accept(self) -> None:
        """Resolves the chosen conflicts: ``plan`` becomes the plan with them resolved."""
        for row, choice in sorted(self.choices.items()):
            conflict = self.conflicts[row]
            try:
                if isinstance(choice, frozenset):
                    self.plan = self.plan.merge(conflict, choice)
                else:
                    self.plan = self.plan.resolve(conflict, choice)
            except ValueError:  # e.g. the server's copy cannot be kept here: it stays a conflict
                continue
        super().accept()

    def _refresh_list(self) -> None:
        for row, item in enumerate(self.conflicts):
            choice = self.choices.get(row)
            entry = self.list.item(row)
            entry.setText(f"{item.name} — {self._choice_text(item, choice)}")
            entry.setForeground(self.palette().text() if choice else warning_color())
        decided = len(self.choices)
        self.summary.setText(
            filled(
                self.tr(
                    "%1 of %n conflict(s) decided. Undecided ones stay listed; nothing of theirs is overwritten.",
                    "",
                    len(self.conflicts),
                ),
                str(decided),
            )
        )

    def _choice_text(self, item: Conflict, choice: Decision | None) -> str:
        if choice is None:
            return self.tr("undecided")
        if isinstance(choice, frozenset):
            labels = self._labels(item.side_by_side()[0] or {})
            taken = ", ".join(labels.get(key, key) for key, _here, _there in self._rows(item) if key in choice)
            return filled(self.tr("mine, with the server's %1"), taken)
        if choice == BOTH and item.incoming is not None:
            mine, theirs = self.plan.names_if_both(item)
            return filled(self.tr("keep both: “%1” and “%2”"), mine, theirs)
        return self._choice_names[choice]

    def _show_title(self, item: Conflict, choice: Decision | None) -> None:
        self.title.setText(filled(self.tr("“%1”: %2"), item.name, self._choice_text(item, choice)))

    def _show_conflict(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            self.table.setRowCount(0)
            return
        item = self.conflicts[row]
        choice = self.choices.get(row)
        self._show_title(item, choice)
        if item.incoming is not None:
            name_here, name_there = self.plan.names_if_both(item)
            self.keep_both.setToolTip(
                filled(
                    self.tr("Both are kept, on both sides: this computer's “%1” and the server's “%2”"),
                    name_here,
                    name_there,
                )
            )
        self.note.setText(core_sentence(item.note))
        mine, theirs = item.side_by_side()
        labels = self._labels(mine or theirs or {})
        rows = self._rows(item)
        can_take_theirs = item.incoming is not None
        taken = self._taken(item, choice)
        self._filling = True
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for number, (key, here, there) in enumerate(rows):
            cells = [QTableWidgetItem(labels.get(key, key)), QTableWidgetItem(here), QTableWidgetItem(there)]
            for cell, tip in zip(cells, (key, here, there), strict=True):
                cell.setToolTip(plain_tip(tip))
            if here != there:
                for cell in cells:
                    cell.setFont(bold)
                    cell.setForeground(warning_color())
                if can_take_theirs and key != "type":  # a value that may be taken alone
                    server_cell = cells[2]
                    server_cell.setData(Qt.ItemDataRole.UserRole, key)
                    server_cell.setFlags(server_cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    ticked = Qt.CheckState.Checked if key in taken else Qt.CheckState.Unchecked
                    server_cell.setCheckState(ticked)
                    server_cell.setToolTip(plain_tip(filled(self.tr("Tick to take the server's value: %1"), there)))
            for column, cell in enumerate(cells):
                self.table.setItem(number, column, cell)
        self._filling = False
        self.hint.setVisible(can_take_theirs)
        self.keep_server.setEnabled(can_take_theirs)
        self.keep_both.setEnabled(can_take_theirs)
        reason = (
            ""
            if can_take_theirs
            else filled(self.tr("The server's version cannot be kept here: %1"), core_tr(item.note))
        )
        self.keep_server.setToolTip(reason or self.tr("The server's version replaces the one here"))

    @staticmethod
    def _rows(item: Conflict) -> list[tuple[str, str, str]]:
        return compare_rows(*item.side_by_side())

    def _differing(self, item: Conflict) -> set[str]:
        """The settings whose server value may be taken alone."""
        return {key for key, here, there in self._rows(item) if here != there and key != "type"}

    def _taken(self, item: Conflict, choice: Decision | None) -> frozenset[str]:
        """The settings whose server value the decision takes (all of them for "keep the server's")."""
        if isinstance(choice, frozenset):
            return choice
        return frozenset(self._differing(item)) if choice == SERVER else frozenset()

    def _ticked(self, cell: QTableWidgetItem) -> None:
        """A server value ticked or not: the decision is made of the ticks (all ticked: the server's version;
        none: undecided)."""
        row = self.current
        if self._filling or cell.column() != 2 or not 0 <= row < len(self.conflicts):
            return
        ticked = frozenset(
            str(tick.data(Qt.ItemDataRole.UserRole))
            for number in range(self.table.rowCount())
            if (tick := self.table.item(number, 2)) is not None
            and tick.data(Qt.ItemDataRole.UserRole)
            and tick.checkState() == Qt.CheckState.Checked
        )
        item = self.conflicts[row]
        decision: Decision | None = SERVER if ticked == self._differing(item) else ticked or None
        if decision is None:
            self.choices.pop(row, None)
        else:
            self.choices[row] = decision
        self._refresh_list()  # the table stays as it is, the focus on the tick
        self._show_title(item, decision)

    def _labels(self, wire: dict[str, Any]) -> dict[str, str]:
        labels = {
            "name": self.tr("Name"),
            "type": self.tr("Type"),
            "enabled": self.tr("Enabled"),
            "isDefault": self.tr("Default channel"),
        }
        try:
            kind = channel_type(str(wire.get("type", "")))
        except KeyError:
            return labels
        return labels | {spec.key: core_tr(spec.label) for spec in kind.fields}
