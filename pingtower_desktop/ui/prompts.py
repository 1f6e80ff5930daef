"""Every question the app asks the user, in one place (tests replace these functions).

``QMessageBox`` is imported where a box is shown: the main window imports this module on its way
to the first paint, and nothing is asked before that. Every box shows its text as plain text (see
``plain_text``): the names in it come from files, imports and servers.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .filled import filled
from .plain_text import message_box


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, name: str) -> Unsaved:
    from PySide6.QtWidgets import QMessageBox

    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("prompts", "Unsaved changes"),
        filled(QCoreApplication.translate("prompts", "Save the changes to “%1”?"), name),
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


class Clash(Enum):
    MINE = "mine"
    THEIRS = "theirs"
    CANCEL = "cancel"


def ask_changed_meanwhile(parent: QWidget, name: str, fields: list[str]) -> Clash:
    """The same fields of a channel were changed elsewhere while it was being edited here."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("prompts", "Changed elsewhere"),
        filled(
            QCoreApplication.translate(
                "prompts", "“%1” was changed elsewhere (the command line, another window) while you edited it: %2."
            ),
            name,
            ", ".join(fields),
        ),
    )
    box.setInformativeText(
        QCoreApplication.translate("prompts", "Your other changes are merged with theirs either way.")
    )
    mine = box.addButton(QCoreApplication.translate("prompts", "Keep &mine"), QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton(
        QCoreApplication.translate("prompts", "Take &theirs"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(mine)
    box.exec()
    clicked = box.clickedButton()
    return Clash.MINE if clicked is mine else Clash.THEIRS if clicked is theirs else Clash.CANCEL


def _yes_no(parent: QWidget, title: str, text: str, *, warning: bool = False) -> bool:
    """A Yes/No question, No the default; True for Yes."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_delete(parent: QWidget, name: str) -> bool:
    return _yes_no(
        parent,
        QCoreApplication.translate("prompts", "Delete channel"),
        filled(
            QCoreApplication.translate("prompts", "Delete “%1”? Its secrets are removed from the keyring too."), name
        ),
    )


def confirm_enable_default(parent: QWidget, name: str) -> bool:
    """Making a disabled channel the default: it is enabled too, or nothing happens."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("prompts", "Make default"),
        filled(
            QCoreApplication.translate(
                "prompts",
                "“%1” is disabled: as the default channel it would receive nothing. Enable it and make it the default?",
            ),
            name,
        ),
    )
    enable = box.addButton(
        QCoreApplication.translate("prompts", "Enable and make default"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(enable)
    box.exec()
    return box.clickedButton() is enable


def confirm_disable_default(parent: QWidget, name: str) -> bool:
    """Disabling the default channel: there is then no default, or nothing happens."""
    return _yes_no(
        parent,
        QCoreApplication.translate("prompts", "Disable the default channel"),
        filled(
            QCoreApplication.translate(
                "prompts", "“%1” is the default channel: a default channel is enabled. Disable it and leave no default?"
            ),
            name,
        ),
    )


def ask_keep_watching(parent: QWidget) -> bool:
    """Asked once, on the first close while the app keeps watch: go on in the tray?"""
    return _yes_no(
        parent,
        QCoreApplication.translate("prompts", "Keep watching?"),
        QCoreApplication.translate(
            "prompts",
            "Keep checking the channels in the tray after the window is closed? The tray icon opens the window "
            "again or quits. (Settings can change this later.)",
        ),
    )


def confirm_clear_history(parent: QWidget) -> bool:
    return _yes_no(
        parent,
        QCoreApplication.translate("prompts", "Clear the history"),
        QCoreApplication.translate(
            "prompts", "Forget every delivery recorded so far? The channels and their last tests stay."
        ),
    )


def confirm_export_secrets(parent: QWidget) -> bool:
    return _yes_no(
        parent,
        QCoreApplication.translate("prompts", "Export with secrets"),
        QCoreApplication.translate(
            "prompts",
            "The file will contain bot tokens, passwords and webhook URLs in plain text. "
            "Keep it somewhere safe and delete it when done. Continue?",
        ),
        warning=True,
    )


def show_error(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def show_info(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def show_exception(summary: str, details: str, log_path: str) -> None:
    """An unexpected error: what it was, where the log is, and the details to copy for a report."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = message_box(
        QApplication.activeWindow(),
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("prompts", "Unexpected error"),
        filled(
            QCoreApplication.translate("prompts", "Something went wrong that PingTower Desktop did not expect: %1"),
            summary,
        ),
    )
    box.setInformativeText(filled(QCoreApplication.translate("prompts", "It was written to the log: %1"), log_path))
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("prompts", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{summary}\n\n{details}"))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
