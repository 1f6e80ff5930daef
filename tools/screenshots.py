#!/usr/bin/env python3
"""Writes docs/screenshots/*.png: the real app under a virtual X server, one channel of each type.

    .venv/bin/python tools/screenshots.py          # re-runs itself under ``xvfb-run`` when there is no display

The channels point at receivers started here on 127.0.0.1 (an HTTP server playing the webhook,
Slack, the Telegram Bot API and the Python bot; aiosmtpd for e-mail when it is installed), so the
Send test and Test all results are real deliveries. Secrets go to an in-memory keyring. The
server-*.png shots log in to the loopback PingTower test server (``tests/peers/pingtower_server.py``)
and sync with it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = (1360, 860)
sys.path.insert(0, str(ROOT))


LARGE_FONTS = "--large-fonts" in sys.argv
#: Large fonts are shot on the screen people reported them on: 1280×800 at 144 dpi.
LARGE_SCREEN = (1280, 800)


def rerun_under_xvfb() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("PINGTOWER_SCREENSHOTS_NESTED"):
        return
    if not shutil.which("xvfb-run"):
        sys.exit("no display and no xvfb-run: install xvfb (apt-get install xvfb)")
    os.environ["PINGTOWER_SCREENSHOTS_NESTED"] = "1"
    width, height = LARGE_SCREEN if LARGE_FONTS else SCREEN
    screen = f"-screen 0 {width}x{height}x24"
    os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", screen, sys.executable, *sys.argv])


class Receivers(BaseHTTPRequestHandler):
    """Every peer the channels talk to, on one loopback port."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._answer(200, {"status": "healthy", "version": "1.0"} if self.path == "/health" else {})

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.endswith("/getMe"):
            self._answer(
                200,
                {
                    "ok": True,
                    "result": {"id": 123456789, "first_name": "PingTower", "username": "pingtower_alerts_bot"},
                },
            )
        elif self.path.endswith("/getChat"):
            self._answer(200, {"ok": True, "result": {"id": -1001234567890, "title": "On-call", "type": "group"}})
        elif self.path.endswith("/sendMessage"):
            self._answer(200, {"ok": True, "result": {"message_id": 42}})
        elif self.path.startswith("/services/"):
            self._answer(200, "ok")
        elif self.path == "/send_notification":
            self._answer(200, {"success": True, "message": "Notification sent successfully"})
        else:
            self._answer(202, {"received": True})

    def _answer(self, status: int, body) -> None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain" if isinstance(body, str) else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


def start_receivers() -> tuple[str, int | None]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receivers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    smtp_port = None
    try:
        from aiosmtpd.controller import Controller

        class Sink:
            async def handle_DATA(self, server, session, envelope):
                return "250 2.0.0 Message accepted for delivery"

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            smtp_port = probe.getsockname()[1]
        Controller(Sink(), hostname="127.0.0.1", port=smtp_port).start()
    except ImportError:
        pass
    return f"http://127.0.0.1:{server.server_address[1]}", smtp_port


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def use_memory_keyring() -> None:
    import keyring

    from tests.memory_keyring import MemoryKeyring

    class ScreenshotKeyring(MemoryKeyring):
        name = "in-memory keyring (screenshots)"

    keyring.set_keyring(ScreenshotKeyring())


