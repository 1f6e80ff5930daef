"""The channel repository: secrets in the keyring only, one locked transaction per change."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from pingtower_desktop.channels import Channel, ChannelInvalid
from pingtower_desktop.storage import (
    SERVICE,
    AppPaths,
    ChannelNotFound,
    ChannelRepository,
    ConfigFile,
    KeyringUnavailable,
    SecretStore,
)
from pingtower_desktop.storage import config_file as config_file_module
from tests.keyring_accounts import memory_accounts, memory_secrets
from tests.memory_keyring import MemoryKeyring

TOKEN = "123456789:AAH-telegram-secret-token-value"
PASSWORD = "smtp-app-password-4242"
SLACK_URL = "https://hooks.slack.com/services/T000/B000/slack-secret-path"
HEADER_VALUE = "Bearer header-secret-9876"
HMAC = "hmac-signing-secret-5555"
ALL_SECRETS = [TOKEN, PASSWORD, SLACK_URL, HEADER_VALUE, HMAC]


def telegram(name: str = "Ops Telegram", token: str = TOKEN, **flags) -> Channel:
    return Channel.from_wire(
        {"name": name, "type": "TELEGRAM", "configuration": {"botToken": token, "chatId": "-1001234567890"}, **flags}
    )


def webhook(name: str, **config) -> Channel:
    return Channel.from_wire(
        {"name": name, "type": "WEBHOOK", "configuration": {"url": "https://example.com/hook", **config}}
    )


def every_secret_type() -> list[Channel]:
    return [
        telegram(),
        Channel.from_wire(
            {
                "name": "Mail",
                "type": "EMAIL",
                "configuration": {
                    "smtpHost": "smtp.example.com",
                    "smtpPort": "587",
                    "username": "alerts@example.com",
                    "password": PASSWORD,
                    "fromEmail": "alerts@example.com",
                    "toEmail": "oncall@example.com",
                },
            }
        ),
        Channel.from_wire({"name": "Slack", "type": "SLACK", "configuration": {"webhookUrl": SLACK_URL}}),
        webhook("Hook", headers={"Authorization": HEADER_VALUE}, hmacSecret=HMAC),
        Channel.from_wire({"name": "Bot", "type": "PYTHON_BOT", "configuration": {"botUrl": "http://localhost:5000"}}),
    ]


@pytest.fixture
def paths() -> AppPaths:
    return AppPaths.resolve()


@pytest.fixture
def repo(paths) -> ChannelRepository:
    return ChannelRepository(paths, SecretStore())


def stored_bytes(paths: AppPaths) -> bytes:
    return paths.config_file.read_bytes()


def test_secrets_go_to_the_keyring_and_never_into_the_file(repo, paths, memory_keyring):
    for channel in every_secret_type():
        repo.add(channel)

    text = stored_bytes(paths).decode()
    for secret in ALL_SECRETS:
        assert secret not in text
    assert json.loads(text)["schemaVersion"] == 1
    stored = set(memory_secrets(memory_keyring))
    assert {TOKEN, PASSWORD, SLACK_URL, HMAC} <= stored
    assert json.dumps({"Authorization": HEADER_VALUE}) in stored
    assert {service for service, _ in memory_keyring.items} == {SERVICE}
    hook = repo.find("Hook")
    assert f"channel:{hook.id}:hmacSecret" in memory_accounts(memory_keyring)


def test_list_has_no_secrets_and_with_secrets_restores_them(repo):
    originals = {channel.name: channel for channel in every_secret_type()}
    for channel in originals.values():
        repo.add(channel)

    listed = repo.list()
    assert [c.name for c in listed] == list(originals)
    for channel in listed:
        assert channel.secret_values() == []
        assert repo.with_secrets(channel) == originals[channel.name]


def test_an_unchanged_entry_is_not_parsed_again_and_a_hand_edited_one_is(repo, paths):
    repo.add(webhook("Ops Hook", url="https://a.example/hook"))
    repo.add(webhook("Dev Hook", url="https://b.example/hook"))
    first = {c.name: c for c in repo.list()}

    document = json.loads(paths.config_file.read_text())
    document["channels"][1]["configuration"]["url"] = "https://c.example/hook"  # an edit by hand
    paths.config_file.write_text(json.dumps(document))
    second = {c.name: c for c in repo.list()}

    assert second["Ops Hook"] is first["Ops Hook"]
    assert second["Dev Hook"] is not first["Dev Hook"]
    assert second["Dev Hook"].config.url == "https://c.example/hook"


def test_list_reads_no_secrets(repo):
    repo.add(telegram())
    keyring.set_keyring(fail.Keyring())
    assert [c.name for c in repo.list()] == ["Ops Telegram"]


def test_delete_removes_the_channel_and_its_secrets(repo, memory_keyring):
    hook = repo.add(webhook("Hook", headers={"Authorization": HEADER_VALUE}, hmacSecret=HMAC))
    kept = repo.add(telegram())

    repo.delete(hook.id)

    assert [c.id for c in repo.list()] == [kept.id]
    assert list(memory_accounts(memory_keyring)) == [f"channel:{kept.id}:botToken"]
    with pytest.raises(ChannelNotFound):
        repo.delete(hook.id)


def test_an_invalid_channel_is_refused_naming_its_fields_and_nothing_is_written(repo, paths, memory_keyring):
    half = telegram().replace(name="Half")
    half = half.replace(config=half.config.model_copy(update={"botToken": ""}))

    with pytest.raises(ChannelInvalid) as caught:
        repo.add(half)

    assert [p.field for p in caught.value.problems] == ["configuration.botToken"]
    assert not paths.config_file.exists()
    assert memory_keyring.items == {}


def test_names_are_unique_ignoring_case(repo):
    repo.add(telegram("Ops"))
    with pytest.raises(ChannelInvalid) as caught:
        repo.add(webhook("  OPS "))
    assert caught.value.problems[0].field == "name"
    assert "already exists" in caught.value.problems[0].message
    assert [c.name for c in repo.list()] == ["Ops"]


def test_find_tries_exact_name_then_any_case_then_id(repo, paths):
    first = repo.add(webhook("Alpha"))
    # A channel whose name is the other one's id: the name wins.
    second = repo.add(webhook(first.id))
    assert repo.find(first.id).id == second.id
    assert repo.find(second.id).id == second.id
    assert repo.find("alpha").id == first.id
    assert repo.find(" Alpha ").id == first.id
    with pytest.raises(ChannelNotFound, match="Nope"):
        repo.find("Nope")


def test_find_prefers_the_exact_name_in_a_hand_edited_file(repo, paths):
    with ConfigFile(paths.config_file).transaction() as entries:
        entries += [webhook("ops").to_wire(), webhook("OPS").to_wire()]
    assert repo.find("OPS").name == "OPS"
    assert repo.find("ops").name == "ops"
    assert repo.find("Ops").name == "ops"


def test_at_most_one_default(repo):
    repo.add(webhook("A").replace(is_default=True))
    b = repo.add(webhook("B").replace(is_default=True))
    assert [(c.name, c.is_default) for c in repo.list()] == [("A", False), ("B", True)]

    repo.update(repo.with_secrets(repo.find("A")).replace(is_default=True))
    assert [(c.name, c.is_default) for c in repo.list()] == [("A", True), ("B", False)]

    repo.make_default(b.id)
    assert [(c.name, c.is_default) for c in repo.list()] == [("A", False), ("B", True)]
    repo.make_default(None)
    assert [c.is_default for c in repo.list()] == [False, False]
    with pytest.raises(ChannelNotFound):
        repo.make_default("missing")


def test_update_replaces_secrets_and_deletes_cleared_ones(repo, memory_keyring):
    hook = repo.add(webhook("Hook", headers={"Authorization": HEADER_VALUE}, hmacSecret=HMAC))

    changed = hook.replace(name="Renamed", config=hook.config.model_copy(update={"hmacSecret": "", "headers": {}}))
    repo.update(changed)

    assert [c.name for c in repo.list()] == ["Renamed"]
    assert memory_keyring.items == {}
    assert repo.find("Renamed").id == hook.id


def test_update_may_change_the_case_of_a_name(repo):
    ops = repo.add(telegram("ops"))
    repo.update(ops.replace(name="OPS"))
    assert [c.name for c in repo.list()] == ["OPS"]


def test_update_to_another_type_removes_the_old_types_secrets(repo, memory_keyring):
    ops = repo.add(telegram("Ops"))
    slack = Channel.from_wire(
        {"id": ops.id, "name": "Ops", "type": "SLACK", "configuration": {"webhookUrl": SLACK_URL}}
    )
    repo.update(slack)
    assert memory_secrets(memory_keyring) == [SLACK_URL]


def test_update_of_an_unknown_channel(repo):
    with pytest.raises(ChannelNotFound):
        repo.update(telegram())


def test_rename_and_enable_do_not_need_the_keyring(repo):
    ops = repo.add(telegram("Ops"))
    repo.add(webhook("Other"))
    keyring.set_keyring(fail.Keyring())

    assert repo.rename(ops.id, "  Night   ops ").name == "Night ops"
    assert repo.set_enabled(ops.id, False).enabled is False
    with pytest.raises(ChannelInvalid, match="already exists"):
        repo.rename(ops.id, "other")
    with pytest.raises(ChannelInvalid, match="name"):
        repo.rename(ops.id, "   ")
    assert [(c.name, c.enabled) for c in repo.list()] == [("Night ops", False), ("Other", True)]


def test_save_many_adds_and_updates_in_one_go(repo):
    ops = repo.add(telegram("Ops"))
    saved = repo.save_many([ops.replace(enabled=False), webhook("New"), webhook("Newer")])
    assert [c.name for c in saved] == ["Ops", "New", "Newer"]
    assert [(c.name, c.enabled) for c in repo.list()] == [("Ops", False), ("New", True), ("Newer", True)]


def test_save_many_with_several_defaults_keeps_the_last(repo):
    saved = repo.save_many([webhook(name).replace(is_default=True) for name in ("A", "B", "C")])
    assert [c.is_default for c in saved] == [False, False, True]
    assert [(c.name, c.is_default) for c in repo.list()] == [("A", False), ("B", False), ("C", True)]


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(
            lambda: telegram("Broken").replace(config=telegram().config.model_copy(update={"botToken": ""})),
            id="invalid",
        ),
        pytest.param(lambda: webhook("ops"), id="name-clash"),
        pytest.param(lambda: webhook("Fresh"), id="clash-within-batch"),
    ],
)
def test_save_many_is_all_or_nothing(repo, paths, memory_keyring, bad):
    repo.add(webhook("Ops"))
    before, keys_before = stored_bytes(paths), dict(memory_keyring.items)

    with pytest.raises(ChannelInvalid):
        repo.save_many([webhook("Fresh", hmacSecret=HMAC), telegram("Second"), bad()])

    assert stored_bytes(paths) == before
    assert memory_keyring.items == keys_before


def test_a_failed_file_write_takes_back_the_secrets(repo, paths, memory_keyring, monkeypatch):
    ops = repo.add(telegram("Ops"))

    def refuse(self, channels):
        raise OSError("disk full")

    monkeypatch.setattr(ConfigFile, "_write", refuse)
    with pytest.raises(OSError, match="disk full"):
        repo.add(webhook("Hook", hmacSecret=HMAC))
    with pytest.raises(OSError):
        repo.update(repo.with_secrets(ops).replace(config=ops.config.model_copy(update={"botToken": "1:new"})))
    with pytest.raises(OSError):
        repo.delete(ops.id)

    assert memory_secrets(memory_keyring) == [TOKEN]
    assert [c.name for c in repo.list()] == ["Ops"]


def test_no_keyring_means_no_channel_and_nothing_on_disk(repo, paths, tmp_path):
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable) as caught:
        repo.add(telegram())
    assert "gnome-keyring" in str(caught.value)
    assert "Nothing was written in plain text" in str(caught.value)
    assert not paths.config_file.exists()
    assert all(TOKEN.encode() not in f.read_bytes() for f in tmp_path.rglob("*") if f.is_file())


def test_session_fallback_keeps_the_channel_usable_for_this_run(paths, tmp_path):
    keyring.set_keyring(fail.Keyring())
    repo = ChannelRepository(paths, SecretStore(session_fallback=True))
    ops = repo.add(telegram())
    assert repo.with_secrets(repo.find(ops.id)) == ops
    assert all(TOKEN.encode() not in f.read_bytes() for f in tmp_path.rglob("*") if f.is_file())


def test_an_unreadable_entry_is_skipped_reported_and_kept(repo, paths):
    odd = {"id": "odd", "name": "Odd", "type": "CARRIER_PIGEON", "configuration": {}}
    with ConfigFile(paths.config_file).transaction() as entries:
        entries += [odd, "junk", {"name": "No id", "type": "WEBHOOK", "configuration": {"url": "https://x.org"}}]

    repo.add(webhook("Fine"))

    assert [c.name for c in repo.list()] == ["Fine"]
    assert "3 stored channel(s) could not be read" in repo.load_warning
    assert "'Odd'" in repo.load_warning and "CARRIER_PIGEON" in repo.load_warning
    assert json.loads(stored_bytes(paths))["channels"][:2] == [odd, "junk"]
    with pytest.raises(ChannelInvalid, match="already exists"):
        repo.add(webhook("odd"))


def test_a_broken_file_is_moved_aside_and_the_store_starts_empty(repo, paths):
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_bytes(b'{"schemaVersion": 1, "channels": [')

    assert repo.list() == []
    assert "moved aside to" in repo.load_warning
    aside = next(paths.config_dir.glob("channels.json.broken-*"))
    assert str(aside) in repo.load_warning
    assert aside.read_bytes() == b'{"schemaVersion": 1, "channels": ['

    repo.add(webhook("After"))
    assert [c.name for c in repo.list()] == ["After"]
    assert aside.read_bytes() == b'{"schemaVersion": 1, "channels": ['


def test_a_newer_file_is_left_alone(repo, paths):
    paths.config_dir.mkdir(parents=True)
    newer = json.dumps({"schemaVersion": 99, "channels": [webhook("Future").to_wire()]}).encode()
    paths.config_file.write_bytes(newer)

    assert [c.name for c in repo.list()] == ["Future"]
    assert "newer PingTower Desktop" in repo.load_warning
    with pytest.raises(config_file_module.NewerSchema):
        repo.add(webhook("Now"))
    assert stored_bytes(paths) == newer


def _add_many(config_dir: str, prefix: str, count: int, start) -> None:
    """Runs in a separate process: many small transactions, as a CLI would make them."""
    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    repo = ChannelRepository(AppPaths(Path(config_dir), Path(config_dir)), SecretStore())
    start.wait(timeout=60)
    for n in range(count):
        repo.add(webhook(f"{prefix}-{n}", hmacSecret=HMAC))


def test_two_processes_adding_at_once_lose_nothing(paths):
    context = multiprocessing.get_context("spawn")
    count, start = 60, context.Barrier(2)
    workers = [context.Process(target=_add_many, args=(str(paths.config_dir), p, count, start)) for p in ("gui", "cli")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0, 0]

    names = {c.name for c in ChannelRepository(paths, SecretStore()).list()}
    assert names == {f"{p}-{n}" for p in ("gui", "cli") for n in range(count)}


class CountingKeyring(MemoryKeyring):
    """Counts writes; ``locked`` makes every call fail as a locked Secret Service does."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            from keyring.errors import KeyringLocked

            raise KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service, username):
        self._check()
        return super().get_password(service, username)

    def set_password(self, service, username, password):
        self._check()
        self.writes += 1
        super().set_password(service, username, password)

    def delete_password(self, service, username):
        self._check()
        super().delete_password(service, username)


