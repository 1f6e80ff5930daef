"""The keyring layer against the real freedesktop Secret Service (gnome-keyring), and without one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage import AppPaths, ChannelRepository, KeyringUnavailable, SecretStore
from tests.keyring_accounts import by_account
from tests.peers.secret_service import our_items

TOKEN = "123456789:AAH-real-secret-service-token"
HEADER = "Bearer real-secret-service-header"


def telegram(token: str = TOKEN) -> Channel:
    return Channel.from_wire(
        {"name": "Ops", "type": "TELEGRAM", "configuration": {"botToken": token, "chatId": "-1001234567890"}}
    )


@pytest.mark.secret_service
def test_the_secret_service_is_usable(secret_service):
    status = SecretStore().status()
    assert status.usable, status.message
    assert status.backend == "SecretService Keyring"


@pytest.mark.secret_service
def test_channel_secrets_live_in_the_secret_service_only(secret_service):
    paths = AppPaths.resolve()
    repo = ChannelRepository(paths, SecretStore())
    ops = repo.add(telegram())
    hook = repo.add(
        Channel.from_wire(
            {"name": "Hook", "type": "WEBHOOK", "configuration": {"url": "https://x.org", "headers": {"X-Key": HEADER}}}
        )
    )

    assert by_account(our_items(secret_service)) == {
        f"channel:{ops.id}:botToken": TOKEN,
        f"channel:{hook.id}:headers": json.dumps({"X-Key": HEADER}),
    }
    text = paths.config_file.read_text(encoding="utf-8")
    assert TOKEN not in text and HEADER not in text
    assert repo.with_secrets(repo.find("Ops")) == ops

    repo.update(ops.replace(config=ops.config.model_copy(update={"botToken": "42:replaced"})))
    assert by_account(our_items(secret_service)) == {
        f"channel:{ops.id}:botToken": "42:replaced",  # the old revision is gone
        f"channel:{hook.id}:headers": json.dumps({"X-Key": HEADER}),
    }

    repo.delete(ops.id)
    repo.delete(hook.id)
    assert our_items(secret_service) == {}


LOCKED_CHILD = """
import json, secretstorage, keyring
from keyring.backends import SecretService
from pingtower_desktop.storage import KeyringUnavailable, SecretStore

keyring.set_keyring(SecretService.Keyring())
store = SecretStore()
store.put_many("c1", {"botToken": "1:before"}, ["botToken"])
secretstorage.get_default_collection(secretstorage.dbus_init()).lock()
status = store.status()
try:
    store.put_many("c1", {"botToken": "1:after"}, ["botToken"])
    error = None
except KeyringUnavailable as caught:
    error = str(caught)
print(json.dumps({"usable": status.usable, "message": status.message, "error": error}))
"""


@pytest.mark.secret_service
def test_a_locked_secret_service_is_reported_with_the_fix(tmp_path):
    """Runs in a private session bus and keyring, so locking it cannot disturb anything else.

    Without a display the unlock prompt cannot be shown, which is what a dismissed prompt looks like.
    """
    tools = [shutil.which(name) for name in ("dbus-run-session", "gnome-keyring-daemon")]
    if not all(tools):
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env.update(HOME=str(tmp_path), XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(tmp_path / "share"))
    script = 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" -c "$1"'
    done = subprocess.run(
        [tools[0], "--", "sh", "-c", script, sys.executable, LOCKED_CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])

    assert report["usable"] is False
    for text in (report["message"], report["error"]):
        assert "Failed to unlock" in text
        assert "Start or unlock your desktop keyring (gnome-keyring or KWallet" in text
        assert "Nothing was written in plain text" in text
        assert "1:after" not in text


def test_without_a_session_bus_the_secret_service_is_not_usable(tmp_path, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    keyring.set_keyring(SecretService.Keyring())
    store = SecretStore()

    status = store.status()
    with pytest.raises(KeyringUnavailable) as caught:
        store.put_many("c1", {"botToken": TOKEN}, ["botToken"])

    assert status.usable is False
    assert status.backend == "SecretService Keyring"
    for text in (status.message, str(caught.value)):
        assert "SecretService Keyring failed" in text
        assert "gnome-keyring or KWallet" in text
        assert "Nothing was written in plain text" in text
    assert [f for f in tmp_path.rglob("*") if f.is_file()] == []


DISMISSED_CHILD = """
import contextlib, io, json, sys, secretstorage
from pingtower_desktop.cli import main
from tests.peers.prompter import DismissingPrompter

def cli(*argv, stdin=""):
    sys.stdin, err = io.StringIO(stdin), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(list(argv))
    return code, err.getvalue()

report = {"setup": cli("add", "telegram", "Ops", "--set", "chatId=1", "--set-secret", "botToken", stdin="1:before\\n")}
with DismissingPrompter() as prompter:
    secretstorage.get_default_collection(secretstorage.dbus_init()).lock()
    report["add"] = cli("add", "telegram", "New", "--set", "chatId=2", "--set-secret", "botToken", stdin="2:new\\n")
    report["add_prompts"] = prompter.prompts
    report["edit"] = cli("edit", "Ops", "--set-secret", "botToken", stdin="1:after\\n")
    report["edit_prompts"] = prompter.prompts - report["add_prompts"]
    report["delete"] = cli("delete", "Ops")
    report["delete_prompts"] = prompter.prompts - report["add_prompts"] - report["edit_prompts"]
print(json.dumps(report))
"""


@pytest.mark.secret_service
def test_a_dismissed_unlock_prompt_is_asked_once_and_nothing_is_saved(tmp_path):
    """The real gnome-keyring, locked; the person dismisses its unlock prompt (a prompter that says no)."""
    tools = [shutil.which(name) for name in ("dbus-run-session", "gnome-keyring-daemon")]
    if not all(tools):
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env.update(HOME=str(tmp_path), XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(tmp_path / "share"))
    script = 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" -c "$1"'
    done = subprocess.run(
        [tools[0], "--", "sh", "-c", script, sys.executable, DISMISSED_CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])

    assert report["setup"][0] == 0, report["setup"][1]
    for step in ("add", "edit"):
        code, said = report[step]
        assert code == 2, said
        assert "the keyring stayed locked" in said and "nothing was saved" in said
        assert report[f"{step}_prompts"] == 1
    config = Path(env["PINGTOWER_DESKTOP_CONFIG_DIR"])
    # a delete takes the channel out of the file first; its secrets wait for the keyring (journaled for the sweep)
    assert report["delete"] == [0, ""] and report["delete_prompts"] == 1
    assert json.loads((config / "channels.json").read_text())["channels"] == []
    assert ":botToken:" in (config / "secrets-journal.jsonl").read_text()
