"""The operations log: every change to the channels, from each face, without a secret."""

from __future__ import annotations

import json

from pingtower_desktop.channels import Channel
from pingtower_desktop.importexport import parse_import
from pingtower_desktop.storage import AppPaths, SecretStore
from pingtower_desktop.storage.oplog import Face
from pingtower_desktop.storage.repository import ChannelRepository
from tests.importing import import_entries
from tests.peers.http_peers import TELEGRAM_TOKEN
from tests.test_cli import run


def ops(repo) -> list[tuple[str, str, str, list[str]]]:
    return [(op.op, op.source, op.channel, op.fields) for op in repo.oplog.read()]


def test_every_change_is_logged_with_its_fields_and_never_a_secret(tmp_path, memory_keyring):
    repo = ChannelRepository(AppPaths(config_dir=tmp_path / "c", data_dir=tmp_path / "d"), SecretStore(), face=Face.APP)
    wire = {"name": "Ops", "type": "TELEGRAM", "configuration": {"botToken": TELEGRAM_TOKEN, "chatId": "-100"}}
    ops_channel = repo.add(Channel.from_wire(wire))
    repo.edit(ops_channel.id, lambda config: config.update(chatId="-200", botToken="42:AAnew-token-value"))
    repo.rename(ops_channel.id, "Ops Telegram")
    repo.set_enabled(ops_channel.id, False)
    repo.set_enabled(ops_channel.id, True)
    hook = repo.add(Channel.from_wire({"name": "Hook", "type": "WEBHOOK", "configuration": {"url": "http://e.com"}}))
    repo.make_default(hook.id)
    repo.make_default(ops_channel.id)  # Hook loses the default: only the new default is logged
    import_entries(repo, parse_import([{"name": "Hook", "type": "WEBHOOK", "configuration": {"url": "http://f.com"}}]))
    repo.delete(hook.id)
    assert ops(repo) == [
        ("create", "app", "Ops", []),
        ("edit", "app", "Ops", ["chatId", "secrets"]),
        ("rename", "app", "Ops Telegram", ["name"]),
        ("disable", "app", "Ops Telegram", ["enabled"]),
        ("enable", "app", "Ops Telegram", ["enabled"]),
        ("create", "app", "Hook", []),
        ("default", "app", "Hook", ["isDefault"]),
        ("default", "app", "Ops Telegram", ["isDefault"]),
        ("import", "app", "Hook", ["url"]),
        ("delete", "app", "Hook", []),
    ]
    text = repo.oplog.path.read_text()
    assert TELEGRAM_TOKEN not in text and "AAnew-token-value" not in text
    assert repo.oplog.path.stat().st_mode & 0o077 == 0


def test_the_cli_prints_the_log(capsys, memory_keyring):
    run(capsys, "add", "webhook", "Hook", "--set", "url=http://e.com")
    run(capsys, "edit", "Hook", "--set", "timeout=10")
    run(capsys, "add", "webhook", "Other", "--set", "url=http://o.com")
    code, out, _ = run(capsys, "log", "--channel", "hook")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[1:4] for line in lines] == [["create", "cli", "Hook"], ["edit", "cli", "Hook"]]
    assert lines[1].endswith("[timeout]")
    code, out, _ = run(capsys, "log", "--json", "--limit", "1")
    assert [entry["channel"] for entry in json.loads(out)] == ["Other"]
    assert run(capsys, "log", "--channel", "Nope")[0] == 2


def test_a_sync_logs_what_it_changed_here_as_sync(documented_server, memory_keyring):
    from tests.server_helpers import logged_in, seed_wire, sync

    service = logged_in(documented_server)
    seed_wire(documented_server, "email")
    _plan, report = sync(service)
    assert report.ok
    assert [(op.op, op.channel) for op in service.repo.oplog.read()] == [("sync", "Email Channel")]


def test_undo_and_redo_are_logged_as_what_they_are(tmp_path, memory_keyring):
    from pingtower_desktop.channel_service import ChannelService
    from pingtower_desktop.storage.oplog import Origin

    repo = ChannelRepository(AppPaths(config_dir=tmp_path / "c", data_dir=tmp_path / "d"), SecretStore(), face=Face.APP)
    service = ChannelService(repo, undoable=True)
    app = Origin(Face.APP)
    added = service.add(
        Channel.from_wire({"name": "Hook", "type": "WEBHOOK", "configuration": {"url": "http://e.com"}}), origin=app
    )
    service.undo(added, origin=app)
    service.redo(added, origin=app)
    assert [op for op, *_ in ops(repo)] == ["create", "undo", "redo"]
