"""Channel ▸ Rotate secret…: paste the new value; it is checked against its peer before anything is
saved, then saved and checked again (see ``delivery.rotation``). The secret's age is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPushButton, QWidget

from ..channels import Channel
from ..channels.fields import FieldKind
from ..delivery.rotation import Rotation, rotate
from ..storage.oplog import Face
from ..storage.repository import ChannelRepository
from ..transport.notification import utc_now
from .channel_store import APP
from .context import AppContext
from .core_text import core_tr
from .filled import filled
from .formatting import outcome_color
from .wrap_label import WrapLabel

if TYPE_CHECKING:
    from .worker import Job


class RotateDialog(QDialog):
    def __init__(self, context: AppContext, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotate")
        self.setWindowTitle(filled(self.tr("Rotate a secret of “%1”"), channel.name))
        self.context, self.channel = context, channel
        self.job: Job | None = None
        # for the server push after a rotation, a view of its own on the files: the store's thread stays the store's
        self.repo = ChannelRepository(context.paths, context.repo.secrets, face=Face.APP)
        self.key = QComboBox(self)
        self.key.setObjectName("rotate_key")
        for key in channel.type.secret_keys:
            if channel.type.spec(key).kind is not FieldKind.MAPPING:  # a header map is edited in the form
                self.key.addItem(core_tr(channel.type.spec(key).label), key)
        self.value = QLineEdit(self)
        self.value.setObjectName("rotate_value")
        self.value.setEchoMode(QLineEdit.EchoMode.Password)
        self.value.setAccessibleName(self.tr("The new value"))
        self.value.textChanged.connect(self._ready)
        self.age = WrapLabel(self)
        self.age.setObjectName("rotate_age")
        set_at = context.repo.secrets_set_at(channel.id)
        days = (utc_now() - set_at).days if set_at is not None else None
        if days is None:
            self.age.setText(self.tr("Its secrets' age is not known."))
        else:
            self.age.setText(
                self.tr("Its secrets were set %n day(s) ago.", "", days)
                if days
                else self.tr("Its secrets were set today.")
            )
        self.outcome = WrapLabel(self)
        self.outcome.setObjectName("rotate_outcome")
        self.rotate_button = QPushButton(self.tr("Check and save"), self)
        self.rotate_button.setObjectName("rotate_apply")
        self.rotate_button.setDefault(True)
        self.rotate_button.setEnabled(False)
        self.rotate_button.clicked.connect(self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.rotate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Secret"), self.key)
        form.addRow(self.tr("New value"), self.value)
        form.addRow(self.age)
        form.addRow(self.outcome)
        form.addRow(buttons)

    def _ready(self) -> None:
        self.rotate_button.setEnabled(bool(self.value.text()) and self.job is None)

    def start(self) -> None:
        """Checks the new value, saves it if it works (in the worker; the files in a thread)."""
        repo, deliverer, channel, store = self.repo, self.context.deliverer, self.channel, self.context.store
        key, value = self.key.currentData(), self.value.text()

        async def in_store(call: Callable[..., Any], *args: Any) -> Any:
            return await store.in_thread(lambda: call(*args))

        async def body(report: Any) -> tuple[Rotation, str]:
            rotation = await rotate(store.service, deliverer, channel, key, value, origin=APP, blocking=in_store)
            if not rotation.done:
                return rotation, ""
            from ..server.service import ServerService  # only for a synced channel's server copy

            return rotation, await ServerService(repo.paths, repo.secrets, repo).push(channel.id)

        self.job = self.context.worker.submit("rotate a secret", body)
        self.job.finished.connect(lambda outcome: self._done(*outcome))
        self.job.ended.connect(self._ended)
        self.rotate_button.setEnabled(False)
        self.outcome.setText(self.tr("Checking the new value…"))

    def _done(self, rotation: Rotation, pushed: str) -> None:
        worked = rotation.done and rotation.after is not None and rotation.after.delivered
        self.outcome.setText("\n".join(core_tr(text) for text in (rotation.message, pushed) if text))
        self.outcome.setStyleSheet(f"color: {outcome_color(worked).name()};")
        if rotation.done:
            self.value.clear()
            self.context.store.reload()  # every view hears of the new secrets

    def _ended(self) -> None:
        self.job = None
        self.rotate_button.setEnabled(bool(self.value.text()))