def channels(http: str, smtp_port: int | None) -> list[dict]:
    email_host, email_port = ("127.0.0.1", smtp_port) if smtp_port else ("smtp.gmail.com", 587)
    return [
        {
            "name": "On-call Telegram",
            "type": "TELEGRAM",
            "isDefault": True,
            "configuration": {
                "botToken": "123456789:ABCdefGHIjklMNOpqrsTUVwxyz",
                "chatId": "-1001234567890",
                "apiBaseUrl": http,
            },
        },
        {
            "name": "Ops e-mail",
            "type": "EMAIL",
            "configuration": {
                "smtpHost": email_host,
                "smtpPort": email_port,
                "username": "" if smtp_port else "alerts@yourcompany.com",
                "password": "" if smtp_port else "your-app-password",
                "fromEmail": "alerts@yourcompany.com",
                "toEmail": "oncall@yourcompany.com",
                "useTls": not smtp_port,
            },
        },
        {
            "name": "#alerts on Slack",
            "type": "SLACK",
            "configuration": {
                "webhookUrl": f"{http}/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                "channel": "#alerts",
                "username": "PingTower Bot",
            },
        },
        {
            "name": "Status page webhook",
            "type": "WEBHOOK",
            "configuration": {
                "url": f"{http}/webhook",
                "method": "POST",
                "headers": {"Authorization": "Bearer your-token"},
                "timeout": 30,
            },
        },
        {
            "name": "PingTower Python bot",
            "type": "PYTHON_BOT",
            "configuration": {"botUrl": http, "username": "testuser"},
        },
        {
            "name": "Billing webhook (down)",
            "type": "WEBHOOK",
            "configuration": {"url": f"http://127.0.0.1:{closed_port()}/hook", "timeout": 5},
        },
    ]


def beside_list(dialog, window, width: int, height: int) -> None:
    """Over the editor, leaving the channel list (and its sync badges) in view; a thin frame stands in
    for the window manager's decorations, which Xvfb has none of."""
    dialog.setStyleSheet(f"QDialog#{dialog.objectName()} {{ border: 1px solid #8c8c8c; }}")
    dialog.resize(width, height)
    dialog.move(window.x() + 490, window.y() + 110)


def open_sync(features, wait_for):
    """Sync… as clicked: the dialog, once it is there."""
    previous = features.sync_dialog
    features.sync()
    wait_for(lambda: features.sync_dialog is not previous)
    return features.sync_dialog


def server_shots(shell, context, settle, wait_for, shoot) -> None:
    """The Server dialog after a login, a sync plan with changes both ways and a conflict, the conflict dialog."""
    from pingtower_desktop.channels import Channel
    from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer

    server = PingTowerServer("documented").__enter__()
    window = shell.window
    features = window.server
    dialog = features.open_server()
    beside_list(dialog, window, 600, dialog.sizeHint().height())
    dialog.url.setText(server.url)
    dialog.email.setText(USER_EMAIL)
    dialog.password.setText(USER_PASSWORD)
    dialog.log_in()
    wait_for(lambda: not dialog.busy and features.session.status.state == "connected")
    shoot("server-dialog")
    dialog.close()

    sync = open_sync(features, wait_for)  # the first sync: everything goes to the server
    wait_for(lambda: not sync.running)
    sync.apply()
    wait_for(lambda: sync.report is not None and not sync.running)
    sync.close()

    by_name = {channel.name: channel for channel in context.repo.list()}
    telegram = context.repo.with_secrets(by_name["On-call Telegram"])
    context.repo.update(telegram.replace(config=telegram.config.model_copy(update={"chatId": "-1009876543210"})))
    server.change("On-call Telegram", chatId="-1001111111111")
    slack = context.repo.with_secrets(by_name["#alerts on Slack"])
    context.repo.update(slack.replace(config=slack.config.model_copy(update={"channel": "#ops-alerts"})))
    server.change("Ops e-mail", toEmail="sre@yourcompany.com")
    server.seed(
        "Deploys webhook",
        "WEBHOOK",
        {"url": "https://ci.yourcompany.com/hooks/deploys", "method": "POST", "timeout": 10},
    )
    context.repo.add(
        Channel.from_wire(
            {
                "name": "Night shift Slack",
                "type": "SLACK",
                "configuration": {
                    "webhookUrl": "https://hooks.slack.com/services/T00000000/B11111111/YYYYYYYYYYYYYYYYYYYYYYYY"
                },
            }
        )
    )
    reading = window.reload_channels()
    wait_for(lambda: reading.done)
    window.select_channel(by_name["Status page webhook"].id)
    sync = open_sync(features, wait_for)
    beside_list(sync, window, 840, 460)
    wait_for(lambda: not sync.running)
    shoot("server-sync-plan")

    conflicts = sync.resolve_conflicts()
    beside_list(conflicts, window, 840, 480)
    shoot("server-conflict")
    conflicts.reject()
    sync.close()
    server.__exit__(None, None, None)
    reference_shot(context, features, window, wait_for, shoot)


