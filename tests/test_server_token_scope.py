"""A login token belongs to one config folder and one server URL, and only that server ever sees it.

Two config folders of one user, each logged in to a server of its own (both real loopback servers that
record every bearer token they are sent): each server sees only the tokens it issued, whatever the
order of logins, syncs and logouts.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_cli
from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, PingTowerServer, make_jwt


def cli(capsys, folder: Path, *argv: str, stdin: str = "") -> tuple[int, str]:
    code, out, err = run_cli(capsys, *argv, "--config-dir", str(folder), stdin=stdin)
    return code, out + err


def login(capsys, folder: Path, server: PingTowerServer) -> None:
    code, said = cli(capsys, folder, "server", "login", server.url, "--email", USER_EMAIL, "--password-stdin",
                     stdin=USER_PASSWORD + "\n")  # fmt: skip
    assert code == 0, said


def test_two_folders_logged_in_to_two_servers_each_send_only_their_own_token(capsys, tmp_path, memory_keyring):
    first_folder, second_folder = tmp_path / "first", tmp_path / "second"
    with PingTowerServer() as first, PingTowerServer() as second:
        login(capsys, first_folder, first)
        login(capsys, second_folder, second)  # used to overwrite the first folder's token
        for folder in (first_folder, second_folder):
            code, said = cli(
                capsys, folder, "add", "webhook", f"Hook {folder.name}", "--set", "url=https://h.example/in"
            )
            assert code == 0, said
        for folder in (first_folder, second_folder, first_folder):
            for argv in (("server", "status"), ("sync",)):
                code, said = cli(capsys, folder, *argv)
                assert code == 0, said
        assert first.tokens_seen and second.tokens_seen
        assert first.tokens_seen <= first.issued, "the first server was sent a token it did not issue"
        assert second.tokens_seen <= second.issued, "the second server was sent a token it did not issue"
        assert [c["name"] for c in first.channels.values()] == ["Hook first"]
        assert [c["name"] for c in second.channels.values()] == ["Hook second"]

        code, _ = cli(capsys, second_folder, "server", "logout")
        assert code == 0
        code, said = cli(capsys, first_folder, "server", "status")
        assert code == 0 and said.startswith("connected:"), "logging out of one folder logged out the other"
        code, said = cli(capsys, second_folder, "server", "status")
        assert code == 1 and said.startswith("logged out:")


def test_logging_in_to_another_server_forgets_the_first_servers_token(capsys, tmp_path, memory_keyring):
    folder = tmp_path / "config"
    with PingTowerServer() as first, PingTowerServer() as second:
        login(capsys, folder, first)
        first_token = next(iter(first.issued))
        login(capsys, folder, second)
        assert first_token not in memory_keyring.items.values()
        cli(capsys, folder, "sync")
        assert first_token not in second.tokens_seen and second.tokens_seen <= second.issued


def test_a_server_url_changed_in_the_file_gets_no_token(capsys, tmp_path, memory_keyring):
    """server.json names another server than the one the token came from (edited, or copied from another
    folder): the token stays unsent and the user is asked to log in."""
    folder = tmp_path / "config"
    with PingTowerServer() as first, PingTowerServer() as other:
        login(capsys, folder, first)
        profile = folder / "server.json"
        profile.write_text(json.dumps({**json.loads(profile.read_text()), "baseUrl": other.url}))
        code, said = cli(capsys, folder, "sync")
        assert code == 2 and "log in" in said
        code, said = cli(capsys, folder, "server", "status")
        assert code == 1 and said.startswith("logged out:")
        assert not other.tokens_seen and other.count() == 0


def test_the_unscoped_token_of_an_older_build_is_not_used_and_is_removed_at_the_next_login(
    capsys, tmp_path, memory_keyring
):
    folder = tmp_path / "config"
    with PingTowerServer() as server:
        login(capsys, folder, server)
        old = make_jwt()
        memory_keyring.set_password("pingtower-desktop", "server:token", old)
        cli(capsys, folder, "sync")
        assert old not in server.tokens_seen
        login(capsys, folder, server)
        assert memory_keyring.get_password("pingtower-desktop", "server:token") is None
