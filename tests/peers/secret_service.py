"""The real freedesktop Secret Service (gnome-keyring) for the keyring tests.

``.ci/run`` starts pytest inside ``dbus-run-session`` with an unlocked gnome-keyring; elsewhere the
tests that need it skip and say why. With ``PINGTOWER_DESKTOP_REQUIRE_SECRET_SERVICE=1`` (set in
CI) a missing Secret Service fails them instead, so CI cannot pass by skipping.
"""

from __future__ import annotations

import os
from contextlib import closing

import keyring
import pytest

from pingtower_desktop.storage import SERVICE

RECIPE = (
    "run pytest inside a session bus with a fresh, unlocked gnome-keyring: HOME=$(mktemp -d) dbus-run-session -- "
    "sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; pytest -m secret_service'"
)


def _unreachable() -> str | None:
    """Why the session bus has no usable Secret Service, or None."""
    try:
        import secretstorage
    except ImportError:
        return "secretstorage is not installed"
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return f"no session bus (DBUS_SESSION_BUS_ADDRESS is unset); {RECIPE}"
    try:
        with closing(secretstorage.dbus_init()) as bus:
            if not secretstorage.check_service_availability(bus):
                return f"no Secret Service on the session bus; {RECIPE}"
            if secretstorage.get_default_collection(bus).is_locked():
                return f"the Secret Service's default collection is locked; {RECIPE}"
    except secretstorage.exceptions.SecretStorageException as error:
        return f"the Secret Service cannot be reached ({error}); {RECIPE}"
    return None


def our_items(bus) -> dict[str, str]:
    """Every item this product stored, as ``{username attribute: secret}``."""
    import secretstorage

    collection = secretstorage.get_default_collection(bus)
    return {
        item.get_attributes()["username"]: item.get_secret().decode()
        for item in collection.search_items({"service": SERVICE})
    }


@pytest.fixture
def secret_service(memory_keyring):
    """keyring's SecretService backend on the session's real Secret Service; yields a secretstorage connection.

    Items the test leaves behind under service ``pingtower-desktop`` are removed afterwards.
    """
    reason = _unreachable()
    if reason:
        if os.environ.get("PINGTOWER_DESKTOP_REQUIRE_SECRET_SERVICE"):
            pytest.fail(reason)
        pytest.skip(reason)
    import secretstorage
    from keyring.backends import SecretService

    with closing(secretstorage.dbus_init()) as bus:
        before = {
            item.item_path for item in secretstorage.get_default_collection(bus).search_items({"service": SERVICE})
        }
        keyring.set_keyring(SecretService.Keyring())  # conftest's memory_keyring puts the previous one back
        yield bus
        for item in secretstorage.get_default_collection(bus).search_items({"service": SERVICE}):
            if item.item_path not in before:
                item.delete()
