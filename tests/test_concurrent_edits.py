"""Processes changing the same channels at once lose nothing: every change is applied, under the lock, to the
channel as it is on disk (``repo.edit``/``rename``/``default``), and an editor's save merges (``update(base=…)``)."""

from __future__ import annotations

import io
import multiprocessing
import os
import sys

import keyring
import pytest

from pingtower_desktop.channels import Channel
from pingtower_desktop.storage import AppPaths, ChannelRepository, SecretStore
from pingtower_desktop.storage.repository import ChangedMeanwhile
from tests.file_keyring import FileKeyring

ROUNDS = 25


def _state(repo: ChannelRepository, mail_id: str, ops_id: str) -> tuple:
    mail, ops = repo.with_secrets(repo.find(mail_id)), repo.with_secrets(repo.find(ops_id))
    return (
        mail.name,
        mail.config.smtpHost,
        mail.config.toEmail,
        ops.config.chatId,
        ops.config.botToken,
        ops.is_default,
        mail.is_default,
    )


def _expected(n: int) -> tuple:
    return (
        f"Mail {n}",
        f"host{n}.example.com",
        f"to{n}@example.com",
        f"-100{n}",
        f"{n}:AAH-concurrent-token",
        n % 2 == 1,
        n % 2 == 0,
    )


def _worker(config_dir: str, keyring_file: str, job: str, mail_id: str, ops_id: str, start) -> None:
    from pingtower_desktop.cli import main

    os.environ["PINGTOWER_DESKTOP_CONFIG_DIR"] = config_dir
    keyring.set_keyring(FileKeyring(keyring_file))
    sys.stdout = sys.stderr = io.StringIO()
    for n in range(ROUNDS):
        start.wait(60)  # in lockstep: every round, the six changes race each other
        if job == "host":
            argv = ["edit", mail_id, "--set", f"smtpHost=host{n}.example.com"]
        elif job == "to":
            argv = ["edit", mail_id, "--set", f"toEmail=to{n}@example.com"]
        elif job == "rename":
            argv = ["rename", mail_id, f"Mail {n}"]
        elif job == "default":
            argv = ["default", mail_id if n % 2 == 0 else ops_id]
        elif job == "chat":
            argv = ["edit", ops_id, "--set", f"chatId=-100{n}"]
        else:  # token
            sys.stdin = io.StringIO(f"{n}:AAH-concurrent-token\n")
            argv = ["edit", ops_id, "--set-secret", "botToken"]
        assert main(argv) == 0, argv
        start.wait(60)  # the round's six changes are made: each must be there
        if job == "host":
            state = _state(ChannelRepository(AppPaths.resolve(), SecretStore()), mail_id, ops_id)
            assert state == _expected(n), (n, state)
        start.wait(60)


def test_six_processes_changing_different_fields_lose_nothing(tmp_path):
    keyring_file = tmp_path / "keyring.json"
    keyring.set_keyring(FileKeyring(keyring_file))
    paths = AppPaths.resolve()
    repo = ChannelRepository(paths, SecretStore())
    mail = repo.add(
        Channel.from_wire(
            {
                "name": "Mail",
                "type": "EMAIL",
                "configuration": {
                    "smtpHost": "h.example.com",
                    "fromEmail": "a@example.com",
                    "toEmail": "b@example.com",
                },
            }
        )
    )
    ops = repo.add(
        Channel.from_wire(
            {"name": "Ops", "type": "TELEGRAM", "configuration": {"chatId": "-1", "botToken": "1:AAH-first-token"}}
        )
    )
    jobs = ("host", "to", "rename", "default", "chat", "token")
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(len(jobs))
    workers = [
        context.Process(target=_worker, args=(str(paths.config_dir), str(keyring_file), job, mail.id, ops.id, start))
        for job in jobs
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0] * len(jobs)

    assert _state(repo, mail.id, ops.id) == _expected(ROUNDS - 1)
    assert len(FileKeyring(keyring_file).items()) == 1  # one token, every older revision swept


def test_an_editors_save_merges_what_changed_elsewhere_and_asks_only_for_the_same_field():
    repo = ChannelRepository(AppPaths.resolve(), SecretStore())
    ops = repo.add(
        Channel.from_wire(
            {"name": "Ops", "type": "TELEGRAM", "configuration": {"chatId": "-1", "botToken": "1:AAH-first-token"}}
        )
    )
    opened = repo.with_secrets(ops)  # the editor shows it
    repo.edit(ops.id, lambda configuration: configuration.update(messageThreadId=7))  # the CLI, meanwhile
    repo.set_enabled(ops.id, False)

    mine = opened.replace(config=opened.config.model_copy(update={"botToken": "2:AAH-new-token"}))
    saved = repo.update(mine, base=opened)
    assert (saved.config.botToken, saved.config.messageThreadId, saved.enabled) == ("2:AAH-new-token", 7, False)

    other = repo.edit(ops.id, lambda configuration: configuration.update(chatId="-200"))
    clashing = saved.replace(config=saved.config.model_copy(update={"chatId": "-300", "parseMode": "none"}))
    with pytest.raises(ChangedMeanwhile) as caught:
        repo.update(clashing, base=saved)
    assert caught.value.fields == ["configuration.chatId"] and caught.value.current == other
    assert repo.update(clashing, base=saved, clash="theirs").config.chatId == "-200"
    kept = repo.update(clashing.replace(name="Ops 2"), base=saved, clash="mine")
    assert (kept.config.chatId, kept.config.parseMode, kept.name) == ("-300", "none", "Ops 2")
