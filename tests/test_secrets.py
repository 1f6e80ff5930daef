"""The keyring facade: what lands where, and what happens when there is no usable keyring."""

from __future__ import annotations

import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from pingtower_desktop.storage import SERVICE, KeyringUnavailable, SecretStore

TOKEN = "123456789:AAH-secret-token"


class LockedKeyring(KeyringBackend):
    """Behaves like a Secret Service whose collection stays locked (the unlock prompt was dismissed)."""

    priority = 1

    def get_password(self, service, username, *password):
        raise KeyringLocked("Failed to unlock the collection!")

    set_password = delete_password = get_password


class LeakyKeyring(KeyringBackend):
    """A backend whose error message repeats the value it was given."""

    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise RuntimeError(f"cannot store {password!r} for {username}")

    def delete_password(self, service, username):
        raise RuntimeError("cannot delete")


class EmptyChainer(chainer.ChainerBackend):
    backends = ()


def files_holding(root, value: str) -> list:
    return [f for f in root.rglob("*") if f.is_file() and value.encode() in f.read_bytes()]


def test_channel_secrets_are_stored_per_key(memory_keyring):
    store = SecretStore()
    store.put_many("c1", {"botToken": TOKEN}, ["botToken"])
    assert memory_keyring.items == {(SERVICE, "channel:c1:botToken"): TOKEN}
    assert store.get("c1", "botToken") == TOKEN
    assert store.get_many("c1", ["botToken", "other"]) == {"botToken": TOKEN}


def test_put_many_deletes_the_listed_keys_it_was_not_given(memory_keyring):
    store = SecretStore()
    store.put_many("c1", {"headers": "{}", "hmacSecret": "s1"}, ["headers", "hmacSecret"])
    store.put_many("c1", {"headers": '{"A": "b"}', "hmacSecret": ""}, ["headers", "hmacSecret"])
    assert memory_keyring.items == {(SERVICE, "channel:c1:headers"): '{"A": "b"}'}
    store.delete_many("c1", ["headers", "hmacSecret", "never-set"])
    assert memory_keyring.items == {}


def test_secrets_by_account(memory_keyring):
    store = SecretStore()
    store.set_secret("server:https://pingtower.example", "jwt")
    assert store.get_secret("server:https://pingtower.example") == "jwt"
    store.delete_secret("server:https://pingtower.example")
    store.delete_secret("server:https://pingtower.example")
    assert memory_keyring.items == {}


def test_a_working_keyring_reports_usable():
    status = SecretStore().status()
    assert status.usable
    assert "MemoryKeyring" in status.backend


@pytest.mark.parametrize(
    ("backend", "why"),
    [
        (fail.Keyring(), "'fail' backend"),
        (null.Keyring(), "discards secrets"),
        (EmptyChainer(), "no backend to chain"),
        (LockedKeyring(), "Failed to unlock"),
    ],
    ids=["fail", "null", "empty-chainer", "locked"],
)
def test_no_usable_keyring_fails_with_the_fix_and_writes_nothing(backend, why, tmp_path):
    keyring.set_keyring(backend)
    store = SecretStore()

    status = store.status()
    with pytest.raises(KeyringUnavailable) as caught:
        store.put_many("c1", {"botToken": TOKEN}, ["botToken"])

    assert not status.usable
    for text in (status.message, str(caught.value)):
        assert why in text
        assert "gnome-keyring or KWallet" in text
        assert "Secret Service" in text
        assert "keyrings.alt" in text
        assert "Nothing was written in plain text" in text
    assert files_holding(tmp_path, TOKEN) == []


def test_reading_without_a_keyring_fails_too():
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        SecretStore().get_many("c1", ["botToken"])


def test_a_backend_error_never_repeats_the_secret():
    keyring.set_keyring(LeakyKeyring())
    with pytest.raises(KeyringUnavailable) as caught:
        SecretStore().put_many("c1", {"botToken": TOKEN}, ["botToken"])
    assert TOKEN not in str(caught.value)
    assert "cannot store" in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_session_fallback_keeps_secrets_in_memory_only(tmp_path):
    keyring.set_keyring(fail.Keyring())
    store = SecretStore(session_fallback=True)

    store.put_many("c1", {"botToken": TOKEN}, ["botToken"])

    assert store.session_only
    assert store.get("c1", "botToken") == TOKEN
    status = store.status()
    assert not status.usable
    assert "memory for this session only" in status.message
    assert files_holding(tmp_path, TOKEN) == []
    assert SecretStore(session_fallback=True).get("c1", "botToken") is None  # another run knows nothing
    store.delete_many("c1", ["botToken"])
    assert store.get("c1", "botToken") is None


def test_session_secrets_move_into_a_keyring_that_becomes_usable(memory_keyring):
    keyring.set_keyring(fail.Keyring())
    store = SecretStore(session_fallback=True)
    store.put_many("c1", {"botToken": TOKEN}, ["botToken"])

    keyring.set_keyring(memory_keyring)
    assert store.status().usable

    assert not store.session_only
    assert memory_keyring.items == {(SERVICE, "channel:c1:botToken"): TOKEN}
    assert store.get("c1", "botToken") == TOKEN


def test_the_bundle_is_told_to_install_a_keyring_not_to_pip_install_a_file_backend(monkeypatch):
    from_source = str(KeyringUnavailable("no backend"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    bundled = str(KeyringUnavailable("no backend"))

    assert "pip install keyrings.alt" in from_source
    assert "keyrings.alt" not in bundled and "pip" not in bundled
    assert "sudo apt install gnome-keyring" in bundled and "Nothing was written in plain text" in bundled
