"""Send test: the form's current values, an optional message and username, progress, cancel, result.

Beside it, the route: direct (from this computer, with the form's values) or via the server (the
server sends with the channel as it was last synced; only for channels the server has).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from ...channels import Channel
from ...transport.result import DeliveryResult, Outcome
from ..context import AppContext
from ..core_text import core_sentence, core_tr
from ..filled import filled
from ..focus import show_focus
from ..formatting import latency, outcome_color, warning_color
from ..plain_text import PlainLabel, plain_tip
from ..server_session import Failure, ServerSession
from ..server_text import failure_text
from ..status_label import StatusLabel
from ..worker import Job

DIRECT, SERVER = "direct", "server"


class TestPanel(QGroupBox):
    """``draft`` returns the channel as the form has it now (with secrets), or None when invalid;
    ``unsaved`` says whether that differs from the channel as stored (a test of it says nothing of the
    stored channel: it is labelled so and not taken as the channel's last test)."""

    tested = Signal(object, object, bool)  # Channel, DeliveryResult, of unsaved values
    running_changed = Signal(bool)

    def __init__(
        self,
        context: AppContext,
        draft: Callable[[], Channel | None],
        unsaved: Callable[[], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setTitle(self.tr("Send test"))
        self.context = context
        self._draft = draft
        self._unsaved = unsaved
        self._tested_unsaved = False
        self._available, self._reason = False, ""
        self._job: Job | None = None
        self._channel: Channel | None = None
        self._route_used = DIRECT
        self._server: ServerSession | None = None
        self._channel_id: str | None = None
        # The result on show: what it was, its route, whether of unsaved values.
        self._shown: tuple[DeliveryResult, str, bool] | None = None
        preferences = context.preferences
        self.message = QLineEdit(self)
        self.message.setObjectName("test_message")
        self.message.setPlaceholderText(preferences.test_message or self.tr("Default test message"))
        self.message.setAccessibleName(self.tr("Test message"))
        self.message.setToolTip(self.tr("Optional: the message to send instead of the default test message."))
        self.username = QLineEdit(self)
        self.username.setObjectName("test_username")
        if preferences.test_username:  # a real default (Settings), shown as one
            self.username.setPlaceholderText(filled(self.tr("default: %1"), preferences.test_username))
        else:
            self.username.setPlaceholderText(self.tr("optional"))
        self.username.setAccessibleName(self.tr("Test username"))
        self.username.setToolTip(
            self.tr("The PingTower username the test names; the Python bot needs one (or a default in Settings).")
        )
        self.username.textChanged.connect(self._show_availability)
        self.route = QComboBox(self)
        self.route.setObjectName("test_route")
        self.route.setAccessibleName(self.tr("Test route"))
        self.route.addItem(self.tr("Direct"), DIRECT)
        self.route.addItem(self.tr("Via server"), SERVER)
        self.route.setToolTip(self._route_tip(False))
        self._update_route()
        self.send_button = QPushButton(self.tr("Send test"), self)
        self.send_button.setObjectName("send_test")
        self.send_button.setToolTip(self.tr("Send a test notification with the values in the form (Ctrl+T)"))
        self.send_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_test")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        policy = self.progress.sizePolicy()  # its line is kept while no test runs: nothing moves when one does
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        # Send and Cancel share one place, as wide as the wider of the two: a running test does not
        # widen the panel
        self.send_or_cancel = QStackedWidget(self)
        self.send_or_cancel.addWidget(self.send_button)
        self.send_or_cancel.addWidget(self.cancel_button)
        self.send_or_cancel.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.need = StatusLabel(self.tr("Why the test cannot be sent"), self)
        self.need.setObjectName("test_need")
        self.need.setStyleSheet(f"color: {warning_color().name()};")
        self.need.hide()
        self.outcome = StatusLabel(self.tr("Test result"), self)
        self.outcome.setObjectName("test_outcome")
        self.reply = QPlainTextEdit(self)
        show_focus(self.reply)
        self.reply.setObjectName("test_reply")
        self.reply.setReadOnly(True)
        self.reply.setAccessibleName(self.tr("The receiver's answer"))
        self.reply.setMaximumHeight(90)
        self.reply.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.route, 1)
        buttons.addWidget(self.send_or_cancel)
        route_label = PlainLabel(self.tr("Route"), self)  # a combo box is read by its value: its label names it
        route_label.setBuddy(self.route)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Message"), self.message)
        layout.addRow(self.tr("Username"), self.username)
        layout.addRow(route_label, buttons)
        layout.addRow(self.progress)
        layout.addRow(self.need)
        layout.addRow(self.outcome)
        layout.addRow(self.reply)

    def typed(self) -> tuple[str, str]:
        """The test message and username as typed (kept when the window is rebuilt in another language)."""
        return self.message.text(), self.username.text()

    def retype(self, message: str, username: str) -> None:
        self.message.setText(message)
        self.username.setText(username)

    @property
    def running(self) -> bool:
        return self._job is not None

    def focus_chain(self) -> list[QWidget]:
        return [self.message, self.username, self.route, self.send_button, self.cancel_button, self.reply]

    # --- the route ---

    def set_server(self, session: ServerSession) -> None:
        """Offers "via server" for the channels this session's server has."""
        self._server = session
        session.server_ids_changed.connect(self._update_route)
        session.status_changed.connect(self._update_route)
        self._update_route()

    def set_channel_id(self, channel_id: str | None) -> None:
        """The channel on screen (its id decides whether the server has it)."""
        self._channel_id = channel_id
        self._update_route()

    @property
    def via_server_available(self) -> bool:
        server = self._server
        return server is not None and server.set_up and (self._channel_id or "") in server.server_ids

    def _route_tip(self, available: bool) -> str:
        if available:
            return self.tr(
                "Direct: sent from this computer with the form's values. Via server: the server sends it, "
                "with the channel as it was last synced."
            )
        return self.tr("Direct: sent from this computer. Via server: needs a server login and the channel synced.")

    def _update_route(self, *args) -> None:
        available = self.via_server_available
        model = self.route.model()
        if isinstance(model, QStandardItemModel):  # a combo box's own model
            item = model.item(1)
            if item is not None:
                item.setEnabled(available)
        if not available and self.route.currentData() == SERVER:
            self.route.setCurrentIndex(0)
        self.route.setToolTip(self._route_tip(available))

    def set_available(self, available: bool, reason: str = "") -> None:
        """Whether the form's values can be tested (the editor's judgement); what the test itself needs
        besides (a username) is added here, and said beside the button."""
        self._available, self._reason = available, reason
        self._show_availability()

    def _username(self) -> str | None:
        return self.username.text().strip() or self.context.preferences.test_username or None

    def _missing(self) -> str:
        """What the test needs that neither the form nor the fields here give, or ""."""
        channel = self._draft() if self._available else None
        return core_tr(channel.config.test_needs(self._username())) if channel is not None else ""

    def _show_availability(self) -> None:
        missing = self._missing()
        self.need.setText(filled(self.tr("Cannot send a test: %1."), missing) if missing else "")
        self.need.setVisible(bool(missing))
        self.send_button.setEnabled(self._available and not missing and not self.running)
        tip = self._reason or self.tr("Send a test notification with the values in the form (Ctrl+T)")
        self.send_button.setToolTip(plain_tip(missing or tip))

    def start(self) -> None:
        channel = self._draft()
        if channel is None or self.running or self._missing():
            return
        preferences = self.context.preferences
        message = self.message.text().strip() or preferences.test_message or None
        username = self._username()
        deliverer = self.context.deliverer
        self._channel = channel
        self._route_used = self.route.currentData() if self.via_server_available else DIRECT
        unsaved = self._tested_unsaved = self._unsaved() and self._route_used == DIRECT
        if self._route_used == SERVER and self._server is not None:
            self._job = self._server.test(channel, message=message, username=username)
        else:

            async def body(report):
                return await deliverer.test(channel, message=message, username=username, unsaved=unsaved)

            self._job = self.context.worker.submit(f"test {channel.name}", body)
        self._job.finished.connect(self._finished)
        self._job.failed.connect(self._failed)
        self._job.cancelled.connect(self._cancelled)
        self._show_busy(True)
        self._shown = None
        if self._route_used == SERVER:
            self._show(filled(self.tr("Asking the server to send a test to %1…"), channel.name), None)
        else:
            self._show(filled(self.tr("Sending to %1…"), channel.name), None)
        self.reply.hide()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def forget(self) -> None:
        """Detaches from a running test (the editor moved to another channel); its result still lands."""
        self._job = None
        self._shown = None
        self._show_busy(False)
        self._show("", None)
        self.reply.hide()

    def _finished(self, result: DeliveryResult | Failure) -> None:
        channel = self._channel
        if self.sender() is self._job:
            self._job = None
            self._show_busy(False)
            if isinstance(result, Failure):
                self._show(failure_text(result), False)
            else:
                self.show_result(result, self._route_used, unsaved=self._tested_unsaved)
        if not isinstance(result, Failure):
            self.tested.emit(channel, result, self._tested_unsaved)

    def _failed(self, error: str) -> None:
        if self.sender() is self._job:
            self._job = None
            self._show_busy(False)
            self._show(filled(self.tr("The test could not run: %1"), error), False)

    def _cancelled(self) -> None:
        if self.sender() is self._job:
            self._job = None
            self._show_busy(False)
            self._show(self.tr("Test cancelled."), None)

    def values_changed(self) -> None:
        """The form's values changed: a result shown was of other values (another server, say), so it goes."""
        if not self.running:
            self._shown = None
            self._show("", None)
            self.reply.hide()

    def values_saved(self) -> None:
        """The form's values were saved: a result shown is no longer of unsaved values."""
        if self._shown is not None and self._shown[2]:
            self.show_result(self._shown[0], self._shown[1])

    def show_result(self, result: DeliveryResult, route: str = "direct", *, unsaved: bool = False) -> None:
        self._shown = (result, route, unsaved)
        took = latency(result.latency_ms)
        if result.outcome is Outcome.NOT_STARTED:
            self._show(core_sentence(result.message), None)
            self.reply.hide()
            return
        if result.outcome is Outcome.NOT_REPORTED:
            text = filled(self.tr("✔ Accepted by the server in %1 (delivery not reported)."), took)
        elif route == SERVER:
            verdict = self.tr("✔ Sent by the server in %1.") if result.delivered else self.tr("✘ Failed after %1.")
            text = filled(verdict, took)
        elif result.delivered:
            text = filled(self.tr("✔ Delivered in %1."), took)
        else:
            text = filled(self.tr("✘ Failed after %1."), took)
        if result.status_code is not None:
            text += " " + filled(self.tr("Status %1."), str(result.status_code))
        if result.via and route != SERVER:  # which way it went: direct, or through which proxy
            text += " " + core_sentence(result.via) + "."
        message = core_sentence(result.message)
        lines = [text, message]
        if unsaved:
            lines.append(self.tr("This tested the unsaved values in the form; the channel's last test is unchanged."))
        self._show("\n".join(line for line in lines if line), result.delivered)
        self.reply.setPlainText(result.reply or "")
        self.reply.setVisible(bool(result.reply))

    def _show(self, text: str, delivered: bool | None) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet("" if delivered is None else f"color: {outcome_color(delivered).name()};")

    def _show_busy(self, busy: bool) -> None:
        self.running_changed.emit(busy)
        self.progress.setVisible(busy)
        # The stack hands the focus from the button it hides to the one it shows, if that one is enabled by
        # then; a focused button that is disabled would pass it on down the window instead.
        if busy:
            self.send_or_cancel.setCurrentWidget(self.cancel_button)
            self._show_availability()  # Send disabled, now that it is out of sight
        else:
            self._show_availability()
            self.send_or_cancel.setCurrentWidget(self.send_button)