def reference_shot(context, features, window, wait_for, shoot) -> None:
    """The first plan against the reference server: a channel it already has is linked, a change waits for
    consent, another user's channel may be copied, and what it cannot create stays here."""
    from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer

    server = PingTowerServer("reference").__enter__()
    ops = context.repo.with_secrets(context.repo.find("Ops e-mail")).to_wire("include")["configuration"]
    renames = {"fromEmail": "from", "toEmail": "to", "useTls": "useStartTLS", "useSsl": "useSSL"}
    server.seed("Ops e-mail", "EMAIL", {renames.get(k, k): v for k, v in ops.items() if v != ""})
    billing = {"smtpHost": "smtp.billing.example", "from": "billing@example.com", "to": "accounts@example.com"}
    server.seed("Billing e-mail", "EMAIL", billing)
    dialog = features.open_server()
    dialog.url.setText(server.url)
    dialog.dialect.setCurrentIndex(0)
    dialog.email.setText(USER_EMAIL)
    dialog.password.setText(USER_PASSWORD)
    dialog.log_in()
    wait_for(lambda: not dialog.busy and features.session.status.state == "connected")
    dialog.close()
    sync = open_sync(features, wait_for)
    wait_for(lambda: not sync.running)
    beside_list(sync, window, 860, 500)
    shoot("server-reference-plan")
    sync.close()
    server.__exit__(None, None, None)


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.Highlight, "#2f65ca"),
        (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#353535"),
        (role.ToolTipText, "#e6e6e6"),
        (role.PlaceholderText, "#8a8a8a"),
        (role.Link, "#7aa7ff"),
    ):
        palette.setColor(name, QColor(colour))
    for name in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#7a7a7a"))
    return palette


def start_app(prefix: str):
    """A config folder of its own, an in-memory keyring, the receivers, the application and its channels:
    (folder, app, context, the receivers' http:// base)."""
    config_dir = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"] = os.environ["PINGTOWER_DESKTOP_DATA_DIR"] = str(config_dir)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    use_memory_keyring()
    http, smtp_port = start_receivers()

    from pingtower_desktop.channels import Channel
    from pingtower_desktop.ui.application import make_application
    from pingtower_desktop.ui.context import AppContext

    app = make_application([sys.argv[0]])
    context = AppContext.open()
    for wire in channels(http, smtp_port):
        context.repo.add(Channel.from_wire(wire))
    return config_dir, app, context, http