@pytest.fixture
def counting(monkeypatch) -> CountingKeyring:
    backend = CountingKeyring()
    keyring.set_keyring(backend)
    return backend


def journal(paths) -> Path:
    return paths.config_dir / "secrets-journal.jsonl"


def test_a_change_that_keeps_the_secrets_does_not_write_them_again(repo, paths, counting):
    ops = repo.add(telegram())
    assert counting.writes == 1
    repo.update(repo.with_secrets(ops).replace(config=ops.config.model_copy(update={"chatId": "-100999"})))
    repo.rename(ops.id, "Renamed")
    repo.set_enabled(ops.id, False)
    assert counting.writes == 1 and not journal(paths).exists()
    assert repo.with_secrets(repo.find("Renamed")).config.botToken == TOKEN


def test_a_new_token_lives_under_a_new_revision_and_the_old_one_goes(repo, paths, counting):
    ops = repo.add(telegram())
    before = dict(memory_accounts(counting))
    repo.update(repo.with_secrets(ops).replace(config=ops.config.model_copy(update={"botToken": "42:new-token"})))
    assert len(counting.items) == 1 and set(counting.items) != set(before)
    assert repo.with_secrets(repo.find("Ops Telegram")).config.botToken == "42:new-token"
    assert not journal(paths).exists()


