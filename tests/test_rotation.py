"""Rotating a secret: checked before it is saved; a value the peer refuses changes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.keyring_accounts import memory_secrets
from tests.peers.http_peers import TELEGRAM_TOKEN
from tests.test_cli import add_telegram, run

NEW_TOKEN = "987654321:AAnewTokenAfterRotation_for-loopback"


def stored_entry(config_dir) -> dict:
    [entry] = json.loads((config_dir / "channels.json").read_text())["channels"]
    return entry


def test_a_rejected_new_token_keeps_the_old_one_and_an_accepted_one_replaces_it(capsys, telegram_peer, memory_keyring):
    config_dir = Path(os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"])
    add_telegram(capsys, telegram_peer.url)
    set_at = stored_entry(config_dir)["secretsSetAt"]

    code, out, _ = run(capsys, "rotate", "Telegram Channel", "botToken", stdin=NEW_TOKEN + "\n")
    assert code == 1 and "the new botToken was not accepted, nothing was changed" in out and "401" in out
    assert TELEGRAM_TOKEN in memory_secrets(memory_keyring) and NEW_TOKEN not in memory_secrets(memory_keyring)
    assert stored_entry(config_dir)["secretsSetAt"] == set_at

    telegram_peer.tokens.add(NEW_TOKEN)  # the new token, made at @BotFather
    code, out, _ = run(capsys, "rotate", "Telegram Channel", "botToken", stdin=NEW_TOKEN + "\n")
    assert code == 0 and "the new botToken is saved and works; the old one is gone from the keyring" in out
    assert NEW_TOKEN in memory_secrets(memory_keyring) and TELEGRAM_TOKEN not in memory_secrets(memory_keyring)
    assert stored_entry(config_dir)["secretsSetAt"] >= set_at
    assert [call.path.split("/")[1] for call in telegram_peer.calls("getMe")][-2:] == [f"bot{NEW_TOKEN}"] * 2
    assert telegram_peer.calls("sendMessage") == []  # checked, not sent
    code, out, _ = run(capsys, "log", "--json")
    assert [(op["op"], op["fields"]) for op in json.loads(out)][-1] == ("rotate", ["secrets"])
    assert NEW_TOKEN not in out

    code, out, _ = run(capsys, "rotate", "Telegram Channel", "chatId", stdin="x\n")
    assert code == 2  # not a secret


def test_watch_status_reminds_of_old_secrets(capsys, telegram_peer, memory_keyring):
    config_dir = Path(os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"])
    add_telegram(capsys, telegram_peer.url)
    document = json.loads((config_dir / "channels.json").read_text())
    document["channels"][0]["secretsSetAt"] = "2026-01-01T00:00:00+00:00"  # long ago
    (config_dir / "channels.json").write_text(json.dumps(document))
    code, out, _ = run(capsys, "watch", "status")
    assert code == 0 and "[secrets older than 180 days: rotate them]" in out
    assert run(capsys, "watch", "config", "--rotate-after", "500")[0] == 0  # a longer rotation period
    assert "rotate them" not in run(capsys, "watch", "status")[1]


def test_a_rotated_secret_of_a_synced_channel_reaches_the_server_at_once(documented_server, telegram_peer):
    import asyncio

    from pingtower_desktop.channel_service import ChannelService
    from pingtower_desktop.channels import Channel
    from pingtower_desktop.cli.channel_commands import CLI
    from pingtower_desktop.delivery.rotation import rotate
    from pingtower_desktop.delivery.runner import Deliverer
    from tests.server_helpers import logged_in, sync

    service = logged_in(documented_server)
    config = {"botToken": TELEGRAM_TOKEN, "chatId": "-1001234567890", "apiBaseUrl": telegram_peer.url}
    ops = service.repo.add(Channel.from_wire({"name": "Ops", "type": "TELEGRAM", "configuration": config}))
    assert sync(service)[1].ok
    telegram_peer.tokens.add(NEW_TOKEN)

    rotation = asyncio.run(rotate(ChannelService(service.repo), Deliverer(), ops, "botToken", NEW_TOKEN, origin=CLI))
    assert rotation.done
    assert asyncio.run(service.push(ops.id)) == "sent to the server"
    assert documented_server.stored_configuration("Ops")["botToken"] == NEW_TOKEN
    before = documented_server.count()
    plan, report = sync(service)
    assert plan.actions == [] and report.ok and documented_server.count() - before == 1  # nothing left to do