def main() -> int:
    rerun_under_xvfb()
    config_dir, app, context, http = start_app("pingtower-screenshots-")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from pingtower_desktop.channels import Channel
    from pingtower_desktop.ui.application import Shell
    from pingtower_desktop.ui.context import AppContext, AppStart
    from pingtower_desktop.ui.first_paint import after_first_paint
    from pingtower_desktop.ui.i18n import Translations

    OUT.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 300) -> None:
        deadline = time.monotonic() + ms / 1000
        while time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.01)

    def wait_for(condition, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the app did not get there in time")
            settle(50)

    def grab(window, name: str) -> None:
        frame = window.frameGeometry()
        pixmap = QGuiApplication.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        pixmap.save(str(OUT / f"{name}.png"))
        print(f"wrote {OUT / name}.png")

    def shoot(name: str) -> None:
        settle()
        grab(shell.window, name)

    def place(window) -> None:
        window.setGeometry(0, 0, *SCREEN)
        window.show()
        window.raise_()
        window.activateWindow()

    # A first start: no channel yet, so the window offers what to do first (a folder and a run of its own).
    os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="pingtower-first-start-")
    first = Shell(AppContext.open(), Translations(), "en")
    os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"] = str(config_dir)
    place(first.window)
    settle(800)
    grab(first.window, "first-start")
    first.window.close()

    # As pingtower-desktop starts: the first paint lists the channels while the core is still loading.
    starting, still_loading = Shell(AppStart.open(), Translations(), "en"), []

    def grab_starting() -> None:
        still_loading.append(not starting.window.attached)
        grab(starting.window, "starting")

    after_first_paint(starting.window, grab_starting)
    place(starting.window)
    wait_for(lambda: still_loading)
    assert still_loading == [True], "the core was attached before the first paint was grabbed"
    starting.window.close()
    starting.close()

    shell = Shell(context, Translations(), "en")
    place(shell.window)
    settle(800)
    by_type = {}
    for channel in context.repo.list():
        by_type.setdefault(channel.type.name, channel)
    window = shell.window
    window.test_all()
    wait_for(lambda: window.test_all_dialog is not None)  # once the store has read the secrets
    dialog = window.test_all_dialog
    dialog.move(window.x() + 520, window.y() + 240)
    wait_for(lambda: not dialog.running)
    shoot("test-all")
    dialog.close()

    helper_actions = {"TELEGRAM": "check_token", "PYTHON_BOT": "check"}
    for type_name in ("TELEGRAM", "EMAIL", "SLACK", "WEBHOOK", "PYTHON_BOT"):
        window.select_channel(by_type[type_name].id)
        wait_for(lambda: not window.editor.loading)  # its secrets read from the keyring
        if type_name in helper_actions:
            addon = window.editor.addons[0]
            getattr(addon, helper_actions[type_name])()
            wait_for(lambda addon=addon: not addon.busy)
        shoot(f"main-{type_name.lower().replace('_', '-')}")

    window.select_channel(by_type["TELEGRAM"].id)
    window.editor.test_panel.message.setText("Disk usage on db-1 is above 90%")
    window.editor.test_panel.start()
    wait_for(lambda: not window.editor.test_panel.running)
    shoot("send-test")

    window.tabs.setCurrentWidget(window.history)
    shoot("history")
    # The watch: one run (its checks go to the loopback receivers, one of which is down), then the tabs; a
    # real system tray (trayer) on the virtual screen shows its icon and tooltip.
    from pingtower_desktop.watch.settings import set_schedule

    down = next(c for c in context.repo.list() if "(down)" in c.name)
    settings = context.watch.settings
    settings.save(set_schedule(settings.load(), down.id, failures=1))
    tray_host = (
        subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"])
        if shutil.which("trayer")
        else None
    )
    settle(1500)
    context.watch.watcher.network = lambda: True
    context.watch.start()
    wait_for(lambda: len(context.watch.health) >= 5)
    if tray_host is not None:
        icon = context.watch.tray.geometry()
        subprocess.run(["xdotool", "mousemove", str(icon.center().x()), str(icon.center().y())], check=False)
        settle(2500)  # the tooltip
        QGuiApplication.primaryScreen().grabWindow(0, icon.right() - 640, 0, 640, 200).save(str(OUT / "tray.png"))
        print(f"wrote {OUT / 'tray.png'}")
        subprocess.run(["xdotool", "mousemove", "10", "600"], check=False)
        tray_host.terminate()  # it sits over the windows' corner in the shots that follow
    for _ in range(3):  # a few more sends for the figures
        before = window.test_all_dialog
        window.test_all()
        wait_for(lambda before=before: window.test_all_dialog not in (None, before))
        wait_for(lambda: not window.test_all_dialog.running)
        window.test_all_dialog.close()
    window.tabs.setCurrentWidget(window.health)
    wait_for(lambda: window.health.model.rowCount() >= 5)
    window.health.view.selectRow(1)
    shoot("health")
    window.tabs.setCurrentWidget(window.activity)
    wait_for(lambda: window.activity.model.rowCount() > 0)
    shoot("activity")
    window.tabs.setCurrentWidget(window.splitter)

    # The document's full configuration over the channels here: the preview before anything is written.
    from tests.ui.test_import_undo import DOCUMENT_FULL_CONFIGURATION

    for wire in (
        {
            "name": "Email Channel",
            "type": "EMAIL",
            "configuration": {
                "smtpHost": "mail.example.org",
                "fromEmail": "alerts@example.org",
                "toEmail": "oncall@example.org",
            },
        },
        {"name": "Slack Channel", "type": "SLACK", "configuration": {"webhookUrl": http + "/services/T1/B1/real"}},
    ):
        context.repo.add(Channel.from_wire(wire))
    reading = window.reload_channels()
    wait_for(lambda: reading.done)
    document = config_dir / "full-configuration.json"
    document.write_text(json.dumps(DOCUMENT_FULL_CONFIGURATION), encoding="utf-8")
    window.import_channels(str(document))
    wait_for(lambda: window.import_preview is not None and window.import_preview.isVisible())
    preview = window.import_preview
    beside_list(preview, window, 860, 560)
    settle()
    grab(preview, "import-preview")
    preview.reject()

    settings = window.open_settings()  # the Network page, a proxy set by hand (nothing is saved: Cancel)
    settings.pages.setCurrentIndex(2)
    settings.network.mode.setCurrentIndex(settings.network.mode.findData("manual"))
    settings.network.kind.setCurrentIndex(settings.network.kind.findData("socks5h"))
    settings.network.host.setText("proxy.corp.example")
    settings.network.port.setValue(1080)
    settings.network.user.setText("ops")
    settings.network.exceptions.setText("intranet.example, 10.0.0.0/8")
    beside_list(settings, window, 600, 440)
    settle()
    grab(settings, "settings-network")
    settings.reject()

    shell.switch_language("ru")
    shell.window.setGeometry(0, 0, 1280, 800)  # the size people reported the Russian editor clipped at
    shell.window.show()
    shell.window.show_when_listed(by_type["WEBHOOK"].id)
    shoot("russian")
    shell.window.setGeometry(0, 0, 800, 600)  # the smallest screen the app is made for
    shell.window.show_when_listed(by_type["EMAIL"].id)
    wait_for(lambda: not shell.window.editor.loading)
    shoot("russian-800x600")

    shell.switch_language("en")
    place(shell.window)
    server_shots(shell, context, settle, wait_for, shoot)

    # A desktop switched to a dark theme: Qt hands the app a dark palette, which every view follows.
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    place(shell.window)
    shell.window.show_when_listed(by_type["WEBHOOK"].id)
    shoot("dark")

    QTimer.singleShot(0, shell.window.close)
    settle(200)
    context.close()
    shutil.rmtree(config_dir, ignore_errors=True)
    # large fonts: a run of its own (the font size is read as the application starts) on a screen of its own
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "PINGTOWER_SCREENSHOTS_NESTED")}
    return subprocess.run([sys.executable, __file__, "--large-fonts"], env=env | {"QT_FONT_DPI": "144"}).returncode


def large_fonts() -> int:
    """The window as it opens at 144 dpi on 1280×800: fitted to the screen, the e-mail form on show."""
    config_dir, app, context, _http = start_app("pingtower-large-fonts-")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from pingtower_desktop.ui.application import Shell
    from pingtower_desktop.ui.i18n import Translations

    shell = Shell(context, Translations(), "en")
    window = shell.window
    window.show()
    email = next(c for c in context.repo.list() if c.type.name == "EMAIL")
    window.show_when_listed(email.id)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and (window.editor.channel_id != email.id or window.editor.loading):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(40):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)
    frame = window.frameGeometry()
    pixmap = QGuiApplication.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    pixmap.save(str(OUT / "large-fonts.png"))
    print(f"wrote {OUT / 'large-fonts'}.png ({pixmap.width()}×{pixmap.height()} pixels on 1280×800)")
    QTimer.singleShot(0, window.close)
    app.processEvents()
    context.close()
    shutil.rmtree(config_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if LARGE_FONTS:
        rerun_under_xvfb()
        sys.exit(large_fonts())
    sys.exit(main())