def test_a_file_that_cannot_be_written_leaves_no_secret_behind(repo, paths, counting, monkeypatch):
    repo.add(telegram("First"))

    def full_disk(self, channels):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(config_file_module.ConfigFile, "_write", full_disk)
    with pytest.raises(OSError):
        repo.add(telegram("Second", token="77:second-token"))
    assert "77:second-token" not in counting.items.values()
    assert not journal(paths).exists()


def test_a_delete_with_a_locked_keyring_happens_and_the_next_start_finishes_it(repo, paths, counting):
    ops = repo.add(telegram())
    counting.locked = True
    repo.delete(ops.id)
    assert repo.list() == [] and repo.leftovers
    assert TOKEN in counting.items.values()  # still in the keyring, and journaled
    counting.locked = False
    [(_, account)] = counting.items
    assert ChannelRepository(paths, SecretStore()).sweep() == [account]
    assert counting.items == {} and not journal(paths).exists()


def test_a_sweep_without_a_journal_does_not_touch_the_keyring(repo, paths):
    repo.add(webhook("Plain"))
    keyring.set_keyring(fail.Keyring())
    assert ChannelRepository(paths, SecretStore()).sweep() == []


def secrets_in(keyring: MemoryKeyring) -> str:
    """Everything the keyring holds, as one text to search (shared items included)."""
    return " ".join(keyring.items.values())


