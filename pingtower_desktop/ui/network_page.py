"""Settings ▸ Network: no proxy, the system's (the environment as curl reads it, else the desktop's settings) or
one set here, with its exceptions; the password goes to the keyring, never to the file. "Test the proxy"
requests a URL the person gives through what is set here (saved or not), off the UI thread."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from ..storage.network_settings import NetworkStore
from ..transport.desktop_proxy import desktop_proxies
from ..transport.proxy import SCHEMES, Proxy, ProxyInvalid, ProxyRoute, ProxySettings, from_environment, said
from .context import AppContext
from .core_text import core_sentence, core_tr
from .filled import filled
from .formatting import latency, outcome_color
from .plain_text import PlainLabel
from .status_label import StatusLabel
from .worker import Job
from .wrap_label import WrapLabel

TEST_URL = "https://api.telegram.org"


def _parsed(url: str) -> Proxy | None:
    try:
        return Proxy.parse(url) if url.strip() else None
    except ProxyInvalid:
        return None  # a file edited by hand: the fields start empty, and the person sets them


class NetworkPage(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = NetworkStore(context.paths, context.secrets)
        saved = self.store.load()
        self._desktop = desktop_proxies()  # once (a gsettings call): what "system" follows without the environment
        self.mode = QComboBox(self)
        self.mode.setObjectName("proxy_mode")
        for label, mode in (
            (self.tr("No proxy: connect directly"), "none"),
            (self.tr("The system's (the environment, else the desktop's settings)"), "system"),
            (self.tr("Set here"), "manual"),
        ):
            self.mode.addItem(label, mode)
        self.mode.setCurrentIndex(max(self.mode.findData(saved.mode), 0))
        known = _parsed(saved.url)
        self.kind = QComboBox(self)
        self.kind.setObjectName("proxy_kind")
        for label, kind in (
            ("HTTP", "http"),
            ("HTTPS", "https"),
            (self.tr("SOCKS5, names resolved here"), "socks5"),
            (self.tr("SOCKS5, names resolved by the proxy"), "socks5h"),
        ):
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(max(self.kind.findData(known.kind if known else "http"), 0))
        self.host = QLineEdit(known.host if known else "", self)
        self.host.setObjectName("proxy_host")
        self.host.setPlaceholderText("proxy.example")
        self.port = QSpinBox(self)
        self.port.setObjectName("proxy_port")
        self.port.setRange(1, 65535)
        self.port.setValue(known.port if known else 3128)
        self.user = QLineEdit(known.username if known else "", self)
        self.user.setObjectName("proxy_user")
        self.user.setPlaceholderText(self.tr("None"))
        self.password = QLineEdit(self)
        self.password.setObjectName("proxy_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("As saved (in the keyring)") if saved.url else self.tr("None"))
        self.exceptions = QLineEdit(saved.no_proxy, self)
        self.exceptions.setObjectName("proxy_exceptions")
        self.exceptions.setPlaceholderText("intranet.example, .corp.example, 10.0.0.0/8")
        self.problem = WrapLabel(self)
        self.problem.setObjectName("proxy_problem")
        self.problem.setStyleSheet(f"color: {outcome_color(False).name()};")
        self.system_note = WrapLabel(self)
        self.system_note.setObjectName("proxy_system_note")
        self.test_url = QLineEdit(TEST_URL, self)
        self.test_url.setObjectName("proxy_test_url")
        self.test_button = QPushButton(self.tr("Test the proxy"), self)
        self.test_button.setObjectName("proxy_test")
        self.test_button.setToolTip(self.tr("Request this address the way set above (nothing is saved)"))
        self.test_button.clicked.connect(self.test)
        self.outcome = StatusLabel(self.tr("Proxy test result"), self)
        self.outcome.setObjectName("proxy_outcome")
        self._job: Job | None = None
        form = QFormLayout(self)
        form.addRow(self.tr("Connections"), self.mode)
        form.addRow(self.system_note)
        form.addRow(self.tr("Kind"), self.kind)
        where = QHBoxLayout()
        where.addWidget(self.host, 1)
        port_label = PlainLabel(self.tr("Port"), self)
        port_label.setBuddy(self.port)
        where.addWidget(port_label)
        where.addWidget(self.port)
        host_label = PlainLabel(self.tr("Host"), self)
        host_label.setBuddy(self.host)
        form.addRow(host_label, where)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Direct to"), self.exceptions)
        form.addRow(self.problem)
        trial = QHBoxLayout()
        trial.addWidget(self.test_url, 1)
        trial.addWidget(self.test_button)
        form.addRow(self.tr("Try"), trial)
        form.addRow(self.outcome)
        for field in (self.host, self.user, self.password, self.exceptions):
            field.textChanged.connect(self._check)
        for choice in (self.mode, self.kind):
            choice.currentIndexChanged.connect(self._check)
        self.port.valueChanged.connect(self._check)
        self._check()

    def settings(self) -> ProxySettings:
        host = self.host.text().strip()
        proxy = Proxy(self.kind.currentData(), host, self.port.value(), self.user.text().strip()) if host else None
        return ProxySettings(self.mode.currentData(), proxy.url() if proxy else "", self.exceptions.text().strip())

    def problems(self) -> str:
        """Why what is set here cannot be used ("" when it can)."""
        try:
            ProxyRoute.choose(self.settings(), os.environ, password=self.password.text())
        except ProxyInvalid as error:
            return core_tr(error)
        return ""

    def _check(self) -> None:
        manual = self.mode.currentData() == "manual"
        for field in (self.kind, self.host, self.port, self.user, self.password, self.exceptions):
            field.setEnabled(manual)
        self.system_note.setText(self._environment() if self.mode.currentData() == "system" else "")
        self.system_note.setVisible(self.mode.currentData() == "system")
        problem = self.problems()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.changed.emit()

    def _environment(self) -> str:
        """What the environment names, without passwords."""
        lines = []
        for scheme in SCHEMES:
            try:
                proxy, _rules = from_environment(os.environ, scheme)
            except ProxyInvalid as error:
                return core_tr(error)
            if proxy is not None:
                lines.append(f"{scheme}: {proxy.url(with_password=False)}")
        exceptions = os.environ.get("no_proxy") or os.environ.get("NO_PROXY") or ""
        if exceptions:
            lines.append(filled(self.tr("direct to: %1"), exceptions))
        if lines:
            return "\n".join(lines)
        desktop = self._desktop
        if desktop.warning:
            return core_sentence(desktop.warning)
        named = [f"{scheme}: {proxy.url(with_password=False)}" for scheme, proxy in desktop.proxies.items()]
        if named:
            return "\n".join([self.tr("The environment names no proxy; the desktop's settings do:"), *named])
        return self.tr("Neither the environment nor the desktop names a proxy: connections go direct.")

    def test(self) -> Job | None:
        """Requests the address through what is set here (the saved password when none is typed)."""
        if self._job is not None or self.problems():
            return None
        settings, typed, store, url = self.settings(), self.password.text(), self.store, self.test_url.text().strip()

        async def body(report: Any) -> tuple[str, str, float, int]:
            import asyncio

            from ..transport.clients import http_client
            from ..transport.http import request
            from ..transport.result import Stopwatch
            from ..transport.trust import default_ssl_context

            password = typed or await asyncio.to_thread(store.password, settings)
            route = ProxyRoute.choose(settings, os.environ, password=password, desktop=desktop_proxies)
            proxy = route.for_url(url)
            watch = Stopwatch()
            async with http_client(verify=default_ssl_context(), timeout=15.0, proxy=proxy) as client:
                answer = await request(client, "GET", url, timeout=15.0)
            return said(proxy), f"{answer.status_code} {answer.reason}", watch.ms(), answer.status_code

        self.outcome.setText(self.tr("Connecting…"))
        self.outcome.setStyleSheet("")
        self.test_button.setEnabled(False)
        job = self._job = self.context.worker.submit("test the proxy", body)
        job.finished.connect(self._tested)
        job.failed.connect(lambda error: self._show(filled(self.tr("Not reached: %1"), error), False))
        job.ended.connect(self._ended)
        return job

    def _tested(self, outcome: tuple[str, str, float, int]) -> None:
        via, status, ms, _code = outcome
        text = filled(self.tr("Answered %1 in %2 — %3."), status, latency(ms), core_sentence(via))
        self._show(text, True)

    def _show(self, text: str, good: bool) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color: {outcome_color(good).name()};")

    def _ended(self) -> None:
        self._job = None
        self.test_button.setEnabled(True)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def save(self) -> Job:
        """Saves the choice (the file; the password to the keyring) off the UI thread."""
        settings, typed, store = self.settings(), self.password.text(), self.store

        async def body(report: Any) -> None:
            import asyncio

            await asyncio.to_thread(store.save, settings, typed or None)

        return self.context.worker.submit("save the network settings", body)
