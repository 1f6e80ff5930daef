"""A sync cut off half-way — a dropped connection, a lost answer, a killed process, a refused login,
a server that stops answering — stops cleanly and the next run finishes without duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring

from pingtower_desktop.server.sync_plan import Op
from tests.file_keyring import PATH_ENV, FileKeyring
from tests.server_helpers import SAMPLES, add, edit, logged_in, put_on_server, seed_wire, sync

NAMES = [f"Mail {n}" for n in range(6)]
CHANGED = "changed.example"


def _add_six(service) -> None:
    for name in NAMES:
        add(service, "email", name=name)


def _six_to_send(service, server) -> None:
    """Six channels that the next sync sends: new ones the server creates, or — the reference server cannot
    create — six it has already, changed here."""
    _add_six(service)
    if server.dialect == "reference":
        for name in NAMES:
            seed_wire(server, "email", name=name)
        assert sync(service)[1].ok
        for name in NAMES:
            edit(service, name, smtpHost=CHANGED)


def _rechecks(server) -> int:
    """Updates of channels already on the server are checked against a fresh list before they are sent."""
    return 1 if server.dialect == "reference" else 0


def _all_sent(server) -> bool:
    names = sorted(c["name"] for c in server.channels.values())
    if server.dialect == "documented":
        return names == NAMES
    return names == NAMES and all(server.stored_configuration(n)["smtpHost"] == CHANGED for n in NAMES)


def _server_names(server) -> list[str]:
    return sorted(c["name"] for c in server.channels.values())


def test_a_dropped_connection_stops_the_run_and_the_next_one_finishes(pingtower_server):
    service = logged_in(pingtower_server)
    _six_to_send(service, pingtower_server)
    # the list (and, before updates, the list again to see nothing moved since the plan), three sends, then nothing
    pingtower_server.stop_after(1 + _rechecks(pingtower_server) + 3, "drop")
    _, report = sync(service)
    assert "closed the connection" in report.stopped
    assert (len(report.done), len(report.failed), len(report.not_done)) == (3, 1, 2)
    assert not report.ok
    pingtower_server.resume()
    _, report = sync(service)
    assert report.ok and len(report.done) == 3
    assert _all_sent(pingtower_server)


def test_a_create_whose_answer_was_lost_is_not_sent_again(documented_server):
    pingtower_server = documented_server
    service = logged_in(pingtower_server)
    _add_six(service)
    pingtower_server.stop_after(1 + 2, "lose")  # the third create is carried out, its answer lost
    _, report = sync(service)
    assert report.stopped and len(pingtower_server.channels) == 3
    journal_state = json.loads(service.state_store.path.read_text())
    assert len(journal_state["creating"]) == 1  # the intent recorded before the lost POST
    pingtower_server.resume()
    posts = pingtower_server.count("POST")
    plan, report = sync(service)
    resumed = [item for item in plan.items if item.op is Op.LINK]
    assert [item.name for item in resumed] == ["Mail 2"] and "resumed" in resumed[0].note
    assert pingtower_server.count("POST") - posts == 3  # Mail 3, 4, 5 only
    assert report.ok and _server_names(pingtower_server) == NAMES


def test_a_refused_login_mid_sync_stops_and_asks_to_log_in_again(pingtower_server):
    service = logged_in(pingtower_server)
    _six_to_send(service, pingtower_server)
    before = pingtower_server.count()
    pingtower_server.unauthorized_after(1 + _rechecks(pingtower_server) + 2)
    _, report = sync(service)
    assert "log in again" in report.stopped
    assert len(report.done) == 2 and len(report.not_done) == 3
    assert pingtower_server.count() - before == 1 + _rechecks(pingtower_server) + 2 + 1  # nothing after the 401
    pingtower_server.resume()
    service = logged_in(pingtower_server)
    _, report = sync(service)
    assert report.ok and _all_sent(pingtower_server)


def test_a_server_that_stops_answering_times_out_and_the_next_run_finishes(pingtower_server):
    service = logged_in(pingtower_server, timeout=0.5)
    _six_to_send(service, pingtower_server)
    pingtower_server.stop_after(1 + _rechecks(pingtower_server) + 4, "hang")
    _, report = sync(service)
    assert "timed out after 0.5 s" in report.stopped
    assert len(report.done) == 4 and len(report.not_done) == 1
    pingtower_server.resume()
    _, report = sync(service)
    assert report.ok and _all_sent(pingtower_server)


def test_a_killed_sync_process_resumes_without_duplicates(documented_server, tmp_path, monkeypatch):
    pingtower_server = documented_server
    keyring_file = tmp_path / "keyring.json"
    keyring.set_keyring(FileKeyring(keyring_file))
    service = logged_in(pingtower_server)
    _add_six(service)
    pingtower_server.stop_after(1 + 3, "stall")  # the 4th create is carried out; the answer never comes
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
        PATH_ENV: str(keyring_file),
        "PYTHONPATH": str(Path(__file__).parent.parent),
    }
    child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while len(pingtower_server.channels) < 4 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.02)
        assert len(pingtower_server.channels) == 4, "the child did not get as far as the 4th create"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(10)
    journal = service.state_store.journal_path.read_text().splitlines()
    events = [json.loads(line)["e"] for line in journal]
    assert events.count("creating") == 4 and events.count("link") == 3  # killed between the two
    pingtower_server.resume()
    posts = pingtower_server.count("POST")
    _, report = sync(service)
    assert report.ok
    assert pingtower_server.count("POST") - posts == 2
    assert _server_names(pingtower_server) == NAMES
    assert sync(service)[0].actions == []


CHILD = """
import sys
from pingtower_desktop.cli import build_parser
from pingtower_desktop.cli.server_commands import run_server_command
sys.exit(run_server_command(build_parser().parse_args(["sync"])))
"""


def test_the_resumed_state_holds_no_secret(pingtower_server):
    service = logged_in(pingtower_server)
    if pingtower_server.dialect == "reference":  # there, what the server showed is kept too (``seen``)
        put_on_server(service, pingtower_server, "email")
        edit(service, "Email Channel", smtpHost=CHANGED)
    else:
        add(service, "email")
    pingtower_server.stop_after(1, "lose")
    sync(service)
    text = service.state_store.path.read_text() + service.state_store.journal_path.read_text()
    assert SAMPLES["email"]["configuration"]["password"] not in text
    assert ('"seen"' in text) == (pingtower_server.dialect == "reference")


def test_the_sync_files_are_owner_only(documented_server):
    service = logged_in(documented_server)
    add(service, "email")
    sync(service)
    for path in (service.state_store.path, service.state_store.journal_path):
        assert oct(path.stat().st_mode & 0o777) == "0o600", path
