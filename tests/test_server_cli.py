"""``server login|status|logout``, ``sync`` and ``test --via server`` as a person runs them."""

from __future__ import annotations

import pytest

from pingtower_desktop.delivery.history import History
from pingtower_desktop.server.remote_test import NOT_REPORTED
from pingtower_desktop.storage import AppPaths
from tests.cli_runner import run_cli
from tests.keyring_accounts import memory_secrets
from tests.peers.pingtower_server import USER_EMAIL, USER_PASSWORD, make_jwt
from tests.server_helpers import add, edit, make_service, put_on_server, seed_wire, stored_token


def cli(capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    """The exit code, everything said (standard output and error) and standard error alone."""
    code, out, err = run_cli(capsys, *argv, stdin=stdin)
    return code, out + err, err


def login(capsys, server) -> None:
    code, out, _ = cli(
        capsys, "server", "login", server.url, "--email", USER_EMAIL, "--password-stdin", stdin=USER_PASSWORD
    )
    assert code == 0, out


def test_login_detects_the_dialect_and_keeps_only_the_token(capsys, pingtower_server, memory_keyring):
    code, out, _ = cli(
        capsys,
        "server",
        "login",
        pingtower_server.url,
        "--email",
        USER_EMAIL,
        "--password-stdin",
        stdin=USER_PASSWORD + "\n",
    )
    assert code == 0
    assert f"({pingtower_server.dialect})" in out and f"as {USER_EMAIL}" in out and "token expires" in out
    assert ("does not report delivery" in out) == (pingtower_server.dialect == "reference")
    assert USER_PASSWORD not in memory_secrets(memory_keyring)
    config = AppPaths.resolve().config_dir
    assert all(USER_PASSWORD not in p.read_text() for p in config.iterdir() if p.is_file())
    assert stored_token(make_service())


def test_login_with_a_pasted_token(capsys, documented_server):
    code, out, _ = cli(capsys, "server", "login", documented_server.url, "--token-stdin", stdin=make_jwt("ops@x.io"))
    assert code == 0 and "as ops@x.io" in out


def test_login_with_an_expired_token_asks_for_a_new_login(capsys, documented_server):
    code, _, err = cli(capsys, "server", "login", documented_server.url, "--token-stdin", stdin=make_jwt(expires_in=-9))
    assert code == 1 and "expired" in err and "log in again" in err


def test_login_with_a_wrong_password_fails(capsys, pingtower_server):
    code, _, err = cli(
        capsys, "server", "login", pingtower_server.url, "--email", USER_EMAIL, "--password-stdin", stdin="nope"
    )
    said = "not accepted" if pingtower_server.dialect == "documented" else "did not say whether the e-mail or password"
    assert code == 1 and said in err and "nope" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ("server", "login", "http://127.0.0.1:9", "--password-stdin"),
        ("server", "login", "ftp://example.com", "--token-stdin"),
    ],
)
def test_login_usage_errors_exit_2(capsys, argv):
    code, out, _ = cli(capsys, *argv, stdin="x")
    assert code == 2 and "error:" in out


def test_status_and_logout(capsys, pingtower_server):
    login(capsys, pingtower_server)
    code, out, _ = cli(capsys, "server", "status")
    assert code == 0 and out.startswith("connected:") and "0 channel(s) on the server" in out
    code, out, _ = cli(capsys, "server", "logout")
    assert code == 0 and "Logged out" in out
    assert stored_token(make_service()) is None
    code, out, _ = cli(capsys, "server", "status")
    assert code == 1 and out.startswith("logged out:") and "server login" in out


def test_status_when_the_server_is_gone(capsys, pingtower_server):
    login(capsys, pingtower_server)
    pingtower_server.stop_after(0, "drop")
    code, out, _ = cli(capsys, "server", "status")
    assert code == 1 and out.startswith("offline:")


def test_sync_without_a_login_is_a_usage_error(capsys):
    code, out, _ = cli(capsys, "sync")
    assert code == 2 and "server login" in out


def test_sync_prints_the_plan_and_exits_1_on_a_conflict(capsys, documented_server):
    pingtower_server = documented_server
    login(capsys, pingtower_server)
    service = make_service()
    add(service, "email")
    code, out, _ = cli(capsys, "sync", "--dry-run")
    assert code == 0 and "create on the server: Email Channel" in out and "Dry run: nothing was changed." in out
    assert pingtower_server.channels == {}
    code, out, _ = cli(capsys, "sync")
    assert code == 0 and "Done: 1 change(s) made" in out
    edit(service, "Email Channel", smtpHost="mine.example")
    pingtower_server.change("Email Channel", smtpHost="theirs.example")
    code, out, _ = cli(capsys, "sync")
    assert code == 1 and "Conflicts" in out and "conflict: Email Channel" in out and "--prefer" in out
    code, out, _ = cli(capsys, "sync", "--prefer", "server")
    assert code == 0 and "kept the server's version" in out
    code, out, _ = cli(capsys, "sync")
    assert code == 0 and "Everything is in sync." in out


def test_sync_reports_a_stop_with_exit_1(capsys, documented_server):
    pingtower_server = documented_server
    login(capsys, pingtower_server)
    add(make_service(), "email")
    pingtower_server.unauthorized_after(1)
    code, out, _ = cli(capsys, "sync")
    assert code == 1 and "Stopped:" in out and "log in again" in out


def test_test_via_server_records_a_server_route(capsys, pingtower_server):
    login(capsys, pingtower_server)
    service = make_service()
    add(service, "email")
    code, out, _ = cli(capsys, "test", "Email Channel", "--via", "server")
    assert code == 2 and "not on the server yet" in out
    if pingtower_server.dialect == "reference":
        seed_wire(pingtower_server, "email")  # it cannot create: the channel is there already
    cli(capsys, "sync")
    code, out, _ = cli(capsys, "test", "Email Channel", "--via", "server", "--message", "hello", "--username", "bob")
    assert code == 0 and out.startswith("OK")
    assert (NOT_REPORTED in out) == (pingtower_server.dialect == "reference")
    assert pingtower_server.tests[-1][1] == {"message": "hello", "username": "bob"}
    [entry] = History(AppPaths.resolve().history_file).read()
    assert (entry.route, entry.channel_name, entry.delivered) == ("server", "Email Channel", True)


def test_test_all_via_server_fails_when_one_fails(capsys, reference_server):
    login(capsys, reference_server)
    put_on_server(make_service(), reference_server, "email", "slack")
    code, out, _ = cli(capsys, "test", "--all", "--via", "server")
    assert code == 1
    lines = out.splitlines()
    assert any(line.startswith("OK") and "Email Channel" in line and NOT_REPORTED in line for line in lines)
    assert any(line.startswith("FAILED") and "cannot send Slack channels" in line for line in lines)


def test_a_wrong_dialect_set_by_hand_is_explained(capsys, reference_server):
    code, _, err = cli(
        capsys, "server", "login", reference_server.url, "--token-stdin", "--dialect", "documented", stdin=make_jwt()
    )
    assert code == 1 and "no channel API at" in err and "check the URL, or the dialect" in err
