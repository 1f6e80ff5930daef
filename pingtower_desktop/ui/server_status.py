"""The server's state in the status bar, with "Log in again…" when the login has run out or was refused."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from .formatting import outcome_color
from .plain_text import plain_tip
from .server_session import ServerSession
from .server_text import state_details, state_good, state_text
from .status_label import announce


class ServerStatusBar(QWidget):
    """Clicking the state opens the Server dialog (``open_server``); the login button asks for a new login."""

    open_server = Signal()
    login_again = Signal()

    def __init__(self, session: ServerSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = QToolButton(self)
        self.state.setObjectName("server_state")
        self.state.setAutoRaise(True)
        self.state.clicked.connect(self.open_server)
        self.login_button = QToolButton(self)
        self.login_button.setObjectName("server_login_again")
        self.login_button.setText(self.tr("Log in again…"))
        self.login_button.setAccessibleName(self.tr("Log in to the server again"))
        self.login_button.clicked.connect(self.login_again)
        self.login_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.login_button)
        session.status_changed.connect(self.show_status)
        self.show_status()

    def text(self) -> str:
        return self.state.text()

    def show_status(self, *args) -> None:
        status, checking = self.session.status, self.session.checking
        text = state_text(status, checking)
        if text != self.state.text():
            self.state.setText(text)  # read as it is (its name), and said when it changes
            announce(self.state, text)
        details = state_details(status)
        self.state.setToolTip(plain_tip(details))
        self.state.setAccessibleDescription(details)
        good = None if checking else state_good(status)
        self.state.setStyleSheet("" if good is None else f"color: {outcome_color(good).name()};")
        self.login_button.setVisible(self.session.login_needed)
