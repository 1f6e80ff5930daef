"""Settings ▸ Network against a real proxy: a proxy set here is tried before it is saved, saved without its
password (that goes to the keyring), and the app's sends go through it from then on."""

from __future__ import annotations

import json
import os

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage.network_settings import NetworkStore
from tests.keyring_accounts import memory_secrets
from tests.peers.proxies import PROXY_PASSWORD, PROXY_USER, proxied

from .helpers import click, settle, type_into

WAIT = 10_000


def test_a_proxy_set_in_settings_is_tried_saved_and_used(
    qtbot, window, context, socks_proxy, webhook_peer, memory_keyring
):
    context.deliverer.routes = lambda: NetworkStore(context.paths, context.secrets).route(os.environ)  # as the app
    url = proxied("hooks", int(webhook_peer.url.rsplit(":", 1)[1])) + "/in"
    hook = context.repo.add(Channel.from_wire({"name": "Hook", "type": "WEBHOOK", "configuration": {"url": url}}))
    window.reload_channels()
    settle(qtbot, window)

    dialog = window.open_settings()
    dialog.pages.setCurrentIndex(2)  # Network
    page = dialog.network
    page.mode.setCurrentIndex(page.mode.findData("manual"))
    assert "names no address" in page.problem.text() and not dialog.buttons.buttons()[0].isEnabled()
    page.kind.setCurrentIndex(page.kind.findData("socks5h"))
    type_into(qtbot, page.host, "127.0.0.1")
    page.port.setValue(socks_proxy.port)
    type_into(qtbot, page.user, PROXY_USER)
    assert page.problem.text() == "" and dialog.buttons.buttons()[0].isEnabled()
    type_into(qtbot, page.password, "wrong")
    type_into(qtbot, page.test_url, url)
    click(qtbot, page.test_button)
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=WAIT)
    assert f"the proxy 127.0.0.1:{socks_proxy.port} refused the login" in page.outcome.text()
    type_into(qtbot, page.password, PROXY_PASSWORD)
    click(qtbot, page.test_button)
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=WAIT)
    assert f"Via proxy 127.0.0.1:{socks_proxy.port}" in page.outcome.text(), page.outcome.text()
    webhook_peer.received.clear()  # the try was a GET; the test below is the send

    dialog.accept()
    qtbot.waitUntil(lambda: NetworkStore(context.paths, context.secrets).load().mode == "manual", timeout=WAIT)
    qtbot.waitUntil(lambda: PROXY_PASSWORD in memory_secrets(memory_keyring), timeout=WAIT)
    document = json.loads((context.paths.config_dir / "network.json").read_text())
    assert document["proxy"] == socks_proxy.url() and PROXY_PASSWORD not in json.dumps(document)

    window.select_channel(hook.id)
    settle(qtbot, window)
    window.editor.test_panel.start()
    qtbot.waitUntil(lambda: "Delivered" in window.editor.test_panel.outcome.text(), timeout=WAIT)
    assert f"Via proxy 127.0.0.1:{socks_proxy.port}." in window.editor.test_panel.outcome.text()
    assert webhook_peer.received
