"""A PingTower server that lies about ids or lists without end: refused whole, nothing written, bounded.

The CLI runs as a child process (as a user runs it) against a real loopback server, with the secrets in a
file keyring the test can read, so that "nothing was written" covers the keyring as well as the files,
and the child's peak memory is its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from pingtower_desktop.server.errors import ServerError
from pingtower_desktop.server.limits import MAX_CHANNELS
from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer

ROOT = Path(__file__).resolve().parent.parent
HUGE = 100_000


class Child:
    """The console script in a child process."""

    def __init__(self, tmp_path: Path) -> None:
        self.keyring_file = tmp_path / "keyring.json"
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
            "PINGTOWER_TEST_KEYRING_FILE": str(self.keyring_file),
        }

    def __call__(self, *argv: str, stdin: str = "") -> tuple[int, str]:
        child = subprocess.Popen(
            [sys.executable, "-m", "pingtower_desktop.cli", *argv],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=self.env,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(stdin)
        child.stdin.close()
        said = child.stdout.read()
        return child.wait(timeout=120), said

    def secrets(self) -> dict:
        return json.loads(self.keyring_file.read_text()) if self.keyring_file.exists() else {}


def config_files() -> dict[str, bytes]:
    folder = Path(os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"])
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.endswith(".lock")}


def channel(server_id: object, name: str = "") -> dict:
    return {
        "id": server_id,
        "name": name or f"Hook {server_id}",
        "type": "WEBHOOK",
        "configuration": {"url": "https://hooks.example.com/in", "hmacSecret": f"secret-of-{server_id}"},
        "enabled": True,
        "isDefault": False,
    }


@pytest.fixture
def child(tmp_path) -> Child:
    return Child(tmp_path)


@pytest.fixture
def server(child):
    with PingTowerServer("documented") as server:
        code, said = child("server", "login", server.url, "--email", USER_EMAIL, "--password-stdin",
                           stdin=USER_PASSWORD + "\n")  # fmt: skip
        assert code == 0, said
        server.requests.clear()  # from here on: what the commands under test ask
        yield server


def test_a_listing_of_100k_channels_is_refused_while_it_is_read_and_nothing_is_written(child, server):
    code, said = child("add", "webhook", "Mine", "--set", "url=https://hooks.example.com/mine")
    assert code == 0, said
    files, secrets = config_files(), child.secrets()

    huge = [channel(number) for number in range(1, HUGE + 1)]
    for argv in (("sync", "--dry-run"), ("sync",)):
        server.script(200, huge)
        code, said = child(*argv)
        assert code == 1, said
        assert f"more than the {MAX_CHANNELS} channels" in said and "--max-channels" in said, said
        assert "nothing was changed" in said and "Traceback" not in said
    assert config_files() == files and child.secrets() == secrets
    assert [m for m, _ in server.requests] == ["GET", "GET"]  # listings only

    server.script(200, huge[:1500])
    code, said = child("sync", "--max-channels", "2000", "--dry-run")
    assert code == 0 and "Hook 1500" in said, said


def test_the_refused_listing_is_never_turned_into_channels(documented_server, memory_keyring):
    """Memory while a sync reads the 100k listing: the answer's bytes and their text (about twice its size),
    not 100,000 channels (the whole listing decoded took about 8 times its size; a sync then wrote them)."""
    from tests.server_helpers import logged_in, run

    service = logged_in(documented_server)
    huge = [channel(number) for number in range(1, HUGE + 1)]
    size = len(json.dumps(huge))
    documented_server.script(200, huge)
    tracemalloc.start()
    try:
        with pytest.raises(ServerError, match="more than the 1000 channels"):
            run(service.sync(dry_run=True))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * size, f"{peak / size:.1f} times the answer's size"


@pytest.mark.parametrize("hostile", ["../../auth/x", "1?admin=1#f", "5/test", "%2e%2e", " 7", "", True, 1.5, None])
def test_a_channel_id_that_is_not_an_id_is_refused_before_any_request_is_made_with_it(child, server, hostile):
    server.seed("Hook", "WEBHOOK", {"url": "https://hooks.example.com/in"})
    code, said = child("sync")
    assert code == 0, said
    files, secrets = config_files(), child.secrets()
    server.script(200, [channel(hostile, "Hook")])
    before = len(server.requests)
    code, said = child("sync", "--prefer", "local")
    assert code == 1 and "id is not an id" in said, said
    assert server.requests[before:] == [("GET", "/api/v1/notifications/channels")]
    assert config_files() == files and child.secrets() == secrets


def test_a_listing_with_one_id_twice_is_refused_whole(child, server):
    code, said = child("sync")
    assert code == 0, said
    files = config_files()
    server.script(200, [channel(4, "First"), channel(4, "Second")])
    code, said = child("sync")
    assert code == 1 and "more than one channel with the id 4" in said and "nothing was changed" in said, said
    assert config_files() == files
    assert [m for m, _ in server.requests] == ["GET", "GET"]  # listings only


def test_a_name_of_megabytes_is_quoted_cut(child, server):
    server.seed("N" * 5_000_000, "WEBHOOK", {"url": "https://hooks.example.com/in"})
    server.seed("Small", "WEBHOOK", {"url": "https://hooks.example.com/in"}, hmacSecret="W" * 3_000_000)
    for argv in (("sync", "--dry-run"), ("sync",)):
        _, said = child(*argv)
        assert "NNNNNNNNNN" in said and "must be at most 100 characters" in said
        assert len(said) < 20_000, f"{len(said):,} characters printed"


def test_text_ids_are_the_documented_dialects_only(child, server):
    from pingtower_desktop.server.dialects import DOCUMENTED, REFERENCE

    assert DOCUMENTED.decode(channel("ch_01-AB")).id == "ch_01-AB"
    assert REFERENCE.decode(channel(12)).id == "12"
    with pytest.raises(ServerError, match="id is not an id"):
        REFERENCE.decode(channel("ch_01-AB"))
