"""No secret in a file, whatever backend keyring picks: keyrings.alt is installed in the test environment.

keyrings.alt's ``PlaintextKeyring`` is what keyring silently falls back to when the desktop keyring
is missing (no session bus, as over SSH, or a bus without a Secret Service). The product refuses it,
and an ``EncryptedKeyring`` it was not told to use, before anything is written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from pingtower_desktop.storage import KeyringUnavailable, SecretStore
from pingtower_desktop.storage.keyring_policy import refusal
from tests.memory_keyring import MemoryKeyring

TOKEN = "123456789:AAH-never-in-a-file"
SETTINGS = ("--set", "chatId=-100123", "--set-secret", "botToken")
EMPTY_SESSION_BUS = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmp}</listen>
  <policy context="default"><allow send_destination="*"/><allow receive_sender="*"/><allow own="*"/></policy>
</busconfig>
"""


def Chainer(*members) -> chainer.ChainerBackend:
    """A chainer over given members, best first (keyring's own discovers them); never picked by discovery."""
    kind = type("Chainer", (chainer.ChainerBackend,), {"backends": list(members), "priority": -1})
    return kind()


@pytest.fixture
def no_keyring_choice(monkeypatch, tmp_path):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))  # no keyringrc.cfg
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))  # where keyrings.alt would write


def files_under(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


@pytest.mark.usefixtures("no_keyring_choice")
def test_plaintext_is_refused_and_nothing_is_written(tmp_path):
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeyringUnavailable) as caught:
        SecretStore().put_many("c1", {"botToken": TOKEN}, ["botToken"])
    assert "keyrings.alt.file.PlaintextKeyring, which keeps secrets in a plain-text file" in str(caught.value)
    assert "gnome-keyring or KWallet" in str(caught.value)
    assert files_under(tmp_path / "xdg-data") == []
    assert not SecretStore().status().usable


@pytest.mark.usefixtures("no_keyring_choice")
def test_plaintext_is_refused_even_when_named(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    assert "plain-text file" in refusal(PlaintextKeyring())


@pytest.mark.usefixtures("no_keyring_choice")
def test_an_encrypted_file_is_used_only_when_chosen(monkeypatch, tmp_path):
    encrypted = EncryptedKeyring.__new__(EncryptedKeyring)  # judged without its crypto library (not installed)
    assert "used only when chosen explicitly" in refusal(encrypted)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.EncryptedKeyring")
    assert refusal(encrypted) is None
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    settings = tmp_path / "xdg-config" / "python_keyring" / "keyringrc.cfg"
    settings.parent.mkdir(parents=True)
    settings.write_text("[backend]\ndefault-keyring = keyrings.alt.file.EncryptedKeyring\n")
    assert refusal(encrypted) is None


@pytest.mark.usefixtures("no_keyring_choice")
def test_a_chainer_is_judged_and_used_by_its_best_member(tmp_path):
    keyring.set_keyring(Chainer(PlaintextKeyring(), MemoryKeyring()))
    with pytest.raises(KeyringUnavailable):
        SecretStore().put_many("c1", {"botToken": TOKEN}, ["botToken"])

    memory = MemoryKeyring()
    keyring.set_keyring(Chainer(memory, PlaintextKeyring()))
    store = SecretStore()
    store.put_many("c1", {"botToken": TOKEN}, ["botToken"])
    assert list(memory.items.values()) == [TOKEN]
    assert "MemoryKeyring" in store.status().backend
    assert files_under(tmp_path / "xdg-data") == []


def _cli_env(tmp_path: Path) -> dict[str, str]:
    """A child whose keyring is what keyring itself detects: keyrings.alt installed, no desktop keyring."""
    hidden = {"DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "DISPLAY", "WAYLAND_DISPLAY"}
    env = {key: value for key, value in os.environ.items() if key not in hidden}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"),
        XDG_DATA_HOME=str(tmp_path / "home" / ".local" / "share"),
    )
    return env


def _add_with_token(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*command, sys.executable, "-m", "pingtower_desktop.cli", "add", "telegram", "Ops", *SETTINGS],
        input=TOKEN + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def _assert_refused(done: subprocess.CompletedProcess, tmp_path: Path) -> None:
    assert done.returncode == 2, done.stdout + done.stderr
    assert "keyrings.alt.file.PlaintextKeyring, which keeps secrets in a plain-text file" in done.stderr
    assert "Start or unlock your desktop keyring" in done.stderr
    assert TOKEN not in done.stdout + done.stderr
    assert not (tmp_path / "home" / ".local" / "share" / "python_keyring").exists()
    config = Path(os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"])
    assert not any(TOKEN in path.read_text(errors="replace") for path in files_under(config))
    assert not any(TOKEN in path.read_text(errors="replace") for path in files_under(tmp_path / "home"))


def test_cli_without_a_session_bus_refuses_the_plaintext_fallback(tmp_path):
    _assert_refused(_add_with_token([], _cli_env(tmp_path)), tmp_path)


def test_cli_on_a_session_bus_without_a_secret_service_refuses_it_too(tmp_path):
    runner = shutil.which("dbus-run-session")
    if runner is None:
        if os.environ.get("PINGTOWER_DESKTOP_REQUIRE_SECRET_SERVICE"):
            pytest.fail("dbus-run-session is missing (Debian package dbus)")
        pytest.skip("needs dbus-run-session (Debian package dbus)")
    config = tmp_path / "session.conf"
    config.write_text(EMPTY_SESSION_BUS.format(tmp=tmp_path))  # no service directories: nothing to activate
    _assert_refused(_add_with_token([runner, f"--config-file={config}", "--"], _cli_env(tmp_path)), tmp_path)