def test_a_channel_deleted_from_a_shared_keyring_item_leaves_no_secret_there(repo, memory_keyring):
    hooks = [webhook(f"Hook {n}", hmacSecret=f"signing-secret-{n}") for n in range(3)]
    repo.save_many(hooks)  # as an import or a sync writes them: one keyring item for the three
    assert len(memory_keyring.items) == 1

    repo.delete(hooks[1].id)

    assert "signing-secret-1" not in secrets_in(memory_keyring)
    for n in (0, 2):
        assert repo.with_secrets(repo.find(f"Hook {n}")).config.hmacSecret == f"signing-secret-{n}"
    assert len(memory_keyring.items) == 1


def test_a_secret_replaced_in_a_shared_keyring_item_is_gone_from_it(repo, memory_keyring):
    hooks = [webhook(f"Hook {n}", hmacSecret=f"signing-secret-{n}") for n in range(3)]
    repo.save_many(hooks)
    set_at = {c["name"]: c["secretsSetAt"] for c in json.loads(repo.paths.config_file.read_text())["channels"]}

    repo.edit(hooks[0].id, lambda configuration: configuration.update(hmacSecret="rotated"))

    held = secrets_in(memory_keyring)
    assert "signing-secret-0" not in held and "rotated" in held
    assert {repo.with_secrets(repo.find(f"Hook {n}")).config.hmacSecret for n in (1, 2)} == {
        "signing-secret-1",
        "signing-secret-2",
    }
    after = {c["name"]: c["secretsSetAt"] for c in json.loads(repo.paths.config_file.read_text())["channels"]}
    assert after["Hook 1"] == set_at["Hook 1"] and after["Hook 2"] == set_at["Hook 2"]  # not rotated: same age


def test_a_change_that_leaves_shared_items_alone_does_not_read_them(repo, memory_keyring, monkeypatch):
    repo.save_many([webhook(f"Hook {n}", hmacSecret=f"signing-secret-{n}") for n in range(3)])
    solo = repo.add(webhook("Solo", hmacSecret="solo-secret"))
    read = []
    monkeypatch.setattr(repo.secrets, "get_unchanging", lambda account: read.append(account))

    repo.delete(solo.id)

    assert read == []
