"""The Server dialog: base URL, dialect, log in (e-mail and password, or a pasted token), who is logged in, log out.

The password goes to the server once, to get a token; it is never stored, and the field is
emptied after a login. Before a login travels over plain http to another computer, the dialog asks.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..server.limits import MAX_CHANNELS
from ..server.states import ServerState
from . import server_prompts
from .core_text import core_tr
from .filled import filled
from .focus import pass_focus
from .formatting import outcome_color, warning_color
from .plain_text import PlainLabel
from .screen_fit import fit, scrolling
from .server_session import Failure, ServerSession
from .server_text import dialect_text, expiry_text, failure_text, state_word, who_text
from .status_label import StatusLabel
from .worker import Job
from .wrap_label import WrapLabel

AUTO = ""


class ServerDialog(QDialog):
    """Shows the session's status as it changes; ``logged_in`` fires after a successful login."""

    logged_in = Signal()

    def __init__(self, session: ServerSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.setWindowTitle(self.tr("Server"))
        self.session = session
        self.job: Job | None = None
        self._build()
        profile = session.status.profile if session.status else None
        if profile is not None:
            self.url.setText(profile.base_url)
            self.email.setText(profile.email)
            self.dialect.setCurrentIndex(max(self.dialect.findData(profile.dialect), 0))
            self.ca_file.setText(profile.ca_file)
        session.status_changed.connect(self.show_status)
        self.show_status()
        self._update_buttons()
        fit(self, 560, self._wanted_height())

    def _wanted_height(self) -> int:
        margins = self.outer.contentsMargins()
        chrome = margins.top() + margins.bottom() + self.outer.spacing() + self.buttons.sizeHint().height()
        return self.body.sizeHint().height() + chrome

    def _grow_to_fit(self) -> None:
        """Taller as what it shows grows (after a login: a server's notes), never past the screen: it scrolls."""
        wanted = self._wanted_height()
        if wanted > self.height():
            fit(self, self.width(), wanted)

    # --- layout ---

    def _line(self, name: str, accessible: str, placeholder: str = "", *, secret: bool = False) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        if secret:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        line.textChanged.connect(self._update_buttons)
        return line

    def _build(self) -> None:
        self.url = self._line("server_url", self.tr("Server URL"), "https://pingtower.example.com")
        self.url.setToolTip(self.tr("The server's base URL, without /api/v1"))
        self.dialect = QComboBox(self)
        self.dialect.setObjectName("server_dialect")
        self.dialect.setAccessibleName(self.tr("Server API"))
        self.dialect.addItem(self.tr("Detect automatically"), AUTO)
        self.dialect.addItem(self.tr("Documented API (/api/v1)"), "documented")
        self.dialect.addItem(self.tr("Reference server (/v1/api)"), "reference")
        self.dialect.setToolTip(self.tr("Which API the server speaks; detected on first contact unless chosen here"))
        self.ca_file = self._line("server_ca_file", self.tr("CA certificate file"), "/etc/ssl/certs/company-ca.pem")
        self.ca_file.setToolTip(
            self.tr(
                "Only for a server whose certificate comes from your organisation's own certificate authority: "
                "that CA's certificate (a PEM file). Leave empty to trust the system's certificates."
            )
        )
        self.with_password = QRadioButton(self.tr("E-mail and password"), self)
        self.with_password.setObjectName("login_with_password")
        self.with_password.setChecked(True)
        self.with_token = QRadioButton(self.tr("Token (JWT)"), self)
        self.with_token.setObjectName("login_with_token")
        self.method = QButtonGroup(self)
        self.method.addButton(self.with_password)
        self.method.addButton(self.with_token)
        self.with_password.toggled.connect(self._method_changed)
        methods = QHBoxLayout()
        methods.addWidget(self.with_password)
        methods.addWidget(self.with_token)
        methods.addStretch(1)
        self.email = self._line("server_email", self.tr("E-mail"), "admin@example.com")
        self.password = self._line("server_password", self.tr("Password"), secret=True)
        self.password.setToolTip(self.tr("Sent once to get a login token; never stored"))
        self.token = self._line("server_token", self.tr("Token"), "eyJhbGciOi…", secret=True)
        self.token.setToolTip(self.tr("A login token (JWT) copied from the PingTower web app; kept in the keyring"))
        self.login_button = QPushButton(self.tr("Log in"), self)
        self.login_button.setObjectName("server_log_in")
        # Enter anywhere in the form presses Log in (the dialog's default button). Not returnPressed:
        # logging in disables the field, focus moves on to Cancel, and the same Enter would press it.
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.log_in)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("server_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setAutoDefault(False)  # never the button Enter presses
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Logging in"))
        self.progress.hide()
        self.outcome = StatusLabel(self.tr("Login result"), self)
        self.outcome.setObjectName("server_outcome")
        for button in (self.login_button, self.cancel_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        login_row = QHBoxLayout()
        login_row.addWidget(self.login_button)
        login_row.addWidget(self.cancel_button)
        login_row.addWidget(self.progress, 1)
        login_box = QGroupBox(self.tr("Log in"), self)
        self.login_form = QFormLayout(login_box)
        self.login_form.addRow(self.tr("Server URL *"), self.url)
        self.login_form.addRow(self.tr("API"), self.dialect)
        self.login_form.addRow(self.tr("CA certificate file"), self.ca_file)
        self.login_form.addRow(self.tr("Log in with"), methods)
        self.login_form.addRow(self.tr("E-mail"), self.email)
        self.login_form.addRow(self.tr("Password"), self.password)
        self.login_form.addRow(self.tr("Token"), self.token)
        self.login_form.addRow(login_row)
        self.login_form.addRow(self.outcome)
        self.note = WrapLabel(self.tr("The password is only used to get a login token; it is never stored."), self)
        self.note.setObjectName("server_password_note")
        self.login_form.addRow(self.note)

        self.state = StatusLabel(self.tr("State"), self)
        self.state.setObjectName("server_dialog_state")
        self.where = PlainLabel(self)
        self.where.setObjectName("server_where")
        self.who = PlainLabel(self)
        self.who.setObjectName("server_who")
        self.expiry = PlainLabel(self)
        self.expiry.setObjectName("server_expiry")
        for label in (self.where, self.who, self.expiry):  # read by their text, labelled by their row's caption
            label.setWordWrap(True)
        self.max_channels = QSpinBox(self)
        self.max_channels.setObjectName("server_max_channels")
        self.max_channels.setRange(1, 1_000_000)
        self.max_channels.setValue(MAX_CHANNELS)
        self.max_channels.setAccessibleName(self.tr("Channels a sync takes from the server"))
        for line in self.max_channels.findChildren(QLineEdit):  # the spin box's own field: read by the same name
            line.setAccessibleName(self.max_channels.accessibleName())
        self.max_channels.setToolTip(
            self.tr(
                "A sync refuses a server that lists more channels than this, before anything is written: "
                "raise it for a server that really holds that many."
            )
        )
        self.max_channels.editingFinished.connect(self._max_channels_edited)
        self.notes = StatusLabel(self.tr("Notes about this server"), self)
        self.notes.setObjectName("server_notes")
        self.logout_button = QPushButton(self.tr("Log out"), self)
        self.logout_button.setObjectName("server_log_out")
        self.logout_button.setToolTip(self.tr("Forget the login token; the server URL stays"))
        self.logout_button.clicked.connect(self.log_out)
        self.check_button = QPushButton(self.tr("Check again"), self)
        self.check_button.setObjectName("server_check")
        self.check_button.clicked.connect(self.session.refresh)
        status_buttons = QHBoxLayout()
        status_buttons.addWidget(self.logout_button)
        status_buttons.addWidget(self.check_button)
        status_buttons.addStretch(1)
        status_box = QGroupBox(self.tr("Status"), self)
        status_form = QFormLayout(status_box)
        status_form.addRow(self.tr("State"), self.state)
        status_form.addRow(self.tr("Server"), self.where)
        status_form.addRow(self.tr("Logged in as"), self.who)
        status_form.addRow(self.tr("Token expires"), self.expiry)
        status_form.addRow(self.tr("Channels a sync takes"), self.max_channels)
        status_form.addRow(self.notes)
        status_form.addRow(status_buttons)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.body = QWidget(self)  # scrolls where the screen is too short for it; Close stays in reach
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(login_box)
        body_layout.addWidget(status_box)
        body_layout.addStretch(1)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(scrolling(self.body, self), 1)
        self.outer.addWidget(self.buttons)
        self._method_changed()
        chain: list[QWidget] = [self.url, self.dialect, self.ca_file, self.with_password, self.with_token, self.email]
        chain += [self.password, self.token, self.login_button, self.cancel_button, self.max_channels]
        chain += [self.logout_button, self.check_button, self.buttons.button(QDialogButtonBox.StandardButton.Close)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- logging in ---

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _method_changed(self) -> None:
        by_password = self.with_password.isChecked()
        self.login_form.setRowVisible(self.email, by_password)
        self.login_form.setRowVisible(self.password, by_password)
        self.login_form.setRowVisible(self.token, not by_password)
        self._update_buttons()

    def _ready(self) -> bool:
        if not self.url.text().strip():
            return False
        if self.with_password.isChecked():
            return bool(self.email.text().strip() and self.password.text())
        return bool(self.token.text().strip())

    def _update_buttons(self) -> None:
        self.login_button.setEnabled(self._ready() and not self.busy)
        status = self.session.status
        has_login = status is not None and status.state not in (ServerState.NOT_SET_UP, ServerState.LOGGED_OUT)
        self.logout_button.setEnabled(has_login and not self.busy)
        self.check_button.setEnabled(status is not None and status.profile is not None)
        self.max_channels.setEnabled(status is not None and status.profile is not None)

    def log_in(self) -> None:
        if not self._ready() or self.busy:
            return
        from ..server.auth import normalize_base_url, plain_http_warning

        url = self.url.text().strip()
        try:
            url = normalize_base_url(url)
        except ValueError as error:
            self._show(core_tr(error), False)
            return
        warning = plain_http_warning(url)
        if warning and not server_prompts.confirm_plain_http(self, core_tr(warning)):
            self._show(self.tr("Not logged in: use https://, or confirm sending the login over plain http."), None)
            return
        credentials: dict[str, Any]
        if self.with_password.isChecked():
            credentials = {"email": self.email.text().strip(), "password": self.password.text()}
        else:
            credentials = {"email": self.email.text().strip(), "token": self.token.text().strip()}
        ca_file = self.ca_file.text().strip()
        self.job = self.session.login(url, dialect=self.dialect.currentData() or None, ca_file=ca_file, **credentials)
        self.job.finished.connect(self._logged_in)
        self.job.failed.connect(lambda error: self._show(filled(self.tr("Login failed: %1"), error), False))
        self.job.cancelled.connect(lambda: self._show(self.tr("Login cancelled."), None))
        self.job.ended.connect(self._job_ended)
        self._set_busy(True)
        self._show(filled(self.tr("Logging in to %1…"), url), None)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _logged_in(self, outcome: Any) -> None:
        if isinstance(outcome, Failure):
            self._show(failure_text(outcome), False)
            return
        self.password.clear()
        self.token.clear()
        status, _server_ids = outcome
        self._show(filled(self.tr("Logged in as %1."), who_text(status)), True)
        self.logged_in.emit()

    def _job_ended(self) -> None:
        self.job = None
        self._set_busy(False)

    def log_out(self) -> None:
        job = self.session.logout()
        job.finished.connect(lambda outcome: self._show(self.tr("Logged out; the token was removed."), None))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.cancel_button.show()
            pass_focus(self.login_button, self.cancel_button)  # Log in is disabled meanwhile
        for widget in (
            self.url,
            self.dialect,
            self.ca_file,
            self.with_password,
            self.with_token,
            self.email,
            self.password,
        ):
            widget.setEnabled(not busy)
        self.token.setEnabled(not busy)
        self._update_buttons()
        if not busy:
            pass_focus(self.cancel_button, self.login_button)
            self.cancel_button.hide()

    def _show(self, text: str, good: bool | None) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet("" if good is None else f"color: {outcome_color(good).name()};")

    def _max_channels_edited(self) -> None:
        profile = self.session.status.profile if self.session.status else None
        if profile is not None and self.max_channels.value() != profile.max_channels:
            self.session.set_max_channels(self.max_channels.value())

    # --- status ---

    def show_status(self, *args) -> None:
        status = self.session.status
        self.state.setText(state_word(status, self.session.checking))
        profile = status.profile if status else None
        if profile is not None and not self.max_channels.hasFocus():
            self.max_channels.setValue(profile.max_channels)
        logged_in = status is not None and status.state not in (ServerState.NOT_SET_UP, ServerState.LOGGED_OUT)
        self.where.setText(f"{profile.base_url} — {dialect_text(profile.dialect)}" if profile else "—")
        self.who.setText(who_text(status) if status is not None and logged_in else "—")
        self.expiry.setText(expiry_text(status.token) if status is not None and logged_in else "—")
        expired = status is not None and status.state is ServerState.TOKEN_EXPIRED
        self.expiry.setStyleSheet(f"color: {outcome_color(False).name()};" if expired else "")
        notes = []
        if status is not None and status.warning:
            notes.append("⚠ " + core_tr(status.warning))
        if status is not None and status.state in (
            ServerState.OFFLINE,
            ServerState.REFUSED,
            ServerState.ERROR,
            ServerState.TOKEN_EXPIRED,
        ):
            notes.append(core_tr(status.message))
        if profile is not None:
            notes += ["• " + core_tr(caveat) for caveat in profile.api.caveats]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.notes.setStyleSheet(f"color: {warning_color().name()};" if status and status.warning else "")
        self._update_buttons()
        self._grow_to_fit()
