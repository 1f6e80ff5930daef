"""pingtower-desktop-cli end to end: real peers on loopback, the in-memory keyring, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.keyring_accounts import memory_secrets
from tests.peers.http_peers import TELEGRAM_CHAT, TELEGRAM_TOKEN, Reply

pytestmark = pytest.mark.usefixtures("memory_keyring")


run = run_cli


@pytest.fixture
def config_file() -> Path:
    return Path(os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"]) / "channels.json"


def add_telegram(capsys, peer_url: str, name: str = "Telegram Channel") -> None:
    code, _, err = run(
        capsys,
        "add",
        "telegram",
        name,
        "--set",
        f"chatId={TELEGRAM_CHAT}",
        "--set",
        f"apiBaseUrl={peer_url}",
        "--set-secret",
        "botToken",
        stdin=TELEGRAM_TOKEN + "\n",
    )
    assert code == 0, err


def test_add_keeps_the_secret_in_the_keyring_only(capsys, telegram_peer, config_file, memory_keyring):
    add_telegram(capsys, telegram_peer.url)
    assert TELEGRAM_TOKEN not in config_file.read_text()
    assert TELEGRAM_TOKEN in memory_secrets(memory_keyring)
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    [channel] = json.loads(out)
    assert channel["configuration"]["botToken"] == "••••" + TELEGRAM_TOKEN[-4:]
    assert TELEGRAM_TOKEN not in out


def test_invalid_input_names_each_field_and_stores_nothing(capsys, config_file):
    code, _, err = run(capsys, "add", "webhook", "Hook", "--set", "url=ftp://x", "--set", "timeout=999")
    assert code == 2
    assert "configuration.url: must be an http:// or https:// URL" in err
    assert "configuration.timeout" in err and "300" in err
    assert not config_file.exists()
    code, _, err = run(capsys, "add", "webhook", "Hook", "--set", "nope=1")
    assert code == 2 and "WEBHOOK has no key 'nope'" in err
    code, _, err = run(capsys, "add", "fax", "Hook")
    assert code == 2 and "unknown channel type 'fax'" in err


def test_channels_are_found_by_exact_name_then_any_case_then_id(capsys, webhook_peer):
    assert run(capsys, "add", "webhook", "Alerts", "--set", f"url={webhook_peer.url}")[0] == 0
    assert run(capsys, "add", "webhook", "alerts", "--set", f"url={webhook_peer.url}")[0] == 2  # unique ignoring case
    code, out, _ = run(capsys, "show", "ALERTS", "--json")
    assert code == 0
    channel_id = json.loads(out)["id"]
    assert run(capsys, "show", channel_id)[0] == 0
    code, _, err = run(capsys, "show", "nobody")
    assert code == 2 and "nobody" in err


def test_a_secret_on_the_command_line_is_refused(capsys, config_file):
    code, _, err = run(capsys, "add", "webhook", "Hook", "--set", "url=https://x.example", "--set", "hmacSecret=s3cret")
    assert code == 2 and "hmacSecret is a secret: give it with --set-secret hmacSecret" in err
    assert not config_file.exists()


def test_manage_a_channel(capsys, webhook_peer):
    added = run(
        capsys,
        "add",
        "webhook",
        "Hook",
        "--set",
        f"url={webhook_peer.url}",
        "--set-secret",
        "headers.Authorization",
        stdin="Bearer tok-123456789\n",
    )
    assert added[0] == 0, added
    assert run(capsys, "edit", "hook", "--set", "method=PUT", "--set", "timeout=5")[0] == 0
    assert run(capsys, "rename", "Hook", "Ops hook")[0] == 0
    assert run(capsys, "disable", "ops hook")[0] == 0
    code, _, err = run(capsys, "default", "ops hook")  # a default channel is enabled: the CLI says how
    assert code == 2 and "'Ops hook' is disabled: a default channel must be enabled" in err
    assert "default NAME --enable" in err
    assert run(capsys, "default", "ops hook", "--enable")[0] == 0
    code, out, _ = run(capsys, "show", "Ops hook", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["configuration"]["method"] == "PUT" and shown["configuration"]["timeout"] == 5
    assert shown["configuration"]["headers"] == {"Authorization": "••••6789"}
    assert shown["enabled"] is True and shown["isDefault"] is True
    code, _, err = run(capsys, "disable", "Ops hook")
    assert code == 2 and "disable NAME --clear-default" in err
    assert run(capsys, "disable", "Ops hook", "--clear-default")[0] == 0
    shown = json.loads(run(capsys, "show", "Ops hook", "--json")[1])
    assert shown["enabled"] is False and shown["isDefault"] is False
    assert run(capsys, "enable", "Ops hook")[0] == 0
    assert run(capsys, "delete", "Ops hook")[0] == 0
    assert json.loads(run(capsys, "list", "--json")[1]) == []


def test_test_sends_the_documents_message_and_username(capsys, webhook_peer):
    run(capsys, "add", "webhook", "Hook", "--set", f"url={webhook_peer.url}")
    code, out, _ = run(capsys, "test", "Hook", "--message", "Custom test message", "--username", "testuser")
    assert code == 0 and out.startswith("OK")
    payload = webhook_peer.received[-1].json()
    assert payload["message"] == "Custom test message" and payload["username"] == "testuser"
    webhook_peer.reply = Reply(500, "boom")
    code, out, _ = run(capsys, "test", "Hook")
    assert code == 1 and "FAILED" in out and "500" in out


def test_test_all_reports_each_channel_and_fails_if_one_failed(
    capsys, telegram_peer, webhook_peer, closed_port_url, smtp_plain
):
    add_telegram(capsys, telegram_peer.url)
    run(capsys, "add", "webhook", "Hook", "--set", f"url={webhook_peer.url}")
    run(capsys, "add", "webhook", "Dead", "--set", f"url={closed_port_url}")
    run(capsys, "add", "webhook", "Off", "--set", f"url={closed_port_url}", "--disabled")
    run(
        capsys,
        "add",
        "email",
        "Mail",
        "--set",
        "smtpHost=127.0.0.1",
        "--set",
        f"smtpPort={smtp_plain.port}",
        "--set",
        "useTls=false",
        "--set",
        "fromEmail=alerts@example.com",
        "--set",
        "toEmail=oncall@example.com",
    )
    code, out, _ = run(capsys, "test", "--all")
    assert code == 1
    lines = out.splitlines()
    assert sorted(line.split()[1] for line in lines[:-1]) == ["Dead", "Hook", "Mail", "Telegram"]
    assert lines[-1] == "3 delivered, 1 failed"
    assert len(smtp_plain.received) == 1 and len(telegram_peer.calls("sendMessage")) == 1
    code, out, _ = run(capsys, "history", "--json")
    assert code == 0 and len(json.loads(out)) == 4
    assert TELEGRAM_TOKEN not in out


def test_check_uses_get_me_and_get_chat_without_sending(capsys, telegram_peer):
    add_telegram(capsys, telegram_peer.url)
    code, out, _ = run(capsys, "check", "Telegram Channel")
    assert code == 0 and "@pingtower_test_bot" in out and "reaches Ops" in out
    assert telegram_peer.calls("sendMessage") == [] and len(telegram_peer.calls("getChat")) == 1
    telegram_peer.chats.clear()  # the bot was removed from the group
    code, out, _ = run(capsys, "check", "Telegram Channel")
    assert code == 1 and "chat not found" in out


def test_import_the_documents_full_configuration(capsys, tmp_path, memory_keyring, config_file):
    from tests.test_channels import DOC_FULL_CONFIGURATION

    broken = dict(
        DOC_FULL_CONFIGURATION, broken={"name": "Broken", "type": "TELEGRAM", "configuration": {"chatId": "x"}}
    )
    source = tmp_path / "all.json"
    source.write_text(json.dumps(broken))
    code, out, _ = run(capsys, "import", str(source))
    assert code == 2  # one entry was invalid
    assert "Broken: invalid" in out and "configuration.chatId" in out
    assert out.splitlines()[-1] == "5 added, 0 updated, 0 unchanged, 1 invalid"
    # the document's stand-ins are never taken as real: those channels wait, disabled, for real values
    assert (
        "Telegram Channel: added — incomplete, kept disabled: fill in chatId (the file holds only a placeholder), botToken"
        in out
    )
    assert "placeholders in the file left out: username, password" in out
    assert "your-app-password" not in config_file.read_text() + "".join(memory_secrets(memory_keyring))
    code, out, _ = run(capsys, "import", str(source))
    assert out.splitlines()[-1] == "0 added, 0 updated, 5 unchanged, 1 invalid"


def test_export_round_trip_without_and_with_secrets(capsys, tmp_path, telegram_peer):
    add_telegram(capsys, telegram_peer.url)
    plain, full = tmp_path / "plain.json", tmp_path / "full.json"
    assert run(capsys, "export", str(plain))[0] == 0
    assert run(capsys, "export", str(full), "--include-secrets")[0] == 0
    assert TELEGRAM_TOKEN not in plain.read_text()
    assert TELEGRAM_TOKEN in full.read_text()
    assert oct(full.stat().st_mode & 0o777) == "0o600"
    # the plain export re-imports onto the same store: the secret stays where it is
    code, out, _ = run(capsys, "import", str(plain))
    assert code == 0 and "unchanged" in out
    run(capsys, "delete", "Telegram Channel")
    code, out, _ = run(capsys, "import", str(plain))  # into a store that never had its token
    assert code == 0
    assert (
        "Telegram Channel: added — incomplete, kept disabled: fill in botToken (the file holds no value for it)" in out
    )
    code, out, _ = run(capsys, "import", str(full))
    assert code == 0 and "Telegram Channel: updated" in out
    code, out, _ = run(capsys, "enable", "Telegram Channel")
    assert code == 0, out


DOCUMENT_EMAIL_EXAMPLE = {  # the document's EMAIL entry as it stands: no recipient
    "email": {
        "name": "Email Channel",
        "type": "EMAIL",
        "configuration": {
            "smtpHost": "smtp.gmail.com",
            "smtpPort": 587,
            "username": "alerts@yourcompany.com",
            "password": "your-app-password",
            "fromEmail": "alerts@yourcompany.com",
            "useTls": True,
        },
        "enabled": True,
    }
}


def test_the_documents_email_example_is_kept_incomplete_not_dropped(capsys, tmp_path, config_file):
    source = tmp_path / "email.json"
    source.write_text(json.dumps(DOCUMENT_EMAIL_EXAMPLE))

    code, out, _ = run(capsys, "import", str(source))
    assert code == 0, out
    assert (
        "Email Channel: added — incomplete, kept disabled: fill in fromEmail (the file holds only a placeholder), "
        "toEmail, then enable it; placeholders in the file left out: username, password" in out
    )
    [stored] = json.loads(config_file.read_text())["channels"]
    assert stored["enabled"] is False and "toEmail" not in stored["configuration"]

    code, out, _ = run(capsys, "list")
    assert "incomplete: fromEmail, toEmail" in out
    code, out, err = run(capsys, "enable", "Email Channel")
    assert code == 2 and "configuration.toEmail: is required before the channel can be enabled" in err
    code, out, _ = run(capsys, "test", "Email Channel")
    assert code == 1 and "toEmail: is required" in out

    code, out, err = run(
        capsys, "edit", "Email Channel", "--set", "toEmail=oncall@example.org", "--set", "fromEmail=ops@example.org"
    )
    assert code == 0, err
    code, out, err = run(capsys, "enable", "Email Channel")
    assert code == 0, err
    assert "incomplete" not in run(capsys, "list")[1]


def test_not_json_is_a_usage_error(capsys, tmp_path):
    source = tmp_path / "x.json"
    source.write_text("{nope")
    code, _, err = run(capsys, "import", str(source))
    assert code == 2 and "is not valid JSON" in err


def test_console_script_without_a_keyring_refuses_to_store_secrets(tmp_path):
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    command = [sys.executable, "-m", "pingtower_desktop.cli"]
    added = subprocess.run(
        [*command, "add", "telegram", "T", "--set", "chatId=1", "--set-secret", "botToken"],
        input=TELEGRAM_TOKEN + "\n",
        capture_output=True,
        text=True,
        env=env,
    )
    assert added.returncode == 2
    assert "gnome-keyring" in added.stderr and "Nothing was written in plain text" in added.stderr
    assert TELEGRAM_TOKEN not in added.stderr
    config_dir = Path(env["PINGTOWER_DESKTOP_CONFIG_DIR"])
    assert not any(TELEGRAM_TOKEN in p.read_text(errors="replace") for p in config_dir.rglob("*") if p.is_file())
    # a channel without secrets does not need the keyring
    bot = subprocess.run(
        [*command, "add", "python_bot", "Bot", "--set", "botUrl=http://localhost:5000"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert bot.returncode == 0, bot.stderr
    version = subprocess.run([*command, "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0 and version.stdout.startswith("pingtower-desktop-cli ")


def test_a_config_folder_others_can_read_is_warned_about(capsys, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    code, _, err = run(capsys, "list", "--config-dir", str(shared))
    assert code == 0 and f"chmod 700 {shared}" in err
    shared.chmod(0o700)
    assert "chmod" not in run(capsys, "list", "--config-dir", str(shared))[2]


def test_an_export_never_writes_through_a_planted_file_or_link(capsys, tmp_path, memory_keyring):
    run(capsys, "add", "telegram", "T", "--set", "chatId=1", "--set-secret", "botToken", stdin=TELEGRAM_TOKEN + "\n")
    target, planted, elsewhere = tmp_path / "out.json", tmp_path / "out.json.tmp", tmp_path / "victim"
    elsewhere.write_text("keep me")
    planted.symlink_to(elsewhere)
    code, _, err = run(capsys, "export", str(target), "--include-secrets")
    assert code == 0, err
    assert elsewhere.read_text() == "keep me" and planted.is_symlink()
    assert TELEGRAM_TOKEN in target.read_text() and oct(target.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []


def test_a_bug_is_one_line_here_and_a_traceback_in_the_log(capsys, monkeypatch):
    from pingtower_desktop.cli import channel_commands

    def broken(session, args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(channel_commands, "cmd_list", broken)
    code, _, err = run(capsys, "list")
    assert code == 1 and err.startswith("error: unexpected ZeroDivisionError — a bug; the details are in ")
    log = Path(err.strip().rsplit(" ", 1)[-1])
    assert "Traceback" in log.read_text() and "ZeroDivisionError: a bug" in log.read_text()


@pytest.mark.parametrize("command", [["list"], ["server", "status"]])
def test_what_is_wrong_with_the_channels_file_is_said_before_anything_else(capsys, config_file, command):
    config_file.parent.mkdir(parents=True, exist_ok=True)
    config_file.write_text("{oops", encoding="utf-8")
    code, _, err = run(capsys, *command)
    assert "moved aside" in err and "channels.json.broken-" in err
    assert code == (0 if command == ["list"] else 1)  # server status: no server set up


def test_import_dry_run_prints_the_plan_and_only_imports_the_named(capsys, tmp_path, config_file):
    from tests.ui.test_import_undo import DOCUMENT_FULL_CONFIGURATION, SLACK_URL

    source = tmp_path / "full.json"
    source.write_text(json.dumps(DOCUMENT_FULL_CONFIGURATION))
    code, _, err = run(
        capsys, "add", "slack", "Slack Channel", "--set", "channel=#ops", "--set-secret", "webhookUrl", stdin=SLACK_URL
    )
    assert code == 0, err
    config = config_file.read_text()

    code, out, _ = run(capsys, "import", str(source), "--dry-run")
    assert code == 0
    assert "Slack Channel: updated — placeholders in the file ignored, the stored values kept: webhookUrl" in out
    assert "    channel: #ops → #alerts" in out and "    username: (none) → PingTower Bot" in out
    assert "Telegram Channel: added — incomplete" in out and out.rstrip().endswith("Dry run: nothing was changed.")
    assert config_file.read_text() == config

    code, out, _ = run(capsys, "import", str(source), "--only", "python bot channel")
    assert code == 0
    assert "Python Bot Channel: added" in out and "Slack Channel: skipped — left as it is" in out
    assert "1 added, 0 updated, 0 unchanged, 0 invalid, 4 skipped" in out
    assert run(capsys, "import", str(source), "--only", "Nope")[0] == 2


def test_a_python_bot_test_without_a_username_is_not_sent_and_not_a_failed_delivery(capsys, python_bot_peer):
    run(capsys, "add", "python_bot", "Bot", "--set", f"botUrl={python_bot_peer.url}")
    code, out, err = run(capsys, "test", "Bot")
    assert code == 2 and out == ""
    assert "Not sent: a PingTower username is needed" in err
    code, out, _ = run(capsys, "test", "--all")
    assert code == 2 and out.splitlines()[-1] == "0 delivered, 0 failed, 1 not sent"
    assert out.startswith("NOT SENT  Bot")
    assert python_bot_peer.received == []
    assert run(capsys, "history", "--json")[1].strip() == "[]"  # nothing was sent, so nothing is recorded
    code, out, _ = run(capsys, "test", "Bot", "--username", "testuser")
    assert code == 0 and len(python_bot_peer.received) == 1


def test_a_direct_test_of_a_secret_less_webhook_loads_neither_the_server_code_nor_the_keyring_nor_smtp(
    capsys, webhook_peer, tmp_path
):
    run(capsys, "add", "webhook", "Bench Hook", "--set", f"url={webhook_peer.url}")
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['pingtower-desktop-cli', 'test', 'Bench Hook']\n"
        "try:\n"
        "    runpy.run_module('pingtower_desktop.cli', run_name='__main__')\n"
        "except SystemExit as end:\n"
        "    assert end.code == 0, end.code\n"
        "print(sorted(m for m in sys.modules if m.startswith(('pingtower_desktop.server', 'pingtower_desktop.watch'))"
        " or m.split('.')[0] in ('keyring', 'aiosmtplib', 'python_socks')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert len(webhook_peer.received) == 1


def test_list_names_prints_one_name_a_line_for_scripts(capsys):
    for name in ("Ops Hook", "dev"):
        run(capsys, "add", "webhook", name, "--set", "url=https://hooks.example/x")

    code, out, _ = run(capsys, "list", "--names")

    assert code == 0 and out.splitlines() == ["Ops Hook", "dev"]
